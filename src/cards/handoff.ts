import type { CardEntry } from './build.ts';

// The og/cards.json endpoint makes the card list inside Astro's prerender bundle; the cards
// integration, loaded with the config, draws it. Prerendering runs in the build's own process but
// each side has its own copy of this module, so they meet on globalThis.
const SLOT = Symbol.for('ipex-hub:card-list');
type Slot = { [SLOT]?: (entries: CardEntry[]) => void };

/** The integration: `take` receives the card list as soon as the endpoint makes it. Returns a stop function. */
export function receiveCardList(take: (entries: CardEntry[]) => void): () => void {
  (globalThis as Slot)[SLOT] = take;
  return () => {
    if ((globalThis as Slot)[SLOT] === take) delete (globalThis as Slot)[SLOT];
  };
}

/** The endpoint: hands the card list to a build that listens; false when none does (dev server). */
export function handOverCardList(entries: CardEntry[]): boolean {
  const take = (globalThis as Slot)[SLOT];
  take?.(entries);
  return take !== undefined;
}
