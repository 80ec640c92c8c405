// Turns the drafts into snapshot items: ids, slugs, first-seen and update times, related items.
import type { Kind } from '../../src/model/vocabulary.ts';
import { slugFor } from '../../src/model/identity.ts';
import { addDays, chance, DAY, hexId, HOUR, int, IPEX, isoZ, LATEST_MS, makeClock, MIN, msOf, SYNC_MS, type Text } from './basics.ts';
import { ANCHORS } from './data/anchors.ts';
import { ch, CHAMBERS, NAME_LANGS } from './data/chambers.ts';
import { HOSTILE_TITLE, miscNews } from './data/misc-news.ts';
import { TIME_ZONES } from './data/places.ts';
import { PROPOSALS } from './data/proposals.ts';
import { tagsOf } from './data/tags.ts';
import { TOPICS } from './data/topics.ts';
import { newsForEvent } from './event-news.ts';
import { anchorDraft, eventBody, eventSummary, otherDrafts } from './events.ts';
import { meetingTextsOf } from './meeting-texts.ts';
import { newsForProposal, officeHours, weekdayOn } from './news.ts';
import type { SampleChamber, SampleEvent, SampleNews, SampleTag, SampleTopic } from './drafts.ts';
import { dayEn, dayFr, mdList, paras } from './prose.ts';

/** Keeps non-empty texts, only in one language when asked. */
function texts(t: Text | undefined, only?: 'en' | 'fr'): Text | undefined {
  if (!t) return undefined;
  const r = Object.fromEntries(Object.entries(t).filter(([k, v]) => v && (!only || k === only)));
  return Object.keys(r).length ? r : undefined;
}
/** The title: non-empty texts, only in one language when asked; an error if none is left. */
function titleOf(t: Text, key: string, only?: 'en' | 'fr'): Text {
  const title = texts(t, only);
  if (!title) throw new Error(`${key}: no title left in ${only ?? 'any language'}`);
  return title;
}
const secs = (): number => int(0, 59) * 1000;

/** Slugs of one kind, given in generation order by the rules the sync follows (src/model/identity.ts). */
function slugger(kind: Kind): (title: Text, id: string) => string {
  const taken = new Set<string>();
  return (title, id) => {
    const slug = slugFor(kind, id, title, taken);
    taken.add(slug);
    return slug;
  };
}

/** The kinds this generator writes (other kinds' sample data hook in from their own modules). */
export const SAMPLE_KINDS = ['news', 'events', 'topics'] as const;

/** The generated sample: snapshot items per kind, the chamber registry, and notes for the console. */
export interface Built {
  news: SampleNews[];
  events: SampleEvent[];
  topics: SampleTopic[];
  chambers: SampleChamber[];
  notes: string[];
}

