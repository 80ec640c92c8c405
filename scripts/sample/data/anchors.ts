// The sample's interparliamentary meetings with fixed dates (COSAC, Speakers, JPSG, IPC…).
import type { L, Text } from '../basics.ts';
import type { Conference } from '../../../src/model/vocabulary.ts';

/** A meeting with a fixed date. */
export interface Anchor {
  key: string;
  conf: Conference;
  host: string;
  start: string;
  end: string;
  name: L;
  sessions: string | L[];
  intro?: L;
  tags?: string[];
  title?: Text;
  extraTitle?: Text;
  only?: 'en' | 'fr';
}

const N_COSAC_PLENARY: L = { en: 'Plenary meeting of COSAC', fr: 'Réunion plénière de la COSAC' };
const N_COSAC_CHAIRS: L = { en: 'Meeting of the Chairpersons of COSAC', fr: 'Réunion des présidents de la COSAC' };
const N_SPEAKERS: L = { en: 'Conference of Speakers of the European Union Parliaments', fr: "Conférence des présidents des parlements de l'Union européenne" };
const N_SG: L = {
  en: 'Meeting of the Secretaries-General of the European Union Parliaments',
  fr: "Réunion des secrétaires généraux des parlements de l'Union européenne",
};
const N_JPSG: L = { en: 'Meeting of the Joint Parliamentary Scrutiny Group on Europol', fr: "Réunion du groupe de contrôle parlementaire conjoint d'Europol" };
const N_IPC_CFSP: L = { en: 'Interparliamentary Conference for the CFSP and the CSDP', fr: 'Conférence interparlementaire pour la PESC et la PSDC' };
const N_IPC_SECG: L = {
  en: 'Interparliamentary Conference on Stability, Economic Coordination and Governance',
  fr: 'Conférence interparlementaire sur la stabilité, la coordination économique et la gouvernance',
};
const N_IPEX_BOARD: L = { en: 'IPEX Board meeting', fr: "Réunion du conseil d'IPEX" };
const N_IPEX_CORR: L = { en: 'Meeting of IPEX correspondents', fr: 'Réunion des correspondants IPEX' };
const IPEX_INTRO: L = {
  en: 'IPEX, the platform for EU Interparliamentary Exchange, is run by the national parliaments and the European Parliament under the guidance of the Conference of Speakers. Its Board meets during each presidency, and its network of correspondents keeps the scrutiny information of every chamber up to date.',
  fr: "IPEX, la plateforme d'échange interparlementaire de l'UE, est gérée par les parlements nationaux et le Parlement européen sous l'égide de la Conférence des présidents. Son conseil se réunit pendant chaque présidence et son réseau de correspondants tient à jour les informations de contrôle de chaque chambre.",
};

