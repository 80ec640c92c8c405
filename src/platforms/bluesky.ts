import { z } from 'zod';
import { blueskyClient } from '../announce/bluesky.ts';
import { BLUESKY_PUBLIC_APPVIEW, blueskyFigures } from '../evaluation/sources/bluesky.ts';
import { graphemeCount } from './count.ts';
import { definePlatform, httpUrl, type Platform } from './platform.ts';
import { envName, ownerFields, postLang } from './schema.ts';

/** The default Bluesky service. */
export const BLUESKY_DEFAULT_SERVICE = 'https://bsky.social';

/** A Bluesky account: its PDS (entryway), handle or DID, and an app password. */
export const blueskyAccount = z.object({ platform: z.literal('bluesky'), ...ownerFields, service: z.string(), identifier: z.string(), password: z.string() });
/** A Bluesky account. */
export type BlueskyAccount = z.output<typeof blueskyAccount>;

/** Bluesky: 300 grapheme clusters, links and tags as facets; the share link carries the whole text. */
export const bluesky: Platform<'bluesky'> = definePlatform({
  id: 'bluesky',
  name: 'Bluesky',
  limit: { max: 300, count: graphemeCount },
  facets: true,
  share: (s) => `https://bsky.app/intent/compose?text=${encodeURIComponent(s.text)}`,
  env: { required: ['BLUESKY_IDENTIFIER', 'BLUESKY_APP_PASSWORD'], optional: { BLUESKY_SERVICE: BLUESKY_DEFAULT_SERVICE } },
  hubAccount: (v, lang) => ({
    platform: 'bluesky',
    owner: 'hub',
    lang,
    service: v.BLUESKY_SERVICE || BLUESKY_DEFAULT_SERVICE,
    identifier: v.BLUESKY_IDENTIFIER ?? '',
    password: v.BLUESKY_APP_PASSWORD ?? '',
  }),
  account: blueskyAccount,
  chamber: {
    schema: z.object({ service: z.url().optional(), identifier: z.string().min(1), passwordEnv: envName, lang: postLang }),
    secretEnv: (e) => e.passwordEnv,
    account: (e, owner, password) => ({
      platform: 'bluesky',
      owner,
      lang: e.lang,
      service: e.service ?? BLUESKY_DEFAULT_SERVICE,
      identifier: e.identifier,
      password,
    }),
  },
  secrets: (a) => [a.password],
  problems: (a) => (httpUrl(a.service) ? [] : [`${a.owner === 'hub' ? 'BLUESKY_SERVICE' : 'service'} "${a.service}" is not an http(s) URL`]),
  placeholder: (owner, lang) => ({ platform: 'bluesky', owner, lang, service: BLUESKY_DEFAULT_SERVICE, identifier: 'BLUESKY_IDENTIFIER', password: '' }),
  client: (a, c) => blueskyClient(a, { http: c.http, card: c.card, now: c.now }),
  figures: (a, posts, c) => blueskyFigures(a, posts, c.handles, c.env.BLUESKY_APPVIEW?.trim() || BLUESKY_PUBLIC_APPVIEW, c.http),
  profile: (h) => (/^@?[a-z0-9.-]+\.[a-z]{2,}$/i.test(h) ? `https://bsky.app/profile/${h.replace(/^@/, '')}` : undefined),
});
