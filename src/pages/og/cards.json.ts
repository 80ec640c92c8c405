import type { APIRoute } from 'astro';
import type { CardEntry } from '../../cards/build.ts';
import { getCatalog } from '../../routes/catalog.ts';
import { getListPages } from '../../routes/lists.ts';
import { documentCardImages } from '../../routes/documents.ts';
import { glossaryCardImages } from '../../routes/glossary.ts';
import { itemCards, notFoundCard, rootCard, type CardImage } from '../../cards/images.ts';
import { langCodes } from '../../config/resolve.ts';

// The list of every card the pages reference. The cards integration draws them after the build
// and removes this file; a test checks that every page's og:image exists.
export const GET: APIRoute = async () => {
  const c = await getCatalog();
  const cards: CardImage[] = [
    rootCard(),
    notFoundCard(),
    ...(await getListPages()).map((p) => p.card),
    ...langCodes.flatMap((lang) => c.all.flatMap((item) => Object.values(itemCards(item, lang, c.chambers)))),
    ...(await documentCardImages()),
    ...(await glossaryCardImages()),
  ];
  const entries: CardEntry[] = cards.map((card) => ({ path: card.path, spec: card.spec }));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
