import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { ContentError } from '../../src/model/errors.ts';
import { copyFixture, editItem, editSnapshot } from '../support/fixture.ts';
import { ROOT } from '../support/build.ts';

const load = (dir: string) => loadContent({ dir, defaultTimeZone: 'Europe/Brussels' });
const NEWS1 = 'n0000000000000000000000000000001';

/** The ContentError a load fails with. */
async function failure(dir: string): Promise<ContentError> {
  const err = await load(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ContentError);
  return err as ContentError;
}

describe('loadContent', () => {
  it('reads the snapshot, editors’ new items and overrides', async () => {
    const c = await load(path.join(ROOT, 'tests/fixtures/small'));
    expect(c.news.map((n) => n.id).sort()).toEqual(['hub-welcome', NEWS1, 'n0000000000000000000000000000002', 'n0000000000000000000000000000003']);
    const welcome = c.news.find((n) => n.id === 'hub-welcome');
    expect(welcome?.title).toEqual({ en: 'Welcome to IPEX Hub', fr: 'Bienvenue sur IPEX Hub' });
    expect(welcome?.slug).toBe('hub-welcome');
    expect(welcome?.firstSeen).toBe('2026-11-18T08:00:00.000Z');
    expect(welcome?.tags).toMatchObject([{ key: 'subsidiarity', label: { en: 'Subsidiarity', fr: 'Subsidiarité', pl: 'Pomocniczość' } }]);
    expect(welcome?.html.en).toContain('<strong>its own page</strong>');
    const overridden = c.news.find((n) => n.id === 'n0000000000000000000000000000002');
    expect(overridden?.title.fr).toBe('Budget (version française)');
    expect(overridden?.title.en).toContain('<script>'); // kept as text; pages escape it
    expect(overridden?.html.fr).toBe('<p>Texte en français.</p>');
    expect(c.events.find((e) => e.id.startsWith('e'))?.timeZone).toBe('Europe/Brussels');
  });

  it('names file, item and field for an invalid snapshot item', async () => {
    const dir = await copyFixture();
    await editItem(dir, 'events', 'e0000000000000000000000000000001', (i) => (i.end = '2026-12-01T10:00'));
    const err = await failure(dir);
    expect(err.message).toMatch(/snapshot\/events\.json: item "e0000000000000000000000000000001": field "end": is before start/);
  });

  it('names the nested field path', async () => {
    const dir = await copyFixture();
    await editItem(dir, 'news', NEWS1, (i) => (i.tags = [{ key: 'Not A Slug', label: { en: 'x' } }]));
    const err = await failure(dir);
    expect(err.field).toBe('tags[0].key');
    expect(err.place).toEqual({ file: expect.stringMatching(/snapshot\/news\.json$/), id: NEWS1 });
  });

  it('rejects unknown chambers and dangling related ids', async () => {
    const dir = await copyFixture();
    await editItem(dir, 'news', NEWS1, (i) => (i.chambers = ['xxsen']));
    expect((await failure(dir)).message).toMatch(/field "chambers": unknown chamber "xxsen"/);
    const dir2 = await copyFixture();
    await editItem(dir2, 'topics', 't0000000000000000000000000000001', (i) => (i.related = { news: ['nope'], events: [] }));
    expect((await failure(dir2)).message).toMatch(/item "t0000000000000000000000000000001": field "related.news\[0\]": no news item has id "nope"/);
  });

  it('points at the editorial file that set a bad field', async () => {
    const dir = await copyFixture();
    await writeFile(path.join(dir, 'editorial/news/bad.en.md'), '---\nid: hub-bad\ntitle: Bad\npublished: yesterday\n---\nText\n');
    const err = await failure(dir);
    expect(err.message).toMatch(/editorial\/news\/bad\.en\.md: item "hub-bad": field "firstSeen": an ISO 8601 date-time/);
  });

  it('refuses overrides of identity and of unknown IPEX ids', async () => {
    const dir = await copyFixture();
    await writeFile(path.join(dir, 'editorial/news/slug.en.md'), `---\nid: ${NEWS1}\nslug: new-slug\n---\n`);
    expect((await failure(dir)).message).toMatch(/slug\.en\.md: item "n0+1": field "slug": cannot be changed/);
    const dir2 = await copyFixture();
    await writeFile(path.join(dir2, 'editorial/news/typo.en.md'), '---\nid: n999\ntitle: x\n---\n');
    expect((await failure(dir2)).message).toMatch(/typo\.en\.md: item "n999": field "id": no IPEX news item has this id/);
  });

  it('refuses language versions that disagree', async () => {
    const dir = await copyFixture();
    await writeFile(path.join(dir, 'editorial/news/hub-welcome.fr.md'), '---\nid: hub-welcome\ntitle: Bienvenue\ntags: [cosac]\n---\n');
    expect((await failure(dir)).message).toMatch(/hub-welcome\.fr\.md: item "hub-welcome": field "tags": differs from the value in .*hub-welcome\.en\.md/);
  });

  it('rejects a duplicate id, a broken JSON file and a wrong format marker', async () => {
    const dir = await copyFixture();
    await editItem(dir, 'news', 'n0000000000000000000000000000002', (i) => (i.id = NEWS1));
    expect((await failure(dir)).message).toMatch(/news\.json: item "n0+1": field "id": appears twice/);
    const dir2 = await copyFixture();
    await writeFile(path.join(dir2, 'snapshot/topics.json'), '{"format": "ipex-hub-snapshot/1", "kind": "topics", ');
    expect((await failure(dir2)).message).toMatch(/topics\.json: .*not valid JSON/);
    const dir3 = await copyFixture();
    await writeFile(path.join(dir3, 'snapshot/topics.json'), '{"format": "v0", "kind": "topics", "syncedAt": "2026-01-01T00:00:00Z", "items": []}');
    expect((await failure(dir3)).message).toMatch(/topics\.json: field "format": /);
  });
});

