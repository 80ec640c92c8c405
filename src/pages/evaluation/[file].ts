import type { APIRoute } from 'astro';
import { hub } from '../../config/resolve.ts';
import { scorecardCsv, scorecardJson } from '../../evaluation/downloads.ts';
import { getScorecard } from '../../evaluation/load.ts';
import { getCatalog } from '../../routes/catalog.ts';

// The scorecard's downloads, /evaluation/scorecard.csv and .json; none when the scorecard is not published.
export const getStaticPaths = () => (hub.evaluation.publish ? [{ params: { file: 'scorecard.csv' } }, { params: { file: 'scorecard.json' } }] : []);

export const GET: APIRoute = async ({ params }) => {
  const card = await getScorecard(await getCatalog());
  if (params.file === 'scorecard.csv') return new Response(scorecardCsv(card), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(scorecardJson(card), { headers: { 'Content-Type': 'application/json' } });
};
