// The figures an `astro build` of the hub prints: Astro's page count, the card integration's and the
// search integration's summary lines (src/cards/integration.ts, src/search/integration.ts).

/** Counts read from a build log; undefined where the line is missing. */
export interface BuildLogFigures {
  pages: number | undefined;
  cards: number | undefined;
  cardsDrawn: number | undefined;
  cardsCached: number | undefined;
  indexed: number | undefined;
}

// Colours would split the numbers from their words; the builds run with NO_COLOR, but be safe.
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const int = (s: string | undefined) => (s === undefined ? undefined : Number(s.replace(/,/g, '')));

/** Reads the pages built, cards (drawn, from cache) and pages indexed from a build's output. */
export function parseBuildLog(output: string): BuildLogFigures {
  const text = stripAnsi(output);
  const cards = /(\d[\d,]*) cards \((\d[\d,]*) drawn, (\d[\d,]*) from cache\)/.exec(text);
  return {
    pages: int(/(\d[\d,]*) page\(s\) built in/.exec(text)?.[1]),
    cards: int(cards?.[1]),
    cardsDrawn: int(cards?.[2]),
    cardsCached: int(cards?.[3]),
    indexed: int(/(\d[\d,]*) pages indexed/.exec(text)?.[1]),
  };
}
