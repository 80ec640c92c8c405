// The platform registry: every list, type and switch that names a platform derives from it. Adding a
// platform is one module here (see platform.ts for what it declares) plus its strings in src/i18n.
import { bluesky } from './bluesky.ts';
import { facebook } from './facebook.ts';
import { linkedin } from './linkedin.ts';
import { mastodon } from './mastodon.ts';
import type { Platform } from './platform.ts';
import { x } from './x.ts';

export { accountId, type AccountBase, type AnyAccount, type ClientContext, type Env, type FiguresContext, type Platform } from './platform.ts';

/** Every platform, in the order the announcer posts to them. */
export const PLATFORMS = [mastodon, bluesky, linkedin, x, facebook] as const;

/** One platform's id. */
export type PlatformId = (typeof PLATFORMS)[number]['id'];

/** Every platform's id, in registry order. */
export const PLATFORM_IDS: PlatformId[] = PLATFORMS.map((p) => p.id);

/** A value per platform (a post text, a limit), computed from each registry entry. */
export function byPlatform<T>(f: (p: Platform<PlatformId>) => T): Record<PlatformId, T> {
  return { mastodon: f(mastodon), bluesky: f(bluesky), linkedin: f(linkedin), x: f(x), facebook: f(facebook) };
}

/** True when a string is a platform's id. */
export function isPlatformId(id: string): id is PlatformId {
  return PLATFORMS.some((p) => p.id === id);
}

/** The platform of an id (or of an account's `platform`); throws naming it when there is none. */
export function platformOf(id: string): Platform<PlatformId> {
  const p: Platform<PlatformId> | undefined = PLATFORMS.find((x) => x.id === id);
  if (!p) throw new Error(`unknown platform "${id}" (${PLATFORM_IDS.join(', ')})`);
  return p;
}
