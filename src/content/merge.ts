import { isDeepStrictEqual } from 'node:util';
import { editorialSlug, FIXED_FIELDS, isEditorialId } from '../model/identity.ts';
import { ContentError } from '../model/errors.ts';
import { FILE_KEYS, type EditorialFile } from './editorial.ts';
import type { RawItem } from './snapshot.ts';
import type { SnapshotKind } from '../model/vocabulary.ts';

/** An item before validation, with the file each top-level field came from. */
export interface DraftItem {
  id: string;
  data: Record<string, unknown>;
  /** File of the item as a whole (snapshot or the first editorial file). */
  file: string;
  /** Field → the editorial file that set it. */
  origin: Record<string, string>;
}

/** Fields that hold one text per language; the file's language decides which. */
const LOCAL_FIELDS = new Set(['title', 'summary', 'venue', 'city']);

function tagsFrom(value: unknown, labels: Map<string, Record<string, string>>): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((t) => (typeof t === 'string' ? { key: t, label: labels.get(t) ?? { en: t } } : t));
}

/** Lays editors' Markdown over snapshot items: overrides fields of IPEX items, or adds `hub-…` items. */
export function applyEditorial(
  kind: SnapshotKind,
  raws: RawItem[],
  files: EditorialFile[],
  tagLabels: Map<string, Record<string, string>>,
): DraftItem[] {
  const drafts = new Map<string, DraftItem>();
  for (const raw of raws) {
    const id = typeof raw.data.id === 'string' ? raw.data.id : `#${raw.index}`;
    if (drafts.has(id)) throw new ContentError({ file: raw.file, id }, 'id', 'appears twice in the snapshot');
    drafts.set(id, { id, data: { ...raw.data }, file: raw.file, origin: {} });
  }
  const fromSnapshot = new Set(drafts.keys());

  for (const ed of files) {
    const id = ed.front.id;
    if (typeof id !== 'string' || !id) throw new ContentError({ file: ed.file }, 'id', 'is required: an IPEX item id to override, or hub-… for a new item');
    let draft = drafts.get(id);
    if (!draft) {
      if (!isEditorialId(id)) {
        throw new ContentError({ file: ed.file, id }, 'id', `no IPEX ${kind} item has this id; ids of new items start with "hub-"`);
      }
      const first = ed.front.firstSeen ?? ed.front.published;
      draft = { id, data: { id, slug: editorialSlug(ed), firstSeen: first }, file: ed.file, origin: { id: ed.file, slug: ed.file, firstSeen: ed.file } };
      drafts.set(id, draft);
    } else if (fromSnapshot.has(id)) {
      const fixed = Object.keys(ed.front).find((k) => k !== 'id' && FIXED_FIELDS.includes(k));
      if (fixed) throw new ContentError({ file: ed.file, id }, fixed, 'cannot be changed: it is part of the item\'s identity');
    }
    for (const [key, value] of Object.entries(ed.front)) {
      if (FIXED_FIELDS.includes(key) || FILE_KEYS.includes(key) || (key === 'published' && kind !== 'news')) continue;
      if (LOCAL_FIELDS.has(key)) {
        draft.data[key] = { ...(draft.data[key] as object | undefined), [ed.lang]: value };
        continue;
      }
      const v = key === 'tags' ? tagsFrom(value, tagLabels) : value;
      const setBy = draft.origin[key];
      if (setBy && setBy !== ed.file && !isDeepStrictEqual(draft.data[key], v)) {
        throw new ContentError({ file: ed.file, id }, key, `differs from the value in ${setBy}; language versions must agree`);
      }
      draft.data[key] = v;
      draft.origin[key] = ed.file;
    }
    if (ed.body) draft.data.body = { ...(draft.data.body as object | undefined), [ed.lang]: ed.body };
    for (const key of ['title', 'summary', 'body', 'venue', 'city']) if (key in ed.front || (key === 'body' && ed.body)) draft.origin[key] = ed.file;
  }
  return [...drafts.values()];
}
