import { fill, ui } from '../i18n/ui.ts';
import { sameReference, type Member, type MemberRole } from '../model/members.ts';
import { pick, type Picked } from '../model/pick.ts';
import type { Chamber } from '../model/schemas.ts';
import { chamberPath } from '../model/urls.ts';
import type { Conference } from '../model/vocabulary.ts';
import { profileUrl } from '../social/profiles.ts';
import type { PostPlatform } from '../social/count.ts';
import { langCodes } from '../config/resolve.ts';
import { kitPosts, type Post } from './share.ts';

/** A public account as a page links it. */
export interface AccountLink {
  platform: string;
  handle: string;
  href?: string | undefined;
}

/** A registered member as pages show them: name, roles in the page's language, accounts. */
export interface MemberCard {
  id: string;
  name: string;
  /** An invented member of the sample: the page says so beside the name. */
  sample: boolean;
  roles: { text: string; href?: string | undefined }[];
  accounts: AccountLink[];
}

/** One chamber's registered members on a page (a document's rapporteurs, a meeting's delegates), and the chamber's official accounts to reach it. */
export interface ChamberContacts {
  code: string;
  chamber: Picked;
  href: string;
  members: MemberCard[];
  contacts: AccountLink[];
}

/** Chamber contacts with the ready-to-post texts for each chamber's members and staff, in the chamber's language where the hub has it. */
export type ChamberKit = ChamberContacts & { kit: { lang: string; posts: { platform: PostPlatform; post: Post }[] } };

/** The accounts of a registry entry (a chamber's or a member's), each linked when its form is known. */
export function accountLinks(accounts: Partial<Record<string, string>>): AccountLink[] {
  return Object.entries(accounts).flatMap(([platform, handle]) => (handle ? [{ platform, handle, href: profileUrl(platform, handle) }] : []));
}

/** A role as a line of the page; a rapporteur's document linked where the hub has its page. */
function roleLine(r: MemberRole, lang: string, documentHref: (reference: string) => string | undefined): { text: string; href?: string | undefined } {
  const t = ui(lang).members;
  if (r.role === 'rapporteur')
    return { text: fill(r.committee ? t.rapporteurIn : t.rapporteur, { ref: r.document, committee: r.committee ?? '' }), href: documentHref(r.document) };
  if (r.role === 'delegate') return { text: fill(t.delegate, { conference: ui(lang).conferences[r.conference] }) };
  return { text: fill(r.role === 'chair' ? t.chair : t.member, { committee: r.committee }) };
}

/** A member as a card of the page. */
export function memberCard(m: Member, lang: string, documentHref: (reference: string) => string | undefined = () => undefined): MemberCard {
  return { id: m.id, name: m.name, sample: m.sample, roles: m.roles.map((r) => roleLine(r, lang, documentHref)), accounts: accountLinks(m.accounts) };
}

const byName = (lang: string) => (a: Member, b: Member) => a.name.localeCompare(b.name, lang) || a.id.localeCompare(b.id);

/** A document page's rapporteurs, grouped by chamber (chambers by code), each chamber with its official accounts. */
export function documentContacts(reference: string, members: readonly Member[], chambers: Map<string, Chamber>, lang: string): ChamberContacts[] {
  return byChamber(
    members.filter((m) => m.roles.some((r) => r.role === 'rapporteur' && sameReference(r.document, reference))),
    chambers,
    lang,
  );
}

/** A meeting page's registered delegates to its conference, grouped by chamber, each chamber with its official accounts. */
export function meetingContacts(body: Conference, members: readonly Member[], chambers: Map<string, Chamber>, lang: string): ChamberContacts[] {
  return byChamber(delegatesTo(body, members), chambers, lang);
}

/** The members registered as delegates to a conference. */
export function delegatesTo(body: Conference, members: readonly Member[]): Member[] {
  return members.filter((m) => m.roles.some((r) => r.role === 'delegate' && r.conference === body));
}

/** Each chamber's kit for its members: `texts` makes the posts for a chamber in the kit's language. */
export function withKits(
  contacts: ChamberContacts[],
  chambers: Map<string, Chamber>,
  lang: string,
  texts: (chamber: Chamber, lang: string) => Record<PostPlatform, Post>,
): ChamberKit[] {
  return contacts.map((cc) => {
    const ch = chambers.get(cc.code);
    const kl = kitLang(ch, lang, langCodes);
    return { ...cc, kit: { lang: kl, posts: ch ? kitPosts(texts(ch, kl)) : [] } };
  });
}

function byChamber(mine: Member[], chambers: Map<string, Chamber>, lang: string): ChamberContacts[] {
  const codes = [...new Set(mine.map((m) => m.chamber))].sort();
  return codes.map((code) => {
    const ch = chambers.get(code);
    return {
      code,
      chamber: pick(ch?.names, lang) ?? { text: code, lang },
      href: chamberPath(lang, code),
      members: mine
        .filter((m) => m.chamber === code)
        .sort(byName(lang))
        .map((m) => memberCard(m, lang)),
      contacts: accountLinks(ch?.accounts ?? {}),
    };
  });
}

/** A chamber hub's registered members, by name, with all their roles. */
export function chamberMembers(code: string, members: readonly Member[], lang: string, documentHref?: (reference: string) => string | undefined): MemberCard[] {
  return members
    .filter((m) => m.chamber === code)
    .sort(byName(lang))
    .map((m) => memberCard(m, lang, documentHref));
}

/** A delegate as a conference hub shows them: with the chamber that sends them. */
export type DelegateCard = MemberCard & { chamber: Picked; chamberHref: string };

/** A conference hub's delegates, by name. */
export function conferenceDelegates(body: Conference, members: readonly Member[], chambers: Map<string, Chamber>, lang: string): DelegateCard[] {
  return delegatesTo(body, members)
    .sort(byName(lang))
    .map((m) => ({
      ...memberCard(m, lang),
      chamber: pick(chambers.get(m.chamber)?.names, lang) ?? { text: m.chamber, lang },
      chamberHref: chamberPath(lang, m.chamber),
    }));
}

/** The language of a chamber's members' kit: the chamber's own where the hub has it, else the page's. */
export function kitLang(chamber: Chamber | undefined, pageLang: string, hubLangs: readonly string[]): string {
  return (chamber?.nameLang ?? '').split('/').find((l) => hubLangs.includes(l)) ?? pageLang;
}
