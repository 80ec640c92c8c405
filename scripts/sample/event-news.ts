// News drafts about interparliamentary meetings: programmes and outcomes.
import { addDays, HOUR, int, LATEST_MS, msOf, type L } from './basics.ts';
import type { Anchor } from './data/anchors.ts';
import { ch } from './data/chambers.ts';
import { CONFS } from './data/places.ts';
import { placeOf } from './events.ts';
import type { EvDraft } from './drafts.ts';
import { officeHours, weekdayOn } from './news.ts';
import type { NewsDraft } from './drafts.ts';
import { cap, dayEn, dayFr, deFr, mdList, paras, whenOf } from './prose.ts';

const OUTCOME: Record<string, { title: (place: L) => L; text: L }> = {
  'cosac-plenary': {
    title: (pl) => ({ en: `COSAC adopts its contribution and conclusions in ${pl.en}`, fr: `La COSAC adopte sa contribution et ses conclusions à ${pl.fr}` }),
    text: {
      en: "The delegations adopted the **contribution** of the meeting, which is sent to the European Parliament, the Council and the Commission, together with conclusions on the Union's finances and on enlargement. Several chambers added declarations to the minutes.",
      fr: "Les délégations ont adopté la **contribution** de la réunion, transmise au Parlement européen, au Conseil et à la Commission, ainsi que des conclusions sur les finances de l'Union et sur l'élargissement. Plusieurs chambres ont fait inscrire des déclarations au procès-verbal.",
    },
  },
  'cosac-chairs': {
    title: (pl) => ({
      en: `COSAC chairpersons meet in ${pl.en} to prepare the plenary`,
      fr: `Les présidents de la COSAC se réunissent à ${pl.fr} pour préparer la plénière`,
    }),
    text: {
      en: 'The chairpersons approved the draft agenda of the plenary and the outline of the **bi-annual report**, which is based on a questionnaire sent to all chambers.',
      fr: "Les présidents ont approuvé le projet d'ordre du jour de la plénière et la structure du **rapport semestriel**, fondé sur un questionnaire adressé à toutes les chambres.",
    },
  },
  speakers: {
    title: (pl) => ({
      en: `Speakers of EU parliaments adopt conclusions in ${pl.en}`,
      fr: `Les présidents des parlements de l'UE adoptent des conclusions à ${pl.fr}`,
    }),
    text: {
      en: 'The Speakers adopted the **Presidency conclusions**, which welcome the work of the IPEX Board, support the IPEX Hub and call for closer cooperation between parliaments against disinformation.',
      fr: "Les présidents ont adopté les **conclusions de la présidence**, qui saluent les travaux du conseil d'IPEX, soutiennent l'IPEX Hub et appellent à une coopération plus étroite entre parlements contre la désinformation.",
    },
  },
  'jpsg-europol': {
    title: (pl) => ({
      en: `JPSG questions Europol on migrant smuggling and data protection in ${pl.en}`,
      fr: `Le GCPC interroge Europol sur le trafic de migrants et la protection des données à ${pl.fr}`,
    }),
    text: {
      en: 'Members adopted a summary of conclusions and agreed on **written questions** to Europol on its use of artificial intelligence tools and its cooperation with third countries.',
      fr: "Les membres ont adopté un résumé des conclusions et convenu de **questions écrites** à Europol sur son utilisation d'outils d'intelligence artificielle et sa coopération avec les pays tiers.",
    },
  },
  'ipc-cfsp-csdp': {
    title: (pl) => ({
      en: `IPC CFSP/CSDP in ${pl.en} debates defence readiness and support for Ukraine`,
      fr: `La CIP PESC/PSDC débat à ${pl.fr} de la préparation de la défense et du soutien à l'Ukraine`,
    }),
    text: {
      en: 'The conference adopted conclusions calling for more **joint procurement**, sustained military and financial support for Ukraine and a stronger role of parliaments in scrutinising defence spending.',
      fr: "La conférence a adopté des conclusions appelant à davantage d'**achats conjoints**, à un soutien militaire et financier durable à l'Ukraine et à un rôle renforcé des parlements dans le contrôle des dépenses de défense.",
    },
  },
  'ipc-secg': {
    title: (pl) => ({
      en: `Article 13 Conference in ${pl.en} discusses competitiveness and fiscal rules`,
      fr: `La conférence de l'article 13 débat à ${pl.fr} de la compétitivité et des règles budgétaires`,
    }),
    text: {
      en: "The co-chairs' conclusions stress the need for **public investment** in defence and the energy transition within the reformed fiscal rules, and for national parliaments to be involved in the European Semester.",
      fr: "Les conclusions des coprésidents soulignent la nécessité d'**investissements publics** dans la défense et la transition énergétique dans le respect des règles budgétaires réformées, ainsi que d'une association des parlements nationaux au Semestre européen.",
    },
  },
};

