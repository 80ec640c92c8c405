// Writes content/snapshot/documents.json for the sample (called by scripts/make-sample.ts).
// Unlike make-sample.ts it uses the hub's own schema and rules, so the sample's first-seen
// moments (opinions, thresholds) are what a sync would have recorded.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { chamberSchema, documentSchema, SNAPSHOT_FORMAT, type Chamber } from '../../src/model/schemas.ts';
import { cardsReached } from '../../src/model/subsidiarity.ts';
import { LISBON, subsidiarityDeadline } from '../../src/model/deadline.ts';
import { slugFor } from '../../src/model/identity.ts';
import { orderItem } from '../../src/sync/serialize.ts';
import type { StoredItem } from '../../src/sync/types.ts';
import { SAMPLE_DOCUMENTS, type SampleDocument, type SampleScrutiny } from './document-table.ts';

const IPEX = 'https://ipex.eu/IPEXL-WEB';
/** Labels of the tag keys documents use, as make-sample.ts writes them for other items. */
const TAGS: Record<string, { en: string; fr: string }> = {
  digital: { en: 'Digital', fr: 'Numérique' },
  subsidiarity: { en: 'Subsidiarity', fr: 'Subsidiarité' },
  climate: { en: 'Climate', fr: 'Climat' },
  agriculture: { en: 'Agriculture', fr: 'Agriculture' },
  europol: { en: 'Europol scrutiny', fr: "Contrôle d'Europol" },
  'political-dialogue': { en: 'Political dialogue', fr: 'Dialogue politique' },
};

const idOf = (reference: string) => reference.replace(/^([A-Z]+)\((\d{4})\) (\d+)$/, (_, s: string, y: string, n: string) => `${s}${y}${n.padStart(4, '0')}`);
const hex = (key: string) => createHash('md5').update(key).digest('hex');
/** The hub saw a day's news the next morning: 09:00 UTC plus a few minutes that keep moments distinct. */
const seenAt = (day: string, minutes: number) => new Date(Date.parse(`${day}T09:00:00Z`) + 86_400_000 + minutes * 60_000).toISOString();
/** Documents from before the hub (2006–2025) were first seen by its first full sync of documents. */
const HISTORY_SYNC = '2026-09-01T05:00:00Z';
/** When the hub saw something of the `i`th document on `day` (`j` its chamber's place): apart by minutes, never at one moment. */
const seenFrom = (day: string, i: number, j: number) =>
  day < '2026-01-01' ? new Date(Date.parse(HISTORY_SYNC) + (i * 20 + j) * 60_000).toISOString() : seenAt(day, i * 7 + j);

function scrutinyOf(s: SampleScrutiny, chambers: Map<string, Chamber>, preLisbon: boolean): StoredItem {
  const names = chambers.get(s.chamber)?.names ?? { en: s.chamber };
  const file = (what: { en: string; fr: string }) => ({
    url: `${IPEX}/download/file/${hex(`${s.chamber}-${s.opinion ?? s.dialogue}`)}`,
    title: { en: `${what.en} — ${names.en}`, fr: `${what.fr} — ${names.fr ?? names.en}` },
  });
  return {
    chamber: s.chamber,
    status: s.status,
    reasonedOpinion: s.opinion !== undefined || s.undated === true,
    ...(s.opinion && { reasonedOpinionDate: s.opinion }),
    politicalDialogue: s.dialogue !== undefined,
    documents: s.opinion
      ? [file(preLisbon ? { en: 'Opinion', fr: 'Avis' } : { en: 'Reasoned opinion', fr: 'Avis motivé' })]
      : s.dialogue
        ? [file({ en: 'Contribution', fr: 'Contribution' })]
        : [],
  };
}

