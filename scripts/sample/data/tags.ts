// Tag keys of the sample and their labels.
import type { L } from '../basics.ts';
import type { SampleTag } from '../drafts.ts';

const TAGS: Record<string, L> = {
  cosac: { en: 'COSAC', fr: 'COSAC' },
  subsidiarity: { en: 'Subsidiarity', fr: 'Subsidiarité' },
  'speakers-conference': { en: "Speakers' Conference", fr: 'Conférence des présidents' },
  europol: { en: 'Europol scrutiny', fr: "Contrôle d'Europol" },
  'cfsp-csdp': { en: 'Foreign, security and defence policy (CFSP/CSDP)', fr: 'Politique étrangère, de sécurité et de défense (PESC/PSDC)' },
  'economic-governance': { en: 'Economic governance', fr: 'Gouvernance économique' },
  digital: { en: 'Digital', fr: 'Numérique' },
  migration: { en: 'Migration and asylum', fr: 'Migration et asile' },
  climate: { en: 'Climate', fr: 'Climat' },
  budget: { en: 'EU budget', fr: "Budget de l'UE" },
  enlargement: { en: 'Enlargement', fr: 'Élargissement' },
  'rule-of-law': { en: 'Rule of law', fr: 'État de droit' },
  energy: { en: 'Energy', fr: 'Énergie' },
  agriculture: { en: 'Agriculture', fr: 'Agriculture' },
  'political-dialogue': { en: 'Political dialogue', fr: 'Dialogue politique' },
};
/** Tags with their labels, by key. */
export function tagsOf(keys: string[]): SampleTag[] {
  return [...new Set(keys)].map((key) => {
    const label = TAGS[key];
    if (!label) throw new Error(`unknown tag ${key}`);
    return { key, label: { ...label } };
  });
}
