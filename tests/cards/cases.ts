import path from 'node:path';
import { glossaryCardSpec } from '../../src/cards/images.ts';
import type { CardSpec } from '../../src/cards/spec.ts';
import { documentCardSpec, itemCardSpec, pageCardSpec } from '../../src/cards/specs.ts';
import { loadContent } from '../../src/content/load.ts';
import { ui } from '../../src/i18n/ui.ts';
import { buildDocumentCatalog, type DocumentView } from '../../src/model/document-catalog.ts';
import type { GlossaryTerm } from '../../src/model/glossary.ts';
import type { EventItem, Item } from '../../src/model/item.ts';
import { cardName, conferencePath, homePath } from '../../src/model/urls.ts';
import { hub, tagline } from '../../src/config/resolve.ts';
import { ROOT } from '../support/build.ts';

// The golden cards: every template and format in English or French, and cards in Greek, Cyrillic
// and the Latin letters with the hardest diacritics (ő ű ł ą č ř ș ț ā ė ġ ħ ż, the Irish fada).
// They are the fixture's items with texts in those languages as the hub would carry them; copies,
// so the fixture itself (and every other test's counts) stays as it is.
const content = await loadContent({ dir: path.join(ROOT, 'tests/fixtures/small'), defaultTimeZone: 'Europe/Brussels' });

/** The fixture's chambers, with their names in the languages of the cards below. */
const names: Record<string, Record<string, string>> = {
  ep: { el: 'Ευρωπαϊκό Κοινοβούλιο' },
  grvou: { el: 'Βουλή των Ελλήνων' },
  lvsae: { lv: 'Latvijas Republikas Saeima', mt: 'Is-Saeima tal-Latvja' },
};
const chambers = new Map(content.chambers.map((c) => [c.code, { ...c, names: { ...c.names, ...names[c.code] } }]));

function byId(id: string): Item {
  const item = [...content.news, ...content.events, ...content.topics].find((i) => i.id === id);
  if (!item) throw new Error(`fixture has no item ${id}`);
  return item;
}

function event(id: string): EventItem {
  const found = content.events.find((e) => e.id === id);
  if (!found) throw new Error(`fixture has no event ${id}`);
  return found;
}

function term(slug: string): GlossaryTerm {
  const found = content.glossary.find((g) => g.slug === slug);
  if (!found) throw new Error(`fixture has no glossary term ${slug}`);
  return found;
}

const documents = buildDocumentCatalog(content.documents, content.chambers, { withScrutinyOnly: false }, new Date('2026-11-25T12:00:00Z'));
const wallets = documents.bySlug.get('business-wallets');
if (!wallets) throw new Error('fixture has no document business-wallets');
/** The business-wallets proposal under another title. */
const walletsTitled = (title: Record<string, string>): DocumentView => ({ ...wallets, doc: { ...wallets.doc, title } });

const NEWS_BUDGET = 'n0000000000000000000000000000002';
const NEWS_SAEIMA = 'n0000000000000000000000000000001';
const COSAC_DUBLIN = 'e0000000000000000000000000000001';
const JPSG_ATHENS = 'e0000000000000000000000000000002';
const DIGITAL_OMNIBUS = 't0000000000000000000000000000001';

const el = ui('el');

