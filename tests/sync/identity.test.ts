import { describe, expect, it } from 'vitest';
import type { Mapped } from '../../src/ipex/map/context.ts';
import { changedFields } from '../../src/sync/fields.ts';
import { firstSeenTimes } from '../../src/sync/first-seen.ts';
import { mergeKind, type MergeInput } from '../../src/sync/merge.ts';
import { serializeSnapshot } from '../../src/sync/serialize.ts';
import { slugFor } from '../../src/model/identity.ts';
import type { StoredItem } from '../../src/sync/types.ts';

const NOW = '2026-11-25T12:00:00.000Z';
const nowMs = Date.parse(NOW);

describe('slugs of new items', () => {
  it('come from the English title, else another language', () => {
    expect(slugFor('news', 'x1', { fr: 'Le budget', en: 'The budget: 2027 & beyond' }, new Set())).toBe('the-budget-2027-and-beyond');
    expect(slugFor('news', 'x1', { fr: 'Le budget de l’Union' }, new Set())).toBe('le-budget-de-l-union');
    expect(slugFor('events', 'x1', { el: 'Βουλή των Ελλήνων' }, new Set())).toBe('boyli-ton-ellinon');
  });

  it('are at most 80 characters, cut at a dash', () => {
    const slug = slugFor('news', 'x1', { en: `${'word '.repeat(30)}end` }, new Set());
    expect(slug).toBe(Array(16).fill('word').join('-'));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slugFor('news', 'x1', { en: 'a'.repeat(120) }, new Set())).toBe('a'.repeat(80));
  });

  it('are unique within the kind and never a route name', () => {
    expect(slugFor('news', 'x1', { en: 'Budget' }, new Set(['budget']))).toBe('budget-2');
    expect(slugFor('news', 'x1', { en: 'Budget' }, new Set(['budget', 'budget-2']))).toBe('budget-3');
    expect(slugFor('news', 'x1', { en: 'a'.repeat(80) }, new Set(['a'.repeat(80)]))).toBe(`${'a'.repeat(78)}-2`);
    expect(slugFor('news', 'x1', { en: 'Page' }, new Set())).toBe('page-2');
    expect(slugFor('events', 'x1', { en: 'Past' }, new Set())).toBe('past-2');
  });

  it('fall back on the kind and the id when the title gives nothing', () => {
    expect(slugFor('events', '8A86_29a8ffff', { en: '!!! ???' }, new Set())).toBe('event-8a86-29a');
    expect(slugFor('topics', 'abcdef1234', { zh: '中文' }, new Set())).toBe('topic-abcdef12');
    expect(slugFor('news', 'abcdef1234', { en: '…' }, new Set(['news-abcdef12']))).toBe('news-abcdef12-2');
  });
});

describe('first-seen times of new items', () => {
  it('are whole seconds up to now when they fit after the latest one held', () => {
    expect(firstSeenTimes(3, nowMs, nowMs - 3600_000)).toEqual({ times: ['2026-11-25T11:59:58.000Z', '2026-11-25T11:59:59.000Z', NOW], pastNow: false });
    expect(firstSeenTimes(2, nowMs, undefined).times).toEqual(['2026-11-25T11:59:59.000Z', NOW]);
    expect(firstSeenTimes(0, nowMs, undefined)).toEqual({ times: [], pastNow: false });
  });

  it('are milliseconds apart when seconds would reach the latest one held', () => {
    expect(firstSeenTimes(4, nowMs, nowMs - 2000)).toEqual({
      times: ['2026-11-25T11:59:58.500Z', '2026-11-25T11:59:59.000Z', '2026-11-25T11:59:59.500Z', NOW],
      pastNow: false,
    });
  });

  it('stay strictly later than the snapshot even when the clock is behind it', () => {
    expect(firstSeenTimes(2, nowMs, nowMs + 60_000)).toEqual({ times: ['2026-11-25T12:01:01.000Z', '2026-11-25T12:01:02.000Z'], pastNow: true });
  });
});

/** A valid news item as the previous snapshot holds it. */
const stored = (id: string, over: Partial<StoredItem> = {}): StoredItem => ({
  id,
  slug: `slug-${id}`,
  firstSeen: '2026-11-01T10:00:00.000Z',
  published: '2026-10-31T10:00:00.000Z',
  title: { en: `Title ${id}` },
  tags: [],
  chambers: [],
  ...over,
});
const fetched = (id: string, draft: Record<string, unknown> = {}, date = '2026-10-31T10:00:00Z'): Mapped<Record<string, unknown>> => ({
  id,
  draft: { title: { en: `Title ${id}` }, published: '2026-10-31T10:00:00Z', tags: [], chambers: [], ...draft },
  date,
  warnings: [],
});
const input = (over: Partial<MergeInput>): MergeInput => ({
  kind: 'news',
  previous: undefined,
  mapped: [],
  skipped: [],
  warnings: [],
  now: NOW,
  inScope: () => true,
  reservedSlugs: new Set(),
  minRatio: 0.5,
  ...over,
});

