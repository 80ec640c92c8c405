import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadContent } from '../../src/content/load.ts';
import { ContentError } from '../../src/model/errors.ts';
import { copyFixture, editSnapshot } from '../support/fixture.ts';
import { hub } from '../../src/config/resolve.ts';
import { feedSite } from '../../src/feeds/site.ts';
import { buildCatalog } from '../../src/model/catalog.ts';
import { buildDocumentCatalog } from '../../src/model/document-catalog.ts';
import { chamberDrafts, conferenceDrafts } from '../../src/routes/hubs.ts';
import { documentContacts, kitLang, meetingContacts, withKits, type ChamberKit } from '../../src/routes/members.ts';
import { meetingKitTexts } from '../../src/social/posts.ts';
import { newDocumentEntries } from '../../src/social/document-manifest.ts';
import { memberKitTexts } from '../../src/social/document-posts.ts';

const load = (dir: string) => loadContent({ dir, defaultTimeZone: 'Europe/Brussels' });

/** A fixture copy with the given member files (name → YAML). */
async function withMembers(files: Record<string, string>): Promise<string> {
  const dir = await copyFixture();
  await mkdir(path.join(dir, 'editorial/members'), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, 'editorial/members', name), text);
  return dir;
}

const ANNA = `name: Anna Bērziņa
chamber: lvsae
consent: 2026-11-02
roles:
  - role: rapporteur
    document: COM(2026)  538
  - role: delegate
    conference: cosac
accounts:
  bluesky: "@anna.example.org"
`;

async function failure(dir: string): Promise<ContentError> {
  const err = await load(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ContentError);
  return err as ContentError;
}

describe('the members’ registry', () => {
  it('reads one file per member, the file name as id, references with single spaces', async () => {
    const c = await load(await withMembers({ 'anna-berzina.yml': ANNA }));
    expect(c.members).toEqual([
      {
        id: 'anna-berzina',
        name: 'Anna Bērziņa',
        chamber: 'lvsae',
        consent: '2026-11-02',
        sample: false,
        roles: [
          { role: 'rapporteur', document: 'COM(2026) 538' },
          { role: 'delegate', conference: 'cosac' },
        ],
        accounts: { bluesky: '@anna.example.org' },
      },
    ]);
  });

  it('has no members without the folder', async () => {
    expect((await load(await copyFixture())).members).toEqual([]);
  });

  it('refuses a member of an unknown chamber, naming the file and field', async () => {
    const err = await failure(await withMembers({ 'anna-berzina.yml': ANNA.replace('lvsae', 'xxsen') }));
    expect(err.message).toMatch(/editorial\/members\/anna-berzina\.yml: field "chamber": unknown chamber "xxsen"/);
  });

  it('names the file and field of an invalid entry', async () => {
    const noConsent = await failure(await withMembers({ 'anna-berzina.yml': ANNA.replace('consent: 2026-11-02\n', '') }));
    expect(noConsent.message).toMatch(/anna-berzina\.yml: field "consent"/);
    const badHandle = await failure(await withMembers({ 'anna-berzina.yml': ANNA.replace('"@anna.example.org"', 'anna') }));
    expect(badHandle.message).toMatch(/anna-berzina\.yml: field "accounts\.bluesky": a Bluesky handle/);
    const badRole = await failure(await withMembers({ 'anna-berzina.yml': ANNA.replace('conference: cosac', 'conference: nato') }));
    expect(badRole.field).toBe('roles[1].conference');
    const unknownPlatform = await failure(await withMembers({ 'anna-berzina.yml': `${ANNA}  myspace: anna\n` }));
    expect(unknownPlatform.field).toBe('accounts');
    const badName = await failure(await withMembers({ 'Anna.yaml': ANNA }));
    expect(badName.message).toMatch(/members\/Anna\.yaml: field "\(file name\)"/);
  });

  it('keeps sample members for the sample snapshot only', async () => {
    const sample = `sample: true\n${ANNA}`;
    const dir = await withMembers({ 'anna-berzina.yml': sample });
    expect((await load(dir)).members).toEqual([]); // the fixture is not the sample
    const kinds = ['news', 'events', 'topics', 'documents', 'glossary'];
    for (const kind of kinds) await editSnapshot(dir, kind, (s) => (s.sample = true));
    expect((await load(dir)).members.map((m) => [m.id, m.sample])).toEqual([['anna-berzina', true]]);
    // One kind synced from IPEX: no invented person beside real data, even while other kinds hold the sample.
    await editSnapshot(dir, 'news', (s) => (s.sample = false));
    expect((await load(dir)).members).toEqual([]);
  });
});

