import type { CardEntry } from '../../src/cards/build.ts';
import { cardKey } from '../../src/cards/key.ts';
import type { CardSpec } from '../../src/cards/spec.ts';
import { cardPath } from '../../src/model/urls.ts';

/** A hot topic's card spec for card tests; `name` is the page's slug (from the title unless given). */
export function topicCard(title: string, name = title.toLowerCase().replace(/\W+/g, '-')): CardSpec {
  return {
    template: 'topic',
    format: 'wide',
    lang: 'en',
    name: `en/topics/${name}`,
    label: 'Hot topic',
    title,
    details: ['Updated 12 November 2026'],
    brand: 'IPEX Hub',
    colors: { ink: '#0b2a4a', accent: '#b8860b', paper: '#ffffff' },
  };
}

/** A spec with the path its card is published at. */
export function cardEntry(spec: CardSpec): CardEntry {
  return { spec, path: cardPath(spec.name, spec.format, cardKey(spec)) };
}
