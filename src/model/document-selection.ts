/** Which documents get pages (the `documents` setting of the hub config). */
export interface DocumentSelection {
  /** Only documents transmitted (or, lacking that, adopted) on or after this day, `YYYY-MM-DD`. */
  since?: string | undefined;
  /** Only documents that at least one chamber has a scrutiny entry for. */
  withScrutinyOnly: boolean;
}

/** What the selection reads of a document. */
export interface SelectableDocument {
  transmissionDate?: string | undefined;
  adoptionDate?: string | undefined;
  scrutinies: readonly unknown[];
}

/** True when a document gets a page: recent enough (a document with no date is not) and scrutinised if asked. */
export function isSelected(doc: SelectableDocument, rule: DocumentSelection): boolean {
  if (rule.withScrutinyOnly && doc.scrutinies.length === 0) return false;
  if (rule.since === undefined) return true;
  const day = doc.transmissionDate ?? doc.adoptionDate;
  return day !== undefined && day >= rule.since;
}

/** The documents that get pages, in their order. */
export function selectDocuments<D extends SelectableDocument>(docs: readonly D[], rule: DocumentSelection): D[] {
  return docs.filter((d) => isSelected(d, rule));
}
