// LinkedIn's "little" text format for a post's commentary: reserved characters are escaped, or
// LinkedIn cuts the text at the first one; hashtags become hashtag templates; URLs stay as they are
// so that they still link (an escaped `_` or `&` would change the address).

const RESERVED = /[\\|{}@[\]()<>#*_~]/g;

/** Escapes plain text for LinkedIn commentary. */
export function escapeLittle(text: string): string {
  return text.replace(RESERVED, (c) => `\\${c}`);
}

/** A post text as LinkedIn commentary: URLs kept, `#tags` as `{hashtag|\#|tag}`, every other reserved character escaped. */
export function littleText(text: string, urls: string[]): string {
  const keep = urls.filter((u) => u && text.includes(u));
  const parts = keep.length ? text.split(new RegExp(`(${keep.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`)) : [text];
  return parts
    .map((part) =>
      keep.includes(part)
        ? part
        : part
            .split(/((?:^|(?<=\s))#[\p{L}\p{N}_]+)/u)
            .map((bit) => (/^#[\p{L}\p{N}_]+$/u.test(bit) ? `{hashtag|\\#|${escapeLittle(bit.slice(1))}}` : escapeLittle(bit)))
            .join(''),
    )
    .join('');
}
