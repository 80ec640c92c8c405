import type { APIRoute, GetStaticPaths } from 'astro';
import { langCodes } from '../../../config/resolve.ts';
import { calendarInput, renderCalendar, type CalendarInput } from '../../../feeds/site.ts';
import { getFeedSite } from '../../../routes/feeds.ts';
import { keyed } from '../../../routes/keys.ts';

// Calendar subscriptions: /{lang}/calendar/events.ics, …/bodies/{body}.ics, …/chambers/{code}.ics.
export const getStaticPaths = (async () => {
  const site = await getFeedSite();
  return langCodes.flatMap((lang) => site.calendars.map((scope) => keyed({ lang, calendar: `${scope.key}.ics` }, calendarInput(scope, lang))));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  return new Response(renderCalendar(props.input as CalendarInput), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
