// Event drafts of the sample: the fixed meetings, the others spread over the year, their bodies and summaries.
import { addDays, chance, DAY, EP_RELNATPARL, int, IPEX, msOf, must, pick, shuffled, SYNC_MS, weekday, ymd, type L } from './basics.ts';
import type { Anchor } from './data/anchors.ts';
import { ch, type ChamberDef } from './data/chambers.ts';
import { CONFS, host, presidencyAt, SESSIONS, type Host, type Presidency } from './data/places.ts';
import { SUBJECTS, type Subject } from './data/subjects.ts';
import { deFr, mdList, paras, parts, whenOf } from './prose.ts';
import type { EvDraft } from './drafts.ts';

/** "Nicosia (Λευκωσία)": the English or French city name, with the local name when it differs. */
export function placeOf(h: Host): L {
  const local = Object.entries(h.city).find(([k]) => k !== 'en' && k !== 'fr')?.[1];
  const add = (s: string) => (local && local !== s ? `${s} (${local})` : s);
  return { en: add(h.city.en ?? ''), fr: add(h.city.fr ?? h.city.en ?? '') };
}

/** The draft of a fixed meeting. */
export function anchorDraft(a: Anchor): EvDraft {
  const h = host(a.host);
  const place = placeOf(h);
  const p = presidencyAt(a.start);
  const sessions = typeof a.sessions === 'string' ? must(SESSIONS[a.sessions], `no sessions ${a.sessions}`)(p) : a.sessions;
  const conf = a.conf === 'other' ? undefined : CONFS[a.conf];
  return {
    key: a.key,
    conf: a.conf,
    host: h,
    start: a.start,
    end: a.end,
    name: a.name,
    title: a.title ?? { en: `${a.name.en} — ${place.en}`, fr: `${a.name.fr} — ${place.fr}` },
    extraTitle: a.extraTitle,
    intro: a.intro ?? must(conf, `${a.key}: no intro`).about,
    sessions,
    tags: [...(conf?.tags ?? []), ...(a.tags ?? [])],
    only: a.only,
  };
}

/** Moves a start day so the event avoids weekends, August and the Christmas break. */
function workingStart(d: string, days: number): string {
  const [y, m, dd] = parts(d);
  if (m === 8) d = dd <= 15 ? `${y}-07-${String(Math.min(dd + 12, 24)).padStart(2, '0')}` : `${y}-09-${String(dd - 14).padStart(2, '0')}`;
  if ((m === 12 && dd >= 18) || (m === 1 && dd <= 8)) d = `${m === 12 ? y + 1 : y}-01-${String(11 + (dd % 5)).padStart(2, '0')}`;
  const w = weekday(d);
  if (w === 6) d = addDays(d, 2);
  else if (w === 0) d = addDays(d, 1);
  const w2 = weekday(d);
  if (w2 + days - 1 > 5) d = addDays(d, -(w2 + days - 1 - 5));
  return d;
}

/** Drafts of other meetings, spread over the sample period. */
export function otherDrafts(count: number): EvDraft[] {
  const first = msOf('2026-03-02');
  const span = msOf('2027-06-25') - first;
  const out: EvDraft[] = [];
  const usedCombos = new Set<string>();
  let order: Subject[] = [];
  for (let i = 0; i < count; i++) {
    if (order.length === 0) order = shuffled(SUBJECTS);
    const s = must(order.pop(), 'no subject');
    let h = host(pick(s.hosts));
    for (let tries = 0; tries < 12 && usedCombos.has(`${s.key}/${h.key}`); tries++) h = host(pick(s.hosts));
    usedCombos.add(`${s.key}/${h.key}`);
    const style = pick(['timed', 'timed', 'timed', 'timed-multi', 'timed-multi', 'day', 'day', 'days'] as const);
    const days = style === 'timed-multi' ? int(2, 3) : style === 'days' ? int(2, 3) : 1;
    const d0 = ymd(first + Math.floor((span * i) / count) + int(0, 5) * DAY);
    const d = workingStart(d0, days);
    const last = addDays(d, days - 1);
    let start: string;
    let end: string;
    if (style === 'timed') {
      const [t0, t1] = pick([
        ['09:30', '13:00'],
        ['09:00', '12:30'],
        ['10:00', '12:30'],
        ['14:00', '17:30'],
        ['14:30', '18:00'],
        ['09:30', '16:00'],
      ] as const);
      start = `${d}T${t0}`;
      end = `${d}T${t1}`;
    } else if (style === 'timed-multi') {
      start = `${d}T${pick(['09:00', '09:30', '14:00', '15:00'])}`;
      end = `${last}T${pick(['12:30', '13:00', '16:00'])}`;
    } else {
      start = d;
      end = last;
    }
    const place = h.label;
    out.push({
      key: `${s.key}-${d}-${h.key}`,
      conf: 'other',
      host: h,
      start,
      end,
      name: s.title,
      title: { en: `${s.title.en} — ${place.en}`, fr: `${s.title.fr} — ${place.fr}` },
      intro: s.intro,
      sessions: shuffled(s.agenda).slice(0, int(3, s.agenda.length)),
      tags: s.tags,
    });
  }
  return out;
}

