import { request } from '../http/request.ts';
import { remember } from '../model/memo.ts';
import type { Due } from './client.ts';
import type { HttpContext } from './http.ts';

/** `--check-live`: a post is due only once its page and its card answer 200 at their public URLs (each URL asked once per run). */
export function liveChecker(http: HttpContext): (due: Due) => Promise<boolean> {
  const seen = new Map<string, Promise<boolean>>();
  const ok = (url: string) =>
    remember(seen, url, () =>
      request(url, { method: 'GET' }, { ...http, label: `GET ${url}` }).then(
        (r) => r.status === 200,
        () => false,
      ),
    );
  return async (due) => (await ok(due.version.url)) && (await ok(due.version.card.url));
}
