/**
 * The bytes of `${JSON.stringify({ ...head, [key]: [...list] }, null, 1)}\n`, written one entry at a
 * time: a file that lists every item (social/new.json, posts.json) is never one object tree and one
 * string at once. Made whole, a cold build's new.json briefly took 370 MB at 4,000 items.
 */
export function jsonListFile(head: Record<string, unknown>, key: string, list: Iterable<unknown>): Uint8Array<ArrayBuffer> {
  return jsonTextListFile(head, key, Iterator.from(list).map(listEntryText));
}

/** An entry of `jsonListFile` as it is written: it sits two levels deep, so each of its lines is indented by two more spaces. */
export function listEntryText(entry: unknown): string {
  return (JSON.stringify(entry, null, 1) ?? 'null').replaceAll('\n', '\n  ');
}

/** `jsonListFile` of entries already written by `listEntryText` (kept from the last build). */
export function jsonTextListFile(head: Record<string, unknown>, key: string, texts: Iterable<string>): Uint8Array<ArrayBuffer> {
  // The texts are measured, then encoded into one buffer: a buffer per entry, copied into the file's
  // bytes, was a second copy of the file outside the heap (posts.json: 9 MB a language at 2,000 items).
  const frame = listFraming(head, key);
  const parts = [frame.start];
  let n = 0;
  for (const text of texts) parts.push(frame.before(n++), text);
  parts.push(frame.end(n));
  const bytes = new Uint8Array(parts.reduce((n, p) => n + Buffer.byteLength(p), 0));
  let at = 0;
  for (const p of parts) at += encoder.encodeInto(p, bytes.subarray(at)).written;
  return bytes;
}

/** The text of a list file around its entries: what comes before the list, before the `i`th entry, and
 * after the list of `n` entries. */
export function listFraming(head: Record<string, unknown>, key: string) {
  const empty = JSON.stringify({ ...head, [key]: [] }, null, 1);
  return {
    start: empty.slice(0, -'[]\n}'.length),
    before: (i: number) => (i === 0 ? '[\n  ' : ',\n  '),
    end: (n: number) => (n === 0 ? '[]\n}\n' : '\n ]\n}\n'),
  };
}

const encoder = new TextEncoder();
