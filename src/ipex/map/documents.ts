import type { MergedHit } from '../hits.ts';
import { FIELDS } from '../mapping.ts';
import type { ItemProblem } from '../problems.ts';
import { commonFields } from './common.ts';
import type { DocumentDraft, MapContext, Mapped } from './context.ts';
import { parseIpexDate } from './dates.ts';
import { htmlToLine } from './html.ts';
import { scrutiniesOf } from './scrutinies.ts';

const PROCEDURE = /^(\d{4})\/(\d{1,4})\(([A-Z]{3})\)$/;

/** Reads an optional value; one that is present but unusable is dropped with a warning. */
function optional<T>(value: unknown, read: (v: unknown) => T | undefined, id: string, field: string, expected: string, warnings: ItemProblem[]): T | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const out = read(value);
  if (out === undefined) warnings.push({ id, field, reason: `${JSON.stringify(value).slice(0, 80)} is not ${expected}: dropped` });
  return out;
}

const dayOf = (v: unknown) => parseIpexDate(v)?.day;
const procedureOf = (v: unknown) => {
  const p = typeof v === 'string' ? htmlToLine(v).replace(/\s+/g, '').toUpperCase() : '';
  return PROCEDURE.test(p) ? p : undefined;
};

/** Legal bases as lines of text, empty and repeated ones dropped. */
function legalBasisOf(value: unknown): string[] {
  const list = (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []).flatMap((v: unknown) =>
    typeof v === 'string' ? [htmlToLine(v)] : [],
  );
  return [...new Set(list.filter(Boolean))];
}

/** An EU document and every chamber's scrutiny of it, from an IPEX hit. */
export function mapDocument(hit: MergedHit, ctx: MapContext): Mapped<DocumentDraft> {
  const s = hit.source;
  const names = FIELDS.documents;
  const warnings: ItemProblem[] = [];
  const field = <T>(name: string, read: (v: unknown) => T | undefined, expected: string) => optional(s[name], read, hit.id, name, expected, warnings);
  const procedure = field(names.procedure, procedureOf, 'a procedure such as 2026/0275(COD)');
  const adoptionDate = field(names.adoptionDate, dayOf, 'a day YYYY-MM-DD');
  const transmissionDate = field(names.date, dayOf, 'a day YYYY-MM-DD');
  const subsidiarityDeadline = field(names.deadline, dayOf, 'a day YYYY-MM-DD');
  // An empty reference is left for the schema to reject, so the report names the field.
  const raw = s[names.reference];
  const reference = typeof raw === 'string' ? htmlToLine(raw) : '';
  const scrutinies = scrutiniesOf(s[names.scrutinies], hit.id, ctx.base, ctx.chambers, reference || hit.id);
  return {
    id: hit.id,
    draft: {
      ...commonFields(hit, ctx.base, ctx.primaryLang, names),
      reference,
      ...(procedure && { procedure }),
      ...(adoptionDate && { adoptionDate }),
      ...(transmissionDate && { transmissionDate }),
      ...(subsidiarityDeadline && { subsidiarityDeadline }),
      legalBasis: legalBasisOf(s[names.legalBasis]),
      scrutinies: scrutinies.scrutinies,
    },
    date: transmissionDate ?? adoptionDate,
    warnings: [...warnings, ...scrutinies.warnings],
  };
}
