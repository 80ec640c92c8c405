import { describe, expect, it } from 'vitest';
import { groupHits, idOfLink, mergeSources, type MergedHit } from '../../src/ipex/hits.ts';
import { clip } from '../../src/ipex/map/clip.ts';
import type { MapContext } from '../../src/ipex/map/context.ts';
import { brusselsInstant, eventSpan, parseIpexDate } from '../../src/ipex/map/dates.ts';
import { mapEvent } from '../../src/ipex/map/events.ts';
import { htmlToLine, htmlToMarkdown } from '../../src/ipex/map/html.ts';
import { mapNews } from '../../src/ipex/map/news.ts';
import { conferenceOf, tagsOf } from '../../src/ipex/map/tags.ts';
import { mapTopic } from '../../src/ipex/map/topics.ts';

const BASE = 'https://ipex.eu';
const ctx: MapContext = { base: BASE, primaryLang: 'en', chambers: new Set(['frass', 'debta']), known: { news: new Set(['n1']), events: new Set(['e1']) } };
const hit = (id: string, source: Record<string, unknown>): MergedHit => ({ id, link: `/IPEXL-WEB/x/${id}`, source });
const msg = (language: string, message: string) => ({ language, message });

describe('titles and labels (htmlToLine)', () => {
  it('keeps the text of HTML, without tags, scripts or handlers, and decodes entities', () => {
    expect(htmlToLine('Budget <script>alert(1)</script><img src=x onerror=alert(1)> talks')).toBe('Budget talks');
    expect(htmlToLine("<b>EU</b>'s <i>own</i> resources &amp; <em>more</em>")).toBe("EU's own resources & more");
    expect(htmlToLine('<p>First</p><p>second</p>line<br>break')).toBe('First second line break');
    expect(htmlToLine('a < b and c > d')).toBe('a < b and c > d');
  });

  it('drops characters XML forbids and folds white space', () => {
    expect(htmlToLine('Control\u0001 char\u000b\u007f and\n\t  spaces\uFFFE')).toBe('Control char and spaces');
  });

  it('caps absurd lengths without splitting a surrogate pair', () => {
    const title = htmlToLine(`${'a'.repeat(998)}😀${'b'.repeat(5000)}`);
    expect(title).toBe(`${'a'.repeat(998)}…`);
    expect(clip(`${'a'.repeat(997)}😀xyz`, 1000)).toBe(`${'a'.repeat(997)}😀…`);
    expect(clip('short', 1000)).toBe('short');
  });
});

describe('bodies (htmlToMarkdown)', () => {
  it('turns HTML into Markdown with links resolved against the item page and no unsafe content', () => {
    const md = htmlToMarkdown(
      '<h2 onclick="x()">Title</h2><p>See <a href="../doc/1">the document</a>, <a href="javascript:alert(1)">this</a>, <a href="data:text/html,x">that</a> and <a href="mailto:info@ipex.eu">mail</a>.</p><style>p{}</style><img src="/chart.png" alt="A chart"><iframe src="https://evil.example"></iframe><table><tr><th>A</th></tr><tr><td>1</td></tr></table>',
      'https://ipex.eu/IPEXL-WEB/news/n1',
    );
    expect(md).toBe(
      '## Title\n\nSee [the document](https://ipex.eu/IPEXL-WEB/doc/1), this, that and [mail](mailto:info@ipex.eu).\n\nA chart\n\n| A |\n| - |\n| 1 |',
    );
  });

  it('escapes text that would read as Markdown or HTML', () => {
    expect(htmlToMarkdown('<p>5 * 3 &lt;script&gt; [x](y)</p>', BASE)).toBe('5 \\* 3 \\<script> \\[x]\\(y)');
  });

  it('caps a huge body', () => {
    const md = htmlToMarkdown(`<p>${'word '.repeat(50_000)}</p>`, BASE);
    expect(md.length).toBe(100_000);
    expect(md.endsWith('…')).toBe(true);
  });
});

