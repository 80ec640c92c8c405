import { createHash } from 'node:crypto';
import { cutSlug } from './identity.ts';
import type { EventItem, TextItem } from './item.ts';
import { ADOPTED_TYPES } from './schemas.ts';

const adopted: ReadonlySet<string> = new Set(ADOPTED_TYPES);
const isAdopted = (type: string): type is TextItem['type'] => adopted.has(type);

/** The slug of an adopted text: its meeting's (fixed at first sight) and 8 hex characters of a digest of
 * its file id, so it never changes either (IPEX's ids of files uploaded together share long prefixes). */
export function textSlug(meetingSlug: string, fileId: string): string {
  return `${cutSlug(meetingSlug, 90)}-${createHash('sha256').update(fileId).digest('hex').slice(0, 8)}`;
}

/**
 * The texts a meeting adopted, as items: id from IPEX's file id, dated when the hub first saw
 * each (`textsSeen`; the meeting's first sight for data without it), withdrawn when IPEX drops it or the meeting,
 * titled by IPEX or else by the meeting. `summary` says what each is in every language.
 */
export function adoptedTexts(ev: EventItem, summary: (text: Omit<TextItem, 'summary'>) => Record<string, string> | undefined): TextItem[] {
  const slugs = new Map<string, string>();
  return ev.documents.flatMap((d) => {
    if (!isAdopted(d.type)) return [];
    const slug = textSlug(ev.slug, d.id);
    const other = slugs.get(slug);
    if (other) throw new Error(`event "${ev.id}": documents ${other} and ${d.id} give their pages the same address ${slug}`);
    slugs.set(slug, d.id);
    const seen = ev.textsSeen[d.id];
    const text: Omit<TextItem, 'summary'> = {
      kind: 'texts',
      id: d.id,
      slug,
      firstSeen: seen !== undefined && seen > ev.firstSeen ? seen : ev.firstSeen,
      ...((d.withdrawn ?? ev.withdrawn) && { withdrawn: d.withdrawn ?? ev.withdrawn }),
      title: d.title ?? ev.title,
      tags: ev.tags,
      source: d.url,
      html: {},
      type: d.type,
      meeting: ev,
      adopted: (ev.end ?? ev.start).slice(0, 10),
    };
    const s = summary(text);
    return [{ ...text, ...(s && { summary: s }) }];
  });
}
