import { chamberCode, SCRUTINY_STATUSES } from '../../model/schemas.ts';
import type { ItemProblem } from '../problems.ts';
import { parseIpexDate } from './dates.ts';
import { htmlToLine } from './html.ts';
import { localized } from './localized.ts';

/** One chamber's scrutiny as the snapshot holds it (before the schema checks it). */
export interface ScrutinyDraft {
  chamber: string;
  status?: (typeof SCRUTINY_STATUSES)[number];
  reasonedOpinion: boolean;
  reasonedOpinionDate?: string;
  politicalDialogue: boolean;
  documents: { url: string; title?: Record<string, string> }[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** IPEX flags: `true` (or the string "true"); anything else is false. */
const flag = (v: unknown): boolean => v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');

function statusOf(value: unknown): ScrutinyDraft['status'] | 'bad' | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const s =
    typeof value === 'string'
      ? value
          .trim()
          .toLowerCase()
          .replace(/[\s_]+/g, '-')
      : '';
  return SCRUTINY_STATUSES.find((x) => x === s) ?? 'bad';
}

/** A chamber document's URL: a path resolves against the IPEX origin, an absolute http(s) URL stays; other schemes give undefined. */
function documentUrl(value: string, base: string): string | undefined {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function documentsOf(value: unknown, base: string, id: string, field: string, warnings: ItemProblem[]): ScrutinyDraft['documents'] {
  const out: ScrutinyDraft['documents'] = [];
  (Array.isArray(value) ? value : []).forEach((d: unknown, i) => {
    const raw = isRecord(d) ? d.url : undefined;
    const url = typeof raw === 'string' ? documentUrl(raw, base) : undefined;
    if (url === undefined) {
      warnings.push({ id, field: `${field}.documents[${i}].url`, reason: `${JSON.stringify(raw ?? null).slice(0, 80)} is not a web link: document dropped` });
      return;
    }
    if (out.some((o) => o.url === url)) return;
    const title = isRecord(d) ? localized(d.titles, htmlToLine) : undefined;
    out.push({ url, ...(title && { title }) });
  });
  return out;
}

/**
 * Each chamber's scrutiny from `scrutinies[]`: one per chamber code, sorted; dropped values are
 * warnings. A well-formed code the registry lacks is kept (pages show it by its code, the tally
 * leaves it out) and reported as `unknown chamber ukxyz on COM(2013) 534`.
 */
export function scrutiniesOf(
  value: unknown,
  id: string,
  base: string,
  registry: ReadonlySet<string> | undefined,
  reference = id,
): { scrutinies: ScrutinyDraft[]; warnings: ItemProblem[] } {
  const byChamber = new Map<string, ScrutinyDraft>();
  const warnings: ItemProblem[] = [];
  (Array.isArray(value) ? value : []).forEach((raw: unknown, i) => {
    const field = `scrutinies[${i}]`;
    const s = isRecord(raw) ? raw : {};
    const code = typeof s.parliament === 'string' ? s.parliament.trim().toLowerCase() : '';
    if (!chamberCode.safeParse(code).success) {
      warnings.push({ id, field: `${field}.parliament`, reason: `${JSON.stringify(s.parliament ?? null)} is not a chamber code: scrutiny dropped` });
      return;
    }
    if (registry && !registry.has(code)) {
      warnings.push({
        id,
        field: `${field}.parliament`,
        reason: `unknown chamber ${code} on ${reference}: kept and left out of the tally (add it to registries/chambers.json)`,
      });
    }
    if (byChamber.has(code)) {
      warnings.push({ id, field: `${field}.parliament`, reason: `a second scrutiny of ${code}: dropped, the first is kept` });
      return;
    }
    const status = statusOf(s.status);
    if (status === 'bad')
      warnings.push({ id, field: `${field}.status`, reason: `${JSON.stringify(s.status)} is not one of ${SCRUTINY_STATUSES.join(', ')}: dropped` });
    const date = parseIpexDate(s.reasonedOpinionDate)?.day;
    if (date === undefined && s.reasonedOpinionDate !== undefined && s.reasonedOpinionDate !== null) {
      warnings.push({ id, field: `${field}.reasonedOpinionDate`, reason: `${JSON.stringify(s.reasonedOpinionDate)} is not a day YYYY-MM-DD: dropped` });
    }
    byChamber.set(code, {
      chamber: code,
      ...(status !== undefined && status !== 'bad' && { status }),
      reasonedOpinion: flag(s.reasonedOpinion),
      ...(date !== undefined && { reasonedOpinionDate: date }),
      politicalDialogue: flag(s.politicalDialogue),
      documents: documentsOf(s.documents, base, id, field, warnings),
    });
  });
  return { scrutinies: [...byChamber.values()].sort((a, b) => (a.chamber < b.chamber ? -1 : 1)), warnings };
}
