import type { APIRoute } from 'astro';
import { truncate } from '../../model/text.ts';
import { getCatalog } from '../../routes/catalog.ts';
import { documentCard, itemCard } from '../../cards/images.ts';
import { previousManifest } from '../../social/previous.ts';
import { pageLangs, pick, pickText } from '../../model/pick.ts';
import { PREVIEW_DESCRIPTION_MAX } from '../../model/meta.ts';
import { announcingChambers } from '../../social/owners.ts';
import { newItems } from '../../social/manifest.ts';
import { postTexts } from '../../social/posts.ts';
import { newDocumentEntries, type DocumentVersion } from '../../social/document-manifest.ts';
import { getDocumentCatalog } from '../../routes/document-catalog.ts';
import { absolute, itemGuid, itemPath } from '../../model/urls.ts';
import { jsonListFile, listEntryText } from '../../output/json.ts';
import { listAfterPages } from '../../output/kept.ts';
import type { Item } from '../../model/item.ts';
import type { Catalog } from '../../model/catalog.ts';

/** A link card's facts for a document's page: its reference and title, its description, its wide card. */
const documentVersion: DocumentVersion = (v, lang) => {
  const card = documentCard(v, lang, 'wide');
  const title = `${v.doc.reference} · ${pickText(v.doc.title, lang)}`;
  return {
    title,
    description: truncate(pick(v.doc.summary, lang)?.text ?? title, PREVIEW_DESCRIPTION_MAX),
    card: { url: card.url, path: card.path, alt: card.alt, width: card.width, height: card.height, type: card.type },
  };
};

// What to announce: the items first seen in this build (adopted texts marked), then documents and scrutiny events (a chamber's
// opinion, a card's threshold, a check entering its last 14 days), with post texts in each language the item has its page in, and
// what a link card needs where the platform does not read the page (title, description, the wide card).
export const GET: APIRoute = async () => {
  const [c, prev, d] = await Promise.all([getCatalog(), previousManifest(), getDocumentCatalog()]);
  const fresh = newItems(prev.manifest, c.all);
  const documents = newDocumentEntries(d, prev.manifest, c.chambers, documentVersion, c.members);
  // Each item's entry is made as it is written (src/output/json.ts), not the whole list first.
  const entries = function* () {
    for (const item of fresh) yield itemEntry(item, c);
    yield* documents;
  };
  const head = { previousManifest: prev.source, count: fresh.length + documents.length };
  // In a build the list is written after the pages (src/output/kept.ts): a first deployment's lists every item.
  const placeholder = await listAfterPages('new', { path: 'social/new.json', head, key: 'items' }, Iterator.from(entries()).map(listEntryText));
  return new Response(placeholder ?? jsonListFile(head, 'items', entries()), { headers: { 'Content-Type': 'application/json' } });
};

/** An item's entry in new.json: what it is, who announces it, and in each language its page, link card and post texts. */
function itemEntry(item: Item, c: Catalog) {
  return {
    id: itemGuid(item),
    kind: item.kind,
    firstSeen: item.firstSeen,
    chambers: announcingChambers(item, c.chambers.values()),
    // What a conference adopts goes out ahead of everything else (src/announce/input.ts).
    ...(item.kind === 'texts' && { adopted: true }),
    languages: Object.fromEntries(
      pageLangs(item.title).map((lang) => {
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
  };
}
