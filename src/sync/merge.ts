import type { SnapshotKind } from '../model/vocabulary.ts';
import type { Mapped } from '../ipex/map/context.ts';
import type { ItemProblem } from '../ipex/problems.ts';
import { slugFor } from '../model/identity.ts';
import { changedFields, memoryFields, SYNC_FIELDS } from './fields.ts';
import type { KindRules } from './kind-rules.ts';
import { firstSeenTimes } from './first-seen.ts';
import { shrinkReason } from './rails.ts';
import { textField, type KindReport, type PreviousSnapshot, type StoredItem, type UpdatedItem } from './types.ts';
import { validateItem } from './validate.ts';

/** Everything needed to merge one kind's fetched items into its previous snapshot. */
export interface MergeInput {
  kind: SnapshotKind;
  previous: PreviousSnapshot | undefined;
  /** Items mapped from IPEX, one per id. */
  mapped: Mapped<Record<string, unknown>>[];
  /** Hits that could not even be mapped (no id). */
  skipped: ItemProblem[];
  warnings: ItemProblem[];
  /** The run's time, ISO, whole seconds. */
  now: string;
  /** Whether a previous item falls within what was fetched (a date window leaves others alone). */
  inScope: (item: StoredItem) => boolean;
  /** Slugs taken by editors' new items. */
  reservedSlugs: ReadonlySet<string>;
  /** Below this share of the items the snapshot holds, a fetch is not trusted. */
  minRatio: number;
  /** What the kind adds to identity (documents: per-chamber change names, first-seen moments). */
  rules?: KindRules | undefined;
}

/** The kind's items after the merge, its report, and whether the file must be written. */
export interface MergeResult {
  items: StoredItem[];
  report: KindReport;
  write: boolean;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byIdField = (a: ItemProblem, b: ItemProblem) => byId(a, b) || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0);
const timeOf = (item: StoredItem) => Date.parse(textField(item, 'firstSeen') ?? '') || Number.POSITIVE_INFINITY;

function contentOf(item: StoredItem): StoredItem {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !SYNC_FIELDS.includes(k)));
}

function textsOf(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** A report that keeps the previous data, for a reason. */
export function keptPrevious(reason: string, fetched: number, total: number): KindReport {
  return { status: 'kept-previous', reason, added: [], updated: [], withdrawn: [], skipped: [], warnings: [], fetched, total };
}

/**
 * Merges fetched items into the previous snapshot: existing items keep id, slug and first-seen
 * time; changed ones get `updated`; vanished ones get `withdrawn`; new ones get a unique slug and
 * a distinct first-seen time; invalid ones are skipped (their previous version stays).
 */
export function mergeKind(input: MergeInput): MergeResult {
  const { kind, now } = input;
  const rules = input.rules ?? {};
  const replacedSample = input.previous?.sample === true;
  const prevItems = replacedSample ? [] : (input.previous?.items ?? []);
  const fetched = input.mapped.length + input.skipped.length;
  const held = prevItems.filter((i) => textField(i, 'withdrawn') === undefined && input.inScope(i)).length;
  const keep = (reason: string): MergeResult => ({
    items: input.previous?.items ?? [],
    report: keptPrevious(reason, fetched, input.previous?.items.length ?? 0),
    write: false,
  });
  const shrink = shrinkReason(kind, fetched, held, input.minRatio);
  if (shrink) return keep(shrink);
  if (fetched === 0 && replacedSample) return keep(`IPEX listed no ${kind} items; the sample data stays`);

  const prevById = new Map<string, StoredItem>();
  for (const item of prevItems) {
    const id = textField(item, 'id');
    if (id !== undefined) prevById.set(id, item);
  }
  const next = new Map<string, StoredItem>();
  const listed = new Set<string>();
  const fresh: { id: string; date: string; content: StoredItem }[] = [];
  const skipped = [...input.skipped];
  const warnings = [...input.warnings, ...input.mapped.flatMap((m) => m.warnings)];
  const updated: UpdatedItem[] = [];

  for (const m of [...input.mapped].sort(byId)) {
    listed.add(m.id);
    const checked = validateItem(kind, m.id, { ...m.draft, id: m.id, slug: 'placeholder', firstSeen: now });
    if (!checked.ok) {
      skipped.push(checked.problem);
      continue;
    }
    const content = contentOf(checked.item);
    const prev = prevById.get(m.id);
    if (!prev) {
      fresh.push({ id: m.id, date: m.date ?? '', content });
      continue;
    }
    const prevChecked = validateItem(kind, m.id, prev);
    const before = contentOf(prevChecked.ok ? prevChecked.item : prev);
    const fields = changedFields(before, content);
    const named = rules.detail ? rules.detail(before, content, fields) : fields;
    if (textField(prev, 'withdrawn') !== undefined) named.unshift('withdrawn');
    const base = named.length === 0 ? prev : { ...content, id: m.id, slug: prev.slug, firstSeen: prev.firstSeen, updated: now };
    const item = rules.remember ? rules.remember(prev, base, now) : base;
    const memory = rules.remember ? memoryFields(prev, item) : [];
    if (named.length + memory.length === 0) continue;
    next.set(m.id, item);
    updated.push({ id: m.id, fields: [...named, ...memory] });
  }

  const withdrawn: string[] = [];
  const items = prevItems.map((prev) => {
    const id = textField(prev, 'id');
    if (id === undefined) return prev;
    const changed = next.get(id);
    if (changed) return changed;
    // Listed but unchanged or now invalid, withdrawn already, or outside the fetched window: as it was.
    if (listed.has(id) || textField(prev, 'withdrawn') !== undefined || !input.inScope(prev)) return prev;
    withdrawn.push(id);
    return { ...prev, withdrawn: now };
  });

  fresh.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : byId(a, b)));
  const latest = Math.max(...prevItems.map(timeOf).filter(Number.isFinite));
  const { times, pastNow } = firstSeenTimes(fresh.length, Date.parse(now), Number.isFinite(latest) ? latest : undefined);
  if (pastNow)
    warnings.push({ id: '(run)', field: 'firstSeen', reason: 'the clock is behind the snapshot: new items are dated after its latest first-seen time' });
  const taken = new Set([...input.reservedSlugs, ...prevItems.flatMap((i) => textField(i, 'slug') ?? [])]);
  const added = fresh.map((f, i) => {
    const slug = slugFor(kind, f.id, rules.slugText?.(f.content) ?? textsOf(f.content.title), taken);
    taken.add(slug);
    const at = times[i] ?? now;
    const item = { ...f.content, id: f.id, slug, firstSeen: at };
    items.push(rules.remember ? rules.remember(undefined, item, at) : item);
    return f.id;
  });

  items.sort((a, b) => timeOf(a) - timeOf(b) || byId({ id: textField(a, 'id') ?? '' }, { id: textField(b, 'id') ?? '' }));
  const changed = added.length + updated.length + withdrawn.length > 0 || replacedSample;
  return {
    items,
    report: {
      status: changed ? 'updated' : 'unchanged',
      added,
      updated,
      withdrawn: withdrawn.sort(),
      skipped: skipped.sort(byIdField),
      warnings: warnings.sort(byIdField),
      fetched,
      total: items.length,
      ...(replacedSample && { replacedSample }),
    },
    // A first sync writes the file even with nothing in it: the build then knows IPEX served no items.
    write: changed || input.previous === undefined,
  };
}
