import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { copyFixture, editItem } from '../support/fixture.ts';
import { filesWith, icalEvents, text } from '../support/feeds.ts';

const EVENT = 'e0000000000000000000000000000001';
const NEW_ID = 'n0000000000000000000000000000099';

/** id → published ISO date, per feed file, for one build. */
async function snapshotFeeds(dist: string): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  for (const f of (await filesWith(dist, '.xml', '.atom')).filter((x) => x.includes('/feeds/'))) {
    const items = parseFeed(await text(dist, f)).items;
    out.set(f, new Map(items.map((i) => [i.id ?? '', i.published?.toISOString() ?? ''])));
  }
  for (const f of (await filesWith(dist, '.json')).filter((x) => x.includes('/feeds/'))) {
    const items: { id: string; date_published: string }[] = JSON.parse(await text(dist, f)).items;
    out.set(f, new Map(items.map((i) => [i.id, new Date(i.date_published).toISOString()])));
  }
  return out;
}

// Build, then change the input the way syncs and editors do, build again, and compare.
describe('feed identity across builds', () => {
  let before: Map<string, Map<string, string>>;
  let after: Map<string, Map<string, string>>;
  let distA = '';
  let distB = '';

  beforeAll(async () => {
    const content = await copyFixture();
    const work = await mkdtemp(path.join(tmpdir(), 'ipex-hub-ids-'));
    distA = path.join(work, 'a');
    distB = path.join(work, 'b');
    const a = await buildSite(content, distA);
    if (a.code !== 0) throw new Error(a.output);
    // An upstream edit of the event's title and body, recorded by the sync as `updated`.
    await editItem(content, 'events', EVENT, (i) => {
      i.title = { en: 'LXXIV COSAC plenary meeting (new venue)', fr: 'LXXIVe réunion plénière de la COSAC (nouveau lieu)' };
      i.body = { en: 'The meeting moves to Dublin Castle, Printworks.' };
      i.updated = '2026-11-20T09:00:00Z';
    });
    // IPEX re-dates the Saeima's reasoned opinion and edits its document list; the sync keeps the
    // moment it first saw the opinion (opinionsSeen), so the scrutiny entry keeps its id and date.
    await editItem(content, 'documents', 'COM20260538', (i) => {
      const scrutinies = i.scrutinies as { chamber: string; reasonedOpinionDate?: string; documents?: unknown[] }[];
      for (const s of scrutinies) if (s.chamber === 'lvsae') Object.assign(s, { reasonedOpinionDate: '2026-11-19', documents: [] });
      i.updated = '2026-11-21T09:00:00Z';
    });
    // The input in another order, and one new news item.
    const file = path.join(content, 'snapshot/news.json');
    const snap = JSON.parse(await readFile(file, 'utf8'));
    snap.items.reverse();
    snap.items.push({
      id: NEW_ID,
      slug: 'new-item',
      firstSeen: '2026-11-25T10:00:00Z',
      published: '2026-11-25T09:00:00Z',
      title: { en: 'A new item', fr: 'Un nouvel élément' },
      tags: [{ key: 'subsidiarity', label: { en: 'Subsidiarity' } }],
    });
    await writeFile(file, JSON.stringify(snap));
    const b = await buildSite(content, distB);
    if (b.code !== 0) throw new Error(b.output);
    before = await snapshotFeeds(distA);
    after = await snapshotFeeds(distB);
  });

  it('adds exactly the one new id to the feeds it belongs to, and nothing else', () => {
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [feed, ids] of after) {
      const added = [...ids.keys()].filter((id) => !before.get(feed)?.has(id));
      const belongs = /\/(all|news|tags\/subsidiarity)\.(xml|atom|json)$/.test(feed);
      expect(added, feed).toEqual(belongs ? [`urn:ipex-hub:news:${NEW_ID}`] : []);
      expect(
        [...(before.get(feed)?.keys() ?? [])].filter((id) => !ids.has(id)),
        feed,
      ).toEqual([]);
    }
  });

  it('announces a chamber’s reasoned opinion once: same scrutiny entry id and date after IPEX edits it', () => {
    const id = 'urn:ipex-hub:documents:COM20260538:opinion:lvsae';
    for (const f of ['/en/feeds/scrutiny.xml', '/fr/feeds/scrutiny.atom', '/en/feeds/scrutiny.json']) {
      expect(before.get(f)?.get(id), f).toBe('2026-11-18T10:00:00.000Z');
      expect(after.get(f)?.get(id), f).toBe('2026-11-18T10:00:00.000Z');
    }
  });

  it('keeps every other item’s published date, and dates the new one last', () => {
    for (const [feed, ids] of after) {
      for (const [id, date] of before.get(feed) ?? []) expect(ids.get(id), `${feed} ${id}`).toBe(date);
      const fresh = ids.get(`urn:ipex-hub:news:${NEW_ID}`);
      const older =
        [...ids.values()]
          .filter((d) => d !== fresh)
          .sort()
          .at(-1) ?? '';
      if (fresh) expect(fresh > older, feed).toBe(true);
    }
  });

  it('keeps the edited event’s UID and raises its SEQUENCE and LAST-MODIFIED', async () => {
    const one = (dist: string) => text(dist, '/en/events/lxxiv-cosac-plenary-dublin/event.ics').then((t) => icalEvents(t)[0]);
    const [a, b] = await Promise.all([one(distA), one(distB)]);
    expect(b?.uid).toBe(a?.uid);
    expect(b?.summary).toBe('LXXIV COSAC plenary meeting (new venue)');
    expect(b?.sequence ?? 0).toBeGreaterThan(a?.sequence ?? 0);
    const lm = (e: typeof a) => e?.component.getFirstPropertyValue('last-modified')?.toString();
    expect(lm(b)).not.toBe(lm(a));
    const all = await text(distB, '/en/calendar/events.ics');
    expect(icalEvents(all).find((e) => e.uid === a?.uid)?.sequence).toBe(b?.sequence);
  });
});
