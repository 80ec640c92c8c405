/** What dating reads of an entry: when it was first seen, and a kind and id to break ties. */
export interface Dateable {
  firstSeen: string;
  kind: string;
  id: string;
}

/**
 * The date each item is published under in feeds: when the hub first saw it, made unique
 * (an item that shares a second with an earlier one moves one second later) and never in the
 * future (such items are left out until their time). Computed over all items at once, so every
 * feed gives an item the same date. Items are taken oldest first, ties by kind and id, so an
 * item arriving later never moves the dates of those before it.
 */
export function publishedDates<T extends Dateable>(items: T[], now: Date): Map<T, Date> {
  const sorted = [...items].sort((a, b) =>
    a.firstSeen < b.firstSeen ? -1 : a.firstSeen > b.firstSeen ? 1 : `${a.kind}/${a.id}` < `${b.kind}/${b.id}` ? -1 : 1,
  );
  const dates = new Map<T, Date>();
  let last = -Infinity;
  for (const item of sorted) {
    // RSS dates have whole seconds: compare and step in seconds.
    const seen = Math.floor(new Date(item.firstSeen).getTime() / 1000) * 1000;
    const at = Math.max(seen, last + 1000);
    if (at > now.getTime()) break;
    dates.set(item, new Date(at));
    last = at;
  }
  return dates;
}
