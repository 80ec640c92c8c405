import { ContentError, fromZod } from './errors.ts';
import { renderMarkdown } from './markdown.ts';
import { documentSchema } from '../model/schemas.ts';
import type { RawItem } from './snapshot.ts';
import { inputDigest, type DigestOptions } from './reuse.ts';
import type { DocumentItem } from '../model/document.ts';

/** The first chamber code of a document that the registry lacks, with its field. */
function unknownChamber(doc: DocumentItem, chambers: ReadonlySet<string>): { field: string; code: string } | undefined {
  const i = doc.scrutinies.findIndex((s) => !chambers.has(s.chamber));
  const s = doc.scrutinies[i];
  if (s) return { field: `scrutinies[${i}].chamber`, code: s.chamber };
  const seen = Object.keys(doc.opinionsSeen).find((c) => !chambers.has(c));
  return seen === undefined ? undefined : { field: `opinionsSeen.${seen}`, code: seen };
}

/** Validates the documents snapshot: schema, known chambers, one id and one slug each; the first problem throws. */
export function validateDocuments(raws: RawItem[], chambers: ReadonlySet<string>, opts: DigestOptions, digests: Map<string, string>): DocumentItem[] {
  const ids = new Set<string>();
  const slugs = new Map<string, string>();
  return raws.map((raw) => {
    const place = { file: raw.file, id: typeof raw.data.id === 'string' ? raw.data.id : `#${raw.index}` };
    const digest = inputDigest('documents', raw.data, opts);
    digests.set(`documents/${place.id}`, digest);
    const earlier = opts.reuse?.get('documents', place.id, digest) as DocumentItem | undefined;
    let doc: DocumentItem;
    if (earlier) doc = earlier;
    else {
      const r = documentSchema.safeParse(raw.data);
      if (!r.success) throw fromZod(place, r.error);
      doc = { ...r.data, kind: 'documents', html: {} };
    }
    if (ids.has(doc.id)) throw new ContentError(place, 'id', 'appears twice in the snapshot');
    ids.add(doc.id);
    const other = slugs.get(doc.slug);
    if (other !== undefined) throw new ContentError(place, 'slug', `"${doc.slug}" is also the slug of ${other}`);
    slugs.set(doc.slug, doc.id);
    const unknown = chambers.size > 0 ? unknownChamber(doc, chambers) : undefined;
    if (unknown) throw new ContentError(place, unknown.field, `unknown chamber "${unknown.code}" (add it to registries/chambers.json)`);
    if (earlier) return doc;
    doc.html = Object.fromEntries(Object.entries(doc.body ?? {}).map(([lang, md]) => [lang, renderMarkdown(md, opts.site)]));
    return doc;
  });
}
