import { describe, expect, it } from 'vitest';
import config from '../../src/config/hub.config.ts';
import { HubConfigError, hub, resolveConfig } from '../../src/config/resolve.ts';
import { inEuOrder, intlLocale, languageName } from '../../src/i18n/locale.ts';
import { pageMeta, type PageImage } from '../../src/model/meta.ts';
import { languageChoices } from '../../src/routes/languages.ts';
import { absolute } from '../../src/model/urls.ts';

const image: PageImage = { url: 'https://hub.example.eu/og/x.png', width: 1200, height: 630, type: 'image/png', alt: 'x' };

describe('language names and order', () => {
  it('names each of the 24 languages in itself, as the EU’s own sites do (CLDR via Intl.DisplayNames)', () => {
    // As europa.eu's language list writes them: lower case where the language writes its name so.
    const names = inEuOrder(config.languages.map((l) => l.code)).map(languageName);
    expect(names).toEqual([
      'български',
      'español',
      'čeština',
      'dansk',
      'Deutsch',
      'eesti',
      'Ελληνικά',
      'English',
      'français',
      'Gaeilge',
      'hrvatski',
      'italiano',
      'latviešu',
      'lietuvių',
      'magyar',
      'Malti',
      'Nederlands',
      'polski',
      'português',
      'română',
      'slovenčina',
      'slovenščina',
      'suomi',
      'svenska',
    ]);
  });

  it('formats in each language’s locale whatever subset HUB_LANGUAGES builds', () => {
    expect(hub.languages.map((l) => l.code)).toEqual(['en', 'fr']);
    expect([intlLocale('pt'), intlLocale('el'), intlLocale('ga'), intlLocale('sl')]).toEqual(['pt-PT', 'el-GR', 'ga-IE', 'sl-SI']);
  });
});

describe('language chooser', () => {
  it('links each language to the same page where it exists, else to that language’s home', () => {
    const meta = pageMeta('en', 'A news item', 'd', (l) => (l === 'en' ? '/en/news/a/' : undefined), image);
    expect(languageChoices(meta)).toEqual([
      { code: 'en', name: 'English', href: '/en/news/a/', current: true },
      { code: 'fr', name: 'français', href: '/fr/', current: false },
    ]);
    const both = pageMeta('fr', 'Une actualité', 'd', (l) => `/${l}/news/a/`, image);
    expect(languageChoices(both).map((c) => [c.href, c.current])).toEqual([
      ['/en/news/a/', false],
      ['/fr/news/a/', true],
    ]);
  });

  it('gives hreflang alternates only to pages that exist, and an x-default', () => {
    const meta = pageMeta('fr', 'Une actualité', 'd', (l) => (l === 'fr' ? '/fr/news/a/' : undefined), image);
    expect(meta.alternates).toEqual({ fr: absolute('/fr/news/a/') });
    expect(meta.xDefault).toBe(absolute('/fr/news/a/'));
    expect(() => pageMeta('en', 'T', 'd', () => undefined, image)).toThrow(/no path in its own language en/);
  });
});

describe('HUB_LANGUAGES', () => {
  it('builds the languages it names, in the configured order (the default first)', () => {
    expect(resolveConfig(config, { HUB_LANGUAGES: 'pl, en,el' }).languages.map((l) => l.code)).toEqual(['en', 'el', 'pl']);
    expect(resolveConfig(config, {}).languages).toHaveLength(24);
  });

  it('refuses a code that is not configured, naming it', () => {
    expect(() => resolveConfig(config, { HUB_LANGUAGES: 'en,gr' })).toThrow(HubConfigError);
    expect(() => resolveConfig(config, { HUB_LANGUAGES: 'en,gr' })).toThrow(/names gr, not among the configured languages \(en, fr, bg/);
  });
});
