import type { APIRoute, GetStaticPaths } from 'astro';
import { langCodes } from '../../../config/resolve.ts';
import { calendar } from '../../../feeds/ics.ts';
import { getFeedSite } from '../../../lib/feeds.ts';
import type { EventItem } from '../../../model/item.ts';
import { absolute, calendarPath, feedsPagePath } from '../../../model/urls.ts';

// Calendar subscriptions: /{lang}/calendar/events.ics, …/bodies/{body}.ics, …/chambers/{code}.ics.
export const getStaticPaths = (async () => {
  const site = await getFeedSite();
  return langCodes.flatMap((lang) => site.calendars.map((scope) => ({ params: { lang, calendar: `${scope.key}.ics` }, props: { key: scope.key } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const site = await getFeedSite();
  const scope = site.calendars.find((s) => s.key === props.key);
  const lang = params.lang;
  if (!scope || !lang) return new Response(null, { status: 404 });
  const events = scope.items.filter((i): i is EventItem => i.kind === 'events');
  const body = calendar(events, { lang, name: scope.title(lang), url: absolute(calendarPath(lang, scope.key)) || absolute(feedsPagePath(lang)) });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
