/** A satori element: the plain object form of a React element, no React needed. */
export interface CardNode {
  type: string;
  props: { style: Record<string, string | number>; children?: CardChild | CardChild[] };
}
/** Element or text. */
export type CardChild = CardNode | string;

/** Builds a `div` (or other element) with a style and children; falsy children are dropped. */
export function h(style: Record<string, string | number>, ...children: (CardChild | false | undefined | null)[]): CardNode {
  const kids = children.filter((c): c is CardChild => Boolean(c));
  const [only] = kids;
  return { type: 'div', props: { style: { display: 'flex', ...style }, children: kids.length === 1 && only !== undefined ? only : kids } };
}
