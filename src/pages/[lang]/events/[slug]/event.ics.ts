import type { APIRoute, GetStaticPaths } from 'astro';
import { calendar } from '../../../../feeds/ics.ts';
import { pageLangs, pickText } from '../../../../model/pick.ts';
import { getCatalog } from '../../../../routes/catalog.ts';
import { keyed } from '../../../../routes/keys.ts';
import type { EventItem } from '../../../../model/item.ts';
import { absolute, itemPath } from '../../../../model/urls.ts';

// One .ics per event, behind the "Add to calendar" button.
export const getStaticPaths = (async () => {
  const c = await getCatalog();
  return c.all.flatMap((item) => (item.kind === 'events' ? pageLangs(item.title).map((lang) => keyed({ lang, slug: item.slug }, { event: item, lang })) : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { event, lang } = props.input as { event: EventItem; lang: string };
  const body = calendar([event], { lang, name: pickText(event.title, lang), url: absolute(itemPath(event, lang)) });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
