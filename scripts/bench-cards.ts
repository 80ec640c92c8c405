// Card benchmark. First a table of rasteriser and encoder candidates drawing the same cards side by
// side (--sample cards, --rounds times each); then the build's own pool draws a generated corpus
// cold (empty cache) with each worker count in --workers, then warm, and prints figures.
// Usage: npm run bench:cards [-- --items 10000 --sample 40 --rounds 3 --workers 1,2]
import './bench-cards/allocator.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CardCache } from '../src/cards/cache.ts';
import { writeCards, type CardEntry } from '../src/cards/build.ts';
import { cardKey } from '../src/cards/key.ts';
import { CardPool } from '../src/cards/pool.ts';
import { itemCardSpec } from '../src/cards/specs.ts';
import type { Chamber } from '../src/model/schemas.ts';
import type { Item } from '../src/model/item.ts';
import { cardPath } from '../src/model/urls.ts';
import { compareCandidates } from './bench-cards/compare.ts';
import { cardStages } from './bench-cards/stages.ts';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '10000' },
    sample: { type: 'string', default: '40' },
    rounds: { type: 'string', default: '3' },
    workers: { type: 'string', default: String(availableParallelism()) },
    /** Only the candidates whose name contains this text ('none': the stages only). */
    only: { type: 'string', default: '' },
  },
});
const N = Number(values.items);
const workerCounts = values.workers
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

// Titles in several scripts and lengths, so the corpus looks like IPEX's.
const TITLES = [
  'Saeima adopts a reasoned opinion on the digital omnibus',
  'Βουλή των Ελλήνων: Διακοινοβουλευτική Διάσκεψη για τη Μετανάστευση και την Ασφάλεια στη Μεσόγειο',
  'Народно събрание: парламентарен контрол върху европейските въпроси и субсидиарност',
  'Poslanecká sněmovna: Výbor pro evropské záležitosti projednal návrh nařízení o posílení policejní spolupráce',
  'Sejm Rzeczypospolitej Polskiej przyjął uzasadnioną opinię w sprawie wniosku dotyczącego rozporządzenia',
  'Camera Deputaților: dezbatere privind viitorul politicii de coeziune în Iași',
  'Il-Kamra tad-Deputati tiddiskuti l-ġejjieni tal-Unjoni Ewropea f’Għawdex',
  'Ausschuss für die Angelegenheiten der Europäischen Union: Anhörung zur Gemeinsamen Außen- und Sicherheitspolitik',
  'Proposal for a Regulation of the European Parliament and of the Council on strengthening police cooperation in relation to the prevention, detection and investigation of migrant smuggling and trafficking in human beings 🇪🇺',
  'COSAC plenary 🎉 in Dublin',
];
const chambers = new Map<string, Chamber>([['lvsae', { code: 'lvsae', country: 'LV', name: 'Saeima', names: { en: 'Saeima', fr: 'Saeima' }, accounts: {} }]]);

function item(i: number): Item {
  const common = {
    id: `bench${i}`,
    slug: `item-${i}`,
    firstSeen: '2026-11-01T08:00:00.000Z',
    title: { en: `${TITLES[i % TITLES.length]} (${i})` },
    tags: [],
    html: {},
  };
  if (i % 3 === 0) return { ...common, kind: 'news', published: '2026-11-01T08:00:00.000Z', chambers: ['lvsae'] };
  if (i % 3 === 1)
    return {
      ...common,
      kind: 'events',
      start: '2026-12-03T09:30',
      end: '2026-12-04T13:00',
      timeZone: 'Europe/Brussels',
      city: { en: 'Brno' },
      country: 'CZ',
      conference: 'cosac',
      cancelled: false,
      documents: [],
      textsSeen: {},
    };
  return { ...common, kind: 'topics', related: { news: [], events: [] } };
}

const specOf = (i: number) => itemCardSpec(item(i), i % 2 ? 'fr' : 'en', i % 10 === 9 ? 'square' : 'wide', chambers);
const entries: CardEntry[] = Array.from({ length: N }, (_, i) => {
  const spec = specOf(i);
  return { spec, path: cardPath(spec.name, spec.format, cardKey(spec)) };
});

const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

