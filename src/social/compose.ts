import { graphemes, type Limit } from './count.ts';

/** The parts of a post, in the order they appear. */
export interface PostParts {
  title: string;
  summary?: string | undefined;
  /** Events: date and place. */
  when?: string | undefined;
  /** Official account to mention. */
  mention?: string | undefined;
  url: string;
  /** Without `#`. */
  hashtags: string[];
}

function join(p: PostParts): string {
  const head = [p.title, p.summary, p.when].filter(Boolean).join('\n\n');
  const link = [p.mention, p.url].filter(Boolean).join(' ');
  const tags = p.hashtags.map((t) => `#${t}`).join(' ');
  return [head, link, tags].filter(Boolean).join('\n\n');
}

/** The longest word-bounded start of `text` (plus "…") for which `fits` holds; '' if none. */
function trimWords(text: string, fits: (t: string) => boolean): string {
  if (fits(text)) return text;
  const words = text.split(/(\s+)/u);
  let lo = 0;
  let hi = words.length;
  // Binary search on how many pieces to keep; pieces are whole words and the spaces between.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const cut = `${words
      .slice(0, mid)
      .join('')
      .trimEnd()
      .replace(/[\s,;:.–-]+$/u, '')}…`;
    if (mid > 0 && fits(cut)) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return '';
  return `${words
    .slice(0, lo)
    .join('')
    .trimEnd()
    .replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** Last resort for a single word longer than the post: cut between graphemes. */
function trimGraphemes(text: string, fits: (t: string) => boolean): string {
  const g = graphemes(text);
  let n = g.length;
  while (n > 0 && !fits(`${g.slice(0, n).join('')}…`)) n = Math.floor(n * 0.9);
  return n > 0 ? `${g.slice(0, n).join('')}…` : '';
}

/**
 * The post text within a limit. Shortened in this order: the summary (at a word), hashtags
 * from the last, the title (at a word), the date line, the mention. The URL is never cut, a
 * hashtag is kept or dropped whole, and text is cut only between words (between graphemes
 * only for a single word longer than the post).
 */
export function composePost(parts: PostParts, limit: Limit): string {
  const fits = (p: PostParts) => limit.count(join(p)) <= limit.max;
  let p: PostParts = { ...parts, hashtags: [...parts.hashtags] };
  if (fits(p)) return join(p);
  if (p.summary) {
    const summary = trimWords(p.summary, (s) => fits({ ...p, summary: s }));
    p = { ...p, summary: summary || undefined };
  }
  while (!fits(p) && p.hashtags.length > 1) p = { ...p, hashtags: p.hashtags.slice(0, -1) };
  if (!fits(p)) {
    const title = trimWords(p.title, (t) => fits({ ...p, title: t })) || trimGraphemes(p.title, (t) => fits({ ...p, title: t }));
    if (title) p = { ...p, title };
  }
  for (const drop of ['when', 'hashtags', 'mention', 'title'] as const) {
    if (fits(p)) break;
    p = drop === 'hashtags' ? { ...p, hashtags: [] } : { ...p, [drop]: drop === 'title' ? '' : undefined };
  }
  return join(p);
}
