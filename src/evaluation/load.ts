import path from 'node:path';
import { hub } from '../config/resolve.ts';
import { contentDir } from '../content/loader.ts';
import type { Catalog } from '../model/catalog.ts';
import { itemGuid } from '../model/urls.ts';
import { readHistory } from './history.ts';
import { buildScorecard, type Scorecard } from './scorecard.ts';
import { itemChambers } from '../model/item.ts';

let cached: Promise<Scorecard> | undefined;

/** The build's scorecard, from `<content>/evaluation/*.json` and the catalog's items; read once per build. */
export function getScorecard(catalog: Catalog): Promise<Scorecard> {
  cached ??= (async () => {
    const history = await readHistory(path.join(contentDir, 'evaluation'));
    const chambers = new Map(catalog.all.map((i) => [itemGuid(i), itemChambers(i)]));
    return buildScorecard(history, { start: hub.evaluation.trialStart, end: hub.evaluation.trialEnd }, chambers);
  })();
  return cached;
}
