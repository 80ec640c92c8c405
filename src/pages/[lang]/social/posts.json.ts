import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../routes/catalog.ts';
import { itemCards } from '../../../cards/images.ts';
import { wantsSquare } from '../../../cards/square.ts';
import { langCodes } from '../../../config/resolve.ts';
import { pageKey } from '../../../routes/keys.ts';
import { pickText } from '../../../model/pick.ts';
import { hashtagsFor } from '../../../social/hashtags.ts';
import { postTexts } from '../../../social/posts.ts';
import { absolute, itemGuid, itemPath } from '../../../model/urls.ts';

// The listed items, in the order the file lists them.
const listed = (c: Awaited<ReturnType<typeof getCatalog>>) => [...c.news, ...c.upcoming, ...c.past, ...c.topics, ...c.texts];

// Keyed by what the texts are made of (items, chambers, language): making them all is what takes time.
export const getStaticPaths = (async () => {
  const c = await getCatalog();
  return langCodes.map((lang) => ({ params: { lang }, cacheKey: pageKey(lang, listed(c), listed(c).map((i) => wantsSquare(i, c.now)), [...c.chambers]) }));
}) satisfies GetStaticPaths;

// The share kit of every listed item, for automation tools.
export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang ?? '';
  const c = await getCatalog();
  const items = listed(c).map((item) => {
    const cards = itemCards(item, lang, c.chambers, c.now);
    return {
      id: itemGuid(item),
      kind: item.kind,
      url: absolute(itemPath(item, lang)),
      title: pickText(item.title, lang),
      hashtags: hashtagsFor(item),
      cards: { wide: cards.wide.url, ...(cards.square && { square: cards.square.url }) },
      posts: postTexts(item, lang, c.chambers),
    };
  });
  return new Response(`${JSON.stringify({ lang, items }, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