describe('mergeKind', () => {
  it('returns unchanged items as the very objects it was given', () => {
    const prev = [stored('a'), stored('b', { firstSeen: '2026-11-02T10:00:00Z' })];
    const r = mergeKind(input({ previous: { sample: false, items: prev }, mapped: [fetched('b'), fetched('a')] }));
    expect(r.items[0]).toBe(prev[0]);
    expect(r.items[1]).toBe(prev[1]);
    expect(r.write).toBe(false);
    expect(r.report.status).toBe('unchanged');
  });

  it('keeps identity on a change, and names every changed field', () => {
    const prev = [stored('a', { updated: '2026-11-10T00:00:00.000Z' })];
    const r = mergeKind(input({ previous: { sample: false, items: prev }, mapped: [fetched('a', { title: { en: 'New' }, chambers: ['frass'] })] }));
    expect(r.items).toEqual([{ ...prev[0], updated: NOW, title: { en: 'New' }, chambers: ['frass'] }]);
    expect(r.report.updated).toEqual([{ id: 'a', fields: ['title', 'chambers'] }]);
  });

  it('gives new items slugs that avoid editors’ slugs and each other, oldest upstream date first', () => {
    const r = mergeKind(
      input({
        previous: { sample: false, items: [stored('a', { slug: 'budget', firstSeen: '2026-11-25T11:00:00Z' })] },
        mapped: [
          fetched('a'),
          fetched('new2', { title: { en: 'Budget' } }, '2026-11-20T00:00:00Z'),
          fetched('new1', { title: { en: 'Budget' } }, '2026-11-19T00:00:00Z'),
          fetched('new3', { title: { en: 'Welcome' } }, '2026-11-21T00:00:00Z'),
        ],
        reservedSlugs: new Set(['welcome']),
      }),
    );
    expect(r.report.added).toEqual(['new1', 'new2', 'new3']);
    expect(r.items.map((i) => [i.id, i.slug, i.firstSeen])).toEqual([
      ['a', 'budget', '2026-11-25T11:00:00Z'],
      ['new1', 'budget-2', '2026-11-25T11:59:58.000Z'],
      ['new2', 'budget-3', '2026-11-25T11:59:59.000Z'],
      ['new3', 'welcome-2', NOW],
    ]);
  });

  it('skips an invalid new item without giving it a slug or a time', () => {
    const r = mergeKind(input({ mapped: [fetched('bad id!', { title: { en: 'Budget' } }), fetched('ok', { title: { en: 'Budget' } })] }));
    expect(r.report.skipped).toEqual([{ id: 'bad id!', field: 'id', reason: 'letters, digits, dot, dash or underscore, at most 128' }]);
    expect(r.items.map((i) => [i.id, i.slug, i.firstSeen])).toEqual([['ok', 'budget', NOW]]);
  });

  it('withdraws only items the fetch covered, once', () => {
    const prev = [
      stored('gone'),
      stored('out', { firstSeen: '2026-11-02T00:00:00Z' }),
      stored('old', { firstSeen: '2026-11-03T00:00:00Z', withdrawn: '2026-11-20T00:00:00.000Z' }),
    ];
    const r = mergeKind(input({ previous: { sample: false, items: prev }, mapped: [], inScope: (i) => i.id !== 'out', minRatio: 0 }));
    expect(r.report.withdrawn).toEqual(['gone']);
    expect(r.items).toEqual([{ ...prev[0], withdrawn: NOW }, prev[1], prev[2]]);
  });

  it('keeps everything when the fetch shrank below the ratio', () => {
    const prev = [stored('a'), stored('b'), stored('c'), stored('d'), stored('w', { withdrawn: NOW })];
    const r = mergeKind(input({ previous: { sample: false, items: prev }, mapped: [fetched('a')] }));
    expect(r).toEqual({
      items: prev,
      write: false,
      report: expect.objectContaining({
        status: 'kept-previous',
        reason: 'IPEX listed 1 news items where the snapshot holds 4: fewer than 50% (--min-ratio 0.5)',
      }),
    });
    expect(mergeKind(input({ previous: { sample: false, items: prev }, mapped: [fetched('a'), fetched('b')] })).report.status).toBe('updated');
  });
});

describe('snapshot files', () => {
  it('are written in a fixed field order with sorted nested keys, whatever order the input has', () => {
    const a = serializeSnapshot('news', NOW, [
      { title: { fr: 'B', en: 'A' }, chambers: [], id: 'x', extra: 1, firstSeen: NOW, slug: 's', published: NOW, updated: undefined },
    ]);
    const b = serializeSnapshot('news', NOW, [{ published: NOW, extra: 1, slug: 's', id: 'x', firstSeen: NOW, chambers: [], title: { en: 'A', fr: 'B' } }]);
    expect(a).toBe(b);
    expect(a).toBe(
      '{\n  "format": "ipex-hub-snapshot/1",\n  "kind": "news",\n  "sample": false,\n  "syncedAt": "2026-11-25T12:00:00.000Z",\n  "items": [\n    {\n      "id": "x",\n      "slug": "s",\n      "firstSeen": "2026-11-25T12:00:00.000Z",\n      "published": "2026-11-25T12:00:00.000Z",\n      "title": {\n        "en": "A",\n        "fr": "B"\n      },\n      "chambers": [],\n      "extra": 1\n    }\n  ]\n}\n',
    );
  });

  it('compare content fields only', () => {
    expect(changedFields(stored('a'), stored('a', { slug: 'other', firstSeen: NOW, updated: NOW }))).toEqual([]);
    expect(changedFields(stored('a'), { ...stored('a', { source: 'https://ipex.eu/x' }), title: { en: 'T', fr: 'T' } })).toEqual(['title', 'source']);
  });
});
