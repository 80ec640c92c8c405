import type { APIRoute } from 'astro';
import { getCatalog } from '../../routes/catalog.ts';
import { previousManifest } from '../../social/previous.ts';
import { nextManifest } from '../../social/manifest.ts';
import { documentManifestEntries } from '../../social/document-manifest.ts';
import { getDocumentCatalog } from '../../routes/document-catalog.ts';

// Every id this site has published, with content digests; the next build reads it back.
export const GET: APIRoute = async () => {
  const [c, prev, d] = await Promise.all([getCatalog(), previousManifest(), getDocumentCatalog()]);
  return new Response(`${JSON.stringify(nextManifest(prev.manifest, c.all, documentManifestEntries(d)), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
