import { wantsSquare } from '../../cards/square.ts';
import type { APIRoute } from 'astro';
import type { CardEntry } from '../../cards/build.ts';
import { getCatalog } from '../../routes/catalog.ts';
import { getListPages } from '../../routes/lists.ts';
import { documentCardImages } from '../../routes/documents.ts';
import { glossaryCardImages } from '../../routes/glossary.ts';
import { cardsOf, itemCards, notFoundCard, rootCard, type CardImage } from '../../cards/images.ts';
import { pageLangs } from '../../model/pick.ts';
import { handOverCardList } from '../../cards/handoff.ts';
import { cardKey } from '../../cards/key.ts';
import { keptTexts } from '../../output/kept.ts';
import { pageKey } from '../../routes/keys.ts';
import type { Item } from '../../model/item.ts';

// The list of every card the pages reference, handed to the cards integration as soon as it is
// made, so that cards are drawn while the other pages render. Written out in full only where
// nothing took it (the dev server, a build that does not listen); the integration removes the file.
// No cacheKey: an incremental build must always hand the list over. A test checks that every page's
// og:image exists.
const entryOf = (card: CardImage): CardEntry => ({ path: card.path, spec: card.spec, key: cardKey(card.spec) });

export const GET: APIRoute = async () => {
  const c = await getCatalog();
  // Kept by the last build (none in the dev server): an item's entries are taken as they were while
  // what they are made from (the item, its square card, the chambers, the configuration, the code)
  // is unchanged; making every item's specs and keys was most of the list's time in a warm build.
  const last = await keptTexts('cards');
  const itemEntries = (item: Item): CardEntry[] => {
    const square = wantsSquare(item, c.now);
    const make = () => pageLangs(item.title).flatMap((lang) => cardsOf(itemCards(item, lang, c.chambers, square)).map(entryOf));
    if (!last) return make();
    return JSON.parse(last.kept.take(pageKey(last.code, item, square, c.chambers), () => JSON.stringify(make()))) as CardEntry[];
  };
  const entries: CardEntry[] = [
    ...[rootCard(), notFoundCard(), ...(await getListPages()).map((p) => p.card)].map(entryOf),
    ...c.all.flatMap(itemEntries),
    ...[...(await documentCardImages()), ...(await glossaryCardImages())].map(entryOf),
  ];
  await last?.kept.save();
  // Handed over, the list need not be written too: at 10,000 items it is tens of megabytes, made
  // into one string every build only for the integration to delete it.
  const body = handOverCardList(entries) ? JSON.stringify({ handedOver: entries.length }) : JSON.stringify(entries);
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
