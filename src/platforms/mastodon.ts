import { z } from 'zod';
import { mastodonClient } from '../announce/mastodon.ts';
import { mastodonFigures } from '../evaluation/sources/mastodon.ts';
import { mastodonLength } from './count.ts';
import { definePlatform, httpUrl, type Platform } from './platform.ts';
import { envName, ownerFields, postLang } from './schema.ts';

/** A Mastodon account: its server and an access token with `write:statuses` (and `write:media`). */
export const mastodonAccount = z.object({ platform: z.literal('mastodon'), ...ownerFields, url: z.string(), token: z.string() });
/** A Mastodon account. */
export type MastodonAccount = z.output<typeof mastodonAccount>;

/** Mastodon: 500 characters by default, every URL counting 23; the visitor names their server to share. */
export const mastodon: Platform<'mastodon'> = definePlatform({
  id: 'mastodon',
  name: 'Mastodon',
  limit: { max: 500, count: mastodonLength },
  share: (s) => `https://{instance}/share?text=${encodeURIComponent(s.text)}`,
  env: { required: ['MASTODON_URL', 'MASTODON_TOKEN'] },
  hubAccount: (v, lang) => ({ platform: 'mastodon', owner: 'hub', lang, url: v.MASTODON_URL ?? '', token: v.MASTODON_TOKEN ?? '' }),
  account: mastodonAccount,
  chamber: {
    schema: z.object({ url: z.url(), tokenEnv: envName, lang: postLang }),
    secretEnv: (e) => e.tokenEnv,
    account: (e, owner, token) => ({ platform: 'mastodon', owner, lang: e.lang, url: e.url, token }),
  },
  secrets: (a) => [a.token],
  problems: (a) => (httpUrl(a.url) ? [] : [`${a.owner === 'hub' ? 'MASTODON_URL' : 'url'} "${a.url}" is not an http(s) URL`]),
  placeholder: (owner, lang) => ({ platform: 'mastodon', owner, lang, url: 'https://MASTODON_URL.invalid', token: '' }),
  client: (a, c) => mastodonClient(a, { http: c.http, media: c.mastodonMedia, card: c.card }),
  figures: (a, posts, c) => mastodonFigures(a, posts, c.handles, c.http),
  profile: (h) => {
    const m = /^@?([\w.]+)@([a-z0-9.-]+\.[a-z]{2,})$/i.exec(h);
    return m ? `https://${m[2]}/@${m[1]}` : undefined;
  },
});