/** Generates the whole sample, deterministically (one seeded random sequence, consumed in a fixed order). */
export function buildSample(): Built {
  const notes: string[] = [];

  // Events.
  const anchorDrafts = ANCHORS.map((a) => ({ a, e: anchorDraft(a) }));
  const others = otherDrafts(60).sort((x, y) => x.start.localeCompare(y.start));
  const cancelMay = others.find((e) => e.start.startsWith('2026-05'));
  const cancelFeb = others.find((e) => e.start.startsWith('2027-02'));
  if (cancelMay) cancelMay.cancelled = true;
  if (cancelFeb) cancelFeb.cancelled = true;
  const frOnly = others.find((e) => ['parS', 'parA', 'lux'].includes(e.host.key));
  if (frOnly) frOnly.only = 'fr';
  const drafts = [...anchorDrafts.map((x) => x.e), ...others].sort((x, y) => x.start.localeCompare(y.start) || x.key.localeCompare(y.key));

  const eventClock = makeClock();
  const eventSlug = slugger('events');
  const events = drafts.map((e): SampleEvent => {
    const id = hexId('events', e.key);
    const startMs = msOf(e.start.slice(0, 10));
    let fs = startMs - int(21, 70) * DAY + int(6, 17) * HOUR + int(0, 59) * MIN + secs();
    // Meetings far ahead were first seen during the autumn before.
    if (fs > LATEST_MS) fs = officeHours(weekdayOn(addDays('2026-10-01', int(0, 48)))) + int(0, 4) * MIN + secs();
    const firstSeen = eventClock(fs);
    let updated: number | undefined;
    if (chance(0.4) || e.cancelled) {
      const limit = Math.min(e.cancelled ? LATEST_MS : startMs - DAY, LATEST_MS);
      const u = firstSeen + int(2, 20) * DAY + int(0, 8) * HOUR + int(0, 59) * MIN + secs();
      const t = Math.min(u, limit);
      if (t > firstSeen + HOUR) updated = t;
    }
    const title = titleOf({ ...e.title, ...(e.extraTitle ?? {}) }, e.key, e.only);
    const country = e.host.key === 'bxl' ? 'BE' : e.host.key === 'sxb' ? 'FR' : ch(e.host.code).country;
    return {
      id,
      slug: eventSlug(title, id),
      firstSeen: isoZ(firstSeen),
      updated: updated === undefined ? undefined : isoZ(updated),
      title,
      summary: texts(eventSummary(e), e.only),
      body: texts({ en: e.only === 'fr' ? '' : eventBody(e, 'en'), fr: e.only === 'en' ? '' : eventBody(e, 'fr') }, e.only),
      tags: tagsOf(e.tags),
      start: e.start,
      end: e.end,
      timeZone: TIME_ZONES[country],
      venue: { ...e.host.venue },
      city: { ...e.host.city },
      country,
      organiser: e.host.code,
      conference: e.conf,
      cancelled: e.cancelled ? true : undefined,
      ...meetingTextsOf(e.key, e.end.slice(0, 10)),
      source: `${IPEX}/calendar/${id}`,
    };
  });
  notes.push(
    `cancelled events: ${events
      .filter((e) => e.cancelled)
      .map((e) => e.slug)
      .join(', ')}`,
  );

  // News.
  const newsDrafts = [...PROPOSALS.flatMap(newsForProposal), ...anchorDrafts.flatMap(({ a, e }) => newsForEvent(e, a)), ...miscNews()].sort(
    (x, y) => x.published - y.published || x.key.localeCompare(y.key),
  );
  const newsClock = makeClock();
  const newsSlug = slugger('news');
  const news = newsDrafts.map((n): SampleNews => {
    const id = hexId('news', n.key);
    const published = Math.min(n.published, LATEST_MS - 3 * HOUR);
    const firstSeen = newsClock(Math.min(published + int(5, 150) * MIN + secs(), LATEST_MS));
    let updated: number | undefined;
    let withdrawn: number | undefined;
    if (n.withdrawn) {
      withdrawn = Math.min(firstSeen + int(2, 30) * DAY + int(0, 10) * HOUR + secs(), LATEST_MS);
    } else if (chance(0.25)) {
      const u = firstSeen + int(1, 20) * DAY + int(0, 9) * HOUR + int(0, 59) * MIN + secs();
      if (u <= LATEST_MS) updated = u;
    }
    const title = titleOf(n.title, n.key, n.only);
    return {
      id,
      slug: newsSlug(title, id),
      firstSeen: isoZ(firstSeen),
      updated: updated === undefined ? undefined : isoZ(updated),
      withdrawn: withdrawn === undefined ? undefined : isoZ(withdrawn),
      published: isoZ(published),
      title,
      summary: texts(n.summary, n.only),
      body: texts(n.body, n.only),
      tags: tagsOf(n.tags),
      chambers: [...new Set(n.chambers)],
      source: `${IPEX}/news/${id}`,
    };
  });

  // Topics.
  const topicClock = makeClock();
  const topicSlug = slugger('topics');
  const hasTag = (item: { tags: SampleTag[] }, keys: string[]) => item.tags.some((t) => keys.includes(t.key));
  const topics = TOPICS.map((t): SampleTopic => {
    const id = hexId('topics', t.key);
    const firstSeen = topicClock(officeHours(t.firstSeen) + secs());
    const relNews = news
      .filter((n) => hasTag(n, t.tags) && !n.withdrawn && n.title.en !== HOSTILE_TITLE)
      .sort((a, b) => b.published.localeCompare(a.published))
      .slice(0, 8);
    const relEvents = events
      .filter((e) => hasTag(e, t.tags))
      .sort((a, b) => Math.abs(msOf(a.start) - SYNC_MS) - Math.abs(msOf(b.start) - SYNC_MS))
      .slice(0, 6)
      .sort((a, b) => a.start.localeCompare(b.start));
    const upcoming = relEvents.filter((e) => msOf(e.start) >= SYNC_MS).slice(0, 4);
    const shown = upcoming.length ? upcoming : relEvents.slice(-3);
    const line = (e: SampleEvent, lang: 'en' | 'fr') => {
      const title = e.title;
      const d = e.start.slice(0, 10);
      return `${lang === 'en' ? dayEn(d) : dayFr(d)}${lang === 'en' ? ':' : ' :'} ${title[lang] ?? title.en ?? title.fr ?? ''}${e.cancelled ? (lang === 'en' ? ' (cancelled)' : ' (annulée)') : ''}`;
    };
    const meetings: Text = {
      en: paras(
        upcoming.length ? '## Coming up' : '## Recent meetings',
        mdList(
          shown.map((e) => line(e, 'en')),
          false,
        ),
      ),
      fr: paras(
        upcoming.length ? '## Prochaines réunions' : '## Réunions récentes',
        mdList(
          shown.map((e) => line(e, 'fr')),
          false,
        ),
      ),
    };
    const body = Object.fromEntries(
      Object.entries(t.body).map(([lang, md]) => [lang, shown.length && (lang === 'en' || lang === 'fr') ? paras(md, meetings[lang]) : md]),
    );
    const latest = Math.max(...relNews.map((n) => Date.parse(n.firstSeen)), ...relEvents.map((e) => Date.parse(e.firstSeen)), 0);
    const updated = latest > firstSeen + DAY ? Math.min(latest + int(1, 6) * HOUR + secs(), LATEST_MS) : undefined;
    return {
      id,
      slug: topicSlug(t.title, id),
      firstSeen: isoZ(firstSeen),
      updated: updated === undefined ? undefined : isoZ(updated),
      title: titleOf(t.title, t.key, t.only),
      summary: texts(t.summary, t.only),
      body: texts(body, t.only),
      tags: tagsOf(t.tags),
      related: { news: relNews.map((n) => n.id), events: relEvents.map((e) => e.id) },
      source: `${IPEX}/hot-topics/${id}`,
    };
  });

  const override = hexId('news', 'ro/COM(2026) 170/nlek');
  if (!news.some((n) => n.id === override)) notes.push('WARNING: the override target is missing');
  notes.push(`override target (English only, French added by content/editorial/news/eerste-kamer-own-resources.fr.md): ${override}`);

  const chambers = CHAMBERS.map((c) => ({
    code: c.code,
    country: c.country,
    name: c.name,
    nameLang: NAME_LANGS[c.country],
    names: { en: c.names.en, fr: c.names.fr },
    ...(c.memberFrom && { memberFrom: c.memberFrom }),
    ...(c.memberUntil && { memberUntil: c.memberUntil }),
    accounts: c.accounts ?? {},
  }));
  return { news, events, topics, chambers, notes };
}
