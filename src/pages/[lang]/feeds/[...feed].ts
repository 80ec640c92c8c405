import type { APIRoute, GetStaticPaths } from 'astro';
import { langCodes } from '../../../config/resolve.ts';
import { feedDoc, renderFeed } from '../../../feeds/site.ts';
import { getFeedSite } from '../../../routes/feeds.ts';
import { keyed } from '../../../routes/keys.ts';
import { FEED_FORMATS, type FeedFormat } from '../../../model/urls.ts';
import type { FeedDoc } from '../../../feeds/doc.ts';

const TYPES: Record<FeedFormat, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' };

// Every feed: /{lang}/feeds/{scope}.{xml,atom,json}.
export const getStaticPaths = (async () => {
  const site = await getFeedSite();
  const formats = Object.entries(FEED_FORMATS) as [FeedFormat, string][];
  return langCodes.flatMap((lang) =>
    site.scopes.flatMap((scope) => {
      const doc = feedDoc(site, scope, lang);
      return formats.map(([format, ext]) => keyed({ lang, feed: `${scope.key}.${ext}` }, { doc, format }));
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { doc, format } = props.input as { doc: FeedDoc; format: FeedFormat };
  return new Response(await renderFeed(doc, format), { headers: { 'Content-Type': `${TYPES[format]}; charset=utf-8` } });
};
