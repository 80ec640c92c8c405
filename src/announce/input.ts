import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { fromZod } from '../model/errors.ts';
import { request } from '../http/request.ts';

const facetSchema = z.object({
  index: z.object({ byteStart: z.number().int().min(0), byteEnd: z.number().int().min(0) }),
  features: z.array(
    z.union([
      z.object({ $type: z.literal('app.bsky.richtext.facet#link'), uri: z.string() }),
      z.object({ $type: z.literal('app.bsky.richtext.facet#tag'), tag: z.string() }),
    ]),
  ),
});
const postSchema = z.object({ text: z.string().min(1), url: z.string().url(), facets: z.array(facetSchema).optional() });

/** One language version of a new item, as `/social/new.json` carries it. */
const languageSchema = z.object({
  url: z.string().url(),
  title: z.string().min(1),
  description: z.string(),
  /** The wide card: public URL, path under the site root, alt text. */
  card: z.object({ url: z.string().url(), path: z.string().startsWith('/'), alt: z.string(), type: z.string() }),
  /** The share kit's text per platform; an item queued before a platform was added has none for it. */
  posts: z.record(z.string(), postSchema),
});
/** A language version of an item to announce. */
export type AnnounceVersion = z.output<typeof languageSchema>;

/** An item to announce, as new.json carries it and the ledger's queue keeps it. */
export const announceItemSchema = z.object({
  id: z.string().min(1),
  firstSeen: z.string().datetime({ offset: true }),
  chambers: z.array(z.string()),
  /** A text a conference adopted: posted ahead of every other item. */
  adopted: z.boolean().default(false),
  languages: z.record(z.string(), languageSchema),
});
/** An item first seen in the latest build. */
export type AnnounceItem = z.output<typeof announceItemSchema>;

const newJsonSchema = z.object({ items: z.array(announceItemSchema) });

/** The id of the n-th item of an unchecked `new.json`, to name it in an error. */
function idAt(json: unknown, n: number): string | undefined {
  const items = z.object({ items: z.array(z.unknown()) }).safeParse(json);
  const item = z.object({ id: z.string() }).safeParse(items.success ? items.data.items[n] : undefined);
  return item.success ? item.data.id : undefined;
}

/** Checks a `new.json` text; items come back in the order they are posted in (see `oldestFirst`). */
export function parseNewItems(text: string, source: string): AnnounceItem[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${source}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const parsed = newJsonSchema.safeParse(json);
  if (!parsed.success) {
    const at = parsed.error.issues[0]?.path;
    const id = at?.[0] === 'items' && typeof at[1] === 'number' ? idAt(json, at[1]) : undefined;
    throw fromZod({ file: source, ...(id === undefined ? {} : { id }) }, parsed.error);
  }
  return oldestFirst(parsed.data.items);
}

/** The order items are posted in: adopted texts first (the news that cannot wait behind a backlog), then
 * oldest first (first seen, then id). */
export function oldestFirst(items: AnnounceItem[]): AnnounceItem[] {
  return [...items].sort(
    (a, b) => Number(b.adopted) - Number(a.adopted) || Date.parse(a.firstSeen) - Date.parse(b.firstSeen) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The queue carried over from earlier runs joined with this build's new items (whose texts are the fresher), oldest first. */
export function withQueue(queue: AnnounceItem[], fresh: AnnounceItem[]): AnnounceItem[] {
  const byId = new Map(queue.map((i) => [i.id, i]));
  for (const i of fresh) byId.set(i.id, i);
  return oldestFirst([...byId.values()]);
}

/** Reads `new.json` from a file or an http(s) URL (the deployed site's). */
export async function readNewItems(source: string, timeoutMs = 30_000): Promise<AnnounceItem[]> {
  if (!/^https?:\/\//.test(source)) return parseNewItems(await readFile(source, 'utf8'), source);
  const res = await request(
    source,
    { headers: { Accept: 'application/json' } },
    { timeoutMs, retry: { retries: 2, baseDelayMs: 1000, maxDelayMs: 10_000, maxRetryAfterMs: 60_000 } },
  );
  if (res.status !== 200) throw new Error(`${source}: HTTP ${res.status}`);
  return parseNewItems(res.text(), source);
}
