// A fake IPEX search API on 127.0.0.1 that speaks the shapes of ../shared/IPEX-DATA.md, checks
// every request (method, path, appLng, pageNumber, filters, sort) and plays scripted faults.
// Tests and the sync benchmark start it in-process; run directly, it serves generated data:
//   node scripts/serve-fake-ipex.ts [--items 5000] [--port 0] [--page-size 50]
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { FakeIndex, FakeRecord } from './fake-ipex/types.ts';

export type { FakeIndex, FakeRecord };

/** What to do instead of answering normally. */
export interface Fault {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Never answer (the client must time out). */
  hang?: boolean;
  /** Answer 200 with the first half of the JSON body, cleanly ended. */
  truncate?: boolean;
}

/** A fault for the requests that match; `times` defaults to 1 (Infinity: always). */
export interface FaultRule {
  index?: FakeIndex;
  lang?: string;
  page?: number;
  times?: number;
  fault: Fault;
}

/** A request the server received, and how it answered. */
export interface FakeRequest {
  index: string;
  lang: string;
  page: number | undefined;
  body: unknown;
  headers: IncomingHttpHeaders;
  status: number | 'hang';
}

/** A running fake server; `data`, `faults` and `pageSize` may be changed between syncs. */
export interface FakeIpex {
  origin: string;
  data: Record<FakeIndex, FakeRecord[]>;
  faults: FaultRule[];
  requests: FakeRequest[];
  pageSize: number;
  /** Indexes this IPEX does not have: their endpoint answers 404, as an unknown path does. */
  unserved: FakeIndex[];
  /** Whether responses carry an ETag and honour If-None-Match, with 304 or (RFC 9110 for POST) 412. */
  conditional: 'off' | '304' | '412';
  close(): Promise<void>;
}

const TYPES: Record<FakeIndex, { type: string; sort: string; order?: 'ASC'; range?: string }> = {
  event: { type: 'calendarevent', sort: 'startDate', range: 'startDateByDateRange' },
  news: { type: 'news', sort: 'publicationDate' },
  hottopic: { type: 'hottopic', sort: 'lastUpdateDate' },
  document: { type: 'document', sort: 'transmissionDate' },
  glossary: { type: 'glossary', sort: 'title', order: 'ASC' },
};
/** The indexes the server answers for, as in the endpoint's path. */
const INDEXES = ['event', 'news', 'hottopic', 'document', 'glossary'] as const satisfies readonly FakeIndex[];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Why a search body is not what IPEX expects, or undefined. */
function invalidBody(index: FakeIndex, body: unknown): string | undefined {
  const t = TYPES[index];
  if (!isRecord(body)) return 'body must be a JSON object';
  if (!Number.isInteger(body.pageNumber) || Number(body.pageNumber) < 1) return 'pageNumber must be an integer from 1';
  const filters = body.filters;
  if (!isRecord(filters) || JSON.stringify(filters.type) !== JSON.stringify([t.type])) return `filters.type must be ["${t.type}"]`;
  for (const key of Object.keys(filters)) {
    if (key === 'type') continue;
    const range = filters[key];
    if (key !== t.range || !Array.isArray(range) || range.length !== 2 || !range.every((d) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)))
      return `unknown or malformed filter ${key}`;
  }
  const order = t.order ?? 'DESC';
  if (!isRecord(body.sort) || JSON.stringify(body.sort) !== JSON.stringify({ [t.sort]: order })) return `sort must be {"${t.sort}":"${order}"}`;
  return undefined;
}

function inRange(record: FakeRecord, range: unknown): boolean {
  if (!Array.isArray(range)) return true;
  const day = String(record.source.startDate ?? '').slice(0, 10);
  return day >= String(range[0]) && day <= String(range[1]);
}

