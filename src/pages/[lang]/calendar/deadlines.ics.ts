import type { APIRoute, GetStaticPaths } from 'astro';
import { deadlinesCalendar, documentScopes } from '../../../feeds/documents.ts';
import { languagePaths } from '../../../routes/paths.ts';
import { getDocumentCatalog } from '../../../routes/document-catalog.ts';

// The subsidiarity deadlines calendar: /{lang}/calendar/deadlines.ics.
export const getStaticPaths = (async () => (documentScopes(await getDocumentCatalog()).calendars.length > 0 ? languagePaths() : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const d = await getDocumentCatalog();
  return new Response(deadlinesCalendar(d, params.lang ?? ''), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
