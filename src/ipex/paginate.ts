/** Options of `paginate`. */
export interface PaginateOptions<T> {
  /** Stop with an error past this many pages (a server that ignores `pageNumber` never ends). */
  maxPages: number;
  /** Called after each non-empty page. */
  onPage?: ((page: number, items: T[]) => void) | undefined;
  /** Stops before the next page once aborted. */
  signal?: AbortSignal | undefined;
  /** True after a page that makes the next ones unnecessary (a light run that reached unchanged items). */
  stopAfter?: ((items: T[]) => boolean) | undefined;
}

/** Thrown when a listing does not end within `maxPages`. */
export class TooManyPagesError extends Error {
  override name = 'TooManyPagesError';
}

/** Fetches pages 1, 2, … one after the other until one is empty (or `stopAfter` says so); returns every item in page order. */
export async function paginate<T>(fetchPage: (page: number) => Promise<T[]>, options: PaginateOptions<T>): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; ; page++) {
    options.signal?.throwIfAborted();
    if (page > options.maxPages) throw new TooManyPagesError(`still not at the end after ${options.maxPages} pages`);
    const items = await fetchPage(page);
    if (items.length === 0) return all;
    all.push(...items);
    options.onPage?.(page, items);
    if (options.stopAfter?.(items)) return all;
  }
}