describe("editors' sample examples", () => {
  const example = '---\nsample: true\nid: sample-only-id\ntitle: Titre\n---\n';

  it('apply to a sample snapshot and are left out of a real one', async () => {
    const dir = await copyFixture();
    await writeFile(path.join(dir, 'editorial/news/example.fr.md'), example);
    expect((await load(dir)).news.some((n) => n.id === 'sample-only-id')).toBe(false);
    for (const kind of ['news', 'events', 'topics', 'documents', 'glossary']) await editSnapshot(dir, kind, (s) => (s.sample = true));
    expect((await failure(dir)).message).toMatch(/example\.fr\.md: item "sample-only-id": field "id": no IPEX news item has this id/);
  });

  it('must say sample: true or false', async () => {
    const dir = await copyFixture();
    await writeFile(path.join(dir, 'editorial/news/example.fr.md'), example.replace('sample: true', 'sample: yes'));
    expect((await failure(dir)).message).toMatch(/example\.fr\.md: field "sample": must be true or false/);
  });
});

describe('loadContent with a snapshot file missing', () => {
  it('fails, naming the file and how to get it, rather than build an empty section', async () => {
    const dir = await copyFixture();
    const { rm } = await import('node:fs/promises');
    await rm(path.join(dir, 'snapshot/topics.json'));
    const err = await failure(dir);
    expect(err.message).toMatch(/snapshot\/topics\.json: field "\(file\)": is missing: run `npm run sync`/);
  });
});

