/**
 * Generates the committed SAMPLE snapshot (content/snapshot/*.json) and the chamber
 * registry (content/registries/chambers.json).
 *
 *   node scripts/make-sample.ts
 *
 * Deterministic: ids are hashes of stable keys, everything else comes from a seeded PRNG,
 * so re-running produces byte-identical files. The data is invented for development and
 * tests; it is NOT real IPEX content. `npm run sync` replaces the snapshot with real data.
 *
 * The tables live in scripts/sample/data/, the generators next to them in scripts/sample/;
 * slugs come from the sync's rules (src/model/identity.ts), every item is checked with the
 * build's schemas, and files are written by the sync's serializer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serializeSnapshot } from '../src/sync/serialize.ts';
import { buildSample, SAMPLE_KINDS } from './sample/assemble.ts';
import { SYNCED_AT } from './sample/basics.ts';
import { editorialProblems, schemaProblems, selfCheck } from './sample/check.ts';
import { writeSampleDocuments } from './sample/documents.ts';
import { writeSampleGlossary } from './sample/glossary.ts';

const CONTENT = path.resolve(import.meta.dirname, '..', 'content');

function write(rel: string, text: string): void {
  const file = path.join(CONTENT, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const built = buildSample();
const problems = [...schemaProblems(built), ...selfCheck(built), ...(await editorialProblems(built, CONTENT))];
if (problems.length) {
  console.error(`make-sample: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
for (const kind of SAMPLE_KINDS) write(`snapshot/${kind}.json`, serializeSnapshot(kind, SYNCED_AT, built[kind], true));
write('registries/chambers.json', `${JSON.stringify(built.chambers, null, 2)}\n`);
console.log(`make-sample: ${writeSampleDocuments(CONTENT, SYNCED_AT, built.chambers)} documents (scripts/sample/documents.ts)`);
console.log(`make-sample: ${writeSampleGlossary(CONTENT, SYNCED_AT)} glossary terms (scripts/sample/glossary.ts)`);
console.log(`make-sample: ${built.news.length} news, ${built.events.length} events, ${built.topics.length} topics, ${built.chambers.length} chambers`);
for (const n of built.notes) console.log(`  ${n}`);
