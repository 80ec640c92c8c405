import { ContentError, fromZod } from '../model/errors.ts';
import { renderMarkdown } from './markdown.ts';
import { documentSchema, type CardOutcome } from '../model/schemas.ts';
import type { RawItem } from './snapshot.ts';
import { inputDigest, type DigestOptions } from './reuse.ts';
import type { DocumentItem } from '../model/document.ts';

/**
 * Validates the documents snapshot: schema, one id and one slug each; the first problem throws.
 * Chamber codes the registry lacks are kept: IPEX names them, pages show them by code and the tally
 * leaves them out with a note (the sync reports them).
 */
export function validateDocuments(raws: RawItem[], opts: DigestOptions, digests: Map<string, string>, outcomes: ReadonlyMap<string, CardOutcome> = new Map()): DocumentItem[] {
  const ids = new Set<string>();
  const slugs = new Map<string, string>();
  return raws.map((raw) => {
    const place = { file: raw.file, id: typeof raw.data.id === 'string' ? raw.data.id : `#${raw.index}` };
    // Editors' record of a card's outcome joins the document here, so its digest covers it.
    const outcome = typeof raw.data.reference === 'string' ? outcomes.get(raw.data.reference) : undefined;
    const data = outcome ? { ...raw.data, outcome: { text: outcome.outcome, ...(outcome.source && { source: outcome.source }) } } : raw.data;
    const digest = inputDigest('documents', data, opts);
    digests.set(`documents/${place.id}`, digest);
    const earlier = opts.reuse?.get('documents', place.id, digest) as DocumentItem | undefined;
    let doc: DocumentItem;
    if (earlier) doc = earlier;
    else {
      const r = documentSchema.safeParse(data);
      if (!r.success) throw fromZod(place, r.error);
      doc = { ...r.data, kind: 'documents', html: {} };
    }
    if (ids.has(doc.id)) throw new ContentError(place, 'id', 'appears twice in the snapshot');
    ids.add(doc.id);
    const other = slugs.get(doc.slug);
    if (other !== undefined) throw new ContentError(place, 'slug', `"${doc.slug}" is also the slug of ${other}`);
    slugs.set(doc.slug, doc.id);
    if (earlier) return doc;
    doc.html = Object.fromEntries(Object.entries(doc.body ?? {}).map(([lang, md]) => [lang, renderMarkdown(md, opts.site)]));
    return doc;
  });
}
