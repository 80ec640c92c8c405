import type { MergedHit } from '../hits.ts';
import { FIELDS } from '../mapping.ts';
import { commonFields } from './common.ts';
import type { GlossaryDraft, MapContext, Mapped } from './context.ts';

/** A glossary term from an IPEX hit: the term per language (`titles`), its definition (`descriptions`,
 * sanitised to Markdown like every IPEX description) and its labels. IPEX gives no date: new terms are
 * ordered by id. */
export function mapGlossary(hit: MergedHit, ctx: MapContext): Mapped<GlossaryDraft> {
  return { id: hit.id, draft: commonFields(hit, ctx.base, ctx.primaryLang, FIELDS.glossary), date: undefined, warnings: [] };
}
