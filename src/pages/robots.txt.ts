import type { APIRoute } from 'astro';
import { absolute } from '../model/urls.ts';

// Every crawler, link-preview bots included, may read everything.
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