describe('dates', () => {
  it('reads IPEX dates and rejects impossible ones', () => {
    expect(parseIpexDate('2026-12-03 09:30')).toEqual({ day: '2026-12-03', time: '09:30' });
    expect(parseIpexDate('2026-12-03')).toEqual({ day: '2026-12-03', time: undefined });
    expect(parseIpexDate('2026-02-30 10:00')).toBeUndefined();
    expect(parseIpexDate('2026-12-03 25:00')).toBeUndefined();
    expect(parseIpexDate(20261203)).toBeUndefined();
  });

  it('turns Brussels local times into instants, across DST', () => {
    expect(brusselsInstant('2026-11-20 09:00')).toBe('2026-11-20T08:00:00Z');
    expect(brusselsInstant('2026-07-20 09:00')).toBe('2026-07-20T07:00:00Z');
    // 02:30 does not exist on 29 March 2026 in Brussels: the clock reads 03:30 CEST.
    expect(brusselsInstant('2026-03-29 02:30')).toBe('2026-03-29T01:30:00Z');
    expect(brusselsInstant('soon')).toBeUndefined();
  });

  it('makes events all-day when no real time is given, else keeps local times', () => {
    expect(eventSpan('2026-12-03 00:00', '2026-12-04 00:00')).toEqual({ start: '2026-12-03', end: '2026-12-04' });
    expect(eventSpan('2026-12-03', undefined)).toEqual({ start: '2026-12-03' });
    expect(eventSpan('2026-12-03 09:30', '2026-12-03 17:00')).toEqual({ start: '2026-12-03T09:30', end: '2026-12-03T17:00' });
    expect(eventSpan('2026-12-03 09:30', '2026-12-03')).toEqual({ start: '2026-12-03T09:30' });
    expect(eventSpan('2026-12-03 09:30', '2026-12-05 00:00')).toEqual({ start: '2026-12-03', end: '2026-12-05' });
    expect(eventSpan('2026-12-03', '2026-12-04 18:00')).toEqual({ start: '2026-12-03', end: '2026-12-04' });
    expect(eventSpan(undefined, '2026-12-04')).toEqual({});
  });
});

describe('hits across languages', () => {
  it('takes the id from the last segment of the link', () => {
    expect(idOfLink('/IPEXL-WEB/calendar/event/8a8629a8')).toBe('8a8629a8');
    expect(idOfLink('https://ipex.eu/IPEXL-WEB/news/n%2D1/')).toBe('n-1');
    expect(idOfLink('/IPEXL-WEB/dossier/document/COM20260538.do')).toBe('COM20260538');
    expect(idOfLink('https://ipex.eu/IPEXL-WEB/dossier/document/COM20260538.DO?x=1')).toBe('COM20260538');
    expect(idOfLink('/IPEXL-WEB/.do')).toBeUndefined();
    expect(idOfLink('/')).toBeUndefined();
  });

  it('merges per-language messages, each language from its own response, other values from the first', () => {
    const merged = mergeSources([
      { lang: 'en', source: { titles: [msg('EN', 'Hello'), msg('FR', 'copie')], address: 'Paris', shared: [{ labels: [msg('EN', 'COSAC')] }] } },
      {
        lang: 'fr',
        source: { titles: [msg('FR', 'Bonjour'), msg('EN', 'Hello (fr copy)')], address: 'Paris (FR)', shared: [{ labels: [msg('FR', 'COSAC fr')] }] },
      },
    ]);
    expect(merged).toEqual({
      titles: [msg('EN', 'Hello'), msg('FR', 'Bonjour')],
      address: 'Paris',
      shared: [{ labels: [msg('EN', 'COSAC'), msg('FR', 'COSAC fr')] }],
    });
  });

  it('reports hits without a link and takes a repeated id once', () => {
    const grouped = groupHits([
      {
        lang: 'en',
        hits: [
          { link: '/x/a', source: { n: 1 }, page: 1 },
          { link: undefined, source: {}, page: 1 },
          { link: '/x/a', source: { n: 2 }, page: 2 },
        ],
      },
      { lang: 'fr', hits: [{ link: '/x/a', source: { n: 3 }, page: 1 }] },
    ]);
    expect(grouped.hits).toEqual([{ id: 'a', link: '/x/a', source: { n: 1 } }]);
    expect(grouped.skipped).toEqual([{ id: 'EN page 1 hit 2', field: 'fields.link.value', reason: 'missing: the hit has no link, so no id' }]);
    expect(grouped.warnings).toEqual([{ id: 'a', field: 'fields.link.value', reason: 'listed twice in EN (pages 1 and 2); the first is kept' }]);
  });
});

describe('tags and conferences', () => {
  it('keys tags by their English label, one per key, sorted', () => {
    const shared = [
      { labels: [msg('FR', 'Subsidiarité'), msg('EN', 'Subsidiarity')] },
      { labels: [msg('EL', 'Βουλή')] },
      { labels: [msg('EN', 'subsidiarity ')] },
      { labels: [] },
      'junk',
    ];
    expect(tagsOf(shared, 'en')).toEqual([
      { key: 'boyli', label: { el: 'Βουλή' } },
      { key: 'subsidiarity', label: { en: 'Subsidiarity', fr: 'Subsidiarité' } },
    ]);
  });

  it('recognises the interparliamentary bodies in any language', () => {
    const tag = (text: string) => [{ key: 'k', label: { en: text } }];
    expect(conferenceOf(tag('LXXVI COSAC'))).toBe('cosac');
    expect(conferenceOf(tag('Conference of Speakers of the EU Parliaments'))).toBe('speakers');
    expect(conferenceOf(tag('Europol JPSG'))).toBe('jpsg-europol');
    expect(conferenceOf([{ key: 'k', label: { fr: 'Conférence PESC/PSDC' } }])).toBe('ipc-cfsp-csdp');
    expect(conferenceOf(tag('Article 13 Conference'))).toBe('ipc-secg');
    expect(conferenceOf(tag('Budget'))).toBe('other');
    expect(conferenceOf([])).toBe('other');
  });

  it('recognises a body from the title of an unlabelled event, labels first', () => {
    expect(conferenceOf([], { en: "Speakers' Conference of the EU Parliaments" })).toBe('speakers');
    expect(conferenceOf([], { fr: 'Conférence des présidents des parlements de l’UE' })).toBe('speakers');
    expect(conferenceOf([], { en: 'Plenary meeting of the LXXVI COSAC' })).toBe('cosac');
    expect(conferenceOf([{ key: 'k', label: { en: 'JPSG' } }], { en: 'COSAC chairs on Europol' })).toBe('jpsg-europol');
    expect(conferenceOf([], { en: 'Budget hearing' })).toBe('other');
    const m = mapEvent(hit('e9', { titles: [msg('EN', "Speakers' Conference")], startDate: '2026-04-20' }), ctx);
    expect(m.draft.conference).toBe('speakers');
  });
});

