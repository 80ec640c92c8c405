/** An official reference read: series, year and number (`COM(2026) 538` → COM, 2026, 538). */
export interface Reference {
  series: string;
  year: number;
  number: number;
}

/** Reads `COM(2026) 538`, `COM(2026)538 final` or `COM/2026/0538 final`; undefined otherwise. */
export function parseReference(reference: string): Reference | undefined {
  const m = /^\s*([A-Z]{2,5})\s*(?:\(\s*(\d{4})\s*\)\s*|\/\s*(\d{4})\s*\/\s*)(\d{1,4})(?:\s+final)?\s*$/iu.exec(reference);
  if (!m?.[1] || !m[4]) return undefined;
  return { series: m[1].toUpperCase(), year: Number(m[2] ?? m[3]), number: Number(m[4]) };
}

/** What tells a proposal from a communication or report. */
export interface CelexInput {
  reference: string;
  /** The interinstitutional procedure (`2026/0275(COD)`), when the document has one. */
  procedure?: string | undefined;
  /** The English title, when there is one. */
  titleEn?: string | undefined;
}

/**
 * The EUR-Lex CELEX number of a Commission document: `5{year}PC{number}` for proposals (the
 * document has an interinstitutional procedure, or its English title begins "Proposal" or
 * "Amended proposal"), `5{year}DC{number}` for communications and reports (neither). Other series
 * (JOIN, SEC, SWD) have descriptors not verified here: undefined rather than a wrong link.
 */
export function celexOf(doc: CelexInput): string | undefined {
  const ref = parseReference(doc.reference);
  if (!ref || ref.series !== 'COM') return undefined;
  const proposal = Boolean(doc.procedure?.trim()) || /^\s*(amended\s+)?proposals?\b/iu.test(doc.titleEn ?? '');
  return `5${ref.year}${proposal ? 'PC' : 'DC'}${String(ref.number).padStart(4, '0')}`;
}

/** The EUR-Lex page of a CELEX number, in a language. */
export function eurLexUrl(celex: string, lang = 'en'): string {
  return `https://eur-lex.europa.eu/legal-content/${lang.toUpperCase()}/TXT/?uri=CELEX:${celex}`;
}
