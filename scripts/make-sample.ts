/**
 * Generates the committed SAMPLE snapshot (content/snapshot/*.json) and the chamber
 * registry (content/registries/chambers.json).
 *
 *   node scripts/make-sample.ts
 *
 * Deterministic: ids are hashes of stable keys, everything else comes from a seeded PRNG,
 * so re-running produces byte-identical files. Uses node: built-ins only.
 * The data is invented for development and tests; it is NOT real IPEX content.
 * `npm run sync` (later) replaces the snapshot with real data.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSampleDocuments } from './sample/documents.ts';

// ---------------------------------------------------------------------------------------------
// Basics
// ---------------------------------------------------------------------------------------------

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONTENT = path.join(ROOT, 'content');
const FORMAT = 'ipex-hub-snapshot/1';
const SYNCED_AT = '2026-11-20T06:00:00Z';
const SYNC_MS = Date.parse(SYNCED_AT);
/** Nothing is published or first seen after this: a little before the sync. */
const LATEST_MS = Date.parse('2026-11-19T18:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

type Text = Record<string, string>;
type L = { en: string; fr: string };

/** mulberry32: small, fast, seeded. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20261120);
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
function shuffled<T>(xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}
const chance = (p: number): boolean => rand() < p;

/** IPEX-like id: 32 lower-case hex characters, a hash of a stable key. */
function hexId(kind: string, key: string): string {
  return createHash('sha256').update(`ipex-hub-sample:${kind}:${key}`).digest('hex').slice(0, 32);
}

const isoZ = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const ymd = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` read as UTC (good enough for ordering and arithmetic). */
const msOf = (s: string): number => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s.length === 16 ? `${s}:00Z` : s);
const addDays = (d: string, n: number): string => ymd(msOf(d) + n * DAY);

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
function parts(d: string): [number, number, number] {
  const [y, m, dd] = d.slice(0, 10).split('-').map(Number);
  return [y as number, m as number, dd as number];
}
function dayEn(d: string): string {
  const [y, m, dd] = parts(d);
  return `${dd} ${MONTHS_EN[m - 1]} ${y}`;
}
function dayFr(d: string): string {
  const [y, m, dd] = parts(d);
  return `${dd === 1 ? '1er' : dd} ${MONTHS_FR[m - 1]} ${y}`;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** French "de" + article: le → du, les → des. */
function deFr(ref: string): string {
  if (ref.startsWith('le ')) return `du ${ref.slice(3)}`;
  if (ref.startsWith('les ')) return `des ${ref.slice(4)}`;
  return `de ${ref}`;
}
/** Joins a list in prose: "a, b and c" / "a, b et c". */
function joinEn(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}
function joinFr(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} et ${xs[xs.length - 1]}`;
}

const mdList = (items: string[], ordered: boolean): string =>
  items.map((x, i) => (ordered ? `${i + 1}. ${x}` : `- ${x}`)).join('\n');
const paras = (...ps: (string | false | undefined)[]): string => ps.filter((p): p is string => Boolean(p)).join('\n\n');

// ---------------------------------------------------------------------------------------------
// Slugs
// ---------------------------------------------------------------------------------------------

const NO_DECOMPOSITION: Record<string, string> = {
  ł: 'l', Ł: 'L', ß: 'ss', ħ: 'h', Ħ: 'H', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'Th', ð: 'd', ı: 'i',
};

/** Cuts a slug at a word boundary to at most max characters. */
function cutSlug(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max + 1).lastIndexOf('-');
  return cut > 0 ? s.slice(0, cut) : s.slice(0, max);
}

