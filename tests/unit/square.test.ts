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
  it('go with items first seen in the last 90 days, upcoming events and adopted texts; not with the archive', async () => {
    const input = await sampleInput;
    const now = new Date(TEST_NOW);
    const c = buildCatalog({ ...input, texts: input.events.flatMap((ev) => adoptedTexts(ev, () => undefined)) }, now);
    const news = c.news.find(
      (n) =>
        now.getTime() - Date.parse(n.firstSeen) > (SQUARE_DAYS + 10) * DAY && now.getTime() - Date.parse(n.published) > (SQUARE_DAYS + 10) * DAY && !n.updated,
    );
    if (!news) throw new Error('the sample has old news');
    expect(wantsSquare(news, now)).toBe(false);
    expect(wantsSquare({ ...news, firstSeen: new Date(now.getTime() - 10 * DAY).toISOString() }, now)).toBe(true);
    // The day it turns 90 days old it keeps only its wide card.
    expect(wantsSquare({ ...news, firstSeen: new Date(now.getTime() - SQUARE_DAYS * DAY).toISOString(), published: news.firstSeen }, now)).toBe(false);
    expect(c.upcoming.every((e) => wantsSquare(e, now))).toBe(true);
    expect(c.texts.length).toBeGreaterThan(0);
    expect(c.texts.every((t) => wantsSquare(t, now))).toBe(true);
    // On the sample, about half the items keep a square card.
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
  });
});
