import { platformOf, type Env } from '../platforms/index.ts';
import type { Account } from './accounts.ts';
import { loadCard } from './card.ts';
import type { Due, PlatformClient } from './client.ts';
import type { HttpContext } from './http.ts';
import type { ImageBytes } from './thumb.ts';

/** Settings shared by every client of a run. */
export interface ClientSettings {
  http: HttpContext;
  /** `--mastodon-media`: attach the card to Mastodon statuses. */
  mastodonMedia: boolean;
  /** The environment: API origins of stand-ins (`LINKEDIN_API_URL`…), read by the platform that names them. */
  env: Env;
  /** The built site's folder, where cards are read from before trying their public URL. */
  root: string | undefined;
  now: () => Date;
}

/** A factory of clients for a run; cards are loaded once each and shared by the accounts. */
export function clientFactory(s: ClientSettings): (account: Account) => PlatformClient {
  const cards = new Map<string, Promise<ImageBytes>>();
  const card = (due: Due) => {
    let p = cards.get(due.version.card.url);
    if (!p) {
      p = loadCard(due.version, s.root, s.http);
      cards.set(due.version.card.url, p);
    }
    return p;
  };
  return (account) => platformOf(account.platform).client(account, { http: s.http, card, now: s.now, env: s.env, mastodonMedia: s.mastodonMedia });
}
