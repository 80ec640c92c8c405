import { hub } from '../config/resolve.ts';
import type { DocumentView, ScrutinyEvent } from '../model/document-catalog.ts';
import { pick, pickText } from '../model/pick.ts';
import type { Chamber } from '../model/schemas.ts';
import { rapporteursOn, type Member } from '../model/members.ts';
import { absolute, documentPath } from '../model/urls.ts';
import { cardName, deadlineLine, formatDay, tallyLine } from '../i18n/documents.ts';
import { count, fill, ui } from '../i18n/ui.ts';
import type { PostPlatform } from './count.ts';
import { hashtagList } from './hashtags.ts';
import { mentionOn, postsFor, type Post } from './posts.ts';
import { CLOSING_DAYS } from '../model/subsidiarity.ts';

/** A document's hashtags in a language: the configured documents' ones (`subsidiarity`), `always` (`IPEX`), then its tags'; at most 8. */
export function documentHashtags(view: DocumentView, lang: string): string[] {
  const h = hub.social.hashtags;
  return hashtagList([...(h.documents ?? ['subsidiarity']), ...h.always, ...view.doc.tags.flatMap((t) => h.tags[t.key] ?? [])], lang);
}

/** The headline of a scrutiny event: "Saeima adopted a reasoned opinion on COM(2026) 538". */
export function scrutinyHeadline(e: ScrutinyEvent, view: DocumentView, lang: string, chambers: Map<string, Chamber>): string {
  const t = ui(lang);
  const ref = view.doc.reference;
  if (e.type === 'opinion') return fill(t.opinionNews, { chamber: pickText(chambers.get(e.chamber)?.names ?? { en: e.chamber }, lang), ref });
  if (e.type === 'threshold') return fill(t.thresholdNews, { card: cardName(e.card, lang), ref });
  return count(t.closingNews, CLOSING_DAYS, { ref });
}

/** Post texts per platform from a title, a detail line, an optional chamber and the rapporteurs to mention. */
function posts(
  view: DocumentView,
  lang: string,
  title: string,
  detail: string,
  chamber: Chamber | undefined,
  rapporteurs: readonly Member[] = [],
  hubToo = false,
): Record<PostPlatform, Post> {
  const input = {
    title,
    summary: pick(view.doc.summary, lang)?.text,
    when: detail,
    mention: (p: PostPlatform) => mentionOn(p, chamber, rapporteurs, hubToo),
    hashtags: documentHashtags(view, lang),
  };
  return postsFor(input, absolute(documentPath(lang, view.doc)));
}

/** A document's ready-to-post texts: reference and title, deadline and tally; its registered rapporteurs mentioned. */
export function documentPostTexts(view: DocumentView, lang: string, members: readonly Member[] = []): Record<PostPlatform, Post> {
  const title = `${view.doc.reference}: ${pickText(view.doc.title, lang)}`;
  return posts(
    view,
    lang,
    title,
    [deadlineLine(view.status, lang), tallyLine(view.status.tally, lang)].filter(Boolean).join('\n'),
    undefined,
    rapporteursOn(view.doc.reference, members),
  );
}

/** A scrutiny event's post texts: the news, the document's title, the tally; the chamber's account for an opinion. */
export function scrutinyPostTexts(
  e: ScrutinyEvent,
  view: DocumentView,
  lang: string,
  chambers: Map<string, Chamber>,
  members: readonly Member[] = [],
): Record<PostPlatform, Post> {
  const head = scrutinyHeadline(e, view, lang, chambers);
  // The deadline day alone: days left would be stale by the time the post is read.
  const detail = e.type === 'closing' ? fill(ui(lang).deadlineAt, { date: formatDay(e.deadline, lang) }) : tallyLine(view.status.tally, lang);
  // An opinion mentions its chamber and that chamber's rapporteurs; other events every rapporteur.
  const rapporteurs = rapporteursOn(view.doc.reference, members).filter((m) => e.type !== 'opinion' || m.chamber === e.chamber);
  return posts(view, lang, `${head}: ${pickText(view.doc.title, lang)}`, detail, e.type === 'opinion' ? chambers.get(e.chamber) : undefined, rapporteurs);
}

/** The members' kit of a document for one chamber: ready-to-post texts for its members and staff that
 * mention the hub's account, the chamber's and its rapporteurs on the document. */
export function memberKitTexts(view: DocumentView, lang: string, chamber: Chamber, members: readonly Member[]): Record<PostPlatform, Post> {
  const title = `${view.doc.reference}: ${pickText(view.doc.title, lang)}`;
  const rapporteurs = rapporteursOn(view.doc.reference, members).filter((m) => m.chamber === chamber.code);
  return posts(view, lang, title, [deadlineLine(view.status, lang), tallyLine(view.status.tally, lang)].filter(Boolean).join('\n'), chamber, rapporteurs, true);
}
