/** Longest title or label kept (characters); IPEX titles are a few hundred at most. */
export const LINE_MAX = 1_000;
/** Longest body kept (characters). */
export const BODY_MAX = 100_000;

/** Cuts text to at most `max` UTF-16 units, ending in "…", never inside a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
