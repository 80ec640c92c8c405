import { chamberCode } from '../../model/schemas.ts';
import type { MergedHit } from '../hits.ts';
import { FIELDS } from '../mapping.ts';
import type { ItemProblem } from '../problems.ts';
import { commonFields } from './common.ts';
import type { MapContext, Mapped, NewsDraft } from './context.ts';
import { brusselsInstant } from './dates.ts';

/** Chamber codes from `parliaments`: lower-cased, unknown or malformed ones dropped with a warning. */
function chambersOf(value: unknown, id: string, registry: ReadonlySet<string> | undefined): { chambers: string[]; warnings: ItemProblem[] } {
  const chambers = new Set<string>();
  const warnings: ItemProblem[] = [];
  for (const raw of Array.isArray(value) ? value : []) {
    const code = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
    if (!chamberCode.safeParse(code).success || (registry && !registry.has(code))) {
      warnings.push({ id, field: 'parliaments', reason: `unknown chamber ${JSON.stringify(raw)} dropped (add it to registries/chambers.json)` });
    } else chambers.add(code);
  }
  return { chambers: [...chambers].sort(), warnings };
}

/** A news item from an IPEX hit. */
export function mapNews(hit: MergedHit, ctx: MapContext): Mapped<NewsDraft> {
  const names = FIELDS.news;
  const published = brusselsInstant(hit.source[names.date]);
  const { chambers, warnings } = chambersOf(hit.source[names.chambers], hit.id, ctx.chambers);
  return {
    id: hit.id,
    // An unreadable date is passed on as it is, for the schema to reject and name.
    draft: { ...commonFields(hit, ctx.base, ctx.primaryLang, names), published: published ?? String(hit.source[names.date] ?? ''), chambers },
    date: published,
    warnings,
  };
}
