/** Values that many pages' inputs hold by reference (a feed entry is in the feed of each of its item's
 * scopes), marked by their maker: the page keys (routes/keys.ts) digest each once, as they do catalog
 * items, instead of once per page. A marked value must never change afterwards. */
const marked = new WeakSet<object>();

/** Marks `v` as shared and returns it. */
export function shared<T extends object>(v: T): T {
  marked.add(v);
  return v;
}

/** True for a value `shared` marked. */
export function isShared(v: unknown): v is object {
  return typeof v === 'object' && v !== null && marked.has(v);
}
