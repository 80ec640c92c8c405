import { readCardOutcomes, readChambers } from './chambers.ts';
import { readMembers } from './members.ts';
import type { Member } from '../model/members.ts';
import { readDiscussion } from '../discussion/read.ts';
import type { DiscussionPost } from '../model/discussion.ts';
import { ContentError, fromZod } from '../model/errors.ts';
import { shownDir } from './files.ts';
import { readSnapshot, type RawItem } from './snapshot.ts';
import { isSampleSite, leftOutKinds, snapshotStates, type LeftOut } from './served.ts';
import { filesInEffect, readEditorial } from './editorial.ts';
import { applyEditorial, type DraftItem } from './merge.ts';
import { renderMarkdown } from './markdown.ts';
import { glossarySchema, itemSchemas, type Chamber } from '../model/schemas.ts';
import { KINDS, type Kind, type SnapshotKind } from '../model/vocabulary.ts';
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

/** One collection's part of the content: its entries, the digests of their inputs, the kinds left out. */
export interface Part<T> {
  entries: T[];
  digests: Map<string, string>;
  leftOut: LeftOut[];
}

/** What a kind's items are checked against: the chamber codes, the kinds left out, the snapshots' tag labels. */
async function context(opts: LoadOptions) {
  const shown = shownDir(opts.dir);
  const codes = new Set((await readChambers(opts.dir, shown)).map((c) => c.code));
  const leftOut = leftOutKinds(snapshotStates(opts.dir));
  const out = new Set<string>(leftOut.map((l) => l.kind));
  // A kind left out is empty, editors' files of it too: no page of it without its section.
  const snapshots = await inOrder(EDITED.map((k) => (out.has(k) ? Promise.resolve(undefined) : readSnapshot(opts.dir, k, shown))));
  const raws = snapshots.map((s) => s?.items ?? []);
  return { shown, codes, leftOut, out, snapshots, labels: labelsOf(raws.flat()) };
}
type Context = Awaited<ReturnType<typeof context>>;

/** A kind's drafts: its snapshot items with the editors' files in effect laid over them. */
async function draftsOf(kind: (typeof EDITED)[number], opts: LoadOptions, ctx: Context): Promise<DraftItem[]> {
  if (ctx.out.has(kind)) return [];
  const i = EDITED.indexOf(kind);
  const snapshot = ctx.snapshots[i];
  // Editors' sample examples go with the sample data: a real snapshot leaves them out.
  const files = filesInEffect(await readEditorial(opts.dir, kind, ctx.shown), snapshot?.sample ?? false);
  return applyEditorial(kind, snapshot?.items ?? [], files, ctx.labels);
}

function uniqueSlugs(items: (Item | GlossaryTerm)[], drafts: DraftItem[]): void {
  const slugs = new Map<string, string>();
  for (const item of items) {
    const other = slugs.get(item.slug);
    if (other) throw new ContentError({ file: drafts.find((d) => d.id === item.id)?.file ?? '?', id: item.id }, 'slug', `"${item.slug}" is also the slug of ${other}`);
    slugs.set(item.slug, item.id);
  }
}

/** Reads, merges and validates one kind (what one content collection holds); the first problem stops
 * the build with a ContentError. It reads only what that kind depends on: the chamber registry, the
 * snapshots (tag labels), its editors' files, and for hot topics the news and events they relate to. */
export async function loadKind<K extends SnapshotKind>(kind: K, opts: LoadOptions): Promise<Part<KindEntry<K>>> {
  const ctx = await context(opts);
  const digests = new Map<string, string>();
  const part = (entries: unknown[]): Part<KindEntry<K>> => ({ entries: entries as KindEntry<K>[], digests, leftOut: ctx.leftOut });
  if (kind === 'documents') {
    if (ctx.out.has('documents')) return part([]);
    return part(validateDocuments((await readSnapshot(opts.dir, 'documents', ctx.shown)).items, opts, digests, await readCardOutcomes(opts.dir, ctx.shown)));
  }
  const drafts = await draftsOf(kind as (typeof EDITED)[number], opts, ctx);
  if (kind === 'glossary') {
    const glossary: GlossaryTerm[] = drafts.map((d) => {
      const digest = inputDigest('glossary', d.data, opts);
      digests.set(`glossary/${d.id}`, digest);
      const earlier = opts.reuse?.get('glossary', d.id, digest) as GlossaryTerm | undefined;
      if (earlier) return earlier;
      const data = checked(glossarySchema.safeParse(d.data), d);
      return { ...data, kind: 'glossary', html: htmlOf(data.body, opts.site) };
    });
    uniqueSlugs(glossary, drafts);
    return part(glossary);
  }
  const items = drafts.map((d) => validate(kind as Kind, d, opts, ctx.codes, digests));
  uniqueSlugs(items, drafts);
  if (kind === 'topics') {
    const ids = async (k: 'news' | 'events') => new Set((await draftsOf(k, opts, ctx)).map((d) => d.id));
    checkRelated(items as TopicItem[], { news: await ids('news'), events: await ids('events') }, new Map(drafts.map((d) => [d.id, d.origin.related ?? d.file])));
  }
  return part(items);
}

/** What a kind's collection holds. */
export type KindEntry<K extends SnapshotKind> = K extends Kind ? ItemOf<K> : K extends 'documents' ? DocumentItem : GlossaryTerm;

/** Reads, merges and validates all content (tests and scripts; the build loads each collection apart). */
export async function loadContent(opts: LoadOptions): Promise<Content> {
  const shown = shownDir(opts.dir);
  const chambers = await readChambers(opts.dir, shown);
  const digests = new Map<string, string>();
  const load = async <K extends SnapshotKind>(kind: K) => {
    const p = await loadKind(kind, opts);
    for (const [k, v] of p.digests) digests.set(k, v);
    return p;
  };
  const news = await load('news');
  const events = await load('events');
  const topics = await load('topics');
  const glossary = await load('glossary');
  const documents = await load('documents');
  const [members, discussion] = await Promise.all([loadMembers(opts), loadDiscussion(opts)]);
  return { news: news.entries, events: events.entries, topics: topics.entries, documents: documents.entries, glossary: glossary.entries, chambers, members, discussion, digests, leftOut: news.leftOut };
}

/** The members' registry. Sample members go with the sample site only, never beside IPEX data. */
export async function loadMembers(opts: Pick<LoadOptions, 'dir'>): Promise<Member[]> {
  const shown = shownDir(opts.dir);
  return readMembers(opts.dir, await readChambers(opts.dir, shown), isSampleSite(snapshotStates(opts.dir)), shown);
}

/** The discussion `npm run discussion` collected. The sample discussion goes with the sample site only. */
export async function loadDiscussion(opts: Pick<LoadOptions, 'dir'>): Promise<DiscussionPost[]> {
  const collected = await readDiscussion(opts.dir, shownDir(opts.dir));
  return collected && (!collected.sample || isSampleSite(snapshotStates(opts.dir))) ? collected.posts : [];
}
