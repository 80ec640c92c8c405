// Places, presidencies and interparliamentary conferences of the sample.
import type { Conference } from '../../../src/model/vocabulary.ts';
import { IPEX, must, type L, type Text } from '../basics.ts';

/** Time zones of member states not on Brussels time; others use the hub default. */
export const TIME_ZONES: Record<string, string> = {
  GR: 'Europe/Athens',
  BG: 'Europe/Sofia',
  RO: 'Europe/Bucharest',
  FI: 'Europe/Helsinki',
  EE: 'Europe/Tallinn',
  LV: 'Europe/Riga',
  LT: 'Europe/Vilnius',
  CY: 'Asia/Nicosia',
  PT: 'Europe/Lisbon',
  IE: 'Europe/Dublin',
};

/** A place that hosts meetings. */
export interface Host {
  key: string;
  code: string;
  city: Text;
  venue: Text;
  /** "chamber, city" as shown in titles. */
  label: L;
}
const H = (key: string, code: string, city: Text, venue: Text, label: L): Host => ({ key, code, city, venue, label });
const HOSTS: Host[] = [
  H(
    'ath',
    'grvou',
    { en: 'Athens', fr: 'Athènes', el: 'Αθήνα' },
    { en: 'Hellenic Parliament, Senate Hall', fr: 'Parlement hellénique, salle du Sénat', el: 'Βουλή των Ελλήνων, Αίθουσα Γερουσίας' },
    { en: 'Βουλή των Ελλήνων, Αθήνα', fr: 'Βουλή των Ελλήνων, Αθήνα' },
  ),
  H(
    'thes',
    'grvou',
    { en: 'Thessaloniki', fr: 'Thessalonique', el: 'Θεσσαλονίκη' },
    { en: 'Thessaloniki Concert Hall', fr: 'Salle de concert de Thessalonique', el: 'Μέγαρο Μουσικής Θεσσαλονίκης' },
    { en: 'Βουλή των Ελλήνων, Θεσσαλονίκη', fr: 'Βουλή των Ελλήνων, Θεσσαλονίκη' },
  ),
  H(
    'sof',
    'bgnsb',
    { en: 'Sofia', fr: 'Sofia', bg: 'София' },
    { en: 'National Assembly, Knyazheska Square', fr: 'Assemblée nationale, place Kniajeska', bg: 'Народно събрание, пл. „Княжеска“ 1' },
    { en: 'Народно събрание, София', fr: 'Народно събрание, София' },
  ),
  H(
    'plov',
    'bgnsb',
    { en: 'Plovdiv', fr: 'Plovdiv', bg: 'Пловдив' },
    { en: 'Plovdiv International Fair, Congress Centre', fr: 'Foire internationale de Plovdiv, centre des congrès', bg: 'Международен панаир Пловдив' },
    { en: 'Народно събрание, Пловдив', fr: 'Народно събрание, Пловдив' },
  ),
  H(
    'waw',
    'plsej',
    { en: 'Warsaw', fr: 'Varsovie', pl: 'Warszawa' },
    { en: 'Sejm, Column Hall', fr: 'Sejm, salle des Colonnes', pl: 'Sejm, Sala Kolumnowa' },
    { en: 'Sejm Rzeczypospolitej Polskiej, Warszawa', fr: 'Sejm Rzeczypospolitej Polskiej, Warszawa' },
  ),
  H(
    'krk',
    'plsen',
    { en: 'Kraków', fr: 'Cracovie', pl: 'Kraków' },
    { en: 'Jagiellonian University, Collegium Novum', fr: 'Université Jagellonne, Collegium Novum', pl: 'Uniwersytet Jagielloński, Collegium Novum' },
    { en: 'Senat Rzeczypospolitej Polskiej, Kraków', fr: 'Senat Rzeczypospolitej Polskiej, Kraków' },
  ),
  H(
    'lodz',
    'plsej',
    { en: 'Łódź', fr: 'Łódź' },
    { en: 'EC1 Łódź – City of Culture', fr: 'EC1 Łódź – Cité de la culture', pl: 'EC1 Łódź – Miasto Kultury' },
    { en: 'Sejm Rzeczypospolitej Polskiej, Łódź', fr: 'Sejm Rzeczypospolitej Polskiej, Łódź' },
  ),
  H(
    'prg',
    'czpsp',
    { en: 'Prague', fr: 'Prague', cs: 'Praha' },
    { en: 'Chamber of Deputies, Thun Palace', fr: 'Chambre des députés, palais Thun', cs: 'Poslanecká sněmovna, Thunovský palác' },
    { en: 'Poslanecká sněmovna, Praha', fr: 'Poslanecká sněmovna, Praha' },
  ),
  H(
    'brno',
    'czsen',
    { en: 'Brno', fr: 'Brno' },
    { en: 'Brno Exhibition Centre, Pavilion E', fr: 'Parc des expositions de Brno, pavillon E', cs: 'Výstaviště Brno, pavilon E' },
    { en: 'Senát Parlamentu České republiky, Brno', fr: 'Senát Parlamentu České republiky, Brno' },
  ),
  H(
    'cbu',
    'czsen',
    { en: 'České Budějovice', fr: 'České Budějovice' },
    { en: 'South Bohemian Regional Authority', fr: 'Conseil régional de Bohême du Sud', cs: 'Krajský úřad Jihočeského kraje' },
    { en: 'Senát, České Budějovice', fr: 'Senát, České Budějovice' },
  ),
  H(
    'buc',
    'roden',
    { en: 'Bucharest', fr: 'Bucarest', ro: 'București' },
    {
      en: 'Palace of the Parliament, Nicolae Bălcescu Hall',
      fr: 'Palais du Parlement, salle Nicolae Bălcescu',
      ro: 'Palatul Parlamentului, Sala Nicolae Bălcescu',
    },
    { en: 'Camera Deputaților, București', fr: 'Camera Deputaților, București' },
  ),
  H(
    'iasi',
    'rosen',
    { en: 'Iași', fr: 'Iași' },
    { en: 'Palace of Culture', fr: 'Palais de la Culture', ro: 'Palatul Culturii' },
    { en: 'Senatul României, Iași', fr: 'Senatul României, Iași' },
  ),
  H(
    'tim',
    'roden',
    { en: 'Timișoara', fr: 'Timișoara' },
    { en: 'West University of Timișoara', fr: "Université de l'Ouest de Timișoara", ro: 'Universitatea de Vest din Timișoara' },
    { en: 'Camera Deputaților, Timișoara', fr: 'Camera Deputaților, Timișoara' },
  ),
  H(
    'vlt',
    'mtkam',
    { en: 'Valletta', fr: 'La Valette', mt: 'Il-Belt Valletta' },
    { en: 'Parliament House', fr: 'Palais du Parlement', mt: 'Il-Palazz tal-Parlament' },
    { en: 'Kamra tad-Deputati, Il-Belt Valletta', fr: 'Kamra tad-Deputati, Il-Belt Valletta' },
  ),
  H(
    'gozo',
    'mtkam',
    { en: 'Victoria, Gozo', fr: 'Victoria, Gozo', mt: 'Ir-Rabat, Għawdex' },
    { en: 'Ministry for Gozo, conference hall', fr: 'Ministère de Gozo, salle de conférence', mt: 'Il-Ministeru għal Għawdex, sala tal-konferenzi' },
    { en: 'Kamra tad-Deputati, Għawdex', fr: 'Kamra tad-Deputati, Għawdex' },
  ),
  H(
    'ber',
    'debta',
    { en: 'Berlin', fr: 'Berlin' },
    { en: 'Paul-Löbe-Haus, Europasaal', fr: 'Paul-Löbe-Haus, salle Europe', de: 'Paul-Löbe-Haus, Europasaal' },
    { en: 'Deutscher Bundestag, Berlin', fr: 'Deutscher Bundestag, Berlin' },
  ),
  H(
    'koln',
    'debra',
    { en: 'Cologne', fr: 'Cologne', de: 'Köln' },
    { en: 'Gürzenich', fr: 'Gürzenich', de: 'Gürzenich Köln' },
    { en: 'Bundesrat, Köln', fr: 'Bundesrat, Köln' },
  ),
  H(
    'hel',
    'fiedu',
    { en: 'Helsinki', fr: 'Helsinki' },
    { en: 'Parliament House, Little Parliament', fr: 'Parlement, Petit Parlement', fi: 'Eduskuntatalo, Pikkuparlamentti' },
    { en: 'Eduskunta, Helsinki', fr: 'Eduskunta, Helsinki' },
  ),
  H(
    'lis',
    'ptass',
    { en: 'Lisbon', fr: 'Lisbonne', pt: 'Lisboa' },
    { en: 'São Bento Palace, Senate Hall', fr: 'Palais de São Bento, salle du Sénat', pt: 'Palácio de São Bento, Sala do Senado' },
    { en: 'Assembleia da República, Lisboa', fr: 'Assembleia da República, Lisboa' },
  ),
  H(
    'bxl',
    'ep',
    { en: 'Brussels', fr: 'Bruxelles', nl: 'Brussel' },
    { en: 'European Parliament, József Antall building, room JAN 4Q2', fr: 'Parlement européen, bâtiment József Antall, salle JAN 4Q2' },
    { en: 'European Parliament, Brussels', fr: 'Parlement européen, Bruxelles' },
  ),
  H(
    'sxb',
    'ep',
    { en: 'Strasbourg', fr: 'Strasbourg' },
    { en: 'European Parliament, Louise Weiss building', fr: 'Parlement européen, bâtiment Louise Weiss' },
    { en: 'European Parliament, Strasbourg', fr: 'Parlement européen, Strasbourg' },
  ),
  H(
    'parS',
    'frsen',
    { en: 'Paris', fr: 'Paris' },
    { en: 'Palais du Luxembourg, Salle Clemenceau', fr: 'Palais du Luxembourg, salle Clemenceau' },
    { en: 'French Sénat, Paris', fr: 'Sénat, Paris' },
  ),
  H(
    'parA',
    'frass',
    { en: 'Paris', fr: 'Paris' },
    { en: 'Hôtel de Lassay', fr: 'Hôtel de Lassay' },
    { en: 'Assemblée nationale, Paris', fr: 'Assemblée nationale, Paris' },
  ),
  H(
    'rom',
    'itcam',
    { en: 'Rome', fr: 'Rome', it: 'Roma' },
    { en: 'Palazzo Montecitorio, Sala della Regina', fr: 'Palais Montecitorio, Sala della Regina', it: 'Palazzo Montecitorio, Sala della Regina' },
    { en: 'Camera dei deputati, Roma', fr: 'Camera dei deputati, Roma' },
  ),
  H(
    'mad',
    'escon',
    { en: 'Madrid', fr: 'Madrid' },
    {
      en: 'Congress of Deputies, Hall of Lost Steps',
      fr: 'Congrès des députés, salle des Pas perdus',
      es: 'Congreso de los Diputados, Salón de los Pasos Perdidos',
    },
    { en: 'Congreso de los Diputados, Madrid', fr: 'Congreso de los Diputados, Madrid' },
  ),
  H(
    'rig',
    'lvsae',
    { en: 'Riga', fr: 'Riga', lv: 'Rīga' },
    { en: 'Saeima, Red Hall', fr: 'Saeima, salle Rouge', lv: 'Saeima, Sarkanā zāle' },
    { en: 'Saeima, Rīga', fr: 'Saeima, Rīga' },
  ),
  H(
    'tll',
    'eerii',
    { en: 'Tallinn', fr: 'Tallinn' },
    {
      en: 'Toompea Castle, Riigikogu conference hall',
      fr: 'Château de Toompea, salle de conférence du Riigikogu',
      et: 'Toompea loss, Riigikogu konverentsisaal',
    },
    { en: 'Riigikogu, Tallinn', fr: 'Riigikogu, Tallinn' },
  ),
  H(
    'vie',
    'atnr',
    { en: 'Vienna', fr: 'Vienne', de: 'Wien' },
    { en: 'Parliament, Historic Assembly Chamber', fr: 'Parlement, salle historique des séances', de: 'Parlament, Historischer Sitzungssaal' },
    { en: 'Nationalrat, Wien', fr: 'Nationalrat, Wien' },
  ),
  H(
    'bud',
    'huors',
    { en: 'Budapest', fr: 'Budapest' },
    { en: 'Hungarian Parliament Building, Hunting Hall', fr: 'Parlement hongrois, salle de la Chasse', hu: 'Országház, Vadászterem' },
    { en: 'Országgyűlés, Budapest', fr: 'Országgyűlés, Budapest' },
  ),
  H(
    'zag',
    'hrsab',
    { en: 'Zagreb', fr: 'Zagreb' },
    { en: 'Croatian Parliament, Great Hall', fr: 'Parlement croate, grande salle', hr: 'Hrvatski sabor, Velika vijećnica' },
    { en: 'Hrvatski sabor, Zagreb', fr: 'Hrvatski sabor, Zagreb' },
  ),
  H(
    'bts',
    'sknrs',
    { en: 'Bratislava', fr: 'Bratislava' },
    { en: 'National Council, Dubček Hall', fr: 'Conseil national, salle Dubček', sk: 'Národná rada, Dubčekova sála' },
    { en: 'Národná rada, Bratislava', fr: 'Národná rada, Bratislava' },
  ),
  H(
    'hag',
    'nltk',
    { en: 'The Hague', fr: 'La Haye', nl: 'Den Haag' },
    { en: 'House of Representatives, Thorbecke Hall', fr: 'Seconde Chambre, salle Thorbecke', nl: 'Tweede Kamer, Thorbeckezaal' },
    { en: 'Tweede Kamer, Den Haag', fr: 'Tweede Kamer, Den Haag' },
  ),
  H(
    'sto',
    'seriks',
    { en: 'Stockholm', fr: 'Stockholm' },
    { en: 'Riksdag, Skandia Hall', fr: 'Riksdag, salle Skandia', sv: 'Riksdagen, Skandiasalen' },
    { en: 'Sveriges riksdag, Stockholm', fr: 'Sveriges riksdag, Stockholm' },
  ),
  H(
    'dub',
    'iedai',
    { en: 'Dublin', fr: 'Dublin', ga: 'Baile Átha Cliath' },
    { en: 'Dublin Castle', fr: 'Château de Dublin', ga: 'Caisleán Bhaile Átha Cliath' },
    { en: 'Houses of the Oireachtas, Dublin', fr: 'Oireachtas, Dublin' },
  ),
  H(
    'dubL',
    'iedai',
    { en: 'Dublin', fr: 'Dublin', ga: 'Baile Átha Cliath' },
    { en: 'Leinster House', fr: 'Leinster House', ga: 'Teach Laighean' },
    { en: 'Houses of the Oireachtas, Dublin', fr: 'Oireachtas, Dublin' },
  ),
  H(
    'vno',
    'ltsei',
    { en: 'Vilnius', fr: 'Vilnius' },
    { en: 'Seimas, Constitution Hall', fr: 'Seimas, salle de la Constitution', lt: 'Seimas, Konstitucijos salė' },
    { en: 'Seimas, Vilnius', fr: 'Seimas, Vilnius' },
  ),
  H(
    'nic',
    'cyvou',
    { en: 'Nicosia', fr: 'Nicosie', el: 'Λευκωσία' },
    { en: 'House of Representatives', fr: 'Chambre des représentants', el: 'Βουλή των Αντιπροσώπων' },
    { en: 'Βουλή των Αντιπροσώπων, Λευκωσία', fr: 'Βουλή των Αντιπροσώπων, Λευκωσία' },
  ),
  H(
    'cph',
    'dkfol',
    { en: 'Copenhagen', fr: 'Copenhague', da: 'København' },
    { en: 'Christiansborg Palace', fr: 'Palais de Christiansborg', da: 'Christiansborg Slot' },
    { en: 'Folketinget, København', fr: 'Folketinget, København' },
  ),
  H(
    'lux',
    'luchd',
    { en: 'Luxembourg', fr: 'Luxembourg' },
    { en: 'Chamber of Deputies, plenary hall', fr: 'Chambre des députés, salle plénière' },
    { en: 'Chambre des Députés, Luxembourg', fr: 'Chambre des Députés, Luxembourg' },
  ),
  H(
    'lju',
    'sidz',
    { en: 'Ljubljana', fr: 'Ljubljana' },
    { en: 'National Assembly, Great Hall', fr: 'Assemblée nationale, grande salle', sl: 'Državni zbor, velika dvorana' },
    { en: 'Državni zbor, Ljubljana', fr: 'Državni zbor, Ljubljana' },
  ),
];
const HOST = new Map(HOSTS.map((h) => [h.key, h]));
/** A host by key. */
export function host(key: string): Host {
  const h = HOST.get(key);
  if (!h) throw new Error(`unknown host ${key}`);
  return h;
}
/** Keys of the hosts in national parliaments. */
export const NATIONAL_HOSTS = HOSTS.filter((h) => h.code !== 'ep' && !['dub', 'nic', 'vno'].includes(h.key)).map((h) => h.key);

