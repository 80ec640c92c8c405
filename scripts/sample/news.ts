// News drafts about Commission proposals: reasoned opinions, political dialogue, yellow cards, replies.
import { addDays, DAY, docUrl, HOUR, int, LATEST_MS, MIN, msOf, must, pick, shuffled, weekday, ymd, type L, type Text } from './basics.ts';
import { ch, committeeOf, NATIVE, votesOf } from './data/chambers.ts';
import { GENERIC_POINTS, GENERIC_REASONS, type Opinion, type Proposal } from './data/proposals.ts';
import { cap, dayEn, dayFr, deFr, joinEn, joinFr, mdList, paras } from './prose.ts';
import type { NewsDraft } from './drafts.ts';

/** A working day at or after d. */
export function weekdayOn(d: string): string {
  const w = weekday(d);
  return w === 6 ? addDays(d, 2) : w === 0 ? addDays(d, 1) : d;
}
/** An instant during office hours (UTC) on day d, whole minutes. */
export function officeHours(d: string, from = 7, to = 15): number {
  return msOf(d) + int(from, to) * HOUR + int(0, 11) * 5 * MIN;
}
const withNative = (l: L, lang?: string, text?: string): Text => (lang && text ? { ...l, [lang]: text } : { ...l });

const THRESHOLD = (p: Proposal): number => (p.afsj ? 14 : 18);
const opinionDay = (p: Proposal, o: Opinion): string => weekdayOn(addDays(p.transmitted, o.after));

