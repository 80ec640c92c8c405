import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/catalog.ts';
import { itemCards } from '../../../lib/meta.ts';
import { languagePaths } from '../../../lib/paths.ts';
import { pickText } from '../../../i18n/pick.ts';
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