const NIKOS = `name: Nikos Georgiou
chamber: grvou
consent: 2026-10-01
roles:
  - role: rapporteur
    document: COM(2026) 538
  - role: delegate
    conference: cosac
accounts:
  mastodon: "@nikos@social.example.gr"
`;

/** What every page that can name a member shows, from a content folder: the document pages'
 * contacts, the chamber hubs and the conference hubs in both languages, and the announcements' texts. */
async function pagesOf(dir: string) {
  const c = await load(dir);
  const now = new Date('2026-12-01T12:00:00Z');
  const catalog = buildCatalog({ news: c.news, events: c.events, topics: c.topics, chambers: c.chambers, members: c.members }, now);
  const docs = buildDocumentCatalog(c.documents, c.chambers, hub.documents, now);
  const site = feedSite(catalog, now);
  const pages = ['en', 'fr'].flatMap((lang) => [
    ...docs.all.map((v) => ({ path: `documents/${v.doc.slug}/${lang}`, contacts: documentContacts(v.doc.reference, catalog.members, catalog.chambers, lang) })),
    // A meeting page: its conference's delegates by chamber, each chamber with its members' kit.
    ...catalog.all.flatMap((e) =>
      e.kind === 'events'
        ? [
            {
              path: `events/${e.slug}/${lang}`,
              contacts: withKits(meetingContacts(e.conference, catalog.members, catalog.chambers, lang), catalog.chambers, lang, (ch, kl) =>
                meetingKitTexts(e, kl, ch, catalog.members),
              ),
            },
          ]
        : [],
    ),
    ...chamberDrafts(catalog, site, docs, lang).map((d) => ({ path: d.path(lang), view: d.view })),
    ...conferenceDrafts(catalog, site, lang).map((d) => ({ path: d.path(lang), view: d.view })),
  ]);
  // The announcements' texts: every document and scrutiny event is new against no previous manifest.
  const entries = newDocumentEntries(docs, undefined, catalog.chambers, () => ({ title: '', description: '', card: {} }), catalog.members);
  const all = [...pages, { path: 'social/new.json', entries }];
  return { pages: all, text: JSON.stringify(all), find: (path: string) => all.find((p) => p.path === path), entries };
}

