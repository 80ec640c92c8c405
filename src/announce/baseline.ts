import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { request } from '../http/request.ts';
import { parseManifest } from '../social/manifest.ts';

/** Where the build's manifest is, beside its `new.json` (a file or the deployed site's URL). */
export function manifestBeside(newSource: string): string {
  return /^https?:\/\//.test(newSource) ? new URL('manifest.json', newSource).href : path.join(path.dirname(newSource), 'manifest.json');
}

/** Every id the built site has published (`/social/manifest.json`): what a first deployment must not announce. */
export async function publishedIds(newSource: string, timeoutMs: number): Promise<string[]> {
  const source = manifestBeside(newSource);
  let text: string;
  if (/^https?:\/\//.test(source)) {
    const res = await request(
      source,
      { headers: { Accept: 'application/json' } },
      { timeoutMs, retry: { retries: 2, baseDelayMs: 1000, maxDelayMs: 10_000, maxRetryAfterMs: 60_000 } },
    );
    if (res.status !== 200) throw new Error(`${source}: HTTP ${res.status}`);
    text = res.text();
  } else {
    text = await readFile(source, 'utf8');
  }
  return Object.keys(parseManifest(text, source).items);
}
