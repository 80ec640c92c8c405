import { readCardOutcomes, readChambers } from './chambers.ts';
import { readMembers } from './members.ts';
import type { Member } from '../model/members.ts';
import { readDiscussion } from '../discussion/read.ts';
import type { DiscussionPost } from '../discussion/schema.ts';
import { ContentError, fromZod } from './errors.ts';
import { shownDir } from './files.ts';
import { readSnapshot, type RawItem } from './snapshot.ts';
import { isSampleSite, leftOutKinds, snapshotStates, type LeftOut } from './served.ts';
import { filesInEffect, readEditorial } from './editorial.ts';
import { applyEditorial, type DraftItem } from './merge.ts';
import { renderMarkdown } from './markdown.ts';
import { glossarySchema, itemSchemas, type Chamber } from '../model/schemas.ts';
import { KINDS, type Kind } from '../model/vocabulary.ts';
import { inputDigest, type Reuse } from './reuse.ts';
import type { z } from 'zod';
import type { GlossaryTerm } from '../model/glossary.ts';
import { validateDocuments } from './documents.ts';
import type { Item, ItemOf, TopicItem } from '../model/item.ts';
import type { DocumentItem } from '../model/document.ts';

/** Everything the site is built from. */
export interface Content {
  news: ItemOf<'news'>[];
  events: ItemOf<'events'>[];
  topics: ItemOf<'topics'>[];
  /** EU documents and their scrutiny: validated, not rendered yet (issue 12). */
  documents: DocumentItem[];
  /** Glossary terms: IPEX's, with editors' Markdown laid over them. */
  glossary: GlossaryTerm[];
  chambers: Chamber[];
  /** The voluntary members' registry (content/editorial/members/). */
  members: Member[];
  /** Replies and quotes by chambers and members under the hub's posts, as `npm run discussion` last collected them. */
  discussion: DiscussionPost[];
  /** Digest of the input each item, term and document was made from, by `kind/id` (see `LoadOptions.reuse`). */
  digests: Map<string, string>;
  /** Kinds left out of the site (empty here), each with the warning the build log shows. */
  leftOut: LeftOut[];
}

/** Kinds editors can override or add to with Markdown files. */
const EDITED = [...KINDS, 'glossary'] as const;

/** Options for loading content. */
export interface LoadOptions {
  /** The content folder (snapshot/, editorial/, registries/). */
  dir: string;
  /** Time zone of events that name none. */
  defaultTimeZone: string;
  /** Site origin that relative links in Markdown resolve against. */
  site?: string;
  /** Earlier results: an item whose input is unchanged is taken as it was, not validated and rendered again. */
  reuse?: Reuse | undefined;
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

/** Where a draft's field came from: the editor's file that set it, else the item's file. */
function placeOf(draft: DraftItem, field: string) {
  return { file: draft.origin[field] ?? draft.file, id: draft.id };
}

/** A draft's schema check, or a ContentError naming the file that set the failing field, the item and the field. */
function checked<R extends { success: true; data: unknown } | { success: false; error: z.ZodError }>(r: R, draft: DraftItem): Extract<R, { success: true }>['data'] {
  if (r.success) return r.data;
  throw fromZod(placeOf(draft, String(r.error.issues[0]?.path[0] ?? '')), r.error);
}

/** Each language's Markdown body rendered to safe HTML. */
function htmlOf(body: Record<string, string> | undefined, site: string | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(body ?? {}).map(([lang, md]) => [lang, renderMarkdown(md, site)]));
}

