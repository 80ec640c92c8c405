import { getCollection } from 'astro:content';
import { hub } from '../config/resolve.ts';
import { buildDocumentCatalog, type DocumentCatalog } from '../model/document-catalog.ts';
import { getCatalog } from './catalog.ts';
import { documentScopes } from '../feeds/documents.ts';

let cached: Promise<DocumentCatalog> | undefined;

/** The documents that get pages, built once per build at the catalog's one now. */
export function getDocumentCatalog(): Promise<DocumentCatalog> {
  cached ??= (async () => {
    const [docs, chambers, c] = await Promise.all([getCollection('documents'), getCollection('chambers'), getCatalog()]);
    return buildDocumentCatalog(
      docs.map((e) => e.data),
      chambers.map((e) => e.data),
      hub.documents,
      c.now,
    );
  })();
  return cached;
}

/** The documents' feeds and calendar with something in them, for the feeds page. */
export async function getDocumentScopes() {
  return documentScopes(await getDocumentCatalog());
}
