import type { z } from 'zod';

/** Where a piece of content came from, for error messages. */
export interface ContentPlace {
  /** File path relative to the project root. */
  file: string;
  /** Item id, when known. */
  id?: string;
}

/** Invalid content: the message names the file, the item and the field. */
export class ContentError extends Error {
  override name = 'ContentError';
  /** Where the content is. */
  readonly place: ContentPlace;
  /** The field, as a path (`tags[0].key`). */
  readonly field: string;
  /** What is wrong with it. */
  readonly reason: string;
  constructor(place: ContentPlace, field: string, reason: string) {
    const item = place.id === undefined ? '' : ` item "${place.id}":`;
    super(`${place.file}:${item} field "${field || '(item)'}": ${reason}`);
    this.place = place;
    this.field = field;
    this.reason = reason;
  }
}

/** Turns the first zod issue (and a count of the rest) into a ContentError. */
export function fromZod(place: ContentPlace, error: z.ZodError, prefix: (string | number)[] = []): ContentError {
  const [first, ...rest] = error.issues;
  const path = [...prefix, ...(first?.path ?? [])].map((p) => (typeof p === 'number' ? `[${p}]` : String(p)));
  const field = path.join('.').replace(/\.\[/g, '[');
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''} in this item)` : '';
  return new ContentError(place, field, (first?.message ?? 'invalid') + more);
}
