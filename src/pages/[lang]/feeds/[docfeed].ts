import type { APIRoute, GetStaticPaths } from 'astro';
import { langCodes } from '../../../config/resolve.ts';
import { documentFeedDoc, documentScopes } from '../../../feeds/documents.ts';
import { renderFeed } from '../../../feeds/site.ts';
import { getCatalog } from '../../../routes/catalog.ts';
import { getDocumentCatalog } from '../../../routes/document-catalog.ts';
import { keyed } from '../../../routes/keys.ts';
import type { FeedDoc } from '../../../feeds/doc.ts';
import { FEED_FORMATS, type FeedFormat } from '../../../model/urls.ts';

const TYPES: Record<FeedFormat, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' };

// The documents feeds: /{lang}/feeds/documents.{xml,atom,json} and /{lang}/feeds/scrutiny.{…}.
export const getStaticPaths = (async () => {
  const formats = Object.entries(FEED_FORMATS) as [FeedFormat, string][];
  const [d, c] = await Promise.all([getDocumentCatalog(), getCatalog()]);
  const feeds = documentScopes(d).feeds.map((f) => f.key);
  return langCodes.flatMap((lang) =>
    feeds.flatMap((feed) => {
      const doc = documentFeedDoc(d, feed, lang, c.chambers);
      return formats.map(([format, ext]) => keyed({ lang, docfeed: `${feed}.${ext}` }, { doc, format }));
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { doc, format } = props.input as { doc: FeedDoc; format: FeedFormat };
  return new Response(await renderFeed(doc, format), { headers: { 'Content-Type': `${TYPES[format]}; charset=utf-8` } });
};
