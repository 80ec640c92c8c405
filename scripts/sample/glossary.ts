// Writes content/snapshot/glossary.json for the sample (called by scripts/make-sample.ts): the terms
// of scripts/sample/data/glossary.ts as a sync would have left them, slugs and summaries by the
// hub's own rules, every term checked with the build's schema.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { leadOf } from '../../src/ipex/map/lead.ts';
import { slugFor } from '../../src/model/identity.ts';
import { glossarySchema } from '../../src/model/schemas.ts';
import { serializeSnapshot } from '../../src/sync/serialize.ts';
import type { StoredItem } from '../../src/sync/types.ts';
import { SAMPLE_TERMS, type SampleTerm } from './data/glossary.ts';
import { tagsOf } from './data/tags.ts';

const IPEX = 'https://ipex.eu/IPEXL-WEB';
/** The hub first saw the glossary on its first sync: one minute apart, in table order. */
const FIRST_SYNC = Date.parse('2026-09-01T06:00:00Z');

function termOf(term: SampleTerm, i: number, taken: Set<string>): StoredItem {
  const id = createHash('md5').update(`glossary-${term.key}`).digest('hex');
  const title = term.title;
  const slug = slugFor('glossary', id, title, taken);
  taken.add(slug);
  const item: StoredItem = {
    id,
    slug,
    firstSeen: new Date(FIRST_SYNC + i * 60_000).toISOString(),
    title,
    summary: { en: leadOf(term.body.en), fr: leadOf(term.body.fr) },
    body: term.body,
    tags: tagsOf(term.tags ?? []),
    source: `${IPEX}/glossary/${id}`,
  };
  const check = glossarySchema.safeParse(item);
  if (!check.success) throw new Error(`sample term ${term.key}: ${check.error.issues[0]?.path.join('.')}: ${check.error.issues[0]?.message}`);
  return item;
}

/** Writes `<content>/snapshot/glossary.json` from the table; returns the number of terms. */
export function writeSampleGlossary(contentDir: string, syncedAt: string): number {
  const taken = new Set<string>();
  const items = SAMPLE_TERMS.map((t, i) => termOf(t, i, taken));
  writeFileSync(path.join(contentDir, 'snapshot', 'glossary.json'), serializeSnapshot('glossary', syncedAt, items, true));
  return items.length;
}
