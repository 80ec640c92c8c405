import { readFile } from 'node:fs/promises';
import { parseManifest, type Manifest } from './manifest.ts';

let cached: Promise<{ manifest: Manifest | undefined; source: string | null }> | undefined;

/**
 * The previous build's manifest, from `HUB_PREVIOUS_MANIFEST`: a file path, or the deployed site's
 * `https://…/social/manifest.json`. Not set, or a 404 from the site (a first deploy): none, and every
 * item is new. Any other failure stops the build, since guessing would announce items twice.
 */
export function previousManifest(env: Record<string, string | undefined> = process.env) {
  cached ??= (async () => {
    const source = env.HUB_PREVIOUS_MANIFEST || null;
    if (!source) return { manifest: undefined, source };
    if (/^https?:\/\//.test(source)) {
      const res = await fetch(source, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
      if (res.status === 404) return { manifest: undefined, source };
      if (!res.ok) throw new Error(`Previous manifest ${source}: HTTP ${res.status}`);
      return { manifest: parseManifest(await res.text(), source), source };
    }
    return { manifest: parseManifest(await readFile(source, 'utf8'), source), source };
  })();
  return cached;
}