describe('loadContent: documents', () => {
  const DOC = 'COM20260538';

  it('loads and validates documents, with defaults and rendered bodies', async () => {
    const c = await load(path.join(ROOT, 'tests/fixtures/small'));
    expect(c.documents).toHaveLength(1);
    const doc = c.documents[0];
    expect(doc).toMatchObject({
      id: DOC,
      kind: 'documents',
      reference: 'COM(2026) 538',
      thresholdsSeen: {},
      opinionsSeen: { lvsae: '2026-11-18T10:00:00.000Z' },
    });
    expect(doc?.scrutinies[1]).toEqual({ chamber: 'grvou', status: 'ongoing', reasonedOpinion: false, politicalDialogue: true, documents: [] });
    expect(doc?.html.en).toBe('<p>The proposal creates <strong>business wallets</strong>.</p>');
  });

  it('names file, item and field for an invalid document', async () => {
    const dir = await copyFixture();
    await editItem(dir, 'documents', DOC, (i) => (i.transmissionDate = '2026-02-30'));
    const err = await failure(dir);
    expect(err.message).toMatch(/snapshot\/documents\.json: item "COM20260538": field "transmissionDate"/);
    const dir2 = await copyFixture();
    await editItem(dir2, 'documents', DOC, (i) => (i.scrutinies = [{ chamber: 'lvsae', status: 'maybe' }]));
    expect((await failure(dir2)).field).toBe('scrutinies[0].status');
  });

  it('keeps a chamber IPEX names that the registry lacks; rejects two scrutinies of one chamber and a missing reference', async () => {
    const dir = await copyFixture();
    await editItem(dir, 'documents', DOC, (i) => {
      i.scrutinies = [{ chamber: 'xxsen', reasonedOpinion: true }];
      i.opinionsSeen = { xxsen: '2026-11-18T10:00:00Z' };
    });
    const kept = (await loadContent({ dir, defaultTimeZone: 'Europe/Brussels' })).documents.find((d) => d.id === DOC);
    expect(kept?.scrutinies.map((x) => x.chamber)).toEqual(['xxsen']);
    expect(kept?.opinionsSeen).toEqual({ xxsen: '2026-11-18T10:00:00.000Z' });
    const dir2 = await copyFixture();
    await editItem(dir2, 'documents', DOC, (i) => (i.scrutinies = [{ chamber: 'lvsae' }, { chamber: 'lvsae' }]));
    expect((await failure(dir2)).message).toMatch(/field "scrutinies\[1\]\.chamber": "lvsae" has two scrutinies/);
    const dir3 = await copyFixture();
    await editItem(dir3, 'documents', DOC, (i) => delete i.reference);
    expect((await failure(dir3)).field).toBe('reference');
  });

  it('requires the documents snapshot file', async () => {
    const dir = await copyFixture();
    await rm(path.join(dir, 'snapshot/documents.json'));
    expect((await failure(dir)).message).toMatch(/snapshot\/documents\.json: field "\(file\)": is missing/);
  });

  it('takes an item from an earlier load when its input is unchanged, and makes it anew when it changed', async () => {
    const dir = await copyFixture();
    const first = await load(dir);
    const before = new Map([...first.news, ...first.events, ...first.topics, ...first.documents].map((i) => [`${i.kind}/${i.id}`, i]));
    let seen = new Map<string, string>();
    const reuse = {
      code: 'v1',
      get: (kind: string, id: string, digest: string): unknown => (digest === seen.get(`${kind}/${id}`) ? before.get(`${kind}/${id}`) : undefined),
    };
    seen = (await loadContent({ dir, defaultTimeZone: 'Europe/Brussels', reuse })).digests;
    await editItem(dir, 'news', NEWS1, (item) => {
      (item.body as Record<string, string>).en = 'Now **bold**.';
    });
    const again = await loadContent({ dir, defaultTimeZone: 'Europe/Brussels', reuse });
    const edited = again.news.find((n) => n.id === NEWS1);
    expect(edited?.html.en).toBe('<p>Now <strong>bold</strong>.</p>');
    expect(again.digests.get(`news/${NEWS1}`)).not.toBe(seen.get(`news/${NEWS1}`));
    // Unchanged items are the very objects of the earlier load: neither validated nor rendered again.
    expect(again.news.find((n) => n.id === 'n0000000000000000000000000000002')).toBe(before.get('news/n0000000000000000000000000000002'));
    expect(again.documents[0]).toBe(before.get(`documents/${again.documents[0]?.id}`));
    // Another version of the code digests differently, so nothing is reused.
    const other = await loadContent({ dir, defaultTimeZone: 'Europe/Brussels', reuse: { ...reuse, code: 'v2' } });
    expect(other.digests.get('news/n0000000000000000000000000000002')).not.toBe(seen.get('news/n0000000000000000000000000000002'));
  });

  it('still checks the chambers of an item it reuses', async () => {
    const dir = await copyFixture();
    const first = await load(dir);
    const item = first.news.find((n) => n.id === NEWS1);
    const reuse = { code: 'v1', get: (_kind: string, id: string) => (id === NEWS1 ? { ...item, chambers: ['nowhere'] } : undefined) };
    const err = await loadContent({ dir, defaultTimeZone: 'Europe/Brussels', reuse }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContentError);
    expect((err as ContentError).message).toContain('unknown chamber "nowhere"');
  });
});

