// The sample's EU documents: invented proposals and a communication (the COM numbers from 2026
// and 2008 do not match real documents), chosen so that the subsidiarity states all appear at the
// sample's sync time (2026-11-20): open, closing within 14 days, closed, a yellow card, a yellow
// card at the Article 76 quarter, no check at all, and a pre-Lisbon document; and the three real
// yellow cards on record (2012, 2013, 2016), the landmarks every hub shows, with the chambers whose
// reasoned opinions the Commission counted (its annual reports on subsidiarity and proportionality).
import type { EuText } from './basics.ts';
import { DOCUMENT_TITLES } from './data/document-titles.ts';

/** A chamber's scrutiny in the table: status, and the day of its opinion or contribution. */
export interface SampleScrutiny {
  chamber: string;
  status: 'not-started' | 'ongoing' | 'completed';
  /** Day the reasoned opinion was adopted. */
  opinion?: string;
  /** Day a political-dialogue contribution was sent. */
  dialogue?: string;
  /** A reasoned opinion whose day the sample does not claim to know. */
  undated?: true;
}

/** One sample document. */
export interface SampleDocument {
  reference: string;
  procedure?: string;
  /** The title in every official language of the EU (scripts/sample/data/document-titles.ts). */
  title: EuText;
  body: { en: string; fr: string };
  tags: string[];
  adopted: string;
  transmitted: string;
  /** IPEX's own deadline, when the sample has IPEX send one. */
  deadline?: string;
  legalBasis: string[];
  scrutinies: SampleScrutiny[];
}

const done = (chamber: string, opinion: string): SampleScrutiny => ({ chamber, status: 'completed', opinion });
const dialogue = (chamber: string, day: string): SampleScrutiny => ({ chamber, status: 'completed', dialogue: day });
const ongoing = (chamber: string): SampleScrutiny => ({ chamber, status: 'ongoing' });
const opinions = (...chambers: string[]): SampleScrutiny[] => chambers.map((chamber) => ({ chamber, status: 'completed', undated: true }));

