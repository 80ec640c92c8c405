// Checks of the generated sample: every item and chamber through the build's own schemas, then the
// promises the sample makes to the site code and tests, then the editors' example files.
import { fromZod } from '../../src/model/errors.ts';
import { readEditorial } from '../../src/content/editorial.ts';
import { chamberSchema, itemSchemas } from '../../src/model/schemas.ts';
import { FIXED_FIELDS, isEditorialId } from '../../src/model/identity.ts';
import { SAMPLE_KINDS, type Built } from './assemble.ts';
import { SYNCED_AT, type Text } from './basics.ts';
import { HOSTILE_TITLE } from './data/misc-news.ts';

/** Every generated item and chamber checked with the schema the build uses; one message per invalid one. */
export function schemaProblems(b: Built): string[] {
  const problems: string[] = [];
  for (const kind of SAMPLE_KINDS) {
    for (const item of b[kind]) {
      const r = itemSchemas[kind].safeParse(item);
      if (!r.success) problems.push(fromZod({ file: `snapshot/${kind}.json`, id: String(item.id) }, r.error).message);
    }
  }
  for (const [i, c] of b.chambers.entries()) {
    const r = chamberSchema.safeParse(c);
    if (!r.success) problems.push(fromZod({ file: 'registries/chambers.json', id: `#${i}` }, r.error).message);
  }
  return problems;
}

