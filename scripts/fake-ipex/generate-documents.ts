// Deterministic fake IPEX documents with scrutinies, for by-hand runs and the sync benchmark's server.
import { createHash } from 'node:crypto';
import type { FakeRecord } from './types.ts';

/** Chamber codes of content/registries/chambers.json that generated scrutinies use. */
const CHAMBERS = [
  'atnr',
  'atbr',
  'bekam',
  'bgnsb',
  'czsen',
  'dkfol',
  'frass',
  'frsen',
  'debta',
  'debra',
  'grvou',
  'itcam',
  'lvsae',
  'nltk',
  'plsej',
  'ptass',
  'escon',
  'seriks',
  'ep',
];
const SUBJECTS: [string, string][] = [
  ['business wallets', 'les portefeuilles pour les entreprises'],
  ['police cooperation against migrant smuggling', 'la coopération policière contre le trafic de migrants'],
  ['the emissions trading system', 'le système d’échange de quotas d’émission'],
  ['the common agricultural policy', 'la politique agricole commune'],
  ['a report on subsidiarity', 'un rapport sur la subsidiarité'],
];
const BASES = ['Article 114 TFEU', 'Article 87(2) TFEU', 'Article 192(1) TFEU', 'Article 43(2) TFEU', 'Article 82(1) and 83(1) TFEU'];
const PROCEDURES = ['COD', 'COD', 'CNS', 'NLE', ''];
const STATUSES = ['not-started', 'ongoing', 'completed'];

const hex = (key: string) => createHash('md5').update(key).digest('hex');
const day = (offset: number) => new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10);
const at = <T>(xs: T[], i: number): T => {
  const x = xs[i % xs.length];
  if (x === undefined) throw new Error('empty list');
  return x;
};

/** `count` documents, newest transmission first, always the same for the same count. */
export function generateDocuments(count: number): FakeRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const n = count - i;
    const [en, fr] = at(SUBJECTS, i);
    const type = at(PROCEDURES, i);
    const sent = 700 - Math.floor((i * 700) / Math.max(count, 1));
    const title = (t: string) => (type ? `Proposal ${n} on ${t}` : `Communication ${n} on ${t}`);
    const scrutinies = Array.from({ length: i % 6 }, (_, j) => {
      const chamber = at(CHAMBERS, i * 3 + j * 5);
      const opinion = (i + j) % 4 === 0;
      return {
        parliament: chamber,
        status: at(STATUSES, i + j),
        reasonedOpinion: opinion,
        ...(opinion && { reasonedOpinionDate: day(sent + 20 + j) }),
        politicalDialogue: (i + j) % 3 === 0,
        documents: [
          { url: `/IPEXL-WEB/download/file/${hex(`doc-${i}-${j}`)}`, titles: [{ language: 'EN', message: `Opinion of ${chamber} on document ${n}` }] },
        ],
      };
    });
    const year = day(sent).slice(0, 4);
    return {
      link: `/IPEXL-WEB/dossier/document/COM${year}${String(n).padStart(4, '0')}`,
      source: {
        reference: `COM(${year}) ${n}`,
        ...(type && { procedure: `${year}/${String(n).padStart(4, '0')}(${type})` }),
        titles: [{ language: 'EN', message: title(en) }],
        descriptions: [{ language: 'EN', message: `<p>The Commission proposes measures on ${en}. Ref. ${n}.</p>` }],
        adoptionDate: day(sent - 1),
        transmissionDate: day(sent),
        ...(i % 5 === 0 && type && { subsidiarityDeadline: day(sent + 60) }),
        legalBasis: [at(BASES, i)],
        scrutinies,
      },
      byLang: {
        FR: {
          titles: [
            { language: 'EN', message: title(en) },
            { language: 'FR', message: type ? `Proposition ${n} sur ${fr}` : `Communication ${n} sur ${fr}` },
          ],
        },
      },
    };
  });
}
