import type { HolidayOverrides } from './holidays.ts';

/** Which documents get pages (the `documents` setting of the hub config). */
export interface DocumentSelection {
  /** Only documents transmitted (or, lacking that, adopted) on or after this day, `YYYY-MM-DD`. */
  since?: string | undefined;
  /** Only documents that at least one chamber has a scrutiny entry for. */
  withScrutinyOnly: boolean;
  /** The institutions' holidays of a year where the configuration replaces the built-in list (for deadlines). */
  holidays?: HolidayOverrides | undefined;
}

/** What the selection reads of a document. */
export interface SelectableDocument {
  transmissionDate?: string | undefined;
  adoptionDate?: string | undefined;
  scrutinies: readonly { reasonedOpinion?: boolean | undefined }[];
}

/**
 * True when a document gets a page: recent enough (a document with no date is not) and scrutinised
 * if asked; or, whatever its date, one that a chamber sent a reasoned opinion on (the record that
 * chamber hubs, former members' included, link to and people quote).
 */
export function isSelected(doc: SelectableDocument, rule: DocumentSelection): boolean {
  if (rule.withScrutinyOnly && doc.scrutinies.length === 0) return false;
  if (rule.since === undefined || doc.scrutinies.some((s) => s.reasonedOpinion)) return true;
  const day = doc.transmissionDate ?? doc.adoptionDate;
  return day !== undefined && day >= rule.since;
}
