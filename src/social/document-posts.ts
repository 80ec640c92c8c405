import { hub } from '../config/resolve.ts';
import type { DocumentView, ScrutinyEvent } from '../model/document-catalog.ts';
import { pick, pickText } from '../model/pick.ts';
import type { Chamber } from '../model/schemas.ts';
import { CLOSING_DAYS } from '../model/subsidiarity.ts';
import { absolute, documentPath } from '../model/urls.ts';
import { cardName, deadlineLine, formatDay, tallyLine } from '../i18n/documents.ts';
import { count, fill, ui } from '../i18n/ui.ts';
import { composePost } from './compose.ts';
import { LIMITS, type PostPlatform } from './count.ts';
import { blueskyFacets } from './facets.ts';
import type { Post } from './posts.ts';
import { withUtm } from './utm.ts';

const clean = (tag: string) => tag.replace(/[^\p{L}\p{N}_]/gu, '');

/** A document's hashtags: the configured documents' ones (`subsidiarity`), `always` (`IPEX`), then its tags'; at most 8. */
export function documentHashtags(view: DocumentView): string[] {
  const h = hub.social.hashtags;
  const all = [...(h.documents ?? ['subsidiarity']), ...h.always, ...view.doc.tags.flatMap((t) => h.tags[t.key] ?? [])].map(clean);
  const seen = new Set<string>();
  return all.filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase())).slice(0, 8);
}

/** The headline of a scrutiny event: "Saeima adopted a reasoned opinion on COM(2026) 538". */
export function scrutinyHeadline(e: ScrutinyEvent, view: DocumentView, lang: string, chambers: Map<string, Chamber>): string {
  const t = ui(lang);
  const ref = view.doc.reference;
  if (e.type === 'opinion') return fill(t.opinionNews, { chamber: pickText(chambers.get(e.chamber)?.names ?? { en: e.chamber }, lang), ref });
  if (e.type === 'threshold') return fill(t.thresholdNews, { card: cardName(e.card, lang), ref });
  return count(t.closingNews, CLOSING_DAYS, { ref });
}

/** Post texts per platform from a title, a detail line and an optional chamber to mention. */
function posts(view: DocumentView, lang: string, title: string, detail: string, chamber: Chamber | undefined): Record<PostPlatform, Post> {
  const page = absolute(documentPath(lang, view.doc.slug));
  const hashtags = documentHashtags(view);
  const post = (platform: PostPlatform): Post => {
    const limit = LIMITS[platform];
    const url = withUtm(page, platform);
    const text = composePost({ title, summary: pick(view.doc.summary, lang)?.text, when: detail, mention: chamber?.accounts[platform], url, hashtags }, limit);
    return { text, length: limit.count(text), limit: limit.max, url, ...(platform === 'bluesky' ? { facets: blueskyFacets(text, [url]) } : {}) };
  };
  return { x: post('x'), bluesky: post('bluesky'), mastodon: post('mastodon'), linkedin: post('linkedin'), facebook: post('facebook') };
}

/** A document's ready-to-post texts: reference and title, deadline and tally. */
export function documentPostTexts(view: DocumentView, lang: string): Record<PostPlatform, Post> {
  const title = `${view.doc.reference}: ${pickText(view.doc.title, lang)}`;
  return posts(view, lang, title, [deadlineLine(view.status, lang), tallyLine(view.status.tally, lang)].filter(Boolean).join('\n'), undefined);
}

/** A scrutiny event's post texts: the news, the document's title, the tally; the chamber's account for an opinion. */
export function scrutinyPostTexts(e: ScrutinyEvent, view: DocumentView, lang: string, chambers: Map<string, Chamber>): Record<PostPlatform, Post> {
  const head = scrutinyHeadline(e, view, lang, chambers);
  // The deadline day alone: days left would be stale by the time the post is read.
  const detail = e.type === 'closing' ? fill(ui(lang).deadlineAt, { date: formatDay(e.deadline, lang) }) : tallyLine(view.status.tally, lang);
  return posts(view, lang, `${head}: ${pickText(view.doc.title, lang)}`, detail, e.type === 'opinion' ? chambers.get(e.chamber) : undefined);
}
