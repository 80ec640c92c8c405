import type { APIRoute } from 'astro';
import { langCodes } from '../../config/resolve.ts';
import { getCatalog } from '../../routes/catalog.ts';
import { previousManifest } from '../../social/previous.ts';
import { newItems } from '../../social/manifest.ts';
import { postTexts } from '../../social/posts.ts';
import { newDocumentEntries } from '../../social/document-manifest.ts';
import { getDocumentCatalog } from '../../routes/document-catalog.ts';
import { absolute, itemGuid, itemPath } from '../../model/urls.ts';

// What to announce: the items first seen in this build, then documents and scrutiny events
// (a chamber's opinion, a card's threshold, a check entering its last 14 days), with post texts per language.
export const GET: APIRoute = async () => {
  const [c, prev, d] = await Promise.all([getCatalog(), previousManifest(), getDocumentCatalog()]);
  const items = [...newItems(prev.manifest, c.all).map((item) => ({
    id: itemGuid(item),
    kind: item.kind,
    firstSeen: item.firstSeen,
    languages: Object.fromEntries(
      langCodes.map((lang) => [lang, { url: absolute(itemPath(item, lang)), posts: postTexts(item, lang, c.chambers) }]),
    ),
  })), ...newDocumentEntries(d, prev.manifest, c.chambers)];
  return new Response(`${JSON.stringify({ previousManifest: prev.source, count: items.length, items }, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