/** The table: one entry per state the pages will show. */
export const SAMPLE_DOCUMENTS: SampleDocument[] = [
  {
    // Open: the deadline (22 January 2027) skips the winter break.
    reference: 'COM(2026) 538',
    procedure: '2026/0275(COD)',
    title: DOCUMENT_TITLES['COM(2026) 538'],
    body: {
      en: 'The proposal sets common rules for public bodies to request data held by companies in **public emergencies**.',
      fr: 'La proposition fixe des règles communes permettant aux organismes publics de demander des données détenues par des entreprises en cas d’**urgence publique**.',
    },
    tags: ['digital', 'subsidiarity'],
    adopted: '2026-11-04',
    transmitted: '2026-11-05',
    legalBasis: ['Article 114 TFEU'],
    scrutinies: [ongoing('frass'), ongoing('debta'), { chamber: 'lvsae', status: 'not-started' }],
  },
  {
    // Closing soon: 30 November 2026, ten days after the sample's sync.
    reference: 'COM(2026) 497',
    procedure: '2026/0244(CNS)',
    title: DOCUMENT_TITLES['COM(2026) 497'],
    body: {
      en: 'Tax administrations would exchange information on crypto-asset transactions automatically.',
      fr: 'Les administrations fiscales échangeraient automatiquement les informations sur les transactions en crypto-actifs.',
    },
    tags: ['subsidiarity'],
    adopted: '2026-10-02',
    transmitted: '2026-10-05',
    legalBasis: ['Article 115 TFEU'],
    scrutinies: [done('plsej', '2026-11-10'), done('huors', '2026-11-13'), done('sknrs', '2026-11-17'), dialogue('frsen', '2026-11-12'), ongoing('itcam')],
  },
  {
    // Closed: transmitted in June, so August is skipped (5 September 2026, a Saturday: Monday 7 September).
    reference: 'COM(2026) 310',
    procedure: '2026/0160(COD)',
    title: DOCUMENT_TITLES['COM(2026) 310'],
    body: {
      en: 'Member States would monitor soil health and forest resilience with common indicators.',
      fr: 'Les États membres surveilleraient la santé des sols et la résilience des forêts à l’aide d’indicateurs communs.',
    },
    tags: ['climate', 'agriculture'],
    adopted: '2026-06-09',
    transmitted: '2026-06-10',
    legalBasis: ['Article 192(1) TFEU'],
    scrutinies: [
      done('atnr', '2026-08-27'),
      done('ptass', '2026-09-02'),
      dialogue('escon', '2026-07-20'),
      dialogue('seriks', '2026-09-01'),
      dialogue('iedai', '2026-07-14'),
    ],
  },
  {
    // Yellow card: 18 votes of 54 by IPEX's deadline (12 October; computed would be 10 October); a late opinion does not count.
    reference: 'COM(2026) 402',
    procedure: '2026/0198(COD)',
    title: DOCUMENT_TITLES['COM(2026) 402'],
    body: {
      en: 'The directive would set minimum standards for care services booked through online platforms.',
      fr: 'La directive fixerait des normes minimales pour les services de soins réservés par des plateformes en ligne.',
    },
    tags: ['subsidiarity'],
    adopted: '2026-07-14',
    transmitted: '2026-07-15',
    deadline: '2026-10-12',
    legalBasis: ['Article 153(2) TFEU'],
    scrutinies: [
      done('dkfol', '2026-09-15'),
      done('seriks', '2026-09-17'),
      done('fiedu', '2026-09-22'),
      done('lvsae', '2026-09-24'),
      done('eerii', '2026-09-29'),
      done('nltk', '2026-09-30'),
      done('nlek', '2026-10-01'),
      done('ltsei', '2026-10-02'),
      done('atbr', '2026-10-06'),
      done('atnr', '2026-10-07'),
      done('mtkam', '2026-10-09'),
      done('czsen', '2026-10-20'),
      dialogue('debta', '2026-09-10'),
    ],
  },
  {
    // Article 76 (Articles 82 and 87 TFEU): the quarter, 14 votes, is reached below one third.
    reference: 'COM(2026) 455',
    procedure: '2026/0221(COD)',
    title: DOCUMENT_TITLES['COM(2026) 455'],
    body: {
      en: 'Police authorities could request electronic evidence directly from their counterparts in other Member States.',
      fr: 'Les autorités de police pourraient demander des preuves électroniques directement à leurs homologues des autres États membres.',
    },
    tags: ['europol', 'subsidiarity'],
    adopted: '2026-09-15',
    transmitted: '2026-09-16',
    legalBasis: ['Article 82(1) and 87(2) TFEU'],
    scrutinies: [
      done('bgnsb', '2026-10-20'),
      done('hrsab', '2026-10-22'),
      done('cyvou', '2026-10-27'),
      done('grvou', '2026-10-29'),
      done('luchd', '2026-11-03'),
      done('sidz', '2026-11-05'),
      done('sids', '2026-11-06'),
      done('roden', '2026-11-09'),
      done('rosen', '2026-11-10'),
      ongoing('bekam'),
    ],
  },
  {
    // A communication: no procedure, no subsidiarity check, political dialogue only (CELEX …DC…).
    reference: 'COM(2026) 610',
    title: DOCUMENT_TITLES['COM(2026) 610'],
    body: {
      en: 'The work programme lists the initiatives the Commission plans for 2027.',
      fr: 'Le programme de travail énumère les initiatives prévues par la Commission pour 2027.',
    },
    tags: ['political-dialogue'],
    adopted: '2026-10-21',
    transmitted: '2026-10-22',
    legalBasis: [],
    scrutinies: [dialogue('nltk', '2026-11-16'), dialogue('czpsp', '2026-11-18'), ongoing('debra')],
  },
  {
    // Before the Treaty of Lisbon (invented): the opinions are political dialogue, with no votes or card.
    reference: 'COM(2008) 640',
    procedure: '2008/0199(COD)',
    title: DOCUMENT_TITLES['COM(2008) 640'],
    body: {
      en: 'The proposal would oblige national consumer authorities to assist each other in cross-border cases.',
      fr: 'La proposition obligerait les autorités nationales de protection des consommateurs à se prêter assistance dans les affaires transfrontalières.',
    },
    tags: ['political-dialogue'],
    adopted: '2008-10-08',
    transmitted: '2008-10-10',
    legalBasis: ['Article 95 TEC'],
    scrutinies: [done('dkfol', '2008-11-14'), done('ukcom', '2008-11-19'), dialogue('frass', '2008-11-20')],
  },
  {
    // "Monti II", the first yellow card: 12 chambers, 19 of 54 votes (threshold 18), deadline 22 May 2012.
    reference: 'COM(2012) 130',
    procedure: '2012/0064(APP)',
    title: DOCUMENT_TITLES['COM(2012) 130'],
    body: {
      en: 'The proposal set out how the right to strike relates to the freedom of establishment and the freedom to provide services.',
      fr: 'La proposition précisait l’articulation entre le droit de grève et la liberté d’établissement et la libre prestation des services.',
    },
    tags: ['subsidiarity'],
    adopted: '2012-03-21',
    transmitted: '2012-03-27',
    legalBasis: ['Article 352 TFEU'],
    scrutinies: opinions('bekam', 'dkfol', 'fiedu', 'frsen', 'lvsae', 'luchd', 'mtkam', 'nltk', 'plsej', 'ptass', 'seriks', 'ukcom'),
  },
  {
    // The European Public Prosecutor's Office: 14 chambers, 18 of 56 votes (Article 86 TFEU: threshold 14), deadline 28 October 2013.
    reference: 'COM(2013) 534',
    procedure: '2013/0255(APP)',
    title: DOCUMENT_TITLES['COM(2013) 534'],
    body: {
      en: 'The proposal set up a European Public Prosecutor’s Office to investigate and prosecute offences against the Union’s financial interests.',
      fr: 'La proposition créait un Parquet européen chargé de rechercher et de poursuivre les infractions portant atteinte aux intérêts financiers de l’Union.',
    },
    tags: ['subsidiarity'],
    adopted: '2013-07-17',
    transmitted: '2013-08-21',
    legalBasis: ['Article 86 TFEU'],
    scrutinies: opinions('cyvou', 'czsen', 'frsen', 'huors', 'iedai', 'iesea', 'mtkam', 'nltk', 'nlek', 'roden', 'sidz', 'seriks', 'ukcom', 'uklor'),
  },
  {
    // The posting of workers: 14 chambers, 22 of 56 votes (threshold 19), deadline 10 May 2016.
    reference: 'COM(2016) 128',
    procedure: '2016/0070(COD)',
    title: DOCUMENT_TITLES['COM(2016) 128'],
    body: {
      en: 'The proposal applied the host country’s rules on pay to posted workers.',
      fr: 'La proposition appliquait aux travailleurs détachés les règles de rémunération du pays d’accueil.',
    },
    tags: ['subsidiarity'],
    adopted: '2016-03-08',
    transmitted: '2016-03-15',
    legalBasis: ['Article 53(1) TFEU', 'Article 62 TFEU'],
    scrutinies: opinions('bgnsb', 'hrsab', 'czpsp', 'czsen', 'dkfol', 'eerii', 'huors', 'lvsae', 'ltsei', 'plsej', 'plsen', 'roden', 'rosen', 'sknrs'),
  },
];