/** News about one Commission proposal: its opinions, yellow card and reply. */
export function newsForProposal(p: Proposal): NewsDraft[] {
  const out: NewsDraft[] = [];
  const deadline = deadlineOf(p.transmitted);
  const crossesAugust = [0, 1].some((k) => {
    const aug = msOf(`${Number(p.transmitted.slice(0, 4)) + k}-08-15`);
    return aug > msOf(p.transmitted) && aug < msOf(deadline);
  });
  const url = docUrl(p.com);
  const subTags = [...p.tags, 'subsidiarity'];

  // 1. The check opens.
  out.push({
    key: `subsidiarity-open/${p.com}`,
    published: officeHours(weekdayOn(addDays(p.transmitted, 1)), 8, 11),
    title: { en: `Subsidiarity check: ${p.com} – ${p.title.en}`, fr: `Contrôle de subsidiarité : ${p.com} – ${p.title.fr}` },
    summary: {
      en: `National parliaments have until ${dayEn(deadline)} to send reasoned opinions on ${p.ref.en}.`,
      fr: `Les parlements nationaux ont jusqu'au ${dayFr(deadline)} pour adresser des avis motivés sur ${p.ref.fr}.`,
    },
    body: {
      en: paras(
        `On ${dayEn(p.transmitted)} the European Commission transmitted **${p.com}** to national parliaments. ${p.context.en}`,
        `Under Protocol No 2 to the Treaties, each chamber may adopt a **reasoned opinion** within eight weeks if it considers that the proposal does not comply with the principle of subsidiarity. The period ends on **${dayEn(deadline)}**${crossesAugust ? ' (August is not counted)' : ''}.`,
        p.afsj
          ? 'As the proposal concerns the area of freedom, security and justice, a "yellow card" is reached when reasoned opinions represent a quarter of the votes allocated to national parliaments, that is 14 of 54.'
          : 'A "yellow card" is reached when reasoned opinions represent one third of the votes allocated to national parliaments, that is 18 of 54. Each parliament has two votes, shared between the two chambers of bicameral parliaments.',
        'Chambers can:',
        mdList(
          [
            'adopt a reasoned opinion, addressed to the Presidents of the European Parliament, the Council and the Commission;',
            'send an opinion to the Commission in the framework of the political dialogue;',
            'record the state of their scrutiny on IPEX, so that other chambers can follow it.',
          ],
          false,
        ),
        `Follow the scrutiny of each chamber on [the IPEX page of ${p.com}](${url}).`,
      ),
      fr: paras(
        `Le ${dayFr(p.transmitted)}, la Commission européenne a transmis le document **${p.com}** aux parlements nationaux. ${p.context.fr}`,
        `En vertu du protocole n° 2 annexé aux traités, chaque chambre peut adopter un **avis motivé** dans un délai de huit semaines si elle estime que la proposition n'est pas conforme au principe de subsidiarité. Le délai expire le **${dayFr(deadline)}**${crossesAugust ? " (le mois d'août n'étant pas compté)" : ''}.`,
        p.afsj
          ? "La proposition relevant de l'espace de liberté, de sécurité et de justice, le seuil du « carton jaune » est atteint lorsque les avis motivés représentent un quart des voix attribuées aux parlements nationaux, soit 14 sur 54."
          : 'Le seuil du « carton jaune » est atteint lorsque les avis motivés représentent un tiers des voix attribuées aux parlements nationaux, soit 18 sur 54. Chaque parlement dispose de deux voix, réparties entre les deux chambres des parlements bicaméraux.',
        'Les chambres peuvent :',
        mdList(
          [
            'adopter un avis motivé, adressé aux présidents du Parlement européen, du Conseil et de la Commission ;',
            'adresser un avis à la Commission dans le cadre du dialogue politique ;',
            "indiquer l'état de leur examen dans IPEX, afin que les autres chambres puissent le suivre.",
          ],
          false,
        ),
        `Suivez l'examen de chaque chambre sur [la page IPEX du document ${p.com}](${url}).`,
      ),
    },
    tags: subTags,
    chambers: [],
  });

  // 2. Reasoned opinions.
  p.ro.forEach((o, i) => {
    const c = ch(o.code);
    const d = opinionDay(p, o);
    const left = Math.round((msOf(deadline) - msOf(d)) / DAY);
    const nat = NATIVE[o.code];
    const reasons = [...p.reasons, ...shuffled(GENERIC_REASONS).slice(0, int(1, 2))];
    const com = committeeOf(c);
    const votes = votesOf(o.code);
    out.push({
      key: `ro/${p.com}/${o.code}`,
      // IPEX shows it a few days later, at the latest on the deadline.
      published: officeHours(must([weekdayOn(addDays(d, int(0, 3))), deadline].sort()[0], 'deadline')),
      title: withNative(
        { en: `${c.t.en} adopts a reasoned opinion on ${p.com} (${p.label.en})`, fr: `${c.t.fr} : avis motivé sur ${p.com} (${p.label.fr})` },
        nat?.lang,
        nat?.ro(p.com),
      ),
      summary: withNative(
        {
          en: `${cap(c.ref.en)} considers that ${p.ref.en} does not comply with the principle of subsidiarity.`,
          fr: `${cap(c.ref.fr)} estime que ${p.ref.fr} n'est pas conforme au principe de subsidiarité.`,
        },
        nat?.lang,
        nat?.roSum,
      ),
      body: {
        en: paras(
          `${cap(c.ref.en)} adopted a reasoned opinion on **${p.com}** on ${dayEn(d)}, ${left} days before the end of the eight-week period.`,
          i % 2 === 0 ? `On the basis of a report by ${com.en}, the chamber argues that:` : `Following the examination by ${com.en}, the opinion states that:`,
          mdList(
            reasons.map((r, k) => `${r.en}${k === reasons.length - 1 ? '.' : ';'}`),
            true,
          ),
          votes === 1
            ? `As one chamber of a bicameral parliament, ${c.ref.en} holds one of the 54 votes allocated to national parliaments under the early warning mechanism.`
            : `${cap(c.ref.en)} holds two of the 54 votes allocated to national parliaments under the early warning mechanism.`,
          `The opinion has been sent to the Presidents of the European Parliament, the Council and the Commission. The full text is available on [the IPEX page of ${p.com}](${url}).`,
        ),
        fr: paras(
          `${cap(c.ref.fr)} a adopté un avis motivé sur le document **${p.com}** le ${dayFr(d)}, ${left} jours avant la fin du délai de huit semaines.`,
          i % 2 === 0 ? `Sur la base d'un rapport de ${com.fr}, la chambre fait valoir que :` : `À l'issue de l'examen par ${com.fr}, l'avis indique que :`,
          mdList(
            reasons.map((r, k) => `${r.fr}${k === reasons.length - 1 ? '.' : ' ;'}`),
            true,
          ),
          votes === 1
            ? `En tant que chambre d'un parlement bicaméral, ${c.ref.fr} dispose d'une des 54 voix attribuées aux parlements nationaux dans le cadre du mécanisme d'alerte précoce.`
            : `${cap(c.ref.fr)} dispose de deux des 54 voix attribuées aux parlements nationaux dans le cadre du mécanisme d'alerte précoce.`,
          `L'avis a été transmis aux présidents du Parlement européen, du Conseil et de la Commission. Le texte intégral est disponible sur [la page IPEX du document ${p.com}](${url}).`,
        ),
      },
      tags: subTags,
      chambers: [o.code],
      only: o.only,
      withdrawn: o.withdrawn,
    });
  });

  // 3. Opinions in the political dialogue.
  p.pd.forEach((o) => {
    const c = ch(o.code);
    const d = opinionDay(p, o);
    const nat = NATIVE[o.code];
    const points = p.points.length ? [...p.points, pick(GENERIC_POINTS)] : shuffled(GENERIC_POINTS).slice(0, 3);
    const com = committeeOf(c);
    out.push({
      key: `pd/${p.com}/${o.code}`,
      published: officeHours(weekdayOn(addDays(d, int(0, 4)))),
      title: withNative(
        {
          en: `${c.t.en}: opinion on ${p.com} (${p.label.en}) in the political dialogue`,
          fr: `${c.t.fr} : avis sur ${p.com} (${p.label.fr}) dans le cadre du dialogue politique`,
        },
        nat?.lang,
        nat?.pd(p.com),
      ),
      summary: withNative(
        {
          en: `${cap(c.ref.en)} raises no subsidiarity objection but sends its views on ${p.ref.en} to the Commission.`,
          fr: `${cap(c.ref.fr)} ne soulève pas d'objection de subsidiarité mais transmet à la Commission ses observations sur ${p.ref.fr}.`,
        },
        nat?.lang,
        nat?.pdSum,
      ),
      body: {
        en: paras(
          `On ${dayEn(d)}, ${c.ref.en} adopted an opinion on **${p.com}** in the framework of the political dialogue with the European Commission. The text was prepared by ${com.en}.`,
          'In its opinion, the chamber:',
          mdList(
            points.map((x, k) => `${x.en}${k === points.length - 1 ? '.' : ';'}`),
            false,
          ),
          `The chamber considers that the proposal complies with the principle of subsidiarity. ${p.context.en}`,
          `The Commission usually replies within three months. The opinion is available on [IPEX](${url}).`,
        ),
        fr: paras(
          `Le ${dayFr(d)}, ${c.ref.fr} a adopté un avis sur le document **${p.com}** dans le cadre du dialogue politique avec la Commission européenne. Le texte a été préparé par ${com.fr}.`,
          'Dans son avis, la chambre :',
          mdList(
            points.map((x, k) => `${x.fr}${k === points.length - 1 ? '.' : ' ;'}`),
            false,
          ),
          `La chambre estime que la proposition respecte le principe de subsidiarité. ${p.context.fr}`,
          `La Commission répond en général dans un délai de trois mois. L'avis est disponible sur [IPEX](${url}).`,
        ),
      },
      tags: [...p.tags, 'political-dialogue'],
      chambers: [o.code],
      only: o.only,
      withdrawn: o.withdrawn,
    });
  });

  // 4. The Commission replies to the first reasoned opinion, when that reply has come.
  const first = p.ro[0];
  if (first) {
    const c = ch(first.code);
    const d = opinionDay(p, first);
    const reply = weekdayOn(addDays(d, int(70, 90)));
    if (msOf(reply) + 16 * HOUR <= LATEST_MS) {
      out.push({
        key: `reply/${p.com}/${first.code}`,
        published: officeHours(weekdayOn(addDays(reply, int(1, 5)))),
        title: {
          en: `${c.t.en}: Commission replies to the reasoned opinion on ${p.com}`,
          fr: `Réponse de la Commission à l'avis motivé ${deFr(c.ref.fr)} sur ${p.com}`,
        },
        summary: {
          en: `The Commission explains why it considers that ${p.ref.en} complies with the principle of subsidiarity.`,
          fr: `La Commission explique pourquoi elle estime que ${p.ref.fr} respecte le principe de subsidiarité.`,
        },
        body: {
          en: paras(
            `In a letter of ${dayEn(reply)}, the Commissioner responsible for interinstitutional relations replied to the reasoned opinion adopted by ${c.ref.en} on ${dayEn(d)}.`,
            'The Commission:',
            mdList(
              [
                `recalls that ${p.ref.en} pursues objectives that the member states cannot achieve sufficiently on their own;`,
                'refers to the impact assessment and the consultations that preceded the proposal;',
                "undertakes to take the chamber's concerns into account in the negotiations with the co-legislators.",
              ],
              false,
            ),
            `The reply is part of the political dialogue and does not stop the legislative procedure, which continues in the European Parliament and the Council. See [the IPEX page of ${p.com}](${url}).`,
          ),
          fr: paras(
            `Par une lettre du ${dayFr(reply)}, le membre de la Commission chargé des relations interinstitutionnelles a répondu à l'avis motivé adopté par ${c.ref.fr} le ${dayFr(d)}.`,
            'La Commission :',
            mdList(
              [
                `rappelle que ${p.ref.fr} poursuit des objectifs que les États membres ne peuvent atteindre de manière suffisante seuls ;`,
                "renvoie à l'analyse d'impact et aux consultations qui ont précédé la proposition ;",
                "s'engage à tenir compte des préoccupations de la chambre dans les négociations avec les colégislateurs.",
              ],
              false,
            ),
            `La réponse s'inscrit dans le dialogue politique et n'interrompt pas la procédure législative, qui se poursuit au Parlement européen et au Conseil. Voir [la page IPEX du document ${p.com}](${url}).`,
          ),
        },
        tags: [...p.tags, 'subsidiarity', 'political-dialogue'],
        chambers: [first.code],
      });
    }
  }

  // 5. The check closes.
  const closed = weekdayOn(addDays(deadline, 1));
  if (msOf(closed) + 16 * HOUR <= LATEST_MS) {
    const ros = p.ro.map((o) => ({ o, c: ch(o.code), d: opinionDay(p, o), v: votesOf(o.code) })).sort((x, y) => x.d.localeCompare(y.d));
    const votes = ros.reduce((n, r) => n + r.v, 0);
    const pds = p.pd.filter((o) => !o.withdrawn);
    const n = ros.length;
    const thr = THRESHOLD(p);
    out.push({
      key: `subsidiarity-closed/${p.com}`,
      published: officeHours(closed, 8, 12),
      title: n
        ? {
            en: `Subsidiarity check on ${p.com} closed: ${n} reasoned opinion${n > 1 ? 's' : ''}, ${votes} vote${votes > 1 ? 's' : ''}`,
            fr: `Fin du contrôle de subsidiarité sur ${p.com} : ${n} avis motivé${n > 1 ? 's' : ''}, ${votes} voix`,
          }
        : { en: `Subsidiarity check on ${p.com} closed without reasoned opinions`, fr: `Fin du contrôle de subsidiarité sur ${p.com} sans avis motivé` },
      summary: {
        en: `The threshold for a yellow card (${thr} of 54 votes) was not reached for ${p.ref.en}.`,
        fr: `Le seuil du carton jaune (${thr} voix sur 54) n'a pas été atteint pour ${p.ref.fr}.`,
      },
      body: {
        en: paras(
          `The eight-week period for national parliaments to assess ${p.ref.en} (**${p.com}**) ended on ${dayEn(deadline)}. ${p.context.en}`,
          n ? '## Reasoned opinions' : 'No chamber adopted a reasoned opinion.',
          n > 0 &&
            mdList(
              ros.map((r) => `${r.c.t.en} (${r.c.names.en}), ${dayEn(r.d)}: ${r.v} vote${r.v > 1 ? 's' : ''}`),
              false,
            ),
          n > 0 && `Together they represent **${votes} of 54 votes**, below the threshold of ${thr} votes needed for a "yellow card".`,
          pds.length
            ? `${pds.length === 1 ? 'One chamber' : `${pds.length} chambers`} sent opinions in the framework of the political dialogue: ${joinEn(pds.map((o) => ch(o.code).t.en))}.`
            : 'No opinion was received in the framework of the political dialogue.',
          `The legislative procedure continues in the European Parliament and the Council. Details are on [the IPEX page of ${p.com}](${url}).`,
        ),
        fr: paras(
          `Le délai de huit semaines dont disposaient les parlements nationaux pour examiner ${p.ref.fr} (**${p.com}**) a expiré le ${dayFr(deadline)}. ${p.context.fr}`,
          n ? '## Avis motivés' : "Aucune chambre n'a adopté d'avis motivé.",
          n > 0 &&
            mdList(
              ros.map((r) => `${r.c.t.fr} (${r.c.names.fr}), ${dayFr(r.d)} : ${r.v} voix`),
              false,
            ),
          n > 0 && `Ensemble, ils représentent **${votes} voix sur 54**, en deçà du seuil de ${thr} voix requis pour un « carton jaune ».`,
          pds.length
            ? `${pds.length === 1 ? 'Une chambre a' : `${pds.length} chambres ont`} adressé un avis dans le cadre du dialogue politique : ${joinFr(pds.map((o) => ch(o.code).t.fr))}.`
            : "Aucun avis n'a été reçu dans le cadre du dialogue politique.",
          `La procédure législative se poursuit au Parlement européen et au Conseil. Les détails figurent sur [la page IPEX du document ${p.com}](${url}).`,
        ),
      },
      tags: subTags,
      chambers: ros.slice(0, 3).map((r) => r.o.code),
    });
  }
  return out;
}

/** End of the eight-week period: 56 days from transmission, August not counted. */
function deadlineOf(transmitted: string): string {
  let t = msOf(transmitted);
  let n = 0;
  while (n < 56) {
    t += DAY;
    if (new Date(t).getUTCMonth() !== 7) n++;
  }
  return ymd(t);
}
