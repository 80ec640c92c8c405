// Feed benchmark: builds every feed and calendar of a generated corpus, in every language,
// and prints the time. Usage: npm run bench:feeds [-- --items 10000]
import { parseArgs } from 'node:util';
import { langCodes } from '../src/config/resolve.ts';
import { buildCatalog } from '../src/model/catalog.ts';
import type { EventItem, NewsItem, TopicItem } from '../src/model/item.ts';
import { feedDoc, feedSite, renderCalendar, renderFeed, calendarInput } from '../src/feeds/site.ts';
import { FEED_FORMATS, type FeedFormat } from '../src/model/urls.ts';
import { renderMarkdown } from '../src/content/markdown.ts';

const { values } = parseArgs({ options: { items: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' } } });
const N = Number(values.items);
const TAGS = ['cosac', 'subsidiarity', 'europol', 'digital', 'migration', 'budget', 'energy', 'climate'];
const CHAMBERS = ['lvsae', 'frass', 'debta', 'plsej', 'grvou', 'bgnsb'];
const BODIES = ['cosac', 'speakers', 'jpsg-europol', 'ipc-cfsp-csdp', 'ipc-secg', 'other'] as const;
const html = renderMarkdown(
  'Parliaments **scrutinise** the proposal. See [IPEX](https://ipex.eu/IPEXL-WEB/).\n\n- one\n- two\n\n'.repeat(3),
  'https://hub.ipex.eu/',
);

const news: NewsItem[] = [];
const events: EventItem[] = [];
const topics: TopicItem[] = [];
for (let i = 0; i < N; i++) {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 37_000).toISOString();
  const common = {
    id: `id${i}`,
    slug: `item-${i}`,
    firstSeen: at,
    title: { en: `Βουλή των Ελλήνων and Народно събрание: item ${i} on the digital omnibus`, fr: `Élément ${i} sur l’omnibus numérique` },
    summary: { en: 'Chambers exchanged views on the proposal.', fr: 'Les chambres ont échangé sur la proposition.' },
    tags: [{ key: TAGS[i % TAGS.length] ?? 'cosac', label: { en: TAGS[i % TAGS.length] ?? 'cosac' } }],
    html: { en: html },
  };
  if (i % 3 === 0) news.push({ ...common, kind: 'news', published: at, chambers: [CHAMBERS[i % CHAMBERS.length] ?? 'lvsae'] });
  else if (i % 3 === 1)
    events.push({
      ...common,
      kind: 'events',
      start: '2027-03-0' + ((i % 9) + 1) + 'T09:30',
      end: '2027-03-0' + ((i % 9) + 1) + 'T13:00',
      timeZone: 'Europe/Brussels',
      organiser: CHAMBERS[i % CHAMBERS.length],
      conference: BODIES[i % BODIES.length] ?? 'other',
      cancelled: false,
      documents: [],
      textsSeen: {},
    });
  else topics.push({ ...common, kind: 'topics', related: { news: [], events: [] } });
}
const chambers = CHAMBERS.map((code) => ({ code, country: 'EU', name: code, names: { en: code, fr: code }, accounts: {} }));
const formats = Object.keys(FEED_FORMATS) as FeedFormat[];

const times: number[] = [];
let stats = { feeds: 0, calendars: 0, bytes: 0 };
for (let run = 0; run < Number(values.runs); run++) {
  const t = performance.now();
  const site = feedSite(buildCatalog({ news, events, topics, chambers }, new Date('2027-01-01T00:00:00Z')), new Date('2027-01-01T00:00:00Z'));
  stats = { feeds: 0, calendars: 0, bytes: 0 };
  for (const lang of langCodes) {
    for (const scope of site.scopes) {
      const doc = feedDoc(site, scope, lang);
      for (const f of formats) {
        stats.bytes += (await renderFeed(doc, f)).length;
        stats.feeds++;
      }
    }
    for (const scope of site.calendars) {
      stats.bytes += renderCalendar(calendarInput(scope, lang)).length;
      stats.calendars++;
    }
  }
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`corpus: ${N} items (${news.length} news, ${events.length} events, ${topics.length} topics), languages: ${langCodes.join(', ')}`);
console.log(`output: ${stats.feeds} feeds, ${stats.calendars} calendars, ${(stats.bytes / 1e6).toFixed(1)} MB`);
console.log(
  `all feeds and calendars: median ${(times[times.length >> 1] ?? 0).toFixed(0)} ms over ${times.length} runs (min ${(times[0] ?? 0).toFixed(0)}, max ${(times.at(-1) ?? 0).toFixed(0)})`,
);