function validate<K extends Kind>(kind: K, draft: DraftItem, opts: LoadOptions, chambers: Set<string>, digests: Map<string, string>): ItemOf<K> {
  const digest = inputDigest(kind, draft.data, opts);
  digests.set(`${kind}/${draft.id}`, digest);
  const earlier = opts.reuse?.get(kind, draft.id, digest) as ItemOf<K> | undefined;
  const data = earlier ?? checked(itemSchemas[kind].safeParse(draft.data), draft);
  const codes = [...('chambers' in data ? data.chambers : []), ...('organiser' in data && data.organiser ? [data.organiser] : [])];
  const unknown = codes.find((c) => !chambers.has(c));
  if (unknown && chambers.size > 0) {
    const field = 'organiser' in data && data.organiser === unknown ? 'organiser' : 'chambers';
    throw new ContentError(placeOf(draft, field), field, `unknown chamber "${unknown}" (add it to registries/chambers.json)`);
  }
  if (earlier) return earlier;
  const html = htmlOf(data.body, opts.site);
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

/** Awaits reads started together, failing with the first failure in list order, not in time: the
 * same broken folder always gives the same message. */
async function inOrder<T>(reads: Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(reads);
  return settled.map((s) => {
    if (s.status === 'rejected') throw s.reason;
    return s.value;
  });
}

/** Reads, merges and validates all content; the first problem stops the build with a ContentError. */
export async function loadContent(opts: LoadOptions): Promise<Content> {
  const shown = shownDir(opts.dir);
  const chambers = await readChambers(opts.dir, shown);
  const codes = new Set(chambers.map((c) => c.code));
  const states = snapshotStates(opts.dir);
  const leftOut = leftOutKinds(states);
  // A kind left out is empty, editors' files of it too: no page of it without its section.
  const out = new Set(leftOut.map((l) => l.kind));
  const snapshots = await inOrder(EDITED.map((k) => (out.has(k) ? Promise.resolve(undefined) : readSnapshot(opts.dir, k, shown))));
  const eds = await inOrder(EDITED.map((k) => (out.has(k) ? Promise.resolve([]) : readEditorial(opts.dir, k, shown))));
  const raws = snapshots.map((s) => s?.items ?? []);
  const labels = labelsOf(raws.flat());
  // Editors' sample examples go with the sample data: a real snapshot leaves them out.
  const drafts = EDITED.map((k, i) => applyEditorial(k, raws[i] ?? [], filesInEffect(eds[i] ?? [], snapshots[i]?.sample ?? false), labels));
  const digests = new Map<string, string>();
  const [news, events, topics] = KINDS.map((k, i) => (drafts[i] ?? []).map((d) => validate(k, d, opts, codes, digests))) as [
    ItemOf<'news'>[],
    ItemOf<'events'>[],
    ItemOf<'topics'>[],
  ];
  const glossary: GlossaryTerm[] = (drafts[EDITED.indexOf('glossary')] ?? []).map((d) => {
    const digest = inputDigest('glossary', d.data, opts);
    digests.set(`glossary/${d.id}`, digest);
    const earlier = opts.reuse?.get('glossary', d.id, digest) as GlossaryTerm | undefined;
    if (earlier) return earlier;
    const data = checked(glossarySchema.safeParse(d.data), d);
    return { ...data, kind: 'glossary', html: htmlOf(data.body, opts.site) };
  });
  const slugs = new Map<string, string>();
  for (const item of [...news, ...events, ...topics, ...glossary] as (Item | GlossaryTerm)[]) {
    const key = `${item.kind}/${item.slug}`;
    const other = slugs.get(key);
    if (other) throw new ContentError({ file: drafts.flat().find((d) => d.id === item.id)?.file ?? '?', id: item.id }, 'slug', `"${item.slug}" is also the slug of ${other}`);
    slugs.set(key, item.id);
  }
  const topicFiles = new Map((drafts[2] ?? []).map((d) => [d.id, d.origin.related ?? d.file]));
  checkRelated(topics, { news: new Set(news.map((n) => n.id)), events: new Set(events.map((e) => e.id)) }, topicFiles);
  const documents = out.has('documents') ? [] : validateDocuments((await readSnapshot(opts.dir, 'documents', shown)).items, opts, digests, await readCardOutcomes(opts.dir, shown));
  // Sample members and the sample discussion go with the sample site only, never beside IPEX data.
  const sampleSite = isSampleSite(states);
  const members = await readMembers(opts.dir, chambers, sampleSite, shown);
  const collected = await readDiscussion(opts.dir, shown);
  const discussion = collected && (!collected.sample || sampleSite) ? collected.posts : [];
  return { news, events, topics, documents, glossary, chambers, members, discussion, digests, leftOut };
}
