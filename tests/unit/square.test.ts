import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { buildCatalog } from '../../src/model/catalog.ts';
import { buildDocumentCatalog } from '../../src/model/document-catalog.ts';
import { adoptedTexts } from '../../src/model/texts.ts';
import { documentWantsSquare, SQUARE_DAYS, wantsSquare } from '../../src/cards/square.ts';
import { ROOT, TEST_NOW } from '../support/build.ts';

const DAY = 86_400_000;

/** The sample's content, loaded once for this file (the tests only read it). */
const sampleInput = loadContent({ dir: path.join(ROOT, 'content'), defaultTimeZone: 'Europe/Brussels' });

describe('square cards, for what is being shared', () => {
  it('go with news published or items updated in the last 90 days, meetings near in time and adopted texts; not with the archive', async () => {
    const input = await sampleInput;
    const now = new Date(TEST_NOW);
    const c = buildCatalog({ ...input, texts: input.events.flatMap((ev) => adoptedTexts(ev, () => undefined)) }, now);
    const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
    const news = c.news.find((n) => now.getTime() - Date.parse(n.published) > (SQUARE_DAYS + 10) * DAY && !n.updated);
    if (!news) throw new Error('the sample has old news');
    expect(wantsSquare(news, now)).toBe(false);
    expect(wantsSquare({ ...news, published: ago(10) }, now)).toBe(true);
    expect(wantsSquare({ ...news, updated: ago(10) }, now)).toBe(true);
    // The day it turns 90 days old it keeps only its wide card.
    expect(wantsSquare({ ...news, published: ago(SQUARE_DAYS) }, now)).toBe(false);
    // A first deployment sees the whole archive at once: first seen today, old news stays wide-only.
    expect(wantsSquare({ ...news, firstSeen: ago(0) }, now)).toBe(false);
    expect(c.upcoming.every((e) => wantsSquare(e, now))).toBe(true);
    const held = c.past.find((e) => !e.updated);
    if (!held) throw new Error('the sample has past meetings');
    const day = (at: string) => at.slice(0, 10);
    expect(wantsSquare({ ...held, start: day(ago(20)), end: day(ago(20)) }, now)).toBe(true);
    expect(wantsSquare({ ...held, start: day(ago(200)), end: day(ago(200)), firstSeen: ago(0) }, now)).toBe(false);
    expect(c.texts.length).toBeGreaterThan(0);
    expect(c.texts.every((t) => wantsSquare(t, now))).toBe(true);
    // On the sample, some items keep a square card and some do not.
    const squares = c.all.filter((i) => wantsSquare(i, now)).length;
    expect(squares).toBeGreaterThan(0);
    expect(squares).toBeLessThan(c.all.length);
  });

  it('go with documents whose check is open or that moved in the last 90 days; not with the 2012 yellow card', async () => {
    const input = await sampleInput;
    const now = new Date('2027-01-15T12:00:00Z');
    const d = buildDocumentCatalog(input.documents, input.chambers, { withScrutinyOnly: false }, now);
    const byRef = (r: string) => d.all.find((v) => v.doc.reference === r);
    const open = byRef('COM(2026) 538');
    const monti = byRef('COM(2012) 130');
    if (!open || !monti) throw new Error('sample documents missing');
    expect(open.status.check?.phase).toBe('closing');
    expect(documentWantsSquare(open, now)).toBe(true);
    expect(documentWantsSquare(monti, now)).toBe(false);
    // First seen today (a first deployment) does not make the 2012 card current; a new opinion does.
    const seenToday = { ...monti, doc: { ...monti.doc, firstSeen: now.toISOString(), opinionsSeen: { dkft: now.toISOString() } } };
    expect(documentWantsSquare(seenToday, now)).toBe(false);
    const opinion = { ...monti.doc.scrutinies[0]!, reasonedOpinionDate: '2027-01-05' };
    expect(documentWantsSquare({ ...monti, doc: { ...monti.doc, scrutinies: [opinion] } }, now)).toBe(true);
  });
});