/** One document as a sync would have left it: opinions seen the day after adoption, thresholds when the tipping opinion was seen. */
function documentOf(d: SampleDocument, i: number, syncedAt: string, chambers: Map<string, Chamber>, taken: Set<string>): StoredItem {
  const id = idOf(d.reference);
  const firstSeen = seenFrom(d.transmitted, i, 0);
  const rules = {
    legalBasis: d.legalBasis,
    procedure: d.procedure,
    transmissionDate: d.transmitted,
    adoptionDate: d.adopted,
    subsidiarityDeadline: d.deadline,
  };
  // An undated opinion was seen, at the latest, when the check closed.
  const undatedSeen = subsidiarityDeadline(rules) ?? d.transmitted;
  const opinions = d.scrutinies
    .flatMap((s, j) => (s.opinion || s.undated ? [{ chamber: s.chamber, at: seenFrom(s.opinion ?? undatedSeen, i, j + 1) }] : []))
    .sort((a, b) => (a.at < b.at ? -1 : 1));
  const opinionsSeen = Object.fromEntries(opinions.map((o) => [o.chamber, o.at]));
  const thresholdsSeen: Record<string, string> = {};
  const registry = [...chambers.values()];
  opinions.forEach((_, k) => {
    const seen = new Set(opinions.slice(0, k + 1).map((o) => o.chamber));
    const scrutinies = d.scrutinies.map((s) => ({ chamber: s.chamber, reasonedOpinion: seen.has(s.chamber), reasonedOpinionDate: s.opinion }));
    for (const card of cardsReached({ ...rules, scrutinies }, registry)) thresholdsSeen[card] ??= opinions[k]?.at ?? firstSeen;
  });
  const changes = d.scrutinies
    .flatMap((s, j) => [s.opinion, s.dialogue].flatMap((day) => (day ? [seenAt(day, i * 7 + j)] : [])))
    .filter((t) => t > firstSeen)
    .sort();
  const slug = slugFor('documents', id, { en: d.reference }, taken);
  taken.add(slug);
  const item: StoredItem = {
    id,
    slug,
    firstSeen,
    ...(changes.length > 0 && { updated: changes.at(-1) }),
    title: d.title,
    summary: d.body.en && { en: d.body.en.replace(/\*\*/g, ''), fr: d.body.fr.replace(/\*\*/g, '') },
    body: d.body,
    tags: d.tags.map((key) => ({ key, label: TAGS[key] ?? { en: key } })),
    reference: d.reference,
    ...(d.procedure && { procedure: d.procedure }),
    adoptionDate: d.adopted,
    transmissionDate: d.transmitted,
    ...(d.deadline && { subsidiarityDeadline: d.deadline }),
    legalBasis: d.legalBasis,
    scrutinies: d.scrutinies.map((s) => scrutinyOf(s, chambers, d.transmitted < LISBON)).sort((a, b) => (String(a.chamber) < String(b.chamber) ? -1 : 1)),
    ...(opinions.length > 0 && { opinionsSeen }),
    ...(Object.keys(thresholdsSeen).length > 0 && { thresholdsSeen }),
    source: `${IPEX}/dossier/document/${id}`,
  };
  const late = [firstSeen, ...changes].find((t) => t > syncedAt);
  if (late) throw new Error(`sample document ${id}: ${late} is after syncedAt`);
  const check = documentSchema.safeParse(item);
  if (!check.success) throw new Error(`sample document ${id}: ${check.error.issues[0]?.path.join('.')}: ${check.error.issues[0]?.message}`);
  return orderItem(item);
}

/** Writes `<content>/snapshot/documents.json` from the table, with the registry's chambers. */
export function writeSampleDocuments(contentDir: string, syncedAt: string, registry: unknown): number {
  const chambers = z.array(chamberSchema).parse(registry);
  const byCode = new Map(chambers.map((c) => [c.code, c]));
  const taken = new Set<string>();
  const items = SAMPLE_DOCUMENTS.map((d, i) => documentOf(d, i, syncedAt, byCode, taken)).sort((a, b) => (String(a.firstSeen) < String(b.firstSeen) ? -1 : 1));
  const envelope = { format: SNAPSHOT_FORMAT, kind: 'documents', sample: true, syncedAt, items };
  writeFileSync(path.join(contentDir, 'snapshot', 'documents.json'), `${JSON.stringify(envelope, null, 2)}\n`);
  return items.length;
}