describe('members on pages', () => {
  it('shows rapporteurs by chamber on the document page, members on their chamber hub, delegates on the conference hub', async () => {
    const { find } = await pagesOf(await withMembers({ 'anna-berzina.yml': ANNA, 'nikos-georgiou.yml': NIKOS }));
    const doc = find('documents/business-wallets/en');
    expect(doc && 'contacts' in doc ? doc.contacts : undefined).toEqual([
      {
        code: 'grvou',
        chamber: { text: 'Hellenic Parliament', lang: 'en' },
        href: '/en/chambers/grvou/',
        contacts: [],
        members: [
          expect.objectContaining({
            name: 'Nikos Georgiou',
            accounts: [{ platform: 'mastodon', handle: '@nikos@social.example.gr', href: 'https://social.example.gr/@nikos' }],
          }),
        ],
      },
      {
        code: 'lvsae',
        chamber: { text: 'Saeima of Latvia', lang: 'en' },
        href: '/en/chambers/lvsae/',
        contacts: [],
        members: [
          expect.objectContaining({
            name: 'Anna Bērziņa',
            accounts: [{ platform: 'bluesky', handle: '@anna.example.org', href: 'https://bsky.app/profile/anna.example.org' }],
          }),
        ],
      },
    ]);
    const saeima = find('/fr/chambers/lvsae/');
    const members = saeima && 'view' in saeima && saeima.view.type === 'chamber' ? saeima.view.members : [];
    expect(members.map((m) => [m.name, m.roles])).toEqual([
      [
        'Anna Bērziņa',
        [
          { text: 'Rapporteur sur COM(2026) 538', href: '/fr/documents/business-wallets/' },
          { text: 'Délégué à : COSAC', href: undefined },
        ],
      ],
    ]);
    const cosac = find('/en/conferences/cosac/');
    const delegates = cosac && 'view' in cosac && cosac.view.type === 'conference' ? cosac.view.delegates : [];
    expect(delegates.map((m) => [m.name, m.chamber.text])).toEqual([
      ['Anna Bērziņa', 'Saeima of Latvia'],
      ['Nikos Georgiou', 'Hellenic Parliament'],
    ]);
  });

  it('mentions the rapporteurs in the document’s announcement as each platform does', async () => {
    const { entries } = await pagesOf(await withMembers({ 'anna-berzina.yml': ANNA, 'nikos-georgiou.yml': NIKOS }));
    const posts = z
      .object({ posts: z.record(z.string(), z.object({ text: z.string() })) })
      .parse(entries.find((e) => e.kind === 'documents')?.languages.en).posts;
    expect(posts?.bluesky?.text).toContain('@anna.example.org https://');
    expect(posts?.mastodon?.text).toContain('@nikos@social.example.gr https://');
    // LinkedIn posts made by an organisation cannot mention a person: the name, as plain text.
    expect(posts?.linkedin?.text).toContain('Anna Bērziņa Nikos Georgiou https://');
  });

  it('gives each chamber a kit for its members that mentions the hub, the chamber and its rapporteurs, in its language where the hub has one', async () => {
    const dir = await withMembers({ 'anna-berzina.yml': ANNA, 'pierre-durand.yml': NIKOS.replace('Nikos Georgiou', 'Pierre Durand').replace('grvou', 'ep') });
    const c = await load(dir);
    const now = new Date('2026-12-01T12:00:00Z');
    const docs = buildDocumentCatalog(c.documents, c.chambers, hub.documents, now);
    const v = docs.all.find((x) => x.doc.reference === 'COM(2026) 538');
    const ep = c.chambers.find((ch) => ch.code === 'ep');
    if (!v || !ep) throw new Error('fixture changed');
    const kit = memberKitTexts(v, kitLang(ep, 'fr', ['en', 'fr']), ep, c.members);
    // The fixture's Parliament names an X account only; its rapporteur has a Mastodon address.
    expect(kit.x.text).toContain(`${[hub.social.handles.x, '@Europarl_EN'].filter(Boolean).join(' ')} https://`);
    expect(kit.mastodon.text).toContain('@nikos@social.example.gr https://');
    expect(kit.mastodon.text).not.toContain('@anna'); // another chamber's rapporteur
    expect(kit.mastodon.url).toContain('/en/documents/'); // the European Parliament's name is English
  });

  it('gives a meeting page its conference’s delegates by chamber, with a kit that mentions the hub, the chamber and its delegates', async () => {
    const { pages } = await pagesOf(await withMembers({ 'anna-berzina.yml': ANNA, 'nikos-georgiou.yml': NIKOS }));
    const meetings = pages.filter((p) => p.path.startsWith('events/') && 'contacts' in p && p.contacts.length > 0);
    expect(meetings.length).toBeGreaterThan(0);
    for (const m of meetings) {
      const contacts = ('contacts' in m ? m.contacts : []) as ChamberKit[];
      expect(
        contacts.map((c) => [c.code, c.members.map((x) => x.name)]),
        m.path,
      ).toEqual([
        ['grvou', ['Nikos Georgiou']],
        ['lvsae', ['Anna Bērziņa']],
      ]);
      const greek = contacts.find((c) => c.code === 'grvou');
      const mastodon = greek?.kit.posts.find((x) => x.platform === 'mastodon')?.post.text;
      expect(mastodon, m.path).toContain('@nikos@social.example.gr');
      expect(mastodon, m.path).not.toContain('@anna');
    }
  });

  it('removes a person from every page when their file is removed', async () => {
    const dir = await withMembers({ 'anna-berzina.yml': ANNA, 'nikos-georgiou.yml': NIKOS });
    const before = await pagesOf(dir);
    const named = (text: string) => before.pages.filter((p) => JSON.stringify(p).includes(text)).map((p) => p.path);
    expect(named('Anna Bērziņa').sort()).toEqual([
      '/en/chambers/lvsae/',
      '/en/conferences/cosac/',
      '/fr/chambers/lvsae/',
      '/fr/conferences/cosac/',
      'documents/business-wallets/en',
      'documents/business-wallets/fr',
      'events/lxxiii-cosac-plenary-warsaw/en',
      'events/lxxiii-cosac-plenary-warsaw/fr',
      'events/lxxiv-cosac-plenary-dublin/en',
      'events/lxxiv-cosac-plenary-dublin/fr',
      'social/new.json',
    ]);
    await rm(path.join(dir, 'editorial/members/anna-berzina.yml'));
    const after = await pagesOf(dir);
    expect(after.text).not.toContain('Bērziņa');
    expect(after.text).not.toContain('@anna.example.org');
    expect(after.text).toContain('Nikos Georgiou'); // the others stay
  });
});
