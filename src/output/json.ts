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
  const empty = JSON.stringify({ ...head, [key]: [] }, null, 1);
  const chunks = [Buffer.from(empty.slice(0, -'[]\n}'.length))];
  let first = true;
  for (const text of texts) {
    chunks.push(Buffer.from(`${first ? '[' : ','}\n  ${text}`));
    first = false;
  }
  chunks.push(Buffer.from(first ? '[]\n}\n' : '\n ]\n}\n'));
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}
