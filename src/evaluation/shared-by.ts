import type { Chamber } from '../model/schemas.ts';

/** A handle as platforms compare it: no leading `@`, lower case. */
export function normalHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

/** The chambers' official accounts on one platform, by normalised handle (from the registry's `accounts`). */
export function chamberHandles(chambers: Chamber[], platform: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const ch of chambers) {
    const handle = ch.accounts[platform];
    if (handle) out.set(normalHandle(handle), ch.code);
  }
  return out;
}

/** Counts reposts by chambers' accounts among the handles that reposted; nobody else is named or kept. */
export function sharedByChambers(handles: string[], chambers: Map<string, string>): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const h of handles) {
    const code = chambers.get(normalHandle(h));
    if (code) out[code] = (out[code] ?? 0) + 1;
  }
  return Object.keys(out).length ? out : undefined;
}
