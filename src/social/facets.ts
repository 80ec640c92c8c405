/** A Bluesky rich-text facet: a link or a tag, located by UTF-8 byte offsets (end exclusive). */
export interface Facet {
  index: { byteStart: number; byteEnd: number };
  features: ({ $type: 'app.bsky.richtext.facet#link'; uri: string } | { $type: 'app.bsky.richtext.facet#tag'; tag: string })[];
}

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** Facets for the given URLs and the hashtags in a post text, as a Bluesky client needs them. */
export function blueskyFacets(text: string, urls: string[]): Facet[] {
  const facets: Facet[] = [];
  for (const uri of urls) {
    const at = text.indexOf(uri);
    if (at < 0) continue;
    const byteStart = bytes(text.slice(0, at));
    facets.push({ index: { byteStart, byteEnd: byteStart + bytes(uri) }, features: [{ $type: 'app.bsky.richtext.facet#link', uri }] });
  }
  for (const m of text.matchAll(/(^|\s)(#([\p{L}\p{N}_]+))/gu)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    const byteStart = bytes(text.slice(0, at));
    facets.push({ index: { byteStart, byteEnd: byteStart + bytes(m[2] ?? '') }, features: [{ $type: 'app.bsky.richtext.facet#tag', tag: m[3] ?? '' }] });
  }
  return facets.sort((a, b) => a.index.byteStart - b.index.byteStart);
}
