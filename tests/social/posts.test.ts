import { describe, expect, it } from 'vitest';
import { eventSchema, newsSchema } from '../../src/model/schemas.ts';
import { graphemes, LIMITS, mastodonLength, xLength, type PostPlatform } from '../../src/social/count.ts';
import { composePost } from '../../src/social/compose.ts';
import { hashtagsFor } from '../../src/social/hashtags.ts';
import { postTexts } from '../../src/social/posts.ts';
import { shareLinks } from '../../src/social/links.ts';
import type { EventItem, NewsItem } from '../../src/model/item.ts';

const HOSTILE_TITLES = [
  'Short title',
  'Emoji 👩🏽‍💻 and flags 🇪🇺🇬🇷 and ZWJ families 👨‍👩‍👧‍👦 '.repeat(20),
  'Combining accents: Cafe\u0301 re\u0301sume\u0301 na\u0308ive '.repeat(30),
  'Βουλή των Ελλήνων — Народно събрание — Διακοινοβουλευτική Διάσκεψη '.repeat(40),
  `${'Subsidiarity '.repeat(385)}`,
  'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsgesellschaft'.repeat(40),
];
const chambers = new Map([
  [
    'ep',
    {
      code: 'ep',
      country: 'EU',
      name: 'European Parliament',
      names: { en: 'European Parliament' },
      accounts: { x: '@Europarl_EN', mastodon: '@EuroParl@social.network.europa.eu' },
    },
  ],
]);

function news(title: string, i: number, slug = `n-${i}`): NewsItem {
  return {
    ...newsSchema.parse({
      id: `n${i}`,
      slug,
      firstSeen: '2026-11-01T08:00:00Z',
      published: '2026-11-01T08:00:00Z',
      title: { en: title },
      summary: { en: title },
      chambers: ['ep'],
      tags: [{ key: 'subsidiarity', label: { en: 'Subsidiarity' } }],
    }),
    kind: 'news',
    html: {},
  };
}

const segmentsOk = (whole: string, part: string) => {
  // A part is whole graphemes of the text when splitting the text never splits inside it.
  const g = graphemes(whole).join('');
  return g === whole && graphemes(part).join('') === part;
};

