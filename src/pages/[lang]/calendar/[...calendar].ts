import type { APIRoute, GetStaticPaths } from 'astro';
import { langCodes } from '../../../config/resolve.ts';
import { renderCalendar } from '../../../feeds/site.ts';
import { getFeedSite } from '../../../routes/feeds.ts';
import { pageKey } from '../../../routes/keys.ts';

// Calendar subscriptions: /{lang}/calendar/events.ics, …/bodies/{body}.ics, …/chambers/{code}.ics.
export const getStaticPaths = (async () => {
  const site = await getFeedSite();
  return langCodes.flatMap((lang) => site.calendars.map((scope) => ({ params: { lang, calendar: `${scope.key}.ics` }, props: { key: scope.key }, cacheKey: pageKey(scope.key, lang, scope.title(lang), scope.items) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const site = await getFeedSite();
  const scope = site.calendars.find((s) => s.key === props.key);
  const lang = params.lang;
  if (!scope || !lang) return new Response(null, { status: 404 });
  return new Response(renderCalendar(scope, lang), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