describe('one mapping module per kind', () => {
  it('maps a news item, dropping unknown chambers with a warning', () => {
    const m = mapNews(hit('n2', { titles: [msg('EN', 'T')], publicationDate: '2026-11-20 09:00', parliaments: ['FRASS', 'frass', 'xxsen', 42] }), ctx);
    expect(m).toEqual({
      id: 'n2',
      draft: { title: { en: 'T' }, tags: [], source: 'https://ipex.eu/IPEXL-WEB/x/n2', published: '2026-11-20T08:00:00Z', chambers: ['frass'] },
      date: '2026-11-20T08:00:00Z',
      warnings: [
        { id: 'n2', field: 'parliaments', reason: 'unknown chamber "xxsen" dropped (add it to registries/chambers.json)' },
        { id: 'n2', field: 'parliaments', reason: 'unknown chamber 42 dropped (add it to registries/chambers.json)' },
      ],
    });
  });

  it('keeps well-formed chamber codes when there is no registry', () => {
    expect(mapNews(hit('n3', { parliaments: ['XXSEN'] }), { ...ctx, chambers: undefined }).draft.chambers).toEqual(['xxsen']);
  });

  it('treats every field as optional', () => {
    expect(mapNews(hit('n4', {}), ctx).draft).toEqual({ title: {}, tags: [], source: 'https://ipex.eu/IPEXL-WEB/x/n4', published: '', chambers: [] });
    expect(mapEvent(hit('e4', { startDate: 'tomorrow', address: 42 }), ctx).draft).toEqual({
      title: {},
      tags: [],
      source: 'https://ipex.eu/IPEXL-WEB/x/e4',
      start: 'tomorrow',
      conference: 'other',
    });
    expect(mapTopic(hit('t4', { relatedLinks: 'none' }), ctx).draft).toEqual({
      title: {},
      tags: [],
      source: 'https://ipex.eu/IPEXL-WEB/x/t4',
      related: { news: [], events: [] },
    });
  });

  it('maps an event, with its address as the venue in the primary language', () => {
    const m = mapEvent(
      hit('e2', {
        titles: [msg('FR', 'Réunion')],
        startDate: '2026-12-03 09:30',
        endDate: '2026-12-03 13:00',
        address: '  Sejm,\n Warszawa ',
        shared: [{ labels: [msg('FR', 'PESC/PSDC')] }],
      }),
      { ...ctx, primaryLang: 'fr' },
    );
    expect(m.draft).toEqual({
      title: { fr: 'Réunion' },
      tags: [{ key: 'pesc-psdc', label: { fr: 'PESC/PSDC' } }],
      source: 'https://ipex.eu/IPEXL-WEB/x/e2',
      start: '2026-12-03T09:30',
      end: '2026-12-03T13:00',
      venue: { fr: 'Sejm, Warszawa' },
      conference: 'ipc-cfsp-csdp',
    });
    expect(m.date).toBe('2026-12-03T09:30');
  });

  it('maps a topic, keeping related links to known news and events only', () => {
    const m = mapTopic(
      hit('t2', {
        titles: [msg('EN', 'T')],
        lastUpdateDate: '2026-11-01 10:00',
        relatedLinks: [{ url: '/IPEXL-WEB/news/n1' }, { url: 'https://ipex.eu/IPEXL-WEB/calendar/e1' }, { url: '/n1' }, { url: '/gone' }, {}],
      }),
      ctx,
    );
    expect(m.draft.related).toEqual({ news: ['n1'], events: ['e1'] });
    expect(m.date).toBe('2026-11-01T09:00:00Z');
    expect(m.warnings.map((w) => [w.field, w.reason])).toEqual([
      ['relatedLinks[3].url', '"/gone": no news or event with that id; dropped'],
      ['relatedLinks[4].url', 'missing: no news or event with that id; dropped'],
    ]);
  });
});
