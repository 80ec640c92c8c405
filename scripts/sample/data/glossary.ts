// The sample glossary: the words the sample's documents, topics and meetings use, named in the 24
// official languages and defined in English and French. Invented definitions for development,
// written from the Treaties' rules; not IPEX's text.
import type { EuText } from '../basics.ts';
import { TERM_TITLES } from './glossary-titles.ts';

/** One sample term: its stable key, names and definitions (Markdown), and optional label keys. */
export interface SampleTerm {
  key: string;
  /** The term in every official language of the EU (scripts/sample/data/glossary-titles.ts). */
  title: EuText;
  body: { en: string; fr: string };
  tags?: string[];
}

/** The sample's terms, in no particular order (pages sort them per language). */
export const SAMPLE_TERMS: SampleTerm[] = [
  {
    key: 'reasoned-opinion',
    title: TERM_TITLES['reasoned-opinion'],
    body: {
      en: 'A national parliament or chamber may send a **reasoned opinion** stating why a draft legislative act does not comply with the principle of subsidiarity. It must do so within the eight-week period after the draft is transmitted (Protocol No 2, Article 6).\n\nReasoned opinions count towards the yellow card and the orange card.',
      fr: 'Un parlement national ou une chambre peut adresser un **avis motivé** exposant les raisons pour lesquelles un projet d’acte législatif n’est pas conforme au principe de subsidiarité. Il doit le faire dans le délai de huit semaines qui suit la transmission du projet (protocole n° 2, article 6).\n\nLes avis motivés comptent pour le carton jaune et le carton orange.',
    },
    tags: ['subsidiarity'],
  },
  {
    key: 'yellow-card',
    title: TERM_TITLES['yellow-card'],
    body: {
      en: 'When reasoned opinions represent at least one third of the votes allocated to the national parliaments (18 of 54), the draft must be reviewed; the threshold is one quarter (14 of 54) for drafts on police and judicial cooperation in criminal matters. The Commission may then maintain, amend or withdraw it, giving reasons.',
      fr: 'Lorsque les avis motivés représentent au moins un tiers des voix attribuées aux parlements nationaux (18 sur 54), le projet doit être réexaminé ; le seuil est d’un quart (14 sur 54) pour les projets relatifs à la coopération policière et judiciaire en matière pénale. La Commission peut alors le maintenir, le modifier ou le retirer, en motivant sa décision.',
    },
    tags: ['subsidiarity'],
  },
  {
    key: 'orange-card',
    title: TERM_TITLES['orange-card'],
    body: {
      en: 'Under the ordinary legislative procedure, when reasoned opinions represent at least a simple majority of the votes (28 of 54), the Commission must review the proposal. If it maintains it, the European Parliament or the Council may end the procedure.',
      fr: 'Dans la procédure législative ordinaire, lorsque les avis motivés représentent au moins la majorité simple des voix (28 sur 54), la Commission doit réexaminer la proposition. Si elle la maintient, le Parlement européen ou le Conseil peut mettre fin à la procédure.',
    },
    tags: ['subsidiarity'],
  },
  {
    key: 'political-dialogue',
    title: TERM_TITLES['political-dialogue'],
    body: {
      en: 'Since 2006 national parliaments send the Commission their views on any proposal or consultation, not only on subsidiarity. The Commission answers each contribution in writing.',
      fr: 'Depuis 2006, les parlements nationaux adressent à la Commission leur avis sur toute proposition ou consultation, et pas seulement sur la subsidiarité. La Commission répond par écrit à chaque contribution.',
    },
    tags: ['political-dialogue'],
  },
  {
    key: 'subsidiarity',
    title: TERM_TITLES['subsidiarity'],
    body: {
      en: 'The principle that the Union acts only where the objectives of an action cannot be sufficiently achieved by the member states, at central, regional or local level, and can be better achieved at Union level (Article 5(3) TEU).',
      fr: 'Le principe selon lequel l’Union n’intervient que si les objectifs de l’action envisagée ne peuvent pas être atteints de manière suffisante par les États membres, au niveau central, régional ou local, mais peuvent l’être mieux au niveau de l’Union (article 5, paragraphe 3, TUE).',
    },
    tags: ['subsidiarity'],
  },
  {
    key: 'proportionality',
    title: TERM_TITLES['proportionality'],
    body: {
      en: 'The principle that the content and form of Union action do not exceed what is necessary to achieve the objectives of the Treaties (Article 5(4) TEU). Parliaments often comment on it in the political dialogue.',
      fr: 'Le principe selon lequel le contenu et la forme de l’action de l’Union n’excèdent pas ce qui est nécessaire pour atteindre les objectifs des traités (article 5, paragraphe 4, TUE). Les parlements le commentent souvent dans le dialogue politique.',
    },
  },
  {
    key: 'cosac',
    title: TERM_TITLES['cosac'],
    body: {
      en: 'The Conference of Parliamentary Committees for Union Affairs of the Parliaments of the European Union. It meets twice a year in the country holding the Council presidency and may adopt contributions addressed to the EU institutions.',
      fr: 'La Conférence des organes parlementaires spécialisés dans les affaires de l’Union des parlements de l’Union européenne. Elle se réunit deux fois par an dans le pays qui exerce la présidence du Conseil et peut adopter des contributions adressées aux institutions de l’UE.',
    },
    tags: ['cosac'],
  },
  {
    key: 'subsidiarity-check',
    title: TERM_TITLES['subsidiarity-check'],
    body: {
      en: 'The scrutiny by which each national parliament checks, within eight weeks, whether a draft legislative act complies with subsidiarity. Also called the early warning mechanism.',
      fr: 'L’examen par lequel chaque parlement national vérifie, dans un délai de huit semaines, si un projet d’acte législatif respecte la subsidiarité. On parle aussi de mécanisme d’alerte précoce.',
    },
    tags: ['subsidiarity'],
  },
  {
    key: 'protocol-2',
    title: TERM_TITLES['protocol-2'],
    body: {
      en: 'The Protocol on the application of the principles of subsidiarity and proportionality, annexed to the Treaties. It sets the subsidiarity check, the votes of national parliaments and the thresholds of the yellow card and the orange card.',
      fr: 'Le protocole sur l’application des principes de subsidiarité et de proportionnalité, annexé aux traités. Il organise le contrôle de subsidiarité, les voix des parlements nationaux et les seuils du carton jaune et du carton orange.',
    },
  },
  {
    key: 'ordinary-legislative-procedure',
    title: TERM_TITLES['ordinary-legislative-procedure'],
    body: {
      en: 'The procedure by which the European Parliament and the Council adopt most EU laws together on a proposal from the Commission (Article 294 TFEU). Its files carry the code COD.',
      fr: 'La procédure par laquelle le Parlement européen et le Conseil adoptent ensemble la plupart des actes de l’UE sur proposition de la Commission (article 294 TFUE). Ses dossiers portent le code COD.',
    },
  },
  {
    key: 'legal-basis',
    title: TERM_TITLES['legal-basis'],
    body: {
      en: 'The article of the Treaties that empowers the Union to act and sets the procedure, for example Article 114 TFEU for the internal market. It decides which threshold of the yellow card applies.',
      fr: 'L’article des traités qui habilite l’Union à agir et fixe la procédure, par exemple l’article 114 TFUE pour le marché intérieur. Il détermine le seuil du carton jaune applicable.',
    },
  },
  {
    key: 'conference-of-speakers',
    title: TERM_TITLES['conference-of-speakers'],
    body: {
      en: 'The Conference of Speakers of the European Union Parliaments meets once a year. It oversees interparliamentary cooperation, including IPEX and COSAC’s work.',
      fr: 'La Conférence des présidents des parlements de l’Union européenne se réunit une fois par an. Elle supervise la coopération interparlementaire, y compris IPEX et les travaux de la COSAC.',
    },
    tags: ['speakers-conference'],
  },
  {
    key: 'jpsg',
    title: TERM_TITLES['jpsg'],
    body: {
      en: 'The group of members of the national parliaments and of the European Parliament that politically monitors Europol’s activities (Article 88 TFEU). It meets twice a year.',
      fr: 'Le groupe de membres des parlements nationaux et du Parlement européen qui assure le contrôle politique des activités d’Europol (article 88 TFUE). Il se réunit deux fois par an.',
    },
    tags: ['europol'],
  },
  {
    key: 'interparliamentary-conference',
    title: TERM_TITLES['interparliamentary-conference'],
    body: {
      en: 'A meeting of delegations of the national parliaments and the European Parliament on one policy, such as the conference on the common foreign and security policy or the Article 13 conference on economic governance.',
      fr: 'Une réunion de délégations des parlements nationaux et du Parlement européen sur une politique, comme la conférence sur la politique étrangère et de sécurité commune ou la conférence de l’article 13 sur la gouvernance économique.',
    },
  },
  {
    key: 'commission-work-programme',
    title: TERM_TITLES['commission-work-programme'],
    body: {
      en: 'The Commission’s yearly list of the initiatives it plans. Many parliaments choose from it the proposals they will scrutinise first.',
      fr: 'La liste annuelle des initiatives que la Commission prévoit. De nombreux parlements y choisissent les propositions qu’ils examineront en priorité.',
    },
  },
  {
    key: 'eight-week-period',
    title: TERM_TITLES['eight-week-period'],
    body: {
      en: 'The time national parliaments have to send a reasoned opinion, from the day a draft is transmitted in all official languages. By practice August and 20 December–10 January are not counted.',
      fr: 'Le délai dont disposent les parlements nationaux pour adresser un avis motivé, à compter de la transmission du projet dans toutes les langues officielles. Par usage, le mois d’août et la période du 20 décembre au 10 janvier ne sont pas comptés.',
    },
  },
  {
    key: 'scrutiny-reserve',
    title: TERM_TITLES['scrutiny-reserve'],
    body: {
      en: 'A rule in several member states under which the government does not agree to an EU act in the Council until the national parliament has finished its scrutiny.',
      fr: 'Une règle de plusieurs États membres selon laquelle le gouvernement n’approuve pas un acte de l’UE au Conseil avant que le parlement national ait achevé son examen.',
    },
  },
  {
    key: 'ipex-correspondent',
    title: TERM_TITLES['ipex-correspondent'],
    body: {
      en: 'The official of each chamber who publishes its documents and news on IPEX and answers questions from other parliaments.',
      fr: 'Le fonctionnaire de chaque chambre qui publie ses documents et ses actualités sur IPEX et répond aux questions des autres parlements.',
    },
  },
  {
    key: 'hot-topic',
    title: TERM_TITLES['hot-topic'],
    body: {
      en: 'A subject that many parliaments are scrutinising at the same time, with a page on IPEX that gathers their news, documents and meetings.',
      fr: 'Un sujet que de nombreux parlements examinent au même moment, avec une page sur IPEX qui rassemble leurs actualités, documents et réunions.',
    },
  },
  {
    key: 'conditionality',
    title: TERM_TITLES['conditionality'],
    body: {
      en: 'A rule that makes EU funding depend on conditions, such as respect for the rule of law in the budget of the Union.',
      fr: 'Une règle qui subordonne des financements de l’UE à des conditions, comme le respect de l’état de droit dans le budget de l’Union.',
    },
  },
];
