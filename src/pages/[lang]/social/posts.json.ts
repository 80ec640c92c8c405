import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../routes/catalog.ts';
import { itemCards } from '../../../cards/images.ts';
import { wantsSquare } from '../../../cards/square.ts';
import { langCodes } from '../../../config/resolve.ts';
import { keyed, pageKey } from '../../../routes/keys.ts';
import type { Item } from '../../../model/item.ts';
import type { Catalog } from '../../../model/catalog.ts';
import { hasPage, pickText } from '../../../model/pick.ts';
import { hashtagsFor } from '../../../social/hashtags.ts';
import { postTexts } from '../../../social/posts.ts';
import { absolute, itemGuid, itemPath } from '../../../model/urls.ts';
import { jsonTextListFile, listEntryText } from '../../../output/json.ts';
import { keptTexts } from '../../../output/kept.ts';

// The listed items that have their page in the language, in the order the file lists them.
const listed = (c: Awaited<ReturnType<typeof getCatalog>>, lang: string) =>
  [...c.news, ...c.upcoming, ...c.past, ...c.topics, ...c.texts].filter((i) => hasPage(i.title, lang));

/** What the file is made from: the listed items, whether each has a square card, the chambers. */
interface PostsInput {
  lang: string;
  items: Item[];
  square: boolean[];
  chambers: Catalog['chambers'];
}

// Keyed by what the texts are made of (items, chambers, language): making them all is what takes time.
export const getStaticPaths = (async () => {
  const c = await getCatalog();
  return langCodes.map((lang) => {
    const items = listed(c, lang);
    return keyed({ lang }, { lang, items, square: items.map((i) => wantsSquare(i, c.now)), chambers: c.chambers } satisfies PostsInput);
  });
}) satisfies GetStaticPaths;

// The share kit of every listed item with its page in the language, for automation tools. An hour's
// change touches a handful of items, and composing every item's texts was most of the file's time: an
// item's entry is kept from the last build while what it is made from (and the code) is unchanged.
export const GET: APIRoute = async ({ props }) => {
  const { lang, items: listedItems, square, chambers } = props.input as PostsInput;
  // Kept by the last build (none in the dev server): an entry is taken as it was while its key is unchanged.
  const last = await keptTexts(`posts-${lang}`);
  // Each item's kit is made as it is written (src/output/json.ts), not the whole list first.
  const texts = listedItems.values().map((item, i) => {
    const make = () => listEntryText(shareKit(item, lang, square[i] ?? false, chambers));
    return last ? last.kept.take(pageKey(last.code, lang, item, square[i] ?? false, chambers), make) : make();
  });
  // In a build the list is written after the pages, from the kept texts (KeptTexts.saveAsList).
  if (last) {
    const count = texts.reduce((n) => n + 1, 0);
    return new Response(await last.kept.saveAsList(`${lang}/social/posts.json`, { lang }, 'items', count), { headers: { 'Content-Type': 'application/json' } });
  }
  return new Response(jsonTextListFile({ lang }, 'items', texts), { headers: { 'Content-Type': 'application/json' } });
};

/** An item's share kit in `lang`: its page, title, hashtags, cards and post texts. */
function shareKit(item: Item, lang: string, square: boolean, chambers: Catalog['chambers']) {
  const cards = itemCards(item, lang, chambers, square);
  return {
    id: itemGuid(item),
    kind: item.kind,
    url: absolute(itemPath(item, lang)),
    title: pickText(item.title, lang),
    hashtags: hashtagsFor(item, lang),
    cards: { wide: cards.wide.url, ...(cards.square && { square: cards.square.url }) },
    posts: postTexts(item, lang, chambers),
  };
}
