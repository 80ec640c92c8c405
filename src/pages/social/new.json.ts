import type { APIRoute } from 'astro';
import { langCodes } from '../../config/resolve.ts';
import { getCatalog } from '../../routes/catalog.ts';
import { previousManifest } from '../../social/previous.ts';
import { newItems } from '../../social/manifest.ts';
import { postTexts } from '../../social/posts.ts';
import { absolute, itemGuid, itemPath } from '../../model/urls.ts';

// What to announce: the items first seen in this build, with their post texts per language.
export const GET: APIRoute = async () => {
  const [c, prev] = await Promise.all([getCatalog(), previousManifest()]);
  const items = newItems(prev.manifest, c.all).map((item) => ({
    id: itemGuid(item),
    kind: item.kind,
    firstSeen: item.firstSeen,
    languages: Object.fromEntries(
      langCodes.map((lang) => [lang, { url: absolute(itemPath(item, lang)), posts: postTexts(item, lang, c.chambers) }]),
    ),
  }));
  return new Response(`${JSON.stringify({ previousManifest: prev.source, count: items.length, items }, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