/** A Council presidency. */
export interface Presidency {
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
/** The presidency on a day. */
export function presidencyAt(d: string): Presidency {
  return must(
    [...PRESIDENCIES].reverse().find((p) => d.slice(0, 10) >= p.from),
    `no presidency on ${d}`,
  );
}

/** What the sample says about a conference. */
export interface ConfInfo {
  name: L;
  short: L;
  link: string;
  about: L;
  tags: string[];
}
/** The interparliamentary conferences. */
export const CONFS: Record<Exclude<Conference, 'other'>, ConfInfo> = {
  cosac: {
    name: {
      en: 'Conference of Parliamentary Committees for Union Affairs of Parliaments of the European Union (COSAC)',
      fr: "Conférence des organes parlementaires spécialisés dans les affaires de l'Union des parlements de l'Union européenne (COSAC)",
    },
    short: { en: 'COSAC', fr: 'COSAC' },
    link: `${IPEX}/conferences/cosac`,
    about: {
      en: 'COSAC brings together six members of the EU affairs committee of each national parliament and six members of the European Parliament. It meets in plenary twice a year in the country holding the presidency of the Council, each plenary being prepared by a meeting of the chairpersons. Under Protocol No 1 to the Treaties it may submit contributions to the EU institutions.',
      fr: "La COSAC réunit six membres de la commission des affaires européennes de chaque parlement national et six membres du Parlement européen. Elle se réunit en séance plénière deux fois par an dans le pays qui exerce la présidence du Conseil, chaque plénière étant préparée par une réunion des présidents. En vertu du protocole n° 1 annexé aux traités, elle peut adresser des contributions aux institutions de l'Union.",
    },
    tags: ['cosac'],
  },
  speakers: {
    name: { en: 'Conference of Speakers of the European Union Parliaments', fr: "Conférence des présidents des parlements de l'Union européenne" },
    short: { en: "Speakers' Conference", fr: 'Conférence des présidents' },
    link: `${IPEX}/conferences/speakers`,
    about: {
      en: 'The Conference of Speakers of the European Union Parliaments meets once a year, hosted by the parliament of the member state that held the presidency of the Council in the second half of the previous year. It oversees interparliamentary cooperation in the Union, including IPEX, and is prepared by a meeting of the Secretaries-General.',
      fr: "La Conférence des présidents des parlements de l'Union européenne se réunit une fois par an, à l'invitation du parlement de l'État membre qui a exercé la présidence du Conseil au second semestre de l'année précédente. Elle supervise la coopération interparlementaire dans l'Union, y compris IPEX, et est préparée par une réunion des secrétaires généraux.",
    },
    tags: ['speakers-conference'],
  },
  'jpsg-europol': {
    name: { en: 'Joint Parliamentary Scrutiny Group on Europol (JPSG)', fr: "Groupe de contrôle parlementaire conjoint d'Europol (GCPC)" },
    short: { en: 'JPSG Europol', fr: 'GCPC Europol' },
    link: `${IPEX}/conferences/jpsg`,
    about: {
      en: "The Joint Parliamentary Scrutiny Group, set up under Article 51 of Regulation (EU) 2016/794, politically monitors Europol's activities and their impact on fundamental rights. It meets twice a year, co-chaired by the parliament of the country holding the presidency of the Council and the European Parliament.",
      fr: "Le groupe de contrôle parlementaire conjoint, institué par l'article 51 du règlement (UE) 2016/794, assure le contrôle politique des activités d'Europol et de leur incidence sur les droits fondamentaux. Il se réunit deux fois par an, sous la coprésidence du parlement du pays qui exerce la présidence du Conseil et du Parlement européen.",
    },
    tags: ['europol'],
  },
  'ipc-cfsp-csdp': {
    name: {
      en: 'Interparliamentary Conference for the Common Foreign and Security Policy and the Common Security and Defence Policy (IPC CFSP/CSDP)',
      fr: 'Conférence interparlementaire pour la politique étrangère et de sécurité commune et la politique de sécurité et de défense commune (CIP PESC/PSDC)',
    },
    short: { en: 'IPC CFSP/CSDP', fr: 'CIP PESC/PSDC' },
    link: `${IPEX}/conferences/ipc-cfsp-csdp`,
    about: {
      en: "The IPC CFSP/CSDP brings together delegations of the foreign affairs and defence committees of national parliaments and of the European Parliament every six months in the presidency country. It debates the Union's external action with the High Representative of the Union for Foreign Affairs and Security Policy.",
      fr: "La CIP PESC/PSDC réunit tous les six mois, dans le pays de la présidence, les délégations des commissions des affaires étrangères et de la défense des parlements nationaux et du Parlement européen. Elle débat de l'action extérieure de l'Union avec la haute représentante de l'Union pour les affaires étrangères et la politique de sécurité.",
    },
    tags: ['cfsp-csdp'],
  },
  'ipc-secg': {
    name: {
      en: 'Interparliamentary Conference on Stability, Economic Coordination and Governance in the European Union (IPC SECG)',
      fr: "Conférence interparlementaire sur la stabilité, la coordination économique et la gouvernance au sein de l'Union européenne (CIP SCEG)",
    },
    short: { en: 'Article 13 Conference', fr: "Conférence de l'article 13" },
    link: `${IPEX}/conferences/ipc-secg`,
    about: {
      en: 'Established under Article 13 of the Treaty on Stability, Coordination and Governance in the Economic and Monetary Union, the conference discusses budgetary policy and economic governance. It meets in Brussels during the European Parliamentary Week in the first half of the year and in the presidency country in the second half.',
      fr: "Instituée en vertu de l'article 13 du traité sur la stabilité, la coordination et la gouvernance au sein de l'Union économique et monétaire, la conférence débat de la politique budgétaire et de la gouvernance économique. Elle se réunit à Bruxelles pendant la Semaine parlementaire européenne au premier semestre et dans le pays de la présidence au second semestre.",
    },
    tags: ['economic-governance'],
  },
};

/** The sessions of a meeting under a presidency. */
export type SessionFn = (p: Presidency) => L[];
/** Sessions per meeting type. */
export const SESSIONS: Record<string, SessionFn> = {
  'cosac-plenary': (p) => [
    { en: `Achievements of ${p.of.en} of the Council of the European Union`, fr: `Bilan de ${p.of.fr} du Conseil de l'Union européenne` },
    {
      en: 'The multiannual financial framework 2028-2034: what role for national parliaments?',
      fr: 'Le cadre financier pluriannuel 2028-2034 : quel rôle pour les parlements nationaux ?',
    },
    { en: 'Enlargement and the reform of the Union', fr: "L'élargissement et la réforme de l'Union" },
    { en: 'Competitiveness and the simplification of EU legislation', fr: "La compétitivité et la simplification de la législation de l'Union" },
    {
      en: 'Exchange of views with the Executive Vice-President of the European Commission responsible for interinstitutional relations',
      fr: 'Échange de vues avec le vice-président exécutif de la Commission européenne chargé des relations interinstitutionnelles',
    },
    { en: 'Adoption of the contribution and conclusions', fr: 'Adoption de la contribution et des conclusions' },
  ],
  'cosac-chairs': (p) => [
    { en: `Priorities of ${p.of.en}`, fr: `Priorités de ${p.of.fr}` },
    { en: 'Draft agenda of the plenary meeting', fr: "Projet d'ordre du jour de la réunion plénière" },
    { en: 'Outline of the bi-annual report of COSAC', fr: 'Structure du rapport semestriel de la COSAC' },
    {
      en: 'European security and defence: the contribution of national parliaments',
      fr: 'Sécurité et défense européennes : la contribution des parlements nationaux',
    },
  ],
  speakers: () => [
    {
      en: 'Parliamentary democracy in times of disinformation and foreign interference',
      fr: 'La démocratie parlementaire face à la désinformation et aux ingérences étrangères',
    },
    { en: 'The role of parliaments in the enlargement process', fr: "Le rôle des parlements dans le processus d'élargissement" },
    { en: 'Interparliamentary cooperation: IPEX and the future of the network', fr: "La coopération interparlementaire : IPEX et l'avenir du réseau" },
    { en: 'Adoption of the Presidency conclusions', fr: 'Adoption des conclusions de la présidence' },
  ],
  'speakers-sg': () => [
    { en: 'Preparation of the Conference of Speakers', fr: 'Préparation de la Conférence des présidents' },
    { en: 'Report of the IPEX Board and the IPEX work programme', fr: "Rapport du conseil d'IPEX et programme de travail d'IPEX" },
    { en: 'Draft Presidency conclusions', fr: 'Projet de conclusions de la présidence' },
  ],
  'jpsg-europol': () => [
    { en: "Europol's activities: report by Europol's Executive Director", fr: "Activités d'Europol : rapport présenté par la direction exécutive d'Europol" },
    {
      en: "Report of the European Data Protection Supervisor on Europol's processing of personal data",
      fr: 'Rapport du Contrôleur européen de la protection des données sur le traitement des données à caractère personnel par Europol',
    },
    { en: "Europol's support in the fight against migrant smuggling", fr: "Le soutien d'Europol à la lutte contre le trafic de migrants" },
    { en: "Europol's multiannual programming 2027-2029", fr: "La programmation pluriannuelle d'Europol 2027-2029" },
    {
      en: 'Thematic debate: drug trafficking and criminal networks in EU ports',
      fr: "Débat thématique : le trafic de drogue et les réseaux criminels dans les ports de l'Union",
    },
  ],
  'ipc-cfsp-csdp': () => [
    {
      en: 'Priorities of the CFSP and the CSDP: exchange of views with the High Representative/Vice-President',
      fr: 'Priorités de la PESC et de la PSDC : échange de vues avec la haute représentante/vice-présidente',
    },
    { en: 'European defence readiness and the defence industrial base', fr: 'La préparation de la défense européenne et la base industrielle de défense' },
    { en: 'Support for Ukraine', fr: "Le soutien à l'Ukraine" },
    { en: 'Security in the Eastern Mediterranean and the Middle East', fr: 'La sécurité en Méditerranée orientale et au Moyen-Orient' },
    {
      en: 'Workshop: hybrid threats and the resilience of democratic institutions',
      fr: 'Atelier : menaces hybrides et résilience des institutions démocratiques',
    },
  ],
  'ipc-secg': () => [
    { en: 'Competitiveness, productivity and the single market', fr: 'Compétitivité, productivité et marché unique' },
    { en: 'Implementation of the reformed economic governance framework', fr: 'Mise en œuvre du cadre de gouvernance économique réformé' },
    { en: 'Financing defence: fiscal rules and the national escape clause', fr: 'Financer la défense : règles budgétaires et clause dérogatoire nationale' },
    { en: 'The European Semester and the role of national parliaments', fr: 'Le Semestre européen et le rôle des parlements nationaux' },
    { en: 'Completing the Savings and Investments Union', fr: "Achever l'union de l'épargne et de l'investissement" },
  ],
  'ipex-board': () => [
    { en: 'Implementation of the IPEX strategy and digital work programme', fr: 'Mise en œuvre de la stratégie IPEX et du programme de travail numérique' },
    { en: 'Statistics on the use of IPEX by national parliaments', fr: "Statistiques sur l'utilisation d'IPEX par les parlements nationaux" },
    { en: 'Preparation of the meeting of IPEX correspondents', fr: 'Préparation de la réunion des correspondants IPEX' },
  ],
  'ipex-corr': () => [
    { en: 'News from the IPEX Board', fr: "Nouvelles du conseil d'IPEX" },
    { en: 'Workshop: uploading scrutiny documents and reasoned opinions', fr: 'Atelier : mise en ligne des documents de contrôle et des avis motivés' },
    { en: 'Workshop: the IPEX calendar and interparliamentary conferences', fr: 'Atelier : le calendrier IPEX et les conférences interparlementaires' },
    { en: 'Sharing pages of the IPEX Hub on social media', fr: "Partager les pages de l'IPEX Hub sur les réseaux sociaux" },
  ],
};