describe('ready-to-post texts', () => {
  // English, and languages whose hashtags are longer or in another script (the configuration's `languages`).
  const cases = HOSTILE_TITLES.flatMap((t, i) => ['en', 'pl', 'el', 'de'].map((lang) => [i, lang, t] as const));
  it.each(cases)('#%i in %s stays within every platform’s limit by its own counting', (i, lang, title) => {
    const item = news(title, i, 'a'.repeat(i * 10 + 1));
    const tags = hashtagsFor(item, lang).map((h) => `#${h}`);
    const posts = postTexts(item, lang, chambers);
    for (const [platform, post] of Object.entries(posts) as [PostPlatform, (typeof posts)[PostPlatform]][]) {
      expect(LIMITS[platform].count(post.text), platform).toBeLessThanOrEqual(LIMITS[platform].max);
      expect(post.text, platform).toContain(post.url);
      expect(segmentsOk(post.text, post.text)).toBe(true);
      // No hashtag is cut: each one in the text is a whole configured hashtag.
      for (const tag of post.text.match(/#[\p{L}\p{N}_]+/gu) ?? []) expect(tags, platform).toContain(tag);
      // No word is cut: every word of the text but the ellipsis is a word of the source (or of the fixed parts).
      const source = new Set(`${title.normalize('NFC')} ${post.url} ${tags.join(' ')} @Europarl_EN @EuroParl@social.network.europa.eu`.split(/\s+/u));
      const words = post.text.split(/\s+/u).filter(Boolean);
      for (const w of words.slice(0, -1)) if (!w.endsWith('…')) expect(source.has(w) || /^\d|,$/.test(w), `${platform}: ${w}`).toBe(true);
    }
  });

  it('counts Bluesky graphemes as the segmenter does, in plain and combining text alike', () => {
    const texts = [
      'Saeima adopts its reasoned opinion – see https://hub.example.eu/en/news/x/ #EU',
      'Η Βουλή των Ελλήνων εξέδωσε αιτιολογημένη γνώμη',
      'Народно събрание: мотивирано становище',
      'Cafe\u0301 and \u0438\u0306 (combining marks)',
      'line one\r\nline two',
      'flags 🇪🇺🇱🇻 and a family 👩‍👩‍👧 and 👍🏽',
      'Ελληνικά με τόνο: ά (precomposed) and α\u0301 (combining)',
      'العربية وעברית',
    ];
    for (const t of texts) expect(LIMITS.bluesky.count(t), t).toBe(graphemes(t).length);
  });

  it('counts X by weight: URLs 23, emoji 2, Greek 1', () => {
    expect(xLength('Βουλή')).toBe(5);
    expect(xLength('👩🏽‍💻')).toBe(2);
    expect(xLength('https://hub.ipex.eu/en/news/a-very-long-slug-that-goes-on-and-on/?utm_source=x')).toBe(23);
    expect(mastodonLength('a https://hub.ipex.eu/en/news/a-very-long-slug-that-goes-on/')).toBe(25);
  });

  it('keeps the URL, and drops hashtags whole before cutting the title', () => {
    const text = composePost(
      { title: 'word '.repeat(60).trim(), url: 'https://hub.example.eu/x/', hashtags: ['IPEX', 'COSAC', 'subsidiarity'] },
      { max: 100, count: (t) => [...t].length },
    );
    expect(text).toContain('https://hub.example.eu/x/');
    expect([...text].length).toBeLessThanOrEqual(100);
    expect(text).toMatch(/word…\n\nhttps:\/\/hub\.example\.eu\/x\/\n\n#IPEX$/);
  });

  it('gives Bluesky facets whose UTF-8 byte ranges slice exactly the link and the hashtags', () => {
    const post = postTexts(news('Βουλή 👩🏽‍💻 Народно събрание', 1), 'en', chambers).bluesky;
    const bytes = new TextEncoder().encode(post.text);
    const slice = (s: number, e: number) => new TextDecoder().decode(bytes.slice(s, e));
    expect(post.facets?.length).toBe(3);
    for (const f of post.facets ?? []) {
      const feature = f.features[0];
      if (feature?.$type === 'app.bsky.richtext.facet#link') expect(slice(f.index.byteStart, f.index.byteEnd)).toBe(feature.uri);
      else expect(slice(f.index.byteStart, f.index.byteEnd)).toBe(`#${feature?.tag}`);
    }
  });

  it('mentions the chamber’s official account where the registry has one', () => {
    const posts = postTexts(news('COSAC', 1), 'en', chambers);
    expect(posts.x.text).toContain('@Europarl_EN https://');
    expect(posts.mastodon.text).toContain('@EuroParl@social.network.europa.eu');
    expect(posts.linkedin.text).not.toContain('@');
  });

  it('puts date and place of events in the text', () => {
    const ev: EventItem = {
      ...eventSchema.parse({
        id: 'e1',
        slug: 'e1',
        firstSeen: '2026-10-01T08:00:00Z',
        title: { en: 'COSAC plenary' },
        start: '2026-12-03',
        end: '2026-12-04',
        city: { en: 'Dublin' },
        conference: 'cosac',
      }),
      kind: 'events',
      timeZone: 'Europe/Brussels',
      html: {},
    };
    const post = postTexts(ev, 'en', chambers).linkedin.text;
    expect(post).toMatch(/^COSAC plenary\n\n3\s?–\s?4 December 2026, Dublin\n\nhttps:\/\/\S+utm_source=linkedin\S*\n\n#IPEX #EUParliaments #COSAC$/u);
  });
});

describe('share links', () => {
  it('decode to exactly the intended URL and text for every platform', () => {
    const item = news('Budget & “quotes” #1 👩🏽‍💻', 1);
    const posts = postTexts(item, 'en', chambers);
    const page = 'https://hub.ipex.eu/en/news/n-1/';
    const links = Object.fromEntries(shareLinks(page, 'Budget & “quotes” #1 👩🏽‍💻', 'Summary & more', posts).map((l) => [l.platform, l.href]));
    const q = (href: string | undefined, key: string) => new URL(href ?? '').searchParams.get(key);
    const tagged = (source: string) => `${page}?utm_source=${source}&utm_medium=social&utm_campaign=ipex-hub-trial`;
    expect(q(links.x, 'text')).toBe('Budget & “quotes” #1 👩🏽‍💻');
    expect(q(links.x, 'url')).toBe(tagged('x'));
    expect(q(links.linkedin, 'url')).toBe(tagged('linkedin'));
    expect(q(links.facebook, 'u')).toBe(tagged('facebook'));
    expect(q(links.bluesky, 'text')).toBe(posts.bluesky.text);
    expect(q(links.whatsapp, 'text')).toBe(`Budget & “quotes” #1 👩🏽‍💻 ${tagged('whatsapp')}`);
    expect(q(links.telegram, 'url')).toBe(tagged('telegram'));
    expect(q(links.telegram, 'text')).toBe('Budget & “quotes” #1 👩🏽‍💻');
    expect(q(links.mastodon?.replace('{instance}', 'mastodon.social'), 'text')).toBe(posts.mastodon.text);
    const mail = links.email ?? '';
    expect(mail.startsWith('mailto:?')).toBe(true);
    const params = new URLSearchParams(mail.slice('mailto:?'.length));
    expect(params.get('subject')).toBe('Budget & “quotes” #1 👩🏽‍💻');
    expect(params.get('body')).toBe(`Summary & more\n\n${tagged('email')}`);
  });
});