describe('loadContent: glossary', () => {
  const YELLOW = 'g0000000000000000000000000000002';

  it('loads terms with editors’ overrides and new terms, definitions rendered', async () => {
    const c = await load(path.join(ROOT, 'tests/fixtures/small'));
    expect(c.glossary.map((g) => g.slug).sort()).toEqual([
      'early-warning',
      'epikourikotita',
      'hub-ipex-hub',
      'political-dialogue',
      'reasoned-opinion',
      'subsidiarity',
      'yellow-card',
    ]);
    const yellow = c.glossary.find((g) => g.id === YELLOW);
    expect(yellow).toMatchObject({ kind: 'glossary', title: { en: 'Yellow card', fr: 'Carton jaune' }, slug: 'yellow-card' });
    expect(yellow?.html.fr).toBe('<p>Des <strong>avis motivés</strong> représentant un tiers des voix obligent à réexaminer le projet.</p>');
    expect(c.glossary.find((g) => g.id === 'hub-ipex-hub')).toMatchObject({ title: { en: 'IPEX Hub', fr: 'IPEX Hub' }, firstSeen: '2026-11-18T08:00:00.000Z' });
  });

  it('names file, term and field for an invalid term in the snapshot', async () => {
    const dir = await copyFixture();
    await editItem(dir, 'glossary', YELLOW, (i) => (i.title = { en: '   ' }));
    const err = await failure(dir);
    expect(err.message).toMatch(/snapshot\/glossary\.json: item "g0000000000000000000000000000002": field "title": needs text in at least one language/);
    const dir2 = await copyFixture();
    await editItem(dir2, 'glossary', YELLOW, (i) => (i.source = 'javascript:alert(1)'));
    expect((await failure(dir2)).field).toBe('source');
  });

  it('points at the editor’s file that set a bad field of a term, and refuses an unknown IPEX id', async () => {
    const dir = await copyFixture();
    await writeFile(path.join(dir, 'editorial/glossary/yellow-card.en.md'), `---\nid: ${YELLOW}\ntags: [Not A Key]\n---\n`);
    const err = await failure(dir);
    expect(err.place).toEqual({ file: expect.stringMatching(/editorial\/glossary\/yellow-card\.en\.md$/), id: YELLOW });
    expect(err.field).toBe('tags[0].key');
    const dir2 = await copyFixture();
    await writeFile(path.join(dir2, 'editorial/glossary/typo.en.md'), '---\nid: g999\ntitle: x\n---\n');
    expect((await failure(dir2)).message).toMatch(/typo\.en\.md: item "g999": field "id": no IPEX glossary item has this id/);
  });

  it('refuses two terms with one slug, and a missing glossary snapshot', async () => {
    const dir = await copyFixture();
    await writeFile(
      path.join(dir, 'editorial/glossary/subsidiarity.en.md'),
      '---\nid: hub-subsidiarity\ntitle: Subsidiarity again\nfirstSeen: 2026-11-18T09:00:00Z\n---\n',
    );
    expect((await failure(dir)).message).toMatch(/item "hub-subsidiarity": field "slug": "subsidiarity" is also the slug of g0000000000000000000000000000004/);
    const dir2 = await copyFixture();
    await rm(path.join(dir2, 'snapshot/glossary.json'));
    expect((await failure(dir2)).message).toMatch(/snapshot\/glossary\.json: field "\(file\)": is missing/);
  });
});
