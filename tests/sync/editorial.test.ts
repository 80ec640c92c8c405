import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeIpex } from '../../scripts/serve-fake-ipex.ts';
import { loadContent } from '../../src/content/load.ts';
import { SNAPSHOT_KINDS } from '../../src/model/vocabulary.ts';
import { fixtureServer, snapshotItem, snapshotText, sync, tempContent } from './support.ts';

let fake: FakeIpex;
afterEach(async () => {
  await fake.close();
});

/** Writes an editor's file into a content folder. */
async function editorial(dir: string, kind: string, name: string, text: string): Promise<void> {
  await mkdir(path.join(dir, 'editorial', kind), { recursive: true });
  await writeFile(path.join(dir, 'editorial', kind, name), text);
}

const hubItem = (id: string, extra = '') => `---\nid: ${id}\ntitle: An editor's item\npublished: 2026-11-18T09:00:00+01:00\n${extra}---\nBody.\n`;

describe("editors' slugs in the sync", () => {
  it("never gives an IPEX item an editor's slug: neither a `slug:` nor a file name", async () => {
    fake = await fixtureServer();
    const dir = await tempContent();
    await editorial(dir, 'news', 'budget-week.en.md', hubItem('hub-budget', 'slug: budget-2027-national-parliaments-views\n'));
    await editorial(dir, 'news', 'subsidiarity-checks-in-2026.en.md', hubItem('hub-checks'));
    // A file that corrects an IPEX item keeps IPEX's slug and takes none: its name is free.
    await editorial(dir, 'news', 'n-1003-french.fr.md', '---\nid: n-1003\ntitle: Un titre\n---\n');
    // Every kind, so that the build below finds every snapshot file.
    const r = await sync(dir, fake, { kinds: [...SNAPSHOT_KINDS] });
    expect(r.ok).toBe(true);
    expect((await snapshotItem(dir, 'news', 'n-1001'))?.slug).toBe('budget-2027-national-parliaments-views-2');
    expect((await snapshotItem(dir, 'news', 'n-1006'))?.slug).toBe('subsidiarity-checks-in-2026-2');
    // The build agrees: every slug is its own.
    const content = await loadContent({ dir, defaultTimeZone: 'Europe/Brussels' });
    expect(content.news.find((n) => n.id === 'hub-budget')?.slug).toBe('budget-2027-national-parliaments-views');
    expect(content.news.find((n) => n.id === 'hub-checks')?.slug).toBe('subsidiarity-checks-in-2026');
  });

  it('reports a broken editorial file and keeps that kind as it was, instead of guessing its slugs', async () => {
    fake = await fixtureServer();
    const dir = await tempContent();
    expect((await sync(dir, fake)).ok).toBe(true);
    const news = await snapshotText(dir, 'news');
    await editorial(dir, 'news', 'broken.en.md', '---\nid: [hub-broken\n---\n');
    fake.requests.length = 0;
    const r = await sync(dir, fake);
    expect(r.ok).toBe(false);
    expect(r.report.types.news).toMatchObject({ status: 'kept-previous' });
    expect(r.report.types.news?.reason).toMatch(/^editors' files cannot be read: .*editorial\/news\/broken\.en\.md: field "\(front matter\)": not valid YAML/);
    expect(r.report.types.events?.status).not.toBe('kept-previous');
    expect(await snapshotText(dir, 'news')).toBe(news);
    expect(fake.requests.some((q) => q.index === 'news')).toBe(false);
  });

  it('reports an editorial file that cannot be read', async () => {
    fake = await fixtureServer();
    const dir = await tempContent();
    // A folder where a file should be: reading it fails (EISDIR), whoever runs the test.
    await mkdir(path.join(dir, 'editorial', 'events', 'odd.en.md'), { recursive: true });
    const r = await sync(dir, fake, { kinds: ['events'] });
    expect(r.ok).toBe(false);
    expect(r.report.types.events?.reason).toMatch(/editorial\/events\/odd\.en\.md: field "\(file\)": cannot be read: EISDIR/);
  });
});
