// The figures an `astro build` of the hub prints: Astro's page count and phase times, the files it
// rendered or reused (incremental build), and the card and search integrations' summary lines
// (src/cards/integration.ts, src/search/integration.ts).

/** Counts and phase times (seconds) read from a build log; undefined where the line is missing. */
export interface BuildLogFigures {
  pages: number | undefined;
  /** Pages, feeds and other files Astro generated, and of those the ones it copied from its cache. */
  generated: number;
  reused: number;
  cards: number | undefined;
  cardsDrawn: number | undefined;
  cardsCached: number | undefined;
  indexed: number | undefined;
  /** The build process's own memory peak (src/output/memory.ts): MB, the stage it fell in, and MB of it in the main thread's V8 heap (in use) and buffers. */
  memory: { peak: number; stage: string; heap: number; buffers: number } | undefined;
  /** Seconds per phase: content and types, build info, entry points (Vite), route generation, cards, search. */
  phases: Partial<Record<Phase, number | undefined>>;
}

export type Phase = 'types' | 'buildInfo' | 'entryPoints' | 'routes' | 'cards' | 'search';

// Colours would split the numbers from their words; the builds run with NO_COLOR, but be safe.
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const int = (s: string | undefined) => (s === undefined ? undefined : Number(s.replace(/,/g, '')));

/** Astro's durations: `850ms`, `4.76s`, `2m 3s`. */
export function seconds(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const m = /^(?:(\d+)m\s*)?(?:(\d+(?:\.\d+)?)s)?$|^(\d+)ms$/.exec(s.trim());
  if (!m) return undefined;
  return m[3] !== undefined ? Number(m[3]) / 1000 : Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

const DURATION = '(\\d+ms|\\d+m\\s*\\d+s|\\d+(?:\\.\\d+)?s)';

/** Reads the pages built, files reused, cards (drawn, from cache), pages indexed and phase times. */
export function parseBuildLog(output: string): BuildLogFigures {
  const text = stripAnsi(output);
  const cards = /(\d[\d,]*) cards \((\d[\d,]*) drawn, (\d[\d,]*) from cache\) in (\d+(?:\.\d+)?)s/.exec(text);
  const search = /(\d[\d,]*) pages indexed in (\d+(?:\.\d+)?)s/.exec(text);
  const memory = /memory: peak ([\d,]+) MB during ([^(]+?) \(main thread's V8 heap ([\d,]+) MB in use of [\d,]+ MB, buffers ([\d,]+) MB/.exec(text);
  const phase = (re: string) => seconds(new RegExp(re).exec(text)?.[1]);
  const phases: BuildLogFigures['phases'] = {
    types: phase(`\\[types\\] Generated ${DURATION}`),
    buildInfo: phase(`Collecting build info\\.\\.\\.\\s*\\n[^\\n]*Completed in ${DURATION}`),
    entryPoints: phase(`\\[vite\\] [^\\n]*built in ${DURATION}`),
    routes: phase(`generating static routes[\\s\\S]*?Completed in ${DURATION}`),
    cards: cards ? Number(cards[4]) : undefined,
    search: search ? Number(search[2]) : undefined,
  };
  return {
    pages: int(/(\d[\d,]*) page\(s\) built in/.exec(text)?.[1]),
    generated: text.match(/├─ /g)?.length ?? 0,
    reused: text.match(/├─ [^\n]*\((cached|restored)\)/g)?.length ?? 0,
    cards: int(cards?.[1]),
    cardsDrawn: int(cards?.[2]),
    cardsCached: int(cards?.[3]),
    indexed: int(search?.[1]),
    memory: memory ? { peak: int(memory[1]) ?? 0, stage: memory[2] ?? '', heap: int(memory[3]) ?? 0, buffers: int(memory[4]) ?? 0 } : undefined,
    phases,
  };
}
