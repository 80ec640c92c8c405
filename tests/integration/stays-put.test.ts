import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, TEST_NOW } from '../support/build.ts';
import { buildCopy, copyProject } from '../support/project-copy.ts';
import { keyedPages, missReasons, readManifest } from '../../scripts/bench-build/misses.ts';

// Issue 27: a new item must change the pages whose lists it enters, a bounded handful, and leave the
// other landing pages as they were (reused, not rendered). Built on the sample, in English only.
const WORK = path.join(ROOT, '.test-work', 'stays-put');
const MONTHS = path.join(ROOT, '.test-work', 'stays-put-months');
const ENV = { HUB_LANGUAGES: 'en' };

/** The landing pages of a built site (those with an article search indexes), as site paths. */
async function landingPages(out: string): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  for (const rel of await readdir(out, { recursive: true })) {
    if (!rel.endsWith('index.html')) continue;
    const html = await readFile(path.join(out, rel), 'utf8');
    if (html.includes('data-pagefind-body')) pages.set(`/${rel}`, html);
  }
  return pages;
}

describe('a new item, built incrementally', { timeout: 600_000 }, () => {
  afterAll(async () => {
    await rm(WORK, { recursive: true, force: true });
    await rm(MONTHS, { recursive: true, force: true });
  });

  it('renders its own page and the landing pages whose lists it enters, and reuses every other', async () => {
    await copyProject(WORK, path.join(ROOT, 'content'));
    await buildCopy(WORK, 'inc', ENV);
    const before = await landingPages(path.join(WORK, 'out/inc'));
    // An hourly sync's new news item: the sample's most used tag, published an hour before now.
    const file = path.join(WORK, 'content/snapshot/news.json');
    const doc = JSON.parse(await readFile(file, 'utf8')) as { items: { tags: { key: string }[]; [k: string]: unknown }[] };
    const uses = new Map<string, number>();
    for (const n of doc.items) for (const t of n.tags) uses.set(t.key, (uses.get(t.key) ?? 0) + 1);
    const [top] = [...uses].sort((a, b) => b[1] - a[1]);
    const model = doc.items.find((n) => n.tags.some((t) => t.key === top?.[0]));
    if (!model) throw new Error('the sample has tagged news');
    const at = new Date(Date.parse(TEST_NOW) - 3_600_000).toISOString();
    doc.items.push({ ...model, id: 'n-stays-put', slug: 'a-new-item-arrives', firstSeen: at, published: at, title: { en: 'A new item arrives' } });
    await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`);

    const manifest = await readManifest(path.join(WORK, 'cache/inc'));
    const { rendered, reused } = await buildCopy(WORK, 'inc', ENV);
    const after = await landingPages(path.join(WORK, 'out/inc'));
    const fresh = '/en/news/a-new-item-arrives/index.html';
    const link = '/en/news/a-new-item-arrives/"';
    const renderedLanding = rendered.filter((p) => after.has(p));
    expect(renderedLanding).toContain(fresh);
    // Every other landing page rendered again is one that now lists the new item…
    const others = renderedLanding.filter((p) => p !== fresh);
    for (const p of others) expect(after.get(p), p).toContain(link);
    // …and every page that lists it was rendered again (none is left stale).
    const listing = [...after].filter(([p, html]) => p !== fresh && html.includes(link)).map(([p]) => p);
    expect(new Set(others)).toEqual(new Set(listing));
    // A handful: six related items per list, so at most six lists per shared tag and a few more.
    expect(others.length).toBeGreaterThan(0);
    expect(others.length).toBeLessThanOrEqual(6 * model.tags.length + 6);
    // The sample has about 240 landing pages in English: the new item changes under a tenth of them.
    expect(before.size).toBeGreaterThan(10 * others.length);

    // The benchmark's miss reasons, read from Astro's manifest, account for every keyed page Astro
    // rendered: the new page is new, the others' keys changed, and no route's code did.
    const next = await readManifest(path.join(WORK, 'cache/inc'));
    if (!next) throw new Error('the build left its incremental manifest');
    const groups = missReasons(manifest, next);
    expect(groups.reduce((sum, g) => sum + g.pages, 0)).toBe(keyedPages(next) - reused);
    expect(groups.filter((g) => g.reason === 'new page')).toEqual([{ reason: 'new page', route: 'src/pages/[lang]/[kind]/[slug].astro', pages: 1 }]);
    expect(groups.map((g) => g.reason)).not.toContain('route code changed');
  });

  it('renders, of the upcoming meetings’ list pages, only its month’s when a meeting is announced ahead', async () => {
    await copyProject(MONTHS, path.join(ROOT, 'content'));
    await buildCopy(MONTHS, 'inc', ENV);
    // An hourly sync's new meeting, on the day of the latest one (as IPEX announces them, months ahead).
    const file = path.join(MONTHS, 'content/snapshot/events.json');
    const doc = JSON.parse(await readFile(file, 'utf8')) as { items: { start: string; [k: string]: unknown }[] };
    const latest = doc.items.reduce((a, b) => (b.start > a.start ? b : a));
    const at = new Date(Date.parse(TEST_NOW) - 3_600_000).toISOString();
    doc.items.push({ ...latest, id: 'e-stays-put', slug: 'a-meeting-announced-ahead', firstSeen: at, title: { en: 'A meeting announced ahead' } });
    await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`);

    const { rendered } = await buildCopy(MONTHS, 'inc', ENV);
    const eventLists = rendered.filter((p) => /^\/en\/events\/(past\/)?(page\/[^/]+\/(\d+\/)?)?index\.html$/.test(p));
    expect(eventLists).toEqual([`/en/events/page/${latest.start.slice(0, 7)}/index.html`]);
    const html = await readFile(path.join(MONTHS, 'out/inc', eventLists[0] ?? ''), 'utf8');
    expect(html).toContain('/en/events/a-meeting-announced-ahead/"');
  });
});