/** ASCII slug of a title, cut at a word boundary to at most 80 characters; '' when the title is mostly non-Latin. */
function slugify(title: string): string {
  const letters = title.match(/\p{L}/gu) ?? [];
  const latin = title.match(/\p{Script=Latin}/gu) ?? [];
  if (letters.length === 0 || latin.length * 2 < letters.length) return '';
  const s = title
    .replace(/[łŁßħĦđĐøØæÆœŒþÞðı]/g, (c) => NO_DECOMPOSITION[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cutSlug(s, 80);
}

function makeSlugger(prefix: string): (title: Text, id: string) => string {
  const used = new Set<string>();
  return (title, id) => {
    const source = title.en ?? title.fr ?? Object.values(title)[0] ?? '';
    let base = slugify(source);
    if (base.length < 3) base = `${prefix}-${id.slice(0, 8)}`;
    let s = base;
    for (let n = 2; used.has(s); n++) s = `${cutSlug(base, 80 - `-${n}`.length)}-${n}`;
    used.add(s);
    return s;
  };
}

/** Unique instants per kind: bumps by a second on collision. */
function makeClock(): (ms: number) => number {
  const used = new Set<number>();
  return (ms) => {
    let t = Math.floor(ms / 1000) * 1000;
    while (used.has(t)) t += 1000;
    used.add(t);
    return t;
  };
}

// ---------------------------------------------------------------------------------------------
// Chambers
// ---------------------------------------------------------------------------------------------

interface ChamberDef {
  code: string;
  country: string;
  /** Name in the chamber's own language(s). */
  name: string;
  names: L;
  /** Used in titles. */
  t: L;
  /** Used in running text, with article. */
  ref: L;
  /** The committee that handles EU affairs. */
  committee?: L;
  accounts?: Record<string, string>;
}

const CHAMBERS: ChamberDef[] = [
  { code: 'atnr', country: 'AT', name: 'Nationalrat', names: { en: 'Austrian National Council', fr: 'Conseil national autrichien' }, t: { en: 'Austrian Nationalrat', fr: 'Nationalrat autrichien' }, ref: { en: 'the Austrian Nationalrat', fr: 'le Conseil national autrichien (Nationalrat)' }, committee: { en: 'its Standing Subcommittee on European Union Affairs (Ständiger Unterausschuss in Angelegenheiten der Europäischen Union)', fr: 'sa sous-commission permanente des affaires de l\'Union européenne (Ständiger Unterausschuss in Angelegenheiten der Europäischen Union)' } },
  { code: 'atbr', country: 'AT', name: 'Bundesrat', names: { en: 'Austrian Federal Council', fr: 'Conseil fédéral autrichien' }, t: { en: 'Austrian Bundesrat', fr: 'Bundesrat autrichien' }, ref: { en: 'the Austrian Bundesrat', fr: 'le Conseil fédéral autrichien (Bundesrat)' }, committee: { en: 'its EU Committee (EU-Ausschuss des Bundesrates)', fr: 'sa commission de l\'UE (EU-Ausschuss des Bundesrates)' } },
  { code: 'bekam', country: 'BE', name: 'Chambre des représentants de Belgique / Belgische Kamer van volksvertegenwoordigers', names: { en: 'Belgian Chamber of Representatives', fr: 'Chambre des représentants de Belgique' }, t: { en: 'Belgian Chamber of Representatives', fr: 'Chambre des représentants de Belgique' }, ref: { en: 'the Belgian Chamber of Representatives', fr: 'la Chambre des représentants de Belgique' } },
  { code: 'besen', country: 'BE', name: 'Sénat de Belgique / Belgische Senaat', names: { en: 'Belgian Senate', fr: 'Sénat de Belgique' }, t: { en: 'Belgian Senate', fr: 'Sénat de Belgique' }, ref: { en: 'the Belgian Senate', fr: 'le Sénat de Belgique' } },
  { code: 'bgnsb', country: 'BG', name: 'Народно събрание', names: { en: 'National Assembly of the Republic of Bulgaria', fr: 'Assemblée nationale de la République de Bulgarie' }, t: { en: 'Народно събрание', fr: 'Народно събрание' }, ref: { en: 'the Bulgarian National Assembly (Народно събрание)', fr: 'l\'Assemblée nationale bulgare (Народно събрание)' }, committee: { en: 'its Committee on European Affairs and Oversight of the European Funds (Комисия по европейските въпроси и контрол на европейските фондове)', fr: 'sa commission des affaires européennes et du contrôle des fonds européens (Комисия по европейските въпроси и контрол на европейските фондове)' } },
  { code: 'hrsab', country: 'HR', name: 'Hrvatski sabor', names: { en: 'Croatian Parliament', fr: 'Parlement croate' }, t: { en: 'Hrvatski sabor', fr: 'Hrvatski sabor' }, ref: { en: 'the Croatian Parliament (Hrvatski sabor)', fr: 'le Parlement croate (Hrvatski sabor)' }, committee: { en: 'its European Affairs Committee (Odbor za europske poslove)', fr: 'sa commission des affaires européennes (Odbor za europske poslove)' } },
  { code: 'cyvou', country: 'CY', name: 'Βουλή των Αντιπροσώπων', names: { en: 'House of Representatives of Cyprus', fr: 'Chambre des représentants de Chypre' }, t: { en: 'Βουλή των Αντιπροσώπων', fr: 'Βουλή των Αντιπροσώπων' }, ref: { en: 'the Cypriot House of Representatives (Βουλή των Αντιπροσώπων)', fr: 'la Chambre des représentants de Chypre (Βουλή των Αντιπροσώπων)' }, committee: { en: 'its House Standing Committee on Foreign and European Affairs', fr: 'sa commission permanente des affaires étrangères et européennes' } },
  { code: 'czpsp', country: 'CZ', name: 'Poslanecká sněmovna Parlamentu České republiky', names: { en: 'Chamber of Deputies of the Czech Republic', fr: 'Chambre des députés de la République tchèque' }, t: { en: 'Poslanecká sněmovna', fr: 'Poslanecká sněmovna' }, ref: { en: 'the Czech Chamber of Deputies (Poslanecká sněmovna)', fr: 'la Chambre des députés tchèque (Poslanecká sněmovna)' }, committee: { en: 'its Committee on European Affairs (Výbor pro evropské záležitosti)', fr: 'sa commission des affaires européennes (Výbor pro evropské záležitosti)' } },
  { code: 'czsen', country: 'CZ', name: 'Senát Parlamentu České republiky', names: { en: 'Senate of the Czech Republic', fr: 'Sénat de la République tchèque' }, t: { en: 'Czech Senát', fr: 'Senát tchèque' }, ref: { en: 'the Czech Senate (Senát Parlamentu České republiky)', fr: 'le Sénat tchèque (Senát Parlamentu České republiky)' }, committee: { en: 'its Committee on EU Affairs (Výbor pro záležitosti Evropské unie)', fr: 'sa commission des affaires de l\'UE (Výbor pro záležitosti Evropské unie)' } },
  { code: 'dkfol', country: 'DK', name: 'Folketinget', names: { en: 'Danish Parliament', fr: 'Parlement danois' }, t: { en: 'Danish Folketing', fr: 'Folketing danois' }, ref: { en: 'the Danish Folketing', fr: 'le Folketing danois' }, committee: { en: 'its European Affairs Committee (Europaudvalget)', fr: 'sa commission des affaires européennes (Europaudvalget)' } },
  { code: 'eerii', country: 'EE', name: 'Riigikogu', names: { en: 'Riigikogu (Parliament of Estonia)', fr: 'Riigikogu (Parlement estonien)' }, t: { en: 'Estonian Riigikogu', fr: 'Riigikogu estonien' }, ref: { en: 'the Estonian Riigikogu', fr: 'le Riigikogu estonien' } },
  { code: 'fiedu', country: 'FI', name: 'Eduskunta – Riksdagen', names: { en: 'Parliament of Finland', fr: 'Parlement finlandais' }, t: { en: 'Finnish Eduskunta', fr: 'Eduskunta finlandaise' }, ref: { en: 'the Finnish Eduskunta', fr: 'le Parlement finlandais (Eduskunta)' }, committee: { en: 'its Grand Committee (suuri valiokunta)', fr: 'sa Grande Commission (suuri valiokunta)' } },
  { code: 'frass', country: 'FR', name: 'Assemblée nationale', names: { en: 'French National Assembly', fr: 'Assemblée nationale' }, t: { en: 'French Assemblée nationale', fr: 'Assemblée nationale' }, ref: { en: 'the French Assemblée nationale', fr: 'l\'Assemblée nationale' }, committee: { en: 'its Committee on European Affairs (commission des affaires européennes)', fr: 'sa commission des affaires européennes' } },
  { code: 'frsen', country: 'FR', name: 'Sénat', names: { en: 'French Senate', fr: 'Sénat' }, t: { en: 'French Sénat', fr: 'Sénat' }, ref: { en: 'the French Sénat', fr: 'le Sénat' }, committee: { en: 'its Committee on European Affairs (commission des affaires européennes)', fr: 'sa commission des affaires européennes' } },
  { code: 'debta', country: 'DE', name: 'Deutscher Bundestag', names: { en: 'German Bundestag', fr: 'Bundestag allemand' }, t: { en: 'Deutscher Bundestag', fr: 'Deutscher Bundestag' }, ref: { en: 'the German Bundestag', fr: 'le Bundestag allemand' }, committee: { en: 'its Committee on the Affairs of the European Union (Ausschuss für die Angelegenheiten der Europäischen Union)', fr: 'sa commission des affaires de l\'Union européenne (Ausschuss für die Angelegenheiten der Europäischen Union)' } },
  { code: 'debra', country: 'DE', name: 'Bundesrat', names: { en: 'German Bundesrat', fr: 'Bundesrat allemand' }, t: { en: 'German Bundesrat', fr: 'Bundesrat allemand' }, ref: { en: 'the German Bundesrat', fr: 'le Bundesrat allemand' }, committee: { en: 'its Committee on Questions of the European Union (Ausschuss für Fragen der Europäischen Union)', fr: 'sa commission des questions de l\'Union européenne (Ausschuss für Fragen der Europäischen Union)' } },
  { code: 'grvou', country: 'GR', name: 'Βουλή των Ελλήνων', names: { en: 'Hellenic Parliament', fr: 'Parlement hellénique' }, t: { en: 'Βουλή των Ελλήνων', fr: 'Βουλή των Ελλήνων' }, ref: { en: 'the Hellenic Parliament (Βουλή των Ελλήνων)', fr: 'le Parlement hellénique (Βουλή των Ελλήνων)' }, committee: { en: 'its Standing Committee on European Affairs (Διαρκής Επιτροπή Ευρωπαϊκών Υποθέσεων)', fr: 'sa commission permanente des affaires européennes (Διαρκής Επιτροπή Ευρωπαϊκών Υποθέσεων)' } },
  { code: 'huors', country: 'HU', name: 'Országgyűlés', names: { en: 'Hungarian National Assembly', fr: 'Assemblée nationale hongroise' }, t: { en: 'Hungarian Országgyűlés', fr: 'Országgyűlés hongrois' }, ref: { en: 'the Hungarian National Assembly (Országgyűlés)', fr: 'l\'Assemblée nationale hongroise (Országgyűlés)' }, committee: { en: 'its Committee on European Affairs (Európai ügyek bizottsága)', fr: 'sa commission des affaires européennes (Európai ügyek bizottsága)' } },
  { code: 'iedai', country: 'IE', name: 'Dáil Éireann', names: { en: 'Dáil Éireann (House of Representatives of Ireland)', fr: 'Dáil Éireann (Chambre des représentants d\'Irlande)' }, t: { en: 'Dáil Éireann', fr: 'Dáil Éireann' }, ref: { en: 'Dáil Éireann', fr: 'le Dáil Éireann' }, committee: { en: 'the Joint Committee on European Union Affairs of the Houses of the Oireachtas', fr: 'la commission mixte des affaires de l\'Union européenne des chambres de l\'Oireachtas' } },
  { code: 'iesea', country: 'IE', name: 'Seanad Éireann', names: { en: 'Seanad Éireann (Senate of Ireland)', fr: 'Seanad Éireann (Sénat d\'Irlande)' }, t: { en: 'Seanad Éireann', fr: 'Seanad Éireann' }, ref: { en: 'Seanad Éireann', fr: 'le Seanad Éireann' }, committee: { en: 'the Joint Committee on European Union Affairs of the Houses of the Oireachtas', fr: 'la commission mixte des affaires de l\'Union européenne des chambres de l\'Oireachtas' } },
  { code: 'itcam', country: 'IT', name: 'Camera dei deputati', names: { en: 'Italian Chamber of Deputies', fr: 'Chambre des députés italienne' }, t: { en: 'Italian Camera dei deputati', fr: 'Camera dei deputati italienne' }, ref: { en: 'the Italian Chamber of Deputies (Camera dei deputati)', fr: 'la Chambre des députés italienne (Camera dei deputati)' }, committee: { en: 'its EU Policies Committee (Commissione Politiche dell\'Unione europea)', fr: 'sa commission des politiques de l\'Union européenne (Commissione Politiche dell\'Unione europea)' } },
  { code: 'itsen', country: 'IT', name: 'Senato della Repubblica', names: { en: 'Italian Senate', fr: 'Sénat italien' }, t: { en: 'Italian Senato', fr: 'Senato italien' }, ref: { en: 'the Italian Senate (Senato della Repubblica)', fr: 'le Sénat italien (Senato della Repubblica)' } },
  { code: 'lvsae', country: 'LV', name: 'Saeima', names: { en: 'Saeima of the Republic of Latvia', fr: 'Saeima de la République de Lettonie' }, t: { en: 'Latvian Saeima', fr: 'Saeima lettone' }, ref: { en: 'the Latvian Saeima', fr: 'la Saeima lettone' }, committee: { en: 'its European Affairs Committee (Eiropas lietu komisija)', fr: 'sa commission des affaires européennes (Eiropas lietu komisija)' } },
  { code: 'ltsei', country: 'LT', name: 'Lietuvos Respublikos Seimas', names: { en: 'Seimas of the Republic of Lithuania', fr: 'Seimas de la République de Lituanie' }, t: { en: 'Lithuanian Seimas', fr: 'Seimas lituanien' }, ref: { en: 'the Lithuanian Seimas', fr: 'le Seimas lituanien' }, committee: { en: 'its Committee on European Affairs (Europos reikalų komitetas)', fr: 'sa commission des affaires européennes (Europos reikalų komitetas)' } },
  { code: 'luchd', country: 'LU', name: 'Chambre des Députés', names: { en: 'Chamber of Deputies of Luxembourg', fr: 'Chambre des députés du Luxembourg' }, t: { en: 'Luxembourg Chamber of Deputies', fr: 'Chambre des députés du Luxembourg' }, ref: { en: 'the Luxembourg Chamber of Deputies', fr: 'la Chambre des députés du Luxembourg' } },
  { code: 'mtkam', country: 'MT', name: 'Kamra tad-Deputati', names: { en: 'House of Representatives of Malta', fr: 'Chambre des représentants de Malte' }, t: { en: 'Kamra tad-Deputati', fr: 'Kamra tad-Deputati' }, ref: { en: 'the Maltese House of Representatives (Kamra tad-Deputati)', fr: 'la Chambre des représentants de Malte (Kamra tad-Deputati)' }, committee: { en: 'its Standing Committee on Foreign and European Affairs (Kumitat Permanenti għall-Affarijiet Barranin u Ewropej)', fr: 'sa commission permanente des affaires étrangères et européennes (Kumitat Permanenti għall-Affarijiet Barranin u Ewropej)' } },
  { code: 'nltk', country: 'NL', name: 'Tweede Kamer der Staten-Generaal', names: { en: 'Dutch House of Representatives', fr: 'Seconde Chambre des États généraux des Pays-Bas' }, t: { en: 'Dutch Tweede Kamer', fr: 'Tweede Kamer néerlandaise' }, ref: { en: 'the Dutch House of Representatives (Tweede Kamer)', fr: 'la Seconde Chambre néerlandaise (Tweede Kamer)' } },
  { code: 'nlek', country: 'NL', name: 'Eerste Kamer der Staten-Generaal', names: { en: 'Dutch Senate', fr: 'Première Chambre des États généraux des Pays-Bas' }, t: { en: 'Dutch Eerste Kamer', fr: 'Eerste Kamer néerlandaise' }, ref: { en: 'the Dutch Senate (Eerste Kamer)', fr: 'la Première Chambre néerlandaise (Eerste Kamer)' } },
  { code: 'plsej', country: 'PL', name: 'Sejm Rzeczypospolitej Polskiej', names: { en: 'Sejm of the Republic of Poland', fr: 'Diète de la République de Pologne' }, t: { en: 'Sejm Rzeczypospolitej Polskiej', fr: 'Sejm Rzeczypospolitej Polskiej' }, ref: { en: 'the Polish Sejm (Sejm Rzeczypospolitej Polskiej)', fr: 'la Diète polonaise (Sejm Rzeczypospolitej Polskiej)' }, committee: { en: 'its European Union Affairs Committee (Komisja do Spraw Unii Europejskiej)', fr: 'sa commission des affaires de l\'Union européenne (Komisja do Spraw Unii Europejskiej)' } },
  { code: 'plsen', country: 'PL', name: 'Senat Rzeczypospolitej Polskiej', names: { en: 'Senate of the Republic of Poland', fr: 'Sénat de la République de Pologne' }, t: { en: 'Senat Rzeczypospolitej Polskiej', fr: 'Senat Rzeczypospolitej Polskiej' }, ref: { en: 'the Polish Senate (Senat Rzeczypospolitej Polskiej)', fr: 'le Sénat polonais (Senat Rzeczypospolitej Polskiej)' }, committee: { en: 'its Committee on European Union Affairs (Komisja Spraw Unii Europejskiej)', fr: 'sa commission des affaires de l\'Union européenne (Komisja Spraw Unii Europejskiej)' } },
  { code: 'ptass', country: 'PT', name: 'Assembleia da República', names: { en: 'Assembly of the Republic of Portugal', fr: 'Assemblée de la République du Portugal' }, t: { en: 'Portuguese Assembleia da República', fr: 'Assembleia da República portugaise' }, ref: { en: 'the Portuguese Assembleia da República', fr: 'l\'Assemblée de la République portugaise (Assembleia da República)' }, committee: { en: 'its European Affairs Committee (Comissão de Assuntos Europeus)', fr: 'sa commission des affaires européennes (Comissão de Assuntos Europeus)' } },
  { code: 'roden', country: 'RO', name: 'Camera Deputaților', names: { en: 'Romanian Chamber of Deputies', fr: 'Chambre des députés de Roumanie' }, t: { en: 'Camera Deputaților', fr: 'Camera Deputaților' }, ref: { en: 'the Romanian Chamber of Deputies (Camera Deputaților)', fr: 'la Chambre des députés roumaine (Camera Deputaților)' }, committee: { en: 'its Committee on European Affairs (Comisia pentru afaceri europene)', fr: 'sa commission des affaires européennes (Comisia pentru afaceri europene)' } },
  { code: 'rosen', country: 'RO', name: 'Senatul României', names: { en: 'Romanian Senate', fr: 'Sénat de Roumanie' }, t: { en: 'Senatul României', fr: 'Senatul României' }, ref: { en: 'the Romanian Senate (Senatul României)', fr: 'le Sénat roumain (Senatul României)' }, committee: { en: 'its Committee on European Affairs (Comisia pentru afaceri europene)', fr: 'sa commission des affaires européennes (Comisia pentru afaceri europene)' } },
  { code: 'sknrs', country: 'SK', name: 'Národná rada Slovenskej republiky', names: { en: 'National Council of the Slovak Republic', fr: 'Conseil national de la République slovaque' }, t: { en: 'Slovak Národná rada', fr: 'Národná rada slovaque' }, ref: { en: 'the National Council of the Slovak Republic (Národná rada)', fr: 'le Conseil national slovaque (Národná rada)' }, committee: { en: 'its Committee on European Affairs (Výbor pre európske záležitosti)', fr: 'sa commission des affaires européennes (Výbor pre európske záležitosti)' } },
  { code: 'sidz', country: 'SI', name: 'Državni zbor Republike Slovenije', names: { en: 'National Assembly of Slovenia', fr: 'Assemblée nationale de Slovénie' }, t: { en: 'Slovenian Državni zbor', fr: 'Državni zbor slovène' }, ref: { en: 'the Slovenian National Assembly (Državni zbor)', fr: 'l\'Assemblée nationale slovène (Državni zbor)' }, committee: { en: 'its Committee on EU Affairs (Odbor za zadeve Evropske unije)', fr: 'sa commission des affaires de l\'UE (Odbor za zadeve Evropske unije)' } },
  { code: 'sids', country: 'SI', name: 'Državni svet Republike Slovenije', names: { en: 'National Council of Slovenia', fr: 'Conseil national de Slovénie' }, t: { en: 'Slovenian Državni svet', fr: 'Državni svet slovène' }, ref: { en: 'the Slovenian National Council (Državni svet)', fr: 'le Conseil national slovène (Državni svet)' } },
  { code: 'escon', country: 'ES', name: 'Congreso de los Diputados', names: { en: 'Spanish Congress of Deputies', fr: 'Congrès des députés d\'Espagne' }, t: { en: 'Spanish Congreso de los Diputados', fr: 'Congreso de los Diputados espagnol' }, ref: { en: 'the Spanish Congress of Deputies (Congreso de los Diputados)', fr: 'le Congrès des députés espagnol (Congreso de los Diputados)' }, committee: { en: 'the Joint Committee for European Union Affairs of the Cortes Generales (Comisión Mixta para la Unión Europea)', fr: 'la commission mixte pour l\'Union européenne des Cortes Generales (Comisión Mixta para la Unión Europea)' } },
  { code: 'essen', country: 'ES', name: 'Senado', names: { en: 'Spanish Senate', fr: 'Sénat espagnol' }, t: { en: 'Spanish Senado', fr: 'Senado espagnol' }, ref: { en: 'the Spanish Senate (Senado)', fr: 'le Sénat espagnol (Senado)' }, committee: { en: 'the Joint Committee for European Union Affairs of the Cortes Generales (Comisión Mixta para la Unión Europea)', fr: 'la commission mixte pour l\'Union européenne des Cortes Generales (Comisión Mixta para la Unión Europea)' } },
  { code: 'seriks', country: 'SE', name: 'Sveriges riksdag', names: { en: 'Swedish Parliament (Riksdag)', fr: 'Parlement suédois (Riksdag)' }, t: { en: 'Swedish Riksdag', fr: 'Riksdag suédois' }, ref: { en: 'the Swedish Riksdag', fr: 'le Riksdag suédois' }, committee: { en: 'its Committee on European Union Affairs (EU-nämnden)', fr: 'sa commission des affaires de l\'UE (EU-nämnden)' } },
  { code: 'ep', country: 'EU', name: 'European Parliament', names: { en: 'European Parliament', fr: 'Parlement européen' }, t: { en: 'European Parliament', fr: 'Parlement européen' }, ref: { en: 'the European Parliament', fr: 'le Parlement européen' }, committee: { en: 'its Committee on Constitutional Affairs (AFCO)', fr: 'sa commission des affaires constitutionnelles (AFCO)' }, accounts: { x: '@Europarl_EN', mastodon: '@EuroParl@social.network.europa.eu', bluesky: '@europarl.bsky.social' } },
];
const CH = new Map(CHAMBERS.map((c) => [c.code, c]));
function ch(code: string): ChamberDef {
  const c = CH.get(code);
  if (!c) throw new Error(`unknown chamber ${code}`);
  return c;
}
const committeeOf = (c: ChamberDef): L => c.committee ?? { en: 'its committee on European affairs', fr: 'sa commission des affaires européennes' };
/** Each national parliament has two votes in the early warning mechanism; in bicameral ones, one per chamber. */
function votesOf(code: string): number {
  const c = ch(code);
  return CHAMBERS.filter((x) => x.country === c.country).length > 1 ? 1 : 2;
}

/** Titles and summaries in the chamber's own language, for chambers whose documents IPEX shows in it. */
interface NativeText {
  lang: string;
  ro: (com: string) => string;
  roSum: string;
  pd: (com: string) => string;
  pdSum: string;
}
const NATIVE: Record<string, NativeText> = {
  plsej: { lang: 'pl', ro: (c) => `Sejm Rzeczypospolitej Polskiej przyjął uzasadnioną opinię w sprawie ${c}`, roSum: 'Sejm uznał, że projekt aktu ustawodawczego nie jest zgodny z zasadą pomocniczości.', pd: (c) => `Opinia Sejmu Rzeczypospolitej Polskiej w sprawie ${c} w ramach dialogu politycznego`, pdSum: 'Opinia przekazana Komisji Europejskiej w ramach dialogu politycznego.' },
  plsen: { lang: 'pl', ro: (c) => `Senat Rzeczypospolitej Polskiej przyjął uzasadnioną opinię w sprawie ${c}`, roSum: 'Senat stwierdził, że wniosek narusza zasadę pomocniczości.', pd: (c) => `Opinia Senatu Rzeczypospolitej Polskiej w sprawie ${c}`, pdSum: 'Senat przekazał Komisji Europejskiej swoje uwagi w ramach dialogu politycznego.' },
  czpsp: { lang: 'cs', ro: (c) => `Poslanecká sněmovna přijala odůvodněné stanovisko k ${c}`, roSum: 'Výbor pro evropské záležitosti považuje návrh za neslučitelný se zásadou subsidiarity.', pd: (c) => `Usnesení Poslanecké sněmovny k ${c} v rámci politického dialogu`, pdSum: 'Usnesení bylo zasláno Evropské komisi v rámci politického dialogu.' },
  czsen: { lang: 'cs', ro: (c) => `Senát přijal odůvodněné stanovisko k ${c}`, roSum: 'Senát konstatoval, že návrh není v souladu se zásadou subsidiarity.', pd: (c) => `Usnesení Senátu k ${c} v rámci politického dialogu`, pdSum: 'Senát zaslal své připomínky Evropské komisi.' },
  roden: { lang: 'ro', ro: (c) => `Camera Deputaților a adoptat un aviz motivat privind ${c}`, roSum: 'Camera Deputaților consideră că propunerea nu respectă principiul subsidiarității.', pd: (c) => `Opinia Camerei Deputaților privind ${c} în cadrul dialogului politic`, pdSum: 'Opinia a fost transmisă Comisiei Europene în cadrul dialogului politic.' },
  rosen: { lang: 'ro', ro: (c) => `Senatul României a adoptat un aviz motivat privind ${c}`, roSum: 'Senatul consideră că propunerea încalcă principiul subsidiarității și al proporționalității.', pd: (c) => `Opinia Senatului României privind ${c}`, pdSum: 'Senatul a transmis Comisiei Europene observațiile sale.' },
  mtkam: { lang: 'mt', ro: (c) => `Il-Kamra tad-Deputati adottat opinjoni motivata dwar ${c}`, roSum: 'Il-Kumitat Permanenti għall-Affarijiet Barranin u Ewropej iqis li l-proposta ma tikkonformax mal-prinċipju tas-sussidjarjetà.', pd: (c) => `Opinjoni tal-Kamra tad-Deputati dwar ${c} fil-qafas tad-djalogu politiku`, pdSum: 'L-opinjoni ntbagħtet lill-Kummissjoni Ewropea fil-qafas tad-djalogu politiku.' },
  debta: { lang: 'de', ro: (c) => `Deutscher Bundestag beschließt Subsidiaritätsrüge zu ${c}`, roSum: 'Der Ausschuss für die Angelegenheiten der Europäischen Union sieht den Grundsatz der Subsidiarität verletzt.', pd: (c) => `Stellungnahme des Deutschen Bundestages zu ${c} im Rahmen des politischen Dialogs`, pdSum: 'Die Stellungnahme wurde der Europäischen Kommission im Rahmen des politischen Dialogs übermittelt.' },
  debra: { lang: 'de', ro: (c) => `Bundesrat erhebt Subsidiaritätsrüge gegen ${c}`, roSum: 'Der Bundesrat hält den Vorschlag für nicht vereinbar mit dem Subsidiaritätsprinzip.', pd: (c) => `Beschluss des Bundesrates zu ${c} (politischer Dialog)`, pdSum: 'Der Bundesrat äußert sich zum Vorschlag und übermittelt seinen Beschluss der Kommission.' },
  grvou: { lang: 'el', ro: (c) => `Η Βουλή των Ελλήνων ενέκρινε αιτιολογημένη γνώμη για την ${c}`, roSum: 'Η Διαρκής Επιτροπή Ευρωπαϊκών Υποθέσεων κρίνει ότι η πρόταση δεν συνάδει με την αρχή της επικουρικότητας.', pd: (c) => `Γνώμη της Βουλής των Ελλήνων για την ${c} στο πλαίσιο του πολιτικού διαλόγου`, pdSum: 'Η γνώμη διαβιβάστηκε στην Ευρωπαϊκή Επιτροπή στο πλαίσιο του πολιτικού διαλόγου.' },
  cyvou: { lang: 'el', ro: (c) => `Η Βουλή των Αντιπροσώπων ενέκρινε αιτιολογημένη γνώμη για την ${c}`, roSum: 'Η Επιτροπή Εξωτερικών και Ευρωπαϊκών Υποθέσεων κρίνει ότι η πρόταση δεν συνάδει με την αρχή της επικουρικότητας.', pd: (c) => `Γνώμη της Βουλής των Αντιπροσώπων για την ${c}`, pdSum: 'Η Βουλή των Αντιπροσώπων διαβίβασε τις παρατηρήσεις της στην Ευρωπαϊκή Επιτροπή.' },
  bgnsb: { lang: 'bg', ro: (c) => `Народното събрание прие мотивирано становище относно ${c}`, roSum: 'Комисията по европейските въпроси счита, че предложението не съответства на принципа на субсидиарност.', pd: (c) => `Становище на Народното събрание относно ${c} в рамките на политическия диалог`, pdSum: 'Становището е изпратено на Европейската комисия в рамките на политическия диалог.' },
};

// ---------------------------------------------------------------------------------------------
// Tags
// ---------------------------------------------------------------------------------------------

const TAGS: Record<string, L> = {
  cosac: { en: 'COSAC', fr: 'COSAC' },
  subsidiarity: { en: 'Subsidiarity', fr: 'Subsidiarité' },
  'speakers-conference': { en: 'Speakers\' Conference', fr: 'Conférence des présidents' },
  europol: { en: 'Europol scrutiny', fr: 'Contrôle d\'Europol' },
  'cfsp-csdp': { en: 'Foreign, security and defence policy (CFSP/CSDP)', fr: 'Politique étrangère, de sécurité et de défense (PESC/PSDC)' },
  'economic-governance': { en: 'Economic governance', fr: 'Gouvernance économique' },
  digital: { en: 'Digital', fr: 'Numérique' },
  migration: { en: 'Migration and asylum', fr: 'Migration et asile' },
  climate: { en: 'Climate', fr: 'Climat' },
  budget: { en: 'EU budget', fr: 'Budget de l\'UE' },
  enlargement: { en: 'Enlargement', fr: 'Élargissement' },
  'rule-of-law': { en: 'Rule of law', fr: 'État de droit' },
  energy: { en: 'Energy', fr: 'Énergie' },
  agriculture: { en: 'Agriculture', fr: 'Agriculture' },
  'political-dialogue': { en: 'Political dialogue', fr: 'Dialogue politique' },
};
function tagsOf(keys: string[]): { key: string; label: L }[] {
  return [...new Set(keys)].map((key) => {
    const label = TAGS[key];
    if (!label) throw new Error(`unknown tag ${key}`);
    return { key, label: { ...label } };
  });
}

const IPEX = 'https://ipex.eu/IPEXL-WEB';
const EP_RELNATPARL = 'https://www.europarl.europa.eu/relnatparl/en/home';
const docUrl = (com: string): string => `${IPEX}/document/${com.replace(/^COM\((\d{4})\) (\d+)$/, 'COM-$1-$2')}`;

// ---------------------------------------------------------------------------------------------
// Commission proposals under subsidiarity scrutiny
// ---------------------------------------------------------------------------------------------

interface Opinion {
  code: string;
  /** Days after transmission. */
  after: number;
  only?: 'en' | 'fr' | undefined;
  withdrawn?: boolean | undefined;
}
interface Proposal {
  com: string;
  transmitted: string;
  /** Area of freedom, security and justice: lower yellow-card threshold. */
  afsj: boolean;
  tags: string[];
  title: L;
  /** Short label used in titles. */
  label: L;
  /** "the proposal on …", used in running text. */
  ref: L;
  context: L;
  reasons: L[];
  points: L[];
  ro: Opinion[];
  pd: Opinion[];
}

const PROPOSALS: Proposal[] = [
  {
    com: 'COM(2026) 48', transmitted: '2026-02-25', afsj: true, tags: ['migration', 'europol'],
    title: { en: 'Proposal for a Regulation of the European Parliament and of the Council on strengthening police cooperation in relation to the prevention, detection and investigation of migrant smuggling and trafficking in human beings, and on enhancing Europol\'s support to preventing and combating such crimes, amending Regulation (EU) 2016/794', fr: 'Proposition de règlement du Parlement européen et du Conseil relatif au renforcement de la coopération policière en ce qui concerne la prévention et la détection du trafic de migrants et de la traite des êtres humains et les enquêtes en la matière, et au renforcement du soutien d\'Europol à la prévention et à la lutte contre ces formes de criminalité, et modifiant le règlement (UE) 2016/794' },
    label: { en: 'Europol and migrant smuggling', fr: 'Europol et trafic de migrants' },
    ref: { en: 'the proposal to strengthen Europol\'s role against migrant smuggling', fr: 'la proposition visant à renforcer le rôle d\'Europol dans la lutte contre le trafic de migrants' },
    context: { en: 'The proposal would turn the European Centre Against Migrant Smuggling into a permanent structure within Europol, oblige Member States to share information on smuggling networks and extend Europol\'s power to request the initiation of investigations.', fr: 'La proposition ferait du Centre européen de lutte contre le trafic de migrants une structure permanente au sein d\'Europol, obligerait les États membres à partager les informations sur les réseaux de passeurs et étendrait le pouvoir d\'Europol de demander l\'ouverture d\'enquêtes.' },
    reasons: [
      { en: 'the obligation to share information with Europol within fixed deadlines interferes with the organisation of national police and prosecution services', fr: 'l\'obligation de partager des informations avec Europol dans des délais fixes empiète sur l\'organisation des services nationaux de police et de poursuite' },
      { en: 'the extension of Europol\'s power to request investigations goes beyond what is necessary to support national authorities', fr: 'l\'extension du pouvoir d\'Europol de demander l\'ouverture d\'enquêtes va au-delà de ce qui est nécessaire pour soutenir les autorités nationales' },
    ],
    points: [
      { en: 'supports a stronger European response to migrant smuggling networks', fr: 'soutient une réponse européenne plus forte contre les réseaux de passeurs' },
      { en: 'asks for the role of the Joint Parliamentary Scrutiny Group to be reinforced in step with Europol\'s new tasks', fr: 'demande que le rôle du groupe de contrôle parlementaire conjoint soit renforcé au même rythme que les nouvelles missions d\'Europol' },
    ],
    ro: [{ code: 'mtkam', after: 40 }, { code: 'czsen', after: 50 }],
    pd: [{ code: 'debta', after: 30 }, { code: 'itsen', after: 35, withdrawn: true }],
  },
  {
    com: 'COM(2026) 95', transmitted: '2026-03-11', afsj: false, tags: ['climate', 'energy'],
    title: { en: 'Proposal for a Directive of the European Parliament and of the Council amending Directive 2003/87/EC as regards the contribution of the EU emissions trading system to the 2040 climate target, the use of permanent carbon removals and international credits, and the Market Stability Reserve', fr: 'Proposition de directive du Parlement européen et du Conseil modifiant la directive 2003/87/CE en ce qui concerne la contribution du système d\'échange de quotas d\'émission de l\'UE à l\'objectif climatique pour 2040, le recours aux absorptions permanentes de carbone et aux crédits internationaux, ainsi que la réserve de stabilité du marché' },
    label: { en: 'EU ETS and the 2040 target', fr: 'SEQE de l\'UE et objectif 2040' },
    ref: { en: 'the proposal aligning the EU emissions trading system with the 2040 climate target', fr: 'la proposition alignant le système d\'échange de quotas d\'émission de l\'UE sur l\'objectif climatique pour 2040' },
    context: { en: 'The Commission proposes a new cap trajectory after 2030, a limited use of international carbon credits from 2036 and the integration of permanent carbon removals into the emissions trading system.', fr: 'La Commission propose une nouvelle trajectoire du plafond après 2030, un recours limité aux crédits carbone internationaux à partir de 2036 et l\'intégration des absorptions permanentes de carbone dans le système d\'échange de quotas.' },
    reasons: [
      { en: 'the proposal does not take sufficient account of the different starting points of national energy mixes', fr: 'la proposition ne tient pas suffisamment compte des points de départ différents des bouquets énergétiques nationaux' },
      { en: 'the social consequences for households in regions dependent on coal are left to Member States without adequate means', fr: 'les conséquences sociales pour les ménages des régions dépendantes du charbon sont laissées aux États membres sans moyens suffisants' },
    ],
    points: [
      { en: 'supports a predictable long-term carbon price', fr: 'soutient un prix du carbone prévisible à long terme' },
      { en: 'asks for strict quality criteria for international credits', fr: 'demande des critères de qualité stricts pour les crédits internationaux' },
    ],
    ro: [{ code: 'plsej', after: 45 }, { code: 'bgnsb', after: 49 }],
    pd: [{ code: 'seriks', after: 38, only: 'en' }, { code: 'frass', after: 41 }, { code: 'ptass', after: 50 }],
  },
  {
    com: 'COM(2026) 131', transmitted: '2026-04-01', afsj: false, tags: ['digital'],
    title: { en: 'Proposal for a Regulation of the European Parliament and of the Council on European Business Wallets and amending Regulation (EU) No 910/2014', fr: 'Proposition de règlement du Parlement européen et du Conseil relatif aux portefeuilles européens pour les entreprises et modifiant le règlement (UE) n° 910/2014' },
    label: { en: 'European Business Wallets', fr: 'portefeuilles européens pour les entreprises' },
    ref: { en: 'the proposal on European Business Wallets', fr: 'la proposition relative aux portefeuilles européens pour les entreprises' },
    context: { en: 'Business wallets would let companies and public bodies identify themselves, sign and exchange verified documents across borders, building on the European Digital Identity framework.', fr: 'Les portefeuilles pour les entreprises permettraient aux sociétés et aux organismes publics de s\'identifier, de signer et d\'échanger des documents vérifiés par-delà les frontières, en s\'appuyant sur le cadre européen d\'identité numérique.' },
    reasons: [
      { en: 'the mandatory acceptance of business wallets by all public administrations within two years is disproportionate for local authorities', fr: 'l\'acceptation obligatoire des portefeuilles par toutes les administrations publiques dans un délai de deux ans est disproportionnée pour les collectivités locales' },
      { en: 'existing national business registers already achieve the objective', fr: 'les registres nationaux des entreprises existants permettent déjà d\'atteindre l\'objectif' },
    ],
    points: [
      { en: 'welcomes the reduction of administrative burden for small and medium-sized enterprises', fr: 'salue la réduction de la charge administrative pour les petites et moyennes entreprises' },
      { en: 'asks for interoperability with existing national e-government solutions', fr: 'demande l\'interopérabilité avec les solutions nationales d\'administration en ligne existantes' },
    ],
    ro: [],
    pd: [{ code: 'debra', after: 40 }, { code: 'czpsp', after: 44 }, { code: 'nltk', after: 52 }],
  },
  {
    com: 'COM(2026) 170', transmitted: '2026-04-22', afsj: false, tags: ['budget'],
    title: { en: 'Proposal for a Council Decision amending Decision (EU, Euratom) 2020/2053 on the system of own resources of the European Union as regards a new own resource based on the turnover of large companies', fr: 'Proposition de décision du Conseil modifiant la décision (UE, Euratom) 2020/2053 relative au système des ressources propres de l\'Union européenne en ce qui concerne une nouvelle ressource propre fondée sur le chiffre d\'affaires des grandes entreprises' },
    label: { en: 'own resources (CORE)', fr: 'ressources propres (CORE)' },
    ref: { en: 'the proposal for a new own resource based on the turnover of large companies', fr: 'la proposition de nouvelle ressource propre fondée sur le chiffre d\'affaires des grandes entreprises' },
    context: { en: 'The new own resource would apply a lump-sum contribution to companies with a net turnover above EUR 100 million and is meant to help repay the NextGenerationEU borrowing from 2028.', fr: 'La nouvelle ressource propre appliquerait une contribution forfaitaire aux entreprises dont le chiffre d\'affaires net dépasse 100 millions d\'euros et doit contribuer au remboursement de l\'emprunt NextGenerationEU à partir de 2028.' },
    reasons: [
      { en: 'taxation of companies is a national competence and the proposal amounts to an EU tax in all but name', fr: 'l\'imposition des entreprises relève de la compétence nationale et la proposition équivaut à un impôt européen qui ne dit pas son nom' },
      { en: 'the Commission has not shown why the repayment cannot be financed from national contributions', fr: 'la Commission n\'a pas démontré pourquoi le remboursement ne peut être financé par des contributions nationales' },
    ],
    points: [
      { en: 'recalls that own resources decisions require ratification by all Member States in accordance with their constitutional requirements', fr: 'rappelle que les décisions relatives aux ressources propres requièrent une ratification par tous les États membres selon leurs règles constitutionnelles' },
      { en: 'asks for an assessment of the effect on companies\' competitiveness', fr: 'demande une évaluation de l\'effet sur la compétitivité des entreprises' },
    ],
    ro: [{ code: 'huors', after: 50 }, { code: 'sknrs', after: 53 }, { code: 'nlek', after: 47, only: 'en' }],
    pd: [{ code: 'frsen', after: 44, only: 'fr' }, { code: 'roden', after: 39, withdrawn: true }, { code: 'atbr', after: 46 }],
  },
  {
    com: 'COM(2026) 204', transmitted: '2026-05-13', afsj: false, tags: ['agriculture', 'budget'],
    title: { en: 'Proposal for a Regulation of the European Parliament and of the Council establishing rules on support for national and regional partnership plans to be drawn up by Member States under the common agricultural policy for the period 2028-2034 and repealing Regulation (EU) 2021/2115', fr: 'Proposition de règlement du Parlement européen et du Conseil établissant des règles régissant le soutien aux plans de partenariat nationaux et régionaux à établir par les États membres dans le cadre de la politique agricole commune pour la période 2028-2034 et abrogeant le règlement (UE) 2021/2115' },
    label: { en: 'CAP 2028-2034', fr: 'PAC 2028-2034' },
    ref: { en: 'the proposal on the common agricultural policy for 2028-2034', fr: 'la proposition relative à la politique agricole commune pour 2028-2034' },
    context: { en: 'The common agricultural policy would be programmed through single national and regional partnership plans, with a ring-fenced amount for income support and new conditions linked to reforms.', fr: 'La politique agricole commune serait programmée au moyen de plans de partenariat nationaux et régionaux uniques, avec un montant réservé au soutien au revenu et de nouvelles conditions liées aux réformes.' },
    reasons: [
      { en: 'merging agricultural funding into national and regional partnership plans weakens the common character of the policy while imposing detailed EU conditions', fr: 'la fusion des financements agricoles dans des plans de partenariat nationaux et régionaux affaiblit le caractère commun de la politique tout en imposant des conditions européennes détaillées' },
      { en: 'regions lose the role they have in managing rural development', fr: 'les régions perdent le rôle qu\'elles jouent dans la gestion du développement rural' },
    ],
    points: [
      { en: 'insists on a stable income support for farmers', fr: 'insiste sur un soutien stable au revenu des agriculteurs' },
      { en: 'asks for the second pillar to remain a distinct instrument', fr: 'demande que le second pilier demeure un instrument distinct' },
    ],
    ro: [{ code: 'rosen', after: 42 }, { code: 'plsen', after: 48 }, { code: 'atnr', after: 53 }],
    pd: [{ code: 'grvou', after: 35 }, { code: 'essen', after: 45 }, { code: 'iedai', after: 40 }],
  },
  {
    com: 'COM(2026) 233', transmitted: '2026-06-03', afsj: true, tags: ['migration'],
    title: { en: 'Proposal for a Regulation of the European Parliament and of the Council on the mutual recognition and enforcement of return decisions and establishing a European Return Order', fr: 'Proposition de règlement du Parlement européen et du Conseil relatif à la reconnaissance mutuelle et à l\'exécution des décisions de retour et instituant un ordre de retour européen' },
    label: { en: 'European Return Order', fr: 'ordre de retour européen' },
    ref: { en: 'the proposal on the mutual recognition of return decisions', fr: 'la proposition relative à la reconnaissance mutuelle des décisions de retour' },
    context: { en: 'A European Return Order would be recognised and enforced by every Member State, complementing the Pact on Migration and Asylum that applies from June 2026.', fr: 'Un ordre de retour européen serait reconnu et exécuté par chaque État membre, en complément du pacte sur la migration et l\'asile applicable depuis juin 2026.' },
    reasons: [
      { en: 'the automatic recognition of return decisions does not respect the differences between national administrative and judicial procedures', fr: 'la reconnaissance automatique des décisions de retour ne respecte pas les différences entre les procédures administratives et judiciaires nationales' },
      { en: 'the choice of a regulation instead of a directive leaves no margin for national implementation', fr: 'le choix d\'un règlement plutôt que d\'une directive ne laisse aucune marge pour la mise en œuvre nationale' },
    ],
    points: [
      { en: 'supports more effective returns in full respect of fundamental rights', fr: 'soutient des retours plus efficaces dans le plein respect des droits fondamentaux' },
      { en: 'asks for sufficient funding for national return capacities', fr: 'demande un financement suffisant pour les capacités nationales de retour' },
    ],
    ro: [{ code: 'escon', after: 52 }, { code: 'sidz', after: 50 }],
    pd: [{ code: 'cyvou', after: 30 }, { code: 'mtkam', after: 41 }, { code: 'lvsae', after: 44 }],
  },
  {
    com: 'COM(2026) 287', transmitted: '2026-06-24', afsj: false, tags: ['energy'],
    title: { en: 'Proposal for a Regulation of the European Parliament and of the Council on accelerating permit-granting and grid connection for electricity networks and amending Regulations (EU) 2019/943 and (EU) 2022/869', fr: 'Proposition de règlement du Parlement européen et du Conseil relatif à l\'accélération des procédures d\'octroi de permis et du raccordement aux réseaux d\'électricité et modifiant les règlements (UE) 2019/943 et (UE) 2022/869' },
    label: { en: 'grid permitting', fr: 'autorisation des réseaux' },
    ref: { en: 'the proposal to speed up permitting and grid connection', fr: 'la proposition visant à accélérer l\'octroi des permis et le raccordement aux réseaux' },
    context: { en: 'Part of the European Grids Package, the proposal sets binding deadlines for permits, an overriding public interest presumption for grid projects and common rules for connection queues.', fr: 'Faisant partie du paquet européen sur les réseaux, la proposition fixe des délais contraignants pour les permis, une présomption d\'intérêt public majeur pour les projets de réseau et des règles communes pour les files d\'attente de raccordement.' },
    reasons: [
      { en: 'binding permit deadlines interfere with national spatial planning and environmental procedures', fr: 'des délais contraignants pour les permis empiètent sur les procédures nationales d\'aménagement du territoire et d\'évaluation environnementale' },
      { en: 'the proposal does not respect the competence of Member States to determine the structure of their energy supply', fr: 'la proposition ne respecte pas la compétence des États membres pour déterminer la structure de leur approvisionnement énergétique' },
    ],
    points: [
      { en: 'welcomes faster grid connection for renewable energy', fr: 'salue l\'accélération du raccordement des énergies renouvelables' },
      { en: 'calls for cross-border interconnections in the Baltic Sea region to be prioritised', fr: 'demande que les interconnexions transfrontalières dans la région de la mer Baltique soient prioritaires' },
    ],
    ro: [{ code: 'czpsp', after: 75 }],
    pd: [{ code: 'fiedu', after: 70 }, { code: 'eerii', after: 80 }, { code: 'dkfol', after: 30 }],
  },
  {
    com: 'COM(2026) 318', transmitted: '2026-07-08', afsj: false, tags: ['rule-of-law', 'budget'],
    title: { en: 'Proposal for a Regulation of the European Parliament and of the Council on a general regime of conditionality for the protection of the Union budget under the multiannual financial framework 2028-2034', fr: 'Proposition de règlement du Parlement européen et du Conseil relatif à un régime général de conditionnalité pour la protection du budget de l\'Union dans le cadre financier pluriannuel 2028-2034' },
    label: { en: 'rule-of-law conditionality', fr: 'conditionnalité liée à l\'État de droit' },
    ref: { en: 'the proposal on rule-of-law conditionality in the 2028-2034 budget', fr: 'la proposition relative à la conditionnalité liée à l\'État de droit dans le budget 2028-2034' },
    context: { en: 'The proposal extends the conditionality regime to all programmes of the next multiannual financial framework and links it to the findings of the annual Rule of Law Report.', fr: 'La proposition étend le régime de conditionnalité à tous les programmes du prochain cadre financier pluriannuel et le relie aux constats du rapport annuel sur l\'État de droit.' },
    reasons: [
      { en: 'the link with the Rule of Law Report gives the Commission a discretion that is not framed by clear criteria', fr: 'le lien avec le rapport sur l\'État de droit confère à la Commission un pouvoir d\'appréciation qui n\'est pas encadré par des critères clairs' },
      { en: 'final beneficiaries would bear the consequences of measures taken against national governments', fr: 'les bénéficiaires finaux supporteraient les conséquences des mesures prises à l\'encontre des gouvernements nationaux' },
    ],
    points: [
      { en: 'supports the protection of the Union budget against breaches of the principles of the rule of law', fr: 'soutient la protection du budget de l\'Union contre les violations des principes de l\'État de droit' },
      { en: 'asks that national parliaments be informed when the mechanism is triggered', fr: 'demande que les parlements nationaux soient informés lorsque le mécanisme est déclenché' },
    ],
    ro: [{ code: 'huors', after: 70 }],
    pd: [{ code: 'bekam', after: 60 }, { code: 'itcam', after: 72 }],
  },
  {
    com: 'COM(2026) 402', transmitted: '2026-09-02', afsj: false, tags: ['economic-governance'],
    title: { en: 'Proposal for a Regulation of the European Parliament and of the Council amending Regulation (EU) 2024/1263 as regards the simplification of the European Semester and the integration of national reform and investment reporting', fr: 'Proposition de règlement du Parlement européen et du Conseil modifiant le règlement (UE) 2024/1263 en ce qui concerne la simplification du Semestre européen et l\'intégration des rapports nationaux sur les réformes et les investissements' },
    label: { en: 'European Semester simplification', fr: 'simplification du Semestre européen' },
    ref: { en: 'the proposal simplifying the European Semester', fr: 'la proposition de simplification du Semestre européen' },
    context: { en: 'The proposal merges national reporting on reforms, investments and the medium-term fiscal-structural plans into a single annual progress report.', fr: 'La proposition fusionne les rapports nationaux sur les réformes, les investissements et les plans budgétaires et structurels à moyen terme en un rapport d\'avancement annuel unique.' },
    reasons: [],
    points: [
      { en: 'welcomes the reduction of overlapping reporting obligations', fr: 'salue la réduction des obligations de déclaration qui se chevauchent' },
      { en: 'calls for national parliaments to be involved in the preparation of the annual progress report', fr: 'demande que les parlements nationaux soient associés à la préparation du rapport d\'avancement annuel' },
    ],
    ro: [],
    pd: [{ code: 'debta', after: 40 }, { code: 'escon', after: 45 }, { code: 'luchd', after: 48, only: 'fr' }],
  },
  {
    com: 'COM(2026) 455', transmitted: '2026-09-16', afsj: false, tags: ['enlargement', 'budget'],
    title: { en: 'Proposal for a Regulation of the European Parliament and of the Council establishing the Ukraine Reconstruction and Accession Facility for the period 2028-2034', fr: 'Proposition de règlement du Parlement européen et du Conseil établissant la facilité pour la reconstruction et l\'adhésion de l\'Ukraine pour la période 2028-2034' },
    label: { en: 'Ukraine Facility 2028-2034', fr: 'facilité pour l\'Ukraine 2028-2034' },
    ref: { en: 'the proposal for a Ukraine Reconstruction and Accession Facility', fr: 'la proposition de facilité pour la reconstruction et l\'adhésion de l\'Ukraine' },
    context: { en: 'The facility would provide grants and loans for reconstruction and accession-related reforms, with payments linked to a Ukraine Plan assessed by the Commission.', fr: 'La facilité fournirait des subventions et des prêts pour la reconstruction et les réformes liées à l\'adhésion, les paiements étant liés à un plan pour l\'Ukraine évalué par la Commission.' },
    reasons: [
      { en: 'the Council would lose control over the disbursement of large amounts through implementing acts', fr: 'le Conseil perdrait le contrôle du versement de montants importants au moyen d\'actes d\'exécution' },
      { en: 'the proposal pre-empts the negotiations on the multiannual financial framework', fr: 'la proposition préjuge des négociations sur le cadre financier pluriannuel' },
    ],
    points: [
      { en: 'reaffirms its support for Ukraine\'s reconstruction and European path', fr: 'réaffirme son soutien à la reconstruction de l\'Ukraine et à son parcours européen' },
      { en: 'asks for robust audit and anti-fraud safeguards', fr: 'demande des garanties solides en matière d\'audit et de lutte contre la fraude' },
    ],
    ro: [{ code: 'huors', after: 52 }, { code: 'sknrs', after: 55 }],
    pd: [{ code: 'plsej', after: 30 }, { code: 'lvsae', after: 33 }, { code: 'ltsei', after: 36 }],
  },
  {
    com: 'COM(2026) 512', transmitted: '2026-10-07', afsj: false, tags: ['cfsp-csdp'],
    title: { en: 'Proposal for a Regulation of the European Parliament and of the Council establishing the European Defence Readiness Programme and a framework for the joint procurement of defence products', fr: 'Proposition de règlement du Parlement européen et du Conseil établissant le programme européen pour la préparation de la défense et un cadre pour les achats conjoints de produits de défense' },
    label: { en: 'European Defence Readiness Programme', fr: 'programme pour la préparation de la défense' },
    ref: { en: 'the proposal for a European Defence Readiness Programme', fr: 'la proposition de programme européen pour la préparation de la défense' },
    context: { en: 'The programme would finance joint procurement by at least three Member States and create a European preference for defence products, with a dedicated window for air and missile defence.', fr: 'Le programme financerait les achats conjoints d\'au moins trois États membres et instaurerait une préférence européenne pour les produits de défense, avec un volet spécifique consacré à la défense aérienne et antimissile.' },
    reasons: [
      { en: 'the proposal does not sufficiently respect the security and defence policy of certain Member States, including their neutrality', fr: 'la proposition ne respecte pas suffisamment la politique de sécurité et de défense de certains États membres, y compris leur neutralité' },
      { en: 'procurement decisions in the field of defence must remain with national parliaments', fr: 'les décisions d\'acquisition dans le domaine de la défense doivent rester du ressort des parlements nationaux' },
    ],
    points: [
      { en: 'supports joint procurement to close capability gaps', fr: 'soutient les achats conjoints pour combler les lacunes capacitaires' },
      { en: 'asks for the involvement of small and medium-sized defence suppliers from all Member States', fr: 'demande la participation des petits et moyens fournisseurs de défense de tous les États membres' },
    ],
    ro: [{ code: 'atnr', after: 38 }],
    pd: [{ code: 'plsen', after: 33 }, { code: 'fiedu', after: 35 }],
  },
  {
    com: 'COM(2026) 560', transmitted: '2026-11-04', afsj: false, tags: ['digital'],
    title: { en: 'Proposal for a Directive of the European Parliament and of the Council on digital fairness for consumers, amending Directives 2005/29/EC, 2011/83/EU and (EU) 2019/2161 (Digital Fairness Act)', fr: 'Proposition de directive du Parlement européen et du Conseil relative à l\'équité numérique pour les consommateurs, modifiant les directives 2005/29/CE, 2011/83/UE et (UE) 2019/2161 (acte sur l\'équité numérique)' },
    label: { en: 'Digital Fairness Act', fr: 'acte sur l\'équité numérique' },
    ref: { en: 'the Digital Fairness Act', fr: 'l\'acte sur l\'équité numérique' },
    context: { en: 'The Digital Fairness Act addresses dark patterns, addictive design, unfair personalisation and subscription traps in online services.', fr: 'L\'acte sur l\'équité numérique s\'attaque aux interfaces truquées, à la conception addictive, à la personnalisation déloyale et aux pièges à abonnement dans les services en ligne.' },
    reasons: [],
    points: [],
    ro: [],
    pd: [],
  },
];

const GENERIC_REASONS: L[] = [
  { en: 'the Commission has not demonstrated that the objectives cannot be sufficiently achieved by the Member States acting alone', fr: 'la Commission n\'a pas démontré que les objectifs ne peuvent pas être atteints de manière suffisante par les États membres agissant seuls' },
  { en: 'the justification in the explanatory memorandum is brief and not backed by a proper impact assessment', fr: 'la justification figurant dans l\'exposé des motifs est sommaire et ne repose pas sur une analyse d\'impact adéquate' },
  { en: 'the extensive use of delegated and implementing acts would leave essential choices to the Commission', fr: 'le recours étendu aux actes délégués et d\'exécution laisserait des choix essentiels à la Commission' },
  { en: 'the proposal does not leave enough room for national and regional specificities', fr: 'la proposition ne laisse pas une marge suffisante aux spécificités nationales et régionales' },
];
const GENERIC_POINTS: L[] = [
  { en: 'asks the Commission to reduce the administrative burden on national authorities', fr: 'demande à la Commission de réduire la charge administrative pesant sur les autorités nationales' },
  { en: 'calls for a thorough assessment of the financial consequences for national budgets', fr: 'demande une évaluation approfondie des conséquences financières pour les budgets nationaux' },
  { en: 'asks to be kept informed of the negotiations in the Council and the European Parliament', fr: 'demande à être tenu informé des négociations au Conseil et au Parlement européen' },
  { en: 'stresses the need for a review clause after five years', fr: 'souligne la nécessité d\'une clause de réexamen après cinq ans' },
];

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

// ---------------------------------------------------------------------------------------------
// Places, presidencies and interparliamentary conferences
// ---------------------------------------------------------------------------------------------

/** Time zones of member states not on Brussels time; others use the hub default. */
const TIME_ZONES: Record<string, string> = {
  GR: 'Europe/Athens', BG: 'Europe/Sofia', RO: 'Europe/Bucharest', FI: 'Europe/Helsinki', EE: 'Europe/Tallinn',
  LV: 'Europe/Riga', LT: 'Europe/Vilnius', CY: 'Asia/Nicosia', PT: 'Europe/Lisbon', IE: 'Europe/Dublin',
};

interface Host {
  key: string;
  code: string;
  city: Text;
  venue: Text;
  /** "chamber, city" as shown in titles. */
  label: L;
}
const H = (key: string, code: string, city: Text, venue: Text, label: L): Host => ({ key, code, city, venue, label });
const HOSTS: Host[] = [
  H('ath', 'grvou', { en: 'Athens', fr: 'Athènes', el: 'Αθήνα' }, { en: 'Hellenic Parliament, Senate Hall', fr: 'Parlement hellénique, salle du Sénat', el: 'Βουλή των Ελλήνων, Αίθουσα Γερουσίας' }, { en: 'Βουλή των Ελλήνων, Αθήνα', fr: 'Βουλή των Ελλήνων, Αθήνα' }),
  H('thes', 'grvou', { en: 'Thessaloniki', fr: 'Thessalonique', el: 'Θεσσαλονίκη' }, { en: 'Thessaloniki Concert Hall', fr: 'Salle de concert de Thessalonique', el: 'Μέγαρο Μουσικής Θεσσαλονίκης' }, { en: 'Βουλή των Ελλήνων, Θεσσαλονίκη', fr: 'Βουλή των Ελλήνων, Θεσσαλονίκη' }),
  H('sof', 'bgnsb', { en: 'Sofia', fr: 'Sofia', bg: 'София' }, { en: 'National Assembly, Knyazheska Square', fr: 'Assemblée nationale, place Kniajeska', bg: 'Народно събрание, пл. „Княжеска“ 1' }, { en: 'Народно събрание, София', fr: 'Народно събрание, София' }),
  H('plov', 'bgnsb', { en: 'Plovdiv', fr: 'Plovdiv', bg: 'Пловдив' }, { en: 'Plovdiv International Fair, Congress Centre', fr: 'Foire internationale de Plovdiv, centre des congrès', bg: 'Международен панаир Пловдив' }, { en: 'Народно събрание, Пловдив', fr: 'Народно събрание, Пловдив' }),
  H('waw', 'plsej', { en: 'Warsaw', fr: 'Varsovie', pl: 'Warszawa' }, { en: 'Sejm, Column Hall', fr: 'Sejm, salle des Colonnes', pl: 'Sejm, Sala Kolumnowa' }, { en: 'Sejm Rzeczypospolitej Polskiej, Warszawa', fr: 'Sejm Rzeczypospolitej Polskiej, Warszawa' }),
  H('krk', 'plsen', { en: 'Kraków', fr: 'Cracovie', pl: 'Kraków' }, { en: 'Jagiellonian University, Collegium Novum', fr: 'Université Jagellonne, Collegium Novum', pl: 'Uniwersytet Jagielloński, Collegium Novum' }, { en: 'Senat Rzeczypospolitej Polskiej, Kraków', fr: 'Senat Rzeczypospolitej Polskiej, Kraków' }),
  H('lodz', 'plsej', { en: 'Łódź', fr: 'Łódź' }, { en: 'EC1 Łódź – City of Culture', fr: 'EC1 Łódź – Cité de la culture', pl: 'EC1 Łódź – Miasto Kultury' }, { en: 'Sejm Rzeczypospolitej Polskiej, Łódź', fr: 'Sejm Rzeczypospolitej Polskiej, Łódź' }),
  H('prg', 'czpsp', { en: 'Prague', fr: 'Prague', cs: 'Praha' }, { en: 'Chamber of Deputies, Thun Palace', fr: 'Chambre des députés, palais Thun', cs: 'Poslanecká sněmovna, Thunovský palác' }, { en: 'Poslanecká sněmovna, Praha', fr: 'Poslanecká sněmovna, Praha' }),
  H('brno', 'czsen', { en: 'Brno', fr: 'Brno' }, { en: 'Brno Exhibition Centre, Pavilion E', fr: 'Parc des expositions de Brno, pavillon E', cs: 'Výstaviště Brno, pavilon E' }, { en: 'Senát Parlamentu České republiky, Brno', fr: 'Senát Parlamentu České republiky, Brno' }),
  H('cbu', 'czsen', { en: 'České Budějovice', fr: 'České Budějovice' }, { en: 'South Bohemian Regional Authority', fr: 'Conseil régional de Bohême du Sud', cs: 'Krajský úřad Jihočeského kraje' }, { en: 'Senát, České Budějovice', fr: 'Senát, České Budějovice' }),
  H('buc', 'roden', { en: 'Bucharest', fr: 'Bucarest', ro: 'București' }, { en: 'Palace of the Parliament, Nicolae Bălcescu Hall', fr: 'Palais du Parlement, salle Nicolae Bălcescu', ro: 'Palatul Parlamentului, Sala Nicolae Bălcescu' }, { en: 'Camera Deputaților, București', fr: 'Camera Deputaților, București' }),
  H('iasi', 'rosen', { en: 'Iași', fr: 'Iași' }, { en: 'Palace of Culture', fr: 'Palais de la Culture', ro: 'Palatul Culturii' }, { en: 'Senatul României, Iași', fr: 'Senatul României, Iași' }),
  H('tim', 'roden', { en: 'Timișoara', fr: 'Timișoara' }, { en: 'West University of Timișoara', fr: 'Université de l\'Ouest de Timișoara', ro: 'Universitatea de Vest din Timișoara' }, { en: 'Camera Deputaților, Timișoara', fr: 'Camera Deputaților, Timișoara' }),
  H('vlt', 'mtkam', { en: 'Valletta', fr: 'La Valette', mt: 'Il-Belt Valletta' }, { en: 'Parliament House', fr: 'Palais du Parlement', mt: 'Il-Palazz tal-Parlament' }, { en: 'Kamra tad-Deputati, Il-Belt Valletta', fr: 'Kamra tad-Deputati, Il-Belt Valletta' }),
  H('gozo', 'mtkam', { en: 'Victoria, Gozo', fr: 'Victoria, Gozo', mt: 'Ir-Rabat, Għawdex' }, { en: 'Ministry for Gozo, conference hall', fr: 'Ministère de Gozo, salle de conférence', mt: 'Il-Ministeru għal Għawdex, sala tal-konferenzi' }, { en: 'Kamra tad-Deputati, Għawdex', fr: 'Kamra tad-Deputati, Għawdex' }),
  H('ber', 'debta', { en: 'Berlin', fr: 'Berlin' }, { en: 'Paul-Löbe-Haus, Europasaal', fr: 'Paul-Löbe-Haus, salle Europe', de: 'Paul-Löbe-Haus, Europasaal' }, { en: 'Deutscher Bundestag, Berlin', fr: 'Deutscher Bundestag, Berlin' }),
  H('koln', 'debra', { en: 'Cologne', fr: 'Cologne', de: 'Köln' }, { en: 'Gürzenich', fr: 'Gürzenich', de: 'Gürzenich Köln' }, { en: 'Bundesrat, Köln', fr: 'Bundesrat, Köln' }),
  H('hel', 'fiedu', { en: 'Helsinki', fr: 'Helsinki' }, { en: 'Parliament House, Little Parliament', fr: 'Parlement, Petit Parlement', fi: 'Eduskuntatalo, Pikkuparlamentti' }, { en: 'Eduskunta, Helsinki', fr: 'Eduskunta, Helsinki' }),
  H('lis', 'ptass', { en: 'Lisbon', fr: 'Lisbonne', pt: 'Lisboa' }, { en: 'São Bento Palace, Senate Hall', fr: 'Palais de São Bento, salle du Sénat', pt: 'Palácio de São Bento, Sala do Senado' }, { en: 'Assembleia da República, Lisboa', fr: 'Assembleia da República, Lisboa' }),
  H('bxl', 'ep', { en: 'Brussels', fr: 'Bruxelles', nl: 'Brussel' }, { en: 'European Parliament, József Antall building, room JAN 4Q2', fr: 'Parlement européen, bâtiment József Antall, salle JAN 4Q2' }, { en: 'European Parliament, Brussels', fr: 'Parlement européen, Bruxelles' }),
  H('sxb', 'ep', { en: 'Strasbourg', fr: 'Strasbourg' }, { en: 'European Parliament, Louise Weiss building', fr: 'Parlement européen, bâtiment Louise Weiss' }, { en: 'European Parliament, Strasbourg', fr: 'Parlement européen, Strasbourg' }),
  H('parS', 'frsen', { en: 'Paris', fr: 'Paris' }, { en: 'Palais du Luxembourg, Salle Clemenceau', fr: 'Palais du Luxembourg, salle Clemenceau' }, { en: 'French Sénat, Paris', fr: 'Sénat, Paris' }),
  H('parA', 'frass', { en: 'Paris', fr: 'Paris' }, { en: 'Hôtel de Lassay', fr: 'Hôtel de Lassay' }, { en: 'Assemblée nationale, Paris', fr: 'Assemblée nationale, Paris' }),
  H('rom', 'itcam', { en: 'Rome', fr: 'Rome', it: 'Roma' }, { en: 'Palazzo Montecitorio, Sala della Regina', fr: 'Palais Montecitorio, Sala della Regina', it: 'Palazzo Montecitorio, Sala della Regina' }, { en: 'Camera dei deputati, Roma', fr: 'Camera dei deputati, Roma' }),
  H('mad', 'escon', { en: 'Madrid', fr: 'Madrid' }, { en: 'Congress of Deputies, Hall of Lost Steps', fr: 'Congrès des députés, salle des Pas perdus', es: 'Congreso de los Diputados, Salón de los Pasos Perdidos' }, { en: 'Congreso de los Diputados, Madrid', fr: 'Congreso de los Diputados, Madrid' }),
  H('rig', 'lvsae', { en: 'Riga', fr: 'Riga', lv: 'Rīga' }, { en: 'Saeima, Red Hall', fr: 'Saeima, salle Rouge', lv: 'Saeima, Sarkanā zāle' }, { en: 'Saeima, Rīga', fr: 'Saeima, Rīga' }),
  H('tll', 'eerii', { en: 'Tallinn', fr: 'Tallinn' }, { en: 'Toompea Castle, Riigikogu conference hall', fr: 'Château de Toompea, salle de conférence du Riigikogu', et: 'Toompea loss, Riigikogu konverentsisaal' }, { en: 'Riigikogu, Tallinn', fr: 'Riigikogu, Tallinn' }),
  H('vie', 'atnr', { en: 'Vienna', fr: 'Vienne', de: 'Wien' }, { en: 'Parliament, Historic Assembly Chamber', fr: 'Parlement, salle historique des séances', de: 'Parlament, Historischer Sitzungssaal' }, { en: 'Nationalrat, Wien', fr: 'Nationalrat, Wien' }),
  H('bud', 'huors', { en: 'Budapest', fr: 'Budapest' }, { en: 'Hungarian Parliament Building, Hunting Hall', fr: 'Parlement hongrois, salle de la Chasse', hu: 'Országház, Vadászterem' }, { en: 'Országgyűlés, Budapest', fr: 'Országgyűlés, Budapest' }),
  H('zag', 'hrsab', { en: 'Zagreb', fr: 'Zagreb' }, { en: 'Croatian Parliament, Great Hall', fr: 'Parlement croate, grande salle', hr: 'Hrvatski sabor, Velika vijećnica' }, { en: 'Hrvatski sabor, Zagreb', fr: 'Hrvatski sabor, Zagreb' }),
  H('bts', 'sknrs', { en: 'Bratislava', fr: 'Bratislava' }, { en: 'National Council, Dubček Hall', fr: 'Conseil national, salle Dubček', sk: 'Národná rada, Dubčekova sála' }, { en: 'Národná rada, Bratislava', fr: 'Národná rada, Bratislava' }),
  H('hag', 'nltk', { en: 'The Hague', fr: 'La Haye', nl: 'Den Haag' }, { en: 'House of Representatives, Thorbecke Hall', fr: 'Seconde Chambre, salle Thorbecke', nl: 'Tweede Kamer, Thorbeckezaal' }, { en: 'Tweede Kamer, Den Haag', fr: 'Tweede Kamer, Den Haag' }),
  H('sto', 'seriks', { en: 'Stockholm', fr: 'Stockholm' }, { en: 'Riksdag, Skandia Hall', fr: 'Riksdag, salle Skandia', sv: 'Riksdagen, Skandiasalen' }, { en: 'Sveriges riksdag, Stockholm', fr: 'Sveriges riksdag, Stockholm' }),
  H('dub', 'iedai', { en: 'Dublin', fr: 'Dublin', ga: 'Baile Átha Cliath' }, { en: 'Dublin Castle', fr: 'Château de Dublin', ga: 'Caisleán Bhaile Átha Cliath' }, { en: 'Houses of the Oireachtas, Dublin', fr: 'Oireachtas, Dublin' }),
  H('dubL', 'iedai', { en: 'Dublin', fr: 'Dublin', ga: 'Baile Átha Cliath' }, { en: 'Leinster House', fr: 'Leinster House', ga: 'Teach Laighean' }, { en: 'Houses of the Oireachtas, Dublin', fr: 'Oireachtas, Dublin' }),
  H('vno', 'ltsei', { en: 'Vilnius', fr: 'Vilnius' }, { en: 'Seimas, Constitution Hall', fr: 'Seimas, salle de la Constitution', lt: 'Seimas, Konstitucijos salė' }, { en: 'Seimas, Vilnius', fr: 'Seimas, Vilnius' }),
  H('nic', 'cyvou', { en: 'Nicosia', fr: 'Nicosie', el: 'Λευκωσία' }, { en: 'House of Representatives', fr: 'Chambre des représentants', el: 'Βουλή των Αντιπροσώπων' }, { en: 'Βουλή των Αντιπροσώπων, Λευκωσία', fr: 'Βουλή των Αντιπροσώπων, Λευκωσία' }),
  H('cph', 'dkfol', { en: 'Copenhagen', fr: 'Copenhague', da: 'København' }, { en: 'Christiansborg Palace', fr: 'Palais de Christiansborg', da: 'Christiansborg Slot' }, { en: 'Folketinget, København', fr: 'Folketinget, København' }),
  H('lux', 'luchd', { en: 'Luxembourg', fr: 'Luxembourg' }, { en: 'Chamber of Deputies, plenary hall', fr: 'Chambre des députés, salle plénière' }, { en: 'Chambre des Députés, Luxembourg', fr: 'Chambre des Députés, Luxembourg' }),
  H('lju', 'sidz', { en: 'Ljubljana', fr: 'Ljubljana' }, { en: 'National Assembly, Great Hall', fr: 'Assemblée nationale, grande salle', sl: 'Državni zbor, velika dvorana' }, { en: 'Državni zbor, Ljubljana', fr: 'Državni zbor, Ljubljana' }),
];
const HOST = new Map(HOSTS.map((h) => [h.key, h]));
function host(key: string): Host {
  const h = HOST.get(key);
  if (!h) throw new Error(`unknown host ${key}`);
  return h;
}
const NATIONAL_HOSTS = HOSTS.filter((h) => h.code !== 'ep' && !['dub', 'nic', 'vno'].includes(h.key)).map((h) => h.key);

interface Presidency {
  from: string;
  country: L;
  /** "the Cyprus Presidency" / "la présidence chypriote". */
  of: L;
}
const PRESIDENCIES: Presidency[] = [
  { from: '2025-07-01', country: { en: 'Denmark', fr: 'Danemark' }, of: { en: 'the Danish Presidency', fr: 'la présidence danoise' } },
  { from: '2026-01-01', country: { en: 'Cyprus', fr: 'Chypre' }, of: { en: 'the Cyprus Presidency', fr: 'la présidence chypriote' } },
  { from: '2026-07-01', country: { en: 'Ireland', fr: 'Irlande' }, of: { en: 'the Irish Presidency', fr: 'la présidence irlandaise' } },
  { from: '2027-01-01', country: { en: 'Lithuania', fr: 'Lituanie' }, of: { en: 'the Lithuanian Presidency', fr: 'la présidence lituanienne' } },
];
function presidencyAt(d: string): Presidency {
  return [...PRESIDENCIES].reverse().find((p) => d.slice(0, 10) >= p.from) as Presidency;
}

type Conference = 'cosac' | 'speakers' | 'jpsg-europol' | 'ipc-cfsp-csdp' | 'ipc-secg' | 'other';
interface ConfInfo {
  name: L;
  short: L;
  link: string;
  about: L;
  tags: string[];
}
const CONFS: Record<Exclude<Conference, 'other'>, ConfInfo> = {
  cosac: {
    name: { en: 'Conference of Parliamentary Committees for Union Affairs of Parliaments of the European Union (COSAC)', fr: 'Conférence des organes parlementaires spécialisés dans les affaires de l\'Union des parlements de l\'Union européenne (COSAC)' },
    short: { en: 'COSAC', fr: 'COSAC' },
    link: `${IPEX}/conferences/cosac`,
    about: { en: 'COSAC brings together six members of the EU affairs committee of each national parliament and six members of the European Parliament. It meets in plenary twice a year in the country holding the presidency of the Council, each plenary being prepared by a meeting of the chairpersons. Under Protocol No 1 to the Treaties it may submit contributions to the EU institutions.', fr: 'La COSAC réunit six membres de la commission des affaires européennes de chaque parlement national et six membres du Parlement européen. Elle se réunit en séance plénière deux fois par an dans le pays qui exerce la présidence du Conseil, chaque plénière étant préparée par une réunion des présidents. En vertu du protocole n° 1 annexé aux traités, elle peut adresser des contributions aux institutions de l\'Union.' },
    tags: ['cosac'],
  },
  speakers: {
    name: { en: 'Conference of Speakers of the European Union Parliaments', fr: 'Conférence des présidents des parlements de l\'Union européenne' },
    short: { en: 'Speakers\' Conference', fr: 'Conférence des présidents' },
    link: `${IPEX}/conferences/speakers`,
    about: { en: 'The Conference of Speakers of the European Union Parliaments meets once a year, hosted by the parliament of the member state that held the presidency of the Council in the second half of the previous year. It oversees interparliamentary cooperation in the Union, including IPEX, and is prepared by a meeting of the Secretaries-General.', fr: 'La Conférence des présidents des parlements de l\'Union européenne se réunit une fois par an, à l\'invitation du parlement de l\'État membre qui a exercé la présidence du Conseil au second semestre de l\'année précédente. Elle supervise la coopération interparlementaire dans l\'Union, y compris IPEX, et est préparée par une réunion des secrétaires généraux.' },
    tags: ['speakers-conference'],
  },
  'jpsg-europol': {
    name: { en: 'Joint Parliamentary Scrutiny Group on Europol (JPSG)', fr: 'Groupe de contrôle parlementaire conjoint d\'Europol (GCPC)' },
    short: { en: 'JPSG Europol', fr: 'GCPC Europol' },
    link: `${IPEX}/conferences/jpsg`,
    about: { en: 'The Joint Parliamentary Scrutiny Group, set up under Article 51 of Regulation (EU) 2016/794, politically monitors Europol\'s activities and their impact on fundamental rights. It meets twice a year, co-chaired by the parliament of the country holding the presidency of the Council and the European Parliament.', fr: 'Le groupe de contrôle parlementaire conjoint, institué par l\'article 51 du règlement (UE) 2016/794, assure le contrôle politique des activités d\'Europol et de leur incidence sur les droits fondamentaux. Il se réunit deux fois par an, sous la coprésidence du parlement du pays qui exerce la présidence du Conseil et du Parlement européen.' },
    tags: ['europol'],
  },
  'ipc-cfsp-csdp': {
    name: { en: 'Interparliamentary Conference for the Common Foreign and Security Policy and the Common Security and Defence Policy (IPC CFSP/CSDP)', fr: 'Conférence interparlementaire pour la politique étrangère et de sécurité commune et la politique de sécurité et de défense commune (CIP PESC/PSDC)' },
    short: { en: 'IPC CFSP/CSDP', fr: 'CIP PESC/PSDC' },
    link: `${IPEX}/conferences/ipc-cfsp-csdp`,
    about: { en: 'The IPC CFSP/CSDP brings together delegations of the foreign affairs and defence committees of national parliaments and of the European Parliament every six months in the presidency country. It debates the Union\'s external action with the High Representative of the Union for Foreign Affairs and Security Policy.', fr: 'La CIP PESC/PSDC réunit tous les six mois, dans le pays de la présidence, les délégations des commissions des affaires étrangères et de la défense des parlements nationaux et du Parlement européen. Elle débat de l\'action extérieure de l\'Union avec la haute représentante de l\'Union pour les affaires étrangères et la politique de sécurité.' },
    tags: ['cfsp-csdp'],
  },
  'ipc-secg': {
    name: { en: 'Interparliamentary Conference on Stability, Economic Coordination and Governance in the European Union (IPC SECG)', fr: 'Conférence interparlementaire sur la stabilité, la coordination économique et la gouvernance au sein de l\'Union européenne (CIP SCEG)' },
    short: { en: 'Article 13 Conference', fr: 'Conférence de l\'article 13' },
    link: `${IPEX}/conferences/ipc-secg`,
    about: { en: 'Established under Article 13 of the Treaty on Stability, Coordination and Governance in the Economic and Monetary Union, the conference discusses budgetary policy and economic governance. It meets in Brussels during the European Parliamentary Week in the first half of the year and in the presidency country in the second half.', fr: 'Instituée en vertu de l\'article 13 du traité sur la stabilité, la coordination et la gouvernance au sein de l\'Union économique et monétaire, la conférence débat de la politique budgétaire et de la gouvernance économique. Elle se réunit à Bruxelles pendant la Semaine parlementaire européenne au premier semestre et dans le pays de la présidence au second semestre.' },
    tags: ['economic-governance'],
  },
};

type SessionFn = (p: Presidency) => L[];
const SESSIONS: Record<string, SessionFn> = {
  'cosac-plenary': (p) => [
    { en: `Achievements of ${p.of.en} of the Council of the European Union`, fr: `Bilan de ${p.of.fr} du Conseil de l'Union européenne` },
    { en: 'The multiannual financial framework 2028-2034: what role for national parliaments?', fr: 'Le cadre financier pluriannuel 2028-2034 : quel rôle pour les parlements nationaux ?' },
    { en: 'Enlargement and the reform of the Union', fr: 'L\'élargissement et la réforme de l\'Union' },
    { en: 'Competitiveness and the simplification of EU legislation', fr: 'La compétitivité et la simplification de la législation de l\'Union' },
    { en: 'Exchange of views with the Executive Vice-President of the European Commission responsible for interinstitutional relations', fr: 'Échange de vues avec le vice-président exécutif de la Commission européenne chargé des relations interinstitutionnelles' },
    { en: 'Adoption of the contribution and conclusions', fr: 'Adoption de la contribution et des conclusions' },
  ],
  'cosac-chairs': (p) => [
    { en: `Priorities of ${p.of.en}`, fr: `Priorités de ${p.of.fr}` },
    { en: 'Draft agenda of the plenary meeting', fr: 'Projet d\'ordre du jour de la réunion plénière' },
    { en: 'Outline of the bi-annual report of COSAC', fr: 'Structure du rapport semestriel de la COSAC' },
    { en: 'European security and defence: the contribution of national parliaments', fr: 'Sécurité et défense européennes : la contribution des parlements nationaux' },
  ],
  speakers: () => [
    { en: 'Parliamentary democracy in times of disinformation and foreign interference', fr: 'La démocratie parlementaire face à la désinformation et aux ingérences étrangères' },
    { en: 'The role of parliaments in the enlargement process', fr: 'Le rôle des parlements dans le processus d\'élargissement' },
    { en: 'Interparliamentary cooperation: IPEX and the future of the network', fr: 'La coopération interparlementaire : IPEX et l\'avenir du réseau' },
    { en: 'Adoption of the Presidency conclusions', fr: 'Adoption des conclusions de la présidence' },
  ],
  'speakers-sg': () => [
    { en: 'Preparation of the Conference of Speakers', fr: 'Préparation de la Conférence des présidents' },
    { en: 'Report of the IPEX Board and the IPEX work programme', fr: 'Rapport du conseil d\'IPEX et programme de travail d\'IPEX' },
    { en: 'Draft Presidency conclusions', fr: 'Projet de conclusions de la présidence' },
  ],
  'jpsg-europol': () => [
    { en: 'Europol\'s activities: report by Europol\'s Executive Director', fr: 'Activités d\'Europol : rapport présenté par la direction exécutive d\'Europol' },
    { en: 'Report of the European Data Protection Supervisor on Europol\'s processing of personal data', fr: 'Rapport du Contrôleur européen de la protection des données sur le traitement des données à caractère personnel par Europol' },
    { en: 'Europol\'s support in the fight against migrant smuggling', fr: 'Le soutien d\'Europol à la lutte contre le trafic de migrants' },
    { en: 'Europol\'s multiannual programming 2027-2029', fr: 'La programmation pluriannuelle d\'Europol 2027-2029' },
    { en: 'Thematic debate: drug trafficking and criminal networks in EU ports', fr: 'Débat thématique : le trafic de drogue et les réseaux criminels dans les ports de l\'Union' },
  ],
  'ipc-cfsp-csdp': () => [
    { en: 'Priorities of the CFSP and the CSDP: exchange of views with the High Representative/Vice-President', fr: 'Priorités de la PESC et de la PSDC : échange de vues avec la haute représentante/vice-présidente' },
    { en: 'European defence readiness and the defence industrial base', fr: 'La préparation de la défense européenne et la base industrielle de défense' },
    { en: 'Support for Ukraine', fr: 'Le soutien à l\'Ukraine' },
    { en: 'Security in the Eastern Mediterranean and the Middle East', fr: 'La sécurité en Méditerranée orientale et au Moyen-Orient' },
    { en: 'Workshop: hybrid threats and the resilience of democratic institutions', fr: 'Atelier : menaces hybrides et résilience des institutions démocratiques' },
  ],
  'ipc-secg': () => [
    { en: 'Competitiveness, productivity and the single market', fr: 'Compétitivité, productivité et marché unique' },
    { en: 'Implementation of the reformed economic governance framework', fr: 'Mise en œuvre du cadre de gouvernance économique réformé' },
    { en: 'Financing defence: fiscal rules and the national escape clause', fr: 'Financer la défense : règles budgétaires et clause dérogatoire nationale' },
    { en: 'The European Semester and the role of national parliaments', fr: 'Le Semestre européen et le rôle des parlements nationaux' },
    { en: 'Completing the Savings and Investments Union', fr: 'Achever l\'union de l\'épargne et de l\'investissement' },
  ],
  'ipex-board': () => [
    { en: 'Implementation of the IPEX strategy and digital work programme', fr: 'Mise en œuvre de la stratégie IPEX et du programme de travail numérique' },
    { en: 'Statistics on the use of IPEX by national parliaments', fr: 'Statistiques sur l\'utilisation d\'IPEX par les parlements nationaux' },
    { en: 'Preparation of the meeting of IPEX correspondents', fr: 'Préparation de la réunion des correspondants IPEX' },
  ],
  'ipex-corr': () => [
    { en: 'News from the IPEX Board', fr: 'Nouvelles du conseil d\'IPEX' },
    { en: 'Workshop: uploading scrutiny documents and reasoned opinions', fr: 'Atelier : mise en ligne des documents de contrôle et des avis motivés' },
    { en: 'Workshop: the IPEX calendar and interparliamentary conferences', fr: 'Atelier : le calendrier IPEX et les conférences interparlementaires' },
    { en: 'Sharing pages of the IPEX Hub on social media', fr: 'Partager les pages de l\'IPEX Hub sur les réseaux sociaux' },
  ],
};

/** "09:30" → "9 h 30"; "13:00" → "13 h". */
function timeFr(hm: string): string {
  const [h, m] = hm.split(':');
  return `${Number(h)} h${m === '00' ? '' : ` ${m}`}`;
}
/** When an event takes place, in prose. */
function whenOf(start: string, end: string): L {
  if (start.length === 10) {
    if (start === end) return { en: `on ${dayEn(start)}`, fr: `le ${dayFr(start)}` };
    return { en: `from ${dayEn(start)} to ${dayEn(end)}`, fr: `du ${dayFr(start)} au ${dayFr(end)}` };
  }
  const [sd, st] = start.split('T') as [string, string];
  const [ed, et] = end.split('T') as [string, string];
  if (sd === ed) return { en: `on ${dayEn(sd)} from ${st} to ${et} (local time)`, fr: `le ${dayFr(sd)} de ${timeFr(st)} à ${timeFr(et)} (heure locale)` };
  return { en: `from ${dayEn(sd)}, ${st}, to ${dayEn(ed)}, ${et} (local time)`, fr: `du ${dayFr(sd)}, ${timeFr(st)}, au ${dayFr(ed)}, ${timeFr(et)} (heure locale)` };
}

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

interface EvDraft {
  key: string;
  conf: Conference;
  host: Host;
  start: string;
  end: string;
  /** Meeting name without place, for news about it. */
  name: L;
  title: Text;
  extraTitle?: Text | undefined;
  intro: L;
  sessions: L[];
  tags: string[];
  cancelled?: boolean | undefined;
  only?: 'en' | 'fr' | undefined;
}

interface Anchor {
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
const N_SPEAKERS: L = { en: 'Conference of Speakers of the European Union Parliaments', fr: 'Conférence des présidents des parlements de l\'Union européenne' };
const N_SG: L = { en: 'Meeting of the Secretaries-General of the European Union Parliaments', fr: 'Réunion des secrétaires généraux des parlements de l\'Union européenne' };
const N_JPSG: L = { en: 'Meeting of the Joint Parliamentary Scrutiny Group on Europol', fr: 'Réunion du groupe de contrôle parlementaire conjoint d\'Europol' };
const N_IPC_CFSP: L = { en: 'Interparliamentary Conference for the CFSP and the CSDP', fr: 'Conférence interparlementaire pour la PESC et la PSDC' };
const N_IPC_SECG: L = { en: 'Interparliamentary Conference on Stability, Economic Coordination and Governance', fr: 'Conférence interparlementaire sur la stabilité, la coordination économique et la gouvernance' };
const N_IPEX_BOARD: L = { en: 'IPEX Board meeting', fr: 'Réunion du conseil d\'IPEX' };
const N_IPEX_CORR: L = { en: 'Meeting of IPEX correspondents', fr: 'Réunion des correspondants IPEX' };
const IPEX_INTRO: L = {
  en: 'IPEX, the platform for EU Interparliamentary Exchange, is run by the national parliaments and the European Parliament under the guidance of the Conference of Speakers. Its Board meets during each presidency, and its network of correspondents keeps the scrutiny information of every chamber up to date.',
  fr: 'IPEX, la plateforme d\'échange interparlementaire de l\'UE, est gérée par les parlements nationaux et le Parlement européen sous l\'égide de la Conférence des présidents. Son conseil se réunit pendant chaque présidence et son réseau de correspondants tient à jour les informations de contrôle de chaque chambre.',
};

const ANCHORS: Anchor[] = [
  // Cyprus Presidency, January–June 2026
  { key: 'ipc-cfsp-csdp-2026-1', conf: 'ipc-cfsp-csdp', host: 'nic', start: '2026-03-05T09:00', end: '2026-03-06T13:00', name: N_IPC_CFSP, sessions: 'ipc-cfsp-csdp', extraTitle: { el: 'Διακοινοβουλευτική Διάσκεψη για την ΚΕΠΠΑ και την ΚΠΑΑ — Λευκωσία' } },
  { key: 'jpsg-2026-1', conf: 'jpsg-europol', host: 'nic', start: '2026-03-16T09:30', end: '2026-03-17T13:00', name: N_JPSG, sessions: 'jpsg-europol' },
  {
    key: 'med-maritime-security-2026', conf: 'other', host: 'nic', start: '2026-03-26', end: '2026-03-26', tags: ['cfsp-csdp', 'migration'],
    name: { en: 'Parliamentary conference on maritime security in the Eastern Mediterranean', fr: 'Conférence parlementaire sur la sûreté maritime en Méditerranée orientale' },
    intro: { en: 'Members of the foreign affairs, defence and EU affairs committees of the Mediterranean member states discuss the security of shipping lanes, energy infrastructure at sea and search and rescue in the Eastern Mediterranean.', fr: 'Les membres des commissions des affaires étrangères, de la défense et des affaires européennes des États membres méditerranéens débattent de la sécurité des routes maritimes, des infrastructures énergétiques en mer et de la recherche et du sauvetage en Méditerranée orientale.' },
    sessions: [
      { en: 'Protecting undersea cables and pipelines', fr: 'Protéger les câbles et les gazoducs sous-marins' },
      { en: 'Operation Aspides and freedom of navigation', fr: 'L\'opération Aspides et la liberté de navigation' },
      { en: 'Search and rescue and cooperation with third countries', fr: 'La recherche et le sauvetage et la coopération avec les pays tiers' },
    ],
    extraTitle: { el: 'Κοινοβουλευτική διάσκεψη για τη ναυτική ασφάλεια στην Ανατολική Μεσόγειο' },
  },
  { key: 'speakers-2026', conf: 'speakers', host: 'cph', start: '2026-04-23T15:00', end: '2026-04-24T13:00', name: N_SPEAKERS, sessions: 'speakers' },
  { key: 'ipex-board-2026-1', conf: 'other', host: 'nic', start: '2026-04-27', end: '2026-04-28', name: N_IPEX_BOARD, sessions: 'ipex-board', intro: IPEX_INTRO },
  { key: 'cosac-plenary-2026-1', conf: 'cosac', host: 'nic', start: '2026-05-31T15:00', end: '2026-06-02T13:00', name: N_COSAC_PLENARY, sessions: 'cosac-plenary', extraTitle: { el: 'Σύνοδος Ολομέλειας της COSAC — Λευκωσία' } },
  // Irish Presidency, July–December 2026
  { key: 'cosac-chairs-2026-2', conf: 'cosac', host: 'dub', start: '2026-07-13T09:00', end: '2026-07-13T16:30', name: N_COSAC_CHAIRS, sessions: 'cosac-chairs' },
  { key: 'ipc-cfsp-csdp-2026-2', conf: 'ipc-cfsp-csdp', host: 'dub', start: '2026-09-03T09:00', end: '2026-09-04T13:00', name: N_IPC_CFSP, sessions: 'ipc-cfsp-csdp' },
  { key: 'jpsg-2026-2', conf: 'jpsg-europol', host: 'bxl', start: '2026-09-28T09:30', end: '2026-09-29T13:00', name: N_JPSG, sessions: 'jpsg-europol' },
  { key: 'ipc-secg-2026-2', conf: 'ipc-secg', host: 'dub', start: '2026-10-05T14:00', end: '2026-10-06T13:00', name: N_IPC_SECG, sessions: 'ipc-secg' },
  { key: 'ipex-correspondents-2026', conf: 'other', host: 'dubL', start: '2026-10-19', end: '2026-10-19', name: N_IPEX_CORR, sessions: 'ipex-corr', intro: IPEX_INTRO },
  {
    key: 'enlargement-dublin-2026', conf: 'other', host: 'dubL', start: '2026-11-09T09:30', end: '2026-11-09T13:00', tags: ['enlargement'],
    name: { en: 'Interparliamentary conference on enlargement: the road to accession', fr: 'Conférence interparlementaire sur l\'élargissement : le chemin vers l\'adhésion' },
    intro: { en: 'Chairpersons of the EU affairs and foreign affairs committees meet members of the parliaments of the candidate countries to discuss the state of accession negotiations and the role of parliaments in the ratification of accession treaties.', fr: 'Les présidents des commissions des affaires européennes et des affaires étrangères rencontrent des membres des parlements des pays candidats pour faire le point sur les négociations d\'adhésion et sur le rôle des parlements dans la ratification des traités d\'adhésion.' },
    sessions: [
      { en: 'State of play of the accession negotiations with Montenegro, Albania, Ukraine and Moldova', fr: 'État des négociations d\'adhésion avec le Monténégro, l\'Albanie, l\'Ukraine et la Moldavie' },
      { en: 'Gradual integration into EU policies before accession', fr: 'L\'intégration progressive aux politiques de l\'Union avant l\'adhésion' },
      { en: 'Ratifying accession treaties: lessons from 2004', fr: 'Ratifier les traités d\'adhésion : les leçons de 2004' },
    ],
  },
  { key: 'cosac-plenary-2026-2', conf: 'cosac', host: 'dub', start: '2026-11-29T15:00', end: '2026-12-01T13:00', name: N_COSAC_PLENARY, sessions: 'cosac-plenary' },
  // Lithuanian Presidency, January–June 2027 (and the 2027 Speakers' Conference in Dublin)
  { key: 'cosac-chairs-2027-1', conf: 'cosac', host: 'vno', start: '2027-01-24T15:00', end: '2027-01-25T13:00', name: N_COSAC_CHAIRS, sessions: 'cosac-chairs' },
  {
    key: 'epw-2027', conf: 'ipc-secg', host: 'bxl', start: '2027-02-16T09:00', end: '2027-02-17T13:00', sessions: 'ipc-secg',
    name: { en: 'European Parliamentary Week 2027', fr: 'Semaine parlementaire européenne 2027' },
    title: { en: 'European Parliamentary Week 2027: Interparliamentary Conference on Stability, Economic Coordination and Governance', fr: 'Semaine parlementaire européenne 2027 : conférence interparlementaire sur la stabilité, la coordination économique et la gouvernance' },
  },
  { key: 'speakers-sg-2027', conf: 'speakers', host: 'dubL', start: '2027-02-22', end: '2027-02-22', name: N_SG, sessions: 'speakers-sg' },
  { key: 'ipc-cfsp-csdp-2027-1', conf: 'ipc-cfsp-csdp', host: 'vno', start: '2027-03-04T09:00', end: '2027-03-05T13:00', name: N_IPC_CFSP, sessions: 'ipc-cfsp-csdp' },
  { key: 'jpsg-2027-1', conf: 'jpsg-europol', host: 'vno', start: '2027-03-15T09:30', end: '2027-03-16T13:00', name: N_JPSG, sessions: 'jpsg-europol' },
  { key: 'ipex-board-2027-1', conf: 'other', host: 'vno', start: '2027-04-12', end: '2027-04-13', name: N_IPEX_BOARD, sessions: 'ipex-board', intro: IPEX_INTRO },
  { key: 'speakers-2027', conf: 'speakers', host: 'dub', start: '2027-05-10T09:00', end: '2027-05-11T13:00', name: N_SPEAKERS, sessions: 'speakers' },
  {
    key: 'eastern-partnership-2027', conf: 'other', host: 'vno', start: '2027-05-24T09:30', end: '2027-05-24T13:00', tags: ['enlargement', 'cfsp-csdp'],
    name: { en: 'Parliamentary conference on the Eastern Partnership and security in the Eastern neighbourhood', fr: 'Conférence parlementaire sur le partenariat oriental et la sécurité dans le voisinage oriental' },
    intro: { en: 'The Seimas invites the chairpersons of the foreign affairs and EU affairs committees, together with members of the parliaments of Ukraine, Moldova and Georgia, to discuss security in the Eastern neighbourhood.', fr: 'Le Seimas invite les présidents des commissions des affaires étrangères et des affaires européennes, ainsi que des membres des parlements d\'Ukraine, de Moldavie et de Géorgie, à débattre de la sécurité dans le voisinage oriental.' },
    sessions: [
      { en: 'Resilience of democratic institutions against hybrid attacks', fr: 'La résilience des institutions démocratiques face aux attaques hybrides' },
      { en: 'Energy and transport connectivity with the Eastern neighbours', fr: 'La connectivité énergétique et de transport avec les voisins orientaux' },
      { en: 'The parliamentary dimension of the Eastern Partnership', fr: 'La dimension parlementaire du partenariat oriental' },
    ],
  },
  { key: 'cosac-plenary-2027-1', conf: 'cosac', host: 'vno', start: '2027-06-06T15:00', end: '2027-06-08T13:00', name: N_COSAC_PLENARY, sessions: 'cosac-plenary' },
  // Events hosted by other chambers
  {
    key: 'thessaloniki-migration-2026', conf: 'other', host: 'thes', start: '2026-06-18', end: '2026-06-19', tags: ['migration'],
    name: { en: 'Interparliamentary conference on migration and security in the Mediterranean', fr: 'Conférence interparlementaire sur la migration et la sécurité en Méditerranée' },
    title: { en: 'Βουλή των Ελλήνων: Διακοινοβουλευτική Διάσκεψη για τη Μετανάστευση και την Ασφάλεια στη Μεσόγειο', fr: 'Parlement hellénique : conférence interparlementaire sur la migration et la sécurité en Méditerranée (Θεσσαλονίκη)' },
    extraTitle: { el: 'Βουλή των Ελλήνων: Διακοινοβουλευτική Διάσκεψη για τη Μετανάστευση και την Ασφάλεια στη Μεσόγειο' },
    intro: { en: 'The Hellenic Parliament (Βουλή των Ελλήνων) hosts members of the interior and EU affairs committees of the Mediterranean member states in Θεσσαλονίκη, one week after the Pact on Migration and Asylum started to apply.', fr: 'Le Parlement hellénique (Βουλή των Ελλήνων) accueille à Θεσσαλονίκη des membres des commissions de l\'intérieur et des affaires européennes des États membres méditerranéens, une semaine après l\'entrée en application du pacte sur la migration et l\'asile.' },
    sessions: [
      { en: 'First experiences with the border procedure and screening', fr: 'Premiers retours d\'expérience sur la procédure à la frontière et le filtrage' },
      { en: 'Solidarity pool: relocations and financial contributions', fr: 'Réserve de solidarité : relocalisations et contributions financières' },
      { en: 'Cooperation with countries of origin and transit', fr: 'La coopération avec les pays d\'origine et de transit' },
    ],
  },
  {
    key: 'stockholm-total-defence-2026', conf: 'other', host: 'sto', start: '2026-05-06T13:00', end: '2026-05-06T16:30', tags: ['cfsp-csdp'], only: 'en',
    name: { en: 'Riksdag seminar on total defence and civil preparedness', fr: 'Séminaire du Riksdag sur la défense totale et la préparation civile' },
    intro: { en: 'The Committee on Defence and the Committee on European Union Affairs of the Swedish Riksdag invite colleagues from the Nordic and Baltic parliaments to compare national approaches to total defence, following the Commission\'s Preparedness Union Strategy.', fr: '' },
    sessions: [
      { en: 'Civil preparedness: lessons from Finland and Sweden', fr: '' },
      { en: 'Stockpiling and critical supplies', fr: '' },
      { en: 'The role of parliaments in crisis situations', fr: '' },
    ],
  },
  {
    key: 'helsinki-arctic-2026', conf: 'other', host: 'hel', start: '2026-09-14T10:00', end: '2026-09-14T15:30', tags: ['cfsp-csdp', 'climate'],
    name: { en: 'Grand Committee seminar on the Arctic and EU external action', fr: 'Séminaire de la Grande Commission sur l\'Arctique et l\'action extérieure de l\'UE' },
    intro: { en: 'The Grand Committee of the Finnish Eduskunta, which coordinates the parliament\'s EU scrutiny, holds an open seminar on the Union\'s Arctic policy, climate change in the High North and security in the region.', fr: 'La Grande Commission de l\'Eduskunta finlandaise, qui coordonne le contrôle parlementaire des affaires européennes, organise un séminaire ouvert sur la politique arctique de l\'Union, le changement climatique dans le Grand Nord et la sécurité dans la région.' },
    sessions: [
      { en: 'Climate change in the Arctic: science briefing', fr: 'Le changement climatique dans l\'Arctique : point scientifique' },
      { en: 'Security in the High North after NATO enlargement', fr: 'La sécurité dans le Grand Nord après l\'élargissement de l\'OTAN' },
      { en: 'Indigenous peoples and the Union\'s Arctic policy', fr: 'Les peuples autochtones et la politique arctique de l\'Union' },
    ],
  },
  {
    key: 'lisbon-outermost-2026', conf: 'other', host: 'lis', start: '2026-10-22', end: '2026-10-23', tags: ['budget'],
    name: { en: 'Conference on the outermost regions and the EU Atlantic strategy', fr: 'Conférence sur les régions ultrapériphériques et la stratégie atlantique de l\'UE' },
    intro: { en: 'The European Affairs Committee of the Assembleia da República brings together parliamentarians from member states with outermost regions and Atlantic coasts to discuss the place of the Azores, Madeira, the Canary Islands and the French outermost regions in the next multiannual financial framework.', fr: 'La commission des affaires européennes de l\'Assembleia da República réunit des parlementaires des États membres ayant des régions ultrapériphériques et des façades atlantiques pour débattre de la place des Açores, de Madère, des Canaries et des régions ultrapériphériques françaises dans le prochain cadre financier pluriannuel.' },
    sessions: [
      { en: 'Article 349 TFEU and tailored EU rules', fr: 'L\'article 349 du TFUE et les règles européennes adaptées' },
      { en: 'The blue economy and the Atlantic Action Plan', fr: 'L\'économie bleue et le plan d\'action atlantique' },
      { en: 'POSEI and cohesion funding after 2027', fr: 'Le POSEI et les fonds de cohésion après 2027' },
    ],
  },
];

interface Subject {
  key: string;
  hosts: string[];
  tags: string[];
  title: L;
  summary: L;
  intro: L;
  agenda: L[];
}
const SUBJECTS: Subject[] = [
  {
    key: 'icm-rule-of-law', hosts: ['bxl'], tags: ['rule-of-law'],
    title: { en: 'Interparliamentary committee meeting on the Commission\'s Rule of Law Report', fr: 'Réunion interparlementaire de commissions sur le rapport de la Commission sur l\'État de droit' },
    summary: { en: 'Members of the LIBE committee and of national parliaments discuss the findings of the annual Rule of Law Report.', fr: 'Les membres de la commission LIBE et des parlements nationaux examinent les constats du rapport annuel sur l\'État de droit.' },
    intro: { en: 'The Committee on Civil Liberties, Justice and Home Affairs (LIBE) of the European Parliament invites national parliaments to discuss the country chapters of the Commission\'s annual Rule of Law Report, with a focus on justice systems, the fight against corruption, media pluralism and checks and balances.', fr: 'La commission des libertés civiles, de la justice et des affaires intérieures (LIBE) du Parlement européen invite les parlements nationaux à débattre des chapitres par pays du rapport annuel de la Commission sur l\'État de droit, en particulier des systèmes de justice, de la lutte contre la corruption, du pluralisme des médias et de l\'équilibre des pouvoirs.' },
    agenda: [
      { en: 'Presentation of the report by the Commissioner for Democracy, Justice and the Rule of Law', fr: 'Présentation du rapport par le commissaire chargé de la démocratie, de la justice et de l\'État de droit' },
      { en: 'Panel 1: independence and efficiency of justice systems', fr: 'Table ronde 1 : indépendance et efficacité des systèmes de justice' },
      { en: 'Panel 2: media freedom and the safety of journalists', fr: 'Table ronde 2 : liberté des médias et sécurité des journalistes' },
      { en: 'Panel 3: national parliaments and checks and balances', fr: 'Table ronde 3 : les parlements nationaux et l\'équilibre des pouvoirs' },
    ],
  },
  {
    key: 'icm-migration-pact', hosts: ['bxl'], tags: ['migration'],
    title: { en: 'Interparliamentary committee meeting on the implementation of the Pact on Migration and Asylum', fr: 'Réunion interparlementaire de commissions sur la mise en œuvre du pacte sur la migration et l\'asile' },
    summary: { en: 'LIBE members and national parliamentarians take stock of the application of the Pact on Migration and Asylum.', fr: 'Les membres de la commission LIBE et des parlementaires nationaux dressent le bilan de l\'application du pacte sur la migration et l\'asile.' },
    intro: { en: 'The Pact on Migration and Asylum applies since June 2026. The LIBE committee invites the interior and EU affairs committees of national parliaments to compare how the new screening, border and solidarity rules work in practice.', fr: 'Le pacte sur la migration et l\'asile s\'applique depuis juin 2026. La commission LIBE invite les commissions de l\'intérieur et des affaires européennes des parlements nationaux à comparer le fonctionnement concret des nouvelles règles de filtrage, de frontière et de solidarité.' },
    agenda: [
      { en: 'The annual solidarity cycle and the solidarity pool', fr: 'Le cycle annuel de solidarité et la réserve de solidarité' },
      { en: 'Screening and the border procedure: first figures', fr: 'Filtrage et procédure à la frontière : premiers chiffres' },
      { en: 'Monitoring of fundamental rights at the external borders', fr: 'Le contrôle du respect des droits fondamentaux aux frontières extérieures' },
      { en: 'Eurodac and the exchange of information', fr: 'Eurodac et l\'échange d\'informations' },
    ],
  },
  {
    key: 'icm-eurojust', hosts: ['bxl'], tags: ['rule-of-law', 'europol'],
    title: { en: 'Interparliamentary committee meeting on the evaluation of Eurojust\'s activities', fr: 'Réunion interparlementaire de commissions sur l\'évaluation des activités d\'Eurojust' },
    summary: { en: 'The yearly evaluation of Eurojust by the European Parliament and national parliaments under Article 85 TFEU.', fr: 'L\'évaluation annuelle d\'Eurojust par le Parlement européen et les parlements nationaux au titre de l\'article 85 du TFUE.' },
    intro: { en: 'Article 85 of the Treaty on the Functioning of the European Union provides for the involvement of the European Parliament and national parliaments in the evaluation of Eurojust\'s activities. The meeting hears the President of Eurojust on the agency\'s annual report.', fr: 'L\'article 85 du traité sur le fonctionnement de l\'Union européenne prévoit l\'association du Parlement européen et des parlements nationaux à l\'évaluation des activités d\'Eurojust. La réunion entend le président d\'Eurojust sur le rapport annuel de l\'agence.' },
    agenda: [
      { en: 'Presentation of the Eurojust annual report', fr: 'Présentation du rapport annuel d\'Eurojust' },
      { en: 'Joint investigation teams and the war in Ukraine', fr: 'Les équipes communes d\'enquête et la guerre en Ukraine' },
      { en: 'Cooperation between Eurojust, Europol and the European Public Prosecutor\'s Office', fr: 'La coopération entre Eurojust, Europol et le Parquet européen' },
    ],
  },
  {
    key: 'icm-mff', hosts: ['bxl', 'sxb'], tags: ['budget'],
    title: { en: 'Interparliamentary committee meeting on the multiannual financial framework 2028-2034', fr: 'Réunion interparlementaire de commissions sur le cadre financier pluriannuel 2028-2034' },
    summary: { en: 'The Committee on Budgets (BUDG) discusses the next long-term budget of the Union with national budget committees.', fr: 'La commission des budgets (BUDG) débat du prochain budget à long terme de l\'Union avec les commissions des finances nationales.' },
    intro: { en: 'The Committee on Budgets of the European Parliament invites the budget and EU affairs committees of national parliaments to discuss the Commission\'s proposals for the 2028-2034 multiannual financial framework and the new own resources.', fr: 'La commission des budgets du Parlement européen invite les commissions des finances et des affaires européennes des parlements nationaux à débattre des propositions de la Commission pour le cadre financier pluriannuel 2028-2034 et des nouvelles ressources propres.' },
    agenda: [
      { en: 'National and regional partnership plans', fr: 'Les plans de partenariat nationaux et régionaux' },
      { en: 'The European Competitiveness Fund', fr: 'Le Fonds européen pour la compétitivité' },
      { en: 'New own resources and the repayment of NextGenerationEU', fr: 'Les nouvelles ressources propres et le remboursement de NextGenerationEU' },
      { en: 'Flexibility and crisis response', fr: 'Flexibilité et réaction aux crises' },
    ],
  },
  {
    key: 'icm-enlargement', hosts: ['bxl'], tags: ['enlargement'],
    title: { en: 'Interparliamentary committee meeting on the Commission\'s enlargement package', fr: 'Réunion interparlementaire de commissions sur le paquet « élargissement » de la Commission' },
    summary: { en: 'The Committee on Foreign Affairs (AFET) and national parliaments discuss the Commission\'s annual reports on the candidate countries.', fr: 'La commission des affaires étrangères (AFET) et les parlements nationaux examinent les rapports annuels de la Commission sur les pays candidats.' },
    intro: { en: 'The Committee on Foreign Affairs of the European Parliament and the foreign and EU affairs committees of national parliaments discuss the Commission\'s enlargement package with the Commissioner for Enlargement.', fr: 'La commission des affaires étrangères du Parlement européen et les commissions des affaires étrangères et européennes des parlements nationaux examinent le paquet « élargissement » de la Commission avec la commissaire chargée de l\'élargissement.' },
    agenda: [
      { en: 'Montenegro and Albania: closing negotiating chapters', fr: 'Monténégro et Albanie : la clôture des chapitres de négociation' },
      { en: 'Ukraine and Moldova: opening clusters', fr: 'Ukraine et Moldavie : l\'ouverture des groupes de chapitres' },
      { en: 'Serbia, North Macedonia, Bosnia and Herzegovina and Kosovo', fr: 'Serbie, Macédoine du Nord, Bosnie-Herzégovine et Kosovo' },
      { en: 'Pre-accession reforms of the Union', fr: 'Les réformes de l\'Union préalables à l\'élargissement' },
    ],
  },
  {
    key: 'seminar-ewm', hosts: NATIONAL_HOSTS, tags: ['subsidiarity'],
    title: { en: 'Seminar on subsidiarity and the early warning mechanism', fr: 'Séminaire sur la subsidiarité et le mécanisme d\'alerte précoce' },
    summary: { en: 'Members and staff of EU affairs committees compare their practice of subsidiarity checks and reasoned opinions.', fr: 'Des membres et des agents des commissions des affaires européennes comparent leurs pratiques du contrôle de subsidiarité et des avis motivés.' },
    intro: { en: 'Since the Treaty of Lisbon, each national parliament may object to a draft legislative act by sending a reasoned opinion within eight weeks. The seminar looks at how chambers select proposals for scrutiny, how they cooperate through IPEX and why the yellow card has been triggered only three times.', fr: 'Depuis le traité de Lisbonne, chaque parlement national peut s\'opposer à un projet d\'acte législatif en adressant un avis motivé dans un délai de huit semaines. Le séminaire examine la manière dont les chambres sélectionnent les propositions, coopèrent au moyen d\'IPEX et les raisons pour lesquelles le carton jaune n\'a été déclenché que trois fois.' },
    agenda: [
      { en: 'Selecting proposals for subsidiarity scrutiny', fr: 'Sélectionner les propositions soumises au contrôle de subsidiarité' },
      { en: 'Counting the eight weeks: deadlines, August and translations', fr: 'Compter les huit semaines : délais, mois d\'août et traductions' },
      { en: 'Using IPEX to coordinate between chambers', fr: 'Utiliser IPEX pour la coordination entre chambres' },
      { en: 'A "green card"? Proposals to strengthen the role of national parliaments', fr: 'Un « carton vert » ? Propositions pour renforcer le rôle des parlements nationaux' },
    ],
  },
  {
    key: 'visegrad', hosts: ['waw', 'krk', 'prg', 'brno', 'bts', 'bud'], tags: ['cosac', 'political-dialogue'],
    title: { en: 'Meeting of the EU affairs committees of the Visegrád Group parliaments', fr: 'Réunion des commissions des affaires européennes des parlements du groupe de Visegrád' },
    summary: { en: 'Chairpersons of the EU affairs committees of Czechia, Hungary, Poland and Slovakia prepare the next COSAC meeting.', fr: 'Les présidents des commissions des affaires européennes de Tchéquie, de Hongrie, de Pologne et de Slovaquie préparent la prochaine réunion de la COSAC.' },
    intro: { en: 'The EU affairs committees of the Visegrád Group meet twice a year, before the COSAC plenary, to compare their positions on pending legislation. Members of the Poslanecká sněmovna, the Senát, the Sejm, the Senat, the Országgyűlés and the Národná rada take part.', fr: 'Les commissions des affaires européennes du groupe de Visegrád se réunissent deux fois par an, avant la plénière de la COSAC, pour comparer leurs positions sur les textes en cours. Y participent des membres de la Poslanecká sněmovna, du Senát, du Sejm, du Senat, de l\'Országgyűlés et de la Národná rada.' },
    agenda: [
      { en: 'Cohesion policy in the next multiannual financial framework', fr: 'La politique de cohésion dans le prochain cadre financier pluriannuel' },
      { en: 'Energy prices and the competitiveness of industry', fr: 'Les prix de l\'énergie et la compétitivité de l\'industrie' },
      { en: 'Preparation of the COSAC plenary', fr: 'Préparation de la plénière de la COSAC' },
    ],
  },
  {
    key: 'med-migration', hosts: ['vlt', 'gozo', 'ath', 'nic', 'rom', 'mad'], tags: ['migration'],
    title: { en: 'Parliamentary conference on migration in the Mediterranean', fr: 'Conférence parlementaire sur la migration en Méditerranée' },
    summary: { en: 'Parliamentarians from the MED9 countries discuss migration routes, search and rescue and partnerships with North Africa.', fr: 'Des parlementaires des pays du MED9 débattent des routes migratoires, de la recherche et du sauvetage et des partenariats avec l\'Afrique du Nord.' },
    intro: { en: 'Members of the interior and EU affairs committees of Croatia, Cyprus, France, Greece, Italy, Malta, Portugal, Slovenia and Spain meet to discuss the Central and Eastern Mediterranean routes.', fr: 'Des membres des commissions de l\'intérieur et des affaires européennes de Chypre, de Croatie, d\'Espagne, de France, de Grèce, d\'Italie, de Malte, du Portugal et de Slovénie se réunissent pour débattre des routes de la Méditerranée centrale et orientale.' },
    agenda: [
      { en: 'Arrivals and search and rescue in the Central Mediterranean', fr: 'Arrivées et recherche et sauvetage en Méditerranée centrale' },
      { en: 'Partnerships with Tunisia, Libya, Egypt and Mauritania', fr: 'Les partenariats avec la Tunisie, la Libye, l\'Égypte et la Mauritanie' },
      { en: 'Solidarity under the Pact on Migration and Asylum', fr: 'La solidarité dans le cadre du pacte sur la migration et l\'asile' },
    ],
  },
  {
    key: 'baltic-energy', hosts: ['tll', 'rig', 'hel', 'waw', 'sto'], tags: ['energy'],
    title: { en: 'Conference on energy security in the Baltic Sea region', fr: 'Conférence sur la sécurité énergétique dans la région de la mer Baltique' },
    summary: { en: 'Parliamentarians discuss the protection of undersea infrastructure, synchronisation of the Baltic grids and offshore wind.', fr: 'Des parlementaires débattent de la protection des infrastructures sous-marines, de la synchronisation des réseaux baltes et de l\'éolien en mer.' },
    intro: { en: 'Since the Baltic States synchronised their electricity grids with the continental European network in February 2025, the security of interconnectors and undersea cables has become a shared concern of the parliaments around the Baltic Sea.', fr: 'Depuis la synchronisation des réseaux électriques des États baltes avec le réseau continental européen en février 2025, la sécurité des interconnexions et des câbles sous-marins est devenue une préoccupation commune des parlements riverains de la mer Baltique.' },
    agenda: [
      { en: 'Protecting undersea cables and pipelines', fr: 'Protéger les câbles et les gazoducs sous-marins' },
      { en: 'Offshore wind and the Baltic Energy Market Interconnection Plan', fr: 'L\'éolien en mer et le plan d\'interconnexion du marché énergétique balte' },
      { en: 'Grid connection and permitting', fr: 'Raccordement aux réseaux et autorisations' },
    ],
  },
  {
    key: 'cap-future', hosts: ['parA', 'parS', 'buc', 'iasi', 'krk', 'vie', 'lis', 'koln'], tags: ['agriculture'],
    title: { en: 'Conference on the future of the common agricultural policy after 2027', fr: 'Conférence sur l\'avenir de la politique agricole commune après 2027' },
    summary: { en: 'Members of agriculture and EU affairs committees discuss the Commission\'s proposals for the CAP in 2028-2034.', fr: 'Des membres des commissions de l\'agriculture et des affaires européennes débattent des propositions de la Commission pour la PAC 2028-2034.' },
    intro: { en: 'The conference gathers the agriculture committees of national parliaments, farmers\' organisations and the European Commission to discuss the place of the common agricultural policy in the national and regional partnership plans.', fr: 'La conférence réunit les commissions de l\'agriculture des parlements nationaux, des organisations agricoles et la Commission européenne pour débattre de la place de la politique agricole commune dans les plans de partenariat nationaux et régionaux.' },
    agenda: [
      { en: 'Income support and generational renewal', fr: 'Soutien au revenu et renouvellement des générations' },
      { en: 'Simplification for farmers and paying agencies', fr: 'Simplification pour les agriculteurs et les organismes payeurs' },
      { en: 'Trade agreements and the agricultural sector', fr: 'Les accords commerciaux et le secteur agricole' },
      { en: 'Rural development and the role of regions', fr: 'Le développement rural et le rôle des régions' },
    ],
  },
  {
    key: 'enlargement-region', hosts: ['zag', 'lju', 'sof', 'buc', 'vie', 'bts'], tags: ['enlargement'],
    title: { en: 'Interparliamentary conference on enlargement: Western Balkans, Ukraine and Moldova', fr: 'Conférence interparlementaire sur l\'élargissement : Balkans occidentaux, Ukraine et Moldavie' },
    summary: { en: 'EU affairs committees meet counterparts from the candidate countries to discuss reforms and accession negotiations.', fr: 'Les commissions des affaires européennes rencontrent leurs homologues des pays candidats pour débattre des réformes et des négociations d\'adhésion.' },
    intro: { en: 'Neighbouring member states play a special role in the enlargement process. The conference brings together the EU affairs committees of the region and the parliaments of the candidate countries to exchange experience of the accession process.', fr: 'Les États membres voisins jouent un rôle particulier dans le processus d\'élargissement. La conférence réunit les commissions des affaires européennes de la région et les parlements des pays candidats pour échanger leurs expériences du processus d\'adhésion.' },
    agenda: [
      { en: 'Fundamentals first: rule of law and public administration reform', fr: 'Les fondamentaux d\'abord : État de droit et réforme de l\'administration publique' },
      { en: 'The Growth Plan for the Western Balkans', fr: 'Le plan de croissance pour les Balkans occidentaux' },
      { en: 'Parliamentary scrutiny of accession negotiations', fr: 'Le contrôle parlementaire des négociations d\'adhésion' },
    ],
  },
  {
    key: 'ai-democracy', hosts: [...NATIONAL_HOSTS, 'bxl'], tags: ['digital'],
    title: { en: 'Conference on artificial intelligence and parliamentary democracy', fr: 'Conférence sur l\'intelligence artificielle et la démocratie parlementaire' },
    summary: { en: 'How parliaments use AI tools, and how they scrutinise the implementation of the AI Act.', fr: 'Comment les parlements utilisent les outils d\'IA et comment ils contrôlent la mise en œuvre du règlement sur l\'IA.' },
    intro: { en: 'The obligations of the AI Act for general-purpose and high-risk systems apply in stages until 2027. Parliaments both scrutinise this implementation and start using AI for translation, transcription and legislative drafting.', fr: 'Les obligations du règlement sur l\'intelligence artificielle applicables aux systèmes à usage général et à haut risque entrent en vigueur par étapes jusqu\'en 2027. Les parlements contrôlent cette mise en œuvre et commencent eux-mêmes à utiliser l\'IA pour la traduction, la transcription et la rédaction législative.' },
    agenda: [
      { en: 'The AI Act: state of implementation', fr: 'Le règlement sur l\'IA : état de la mise en œuvre' },
      { en: 'AI in parliamentary administrations: transcription, translation and research', fr: 'L\'IA dans les administrations parlementaires : transcription, traduction et recherche' },
      { en: 'Deepfakes, elections and the Digital Services Act', fr: 'Hypertrucages, élections et règlement sur les services numériques' },
      { en: 'Ethical guidelines for members and staff', fr: 'Lignes directrices éthiques pour les membres et le personnel' },
    ],
  },
  {
    key: 'climate-water', hosts: ['thes', 'lis', 'mad', 'rom', 'zag', 'plov'], tags: ['climate'],
    title: { en: 'Conference on climate adaptation and water resilience', fr: 'Conférence sur l\'adaptation au changement climatique et la résilience hydrique' },
    summary: { en: 'Droughts, floods and wildfires: parliamentarians discuss the European Water Resilience Strategy and climate adaptation.', fr: 'Sécheresses, inondations et incendies : des parlementaires débattent de la stratégie européenne pour la résilience hydrique et de l\'adaptation au changement climatique.' },
    intro: { en: 'After another summer of wildfires and droughts in southern Europe, environment and EU affairs committees compare national adaptation plans and the financing available under EU programmes.', fr: 'Après un nouvel été d\'incendies et de sécheresses dans le sud de l\'Europe, les commissions de l\'environnement et des affaires européennes comparent les plans nationaux d\'adaptation et les financements disponibles au titre des programmes européens.' },
    agenda: [
      { en: 'The European Water Resilience Strategy', fr: 'La stratégie européenne pour la résilience hydrique' },
      { en: 'Wildfire prevention and rescEU', fr: 'La prévention des incendies de forêt et rescEU' },
      { en: 'Financing adaptation in the next multiannual financial framework', fr: 'Financer l\'adaptation dans le prochain cadre financier pluriannuel' },
    ],
  },
  {
    key: 'cwp-exchange', hosts: NATIONAL_HOSTS, tags: ['political-dialogue'],
    title: { en: 'Exchange of views with the European Commission on its annual work programme', fr: 'Échange de vues avec la Commission européenne sur son programme de travail annuel' },
    summary: { en: 'A Member of the Commission presents the annual work programme to the committee on European affairs.', fr: 'Un membre de la Commission présente le programme de travail annuel à la commission des affaires européennes.' },
    intro: { en: 'As part of the political dialogue, Members of the European Commission visit national parliaments to present the Commission work programme and hear the priorities of each chamber for its own scrutiny.', fr: 'Dans le cadre du dialogue politique, des membres de la Commission européenne se rendent dans les parlements nationaux pour présenter le programme de travail de la Commission et entendre les priorités de chaque chambre pour son propre contrôle.' },
    agenda: [
      { en: 'Presentation of the Commission work programme', fr: 'Présentation du programme de travail de la Commission' },
      { en: 'Simplification and the omnibus proposals', fr: 'La simplification et les propositions omnibus' },
      { en: 'Replies of the Commission to opinions of the chamber', fr: 'Les réponses de la Commission aux avis de la chambre' },
    ],
  },
  {
    key: 'staff-seminar', hosts: NATIONAL_HOSTS, tags: ['political-dialogue', 'subsidiarity'],
    title: { en: 'Seminar for EU affairs committee staff on the political dialogue', fr: 'Séminaire pour le personnel des commissions des affaires européennes sur le dialogue politique' },
    summary: { en: 'Staff of national parliaments share practice on opinions, Commission replies and the use of IPEX.', fr: 'Le personnel des parlements nationaux partage ses pratiques concernant les avis, les réponses de la Commission et l\'utilisation d\'IPEX.' },
    intro: { en: 'The political dialogue lets national parliaments send opinions on any Commission document, beyond subsidiarity. The seminar gives staff of EU affairs committees an opportunity to compare working methods and discuss the quality of the Commission\'s replies.', fr: 'Le dialogue politique permet aux parlements nationaux d\'adresser des avis sur tout document de la Commission, au-delà de la subsidiarité. Le séminaire permet au personnel des commissions des affaires européennes de comparer les méthodes de travail et de débattre de la qualité des réponses de la Commission.' },
    agenda: [
      { en: 'Drafting opinions that the Commission reads', fr: 'Rédiger des avis que la Commission lit' },
      { en: 'Following up Commission replies', fr: 'Assurer le suivi des réponses de la Commission' },
      { en: 'IPEX as a tool for early information', fr: 'IPEX comme outil d\'information précoce' },
    ],
  },
  {
    key: 'cohesion', hosts: ['krk', 'lodz', 'iasi', 'tim', 'plov', 'cbu', 'lis'], tags: ['budget'],
    title: { en: 'Conference on cohesion policy after 2027', fr: 'Conférence sur la politique de cohésion après 2027' },
    summary: { en: 'Regional development and EU affairs committees discuss the future of cohesion policy in the national and regional partnership plans.', fr: 'Les commissions du développement régional et des affaires européennes débattent de l\'avenir de la politique de cohésion dans les plans de partenariat nationaux et régionaux.' },
    intro: { en: 'Cohesion policy is the main investment policy of the Union for its regions. The Commission\'s proposals for 2028-2034 would merge it with other funds into national and regional partnership plans, a change that many regions view with concern.', fr: 'La politique de cohésion est la principale politique d\'investissement de l\'Union en faveur de ses régions. Les propositions de la Commission pour 2028-2034 la fusionneraient avec d\'autres fonds dans des plans de partenariat nationaux et régionaux, un changement que de nombreuses régions regardent avec inquiétude.' },
    agenda: [
      { en: 'The place of regions in the partnership plans', fr: 'La place des régions dans les plans de partenariat' },
      { en: 'Lessons from the 2021-2027 programming period', fr: 'Les leçons de la période de programmation 2021-2027' },
      { en: 'Less developed regions and the eastern border regions', fr: 'Les régions moins développées et les régions frontalières orientales' },
    ],
  },
  {
    key: 'defence-chairs', hosts: NATIONAL_HOSTS, tags: ['cfsp-csdp'],
    title: { en: 'Meeting of the chairpersons of defence committees', fr: 'Réunion des présidents des commissions de la défense' },
    summary: { en: 'Chairpersons of defence committees discuss defence readiness, joint procurement and parliamentary oversight of defence spending.', fr: 'Les présidents des commissions de la défense débattent de la préparation de la défense, des achats conjoints et du contrôle parlementaire des dépenses de défense.' },
    intro: { en: 'With defence spending rising across the Union, the chairpersons of the defence committees meet to discuss how parliaments can oversee joint procurement and new EU defence instruments.', fr: 'Alors que les dépenses de défense augmentent dans toute l\'Union, les présidents des commissions de la défense se réunissent pour examiner comment les parlements peuvent contrôler les achats conjoints et les nouveaux instruments européens de défense.' },
    agenda: [
      { en: 'The SAFE loans and the European Defence Industry Programme', fr: 'Les prêts SAFE et le programme européen pour l\'industrie de la défense' },
      { en: 'Parliamentary oversight of joint procurement', fr: 'Le contrôle parlementaire des achats conjoints' },
      { en: 'Military mobility and infrastructure', fr: 'La mobilité militaire et les infrastructures' },
    ],
  },
  {
    key: 'competitiveness', hosts: ['ber', 'koln', 'parA', 'hag', 'rom', 'vie', 'lux'], tags: ['economic-governance'],
    title: { en: 'Conference on competitiveness and the single market', fr: 'Conférence sur la compétitivité et le marché unique' },
    summary: { en: 'Economic and EU affairs committees discuss the Competitiveness Compass, the single market strategy and simplification.', fr: 'Les commissions des affaires économiques et européennes débattent de la boussole pour la compétitivité, de la stratégie pour le marché unique et de la simplification.' },
    intro: { en: 'Following the reports by Enrico Letta and Mario Draghi, the Commission has put competitiveness and simplification at the heart of its agenda. Parliaments discuss what this means for national legislation and for the transposition of EU directives.', fr: 'À la suite des rapports d\'Enrico Letta et de Mario Draghi, la Commission a placé la compétitivité et la simplification au cœur de son programme. Les parlements débattent de leurs conséquences pour la législation nationale et la transposition des directives européennes.' },
    agenda: [
      { en: 'Removing barriers in the single market for services', fr: 'Lever les obstacles dans le marché unique des services' },
      { en: 'Omnibus simplification packages: what has changed?', fr: 'Les paquets omnibus de simplification : qu\'est-ce qui a changé ?' },
      { en: 'Gold-plating in national transposition', fr: 'La surtransposition dans le droit national' },
    ],
  },
  {
    key: 'nb8', hosts: ['cph', 'sto', 'hel', 'tll', 'rig'], tags: ['cosac'],
    title: { en: 'Meeting of the chairpersons of the EU affairs committees of the Nordic-Baltic Eight', fr: 'Réunion des présidents des commissions des affaires européennes des huit pays nordiques et baltes' },
    summary: { en: 'Chairpersons of the NB8 EU affairs committees coordinate ahead of the COSAC meetings.', fr: 'Les présidents des commissions des affaires européennes du NB8 se coordonnent avant les réunions de la COSAC.' },
    intro: { en: 'The chairpersons of the EU affairs committees of Denmark, Estonia, Finland, Latvia, Lithuania and Sweden, joined by their Icelandic and Norwegian colleagues, meet regularly to coordinate ahead of COSAC.', fr: 'Les présidents des commissions des affaires européennes du Danemark, d\'Estonie, de Finlande, de Lettonie, de Lituanie et de Suède, rejoints par leurs collègues islandais et norvégiens, se réunissent régulièrement pour se coordonner avant la COSAC.' },
    agenda: [
      { en: 'Security situation in the Baltic Sea region', fr: 'La situation sécuritaire dans la région de la mer Baltique' },
      { en: 'Support for Ukraine', fr: 'Le soutien à l\'Ukraine' },
      { en: 'Preparation of the next COSAC meeting', fr: 'Préparation de la prochaine réunion de la COSAC' },
    ],
  },
  {
    key: 'icm-digital', hosts: ['bxl'], tags: ['digital'],
    title: { en: 'Interparliamentary committee meeting on simplifying the EU digital rulebook', fr: 'Réunion interparlementaire de commissions sur la simplification du corpus réglementaire numérique de l\'UE' },
    summary: { en: 'The IMCO and ITRE committees discuss the digital omnibus and the Digital Fairness Act with national parliaments.', fr: 'Les commissions IMCO et ITRE débattent de l\'omnibus numérique et de l\'acte sur l\'équité numérique avec les parlements nationaux.' },
    intro: { en: 'The Committees on the Internal Market and Consumer Protection (IMCO) and on Industry, Research and Energy (ITRE) invite national parliaments to discuss the simplification of the Union\'s data, cybersecurity and artificial intelligence rules.', fr: 'Les commissions du marché intérieur et de la protection des consommateurs (IMCO) et de l\'industrie, de la recherche et de l\'énergie (ITRE) invitent les parlements nationaux à débattre de la simplification des règles de l\'Union en matière de données, de cybersécurité et d\'intelligence artificielle.' },
    agenda: [
      { en: 'The digital omnibus: data, cookies and cybersecurity reporting', fr: 'L\'omnibus numérique : données, cookies et notification des incidents de cybersécurité' },
      { en: 'The Digital Fairness Act', fr: 'L\'acte sur l\'équité numérique' },
      { en: 'Enforcement of the Digital Services Act and the Digital Markets Act', fr: 'L\'application du règlement sur les services numériques et du règlement sur les marchés numériques' },
    ],
  },
  {
    key: 'icm-semester', hosts: ['bxl'], tags: ['economic-governance'],
    title: { en: 'Interparliamentary committee meeting on the European Semester and national medium-term plans', fr: 'Réunion interparlementaire de commissions sur le Semestre européen et les plans nationaux à moyen terme' },
    summary: { en: 'The ECON committee and national budget committees discuss the implementation of the medium-term fiscal-structural plans.', fr: 'La commission ECON et les commissions des finances nationales examinent la mise en œuvre des plans budgétaires et structurels à moyen terme.' },
    intro: { en: 'Under the reformed economic governance framework, each member state follows a medium-term fiscal-structural plan endorsed by the Council. The Committee on Economic and Monetary Affairs invites national parliaments to discuss how these plans are debated at home.', fr: 'Dans le cadre de gouvernance économique réformé, chaque État membre suit un plan budgétaire et structurel à moyen terme approuvé par le Conseil. La commission des affaires économiques et monétaires invite les parlements nationaux à débattre de la manière dont ces plans sont examinés au niveau national.' },
    agenda: [
      { en: 'Net expenditure paths and the national escape clause', fr: 'Trajectoires de dépenses nettes et clause dérogatoire nationale' },
      { en: 'Country-specific recommendations', fr: 'Les recommandations par pays' },
      { en: 'National ownership and independent fiscal institutions', fr: 'L\'appropriation nationale et les institutions budgétaires indépendantes' },
    ],
  },
];

/** "Nicosia (Λευκωσία)": the English or French city name, with the local name when it differs. */
function placeOf(h: Host): L {
  const local = Object.entries(h.city).find(([k]) => k !== 'en' && k !== 'fr')?.[1];
  const add = (s: string) => (local && local !== s ? `${s} (${local})` : s);
  return { en: add(h.city.en ?? ''), fr: add(h.city.fr ?? h.city.en ?? '') };
}

function anchorDraft(a: Anchor): EvDraft {
  const h = host(a.host);
  const place = placeOf(h);
  const p = presidencyAt(a.start);
  const sessions = typeof a.sessions === 'string' ? (SESSIONS[a.sessions] as SessionFn)(p) : a.sessions;
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
    intro: a.intro ?? (conf as ConfInfo).about,
    sessions,
    tags: [...(conf?.tags ?? []), ...(a.tags ?? [])],
    only: a.only,
  };
}

const weekday = (d: string): number => new Date(msOf(d)).getUTCDay(); // 0 = Sunday
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

function otherDrafts(count: number): EvDraft[] {
  const first = msOf('2026-03-02');
  const span = msOf('2027-06-25') - first;
  const out: EvDraft[] = [];
  const usedCombos = new Set<string>();
  let order: Subject[] = [];
  for (let i = 0; i < count; i++) {
    if (order.length === 0) order = shuffled(SUBJECTS);
    const s = order.pop() as Subject;
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
      const [t0, t1] = pick([['09:30', '13:00'], ['09:00', '12:30'], ['10:00', '12:30'], ['14:00', '17:30'], ['14:30', '18:00'], ['09:30', '16:00']] as const);
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

function eventBody(e: EvDraft, lang: 'en' | 'fr'): string {
  const past = msOf(e.start) < SYNC_MS;
  const c = ch(e.host.code);
  const when = whenOf(e.start, e.end)[lang];
  const venue = e.host.venue[lang] ?? e.host.venue.en ?? '';
  const city = e.host.city[lang] ?? e.host.city.en ?? '';
  const conf = e.conf === 'other' ? undefined : CONFS[e.conf];
  const p = presidencyAt(e.start);
  const inPresidencyCountry = isPresidencyHost(c, p);
  const ordered = e.sessions.length > 3 || e.conf !== 'other';
  const list = mdList(e.sessions.map((s) => s[lang]), ordered);
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
  const verb = e.cancelled ? 'devait se tenir' : past ? 's\'est tenue' : 'se tiendra';
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

function eventSummary(e: EvDraft): L {
  const c = ch(e.host.code);
  const p = presidencyAt(e.start);
  let s: L;
  if (e.conf !== 'other' || e.key.startsWith('ipex-')) {
    const dim = isPresidencyHost(c, p);
    s = c.code === 'ep'
      ? { en: `${e.name.en} at the European Parliament in ${e.host.city.en}, co-organised with the parliament of the presidency country.`, fr: `${e.name.fr} au Parlement européen à ${e.host.city.fr}, coorganisée avec le parlement du pays de la présidence.` }
      : { en: `${e.name.en} hosted by ${c.ref.en}${dim ? ` as part of the parliamentary dimension of ${p.of.en}` : ''}.`, fr: `${e.name.fr}, à l'invitation ${deFr(c.ref.fr)}${dim ? `, dans le cadre de la dimension parlementaire de ${p.of.fr}` : ''}.` };
  } else {
    const subj = SUBJECTS.find((x) => x.title.en === e.name.en);
    const lead = subj?.summary ?? { en: e.intro.en.split('. ')[0] + '.', fr: e.intro.fr.split('. ')[0] + '.' };
    const stop = (t: string) => t.replace(/\.+$/, "");
    s = c.code === "ep" ? lead : { en: `${stop(lead.en)}. Hosted by ${c.ref.en}.`, fr: `${stop(lead.fr)}. À l'invitation ${deFr(c.ref.fr)}.` };
  }
  if (e.cancelled) s = { en: `Cancelled. ${s.en}`, fr: `Annulée. ${s.fr}` };
  return s;
}

// ---------------------------------------------------------------------------------------------
// News
// ---------------------------------------------------------------------------------------------

interface NewsDraft {
  key: string;
  published: number;
  title: Text;
  summary?: Text;
  body?: Text;
  tags: string[];
  chambers: string[];
  only?: 'en' | 'fr' | undefined;
  withdrawn?: boolean | undefined;
}

/** A working day at or after d. */
function weekdayOn(d: string): string {
  const w = weekday(d);
  return w === 6 ? addDays(d, 2) : w === 0 ? addDays(d, 1) : d;
}
/** An instant during office hours (UTC) on day d, whole minutes. */
function officeHours(d: string, from = 7, to = 15): number {
  return msOf(d) + int(from, to) * HOUR + int(0, 11) * 5 * MIN;
}
const withNative = (l: L, lang?: string, text?: string): Text => (lang && text ? { ...l, [lang]: text } : { ...l });

const THRESHOLD = (p: Proposal): number => (p.afsj ? 14 : 18);
const opinionDay = (p: Proposal, o: Opinion): string => weekdayOn(addDays(p.transmitted, o.after));

function newsForProposal(p: Proposal): NewsDraft[] {
  const out: NewsDraft[] = [];
  const deadline = deadlineOf(p.transmitted);
  const crossesAugust = [0, 1].some((k) => { const aug = msOf(`${Number(p.transmitted.slice(0, 4)) + k}-08-15`); return aug > msOf(p.transmitted) && aug < msOf(deadline); });
  const url = docUrl(p.com);
  const subTags = [...p.tags, 'subsidiarity'];

  // 1. The check opens.
  out.push({
    key: `subsidiarity-open/${p.com}`,
    published: officeHours(weekdayOn(addDays(p.transmitted, 1)), 8, 11),
    title: { en: `Subsidiarity check: ${p.com} – ${p.title.en}`, fr: `Contrôle de subsidiarité : ${p.com} – ${p.title.fr}` },
    summary: { en: `National parliaments have until ${dayEn(deadline)} to send reasoned opinions on ${p.ref.en}.`, fr: `Les parlements nationaux ont jusqu'au ${dayFr(deadline)} pour adresser des avis motivés sur ${p.ref.fr}.` },
    body: {
      en: paras(
        `On ${dayEn(p.transmitted)} the European Commission transmitted **${p.com}** to national parliaments. ${p.context.en}`,
        `Under Protocol No 2 to the Treaties, each chamber may adopt a **reasoned opinion** within eight weeks if it considers that the proposal does not comply with the principle of subsidiarity. The period ends on **${dayEn(deadline)}**${crossesAugust ? ' (August is not counted)' : ''}.`,
        p.afsj
          ? 'As the proposal concerns the area of freedom, security and justice, a "yellow card" is reached when reasoned opinions represent a quarter of the votes allocated to national parliaments, that is 14 of 54.'
          : 'A "yellow card" is reached when reasoned opinions represent one third of the votes allocated to national parliaments, that is 18 of 54. Each parliament has two votes, shared between the two chambers of bicameral parliaments.',
        'Chambers can:',
        mdList([
          'adopt a reasoned opinion, addressed to the Presidents of the European Parliament, the Council and the Commission;',
          'send an opinion to the Commission in the framework of the political dialogue;',
          'record the state of their scrutiny on IPEX, so that other chambers can follow it.',
        ], false),
        `Follow the scrutiny of each chamber on [the IPEX page of ${p.com}](${url}).`,
      ),
      fr: paras(
        `Le ${dayFr(p.transmitted)}, la Commission européenne a transmis le document **${p.com}** aux parlements nationaux. ${p.context.fr}`,
        `En vertu du protocole n° 2 annexé aux traités, chaque chambre peut adopter un **avis motivé** dans un délai de huit semaines si elle estime que la proposition n'est pas conforme au principe de subsidiarité. Le délai expire le **${dayFr(deadline)}**${crossesAugust ? ' (le mois d\'août n\'étant pas compté)' : ''}.`,
        p.afsj
          ? 'La proposition relevant de l\'espace de liberté, de sécurité et de justice, le seuil du « carton jaune » est atteint lorsque les avis motivés représentent un quart des voix attribuées aux parlements nationaux, soit 14 sur 54.'
          : 'Le seuil du « carton jaune » est atteint lorsque les avis motivés représentent un tiers des voix attribuées aux parlements nationaux, soit 18 sur 54. Chaque parlement dispose de deux voix, réparties entre les deux chambres des parlements bicaméraux.',
        'Les chambres peuvent :',
        mdList([
          'adopter un avis motivé, adressé aux présidents du Parlement européen, du Conseil et de la Commission ;',
          'adresser un avis à la Commission dans le cadre du dialogue politique ;',
          'indiquer l\'état de leur examen dans IPEX, afin que les autres chambres puissent le suivre.',
        ], false),
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
      published: officeHours([weekdayOn(addDays(d, int(0, 3))), deadline].sort()[0] as string),
      title: withNative({ en: `${c.t.en} adopts a reasoned opinion on ${p.com} (${p.label.en})`, fr: `${c.t.fr} : avis motivé sur ${p.com} (${p.label.fr})` }, nat?.lang, nat?.ro(p.com)),
      summary: withNative({ en: `${cap(c.ref.en)} considers that ${p.ref.en} does not comply with the principle of subsidiarity.`, fr: `${cap(c.ref.fr)} estime que ${p.ref.fr} n'est pas conforme au principe de subsidiarité.` }, nat?.lang, nat?.roSum),
      body: {
        en: paras(
          `${cap(c.ref.en)} adopted a reasoned opinion on **${p.com}** on ${dayEn(d)}, ${left} days before the end of the eight-week period.`,
          i % 2 === 0 ? `On the basis of a report by ${com.en}, the chamber argues that:` : `Following the examination by ${com.en}, the opinion states that:`,
          mdList(reasons.map((r, k) => `${r.en}${k === reasons.length - 1 ? '.' : ';'}`), true),
          votes === 1
            ? `As one chamber of a bicameral parliament, ${c.ref.en} holds one of the 54 votes allocated to national parliaments under the early warning mechanism.`
            : `${cap(c.ref.en)} holds two of the 54 votes allocated to national parliaments under the early warning mechanism.`,
          `The opinion has been sent to the Presidents of the European Parliament, the Council and the Commission. The full text is available on [the IPEX page of ${p.com}](${url}).`,
        ),
        fr: paras(
          `${cap(c.ref.fr)} a adopté un avis motivé sur le document **${p.com}** le ${dayFr(d)}, ${left} jours avant la fin du délai de huit semaines.`,
          i % 2 === 0 ? `Sur la base d'un rapport de ${com.fr}, la chambre fait valoir que :` : `À l'issue de l'examen par ${com.fr}, l'avis indique que :`,
          mdList(reasons.map((r, k) => `${r.fr}${k === reasons.length - 1 ? '.' : ' ;'}`), true),
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
      title: withNative({ en: `${c.t.en}: opinion on ${p.com} (${p.label.en}) in the political dialogue`, fr: `${c.t.fr} : avis sur ${p.com} (${p.label.fr}) dans le cadre du dialogue politique` }, nat?.lang, nat?.pd(p.com)),
      summary: withNative({ en: `${cap(c.ref.en)} raises no subsidiarity objection but sends its views on ${p.ref.en} to the Commission.`, fr: `${cap(c.ref.fr)} ne soulève pas d'objection de subsidiarité mais transmet à la Commission ses observations sur ${p.ref.fr}.` }, nat?.lang, nat?.pdSum),
      body: {
        en: paras(
          `On ${dayEn(d)}, ${c.ref.en} adopted an opinion on **${p.com}** in the framework of the political dialogue with the European Commission. The text was prepared by ${com.en}.`,
          'In its opinion, the chamber:',
          mdList(points.map((x, k) => `${x.en}${k === points.length - 1 ? '.' : ';'}`), false),
          `The chamber considers that the proposal complies with the principle of subsidiarity. ${p.context.en}`,
          `The Commission usually replies within three months. The opinion is available on [IPEX](${url}).`,
        ),
        fr: paras(
          `Le ${dayFr(d)}, ${c.ref.fr} a adopté un avis sur le document **${p.com}** dans le cadre du dialogue politique avec la Commission européenne. Le texte a été préparé par ${com.fr}.`,
          'Dans son avis, la chambre :',
          mdList(points.map((x, k) => `${x.fr}${k === points.length - 1 ? '.' : ' ;'}`), false),
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
        title: { en: `${c.t.en}: Commission replies to the reasoned opinion on ${p.com}`, fr: `Réponse de la Commission à l'avis motivé ${deFr(c.ref.fr)} sur ${p.com}` },
        summary: { en: `The Commission explains why it considers that ${p.ref.en} complies with the principle of subsidiarity.`, fr: `La Commission explique pourquoi elle estime que ${p.ref.fr} respecte le principe de subsidiarité.` },
        body: {
          en: paras(
            `In a letter of ${dayEn(reply)}, the Commissioner responsible for interinstitutional relations replied to the reasoned opinion adopted by ${c.ref.en} on ${dayEn(d)}.`,
            'The Commission:',
            mdList([
              `recalls that ${p.ref.en} pursues objectives that the member states cannot achieve sufficiently on their own;`,
              'refers to the impact assessment and the consultations that preceded the proposal;',
              'undertakes to take the chamber\'s concerns into account in the negotiations with the co-legislators.',
            ], false),
            `The reply is part of the political dialogue and does not stop the legislative procedure, which continues in the European Parliament and the Council. See [the IPEX page of ${p.com}](${url}).`,
          ),
          fr: paras(
            `Par une lettre du ${dayFr(reply)}, le membre de la Commission chargé des relations interinstitutionnelles a répondu à l'avis motivé adopté par ${c.ref.fr} le ${dayFr(d)}.`,
            'La Commission :',
            mdList([
              `rappelle que ${p.ref.fr} poursuit des objectifs que les États membres ne peuvent atteindre de manière suffisante seuls ;`,
              'renvoie à l\'analyse d\'impact et aux consultations qui ont précédé la proposition ;',
              's\'engage à tenir compte des préoccupations de la chambre dans les négociations avec les colégislateurs.',
            ], false),
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
        ? { en: `Subsidiarity check on ${p.com} closed: ${n} reasoned opinion${n > 1 ? 's' : ''}, ${votes} vote${votes > 1 ? 's' : ''}`, fr: `Fin du contrôle de subsidiarité sur ${p.com} : ${n} avis motivé${n > 1 ? 's' : ''}, ${votes} voix` }
        : { en: `Subsidiarity check on ${p.com} closed without reasoned opinions`, fr: `Fin du contrôle de subsidiarité sur ${p.com} sans avis motivé` },
      summary: { en: `The threshold for a yellow card (${thr} of 54 votes) was not reached for ${p.ref.en}.`, fr: `Le seuil du carton jaune (${thr} voix sur 54) n'a pas été atteint pour ${p.ref.fr}.` },
      body: {
        en: paras(
          `The eight-week period for national parliaments to assess ${p.ref.en} (**${p.com}**) ended on ${dayEn(deadline)}. ${p.context.en}`,
          n ? '## Reasoned opinions' : 'No chamber adopted a reasoned opinion.',
          n > 0 && mdList(ros.map((r) => `${r.c.t.en} (${r.c.names.en}), ${dayEn(r.d)}: ${r.v} vote${r.v > 1 ? 's' : ''}`), false),
          n > 0 && `Together they represent **${votes} of 54 votes**, below the threshold of ${thr} votes needed for a "yellow card".`,
          pds.length
            ? `${pds.length === 1 ? 'One chamber' : `${pds.length} chambers`} sent opinions in the framework of the political dialogue: ${joinEn(pds.map((o) => ch(o.code).t.en))}.`
            : 'No opinion was received in the framework of the political dialogue.',
          `The legislative procedure continues in the European Parliament and the Council. Details are on [the IPEX page of ${p.com}](${url}).`,
        ),
        fr: paras(
          `Le délai de huit semaines dont disposaient les parlements nationaux pour examiner ${p.ref.fr} (**${p.com}**) a expiré le ${dayFr(deadline)}. ${p.context.fr}`,
          n ? '## Avis motivés' : 'Aucune chambre n\'a adopté d\'avis motivé.',
          n > 0 && mdList(ros.map((r) => `${r.c.t.fr} (${r.c.names.fr}), ${dayFr(r.d)} : ${r.v} voix`), false),
          n > 0 && `Ensemble, ils représentent **${votes} voix sur 54**, en deçà du seuil de ${thr} voix requis pour un « carton jaune ».`,
          pds.length
            ? `${pds.length === 1 ? 'Une chambre a' : `${pds.length} chambres ont`} adressé un avis dans le cadre du dialogue politique : ${joinFr(pds.map((o) => ch(o.code).t.fr))}.`
            : 'Aucun avis n\'a été reçu dans le cadre du dialogue politique.',
          `La procédure législative se poursuit au Parlement européen et au Conseil. Les détails figurent sur [la page IPEX du document ${p.com}](${url}).`,
        ),
      },
      tags: subTags,
      chambers: ros.slice(0, 3).map((r) => r.o.code),
    });
  }
  return out;
}

const OUTCOME: Record<string, { title: (place: L) => L; text: L }> = {
  'cosac-plenary': {
    title: (pl) => ({ en: `COSAC adopts its contribution and conclusions in ${pl.en}`, fr: `La COSAC adopte sa contribution et ses conclusions à ${pl.fr}` }),
    text: { en: 'The delegations adopted the **contribution** of the meeting, which is sent to the European Parliament, the Council and the Commission, together with conclusions on the Union\'s finances and on enlargement. Several chambers added declarations to the minutes.', fr: 'Les délégations ont adopté la **contribution** de la réunion, transmise au Parlement européen, au Conseil et à la Commission, ainsi que des conclusions sur les finances de l\'Union et sur l\'élargissement. Plusieurs chambres ont fait inscrire des déclarations au procès-verbal.' },
  },
  'cosac-chairs': {
    title: (pl) => ({ en: `COSAC chairpersons meet in ${pl.en} to prepare the plenary`, fr: `Les présidents de la COSAC se réunissent à ${pl.fr} pour préparer la plénière` }),
    text: { en: 'The chairpersons approved the draft agenda of the plenary and the outline of the **bi-annual report**, which is based on a questionnaire sent to all chambers.', fr: 'Les présidents ont approuvé le projet d\'ordre du jour de la plénière et la structure du **rapport semestriel**, fondé sur un questionnaire adressé à toutes les chambres.' },
  },
  speakers: {
    title: (pl) => ({ en: `Speakers of EU parliaments adopt conclusions in ${pl.en}`, fr: `Les présidents des parlements de l'UE adoptent des conclusions à ${pl.fr}` }),
    text: { en: 'The Speakers adopted the **Presidency conclusions**, which welcome the work of the IPEX Board, support the IPEX Hub and call for closer cooperation between parliaments against disinformation.', fr: 'Les présidents ont adopté les **conclusions de la présidence**, qui saluent les travaux du conseil d\'IPEX, soutiennent l\'IPEX Hub et appellent à une coopération plus étroite entre parlements contre la désinformation.' },
  },
  'jpsg-europol': {
    title: (pl) => ({ en: `JPSG questions Europol on migrant smuggling and data protection in ${pl.en}`, fr: `Le GCPC interroge Europol sur le trafic de migrants et la protection des données à ${pl.fr}` }),
    text: { en: 'Members adopted a summary of conclusions and agreed on **written questions** to Europol on its use of artificial intelligence tools and its cooperation with third countries.', fr: 'Les membres ont adopté un résumé des conclusions et convenu de **questions écrites** à Europol sur son utilisation d\'outils d\'intelligence artificielle et sa coopération avec les pays tiers.' },
  },
  'ipc-cfsp-csdp': {
    title: (pl) => ({ en: `IPC CFSP/CSDP in ${pl.en} debates defence readiness and support for Ukraine`, fr: `La CIP PESC/PSDC débat à ${pl.fr} de la préparation de la défense et du soutien à l'Ukraine` }),
    text: { en: 'The conference adopted conclusions calling for more **joint procurement**, sustained military and financial support for Ukraine and a stronger role of parliaments in scrutinising defence spending.', fr: 'La conférence a adopté des conclusions appelant à davantage d\'**achats conjoints**, à un soutien militaire et financier durable à l\'Ukraine et à un rôle renforcé des parlements dans le contrôle des dépenses de défense.' },
  },
  'ipc-secg': {
    title: (pl) => ({ en: `Article 13 Conference in ${pl.en} discusses competitiveness and fiscal rules`, fr: `La conférence de l'article 13 débat à ${pl.fr} de la compétitivité et des règles budgétaires` }),
    text: { en: 'The co-chairs\' conclusions stress the need for **public investment** in defence and the energy transition within the reformed fiscal rules, and for national parliaments to be involved in the European Semester.', fr: 'Les conclusions des coprésidents soulignent la nécessité d\'**investissements publics** dans la défense et la transition énergétique dans le respect des règles budgétaires réformées, ainsi que d\'une association des parlements nationaux au Semestre européen.' },
  },
};

function newsForEvent(e: EvDraft, a: Anchor): NewsDraft[] {
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
      summary: { en: `The meeting will take place ${when.en}; delegations can register until ${dayEn(registration)}.`, fr: `La réunion se tiendra ${when.fr} ; les délégations peuvent s'inscrire jusqu'au ${dayFr(registration)}.` },
      body: {
        en: paras(
          `${cap(c.ref.en)} has published the draft programme of the following meeting: **${e.name.en}**, ${when.en}, ${e.host.venue.en}, ${e.host.city.en}.`,
          'Draft programme:',
          mdList(e.sessions.map((s) => s.en), true),
          `Delegations are invited to register by ${dayEn(registration)}. Documents are published on [the ${conf.short.en} page on IPEX](${conf.link}).`,
        ),
        fr: paras(
          `${cap(c.ref.fr)} a publié le projet de programme de la réunion suivante : **${e.name.fr}**, ${when.fr}, ${e.host.venue.fr ?? e.host.venue.en}, ${e.host.city.fr ?? e.host.city.en}.`,
          'Projet de programme :',
          mdList(e.sessions.map((s) => s.fr), true),
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
      summary: { en: `Delegations of the national parliaments and the European Parliament met ${when.en}.`, fr: `Les délégations des parlements nationaux et du Parlement européen se sont réunies ${when.fr}.` },
      body: {
        en: paras(
          `The ${e.name.en.replace(/^Meeting/, 'meeting').replace(/^Plenary/, 'plenary')} took place ${when.en} in ${pl.en}, hosted by ${c.ref.en}.`,
          'The debates covered:',
          mdList(e.sessions.slice(0, -1).map((s) => s.en), false),
          outcome.text.en,
          `The documents are available on [the ${conf.short.en} page on IPEX](${conf.link}).`,
        ),
        fr: paras(
          `La ${e.name.fr.replace(/^Réunion/, 'réunion')} s'est tenue ${when.fr} à ${pl.fr}, à l'invitation ${deFr(c.ref.fr)}.`,
          'Les débats ont porté sur :',
          mdList(e.sessions.slice(0, -1).map((s) => s.fr), false),
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

const HOSTILE_TITLE = 'Budget <script>alert(1)</script> & "quotes" <img src=x onerror=alert(2)>';

function miscNews(): NewsDraft[] {
  const at = (d: string, hm: string): number => msOf(`${d}T${hm}`);
  return [
    {
      key: 'misc/cosac-report-2026-1', published: at('2026-05-18', '10:30'), tags: ['cosac', 'budget'], chambers: ['cyvou'],
      title: { en: 'COSAC publishes its bi-annual report on the scrutiny of the multiannual financial framework', fr: 'La COSAC publie son rapport semestriel sur le contrôle du cadre financier pluriannuel' },
      summary: { en: 'Ahead of the plenary in Nicosia (Λευκωσία), the report describes how national parliaments scrutinise the 2028-2034 budget proposals.', fr: 'Avant la plénière de Nicosie (Λευκωσία), le rapport décrit comment les parlements nationaux contrôlent les propositions budgétaires pour 2028-2034.' },
      body: {
        en: paras(
          'The COSAC Secretariat has published the **bi-annual report** prepared for the plenary meeting hosted by the Βουλή των Αντιπροσώπων. It is based on the replies of 37 chambers to a questionnaire sent in March.',
          '## Main findings',
          mdList([
            'most chambers have set up a specific procedure for the multiannual financial framework, often a joint meeting of the budget and EU affairs committees;',
            'a majority want national parliaments to be consulted on the national and regional partnership plans;',
            'several chambers, including the Sejm Rzeczypospolitej Polskiej and the Poslanecká sněmovna, ask for cohesion policy to remain a separate fund.',
          ], false),
          'The report will be discussed at the plenary. Read it on [the COSAC page on IPEX](https://ipex.eu/IPEXL-WEB/conferences/cosac).',
        ),
        fr: paras(
          'Le secrétariat de la COSAC a publié le **rapport semestriel** préparé pour la réunion plénière accueillie par la Βουλή των Αντιπροσώπων. Il repose sur les réponses de 37 chambres à un questionnaire envoyé en mars.',
          '## Principaux constats',
          mdList([
            'la plupart des chambres ont mis en place une procédure spécifique pour le cadre financier pluriannuel, souvent une réunion conjointe des commissions des finances et des affaires européennes ;',
            'une majorité souhaite que les parlements nationaux soient consultés sur les plans de partenariat nationaux et régionaux ;',
            'plusieurs chambres, dont le Sejm Rzeczypospolitej Polskiej et la Poslanecká sněmovna, demandent que la politique de cohésion reste un fonds distinct.',
          ], false),
          'Le rapport sera examiné lors de la plénière. Consultez-le sur [la page COSAC d\'IPEX](https://ipex.eu/IPEXL-WEB/conferences/cosac).',
        ),
      },
    },
    {
      key: 'misc/cosac-report-2026-2', published: at('2026-11-13', '11:00'), tags: ['cosac', 'cfsp-csdp'], chambers: ['iedai'],
      title: { en: 'Bi-annual report of COSAC: national parliaments and European defence', fr: 'Rapport semestriel de la COSAC : les parlements nationaux et la défense européenne' },
      summary: { en: 'The report prepared for the Dublin plenary looks at how chambers scrutinise the new EU defence instruments.', fr: 'Le rapport préparé pour la plénière de Dublin examine la manière dont les chambres contrôlent les nouveaux instruments européens de défense.' },
      body: {
        en: paras(
          'The second bi-annual report of 2026, prepared for the plenary meeting in Dublin (Baile Átha Cliath), is devoted to **European defence**. Thirty-five chambers replied to the questionnaire.',
          'Among the findings:',
          mdList([
            'defence committees and EU affairs committees increasingly hold joint meetings on EU files;',
            'only a few chambers, such as the Deutscher Bundestag and the Eerste Kamer, have a formal say before their government agrees to joint procurement;',
            'neutral or militarily non-aligned member states stress the "Irish clause" of Article 42(7) TEU.',
          ], false),
          'See [the COSAC page on IPEX](https://ipex.eu/IPEXL-WEB/conferences/cosac) for the full report and the annex with the replies of each chamber.',
        ),
        fr: paras(
          'Le second rapport semestriel de 2026, préparé pour la plénière de Dublin (Baile Átha Cliath), est consacré à la **défense européenne**. Trente-cinq chambres ont répondu au questionnaire.',
          'Parmi les constats :',
          mdList([
            'les commissions de la défense et des affaires européennes tiennent de plus en plus de réunions conjointes sur les dossiers européens ;',
            'seules quelques chambres, comme le Deutscher Bundestag et l\'Eerste Kamer, disposent d\'un droit de regard formel avant que leur gouvernement n\'accepte des achats conjoints ;',
            'les États membres neutres ou non alignés insistent sur la « clause irlandaise » de l\'article 42, paragraphe 7, du TUE.',
          ], false),
          'Voir [la page COSAC d\'IPEX](https://ipex.eu/IPEXL-WEB/conferences/cosac) pour le rapport complet et l\'annexe contenant les réponses de chaque chambre.',
        ),
      },
    },
    {
      key: 'misc/ipex-board-nicosia', published: at('2026-04-29', '14:15'), tags: [], chambers: ['cyvou'],
      title: { en: 'IPEX Board meets in Nicosia (Λευκωσία) and adopts its 2026-2027 work programme', fr: 'Le conseil d\'IPEX se réunit à Nicosie (Λευκωσία) et adopte son programme de travail 2026-2027' },
      summary: { en: 'The Board agreed to open IPEX content to social media through shareable landing pages.', fr: 'Le conseil a décidé d\'ouvrir les contenus d\'IPEX aux réseaux sociaux au moyen de pages d\'accueil partageables.' },
      body: {
        en: paras(
          'The IPEX Board met on 27 and 28 April 2026 at the invitation of the Cypriot House of Representatives (Βουλή των Αντιπροσώπων). It adopted the **work programme for 2026-2027**, which includes:',
          mdList([
            'shareable landing pages and feeds for IPEX news, calendar events and hot topics (the IPEX Hub);',
            'better search across the scrutiny documents of all chambers;',
            'training sessions for new correspondents.',
          ], true),
          'The next meeting of IPEX correspondents will take place in Dublin in October. More on [the IPEX website](https://ipex.eu/IPEXL-WEB/home).',
        ),
        fr: paras(
          'Le conseil d\'IPEX s\'est réuni les 27 et 28 avril 2026 à l\'invitation de la Chambre des représentants de Chypre (Βουλή των Αντιπροσώπων). Il a adopté le **programme de travail 2026-2027**, qui prévoit :',
          mdList([
            'des pages d\'accueil et des flux partageables pour les actualités, les événements du calendrier et les sujets d\'actualité d\'IPEX (l\'IPEX Hub) ;',
            'une meilleure recherche dans les documents de contrôle de toutes les chambres ;',
            'des formations pour les nouveaux correspondants.',
          ], true),
          'La prochaine réunion des correspondants IPEX aura lieu à Dublin en octobre. Plus d\'informations sur [le site d\'IPEX](https://ipex.eu/IPEXL-WEB/home).',
        ),
      },
    },
    {
      key: 'misc/ipex-correspondents-dublin', published: at('2026-10-21', '09:40'), tags: [], chambers: ['iedai'],
      title: { en: 'IPEX correspondents meet in Dublin: sharing scrutiny on social media', fr: 'Les correspondants IPEX se réunissent à Dublin : partager le contrôle parlementaire sur les réseaux sociaux' },
      summary: { en: 'Correspondents from 39 chambers tested the first version of the IPEX Hub.', fr: 'Des correspondants de 39 chambres ont testé la première version de l\'IPEX Hub.' },
      body: {
        en: paras(
          'The annual meeting of IPEX correspondents took place on 19 October 2026 at Leinster House, at the invitation of the Houses of the Oireachtas.',
          'Workshops covered the upload of reasoned opinions, the IPEX calendar and the new **IPEX Hub**, which gives every news item, meeting and hot topic a page that can be shared on X, Mastodon, Bluesky or LinkedIn with a proper preview card.',
          'Correspondents from the Kamra tad-Deputati, the Народно събрание and the Senatul României presented how their chambers already publish EU scrutiny on social media.',
          'The presentations are available on [the IPEX website](https://ipex.eu/IPEXL-WEB/home).',
        ),
        fr: paras(
          'La réunion annuelle des correspondants IPEX s\'est tenue le 19 octobre 2026 à Leinster House, à l\'invitation des chambres de l\'Oireachtas.',
          'Les ateliers ont porté sur la mise en ligne des avis motivés, le calendrier d\'IPEX et le nouvel **IPEX Hub**, qui donne à chaque actualité, réunion et sujet d\'actualité une page partageable sur X, Mastodon, Bluesky ou LinkedIn avec une carte d\'aperçu adaptée.',
          'Les correspondants de la Kamra tad-Deputati, du Народно събрание et du Senatul României ont présenté la manière dont leurs chambres publient déjà leur contrôle des affaires européennes sur les réseaux sociaux.',
          'Les présentations sont disponibles sur [le site d\'IPEX](https://ipex.eu/IPEXL-WEB/home).',
        ),
      },
    },
    {
      key: 'misc/ipex-figures-2026-1', published: at('2026-07-15', '12:00'), tags: [], chambers: [], only: 'en', withdrawn: true,
      title: { en: 'IPEX in figures: first half of 2026', fr: '' },
      summary: { en: 'Documents, scrutiny entries and reasoned opinions uploaded to IPEX between January and June 2026.', fr: '' },
      body: {
        en: paras(
          'Between 1 January and 30 June 2026, national parliaments and the European Parliament uploaded:',
          mdList(['**14 260** documents,', '**2 915** scrutiny entries,', '**27** reasoned opinions and **312** opinions in the political dialogue.'], false),
          'The most active chambers were the Senát Parlamentu České republiky, the Sénat and the Deutscher Bundestag. The Eduskunta and the Riigikogu were the fastest to record their scrutiny of new Commission proposals.',
          'Statistics are updated every six months on [the IPEX website](https://ipex.eu/IPEXL-WEB/home).',
        ),
        fr: '',
      },
    },
    {
      key: 'misc/irish-presidency-calendar', published: at('2026-06-25', '10:00'), tags: ['cosac', 'cfsp-csdp', 'economic-governance'], chambers: ['iedai', 'iesea'],
      title: { en: 'Parliamentary dimension of the Irish Presidency: calendar of meetings published', fr: 'Dimension parlementaire de la présidence irlandaise : le calendrier des réunions est publié' },
      summary: { en: 'The Houses of the Oireachtas will host COSAC, the IPC CFSP/CSDP and the Article 13 Conference in Dublin between July and December 2026.', fr: 'Les chambres de l\'Oireachtas accueilleront à Dublin la COSAC, la CIP PESC/PSDC et la conférence de l\'article 13 entre juillet et décembre 2026.' },
      body: {
        en: paras(
          'Ireland holds the presidency of the Council of the European Union from 1 July to 31 December 2026. The Houses of the Oireachtas, Dáil Éireann and Seanad Éireann, have published the calendar of the **parliamentary dimension**:',
          mdList([
            'Meeting of the Chairpersons of COSAC, 13 July 2026;',
            'Interparliamentary Conference for the CFSP and the CSDP, 3-4 September 2026;',
            'Interparliamentary Conference on Stability, Economic Coordination and Governance, 5-6 October 2026;',
            'Plenary meeting of COSAC, 29 November - 1 December 2026.',
          ], false),
          'Meetings take place at Dublin Castle (Caisleán Bhaile Átha Cliath). Ireland will also host the Conference of Speakers of the EU Parliaments in spring 2027. All dates are in [the IPEX calendar](https://ipex.eu/IPEXL-WEB/calendar).',
        ),
        fr: paras(
          'L\'Irlande exerce la présidence du Conseil de l\'Union européenne du 1er juillet au 31 décembre 2026. Les chambres de l\'Oireachtas, le Dáil Éireann et le Seanad Éireann, ont publié le calendrier de la **dimension parlementaire** :',
          mdList([
            'réunion des présidents de la COSAC, 13 juillet 2026 ;',
            'conférence interparlementaire pour la PESC et la PSDC, 3 et 4 septembre 2026 ;',
            'conférence interparlementaire sur la stabilité, la coordination économique et la gouvernance, 5 et 6 octobre 2026 ;',
            'réunion plénière de la COSAC, du 29 novembre au 1er décembre 2026.',
          ], false),
          'Les réunions se tiennent au château de Dublin (Caisleán Bhaile Átha Cliath). L\'Irlande accueillera également la Conférence des présidents des parlements de l\'UE au printemps 2027. Toutes les dates figurent dans [le calendrier d\'IPEX](https://ipex.eu/IPEXL-WEB/calendar).',
        ),
      },
    },
    {
      key: 'misc/lithuanian-presidency-programme', published: at('2026-11-16', '13:20'), tags: ['cosac'], chambers: ['ltsei'],
      title: { en: 'Seimas presents the parliamentary dimension of the Lithuanian Presidency', fr: 'Le Seimas présente la dimension parlementaire de la présidence lituanienne' },
      summary: { en: 'From January to June 2027, Vilnius will host COSAC, the IPC CFSP/CSDP and the JPSG on Europol.', fr: 'De janvier à juin 2027, Vilnius accueillera la COSAC, la CIP PESC/PSDC et le GCPC d\'Europol.' },
      body: {
        en: paras(
          'Lithuania takes over the presidency of the Council of the European Union on 1 January 2027, from Ireland. The Lietuvos Respublikos Seimas has presented its programme of interparliamentary meetings, with **security in the Eastern neighbourhood** and **energy independence** as its main themes.',
          mdList([
            'Meeting of the Chairpersons of COSAC, 24-25 January 2027;',
            'IPC CFSP/CSDP, 4-5 March 2027;',
            'JPSG on Europol, 15-16 March 2027;',
            'Plenary meeting of COSAC, 6-8 June 2027.',
          ], true),
          'The European Parliamentary Week takes place in Brussels on 16-17 February 2027. Details in [the IPEX calendar](https://ipex.eu/IPEXL-WEB/calendar).',
        ),
        fr: paras(
          'La Lituanie succède à l\'Irlande à la présidence du Conseil de l\'Union européenne le 1er janvier 2027. Le Lietuvos Respublikos Seimas a présenté son programme de réunions interparlementaires, axé sur la **sécurité dans le voisinage oriental** et l\'**indépendance énergétique**.',
          mdList([
            'réunion des présidents de la COSAC, 24 et 25 janvier 2027 ;',
            'CIP PESC/PSDC, 4 et 5 mars 2027 ;',
            'GCPC d\'Europol, 15 et 16 mars 2027 ;',
            'réunion plénière de la COSAC, du 6 au 8 juin 2027.',
          ], true),
          'La Semaine parlementaire européenne aura lieu à Bruxelles les 16 et 17 février 2027. Détails dans [le calendrier d\'IPEX](https://ipex.eu/IPEXL-WEB/calendar).',
        ),
      },
    },
    {
      key: 'misc/commission-annual-report-subsidiarity-2025', published: at('2026-07-09', '15:05'), tags: ['subsidiarity', 'political-dialogue'], chambers: [],
      title: { en: 'Annual Report 2025 on the application of the principles of subsidiarity and proportionality and on relations with national parliaments', fr: 'Rapport annuel 2025 sur l\'application des principes de subsidiarité et de proportionnalité et sur les relations avec les parlements nationaux' },
      summary: { en: 'The Commission received fewer reasoned opinions but more political-dialogue opinions than the year before.', fr: 'La Commission a reçu moins d\'avis motivés mais davantage d\'avis au titre du dialogue politique que l\'année précédente.' },
      body: {
        en: paras(
          'The European Commission has adopted its annual report on subsidiarity, proportionality and relations with national parliaments for 2025.',
          'Highlights:',
          mdList([
            'national parliaments sent **a few dozen reasoned opinions**, far from any yellow card threshold;',
            'the most active chambers in the political dialogue were the Portuguese Assembleia da República, the Czech Senát and the Romanian Camera Deputaților;',
            'Commissioners made more than a hundred visits to national parliaments.',
          ], false),
          'The report and the annexes listing every opinion are available from the European Parliament\'s page on [relations with national parliaments](https://www.europarl.europa.eu/relnatparl/en/home).',
        ),
        fr: paras(
          'La Commission européenne a adopté son rapport annuel 2025 sur la subsidiarité, la proportionnalité et les relations avec les parlements nationaux.',
          'Points saillants :',
          mdList([
            'les parlements nationaux ont adressé **quelques dizaines d\'avis motivés**, loin de tout seuil de carton jaune ;',
            'les chambres les plus actives dans le dialogue politique ont été l\'Assembleia da República portugaise, le Senát tchèque et la Camera Deputaților roumaine ;',
            'les membres de la Commission ont effectué plus d\'une centaine de visites dans les parlements nationaux.',
          ], false),
          'Le rapport et ses annexes, qui recensent chaque avis, sont accessibles depuis la page du Parlement européen sur [les relations avec les parlements nationaux](https://www.europarl.europa.eu/relnatparl/fr/home).',
        ),
      },
    },
    {
      key: 'misc/escaping-test', published: at('2026-09-09', '08:45'), tags: ['budget'], chambers: [],
      title: { en: HOSTILE_TITLE, fr: 'Budget <script>alert(1)</script> & « guillemets » <img src=x onerror=alert(2)>' },
      summary: { en: 'TEST ITEM (sample data): a test of escaping. The title and body contain HTML and JavaScript on purpose; the hub must show them as text and never run them.', fr: 'ÉLÉMENT DE TEST (données d\'exemple) : un test d\'échappement. Le titre et le corps contiennent volontairement du HTML et du JavaScript ; le hub doit les afficher comme du texte et ne jamais les exécuter.' },
      body: {
        en: paras(
          'This item is a **test of escaping and sanitising**. Nothing below may run or render as HTML:',
          '<script>alert(3)</script>',
          mdList([
            'a [bad link](javascript:alert(4)) that must not be clickable;',
            'an inline tag <b onmouseover="alert(5)">that must not be kept</b>;',
            'a [good link](https://ipex.eu/IPEXL-WEB/home) that must still work.',
          ], false),
          'Ampersands & "quotes" must appear as text; raw HTML such as <marquee>this tag</marquee> must be dropped.',
        ),
        fr: paras(
          'Cet élément est un **test d\'échappement et de nettoyage**. Rien de ce qui suit ne doit s\'exécuter ni s\'afficher comme du HTML :',
          '<script>alert(3)</script>',
          mdList([
            'un [lien dangereux](javascript:alert(4)) qui ne doit pas être cliquable ;',
            'une balise <b onmouseover="alert(5)">qui ne doit pas être conservée</b> ;',
            'un [bon lien](https://ipex.eu/IPEXL-WEB/home) qui doit rester actif.',
          ], false),
          'Les esperluettes & les « guillemets » doivent apparaître comme du texte ; le HTML brut comme <marquee>cette balise</marquee> doit être supprimé.',
        ),
      },
    },
    {
      key: 'misc/bg-migration-hearing', published: at('2026-06-10', '11:25'), tags: ['migration'], chambers: ['bgnsb'],
      title: { en: 'Народно събрание: обществено обсъждане на прилагането на Пакта за миграцията и убежището', fr: 'Assemblée nationale bulgare : audition publique sur la mise en œuvre du pacte sur la migration et l\'asile', bg: 'Народно събрание: обществено обсъждане на прилагането на Пакта за миграцията и убежището' },
      summary: { en: 'The Committee on European Affairs of the Народно събрание held a public hearing in София on how Bulgaria applies the Pact on Migration and Asylum.', fr: 'La commission des affaires européennes du Народно събрание a tenu à София une audition publique sur l\'application du pacte sur la migration et l\'asile par la Bulgarie.', bg: 'Комисията по европейските въпроси проведе в София обществено обсъждане на прилагането на Пакта за миграцията и убежището.' },
      body: {
        en: paras(
          'Two days before the Pact on Migration and Asylum started to apply on 12 June 2026, the Bulgarian National Assembly (Народно събрание) heard the Ministry of the Interior, the State Agency for Refugees and non-governmental organisations.',
          'Members asked about:',
          mdList([
            'the capacity of reception centres near the border with Türkiye;',
            'the screening of arrivals and the new border procedure;',
            'Bulgaria\'s share in the solidarity pool.',
          ], false),
          'The committee will report to the plenary in July. The hearing is recorded on [IPEX](https://ipex.eu/IPEXL-WEB/home).',
        ),
        fr: paras(
          'Deux jours avant l\'entrée en application du pacte sur la migration et l\'asile, le 12 juin 2026, l\'Assemblée nationale bulgare (Народно събрание) a entendu le ministère de l\'intérieur, l\'Agence nationale pour les réfugiés et des organisations non gouvernementales.',
          'Les députés ont posé des questions sur :',
          mdList([
            'la capacité des centres d\'accueil proches de la frontière avec la Türkiye ;',
            'le filtrage des arrivées et la nouvelle procédure à la frontière ;',
            'la part de la Bulgarie dans la réserve de solidarité.',
          ], false),
          'La commission fera rapport à la plénière en juillet. L\'audition est enregistrée dans [IPEX](https://ipex.eu/IPEXL-WEB/home).',
        ),
      },
    },
    {
      key: 'misc/thessaloniki-outcome', published: at('2026-06-22', '09:10'), tags: ['migration'], chambers: ['grvou'],
      title: { en: 'Βουλή των Ελλήνων hosts Mediterranean parliaments in Θεσσαλονίκη on migration and security', fr: 'La Βουλή των Ελλήνων accueille les parlements méditerranéens à Θεσσαλονίκη sur la migration et la sécurité', el: 'Η Βουλή των Ελλήνων φιλοξένησε στη Θεσσαλονίκη διακοινοβουλευτική διάσκεψη για τη μετανάστευση και την ασφάλεια' },
      summary: { en: 'Members from nine member states compared the first days of the Pact on Migration and Asylum.', fr: 'Des parlementaires de neuf États membres ont comparé les premiers jours d\'application du pacte sur la migration et l\'asile.', el: 'Βουλευτές από εννέα κράτη μέλη αντάλλαξαν εμπειρίες από τις πρώτες ημέρες εφαρμογής του Συμφώνου.' },
      body: {
        en: paras(
          'On 18 and 19 June 2026 the Hellenic Parliament welcomed delegations from Croatia, Cyprus, France, Italy, Malta, Portugal, Slovenia and Spain at the Thessaloniki Concert Hall (Μέγαρο Μουσικής Θεσσαλονίκης).',
          'The participants agreed on a short joint statement which:',
          mdList([
            'calls for the solidarity pool to be used in full in its first year;',
            'asks Frontex to report regularly to national parliaments on the Eastern Mediterranean route;',
            'proposes that the conference meet again in 2027, in Valletta (Il-Belt Valletta).',
          ], true),
          'The statement is published on [IPEX](https://ipex.eu/IPEXL-WEB/calendar).',
        ),
        fr: paras(
          'Les 18 et 19 juin 2026, le Parlement hellénique a accueilli au Mégaron de Thessalonique (Μέγαρο Μουσικής Θεσσαλονίκης) des délégations de Chypre, de Croatie, d\'Espagne, de France, d\'Italie, de Malte, du Portugal et de Slovénie.',
          'Les participants ont adopté une brève déclaration commune qui :',
          mdList([
            'demande que la réserve de solidarité soit pleinement utilisée dès sa première année ;',
            'invite Frontex à rendre compte régulièrement aux parlements nationaux de la route de la Méditerranée orientale ;',
            'propose que la conférence se réunisse à nouveau en 2027 à La Valette (Il-Belt Valletta).',
          ], true),
          'La déclaration est publiée sur [IPEX](https://ipex.eu/IPEXL-WEB/calendar).',
        ),
      },
    },
    {
      key: 'misc/speakers-2027-preparation', published: at('2026-11-12', '16:30'), tags: ['speakers-conference'], chambers: ['iedai', 'iesea'],
      title: { en: 'Conference of Speakers 2027: the Ceann Comhairle and the Cathaoirleach invite to Dublin', fr: 'Conférence des présidents 2027 : le Ceann Comhairle et le Cathaoirleach invitent à Dublin' },
      summary: { en: 'The Speakers of Dáil Éireann and Seanad Éireann will host the 2027 Conference of Speakers of the EU Parliaments in May.', fr: 'Les présidents du Dáil Éireann et du Seanad Éireann accueilleront en mai la Conférence des présidents des parlements de l\'UE de 2027.' },
      body: {
        en: paras(
          'As Ireland holds the presidency of the Council in the second half of 2026, the Houses of the Oireachtas will host the **Conference of Speakers of the European Union Parliaments** on 10 and 11 May 2027. The Secretaries-General will meet in Dublin on 22 February 2027 to prepare it.',
          'Proposed themes:',
          mdList([
            'parliamentary democracy in times of disinformation;',
            'the role of parliaments in the enlargement process;',
            'the future of IPEX.',
          ], false),
          'Invitations have been sent to the Speakers of all chambers and to the President of the European Parliament. See [the Speakers\' Conference page on IPEX](https://ipex.eu/IPEXL-WEB/conferences/speakers).',
        ),
        fr: paras(
          'L\'Irlande exerçant la présidence du Conseil au second semestre 2026, les chambres de l\'Oireachtas accueilleront la **Conférence des présidents des parlements de l\'Union européenne** les 10 et 11 mai 2027. Les secrétaires généraux se réuniront à Dublin le 22 février 2027 pour la préparer.',
          'Thèmes proposés :',
          mdList([
            'la démocratie parlementaire face à la désinformation ;',
            'le rôle des parlements dans le processus d\'élargissement ;',
            'l\'avenir d\'IPEX.',
          ], false),
          'Des invitations ont été adressées aux présidents de toutes les chambres et à la présidente du Parlement européen. Voir [la page de la Conférence des présidents sur IPEX](https://ipex.eu/IPEXL-WEB/conferences/speakers).',
        ),
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Hot topics
// ---------------------------------------------------------------------------------------------

interface TopicDraft {
  key: string;
  firstSeen: string;
  tags: string[];
  title: Text;
  summary: Text;
  body: Text;
  only?: 'en' | 'fr';
}

const TOPICS: TopicDraft[] = [
  {
    key: 'mff-2028-2034', firstSeen: '2026-03-09', tags: ['budget'],
    title: { en: 'The multiannual financial framework 2028-2034', fr: 'Le cadre financier pluriannuel 2028-2034' },
    summary: { en: 'How national parliaments scrutinise the Union\'s next long-term budget, its new own resources and the national and regional partnership plans.', fr: 'Comment les parlements nationaux contrôlent le prochain budget à long terme de l\'Union, ses nouvelles ressources propres et les plans de partenariat nationaux et régionaux.' },
    body: {
      en: paras(
        'The Commission proposed a budget of around EUR 2 trillion for 2028-2034, built around three pillars: **national and regional partnership plans**, a **European Competitiveness Fund** and **Global Europe** for external action.',
        '## Why national parliaments care',
        mdList([
          'new own resources require ratification by every member state, usually by parliament;',
          'partnership plans would merge cohesion and agricultural funding, changing the role of regions;',
          'the repayment of NextGenerationEU starts in 2028.',
        ], false),
        '## Where to follow it',
        `The budget committees of the Sejm Rzeczypospolitej Polskiej, the Deutscher Bundestag and the Camera Deputaților have held joint hearings with their EU affairs committees. Follow the interparliamentary meetings on [the IPEX calendar](${IPEX}/calendar) and the European Parliament's work on [its relations with national parliaments page](${EP_RELNATPARL}).`,
      ),
      fr: paras(
        'La Commission a proposé un budget d\'environ 2 000 milliards d\'euros pour 2028-2034, articulé autour de trois piliers : les **plans de partenariat nationaux et régionaux**, un **Fonds européen pour la compétitivité** et **l\'Europe dans le monde** pour l\'action extérieure.',
        '## Pourquoi les parlements nationaux sont concernés',
        mdList([
          'les nouvelles ressources propres doivent être ratifiées par chaque État membre, en général par le parlement ;',
          'les plans de partenariat fusionneraient les financements de la cohésion et de l\'agriculture, modifiant le rôle des régions ;',
          'le remboursement de NextGenerationEU commence en 2028.',
        ], false),
        '## Où suivre le dossier',
        `Les commissions des finances du Sejm Rzeczypospolitej Polskiej, du Deutscher Bundestag et de la Camera Deputaților ont tenu des auditions conjointes avec leurs commissions des affaires européennes. Suivez les réunions interparlementaires dans [le calendrier d'IPEX](${IPEX}/calendar) et les travaux du Parlement européen sur [sa page consacrée aux relations avec les parlements nationaux](${EP_RELNATPARL.replace('/en/', '/fr/')}).`,
      ),
    },
  },
  {
    key: 'enlargement', firstSeen: '2026-03-20', tags: ['enlargement'],
    title: { en: 'Enlargement: Ukraine, Moldova and the Western Balkans', fr: 'Élargissement : Ukraine, Moldavie et Balkans occidentaux' },
    summary: { en: 'Accession negotiations are advancing with several candidates; national parliaments will have the last word on ratification.', fr: 'Les négociations d\'adhésion progressent avec plusieurs candidats ; les parlements nationaux auront le dernier mot sur la ratification.' },
    body: {
      en: paras(
        'Montenegro and Albania aim to close their negotiations by 2027, while Ukraine and Moldova have opened their first clusters. Every accession treaty must be ratified by all member states, which gives each national parliament a decisive role.',
        '## What parliaments do',
        mdList([
          'hold regular hearings with the Commissioner for Enlargement;',
          'visit candidate countries, often with the Hrvatski sabor or the Državni zbor sharing their own accession experience;',
          'debate pre-accession reforms of the Union itself.',
        ], true),
        `See the COSAC debates on enlargement on [the COSAC page](${IPEX}/conferences/cosac).`,
      ),
      fr: paras(
        'Le Monténégro et l\'Albanie visent à conclure leurs négociations d\'ici 2027, tandis que l\'Ukraine et la Moldavie ont ouvert leurs premiers groupes de chapitres. Chaque traité d\'adhésion doit être ratifié par tous les États membres, ce qui donne à chaque parlement national un rôle décisif.',
        '## Ce que font les parlements',
        mdList([
          'ils tiennent des auditions régulières avec la commissaire chargée de l\'élargissement ;',
          'ils se rendent dans les pays candidats, souvent avec le Hrvatski sabor ou le Državni zbor, qui partagent leur propre expérience de l\'adhésion ;',
          'ils débattent des réformes de l\'Union préalables à l\'élargissement.',
        ], true),
        `Voir les débats de la COSAC sur l'élargissement sur [la page COSAC](${IPEX}/conferences/cosac).`,
      ),
    },
  },
  {
    key: 'rule-of-law', firstSeen: '2026-04-07', tags: ['rule-of-law'],
    title: { en: 'The rule of law in the Union', fr: 'L\'État de droit dans l\'Union' },
    summary: { en: 'The annual Rule of Law Report, budget conditionality and the role of national parliaments in checks and balances.', fr: 'Le rapport annuel sur l\'État de droit, la conditionnalité budgétaire et le rôle des parlements nationaux dans l\'équilibre des pouvoirs.' },
    body: {
      en: paras(
        'Each July the Commission publishes a Rule of Law Report with a chapter on every member state. The European Parliament\'s LIBE committee discusses it every autumn with national parliaments.',
        'For the next budget, the Commission proposes to extend **conditionality** to all programmes. The Hungarian Országgyűlés adopted a reasoned opinion against the proposal, while other chambers welcomed it.',
        mdList([
          'independence of the judiciary;',
          'anti-corruption frameworks;',
          'media pluralism;',
          'institutional checks and balances, including the quality of the legislative process.',
        ], false),
        `More on [the European Parliament's relations with national parliaments](${EP_RELNATPARL}).`,
      ),
      fr: paras(
        'Chaque année en juillet, la Commission publie un rapport sur l\'État de droit comportant un chapitre par État membre. La commission LIBE du Parlement européen en débat chaque automne avec les parlements nationaux.',
        'Pour le prochain budget, la Commission propose d\'étendre la **conditionnalité** à tous les programmes. L\'Országgyűlés hongrois a adopté un avis motivé contre la proposition, tandis que d\'autres chambres l\'ont saluée.',
        mdList([
          'l\'indépendance de la justice ;',
          'les dispositifs de lutte contre la corruption ;',
          'le pluralisme des médias ;',
          'l\'équilibre institutionnel des pouvoirs, y compris la qualité du processus législatif.',
        ], false),
        `Plus d'informations sur [les relations du Parlement européen avec les parlements nationaux](${EP_RELNATPARL.replace('/en/', '/fr/')}).`,
      ),
    },
  },
  {
    key: 'migration-pact', firstSeen: '2026-03-12', tags: ['migration'],
    title: { en: 'Migration and asylum: the Pact in practice', fr: 'Migration et asile : le pacte en pratique' },
    summary: { en: 'The Pact on Migration and Asylum applies since June 2026; new proposals on returns and Europol follow.', fr: 'Le pacte sur la migration et l\'asile s\'applique depuis juin 2026 ; de nouvelles propositions sur les retours et Europol suivent.' },
    body: {
      en: paras(
        'The ten legislative acts of the **Pact on Migration and Asylum** apply since 12 June 2026. National parliaments adopted the implementing laws in the months before, and now scrutinise new proposals on returns and on Europol\'s role against migrant smuggling.',
        '## Key dates',
        mdList([
          '12 June 2026: the Pact applies;',
          'June 2026: proposal for a European Return Order, which drew reasoned opinions from the Congreso de los Diputados and the Državni zbor;',
          'autumn 2026: first annual solidarity cycle.',
        ], false),
        'Parliaments around the Mediterranean, from the Kamra tad-Deputati to the Βουλή των Ελλήνων, meet regularly on the subject.',
      ),
      fr: paras(
        'Les dix actes législatifs du **pacte sur la migration et l\'asile** s\'appliquent depuis le 12 juin 2026. Les parlements nationaux ont adopté les lois de mise en œuvre au cours des mois précédents et examinent désormais de nouvelles propositions sur les retours et sur le rôle d\'Europol contre le trafic de migrants.',
        '## Dates clés',
        mdList([
          '12 juin 2026 : application du pacte ;',
          'juin 2026 : proposition d\'ordre de retour européen, qui a suscité des avis motivés du Congreso de los Diputados et du Državni zbor ;',
          'automne 2026 : premier cycle annuel de solidarité.',
        ], false),
        'Les parlements riverains de la Méditerranée, de la Kamra tad-Deputati à la Βουλή των Ελλήνων, se réunissent régulièrement sur le sujet.',
      ),
    },
  },
  {
    key: 'defence-readiness', firstSeen: '2026-03-02', tags: ['cfsp-csdp'],
    title: { en: 'European defence readiness', fr: 'La préparation de la défense européenne' },
    summary: { en: 'Joint procurement, SAFE loans and a new defence readiness programme: what role for national parliaments?', fr: 'Achats conjoints, prêts SAFE et nouveau programme pour la préparation de la défense : quel rôle pour les parlements nationaux ?' },
    body: {
      en: paras(
        'Defence has become a standing item of the IPC CFSP/CSDP and of COSAC. The Commission\'s proposal for a **European Defence Readiness Programme** (October 2026) is the first defence file in years to draw a reasoned opinion, from the Austrian Nationalrat.',
        '## Questions for parliaments',
        mdList([
          'Who authorises national participation in joint procurement?',
          'How can defence committees follow EU-funded projects?',
          'How do neutral member states take part?',
        ], true),
        `See [the IPC CFSP/CSDP page](${IPEX}/conferences/ipc-cfsp-csdp).`,
      ),
      fr: paras(
        'La défense est devenue un point permanent de l\'ordre du jour de la CIP PESC/PSDC et de la COSAC. La proposition de la Commission relative à un **programme européen pour la préparation de la défense** (octobre 2026) est le premier dossier de défense depuis des années à susciter un avis motivé, du Nationalrat autrichien.',
        '## Questions pour les parlements',
        mdList([
          'Qui autorise la participation nationale aux achats conjoints ?',
          'Comment les commissions de la défense peuvent-elles suivre les projets financés par l\'Union ?',
          'Comment les États membres neutres y participent-ils ?',
        ], true),
        `Voir [la page de la CIP PESC/PSDC](${IPEX}/conferences/ipc-cfsp-csdp).`,
      ),
    },
  },
  {
    key: 'climate-2040', firstSeen: '2026-03-16', tags: ['climate'],
    title: { en: 'The 2040 climate target and the emissions trading system', fr: 'L\'objectif climatique pour 2040 et le système d\'échange de quotas' },
    summary: { en: 'A 90% emissions cut by 2040, international credits and the future of the EU ETS under parliamentary scrutiny.', fr: 'Une réduction de 90 % des émissions d\'ici 2040, les crédits internationaux et l\'avenir du SEQE de l\'UE sous le contrôle des parlements.' },
    body: {
      en: paras(
        'The amended European Climate Law sets a target of a 90% net reduction of greenhouse gas emissions by 2040, with a limited role for international credits. The Commission followed up with a proposal to adapt the **emissions trading system**.',
        'The Sejm Rzeczypospolitej Polskiej and the Народно събрание adopted reasoned opinions, arguing that national energy mixes were not taken into account. The Swedish Riksdag and the French Assemblée nationale sent supportive opinions.',
        `Follow the file on [IPEX](${docUrl('COM(2026) 95')}).`,
      ),
      fr: paras(
        'La loi européenne sur le climat modifiée fixe un objectif de réduction nette de 90 % des émissions de gaz à effet de serre d\'ici 2040, avec un rôle limité pour les crédits internationaux. La Commission a ensuite proposé d\'adapter le **système d\'échange de quotas d\'émission**.',
        'Le Sejm Rzeczypospolitej Polskiej et le Народно събрание ont adopté des avis motivés, estimant que les bouquets énergétiques nationaux n\'étaient pas pris en compte. Le Riksdag suédois et l\'Assemblée nationale française ont adressé des avis favorables.',
        `Suivez le dossier sur [IPEX](${docUrl('COM(2026) 95')}).`,
      ),
    },
  },
  {
    key: 'energy-grids', firstSeen: '2026-06-29', tags: ['energy'],
    title: { en: 'Energy grids and security of supply', fr: 'Réseaux énergétiques et sécurité d\'approvisionnement' },
    summary: { en: 'The European Grids Package, interconnectors and the protection of undersea infrastructure.', fr: 'Le paquet européen sur les réseaux, les interconnexions et la protection des infrastructures sous-marines.' },
    body: {
      en: paras(
        'Europe needs to double its grid investment by 2040. The **European Grids Package** of June 2026 proposes binding permit deadlines, which the Poslanecká sněmovna contested in a reasoned opinion.',
        'Around the Baltic Sea, the Eduskunta, the Riigikogu and the Saeima focus on the protection of undersea cables after repeated incidents.',
        mdList(['permitting and grid connection;', 'cross-border interconnectors;', 'security of critical infrastructure.'], false),
        `Follow the scrutiny on [IPEX](${docUrl('COM(2026) 287')}).`,
      ),
      fr: paras(
        'L\'Europe doit doubler ses investissements dans les réseaux d\'ici 2040. Le **paquet européen sur les réseaux** de juin 2026 propose des délais contraignants pour les permis, que la Poslanecká sněmovna a contestés dans un avis motivé.',
        'Autour de la mer Baltique, l\'Eduskunta, le Riigikogu et la Saeima se concentrent sur la protection des câbles sous-marins après des incidents répétés.',
        mdList(['autorisations et raccordement aux réseaux ;', 'interconnexions transfrontalières ;', 'sécurité des infrastructures critiques.'], false),
        `Suivez l'examen sur [IPEX](${docUrl('COM(2026) 287')}).`,
      ),
    },
  },
  {
    key: 'cap-future', firstSeen: '2026-05-14', tags: ['agriculture'],
    title: { en: 'The future of the common agricultural policy', fr: 'L\'avenir de la politique agricole commune' },
    summary: { en: 'Three chambers sent reasoned opinions on the CAP 2028-2034 proposal; agriculture committees meet across the Union.', fr: 'Trois chambres ont adressé des avis motivés sur la proposition PAC 2028-2034 ; les commissions de l\'agriculture se réunissent dans toute l\'Union.' },
    body: {
      en: paras(
        'The proposal to fold the CAP into national and regional partnership plans is one of the most debated files of 2026. Reasoned opinions came from the Senatul României, the Senat Rzeczypospolitej Polskiej and the Austrian Nationalrat.',
        '## Main concerns',
        mdList(['a ring-fenced budget for farmers;', 'the future of rural development;', 'the role of regions, such as the German Länder represented in the Bundesrat.'], false),
        `See the documents on [IPEX](${docUrl('COM(2026) 204')}).`,
      ),
      fr: paras(
        'La proposition d\'intégrer la PAC dans les plans de partenariat nationaux et régionaux est l\'un des dossiers les plus débattus de 2026. Des avis motivés ont été adressés par le Senatul României, le Senat Rzeczypospolitej Polskiej et le Nationalrat autrichien.',
        '## Principales préoccupations',
        mdList(['un budget réservé aux agriculteurs ;', 'l\'avenir du développement rural ;', 'le rôle des régions, comme les Länder allemands représentés au Bundesrat.'], false),
        `Voir les documents sur [IPEX](${docUrl('COM(2026) 204')}).`,
      ),
    },
  },
  {
    key: 'digital-rulebook', firstSeen: '2026-04-02', tags: ['digital'],
    title: { en: 'The digital rulebook: simplification and fairness', fr: 'Le corpus numérique : simplification et équité' },
    summary: { en: 'Business wallets, the digital omnibus and the Digital Fairness Act before national parliaments.', fr: 'Les portefeuilles pour les entreprises, l\'omnibus numérique et l\'acte sur l\'équité numérique devant les parlements nationaux.' },
    body: {
      en: paras(
        'After the adoption of the AI Act, the Digital Services Act and the Data Act, the Commission now proposes to **simplify** parts of the digital rulebook while adding new consumer protection with the **Digital Fairness Act** (November 2026).',
        mdList([
          'European Business Wallets: opinions from the German Bundesrat, the Poslanecká sněmovna and the Tweede Kamer;',
          'Digital Fairness Act: subsidiarity deadline on 30 December 2026.',
        ], false),
        `Follow both files on IPEX: [business wallets](${docUrl('COM(2026) 131')}) and [digital fairness](${docUrl('COM(2026) 560')}).`,
      ),
      fr: paras(
        'Après l\'adoption du règlement sur l\'IA, du règlement sur les services numériques et du règlement sur les données, la Commission propose désormais de **simplifier** une partie du corpus numérique tout en renforçant la protection des consommateurs avec l\'**acte sur l\'équité numérique** (novembre 2026).',
        mdList([
          'portefeuilles européens pour les entreprises : avis du Bundesrat allemand, de la Poslanecká sněmovna et de la Tweede Kamer ;',
          'acte sur l\'équité numérique : délai de subsidiarité au 30 décembre 2026.',
        ], false),
        `Suivez les deux dossiers sur IPEX : [portefeuilles pour les entreprises](${docUrl('COM(2026) 131')}) et [équité numérique](${docUrl('COM(2026) 560')}).`,
      ),
    },
  },
  {
    key: 'economic-governance', firstSeen: '2026-09-03', tags: ['economic-governance'], only: 'en',
    title: { en: 'Economic governance and the European Semester' },
    summary: { en: 'Medium-term fiscal-structural plans, the national escape clause for defence and a simpler Semester.' },
    body: {
      en: paras(
        'Since 2024 every member state follows a **medium-term fiscal-structural plan**. In 2025 many activated the national escape clause to finance defence. In September 2026 the Commission proposed to simplify the European Semester.',
        'National parliaments discuss these questions at the Article 13 Conference, held in Dublin in October 2026 and in Brussels during the European Parliamentary Week in February 2027.',
        mdList(['net expenditure paths;', 'country-specific recommendations;', 'the role of independent fiscal institutions.'], false),
        `See [the Article 13 Conference page](${IPEX}/conferences/ipc-secg).`,
      ),
    },
  },
  {
    key: 'europol-scrutiny', firstSeen: '2026-03-17', tags: ['europol'],
    title: { en: 'Parliamentary scrutiny of Europol', fr: 'Le contrôle parlementaire d\'Europol' },
    summary: { en: 'The Joint Parliamentary Scrutiny Group follows Europol\'s growing role against migrant smuggling and organised crime.', fr: 'Le groupe de contrôle parlementaire conjoint suit le rôle croissant d\'Europol contre le trafic de migrants et la criminalité organisée.' },
    body: {
      en: paras(
        'The **Joint Parliamentary Scrutiny Group** (JPSG) brings together members of national parliaments and of the European Parliament twice a year. Its work matters more as Europol\'s mandate grows.',
        mdList([
          'the proposal to strengthen Europol against migrant smuggling drew reasoned opinions from the Kamra tad-Deputati and the Czech Senát;',
          'members regularly question Europol on data protection and its use of artificial intelligence;',
          'the next meeting takes place in Vilnius in March 2027.',
        ], false),
        `See [the JPSG page on IPEX](${IPEX}/conferences/jpsg).`,
      ),
      fr: paras(
        'Le **groupe de contrôle parlementaire conjoint** (GCPC) réunit deux fois par an des membres des parlements nationaux et du Parlement européen. Ses travaux gagnent en importance à mesure que le mandat d\'Europol s\'élargit.',
        mdList([
          'la proposition visant à renforcer Europol contre le trafic de migrants a suscité des avis motivés de la Kamra tad-Deputati et du Senát tchèque ;',
          'les membres interrogent régulièrement Europol sur la protection des données et son utilisation de l\'intelligence artificielle ;',
          'la prochaine réunion se tiendra à Vilnius en mars 2027.',
        ], false),
        `Voir [la page du GCPC sur IPEX](${IPEX}/conferences/jpsg).`,
      ),
    },
  },
  {
    key: 'subsidiarity-ewm', firstSeen: '2026-03-04', tags: ['subsidiarity', 'political-dialogue'],
    title: { en: 'Subsidiarity checks and the early warning mechanism', fr: 'Le contrôle de subsidiarité et le mécanisme d\'alerte précoce' },
    summary: { en: 'Every reasoned opinion and political-dialogue opinion sent by national parliaments in 2026, with deadlines and vote counts.', fr: 'Tous les avis motivés et avis au titre du dialogue politique adressés par les parlements nationaux en 2026, avec les délais et le décompte des voix.' },
    body: {
      en: paras(
        'National parliaments have **eight weeks** from the transmission of a draft legislative act to send a reasoned opinion. If reasoned opinions reach one third of the 54 votes (one quarter in the area of freedom, security and justice), the Commission must review the proposal: the **yellow card**.',
        '## How the votes are counted',
        mdList([
          'each national parliament has two votes;',
          'in bicameral parliaments, such as the Sejm and the Senat, or the Camera Deputaților and the Senatul României, each chamber has one vote;',
          'August is not counted in the eight weeks.',
        ], false),
        '## In 2026',
        'No proposal has come close to a yellow card. The most contested so far were the own resources proposal and the proposals on the common agricultural policy and Ukraine.',
        `Background: [Protocol No 2 and the role of national parliaments](${EP_RELNATPARL}).`,
      ),
      fr: paras(
        'Les parlements nationaux disposent de **huit semaines** à compter de la transmission d\'un projet d\'acte législatif pour adresser un avis motivé. Si les avis motivés atteignent un tiers des 54 voix (un quart dans l\'espace de liberté, de sécurité et de justice), la Commission doit réexaminer la proposition : c\'est le **carton jaune**.',
        '## Comment les voix sont comptées',
        mdList([
          'chaque parlement national dispose de deux voix ;',
          'dans les parlements bicaméraux, comme le Sejm et le Senat, ou la Camera Deputaților et le Senatul României, chaque chambre dispose d\'une voix ;',
          'le mois d\'août n\'est pas compté dans les huit semaines.',
        ], false),
        '## En 2026',
        'Aucune proposition n\'a approché le seuil du carton jaune. Les plus contestées ont été jusqu\'ici la proposition sur les ressources propres et les propositions relatives à la politique agricole commune et à l\'Ukraine.',
        `Contexte : [le protocole n° 2 et le rôle des parlements nationaux](${EP_RELNATPARL.replace('/en/', '/fr/')}).`,
      ),
    },
  },
  {
    key: 'cosac-speakers', firstSeen: '2026-04-20', tags: ['cosac', 'speakers-conference'],
    title: { en: 'Interparliamentary cooperation: COSAC and the Speakers\' Conference', fr: 'La coopération interparlementaire : la COSAC et la Conférence des présidents' },
    summary: { en: 'From København to Dublin and Vilnius: the meetings where national parliaments and the European Parliament work together.', fr: 'De København à Dublin et Vilnius : les réunions où les parlements nationaux et le Parlement européen travaillent ensemble.' },
    body: {
      en: paras(
        'Interparliamentary cooperation in the Union rests on the **Conference of Speakers**, which sets its guidelines, and on **COSAC**, which meets twice a year in the presidency country.',
        mdList([
          'Speakers\' Conference 2026 in København (Folketinget), 2027 in Dublin (Houses of the Oireachtas);',
          'COSAC plenaries in Nicosia (Λευκωσία), Dublin and Vilnius;',
          'IPEX, overseen by the Speakers, links the scrutiny of all 39 chambers.',
        ], false),
        `See [the COSAC page](${IPEX}/conferences/cosac) and [the Speakers' Conference page](${IPEX}/conferences/speakers).`,
      ),
      fr: paras(
        'La coopération interparlementaire dans l\'Union repose sur la **Conférence des présidents**, qui en fixe les orientations, et sur la **COSAC**, qui se réunit deux fois par an dans le pays de la présidence.',
        mdList([
          'Conférence des présidents 2026 à København (Folketinget), 2027 à Dublin (chambres de l\'Oireachtas) ;',
          'plénières de la COSAC à Nicosie (Λευκωσία), Dublin et Vilnius ;',
          'IPEX, placé sous l\'égide des présidents, relie le contrôle des 39 chambres.',
        ], false),
        `Voir [la page COSAC](${IPEX}/conferences/cosac) et [la page de la Conférence des présidents](${IPEX}/conferences/speakers).`,
      ),
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------

/** Keeps non-empty texts, only in one language when asked. */
function texts(t: Text | undefined, only?: 'en' | 'fr'): Text | undefined {
  if (!t) return undefined;
  const r = Object.fromEntries(Object.entries(t).filter(([k, v]) => v && (!only || k === only)));
  return Object.keys(r).length ? r : undefined;
}
/** Drops undefined fields so JSON keys stay in the order written. */
function clean<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
const secs = (): number => int(0, 59) * 1000;

interface Built {
  news: Record<string, unknown>[];
  events: Record<string, unknown>[];
  topics: Record<string, unknown>[];
  chambers: Record<string, unknown>[];
  notes: string[];
}

function build(): Built {
  const notes: string[] = [];

  // Events.
  const anchorDrafts = ANCHORS.map((a) => ({ a, e: anchorDraft(a) }));
  const others = otherDrafts(60).sort((x, y) => x.start.localeCompare(y.start));
  const cancelMay = others.find((e) => e.start.startsWith('2026-05'));
  const cancelFeb = others.find((e) => e.start.startsWith('2027-02'));
  if (cancelMay) cancelMay.cancelled = true;
  if (cancelFeb) cancelFeb.cancelled = true;
  const frOnly = others.find((e) => ['parS', 'parA', 'lux'].includes(e.host.key));
  if (frOnly) frOnly.only = 'fr';
  const drafts = [...anchorDrafts.map((x) => x.e), ...others].sort((x, y) => x.start.localeCompare(y.start) || x.key.localeCompare(y.key));

  const eventClock = makeClock();
  const eventSlug = makeSlugger('event');
  const events = drafts.map((e) => {
    const id = hexId('events', e.key);
    const startMs = msOf(e.start.slice(0, 10));
    let fs = startMs - int(21, 70) * DAY + int(6, 17) * HOUR + int(0, 59) * MIN + secs();
    // Meetings far ahead were first seen during the autumn before.
    if (fs > LATEST_MS) fs = officeHours(weekdayOn(addDays('2026-10-01', int(0, 48)))) + int(0, 4) * MIN + secs();
    const firstSeen = eventClock(fs);
    let updated: number | undefined;
    if (chance(0.4) || e.cancelled) {
      const limit = Math.min(e.cancelled ? LATEST_MS : startMs - DAY, LATEST_MS);
      const u = firstSeen + int(2, 20) * DAY + int(0, 8) * HOUR + int(0, 59) * MIN + secs();
      const t = Math.min(u, limit);
      if (t > firstSeen + HOUR) updated = t;
    }
    const title = texts({ ...e.title, ...(e.extraTitle ?? {}) }, e.only) as Text;
    const country = e.host.key === 'bxl' ? 'BE' : e.host.key === 'sxb' ? 'FR' : ch(e.host.code).country;
    return clean({
      id,
      slug: eventSlug(title, id),
      firstSeen: isoZ(firstSeen),
      updated: updated === undefined ? undefined : isoZ(updated),
      title,
      summary: texts(eventSummary(e), e.only),
      body: texts({ en: e.only === 'fr' ? '' : eventBody(e, 'en'), fr: e.only === 'en' ? '' : eventBody(e, 'fr') }, e.only),
      tags: tagsOf(e.tags),
      start: e.start,
      end: e.end,
      timeZone: TIME_ZONES[country],
      venue: { ...e.host.venue },
      city: { ...e.host.city },
      country,
      organiser: e.host.code,
      conference: e.conf,
      cancelled: e.cancelled ? true : undefined,
      source: `${IPEX}/calendar/${id}`,
    });
  });
  notes.push(`cancelled events: ${events.filter((e) => e.cancelled).map((e) => e.slug).join(', ')}`);

  // News.
  const newsDrafts = [
    ...PROPOSALS.flatMap(newsForProposal),
    ...anchorDrafts.flatMap(({ a, e }) => newsForEvent(e, a)),
    ...miscNews(),
  ].sort((x, y) => x.published - y.published || x.key.localeCompare(y.key));
  const newsClock = makeClock();
  const newsSlug = makeSlugger('news');
  const news = newsDrafts.map((n) => {
    const id = hexId('news', n.key);
    const published = Math.min(n.published, LATEST_MS - 3 * HOUR);
    const firstSeen = newsClock(Math.min(published + int(5, 150) * MIN + secs(), LATEST_MS));
    let updated: number | undefined;
    let withdrawn: number | undefined;
    if (n.withdrawn) {
      withdrawn = Math.min(firstSeen + int(2, 30) * DAY + int(0, 10) * HOUR + secs(), LATEST_MS);
    } else if (chance(0.25)) {
      const u = firstSeen + int(1, 20) * DAY + int(0, 9) * HOUR + int(0, 59) * MIN + secs();
      if (u <= LATEST_MS) updated = u;
    }
    const title = texts(n.title, n.only) as Text;
    return clean({
      id,
      slug: newsSlug(title, id),
      firstSeen: isoZ(firstSeen),
      updated: updated === undefined ? undefined : isoZ(updated),
      withdrawn: withdrawn === undefined ? undefined : isoZ(withdrawn),
      published: isoZ(published),
      title,
      summary: texts(n.summary, n.only),
      body: texts(n.body, n.only),
      tags: tagsOf(n.tags),
      chambers: [...new Set(n.chambers)],
      source: `${IPEX}/news/${id}`,
    });
  });

  // Topics.
  const topicClock = makeClock();
  const topicSlug = makeSlugger('topic');
  const hasTag = (item: Record<string, unknown>, keys: string[]) => (item.tags as { key: string }[]).some((t) => keys.includes(t.key));
  const topics = TOPICS.map((t) => {
    const id = hexId('topics', t.key);
    const firstSeen = topicClock(officeHours(t.firstSeen) + secs());
    const relNews = news
      .filter((n) => hasTag(n, t.tags) && !n.withdrawn && n.title && (n.title as Text).en !== HOSTILE_TITLE)
      .sort((a, b) => String(b.published).localeCompare(String(a.published)))
      .slice(0, 8);
    const relEvents = events
      .filter((e) => hasTag(e, t.tags))
      .sort((a, b) => Math.abs(msOf(String(a.start)) - SYNC_MS) - Math.abs(msOf(String(b.start)) - SYNC_MS))
      .slice(0, 6)
      .sort((a, b) => String(a.start).localeCompare(String(b.start)));
    const upcoming = relEvents.filter((e) => msOf(String(e.start)) >= SYNC_MS).slice(0, 4);
    const shown = upcoming.length ? upcoming : relEvents.slice(-3);
    const line = (e: Record<string, unknown>, lang: 'en' | 'fr') => {
      const title = e.title as Text;
      const d = String(e.start).slice(0, 10);
      return `${lang === 'en' ? dayEn(d) : dayFr(d)}${lang === 'en' ? ':' : ' :'} ${title[lang] ?? title.en ?? title.fr ?? ''}${e.cancelled ? (lang === 'en' ? ' (cancelled)' : ' (annulée)') : ''}`;
    };
    const meetings: Text = {
      en: paras(upcoming.length ? '## Coming up' : '## Recent meetings', mdList(shown.map((e) => line(e, 'en')), false)),
      fr: paras(upcoming.length ? '## Prochaines réunions' : '## Réunions récentes', mdList(shown.map((e) => line(e, 'fr')), false)),
    };
    const body = Object.fromEntries(Object.entries(t.body).map(([lang, md]) => [lang, shown.length && (lang === 'en' || lang === 'fr') ? paras(md, meetings[lang]) : md]));
    const latest = Math.max(...relNews.map((n) => Date.parse(String(n.firstSeen))), ...relEvents.map((e) => Date.parse(String(e.firstSeen))), 0);
    const updated = latest > firstSeen + DAY ? Math.min(latest + int(1, 6) * HOUR + secs(), LATEST_MS) : undefined;
    return clean({
      id,
      slug: topicSlug(t.title, id),
      firstSeen: isoZ(firstSeen),
      updated: updated === undefined ? undefined : isoZ(updated),
      title: texts(t.title, t.only) as Text,
      summary: texts(t.summary, t.only),
      body: texts(body, t.only),
      tags: tagsOf(t.tags),
      related: { news: relNews.map((n) => n.id as string), events: relEvents.map((e) => e.id as string) },
      source: `${IPEX}/hot-topics/${id}`,
    });
  });

  const override = hexId('news', 'ro/COM(2026) 170/nlek');
  if (!news.some((n) => n.id === override)) notes.push('WARNING: the override target is missing');
  notes.push(`override target (English only, French added by content/editorial/news/eerste-kamer-own-resources.fr.md): ${override}`);

  const chambers = CHAMBERS.map((c) => ({ code: c.code, country: c.country, name: c.name, names: { en: c.names.en, fr: c.names.fr }, accounts: c.accounts ?? {} }));
  return { news, events, topics, chambers, notes };
}

// ---------------------------------------------------------------------------------------------
// Self-check (no npm packages: the real zod schemas are checked by src/content/load.ts)
// ---------------------------------------------------------------------------------------------

function selfCheck(b: Built): string[] {
  const problems: string[] = [];
  const fail = (m: string) => problems.push(m);
  const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
  const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  const codes = new Set(b.chambers.map((c) => String(c.code)));
  const tagLabels = new Map<string, string>();

  if (b.news.length < 64) fail(`only ${b.news.length} news`);
  if (b.events.length < 84) fail(`only ${b.events.length} events`);
  if (b.topics.length < 12) fail(`only ${b.topics.length} topics`);
  if (b.chambers.length !== 40) fail(`${b.chambers.length} chambers, expected 39 + EP`);
  for (const c of b.chambers) if (!/^[a-z][a-z0-9]{1,15}$/.test(String(c.code))) fail(`chamber code ${c.code}`);

  for (const [kind, items] of [['news', b.news], ['events', b.events], ['topics', b.topics]] as const) {
    const ids = new Set<string>();
    const slugs = new Set<string>();
    const seen = new Set<string>();
    for (const it of items) {
      const where = `${kind} ${it.id}`;
      const id = String(it.id);
      if (!/^[0-9a-f]{32}$/.test(id)) fail(`${where}: id`);
      if (ids.has(id)) fail(`${where}: duplicate id`);
      ids.add(id);
      const slug = String(it.slug);
      if (!SLUG.test(slug) || slug.length > 100) fail(`${where}: slug ${slug}`);
      if (slugs.has(slug)) fail(`${where}: duplicate slug ${slug}`);
      slugs.add(slug);
      const fs = String(it.firstSeen);
      if (seen.has(fs)) fail(`${where}: duplicate firstSeen ${fs}`);
      seen.add(fs);
      for (const f of ['firstSeen', 'updated', 'withdrawn', 'published'] as const) {
        const v = it[f];
        if (v === undefined) continue;
        if (!ISO.test(String(v))) fail(`${where}: ${f} format`);
        if (String(v) > SYNCED_AT) fail(`${where}: ${f} ${v} after syncedAt`);
      }
      if (it.updated !== undefined && String(it.updated) < fs) fail(`${where}: updated before firstSeen`);
      if (it.withdrawn !== undefined && String(it.withdrawn) < fs) fail(`${where}: withdrawn before firstSeen`);
      const title = it.title as Text;
      if (!Object.values(title).some((t) => t.trim())) fail(`${where}: empty title`);
      for (const field of ['title', 'summary'] as const) {
        const t = it[field] as Text | undefined;
        for (const [lang, v] of Object.entries(t ?? {})) {
          if (!/^[a-z]{2}$/.test(lang)) fail(`${where}: ${field} language ${lang}`);
          if (/\n/.test(v) || !v.trim()) fail(`${where}: ${field}.${lang} not a single non-empty line`);
        }
      }
      for (const t of it.tags as { key: string; label: L }[]) {
        const label = JSON.stringify(t.label);
        if (!SLUG.test(t.key)) fail(`${where}: tag key ${t.key}`);
        if (tagLabels.has(t.key) && tagLabels.get(t.key) !== label) fail(`${where}: tag ${t.key} label differs`);
        tagLabels.set(t.key, label);
      }
      if (!String(it.source).startsWith('https://ipex.eu/IPEXL-WEB/')) fail(`${where}: source`);
    }
  }

  for (const n of b.news) {
    if (String(n.published) > String(n.firstSeen)) fail(`news ${n.id}: published after firstSeen`);
    for (const c of n.chambers as string[]) if (!codes.has(c)) fail(`news ${n.id}: chamber ${c}`);
    if ((n.chambers as string[]).length > 3) fail(`news ${n.id}: more than 3 chambers`);
  }
  for (const e of b.events) {
    const s = String(e.start);
    const en = String(e.end);
    if (s.length !== en.length) fail(`event ${e.id}: start/end kinds differ`);
    if (en < s) fail(`event ${e.id}: end before start`);
    if (s < '2026-03-01' || s > '2027-06-30T23:59') fail(`event ${e.id}: start ${s} out of range`);
    if (!codes.has(String(e.organiser))) fail(`event ${e.id}: organiser ${e.organiser}`);
    if (!/^[A-Z]{2}$/.test(String(e.country))) fail(`event ${e.id}: country`);
    if (String(e.firstSeen).slice(0, 10) > s.slice(0, 10)) fail(`event ${e.id}: first seen after start`);
    if (e.timeZone !== undefined) {
      try {
        new Intl.DateTimeFormat('en', { timeZone: String(e.timeZone) });
      } catch {
        fail(`event ${e.id}: time zone ${e.timeZone}`);
      }
    }
  }
  const newsIds = new Set(b.news.map((n) => n.id));
  const eventIds = new Set(b.events.map((e) => e.id));
  for (const t of b.topics) {
    const rel = t.related as { news: string[]; events: string[] };
    for (const id of rel.news) if (!newsIds.has(id)) fail(`topic ${t.id}: related news ${id} missing`);
    for (const id of rel.events) if (!eventIds.has(id)) fail(`topic ${t.id}: related event ${id} missing`);
    if (rel.news.length + rel.events.length === 0) fail(`topic ${t.id}: nothing related`);
  }

  // Variety promised to the site code.
  const all = [...b.news, ...b.events, ...b.topics];
  const langsOf = (it: Record<string, unknown>) => Object.keys(it.title as Text);
  const enOnly = all.filter((it) => langsOf(it).join() === 'en').length;
  const frOnly = all.filter((it) => langsOf(it).join() === 'fr').length;
  if (enOnly < 4 || enOnly > 7) fail(`${enOnly} English-only items`);
  if (frOnly < 2 || frOnly > 4) fail(`${frOnly} French-only items`);
  const long = all.filter((it) => Object.values(it.title as Text).some((t) => t.length > 200)).length;
  if (long < 4) fail(`only ${long} titles over 200 characters`);
  if (!b.news.some((n) => (n.title as Text).en === HOSTILE_TITLE)) fail('hostile item missing');
  if (b.news.filter((n) => n.withdrawn).length < 2) fail('too few withdrawn news');
  if (b.events.filter((e) => e.cancelled).length !== 2) fail('expected 2 cancelled events');
  const styles = new Set(b.events.map((e) => `${String(e.start).length}/${String(e.start).slice(0, 10) === String(e.end).slice(0, 10)}`));
  if (styles.size !== 4) fail(`event styles: ${[...styles].join(' ')}`);
  const text = JSON.stringify(all);
  for (const [what, re] of [['Greek', /[α-ω]/], ['Cyrillic', /[а-я]/], ['Polish', /[ąęłńśźż]/], ['Czech', /[ěščřů]/], ['Romanian', /[ăâîșț]/], ['Maltese', /[ċġħ]/], ['German', /[äöüß]/]] as const) {
    if (!re.test(text)) fail(`no ${what} letters`);
  }
  for (const lang of ['el', 'bg', 'pl', 'cs', 'ro', 'mt', 'de']) {
    if (!all.some((it) => lang in (it.title as Text))) fail(`no title in ${lang}`);
  }
  return problems;
}

/** Editors' example files must point at items that exist, and overrides must not touch identity. */
function checkEditorial(b: Built): string[] {
  const problems: string[] = [];
  const ids: Record<string, Set<string>> = {
    news: new Set(b.news.map((n) => String(n.id))),
    events: new Set(b.events.map((e) => String(e.id))),
    topics: new Set(b.topics.map((t) => String(t.id))),
  };
  for (const kind of Object.keys(ids)) {
    const dir = path.join(CONTENT, 'editorial', kind);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      const id = /^id:\s*(\S+)\s*$/m.exec(front)?.[1];
      if (!/^[a-z0-9-]+\.[a-z]{2}\.md$/.test(name)) problems.push(`editorial/${kind}/${name}: file name`);
      if (!id) problems.push(`editorial/${kind}/${name}: no id`);
      else if (id.startsWith('hub-')) continue;
      else if (!ids[kind]?.has(id)) problems.push(`editorial/${kind}/${name}: overrides unknown id ${id}`);
      else if (/^(slug|firstSeen):/m.test(front)) problems.push(`editorial/${kind}/${name}: overrides must not set slug or firstSeen`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function writeJson(rel: string, data: unknown): void {
  const file = path.join(CONTENT, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

const built = build();
const problems = [...selfCheck(built), ...checkEditorial(built)];
if (problems.length) {
  console.error(`make-sample: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
for (const kind of ['news', 'events', 'topics'] as const) {
  writeJson(`snapshot/${kind}.json`, { format: FORMAT, kind, sample: true, syncedAt: SYNCED_AT, items: built[kind] });
}
writeJson('registries/chambers.json', built.chambers);
console.log(`make-sample: ${writeSampleDocuments(CONTENT, SYNCED_AT, built.chambers)} documents (scripts/sample/documents.ts)`);
console.log(`make-sample: ${built.news.length} news, ${built.events.length} events, ${built.topics.length} topics, ${built.chambers.length} chambers`);
for (const n of built.notes) console.log(`  ${n}`);
