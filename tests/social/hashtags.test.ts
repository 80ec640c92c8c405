import { describe, expect, it } from 'vitest';
import base from '../../src/config/hub.config.ts';
import { HubConfigError, resolveConfig } from '../../src/config/resolve.ts';
import type { DocumentView } from '../../src/model/document-catalog.ts';
import { LIMITS, type PostPlatform } from '../../src/social/count.ts';
import { documentHashtags } from '../../src/social/document-posts.ts';
import { hashtagsFor } from '../../src/social/hashtags.ts';
import { postTexts } from '../../src/social/posts.ts';
import { eventItem } from '../support/items.ts';

// The word hashtags of src/config/hub.config.ts as written (English); none may reach a post in a language that has its own form.
const ENGLISH_WORDS = [
  'subsidiarity',
  'PoliticalDialogue',
  'RuleOfLaw',
  'migration',
  'digital',
  'climate',
  'energy',
  'EUbudget',
  'enlargement',
  'EUaffairs',
  'EUParliaments',
];
const ACRONYMS = ['IPEX', 'Europol', 'JPSG'];

const tag = (key: string) => ({ key, label: { en: key } });
// A JPSG Europol meeting tagged with five word topics: `always`, the events' kind, the body's two acronyms, then the tags'.
const meeting = eventItem({
  slug: 'jpsg',
  conference: 'jpsg-europol',
  title: { en: 'JPSG on Europol', pl: 'JPSG ds. Europolu', el: 'ΚΟΕΕ για την Europol', de: 'GPKG zu Europol' },
  tags: ['climate', 'rule-of-law', 'budget', 'migration', 'enlargement'].map(tag),
});
const chambers = new Map();

// What a Polish, Greek and German parliament's editor tags such a post with (the `languages` overlay of the configuration).
const EXPECTED: Record<string, string[]> = {
  pl: ['IPEX', 'ParlamentyUE', 'Europol', 'JPSG', 'klimat', 'praworządność', 'budżetUE', 'migracja'],
  el: ['IPEX', 'ΚοινοβούλιαΕΕ', 'Europol', 'JPSG', 'κλίμα', 'ΚράτοςΔικαίου', 'ΠροϋπολογισμόςΕΕ', 'μετανάστευση'],
  de: ['IPEX', 'EUParlamente', 'Europol', 'JPSG', 'Klima', 'Rechtsstaatlichkeit', 'EUHaushalt', 'Migration'],
};

describe('hashtags per language', () => {
  it.each(Object.keys(EXPECTED))('a %s post carries the language’s word hashtags, acronyms unchanged, at most 8', (lang) => {
    expect(hashtagsFor(meeting, lang)).toEqual(EXPECTED[lang]);
    for (const [platform, post] of Object.entries(postTexts(meeting, lang, chambers)) as [PostPlatform, { text: string }][]) {
      const inText = (post.text.match(/#[\p{L}\p{N}_]+/gu) ?? []).map((t) => t.slice(1));
      expect(inText.length, platform).toBeGreaterThan(0);
      for (const t of inText) expect(EXPECTED[lang], `${lang} ${platform}`).toContain(t);
      for (const word of ENGLISH_WORDS) expect(inText, `${lang} ${platform}`).not.toContain(word);
      expect(LIMITS[platform].count(post.text), platform).toBeLessThanOrEqual(LIMITS[platform].max);
    }
  });

  it('keeps English hashtags in English and every acronym in every language', () => {
    expect(hashtagsFor(meeting, 'en')).toEqual(['IPEX', 'EUParliaments', 'Europol', 'JPSG', 'climate', 'RuleOfLaw', 'EUbudget', 'migration']);
    for (const { code } of base.languages) for (const a of ACRONYMS) expect(hashtagsFor(meeting, code), code).toContain(a);
  });

  it('gives every one of the 23 other official languages a form for each word hashtag, each one hashtag', () => {
    // Words these languages write as English does (Danish and Swedish `EUbudget`, French `migration`): no entry needed.
    const same: Record<string, string[]> = { da: ['migration', 'EUbudget'], fr: ['migration'], pt: ['digital'], sv: ['migration', 'EUbudget'] };
    const forms = base.social.hashtags.languages ?? {};
    const others = base.languages.map((l) => l.code).filter((c) => c !== 'en');
    expect(others).toHaveLength(23);
    for (const code of others) {
      const mine = forms[code] ?? {};
      for (const word of ENGLISH_WORDS) expect(mine[word] ?? (same[code]?.includes(word) ? word : undefined), `${code} ${word}`).toBeDefined();
      for (const form of Object.values(mine)) expect(form, code).toMatch(/^[\p{L}\p{N}_]+$/u);
    }
  });

  it('gives a document’s posts the language’s hashtags too', () => {
    const view = { doc: { tags: [tag('subsidiarity'), tag('digital')] } } as unknown as DocumentView;
    expect(documentHashtags(view, 'pl')).toEqual(['pomocniczość', 'IPEX', 'cyfryzacja']);
    expect(documentHashtags(view, 'el')).toEqual(['επικουρικότητα', 'IPEX', 'ψηφιοποίηση']);
    expect(documentHashtags(view, 'en')).toEqual(['subsidiarity', 'IPEX', 'digital']);
  });

  it('refuses an overlay for an unconfigured language, of a hashtag no list holds, or not one hashtag', () => {
    const withForms = (languages: Record<string, Record<string, string>>) =>
      resolveConfig({ ...base, social: { ...base.social, hashtags: { ...base.social.hashtags, languages } } }, {});
    expect(() => withForms({ pl: { climate: 'klimat' } })).not.toThrow();
    expect(() => withForms({ xx: { climate: 'klimat' } })).toThrow(HubConfigError);
    expect(() => withForms({ pl: { climat: 'klimat' } })).toThrow(/translates "climat", which no hashtag list holds/);
    expect(() => withForms({ pl: { climate: 'zmiany klimatu' } })).toThrow(HubConfigError);
    expect(() => withForms({ pl: { climate: '#klimat' } })).toThrow(HubConfigError);
  });
});
