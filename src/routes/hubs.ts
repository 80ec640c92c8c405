import type { FeedSite } from '../feeds/site.ts';
import { countryName } from '../i18n/place.ts';
import { fill, ui } from '../i18n/ui.ts';
import type { Catalog } from '../model/catalog.ts';
import type { Item } from '../model/item.ts';
import { pick } from '../model/pick.ts';
import type { Chamber } from '../model/schemas.ts';
import { absolute, calendarPath, chamberPath, conferencePath, documentPath, feedPath, homePath, webcal } from '../model/urls.ts';
import { CONFERENCES, type Conference } from '../model/vocabulary.ts';
import { sameReference } from '../model/members.ts';
import { accountLinks, chamberMembers, conferenceDelegates } from './members.ts';
import type { DocumentCatalog } from '../model/document-catalog.ts';
import type { ChamberCard, ChamberScrutiny, Crumb, Draft, OpenCheck, ScopeLinks, View } from './page.ts';

/** A chamber's name in the page's language and in its own, each part with its language. */
export function chamberCard(ch: Chamber, lang: string): ChamberCard {
  const parts = ch.name.split(' / ');
  const langs = (ch.nameLang ?? '').split('/');
  const own = parts.map((text, i) => ({ text, lang: langs[i] ?? langs[0] ?? '' }));
  return {
    code: ch.code,
    href: chamberPath(lang, ch.code),
    name: pick(ch.names, lang) ?? { text: ch.name, lang: '' },
    own,
    country: countryName(ch.country, lang) ?? ch.country,
    memberUntil: ch.memberUntil,
  };
}

/** The documents a chamber sent a reasoned opinion or a political-dialogue contribution on, most recent first;
 * an opinion on a document outside the check (before Lisbon, or not a draft legislative act) is a contribution. */
function scrutinyOf(d: DocumentCatalog, code: string, lang: string): ChamberScrutiny[] {
  return d.all.flatMap(({ doc, status }) => {
    const s = doc.scrutinies.find((x) => x.chamber === code);
    if (!s || (!s.reasonedOpinion && !s.politicalDialogue) || doc.withdrawn) return [];
    const title = pick(doc.title, lang) ?? { text: doc.reference, lang };
    const checked = status.regime === 'check';
    return [
      {
        href: documentPath(lang, doc),
        reference: doc.reference,
        title,
        opinion: s.reasonedOpinionDate,
        opinionSent: s.reasonedOpinion && checked,
        dialogue: s.politicalDialogue || (s.reasonedOpinion && !checked),
      },
    ];
  });
}

/** Open subsidiarity checks, soonest deadline first: where every chamber may still act. */
function openChecks(d: DocumentCatalog, lang: string): OpenCheck[] {
  return d.open.flatMap(({ doc, status }) =>
    status.check
      ? [
          {
            href: documentPath(lang, doc),
            reference: doc.reference,
            title: pick(doc.title, lang) ?? { text: doc.reference, lang },
            deadline: status.check.deadline,
            daysLeft: status.check.daysLeft,
            countedOn: status.check.countedOn,
          },
        ]
      : [],
  );
}

/** The feeds and calendar of a scope, where the build has them. */
function scopeLinks(site: FeedSite, lang: string, scope: string): ScopeLinks {
  const calendar = site.calendars.find((s) => s.key === scope);
  return {
    feeds: site.scopes.some((s) => s.key === scope)
      ? { rss: feedPath(lang, scope, 'rss'), atom: feedPath(lang, scope, 'atom'), json: feedPath(lang, scope, 'json') }
      : undefined,
    calendar: calendar ? { href: calendarPath(lang, scope), webcal: webcal(absolute(calendarPath(lang, scope))) } : undefined,
  };
}