/** News about a fixed meeting: its programme, and its outcome once it is over. */
export function newsForEvent(e: EvDraft, a: Anchor): NewsDraft[] {
  if (e.conf === 'other') return [];
  const conf = CONFS[e.conf];
  const c = ch(e.host.code);
  const pl = placeOf(e.host);
  const when = whenOf(e.start, e.end);
  const kind = typeof a.sessions === 'string' ? a.sessions : e.conf;
  const out: NewsDraft[] = [];
  const announced = weekdayOn(addDays(e.start.slice(0, 10), -int(18, 25)));
  if (msOf(announced) + 16 * HOUR <= LATEST_MS) {
    const registration = weekdayOn(addDays(e.start.slice(0, 10), -7));
    out.push({
      key: `announce/${e.key}`,
      published: officeHours(announced),
      title: { en: `Programme published: ${e.name.en} in ${pl.en}`, fr: `Programme publié : ${e.name.fr} à ${pl.fr}` },
      summary: {
        en: `The meeting will take place ${when.en}; delegations can register until ${dayEn(registration)}.`,
        fr: `La réunion se tiendra ${when.fr} ; les délégations peuvent s'inscrire jusqu'au ${dayFr(registration)}.`,
      },
      body: {
        en: paras(
          `${cap(c.ref.en)} has published the draft programme of the following meeting: **${e.name.en}**, ${when.en}, ${e.host.venue.en}, ${e.host.city.en}.`,
          'Draft programme:',
          mdList(
            e.sessions.map((s) => s.en),
            true,
          ),
          `Delegations are invited to register by ${dayEn(registration)}. Documents are published on [the ${conf.short.en} page on IPEX](${conf.link}).`,
        ),
        fr: paras(
          `${cap(c.ref.fr)} a publié le projet de programme de la réunion suivante : **${e.name.fr}**, ${when.fr}, ${e.host.venue.fr ?? e.host.venue.en}, ${e.host.city.fr ?? e.host.city.en}.`,
          'Projet de programme :',
          mdList(
            e.sessions.map((s) => s.fr),
            true,
          ),
          `Les délégations sont invitées à s'inscrire avant le ${dayFr(registration)}. Les documents sont publiés sur [la page ${conf.short.fr} d'IPEX](${conf.link}).`,
        ),
      },
      tags: e.tags,
      chambers: [e.host.code],
    });
  }
  const done = weekdayOn(addDays(e.end.slice(0, 10), int(1, 3)));
  const outcome = OUTCOME[kind];
  if (outcome && msOf(done) + 16 * HOUR <= LATEST_MS) {
    out.push({
      key: `outcome/${e.key}`,
      published: officeHours(done),
      title: outcome.title(pl),
      summary: {
        en: `Delegations of the national parliaments and the European Parliament met ${when.en}.`,
        fr: `Les délégations des parlements nationaux et du Parlement européen se sont réunies ${when.fr}.`,
      },
      body: {
        en: paras(
          `The ${e.name.en.replace(/^Meeting/, 'meeting').replace(/^Plenary/, 'plenary')} took place ${when.en} in ${pl.en}, hosted by ${c.ref.en}.`,
          'The debates covered:',
          mdList(
            e.sessions.slice(0, -1).map((s) => s.en),
            false,
          ),
          outcome.text.en,
          `The documents are available on [the ${conf.short.en} page on IPEX](${conf.link}).`,
        ),
        fr: paras(
          `La ${e.name.fr.replace(/^Réunion/, 'réunion')} s'est tenue ${when.fr} à ${pl.fr}, à l'invitation ${deFr(c.ref.fr)}.`,
          'Les débats ont porté sur :',
          mdList(
            e.sessions.slice(0, -1).map((s) => s.fr),
            false,
          ),
          outcome.text.fr,
          `Les documents sont disponibles sur [la page ${conf.short.fr} d'IPEX](${conf.link}).`,
        ),
      },
      tags: e.tags,
      chambers: [e.host.code, ...(e.host.code === 'ep' ? ['iedai'] : [])],
    });
  }
  return out;
}
