import { describe, expect, it } from 'vitest';
import { adoptedLine } from '../../src/i18n/texts.ts';
import type { EventItem } from '../../src/model/item.ts';
import { adoptedTexts, textSlug } from '../../src/model/texts.ts';
import { eventItem } from '../support/items.ts';

const FILE = (n: number) => `${'0'.repeat(31)}${n}`;
const doc = (n: number, type: EventItem['documents'][number]['type'], title?: string) => ({
  id: FILE(n),
  type,
  url: `https://ipex.eu/IPEXL-WEB/download/file/${FILE(n)}`,
  ...(title && { title: { en: title } }),
});
const meeting = (over: Partial<EventItem> = {}) =>
  eventItem({
    slug: 'cosac-warsaw',
    start: '2026-11-30',
    end: '2026-12-01',
    city: { en: 'Warsaw', fr: 'Varsovie' },
    documents: [doc(1, 'programme', 'Programme'), doc(2, 'contribution', 'Contribution of the LXXVI COSAC'), doc(3, 'declaration')],
    ...over,
  });

describe('the texts a meeting adopted (adoptedTexts)', () => {
  it('makes items of contributions, conclusions and declarations only, ids from the file, titled by IPEX or else by the meeting', () => {
    const texts = adoptedTexts(meeting(), () => undefined);
    expect(texts.map((t) => [t.id, t.type, t.title.en, t.adopted, t.source])).toEqual([
      [FILE(2), 'contribution', 'Contribution of the LXXVI COSAC', '2026-12-01', doc(2, 'contribution').url],
      [FILE(3), 'declaration', 'COSAC plenary', '2026-12-01', doc(3, 'declaration').url],
    ]);
  });

  it('dates each text when the sync first saw it, never before its meeting was seen; withdraws it with its meeting', () => {
    const ev = meeting({
      firstSeen: '2026-10-01T08:00:00.000Z',
      textsSeen: { [FILE(2)]: '2026-12-01T17:00:00.000Z', [FILE(3)]: '2026-09-01T00:00:00.000Z' },
      withdrawn: '2026-12-05T00:00:00.000Z',
    });
    const [contribution, declaration] = adoptedTexts(ev, () => undefined);
    expect(contribution?.firstSeen).toBe('2026-12-01T17:00:00.000Z');
    expect(declaration?.firstSeen).toBe('2026-10-01T08:00:00.000Z');
    expect(contribution?.withdrawn).toBe('2026-12-05T00:00:00.000Z');
    const [dropped] = adoptedTexts(meeting({ documents: [{ ...doc(2, 'contribution'), withdrawn: '2026-12-02T09:00:00.000Z' }] }), () => undefined);
    expect(dropped?.withdrawn).toBe('2026-12-02T09:00:00.000Z');
  });

  it('gives a text an address from its meeting’s slug and its file id only, distinct for files with a common prefix', () => {
    expect(textSlug('cosac-warsaw', FILE(2))).toMatch(/^cosac-warsaw-[0-9a-f]{8}$/);
    expect(textSlug('cosac-warsaw', FILE(2))).not.toBe(textSlug('cosac-warsaw', FILE(3)));
    const [text] = adoptedTexts(meeting({ title: { en: 'Renamed' }, documents: [{ ...doc(2, 'conclusions'), title: { en: 'New title' } }] }), () => undefined);
    expect(text?.slug).toBe(textSlug('cosac-warsaw', FILE(2)));
  });

  it('says who adopted a text, where and when, in each language; without a place, who and when', () => {
    const [text] = adoptedTexts(meeting(), () => undefined);
    if (!text) throw new Error('no text');
    expect(adoptedLine(text, 'en')).toBe('Adopted by COSAC in Warsaw on 1 December 2026');
    expect(adoptedLine(text, 'fr')).toBe('Texte adopté à Varsovie le 1 décembre 2026 (COSAC)');
    const [speakers] = adoptedTexts(meeting({ conference: 'speakers', city: undefined, venue: undefined }), () => undefined);
    if (!speakers) throw new Error('no text');
    expect(adoptedLine(speakers, 'en')).toBe('Adopted by the Conference of Speakers of the EU Parliaments on 1 December 2026');
  });
});