/** The sample's own promises (sizes, variety, dates before the sync, links between items), beyond what the schemas check. */
export function selfCheck(b: Built): string[] {
  const problems: string[] = [];
  const fail = (m: string) => problems.push(m);
  const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
  const codes = new Set(b.chambers.map((c) => c.code));
  const tagLabels = new Map<string, string>();

  if (b.news.length < 64) fail(`only ${b.news.length} news`);
  if (b.events.length < 84) fail(`only ${b.events.length} events`);
  if (b.topics.length < 12) fail(`only ${b.topics.length} topics`);
  if (b.chambers.length !== 42) fail(`${b.chambers.length} chambers, expected 39 + 2 former (UK) + EP`);

  for (const [kind, items] of [
    ['news', b.news],
    ['events', b.events],
    ['topics', b.topics],
  ] as const) {
    const ids = new Set<string>();
    const slugs = new Set<string>();
    const seen = new Set<string>();
    for (const it of items) {
      const where = `${kind} ${it.id}`;
      const id = it.id;
      if (!/^[0-9a-f]{32}$/.test(id)) fail(`${where}: id`);
      if (ids.has(id)) fail(`${where}: duplicate id`);
      ids.add(id);
      const slug = it.slug;
      if (slugs.has(slug)) fail(`${where}: duplicate slug ${slug}`);
      slugs.add(slug);
      const fs = it.firstSeen;
      if (seen.has(fs)) fail(`${where}: duplicate firstSeen ${fs}`);
      seen.add(fs);
      const dates: [string, string | undefined][] = [
        ['firstSeen', it.firstSeen],
        ['updated', it.updated],
        ['withdrawn', it.withdrawn],
        ['published', 'published' in it ? it.published : undefined],
      ];
      for (const [f, v] of dates) {
        if (v === undefined) continue;
        if (!ISO.test(v)) fail(`${where}: ${f} format`);
        if (v > SYNCED_AT) fail(`${where}: ${f} ${v} after syncedAt`);
      }
      if (it.updated !== undefined && it.updated < fs) fail(`${where}: updated before firstSeen`);
      if (it.withdrawn !== undefined && it.withdrawn < fs) fail(`${where}: withdrawn before firstSeen`);
      if (!Object.values(it.title).some((t) => t.trim())) fail(`${where}: empty title`);
      for (const field of ['title', 'summary'] as const) {
        for (const [lang, v] of Object.entries(it[field] ?? {})) {
          if (/\n/.test(v) || !v.trim()) fail(`${where}: ${field}.${lang} not a single non-empty line`);
        }
      }
      for (const t of it.tags) {
        const label = JSON.stringify(t.label);
        if (tagLabels.has(t.key) && tagLabels.get(t.key) !== label) fail(`${where}: tag ${t.key} label differs`);
        tagLabels.set(t.key, label);
      }
      if (!it.source.startsWith('https://ipex.eu/IPEXL-WEB/')) fail(`${where}: source`);
    }
  }

  for (const n of b.news) {
    if (n.published > n.firstSeen) fail(`news ${n.id}: published after firstSeen`);
    for (const c of n.chambers) if (!codes.has(c)) fail(`news ${n.id}: chamber ${c}`);
    if (n.chambers.length > 3) fail(`news ${n.id}: more than 3 chambers`);
  }
  for (const e of b.events) {
    const s = e.start;
    const en = e.end;
    if (s.length !== en.length) fail(`event ${e.id}: start/end kinds differ`);
    if (en < s) fail(`event ${e.id}: end before start`);
    if (s < '2026-03-01' || s > '2027-06-30T23:59') fail(`event ${e.id}: start ${s} out of range`);
    if (!codes.has(e.organiser)) fail(`event ${e.id}: organiser ${e.organiser}`);
    if (!/^[A-Z]{2}$/.test(e.country)) fail(`event ${e.id}: country`);
    if (e.firstSeen.slice(0, 10) > s.slice(0, 10)) fail(`event ${e.id}: first seen after start`);
    if (e.timeZone !== undefined) {
      try {
        new Intl.DateTimeFormat('en', { timeZone: e.timeZone });
      } catch {
        fail(`event ${e.id}: time zone ${e.timeZone}`);
      }
    }
  }
  const newsIds = new Set(b.news.map((n) => n.id));
  const eventIds = new Set(b.events.map((e) => e.id));
  for (const t of b.topics) {
    const rel = t.related;
    for (const id of rel.news) if (!newsIds.has(id)) fail(`topic ${t.id}: related news ${id} missing`);
    for (const id of rel.events) if (!eventIds.has(id)) fail(`topic ${t.id}: related event ${id} missing`);
    if (rel.news.length + rel.events.length === 0) fail(`topic ${t.id}: nothing related`);
  }

  // Variety promised to the site code.
  const all = [...b.news, ...b.events, ...b.topics];
  const langsOf = (it: { title: Text }) => Object.keys(it.title);
  const enOnly = all.filter((it) => langsOf(it).join() === 'en').length;
  const frOnly = all.filter((it) => langsOf(it).join() === 'fr').length;
  if (enOnly < 4 || enOnly > 7) fail(`${enOnly} English-only items`);
  if (frOnly < 2 || frOnly > 4) fail(`${frOnly} French-only items`);
  const long = all.filter((it) => Object.values(it.title).some((t) => t.length > 200)).length;
  if (long < 4) fail(`only ${long} titles over 200 characters`);
  if (!b.news.some((n) => n.title.en === HOSTILE_TITLE)) fail('hostile item missing');
  if (b.news.filter((n) => n.withdrawn).length < 2) fail('too few withdrawn news');
  if (b.events.filter((e) => e.cancelled).length !== 2) fail('expected 2 cancelled events');
  for (const body of ['cosac', 'speakers']) {
    const adopted = b.events.filter((e) => e.conference === body && e.end < SYNCED_AT && Object.keys(e.textsSeen ?? {}).length > 0);
    if (adopted.length === 0) fail(`no past ${body} meeting with adopted texts`);
  }
  const styles = new Set(b.events.map((e) => `${e.start.length}/${e.start.slice(0, 10) === e.end.slice(0, 10)}`));
  if (styles.size !== 4) fail(`event styles: ${[...styles].join(' ')}`);
  const text = JSON.stringify(all);
  for (const [what, re] of [
    ['Greek', /[α-ω]/],
    ['Cyrillic', /[а-я]/],
    ['Polish', /[ąęłńśźż]/],
    ['Czech', /[ěščřů]/],
    ['Romanian', /[ăâîșț]/],
    ['Maltese', /[ċġħ]/],
    ['German', /[äöüß]/],
  ] as const) {
    if (!re.test(text)) fail(`no ${what} letters`);
  }
  for (const lang of ['el', 'bg', 'pl', 'cs', 'ro', 'mt', 'de']) {
    if (!all.some((it) => lang in it.title)) fail(`no title in ${lang}`);
  }
  return problems;
}

/**
 * Editors' example files: an override must name an item that exists, leave identity alone, and say
 * `sample: true`, since it names a sample id that no real snapshot has.
 */
export async function editorialProblems(b: Built, contentDir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const kind of SAMPLE_KINDS) {
    const ids = new Set(b[kind].map((item) => String(item.id)));
    for (const ed of await readEditorial(contentDir, kind)) {
      const id = ed.front.id;
      if (isEditorialId(id)) continue;
      if (typeof id !== 'string' || !ids.has(id)) problems.push(`${ed.file}: overrides unknown id ${String(id)}`);
      else if (!ed.sample) problems.push(`${ed.file}: overrides sample item ${id}, so it must say sample: true`);
      const fixed = FIXED_FIELDS.find((f) => f !== 'id' && f in ed.front);
      if (fixed) problems.push(`${ed.file}: overrides must not set ${fixed}`);
    }
  }
  return problems;
}
