// More language versions on fake IPEX data, for the 24-language build benchmark: every document gets
// its title in each language (the Commission's documents are translated into all of them), and one
// news item, meeting or hot topic in three gets a third language besides English and French, as IPEX
// carries a chamber's own news in its language. Deterministic.
import type { FakeIndex, FakeRecord } from './types.ts';

type Titles = { language: string; message: string }[];

/** The record with a title in each of `extra` (upper-case codes) in the response in that language. */
function withTitles(record: FakeRecord, extra: string[]): FakeRecord {
  const base = (record.source.titles ?? []) as Titles;
  const en = base.find((t) => t.language === 'EN')?.message ?? base[0]?.message ?? '';
  const byLang = { ...record.byLang };
  for (const lang of extra) {
    const own = ((byLang[lang]?.titles ?? base) as Titles).filter((t) => t.language !== lang);
    byLang[lang] = { ...byLang[lang], titles: [...own, { language: lang, message: `[${lang}] ${en}` }] };
  }
  return { ...record, byLang };
}

/** The data with documents titled in every one of `languages` and every third other item in one
 * more of them (in turn), beyond English and French; `languages` are the hub's lower-case codes. */
export function withLanguages(data: Record<FakeIndex, FakeRecord[]>, languages: string[]): Record<FakeIndex, FakeRecord[]> {
  const extra = languages.map((l) => l.toUpperCase()).filter((l) => l !== 'EN' && l !== 'FR');
  if (extra.length === 0) return data;
  const third = (records: FakeRecord[]) => records.map((r, i) => (i % 3 === 0 ? withTitles(r, [extra[(i / 3) % extra.length] as string]) : r));
  return {
    ...data,
    document: data.document.map((r) => withTitles(r, extra)),
    news: third(data.news),
    event: third(data.event),
    hottopic: third(data.hottopic),
  };
}
