import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import { pageLangs } from '../model/pick.ts';
import type { DocumentCatalog, DocumentView } from '../model/document-catalog.ts';
import type { Chamber } from '../model/schemas.ts';
import type { Member } from '../model/members.ts';
import { absolute, documentGuid, documentPath, scrutinyGuid } from '../model/urls.ts';
import { documentPostTexts, scrutinyPostTexts } from './document-posts.ts';
import type { Manifest } from './manifest.ts';

/** The manifest entries of documents and of the scrutiny events that have happened by the build's
 * now: a document's digest changes with it; an event's is its first-seen moment, which never does. */
export function documentManifestEntries(d: DocumentCatalog): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of d.all) {
    const { html: _html, ...data } = v.doc;
    out[documentGuid(v.doc.id)] = createHash('sha256')
      .update(stringify(data) ?? '')
      .digest('hex')
      .slice(0, 16);
  }
  for (const e of d.events) if (Date.parse(e.at) <= d.now.getTime()) out[scrutinyGuid(e)] = e.at;
  return out;
}

/** What a link card needs of a document's page in a language, where the platform does not read the page. */
export type DocumentVersion = (view: DocumentView, lang: string) => { title: string; description: string; card: Record<string, unknown> };

/** What `new.json` carries about documents: each document and scrutiny event first seen in this
 * build (not in the previous manifest), with its page, link-card facts (`version`) and post texts per
 * language (mentioning the document's registered rapporteurs); an opinion names its chamber, so that a chamber that opted in also posts it. */
export function newDocumentEntries(
  d: DocumentCatalog,
  previous: Manifest | undefined,
  chambers: Map<string, Chamber>,
  version: DocumentVersion,
  members: readonly Member[] = [],
) {
  const known = (id: string) => previous !== undefined && id in previous.items;
  const views = new Map(d.all.map((v) => [v.doc.id, v]));
  const languages = (v: DocumentView, posts: (lang: string) => unknown) =>
    Object.fromEntries(pageLangs(v.doc.title).map((lang) => [lang, { url: absolute(documentPath(lang, v.doc)), ...version(v, lang), posts: posts(lang) }]));
  const docs = d.all
    .filter((v) => !v.doc.withdrawn && !known(documentGuid(v.doc.id)))
    .map((v) => ({
      id: documentGuid(v.doc.id),
      kind: 'documents' as const,
      firstSeen: v.doc.firstSeen,
      chambers: [],
      languages: languages(v, (l) => documentPostTexts(v, l, members)),
    }));
  const events = d.events
    .filter((e) => Date.parse(e.at) <= d.now.getTime() && !known(scrutinyGuid(e)))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .flatMap((e) => {
      const v = views.get(e.docId);
      if (!v) return [];
      const chamber = e.type === 'opinion' ? [e.chamber] : [];
      return [
        {
          id: scrutinyGuid(e),
          kind: 'scrutiny' as const,
          event: e.type,
          document: documentGuid(e.docId),
          firstSeen: e.at,
          chambers: chamber,
          languages: languages(v, (l) => scrutinyPostTexts(e, v, l, chambers, members)),
        },
      ];
    });
  return [...docs, ...events];
}
