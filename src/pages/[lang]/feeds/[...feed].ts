import type { APIRoute, GetStaticPaths } from 'astro';
import { langCodes } from '../../../config/resolve.ts';
import { feedDoc, renderFeed } from '../../../feeds/site.ts';
import { getFeedSite } from '../../../routes/feeds.ts';
import { pageKey } from '../../../routes/keys.ts';
import { FEED_FORMATS, type FeedFormat } from '../../../model/urls.ts';

const TYPES: Record<FeedFormat, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' };

// Every feed: /{lang}/feeds/{scope}.{xml,atom,json}.
export const getStaticPaths = (async () => {
  const site = await getFeedSite();
  const formats = Object.entries(FEED_FORMATS) as [FeedFormat, string][];
  return langCodes.flatMap((lang) =>
    site.scopes.flatMap((scope) => {
      const cacheKey = pageKey(feedDoc(site, scope, lang));
      return formats.map(([format, ext]) => ({ params: { lang, feed: `${scope.key}.${ext}` }, props: { key: scope.key, format }, cacheKey: `${format}:${cacheKey}` }));
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const site = await getFeedSite();
  const scope = site.scopes.find((s) => s.key === props.key);
  const lang = params.lang;
  if (!scope || !lang) return new Response(null, { status: 404 });
  const doc = feedDoc(site, scope, lang);
  const format = props.format as FeedFormat;
  const body = await renderFeed(doc, format);
  return new Response(body, { headers: { 'Content-Type': `${TYPES[format]}; charset=utf-8` } });
};
