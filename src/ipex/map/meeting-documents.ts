import { MEETING_DOCUMENT_TYPES, type MeetingDocumentType } from '../../model/schemas.ts';
import type { ItemProblem } from '../problems.ts';
import { brusselsInstant } from './dates.ts';
import { htmlToLine } from './html.ts';
import { localized } from './localized.ts';

/** One document of a meeting as the snapshot holds it (before the schema checks it). */
export interface MeetingDocumentDraft {
  id: string;
  type: MeetingDocumentType;
  url: string;
  title?: Record<string, string>;
  published?: string;
}

const FILE = /\/download\/file\/([0-9a-fA-F]{32})\/?$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The file's URL on the IPEX origin and its id, from a path or a URL on any IPEX host; undefined if it names no file. */
function fileOf(value: unknown, base: string): { id: string; url: string } | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim(), base);
    const m = FILE.exec(url.pathname);
    if (!m?.[1] || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
    const id = m[1].toLowerCase();
    // Mirrors (secure.ipex.eu, ipexl.europarl…) serve the same files: link the configured origin.
    return { id, url: new URL(`/IPEXL-WEB/download/file/${id}`, base).href };
  } catch {
    return undefined;
  }
}

function typeOf(value: unknown): MeetingDocumentType | undefined {
  const s = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return MEETING_DOCUMENT_TYPES.find((t) => t === s);
}

/** A meeting's documents from `documents[]`: one per file, in IPEX's order; a bad entry is dropped with a warning, never the event. */
export function meetingDocumentsOf(value: unknown, id: string, base: string): { documents: MeetingDocumentDraft[]; warnings: ItemProblem[] } {
  const documents: MeetingDocumentDraft[] = [];
  const warnings: ItemProblem[] = [];
  if (value !== undefined && value !== null && !Array.isArray(value)) {
    return { documents, warnings: [{ id, field: 'documents', reason: `${JSON.stringify(value).slice(0, 80)} is not a list: dropped` }] };
  }
  (value ?? []).forEach((raw: unknown, i: number) => {
    const field = `documents[${i}]`;
    const d = isRecord(raw) ? raw : {};
    const file = fileOf(d.url, base);
    if (!file) {
      warnings.push({
        id,
        field: `${field}.url`,
        reason: `${JSON.stringify(d.url ?? null).slice(0, 80)} is not an IPEX file link /IPEXL-WEB/download/file/<32 hex>: document dropped`,
      });
      return;
    }
    if (documents.some((o) => o.id === file.id)) {
      warnings.push({ id, field: `${field}.url`, reason: `file ${file.id} is listed twice: the first is kept` });
      return;
    }
    let type = typeOf(d.documentType);
    if (type === undefined) {
      warnings.push({
        id,
        field: `${field}.documentType`,
        reason: `${JSON.stringify(d.documentType ?? null).slice(0, 80)} is not one of ${MEETING_DOCUMENT_TYPES.join(', ')}: taken as other`,
      });
      type = 'other';
    }
    const title = localized(d.titles, htmlToLine);
    const published = brusselsInstant(d.publicationDate);
    if (published === undefined && d.publicationDate !== undefined && d.publicationDate !== null && d.publicationDate !== '') {
      warnings.push({
        id,
        field: `${field}.publicationDate`,
        reason: `${JSON.stringify(d.publicationDate).slice(0, 80)} is not a date YYYY-MM-DD HH:mm: dropped`,
      });
    }
    documents.push({ ...file, type, ...(title && { title }), ...(published && { published }) });
  });
  return { documents, warnings };
}
