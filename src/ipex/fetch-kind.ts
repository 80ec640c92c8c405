import type { SnapshotKind } from '../model/vocabulary.ts';
import type { IpexClient } from './client.ts';
import { ENDPOINTS } from './mapping.ts';
import { IpexError } from './errors.ts';
import { paginate, TooManyPagesError } from './paginate.ts';
import { hitsOf, searchBody, searchUrl, type DayRange, type RawHit } from './search.ts';

/** A hit with the page it came on. */
export interface PagedHit extends RawHit {
  page: number;
}

/** Every hit of one kind in one language, in page order. */
export interface LanguageHits {
  /** Lower-case language code. */
  lang: string;
  hits: PagedHit[];
}

/** What to fetch. */
export interface FetchKindOptions {
  client: IpexClient;
  /** IPEX origin. */
  base: string;
  kind: SnapshotKind;
  /** Lower-case language codes, the primary one first. */
  languages: string[];
  /** Day range, for kinds whose endpoint filters on one. */
  range?: DayRange | undefined;
  maxPages: number;
  /** True after a page past which this language need not be paged (light runs). */
  stopAfter?: ((lang: string, hits: PagedHit[]) => boolean) | undefined;
  onPage?: ((lang: string, page: number, hits: number) => void) | undefined;
}

/** Fetches every page of a kind in every language; the first failure aborts the others and is thrown. */
export async function fetchKind(options: FetchKindOptions): Promise<LanguageHits[]> {
  const endpoint = ENDPOINTS[options.kind];
  const stop = new AbortController();
  const one = async (lang: string): Promise<LanguageHits> => {
    const url = searchUrl(options.base, endpoint, lang);
    try {
      const hits = await paginate<PagedHit>(
        async (page) => {
          const json = await options.client.postJson(url, searchBody(endpoint, page, options.range), stop.signal);
          return hitsOf(json, `POST ${url} page ${page}`).map((h) => ({ ...h, page }));
        },
        {
          maxPages: options.maxPages,
          signal: stop.signal,
          onPage: (page, hits) => options.onPage?.(lang, page, hits.length),
          stopAfter: options.stopAfter && ((hits) => options.stopAfter?.(lang, hits) ?? false),
        },
      );
      return { lang, hits };
    } catch (e) {
      stop.abort(e);
      if (e instanceof TooManyPagesError) throw new IpexError(`POST ${url}`, e.message);
      throw e;
    }
  };
  const settled = await Promise.allSettled(options.languages.map(one));
  const out: LanguageHits[] = [];
  for (const s of settled) {
    // The first real failure, not the aborts it caused in the other languages.
    if (s.status === 'rejected') throw stop.signal.reason ?? s.reason;
    out.push(s.value);
  }
  return out;
}
