// Bluesky mentions at posting time: a handle written in a post's text (`@europarl.bsky.social`, a
// rapporteur's) is only a notification and a link when it carries a mention facet with the account's
// DID. The DID is resolved when posting, never stored: a handle can move to another account.

/** A mention facet of an `app.bsky.feed.post`, located by UTF-8 byte offsets (end exclusive). */
export interface MentionFacet {
  index: { byteStart: number; byteEnd: number };
  features: [{ $type: 'app.bsky.richtext.facet#mention'; did: string }];
}

/** A handle written in a text, with the UTF-8 byte range of `@handle`. */
export interface HandleAt {
  handle: string;
  byteStart: number;
  byteEnd: number;
}

// As the AT Protocol's own rich-text detection (atproto packages/api/src/rich-text/detection.ts):
// `@` after the start or a space or an opening bracket, a domain name of at least two labels; the
// range covers the `@` too. A `@user@server` (Mastodon) address is not a Bluesky handle.
const HANDLE = /(^|[\s(])@(([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?)(?![\w@-]|\.[\w-])/giu;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The handles a text writes, in order, each with its byte range. */
export function handlesIn(text: string): HandleAt[] {
  return [...text.matchAll(HANDLE)].map((m) => {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    const handle = (m[2] ?? '').toLowerCase();
    const byteStart = bytes(text.slice(0, at));
    return { handle, byteStart, byteEnd: byteStart + bytes(`@${m[2] ?? ''}`) };
  });
}

/** Mention facets for the handles of a text that resolve to a DID; a handle that does not stays plain text. */
export async function mentionFacets(text: string, resolve: (handle: string) => Promise<string | undefined>): Promise<MentionFacet[]> {
  const out: MentionFacet[] = [];
  for (const h of handlesIn(text)) {
    const did = await resolve(h.handle);
    if (did) out.push({ index: { byteStart: h.byteStart, byteEnd: h.byteEnd }, features: [{ $type: 'app.bsky.richtext.facet#mention', did }] });
  }
  return out;
}
