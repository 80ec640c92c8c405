import type { APIRoute } from 'astro';
import { langCodes } from '../../config/resolve.ts';
import { truncate } from '../../model/text.ts';
import { getCatalog } from '../../routes/catalog.ts';
import { itemCard } from '../../cards/images.ts';
import { previousManifest } from '../../social/previous.ts';
import { pick, pickText } from '../../model/pick.ts';
import { PREVIEW_DESCRIPTION_MAX } from '../../model/meta.ts';
import type { Item } from '../../model/item.ts';
import { newItems } from '../../social/manifest.ts';
import { postTexts } from '../../social/posts.ts';
import { absolute, itemGuid, itemPath } from '../../model/urls.ts';

/** The chambers an item belongs to, for chambers' own announcing accounts: a news item's, an event's organiser. */
const itemChambers = (item: Item): string[] =>
  item.kind === 'news' ? item.chambers : item.kind === 'events' && item.organiser ? [item.organiser] : [];

// What to announce: the items first seen in this build, with their post texts per language, and what
// a link card needs where the platform does not read the page (title, description, the wide card).
export const GET: APIRoute = async () => {
  const [c, prev] = await Promise.all([getCatalog(), previousManifest()]);
  const items = newItems(prev.manifest, c.all).map((item) => ({
    id: itemGuid(item),
    kind: item.kind,
    firstSeen: item.firstSeen,
    chambers: itemChambers(item),
    languages: Object.fromEntries(
      langCodes.map((lang) => {
        const title = pickText(item.title, lang);
        const card = itemCard(item, lang, 'wide', c.chambers);
        return [
          lang,
          {
            url: absolute(itemPath(item, lang)),
            title,
            description: truncate(pick(item.summary, lang)?.text ?? title, PREVIEW_DESCRIPTION_MAX),
            card: { url: card.url, path: card.path, alt: card.alt, width: card.width, height: card.height, type: card.type },
            posts: postTexts(item, lang, c.chambers),
          },
        ];
      }),
    ),
  }));
  return new Response(`${JSON.stringify({ previousManifest: prev.source, count: items.length, items }, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