/** Starts the fake server on 127.0.0.1 with a free port. */
export async function startFakeIpex(
  init: { data?: Partial<Record<FakeIndex, FakeRecord[]>>; pageSize?: number; conditional?: FakeIpex['conditional']; port?: number } = {},
): Promise<FakeIpex> {
  const hanging = new Set<ServerResponse>();
  const fake: FakeIpex = {
    origin: '',
    data: { event: [], news: [], hottopic: [], document: [], glossary: [], ...init.data },
    faults: [],
    requests: [],
    pageSize: init.pageSize ?? 20,
    unserved: [],
    conditional: init.conditional ?? 'off',
    close: () => Promise.resolve(),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const m = /^\/IPEXL-WEB\/api\/search\/([a-z]+)$/.exec(url.pathname);
      const lang = url.searchParams.get('appLng') ?? '';
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = undefined;
      }
      const page = isRecord(body) && typeof body.pageNumber === 'number' ? body.pageNumber : undefined;
      const log: FakeRequest = { index: m?.[1] ?? url.pathname, lang, page, body, headers: req.headers, status: 200 };
      fake.requests.push(log);
      const send = (status: number, text: string, headers: Record<string, string> = {}) => {
        log.status = status;
        res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        res.end(text);
      };
      const index = INDEXES.find((i) => i === m?.[1] && !fake.unserved.includes(i));
      if (req.method !== 'POST' || index === undefined) return send(404, '{"error":"not found"}');
      if (!/^[A-Z]{2}$/.test(lang)) return send(400, '{"error":"appLng must be a two-letter upper-case code"}');
      if (!String(req.headers['content-type']).startsWith('application/json')) return send(415, '{"error":"JSON only"}');
      // What IPEX's own front end sends (IPEX-DATA.md); a client that differs is refused, so every test checks it.
      if (req.headers['x-requested-with'] !== 'XMLHttpRequest' || !String(req.headers.accept).startsWith('application/json'))
        return send(406, '{"error":"front-end headers expected"}');
      const problem = invalidBody(index, body);
      if (problem || !isRecord(body) || !isRecord(body.filters)) return send(400, JSON.stringify({ error: problem }));

      const rule = fake.faults.find(
        (f) =>
          (f.times ?? 1) > 0 &&
          (f.index === undefined || f.index === index) &&
          (f.lang === undefined || f.lang === lang) &&
          (f.page === undefined || f.page === page),
      );
      if (rule) rule.times = (rule.times ?? 1) - 1;
      if (rule?.fault.hang) {
        log.status = 'hang';
        hanging.add(res);
        return;
      }
      if (rule?.fault.status !== undefined) return send(rule.fault.status, rule.fault.body ?? '{"error":"scripted fault"}', rule.fault.headers);

      const range = TYPES[index].range ? body.filters[TYPES[index].range ?? ''] : undefined;
      const records = fake.data[index].filter((r) => inRange(r, range));
      const start = (Number(page) - 1) * fake.pageSize;
      const hits = records
        .slice(start, start + fake.pageSize)
        .map((r) => ({ sourceAsMap: { ...r.source, ...r.byLang?.[lang] }, fields: { link: { value: r.link } } }));
      const text = JSON.stringify({ hits: { total: { value: records.length }, hits } });
      if (rule?.fault.truncate) return send(200, text.slice(0, Math.floor(text.length / 2)));
      if (fake.conditional === 'off') return send(200, text);
      const etag = `"${createHash('sha1').update(text).digest('hex')}"`;
      if (req.headers['if-none-match'] === etag) return send(fake.conditional === '304' ? 304 : 412, '', { ETag: etag });
      return send(200, text, { ETag: etag });
    });
  });
  await new Promise<void>((resolve) => server.listen(init.port ?? 0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  fake.origin = `http://127.0.0.1:${port}`;
  fake.close = () =>
    new Promise((resolve) => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

/** Started from the command line: serve generated data until interrupted. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { items: { type: 'string', default: '5000' }, port: { type: 'string', default: '0' }, 'page-size': { type: 'string', default: '50' } },
  });
  const { generateIpex } = await import('./fake-ipex/generate.ts');
  const fake = await startFakeIpex({
    data: generateIpex(Number(values.items)),
    pageSize: Number(values['page-size']),
    conditional: '304',
    port: Number(values.port),
  });
  console.log(
    `fake IPEX with ${values.items} items, ${fake.data.document.length} documents and ${fake.data.glossary.length} glossary terms on ${fake.origin} (Ctrl-C to stop)`,
  );
  console.log(`  IPEX_BASE_URL=${fake.origin} npm run sync -- --dir <folder>`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await main();
