// Deterministic fake IPEX glossary terms, for by-hand runs and the benchmarks' server: English in
// every response, French only in FR responses, as IPEX sends titles and descriptions.
import { createHash } from 'node:crypto';
import type { FakeRecord } from './types.ts';

const WORDS: [string, string][] = [
  ['reasoned opinion', 'avis motivé'],
  ['political dialogue', 'dialogue politique'],
  ['subsidiarity check', 'contrôle de subsidiarité'],
  ['scrutiny reserve', 'réserve d’examen'],
  ['interparliamentary conference', 'conférence interparlementaire'],
];

const hex = (key: string) => createHash('md5').update(key).digest('hex');

/** `count` terms (`Reasoned opinion 3`…), in the API's alphabetical order; always the same for the same count. */
export function generateGlossary(count: number): FakeRecord[] {
  const terms = Array.from({ length: count }, (_, i) => {
    const [en, fr] = WORDS[i % WORDS.length] ?? ['term', 'terme'];
    const n = Math.floor(i / WORDS.length) + 1;
    const name = (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)} ${n}`;
    const def = (w: string, text: string) => `<p><strong>${w}</strong> ${text}.</p>`;
    const en1 = { language: 'EN', message: name(en) };
    const enDef = { language: 'EN', message: def(name(en), 'as the parliaments of the EU use it') };
    return {
      name: name(en),
      link: `/IPEXL-WEB/glossary/${hex(`glossary-${i}`)}`,
      source: {
        titles: [en1],
        descriptions: [enDef],
        shared: [
          {
            labels: [
              { language: 'EN', message: 'Subsidiarity' },
              { language: 'FR', message: 'Subsidiarité' },
            ],
          },
        ],
      },
      byLang: {
        FR: {
          titles: [en1, { language: 'FR', message: name(fr) }],
          descriptions: [enDef, { language: 'FR', message: def(name(fr), 'au sens où les parlements de l’UE l’emploient') }],
        },
      },
    };
  });
  return terms.sort((a, b) => a.name.localeCompare(b.name, 'en')).map(({ link, source, byLang }) => ({ link, source, byLang }));
}
