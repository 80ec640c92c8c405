import type { APIRoute } from 'astro';
import { getCatalog } from '../../../routes/catalog.ts';
import { itemCards } from '../../../cards/images.ts';
import { languagePaths } from '../../../routes/paths.ts';
import { pickText } from '../../../model/pick.ts';
import { hashtagsFor } from '../../../social/hashtags.ts';
import { postTexts } from '../../../social/posts.ts';
import { absolute, itemGuid, itemPath } from '../../../model/urls.ts';

export const getStaticPaths = languagePaths;

// The share kit of every listed item, for automation tools.
export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang ?? '';
  const c = await getCatalog();
  const items = [...c.news, ...c.upcoming, ...c.past, ...c.topics].map((item) => {
    const cards = itemCards(item, lang, c.chambers);
    return {
      id: itemGuid(item),
      kind: item.kind,
      url: absolute(itemPath(item, lang)),
      title: pickText(item.title, lang),
      hashtags: hashtagsFor(item),
      cards: { wide: cards.wide.url, square: cards.square.url },
      posts: postTexts(item, lang, c.chambers),
    };
  });
  return new Response(`${JSON.stringify({ lang, items }, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
