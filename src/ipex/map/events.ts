import type { MergedHit } from '../hits.ts';
import { FIELDS } from '../mapping.ts';
import { commonFields } from './common.ts';
import type { EventDraft, MapContext, Mapped } from './context.ts';
import { eventSpan } from './dates.ts';
import { htmlToLine } from './html.ts';
import { meetingDocumentsOf } from './meeting-documents.ts';
import { conferenceOf } from './tags.ts';

/** A calendar event from an IPEX hit; times are Brussels local times (the schema's default zone). */
export function mapEvent(hit: MergedHit, ctx: MapContext): Mapped<EventDraft> {
  const names = FIELDS.events;
  const common = commonFields(hit, ctx.base, ctx.primaryLang, names);
  const span = eventSpan(hit.source[names.date], hit.source[names.end]);
  // `address` is free text (venue, city, country in any order): kept whole, in the primary language.
  const raw = hit.source[names.address];
  const address = typeof raw === 'string' ? htmlToLine(raw) : '';
  const docs = meetingDocumentsOf(hit.source.documents, hit.id, ctx.base);
  return {
    id: hit.id,
    draft: {
      ...common,
      start: span.start ?? String(hit.source[names.date] ?? ''),
      ...(span.end && { end: span.end }),
      ...(address && { venue: { [ctx.primaryLang]: address } }),
      conference: conferenceOf(common.tags, common.title),
      ...(docs.documents.length > 0 && { documents: docs.documents }),
    },
    date: span.start,
    warnings: docs.warnings,
  };
}