// 1. Candidates, side by side on the same cards, in this thread.
const sample = Array.from({ length: Number(values.sample) }, (_, i) => specOf(i));
if (sample.length > 0) {
  const stages = await cardStages(sample, Number(values.rounds));
  const total = stages.rows.reduce((a, r) => a + r.cpuMs, 0);
  console.log(`${sample.length} cards × ${values.rounds} rounds, one thread: cost per card by stage (medians; satori's SVG median ${kb(stages.svgBytes)})`);
  console.log('| stage | median ms | median CPU ms | share of CPU |');
  console.log('|---|---:|---:|---:|');
  for (const r of stages.rows) console.log(`| ${r.stage} | ${r.wallMs.toFixed(1)} | ${r.cpuMs.toFixed(1)} | ${((r.cpuMs / total) * 100).toFixed(0)} % |`);
  console.log('');
  const { layoutMs, layoutCpuMs, rows } = await compareCandidates(sample, Number(values.rounds), values.only);
  console.log(
    `${sample.length} cards × ${values.rounds} rounds, one thread; satori layout (common to all): median ${layoutMs.toFixed(1)} ms wall, ${layoutCpuMs.toFixed(1)} ms CPU`,
  );
  console.log('| rasteriser → encoder | median ms | median CPU ms | median PNG | max PNG | same bytes twice | max pixels off |');
  console.log('|---|---:|---:|---:|---:|---|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.wallMs.toFixed(1)} | ${r.cpuMs.toFixed(1)} | ${kb(r.bytes)} | ${kb(r.maxBytes)} | ${r.deterministic ? 'yes' : 'NO'} | ${(r.maxDiff * 100).toFixed(3)}% |`,
    );
  }
}

// 2. The build's pool and cache on the whole corpus, cold with each worker count, then warm.
const work = await mkdtemp(path.join(tmpdir(), 'ipex-hub-bench-'));
/** Peak RSS while `run` runs, sampled every 50 ms (the process's own maximum only ever grows). */
async function peakRss<T>(run: () => Promise<T>): Promise<[T, number]> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  try {
    return [await run(), peak];
  } finally {
    clearInterval(timer);
  }
}
for (const [i, size] of (N > 0 ? workerCounts : []).entries()) {
  const cache = new CardCache(path.join(work, `cache${size}`));
  const pool = new CardPool(size);
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  const [cold, coldPeak] = await peakRss(() => writeCards(entries, { outDir: path.join(work, `out${size}`), cache, pool }));
  const coldMs = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  console.log(`\ncards: ${N} (${entries.filter((e) => e.spec.format === 'square').length} square), workers: ${pool.size}`);
  console.log(`cold: ${cold.drawn} drawn in ${(coldMs / 1000).toFixed(1)} s = ${(cold.drawn / (coldMs / 1000)).toFixed(1)} cards/s, peak RSS ${mb(coldPeak)}`);
  console.log(`cold per card in its worker: median ${q(cold.ms, 0.5).toFixed(1)} ms, p95 ${q(cold.ms, 0.95).toFixed(1)} ms (wall time)`);
  // A card's CPU: its drawing thread's own time (layout and rasterising), measured per card, plus
  // an even share of the threads every card uses: PNG compression, garbage collection, the main
  // thread's cache and file work. The shares add up to the whole process's CPU time.
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const shared = (cpuMs - sum(cold.cpu)) / cold.drawn;
  console.log(
    `cold CPU per card: median ${(q(cold.cpu, 0.5) + shared).toFixed(1)} ms, p95 ${(q(cold.cpu, 0.95) + shared).toFixed(1)} ms (drawing thread median ${q(cold.cpu, 0.5).toFixed(1)} ms + ${shared.toFixed(1)} ms shared threads)`,
  );
  console.log(`cold CPU per card, whole process (all threads) / cards: ${(cpuMs / cold.drawn).toFixed(1)} ms`);
  console.log(
    `PNG size: median ${kb(q(cold.bytes, 0.5))}, max ${kb(Math.max(...cold.bytes))}, over 300 KB: ${cold.bytes.filter((b) => b > 300 * 1024).length}`,
  );
  if (i === workerCounts.length - 1) {
    const w = performance.now();
    const warm = await writeCards(entries, { outDir: path.join(work, 'warm'), cache, pool });
    const warmMs = performance.now() - w;
    console.log(`warm: ${warm.cached} from cache, ${warm.drawn} drawn, total ${(warmMs / 1000).toFixed(2)} s = ${(warmMs / N).toFixed(3)} ms per card`);
  }
  await pool.close();
}
await rm(work, { recursive: true, force: true });
console.log(`peak RSS of the whole run: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
