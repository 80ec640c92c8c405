import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { ContentError } from '../../src/content/errors.ts';
import { copyFixture } from '../support/fixture.ts';

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
  const err = await load(dir).then(() => undefined, (e: unknown) => e);
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
        roles: [{ role: 'rapporteur', document: 'COM(2026) 538' }, { role: 'delegate', conference: 'cosac' }],
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
  });
});
