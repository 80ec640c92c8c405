/** Articles of Title V, chapters 4 and 5 TFEU (judicial cooperation in criminal matters, police cooperation). */
export const ARTICLE_76_RANGE = [82, 89] as const;

/** Names of the TFEU in a legal basis, in the hub's languages (TEU and Euratom articles reuse the numbers). */
const TFEU = /\bTFEU\b|\bTFUE\b|\bTraité sur le fonctionnement\b|\bTreaty on the Functioning\b/iu;

/**
 * The TFEU article numbers a legal basis cites (`"Article 82(1) and 87(2) TFEU"` → `[82, 87]`);
 * none when it does not name the TFEU. Paragraph and point numbers in brackets are ignored.
 */
export function tfeuArticles(basis: string): number[] {
  if (!TFEU.test(basis)) return [];
  const text = basis.replace(/\([^)]*\)/gu, ' ');
  const out = new Set<number>();
  for (const m of text.matchAll(/\bart(?:icles?|s?\.)?\s*((?:\d{1,3}\b\s*(?:,|and|et|&|or|ou|to|à|[-–])?\s*)+)/giu)) {
    for (const n of (m[1] ?? '').match(/\d{1,3}/gu) ?? []) out.add(Number(n));
  }
  return [...out].sort((a, b) => a - b);
}

/** True when a draft falls under Article 76 TFEU: a legal basis among Articles 82–89 TFEU. */
export function isArticle76(legalBasis: readonly string[]): boolean {
  const [from, to] = ARTICLE_76_RANGE;
  return legalBasis.some((b) => tfeuArticles(b).some((n) => n >= from && n <= to));
}