/** The fixed meetings of the sample. */
export const ANCHORS: Anchor[] = [
  // Cyprus Presidency, January–June 2026
  {
    key: 'ipc-cfsp-csdp-2026-1',
    conf: 'ipc-cfsp-csdp',
    host: 'nic',
    start: '2026-03-05T09:00',
    end: '2026-03-06T13:00',
    name: N_IPC_CFSP,
    sessions: 'ipc-cfsp-csdp',
    extraTitle: { el: 'Διακοινοβουλευτική Διάσκεψη για την ΚΕΠΠΑ και την ΚΠΑΑ — Λευκωσία' },
  },
  { key: 'jpsg-2026-1', conf: 'jpsg-europol', host: 'nic', start: '2026-03-16T09:30', end: '2026-03-17T13:00', name: N_JPSG, sessions: 'jpsg-europol' },
  {
    key: 'med-maritime-security-2026',
    conf: 'other',
    host: 'nic',
    start: '2026-03-26',
    end: '2026-03-26',
    tags: ['cfsp-csdp', 'migration'],
    name: {
      en: 'Parliamentary conference on maritime security in the Eastern Mediterranean',
      fr: 'Conférence parlementaire sur la sûreté maritime en Méditerranée orientale',
    },
    intro: {
      en: 'Members of the foreign affairs, defence and EU affairs committees of the Mediterranean member states discuss the security of shipping lanes, energy infrastructure at sea and search and rescue in the Eastern Mediterranean.',
      fr: 'Les membres des commissions des affaires étrangères, de la défense et des affaires européennes des États membres méditerranéens débattent de la sécurité des routes maritimes, des infrastructures énergétiques en mer et de la recherche et du sauvetage en Méditerranée orientale.',
    },
    sessions: [
      { en: 'Protecting undersea cables and pipelines', fr: 'Protéger les câbles et les gazoducs sous-marins' },
      { en: 'Operation Aspides and freedom of navigation', fr: "L'opération Aspides et la liberté de navigation" },
      { en: 'Search and rescue and cooperation with third countries', fr: 'La recherche et le sauvetage et la coopération avec les pays tiers' },
    ],
    extraTitle: { el: 'Κοινοβουλευτική διάσκεψη για τη ναυτική ασφάλεια στην Ανατολική Μεσόγειο' },
  },
  { key: 'speakers-2026', conf: 'speakers', host: 'cph', start: '2026-04-23T15:00', end: '2026-04-24T13:00', name: N_SPEAKERS, sessions: 'speakers' },
  {
    key: 'ipex-board-2026-1',
    conf: 'other',
    host: 'nic',
    start: '2026-04-27',
    end: '2026-04-28',
    name: N_IPEX_BOARD,
    sessions: 'ipex-board',
    intro: IPEX_INTRO,
  },
  {
    key: 'cosac-plenary-2026-1',
    conf: 'cosac',
    host: 'nic',
    start: '2026-05-31T15:00',
    end: '2026-06-02T13:00',
    name: N_COSAC_PLENARY,
    sessions: 'cosac-plenary',
    extraTitle: { el: 'Σύνοδος Ολομέλειας της COSAC — Λευκωσία' },
  },
  // Irish Presidency, July–December 2026
  {
    key: 'cosac-chairs-2026-2',
    conf: 'cosac',
    host: 'dub',
    start: '2026-07-13T09:00',
    end: '2026-07-13T16:30',
    name: N_COSAC_CHAIRS,
    sessions: 'cosac-chairs',
  },
  {
    key: 'ipc-cfsp-csdp-2026-2',
    conf: 'ipc-cfsp-csdp',
    host: 'dub',
    start: '2026-09-03T09:00',
    end: '2026-09-04T13:00',
    name: N_IPC_CFSP,
    sessions: 'ipc-cfsp-csdp',
  },
  { key: 'jpsg-2026-2', conf: 'jpsg-europol', host: 'bxl', start: '2026-09-28T09:30', end: '2026-09-29T13:00', name: N_JPSG, sessions: 'jpsg-europol' },
  { key: 'ipc-secg-2026-2', conf: 'ipc-secg', host: 'dub', start: '2026-10-05T14:00', end: '2026-10-06T13:00', name: N_IPC_SECG, sessions: 'ipc-secg' },
  {
    key: 'ipex-correspondents-2026',
    conf: 'other',
    host: 'dubL',
    start: '2026-10-19',
    end: '2026-10-19',
    name: N_IPEX_CORR,
    sessions: 'ipex-corr',
    intro: IPEX_INTRO,
  },
  {
    key: 'enlargement-dublin-2026',
    conf: 'other',
    host: 'dubL',
    start: '2026-11-09T09:30',
    end: '2026-11-09T13:00',
    tags: ['enlargement'],
    name: {
      en: 'Interparliamentary conference on enlargement: the road to accession',
      fr: "Conférence interparlementaire sur l'élargissement : le chemin vers l'adhésion",
    },
    intro: {
      en: 'Chairpersons of the EU affairs and foreign affairs committees meet members of the parliaments of the candidate countries to discuss the state of accession negotiations and the role of parliaments in the ratification of accession treaties.',
      fr: "Les présidents des commissions des affaires européennes et des affaires étrangères rencontrent des membres des parlements des pays candidats pour faire le point sur les négociations d'adhésion et sur le rôle des parlements dans la ratification des traités d'adhésion.",
    },
    sessions: [
      {
        en: 'State of play of the accession negotiations with Montenegro, Albania, Ukraine and Moldova',
        fr: "État des négociations d'adhésion avec le Monténégro, l'Albanie, l'Ukraine et la Moldavie",
      },
      { en: 'Gradual integration into EU policies before accession', fr: "L'intégration progressive aux politiques de l'Union avant l'adhésion" },
      { en: 'Ratifying accession treaties: lessons from 2004', fr: "Ratifier les traités d'adhésion : les leçons de 2004" },
    ],
  },
  {
    key: 'cosac-plenary-2026-2',
    conf: 'cosac',
    host: 'dub',
    start: '2026-11-29T15:00',
    end: '2026-12-01T13:00',
    name: N_COSAC_PLENARY,
    sessions: 'cosac-plenary',
  },
  // Lithuanian Presidency, January–June 2027 (and the 2027 Speakers' Conference in Dublin)
  {
    key: 'cosac-chairs-2027-1',
    conf: 'cosac',
    host: 'vno',
    start: '2027-01-24T15:00',
    end: '2027-01-25T13:00',
    name: N_COSAC_CHAIRS,
    sessions: 'cosac-chairs',
  },
  {
    key: 'epw-2027',
    conf: 'ipc-secg',
    host: 'bxl',
    start: '2027-02-16T09:00',
    end: '2027-02-17T13:00',
    sessions: 'ipc-secg',
    name: { en: 'European Parliamentary Week 2027', fr: 'Semaine parlementaire européenne 2027' },
    title: {
      en: 'European Parliamentary Week 2027: Interparliamentary Conference on Stability, Economic Coordination and Governance',
      fr: 'Semaine parlementaire européenne 2027 : conférence interparlementaire sur la stabilité, la coordination économique et la gouvernance',
    },
  },
  { key: 'speakers-sg-2027', conf: 'speakers', host: 'dubL', start: '2027-02-22', end: '2027-02-22', name: N_SG, sessions: 'speakers-sg' },
  {
    key: 'ipc-cfsp-csdp-2027-1',
    conf: 'ipc-cfsp-csdp',
    host: 'vno',
    start: '2027-03-04T09:00',
    end: '2027-03-05T13:00',
    name: N_IPC_CFSP,
    sessions: 'ipc-cfsp-csdp',
  },
  { key: 'jpsg-2027-1', conf: 'jpsg-europol', host: 'vno', start: '2027-03-15T09:30', end: '2027-03-16T13:00', name: N_JPSG, sessions: 'jpsg-europol' },
  {
    key: 'ipex-board-2027-1',
    conf: 'other',
    host: 'vno',
    start: '2027-04-12',
    end: '2027-04-13',
    name: N_IPEX_BOARD,
    sessions: 'ipex-board',
    intro: IPEX_INTRO,
  },
  { key: 'speakers-2027', conf: 'speakers', host: 'dub', start: '2027-05-10T09:00', end: '2027-05-11T13:00', name: N_SPEAKERS, sessions: 'speakers' },
  {
    key: 'eastern-partnership-2027',
    conf: 'other',
    host: 'vno',
    start: '2027-05-24T09:30',
    end: '2027-05-24T13:00',
    tags: ['enlargement', 'cfsp-csdp'],
    name: {
      en: 'Parliamentary conference on the Eastern Partnership and security in the Eastern neighbourhood',
      fr: 'Conférence parlementaire sur le partenariat oriental et la sécurité dans le voisinage oriental',
    },
    intro: {
      en: 'The Seimas invites the chairpersons of the foreign affairs and EU affairs committees, together with members of the parliaments of Ukraine, Moldova and Georgia, to discuss security in the Eastern neighbourhood.',
      fr: "Le Seimas invite les présidents des commissions des affaires étrangères et des affaires européennes, ainsi que des membres des parlements d'Ukraine, de Moldavie et de Géorgie, à débattre de la sécurité dans le voisinage oriental.",
    },
    sessions: [
      { en: 'Resilience of democratic institutions against hybrid attacks', fr: 'La résilience des institutions démocratiques face aux attaques hybrides' },
      { en: 'Energy and transport connectivity with the Eastern neighbours', fr: 'La connectivité énergétique et de transport avec les voisins orientaux' },
      { en: 'The parliamentary dimension of the Eastern Partnership', fr: 'La dimension parlementaire du partenariat oriental' },
    ],
  },
  {
    key: 'cosac-plenary-2027-1',
    conf: 'cosac',
    host: 'vno',
    start: '2027-06-06T15:00',
    end: '2027-06-08T13:00',
    name: N_COSAC_PLENARY,
    sessions: 'cosac-plenary',
  },
  // Events hosted by other chambers
  {
    key: 'thessaloniki-migration-2026',
    conf: 'other',
    host: 'thes',
    start: '2026-06-18',
    end: '2026-06-19',
    tags: ['migration'],
    name: {
      en: 'Interparliamentary conference on migration and security in the Mediterranean',
      fr: 'Conférence interparlementaire sur la migration et la sécurité en Méditerranée',
    },
    title: {
      en: 'Βουλή των Ελλήνων: Διακοινοβουλευτική Διάσκεψη για τη Μετανάστευση και την Ασφάλεια στη Μεσόγειο',
      fr: 'Parlement hellénique : conférence interparlementaire sur la migration et la sécurité en Méditerranée (Θεσσαλονίκη)',
    },
    extraTitle: { el: 'Βουλή των Ελλήνων: Διακοινοβουλευτική Διάσκεψη για τη Μετανάστευση και την Ασφάλεια στη Μεσόγειο' },
    intro: {
      en: 'The Hellenic Parliament (Βουλή των Ελλήνων) hosts members of the interior and EU affairs committees of the Mediterranean member states in Θεσσαλονίκη, one week after the Pact on Migration and Asylum started to apply.',
      fr: "Le Parlement hellénique (Βουλή των Ελλήνων) accueille à Θεσσαλονίκη des membres des commissions de l'intérieur et des affaires européennes des États membres méditerranéens, une semaine après l'entrée en application du pacte sur la migration et l'asile.",
    },
    sessions: [
      { en: 'First experiences with the border procedure and screening', fr: "Premiers retours d'expérience sur la procédure à la frontière et le filtrage" },
      { en: 'Solidarity pool: relocations and financial contributions', fr: 'Réserve de solidarité : relocalisations et contributions financières' },
      { en: 'Cooperation with countries of origin and transit', fr: "La coopération avec les pays d'origine et de transit" },
    ],
  },
  {
    key: 'stockholm-total-defence-2026',
    conf: 'other',
    host: 'sto',
    start: '2026-05-06T13:00',
    end: '2026-05-06T16:30',
    tags: ['cfsp-csdp'],
    only: 'en',
    name: { en: 'Riksdag seminar on total defence and civil preparedness', fr: 'Séminaire du Riksdag sur la défense totale et la préparation civile' },
    intro: {
      en: "The Committee on Defence and the Committee on European Union Affairs of the Swedish Riksdag invite colleagues from the Nordic and Baltic parliaments to compare national approaches to total defence, following the Commission's Preparedness Union Strategy.",
      fr: '',
    },
    sessions: [
      { en: 'Civil preparedness: lessons from Finland and Sweden', fr: '' },
      { en: 'Stockpiling and critical supplies', fr: '' },
      { en: 'The role of parliaments in crisis situations', fr: '' },
    ],
  },
  {
    key: 'helsinki-arctic-2026',
    conf: 'other',
    host: 'hel',
    start: '2026-09-14T10:00',
    end: '2026-09-14T15:30',
    tags: ['cfsp-csdp', 'climate'],
    name: {
      en: 'Grand Committee seminar on the Arctic and EU external action',
      fr: "Séminaire de la Grande Commission sur l'Arctique et l'action extérieure de l'UE",
    },
    intro: {
      en: "The Grand Committee of the Finnish Eduskunta, which coordinates the parliament's EU scrutiny, holds an open seminar on the Union's Arctic policy, climate change in the High North and security in the region.",
      fr: "La Grande Commission de l'Eduskunta finlandaise, qui coordonne le contrôle parlementaire des affaires européennes, organise un séminaire ouvert sur la politique arctique de l'Union, le changement climatique dans le Grand Nord et la sécurité dans la région.",
    },
    sessions: [
      { en: 'Climate change in the Arctic: science briefing', fr: "Le changement climatique dans l'Arctique : point scientifique" },
      { en: 'Security in the High North after NATO enlargement', fr: "La sécurité dans le Grand Nord après l'élargissement de l'OTAN" },
      { en: "Indigenous peoples and the Union's Arctic policy", fr: "Les peuples autochtones et la politique arctique de l'Union" },
    ],
  },
  {
    key: 'lisbon-outermost-2026',
    conf: 'other',
    host: 'lis',
    start: '2026-10-22',
    end: '2026-10-23',
    tags: ['budget'],
    name: {
      en: 'Conference on the outermost regions and the EU Atlantic strategy',
      fr: "Conférence sur les régions ultrapériphériques et la stratégie atlantique de l'UE",
    },
    intro: {
      en: 'The European Affairs Committee of the Assembleia da República brings together parliamentarians from member states with outermost regions and Atlantic coasts to discuss the place of the Azores, Madeira, the Canary Islands and the French outermost regions in the next multiannual financial framework.',
      fr: "La commission des affaires européennes de l'Assembleia da República réunit des parlementaires des États membres ayant des régions ultrapériphériques et des façades atlantiques pour débattre de la place des Açores, de Madère, des Canaries et des régions ultrapériphériques françaises dans le prochain cadre financier pluriannuel.",
    },
    sessions: [
      { en: 'Article 349 TFEU and tailored EU rules', fr: "L'article 349 du TFUE et les règles européennes adaptées" },
      { en: 'The blue economy and the Atlantic Action Plan', fr: "L'économie bleue et le plan d'action atlantique" },
      { en: 'POSEI and cohesion funding after 2027', fr: 'Le POSEI et les fonds de cohésion après 2027' },
    ],
  },
];
