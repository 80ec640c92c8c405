import type { APIRoute } from 'astro';
import { hub, langCodes } from '../config/resolve.ts';
import { opml } from '../feeds/opml.ts';
import { feedInfo } from '../feeds/site.ts';
import { getFeedSite } from '../routes/feeds.ts';
import { getDocumentCatalog } from '../routes/document-catalog.ts';
import { documentScopes } from '../feeds/documents.ts';
import { absolute, documentPath, feedPath } from '../model/urls.ts';

// Every RSS feed of the site, in every language.
export const GET: APIRoute = async () => {
  const [site, d] = await Promise.all([getFeedSite(), getDocumentCatalog()]);
  const feeds = langCodes.flatMap((lang) => [
    ...site.scopes.map((scope) => {
      const doc = feedInfo(scope, lang);
      return { title: `${doc.title} (${lang})`, xmlUrl: doc.urls.rss, htmlUrl: doc.home, lang };
    }),
    ...documentScopes(d).feeds.map((f) => ({
      title: `${f.title(lang)} (${lang})`,
      xmlUrl: absolute(feedPath(lang, f.key, 'rss')),
      htmlUrl: absolute(documentPath(lang)),
      lang,
    })),
  ]);
  const newest = Math.max(0, ...[...site.dates.values()].map((d) => d.getTime()));
  return new Response(opml(`${hub.brand} feeds`, feeds, new Date(newest)), { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
};
