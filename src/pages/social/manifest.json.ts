import type { APIRoute } from 'astro';
import { getCatalog } from '../../routes/catalog.ts';
import { previousManifest } from '../../social/previous.ts';
import { nextManifest } from '../../social/manifest.ts';

// Every id this site has published, with content digests; the next build reads it back.
export const GET: APIRoute = async () => {
  const [c, prev] = await Promise.all([getCatalog(), previousManifest()]);
  return new Response(`${JSON.stringify(nextManifest(prev.manifest, c.all), null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
