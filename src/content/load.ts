import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ContentError, fromZod } from './errors.ts';
import { readSnapshot, type RawItem } from './snapshot.ts';
import { readEditorial } from './editorial.ts';
import { applyEditorial, type DraftItem } from './merge.ts';
import { renderMarkdown } from './markdown.ts';
import { chamberSchema, itemSchemas, KINDS, type Chamber, type Kind } from './schemas.ts';
import type { Item, ItemOf, TopicItem } from '../model/item.ts';

/** Everything the site is built from. */
export interface Content {
  news: ItemOf<'news'>[];
  events: ItemOf<'events'>[];
  topics: ItemOf<'topics'>[];
  chambers: Chamber[];
}

/** Options for loading content. */
export interface LoadOptions {
  /** The content folder (snapshot/, editorial/, registries/). */
  dir: string;
  /** Time zone of events that name none. */
  defaultTimeZone: string;
  /** Site origin that relative links in Markdown resolve against. */
  site?: string;
}

/** The chamber registry `<dir>/registries/chambers.json`, checked (`shown` is the folder as errors name it); none when absent. */
export async function readChambers(dir: string, shown: string = dir): Promise<Chamber[]> {
  const file = path.join(shown, 'registries', 'chambers.json');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path.join(dir, 'registries', 'chambers.json'), 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new ContentError({ file }, '(file)', (e as Error).message);
  }
  const list = z.array(z.unknown()).safeParse(json);
  if (!list.success) throw fromZod({ file }, list.error);
  return list.data.map((c, i) => {
    const r = chamberSchema.safeParse(c);
    if (!r.success) throw fromZod({ file, id: `#${i}` }, r.error);
    return r.data;
  });
}

/** Tag labels by key, from the snapshot, so editors can name tags by key alone. */
function labelsOf(raws: RawItem[]): Map<string, Record<string, string>> {
  const labels = new Map<string, Record<string, string>>();
  for (const r of raws) {
    const tags = r.data.tags;
    if (!Array.isArray(tags)) continue;
    for (const t of tags) if (t && typeof t.key === 'string' && t.label && !labels.has(t.key)) labels.set(t.key, t.label);
  }
  return labels;
}

function validate<K extends Kind>(kind: K, draft: DraftItem, opts: LoadOptions, chambers: Set<string>): ItemOf<K> {
  const r = itemSchemas[kind].safeParse(draft.data);
  const placeOf = (field: string) => ({ file: draft.origin[field] ?? draft.file, id: draft.id });
  if (!r.success) {
    const top = String(r.error.issues[0]?.path[0] ?? '');
    throw fromZod(placeOf(top), r.error);
  }
  const data = r.data;
  const codes = [...('chambers' in data ? data.chambers : []), ...('organiser' in data && data.organiser ? [data.organiser] : [])];
  const unknown = codes.find((c) => !chambers.has(c));
  if (unknown && chambers.size > 0) {
    const field = 'organiser' in data && data.organiser === unknown ? 'organiser' : 'chambers';
    throw new ContentError(placeOf(field), field, `unknown chamber "${unknown}" (add it to registries/chambers.json)`);
  }
  const html = Object.fromEntries(Object.entries(data.body ?? {}).map(([lang, md]) => [lang, renderMarkdown(md, opts.site)]));
  const extra = kind === 'events' ? { timeZone: ('timeZone' in data && data.timeZone) || opts.defaultTimeZone } : {};
  return { ...data, ...extra, kind, html } as ItemOf<K>;
}

function checkRelated(topics: TopicItem[], ids: Record<'news' | 'events', Set<string>>, files: Map<string, string>): void {
  for (const t of topics) {
    for (const k of ['news', 'events'] as const) {
      const i = t.related[k].findIndex((id) => !ids[k].has(id));
      if (i >= 0) {
        throw new ContentError({ file: files.get(t.id) ?? '?', id: t.id }, `related.${k}[${i}]`, `no ${k} item has id "${t.related[k][i]}"`);
      }
    }
  }
}

/** Reads, merges and validates all content; the first problem stops the build with a ContentError. */
export async function loadContent(opts: LoadOptions): Promise<Content> {
  const shown = path.relative(process.cwd(), opts.dir) || '.';
  const chambers = await readChambers(opts.dir, shown);
  const codes = new Set(chambers.map((c) => c.code));
  const raws = await Promise.all(KINDS.map((k) => readSnapshot(opts.dir, k, shown)));
  const eds = await Promise.all(KINDS.map((k) => readEditorial(opts.dir, k, shown)));
  const labels = labelsOf(raws.flat());
  const drafts = KINDS.map((k, i) => applyEditorial(k, raws[i] ?? [], eds[i] ?? [], labels));
  const [news, events, topics] = KINDS.map((k, i) => (drafts[i] ?? []).map((d) => validate(k, d, opts, codes))) as [
    ItemOf<'news'>[],
    ItemOf<'events'>[],
    ItemOf<'topics'>[],
  ];
  const slugs = new Map<string, string>();
  for (const item of [...news, ...events, ...topics] as Item[]) {
    const key = `${item.kind}/${item.slug}`;
    const other = slugs.get(key);
    if (other) throw new ContentError({ file: drafts.flat().find((d) => d.id === item.id)?.file ?? '?', id: item.id }, 'slug', `"${item.slug}" is also the slug of ${other}`);
    slugs.set(key, item.id);
  }
  const topicFiles = new Map((drafts[2] ?? []).map((d) => [d.id, d.origin.related ?? d.file]));
  checkRelated(topics, { news: new Set(news.map((n) => n.id)), events: new Set(events.map((e) => e.id)) }, topicFiles);
  return { news, events, topics, chambers };
}