/** The chambers page and one hub per chamber of the registry. */
export function chamberDrafts(c: Catalog, site: FeedSite, d: DocumentCatalog, lang: string): Draft[] {
  const t = ui(lang);
  const home: Crumb = { name: t.home, path: homePath(lang) };
  const all: Crumb = { name: t.chambersTitle, path: chamberPath(lang) };
  const cards = [...c.chambers.values()].map((ch) => chamberCard(ch, lang));
  const byCountry = new Map<string, ChamberCard[]>();
  for (const card of [...cards].sort((a, b) => a.country.localeCompare(b.country, lang) || a.name.text.localeCompare(b.name.text, lang))) {
    byCountry.set(card.country, [...(byCountry.get(card.country) ?? []), card]);
  }
  const groups = [...byCountry].map(([country, chambers]) => ({ country, chambers }));
  const documentHref = (reference: string) => {
    const v = d.all.find((x) => sameReference(x.doc.reference, reference));
    return v && documentPath(lang, v.doc);
  };
  const out: Draft[] = [
    { path: chamberPath, title: t.chambersTitle, description: t.chambersIntro, crumbs: [home, all], section: 'chambers', view: { type: 'chambers', groups } },
  ];
  for (const ch of c.chambers.values()) {
    const card = chamberCard(ch, lang);
    const news = c.news.filter((n) => n.chambers.includes(ch.code)).slice(0, 10);
    const meetings: Item[] = [...c.upcoming, ...c.past].filter((e) => e.organiser === ch.code);
    const accounts = accountLinks(ch.accounts);
    const path = (l: string) => chamberPath(l, ch.code);
    const members = chamberMembers(ch.code, c.members, lang, documentHref);
    const view: View = {
      type: 'chamber',
      chamber: card,
      accounts,
      members,
      news,
      meetings,
      scrutiny: scrutinyOf(d, ch.code, lang),
      open: ch.memberUntil ? [] : openChecks(d, lang),
      links: scopeLinks(site, lang, `chambers/${ch.code}`),
    };
    const description = fill(t.chamberDescription, { chamber: card.name.text, country: card.country });
    out.push({
      path,
      title: card.name.text,
      description,
      crumbs: [home, all, { name: card.name.text, path: path(lang) }],
      feedScope: `chambers/${ch.code}`,
      section: 'chambers',
      view,
    });
  }
  return out;
}

/** The next meeting of a body and its others, upcoming and past. */
function meetingsOf(c: Catalog, body: Conference) {
  const upcoming = c.upcoming.filter((e) => e.conference === body);
  return { next: upcoming[0], upcoming: upcoming.slice(1), past: c.past.filter((e) => e.conference === body) };
}

/** The conferences page and one hub per interparliamentary body. */
export function conferenceDrafts(c: Catalog, site: FeedSite, lang: string): Draft[] {
  const t = ui(lang);
  const home: Crumb = { name: t.home, path: homePath(lang) };
  const all: Crumb = { name: t.conferencesTitle, path: conferencePath(lang) };
  const bodies = CONFERENCES.map((body) => ({
    body,
    href: conferencePath(lang, body),
    name: t.conferences[body],
    about: t.about[body],
    next: meetingsOf(c, body).next,
  }));
  const out: Draft[] = [
    {
      path: conferencePath,
      title: t.conferencesTitle,
      description: t.conferencesIntro,
      crumbs: [home, all],
      section: 'conferences',
      view: { type: 'conferences', bodies },
    },
  ];
  for (const body of CONFERENCES) {
    const name = t.conferences[body];
    const path = (l: string) => conferencePath(l, body);
    const news = c.news.filter((n) => n.tags.some((tg) => tg.key === body)).slice(0, 10);
    // Every text the body adopted, newest first: its most quotable news.
    const texts = c.texts.filter((x) => x.meeting.conference === body);
    const delegates = conferenceDelegates(body, c.members, c.chambers, lang);
    const view: View = {
      type: 'conference',
      body,
      about: t.about[body],
      ...meetingsOf(c, body),
      texts,
      news,
      delegates,
      links: scopeLinks(site, lang, `bodies/${body}`),
    };
    out.push({
      path,
      title: name,
      description: t.about[body],
      crumbs: [home, all, { name, path: path(lang) }],
      feedScope: `bodies/${body}`,
      section: 'conferences',
      view,
    });
  }
  return out;
}