const PRESIDENCY_COUNTRY: Record<string, string> = { DK: 'Denmark', CY: 'Cyprus', IE: 'Ireland', LT: 'Lithuania' };
/** True when the chamber belongs to the country holding the presidency. */
const isPresidencyHost = (c: ChamberDef, p: Presidency): boolean => PRESIDENCY_COUNTRY[c.country] === p.country.en;

/** An event's Markdown body in one language. */
export function eventBody(e: EvDraft, lang: 'en' | 'fr'): string {
  const past = msOf(e.start) < SYNC_MS;
  const c = ch(e.host.code);
  const when = whenOf(e.start, e.end)[lang];
  const venue = e.host.venue[lang] ?? e.host.venue.en ?? '';
  const city = e.host.city[lang] ?? e.host.city.en ?? '';
  const conf = e.conf === 'other' ? undefined : CONFS[e.conf];
  const p = presidencyAt(e.start);
  const inPresidencyCountry = isPresidencyHost(c, p);
  const ordered = e.sessions.length > 3 || e.conf !== 'other';
  const list = mdList(
    e.sessions.map((s) => s[lang]),
    ordered,
  );
  if (lang === 'en') {
    const verb = e.cancelled ? 'was to take place' : past ? 'took place' : 'will take place';
    const by = c.code === 'ep' ? '' : `, at the invitation of ${c.ref.en}`;
    const dim = inPresidencyCountry ? ` It is part of the parliamentary dimension of ${p.of.en} of the Council of the European Union.` : '';
    const closing = conf
      ? `${past ? 'Documents, the list of participants and the conclusions are' : 'Documents will be'} published on [the ${conf.short.en} page on IPEX](${conf.link}).`
      : c.code === 'ep'
        ? `See also the European Parliament's page on [relations with national parliaments](${EP_RELNATPARL}).`
        : `The meeting is listed in [the IPEX calendar](${IPEX}/calendar).`;
    return paras(
      e.cancelled && '**This meeting has been cancelled.** It remains listed for reference.',
      e.intro.en,
      `The meeting ${verb} ${when} in ${city} (${venue})${by}.${dim}`,
      chance(0.5) ? '## Programme' : '**Programme**',
      list,
      closing,
    );
  }
  const verb = e.cancelled ? 'devait se tenir' : past ? "s'est tenue" : 'se tiendra';
  const by = c.code === 'ep' ? '' : `, à l'invitation ${deFr(c.ref.fr)}`;
  const dim = inPresidencyCountry ? ` Elle s'inscrit dans la dimension parlementaire de ${p.of.fr} du Conseil de l'Union européenne.` : '';
  const closing = conf
    ? `${past ? 'Les documents, la liste des participants et les conclusions sont publiés' : 'Les documents seront publiés'} sur [la page ${conf.short.fr} d'IPEX](${conf.link}).`
    : c.code === 'ep'
      ? `Voir aussi la page du Parlement européen sur [les relations avec les parlements nationaux](${EP_RELNATPARL.replace('/en/', '/fr/')}).`
      : `La réunion figure dans [le calendrier d'IPEX](${IPEX}/calendar).`;
  return paras(
    e.cancelled && '**Cette réunion a été annulée.** Elle reste affichée pour mémoire.',
    e.intro.fr,
    `La réunion ${verb} ${when} à ${city} (${venue})${by}.${dim}`,
    chance(0.5) ? '## Programme' : '**Programme**',
    list,
    closing,
  );
}

/** An event's summary. */
export function eventSummary(e: EvDraft): L {
  const c = ch(e.host.code);
  const p = presidencyAt(e.start);
  let s: L;
  if (e.conf !== 'other' || e.key.startsWith('ipex-')) {
    const dim = isPresidencyHost(c, p);
    s =
      c.code === 'ep'
        ? {
            en: `${e.name.en} at the European Parliament in ${e.host.city.en}, co-organised with the parliament of the presidency country.`,
            fr: `${e.name.fr} au Parlement européen à ${e.host.city.fr}, coorganisée avec le parlement du pays de la présidence.`,
          }
        : {
            en: `${e.name.en} hosted by ${c.ref.en}${dim ? ` as part of the parliamentary dimension of ${p.of.en}` : ''}.`,
            fr: `${e.name.fr}, à l'invitation ${deFr(c.ref.fr)}${dim ? `, dans le cadre de la dimension parlementaire de ${p.of.fr}` : ''}.`,
          };
  } else {
    const subj = SUBJECTS.find((x) => x.title.en === e.name.en);
    const lead = subj?.summary ?? { en: e.intro.en.split('. ')[0] + '.', fr: e.intro.fr.split('. ')[0] + '.' };
    const stop = (t: string) => t.replace(/\.+$/, '');
    s = c.code === 'ep' ? lead : { en: `${stop(lead.en)}. Hosted by ${c.ref.en}.`, fr: `${stop(lead.fr)}. À l'invitation ${deFr(c.ref.fr)}.` };
  }
  if (e.cancelled) s = { en: `Cancelled. ${s.en}`, fr: `Annulée. ${s.fr}` };
  return s;
}
