import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, SAMPLE_DIST } from '../support/build.ts';
import { runNode, type RunResult } from '../support/run.ts';
import type { FakeSocialOptions } from '../../scripts/serve-fake-social.ts';

/** The secrets the stand-ins accept: long enough to be told apart in any output. */
export const SECRETS: FakeSocialOptions = {
  mastodonToken: 'mastodon-token-Zq81xWv4',
  blueskyIdentifier: 'hub.fake.test',
  blueskyPassword: 'bsky-app-password-Kx93mRt2',
  linkedinToken: 'linkedin-token-Pp27sLq6',
  linkedinOrganization: '4242',
  xToken: 'x-token-Hh52nVc8',
  facebookPageId: '10001',
  facebookToken: 'facebook-page-token-Rr61tYb3',
};

/** One item of `new.json` as the build writes it (only what the tests look at is typed). */
export interface NewItem {
  id: string;
  firstSeen: string;
  chambers: string[];
  /** A text a conference adopted: posted first. */
  adopted?: boolean;
  languages: Record<
    string,
    {
      url: string;
      title: string;
      description: string;
      card: { url: string; path: string; alt: string; type: string };
      posts: Record<
        'mastodon' | 'bluesky' | 'linkedin' | 'x' | 'facebook',
        { text: string; url: string; facets?: { index: { byteStart: number; byteEnd: number }; features: { $type: string; uri?: string; tag?: string }[] }[] }
      >;
    }
  >;
}

/** The sample build's new items, oldest first (the order they are posted in). */
export async function sampleItems(): Promise<NewItem[]> {
  const json: { items: NewItem[] } = JSON.parse(await readFile(path.join(SAMPLE_DIST, 'social/new.json'), 'utf8'));
  return json.items.sort((a, b) => Date.parse(a.firstSeen) - Date.parse(b.firstSeen) || (a.id < b.id ? -1 : 1));
}

/** A folder like a built site holding a `social/new.json` with these items, and the sample's cards. */
export async function siteWith(items: NewItem[]): Promise<{ dir: string; newJson: string; ledger: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ipex-hub-announce-'));
  await mkdir(path.join(dir, 'social'));
  await symlink(path.join(SAMPLE_DIST, 'og'), path.join(dir, 'og'));
  const newJson = path.join(dir, 'social/new.json');
  await writeFile(newJson, JSON.stringify({ previousManifest: null, count: items.length, items }, null, 1));
  return { dir, newJson, ledger: path.join(dir, 'ledger/ledger.json') };
}

/** Runs `npm run announce`'s script with only the given environment (no variable of the machine's leaks in). */
export function announce(args: string[], env: Record<string, string>): Promise<RunResult> {
  return runNode([path.join(ROOT, 'scripts/announce.ts'), ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', TZ: 'UTC', NO_COLOR: '1', ...env } });
}

/** Fast retries for tests: waits come from the stand-ins' headers, not from backoff. */
export const FAST = ['--backoff', '20', '--retries', '2', '--timeout', '5000'];

/** The ledger's posts. */
export async function ledgerPosts(
  file: string,
): Promise<{ item: string; platform: string; account: string; remoteId: string; url: string; lang: string; postedAt: string }[]> {
  return JSON.parse(await readFile(file, 'utf8')).posts;
}