/** Golden card specs by file name: `<template>-<format>-<lang>`. */
export const goldenCases: Record<string, CardSpec> = {
  'news-wide-en': itemCardSpec(byId(NEWS_SAEIMA), 'en', 'wide', chambers),
  'event-wide-fr': itemCardSpec(event(COSAC_DUBLIN), 'fr', 'wide', chambers),
  'event-square-en': itemCardSpec(event(JPSG_ATHENS), 'en', 'square', chambers),
  'topic-wide-en': itemCardSpec(byId(DIGITAL_OMNIBUS), 'en', 'wide', chambers),
  'document-wide-en': documentCardSpec(wallets, 'en', 'wide'),
  'document-square-fr': documentCardSpec(wallets, 'fr', 'square'),
  'glossary-wide-en': glossaryCardSpec(term('reasoned-opinion'), 'en', 'wide'),
  'glossary-square-fr': glossaryCardSpec(term('reasoned-opinion'), 'fr', 'square'),
  'page-wide-fr': pageCardSpec('fr', 'fr', 'Actualités', 'Actualités, réunions et sujets d’actualité des parlements nationaux de l’UE.'),

  // Greek: accented capitals (Ένωσης), diaeresis (προϋπολογισμό), final sigma; the chamber names in Greek.
  'news-wide-el': itemCardSpec(
    {
      ...byId(NEWS_BUDGET),
      title: {
        el: 'Η Βουλή των Ελλήνων και το Ευρωπαϊκό Κοινοβούλιο συζητούν τον προϋπολογισμό της Ένωσης: το πολυετές δημοσιονομικό πλαίσιο μετά το 2027 και οι νέοι ίδιοι πόροι',
      },
      summary: { el: 'Κοινή συνεδρίαση για τις προτάσεις της Ευρωπαϊκής Επιτροπής σχετικά με το επόμενο πολυετές δημοσιονομικό πλαίσιο.' },
    },
    'el',
    'wide',
    chambers,
  ),
  // A Greek page card as the list pages build it (src/routes/hubs.ts): title and intro from el.json.
  'page-wide-el': pageCardSpec('el', cardName(conferencePath('el')), el.conferencesTitle, el.conferencesIntro),
  // The Greek home card, as src/routes/lists.ts builds it: the brand and the configured Greek tagline.
  'home-wide-el': pageCardSpec('el', cardName(homePath('el')), hub.brand, tagline('el')),
  // Cyrillic, with the venue and city in Bulgarian as well.
  'event-square-bg': itemCardSpec(
    {
      ...event(COSAC_DUBLIN),
      title: { bg: 'Пленарно заседание на LXXIV COSAC: разширяването, конкурентоспособността и бъдещето на Европейския съюз' },
      venue: { bg: 'Дъблинският замък' },
      city: { bg: 'Дъблин' },
    },
    'bg',
    'square',
    chambers,
  ),
  // Polish: ą ę ł ń ó ś ź ż, and the Commission's capitals for the act (ROZPORZĄDZENIE).
  'document-wide-pl': documentCardSpec(
    walletsTitled({
      pl: 'Wniosek ROZPORZĄDZENIE PARLAMENTU EUROPEJSKIEGO I RADY w sprawie europejskich portfeli biznesowych poświadczających tożsamość przedsiębiorstw i źródło ich dokumentów w państwach członkowskich',
    }),
    'pl',
    'wide',
  ),
  // Irish: the fada on every vowel; "tuairim réasúnaithe" as Protocol No 2 says it.
  'glossary-wide-ga': glossaryCardSpec(
    {
      ...term('reasoned-opinion'),
      title: { ga: 'Tuairim réasúnaithe' },
      summary: { ga: 'Ráiteas ó Theach de Pharlaimint náisiúnta nach gcomhlíonann dréachtghníomh reachtach prionsabal na coimhdeachta.' },
    },
    'ga',
    'wide',
  ),
  // Maltese: ċ ġ ħ ż and the grave accent of sussidjarjetà.
  'news-square-mt': itemCardSpec(
    {
      ...byId(NEWS_SAEIMA),
      title: {
        mt: 'Is-Saeima tal-Latvja tadotta opinjoni motivata dwar l-omnibus diġitali: il-ħtieġa ta’ azzjoni tal-Unjoni ma ġietx murija biżżejjed skont il-prinċipju tas-sussidjarjetà',
      },
      summary: { mt: 'Is-Saeima tal-Latvja bagħtet opinjoni motivata.' },
    },
    'mt',
    'square',
    chambers,
  ),
  // Hungarian ő ű (double acute, which other fonts draw as a dieresis).
  'topic-wide-hu': itemCardSpec(
    {
      ...byId(DIGITAL_OMNIBUS),
      title: {
        hu: 'Digitális omnibusz: a nemzeti parlamentek az adatvédelmi és a mesterséges intelligenciára vonatkozó előírások egyszerűsítését vizsgálják',
      },
      summary: { hu: 'Hogyan vizsgálják a nemzeti parlamentek a digitális omnibuszt.' },
    },
    'hu',
    'wide',
    chambers,
  ),
  // Romanian ș ț with the comma below, as Romanian writes them (not the cedilla of ş ţ).
  'glossary-square-ro': glossaryCardSpec(
    {
      ...term('subsidiarity'),
      title: { ro: 'Subsidiaritate' },
      summary: { ro: 'Uniunea intervine numai dacă și în măsura în care poate acționa mai bine decât statele membre.' },
    },
    'ro',
    'square',
  ),
  // Latvian macrons and the cedilla of ņ (ā ē ī ņ).
  'news-wide-lv': itemCardSpec(
    {
      ...byId(NEWS_SAEIMA),
      title: { lv: 'Saeima pieņem pamatotu atzinumu par digitālo omnibusu: subsidiaritātes principa ievērošana nav pierādīta' },
      summary: { lv: 'Latvijas Saeima nosūtīja pamatotu atzinumu.' },
    },
    'lv',
    'wide',
    chambers,
  ),
  // Lithuanian ė ū ž, beside the date block.
  'event-wide-lt': itemCardSpec(
    { ...event(JPSG_ATHENS), title: { lt: 'Europolo jungtinės parlamentinės priežiūros grupės posėdis Atėnuose' }, city: { lt: 'Atėnai' } },
    'lt',
    'wide',
    chambers,
  ),
  // Czech ř, lower and upper case (NAŘÍZENÍ, nařízení), in the square format.
  'document-square-cs': documentCardSpec(
    walletsTitled({ cs: 'Návrh NAŘÍZENÍ EVROPSKÉHO PARLAMENTU A RADY o evropských podnikových peněženkách a o změně nařízení (EU) č. 910/2014' }),
    'cs',
    'square',
  ),
};
