import { idOfLink, type MergedHit } from '../hits.ts';
import { FIELDS } from '../mapping.ts';
import type { ItemProblem } from '../problems.ts';
import { commonFields } from './common.ts';
import type { MapContext, Mapped, TopicDraft } from './context.ts';
import { brusselsInstant } from './dates.ts';

/** Related news and events from the related links' `url`s; links to anything else are dropped with a warning. */
function relatedOf(
  value: unknown,
  id: string,
  known: MapContext['known'],
  name: string,
): { related: { news: string[]; events: string[] }; warnings: ItemProblem[] } {
  const news = new Set<string>();
  const events = new Set<string>();
  const warnings: ItemProblem[] = [];
  (Array.isArray(value) ? value : []).forEach((link: unknown, i) => {
    const url = typeof link === 'object' && link !== null && 'url' in link && typeof link.url === 'string' ? link.url : undefined;
    const target = url === undefined ? undefined : idOfLink(url);
    if (target !== undefined && known.news.has(target)) news.add(target);
    else if (target !== undefined && known.events.has(target)) events.add(target);
    else
      warnings.push({
        id,
        field: `${name}[${i}].url`,
        reason: `${url === undefined ? 'missing' : JSON.stringify(url)}: no news or event with that id; dropped`,
      });
  });
  return { related: { news: [...news].sort(), events: [...events].sort() }, warnings };
}

/** A hot topic from an IPEX hit; `lastUpdateDate` only orders new topics. */
export function mapTopic(hit: MergedHit, ctx: MapContext): Mapped<TopicDraft> {
  const names = FIELDS.topics;
  const { related, warnings } = relatedOf(hit.source[names.related], hit.id, ctx.known, names.related);
  return { id: hit.id, draft: { ...commonFields(hit, ctx.base, ctx.primaryLang, names), related }, date: brusselsInstant(hit.source[names.date]), warnings };
}
