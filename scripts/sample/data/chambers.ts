// The chambers of the sample: the 39 national chambers and the European Parliament, with names and texts in their own language.
import type { L } from '../basics.ts';

/** A chamber with the texts the sample uses for it. */
export interface ChamberDef {
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
  /** First day its state was a member of the Union, for states that joined in 2004 or later. */
  memberFrom?: string;
  /** Last day its state was a member, for a former member state. */
  memberUntil?: string;
}

/** When the states that joined since 2004 joined (Acts of Accession of 2003, 2005 and 2012). */
const JOINED: Record<string, string> = {
  CY: '2004-05-01',
  CZ: '2004-05-01',
  EE: '2004-05-01',
  HU: '2004-05-01',
  LV: '2004-05-01',
  LT: '2004-05-01',
  MT: '2004-05-01',
  PL: '2004-05-01',
  SK: '2004-05-01',
  SI: '2004-05-01',
  BG: '2007-01-01',
  RO: '2007-01-01',
  HR: '2013-07-01',
};

/** The language(s) of chambers' own names, by country; " / " parts of a name follow the "/" parts here. */
export const NAME_LANGS: Record<string, string> = {
  AT: 'de',
  BE: 'fr/nl',
  BG: 'bg',
  HR: 'hr',
  CY: 'el',
  CZ: 'cs',
  DK: 'da',
  EE: 'et',
  FI: 'fi/sv',
  FR: 'fr',
  DE: 'de',
  GR: 'el',
  HU: 'hu',
  IE: 'ga',
  IT: 'it',
  LV: 'lv',
  LT: 'lt',
  LU: 'fr',
  MT: 'mt',
  NL: 'nl',
  PL: 'pl',
  PT: 'pt',
  RO: 'ro',
  SK: 'sk',
  SI: 'sl',
  ES: 'es',
  SE: 'sv',
  GB: 'en',
  EU: 'en',
};

/** The 39 national chambers, the United Kingdom's two (a member state until 31 January 2020) and the European Parliament. */
export const CHAMBERS: ChamberDef[] = (
  [
    {
      code: 'atnr',
      country: 'AT',
      name: 'Nationalrat',
      names: { en: 'Austrian National Council', fr: 'Conseil national autrichien' },
      t: { en: 'Austrian Nationalrat', fr: 'Nationalrat autrichien' },
      ref: { en: 'the Austrian Nationalrat', fr: 'le Conseil national autrichien (Nationalrat)' },
      committee: {
        en: 'its Standing Subcommittee on European Union Affairs (Ständiger Unterausschuss in Angelegenheiten der Europäischen Union)',
        fr: "sa sous-commission permanente des affaires de l'Union européenne (Ständiger Unterausschuss in Angelegenheiten der Europäischen Union)",
      },
    },
    {
      code: 'atbr',
      country: 'AT',
      name: 'Bundesrat',
      names: { en: 'Austrian Federal Council', fr: 'Conseil fédéral autrichien' },
      t: { en: 'Austrian Bundesrat', fr: 'Bundesrat autrichien' },
      ref: { en: 'the Austrian Bundesrat', fr: 'le Conseil fédéral autrichien (Bundesrat)' },
      committee: { en: 'its EU Committee (EU-Ausschuss des Bundesrates)', fr: "sa commission de l'UE (EU-Ausschuss des Bundesrates)" },
    },
    {
      code: 'bekam',
      country: 'BE',
      name: 'Chambre des représentants de Belgique / Belgische Kamer van volksvertegenwoordigers',
      names: { en: 'Belgian Chamber of Representatives', fr: 'Chambre des représentants de Belgique' },
      t: { en: 'Belgian Chamber of Representatives', fr: 'Chambre des représentants de Belgique' },
      ref: { en: 'the Belgian Chamber of Representatives', fr: 'la Chambre des représentants de Belgique' },
    },
    {
      code: 'besen',
      country: 'BE',
      name: 'Sénat de Belgique / Belgische Senaat',
      names: { en: 'Belgian Senate', fr: 'Sénat de Belgique' },
      t: { en: 'Belgian Senate', fr: 'Sénat de Belgique' },
      ref: { en: 'the Belgian Senate', fr: 'le Sénat de Belgique' },
    },
    {
      code: 'bgnsb',
      country: 'BG',
      name: 'Народно събрание',
      names: { en: 'National Assembly of the Republic of Bulgaria', fr: 'Assemblée nationale de la République de Bulgarie' },
      t: { en: 'Народно събрание', fr: 'Народно събрание' },
      ref: { en: 'the Bulgarian National Assembly (Народно събрание)', fr: "l'Assemblée nationale bulgare (Народно събрание)" },
      committee: {
        en: 'its Committee on European Affairs and Oversight of the European Funds (Комисия по европейските въпроси и контрол на европейските фондове)',
        fr: 'sa commission des affaires européennes et du contrôle des fonds européens (Комисия по европейските въпроси и контрол на европейските фондове)',
      },
    },
    {
      code: 'hrsab',
      country: 'HR',
      name: 'Hrvatski sabor',
      names: { en: 'Croatian Parliament', fr: 'Parlement croate' },
      t: { en: 'Hrvatski sabor', fr: 'Hrvatski sabor' },
      ref: { en: 'the Croatian Parliament (Hrvatski sabor)', fr: 'le Parlement croate (Hrvatski sabor)' },
      committee: { en: 'its European Affairs Committee (Odbor za europske poslove)', fr: 'sa commission des affaires européennes (Odbor za europske poslove)' },
    },
    {
      code: 'cyvou',
      country: 'CY',
      name: 'Βουλή των Αντιπροσώπων',
      names: { en: 'House of Representatives of Cyprus', fr: 'Chambre des représentants de Chypre' },
      t: { en: 'Βουλή των Αντιπροσώπων', fr: 'Βουλή των Αντιπροσώπων' },
      ref: { en: 'the Cypriot House of Representatives (Βουλή των Αντιπροσώπων)', fr: 'la Chambre des représentants de Chypre (Βουλή των Αντιπροσώπων)' },
      committee: { en: 'its House Standing Committee on Foreign and European Affairs', fr: 'sa commission permanente des affaires étrangères et européennes' },
    },
    {
      code: 'czpsp',
      country: 'CZ',
      name: 'Poslanecká sněmovna Parlamentu České republiky',
      names: { en: 'Chamber of Deputies of the Czech Republic', fr: 'Chambre des députés de la République tchèque' },
      t: { en: 'Poslanecká sněmovna', fr: 'Poslanecká sněmovna' },
      ref: { en: 'the Czech Chamber of Deputies (Poslanecká sněmovna)', fr: 'la Chambre des députés tchèque (Poslanecká sněmovna)' },
      committee: {
        en: 'its Committee on European Affairs (Výbor pro evropské záležitosti)',
        fr: 'sa commission des affaires européennes (Výbor pro evropské záležitosti)',
      },
    },
    {
      code: 'czsen',
      country: 'CZ',
      name: 'Senát Parlamentu České republiky',
      names: { en: 'Senate of the Czech Republic', fr: 'Sénat de la République tchèque' },
      t: { en: 'Czech Senát', fr: 'Senát tchèque' },
      ref: { en: 'the Czech Senate (Senát Parlamentu České republiky)', fr: 'le Sénat tchèque (Senát Parlamentu České republiky)' },
      committee: {
        en: 'its Committee on EU Affairs (Výbor pro záležitosti Evropské unie)',
        fr: "sa commission des affaires de l'UE (Výbor pro záležitosti Evropské unie)",
      },
    },
    {
      code: 'dkfol',
      country: 'DK',
      name: 'Folketinget',
      names: { en: 'Danish Parliament', fr: 'Parlement danois' },
      t: { en: 'Danish Folketing', fr: 'Folketing danois' },
      ref: { en: 'the Danish Folketing', fr: 'le Folketing danois' },
      committee: { en: 'its European Affairs Committee (Europaudvalget)', fr: 'sa commission des affaires européennes (Europaudvalget)' },
    },
    {
      code: 'eerii',
      country: 'EE',
      name: 'Riigikogu',
      names: { en: 'Riigikogu (Parliament of Estonia)', fr: 'Riigikogu (Parlement estonien)' },
      t: { en: 'Estonian Riigikogu', fr: 'Riigikogu estonien' },
      ref: { en: 'the Estonian Riigikogu', fr: 'le Riigikogu estonien' },
    },
    {
      code: 'fiedu',
      country: 'FI',
      name: 'Eduskunta / Riksdagen',
      names: { en: 'Parliament of Finland', fr: 'Parlement finlandais' },
      t: { en: 'Finnish Eduskunta', fr: 'Eduskunta finlandaise' },
      ref: { en: 'the Finnish Eduskunta', fr: 'le Parlement finlandais (Eduskunta)' },
      committee: { en: 'its Grand Committee (suuri valiokunta)', fr: 'sa Grande Commission (suuri valiokunta)' },
    },
    {
      code: 'frass',
      country: 'FR',
      name: 'Assemblée nationale',
      names: { en: 'French National Assembly', fr: 'Assemblée nationale' },
      t: { en: 'French Assemblée nationale', fr: 'Assemblée nationale' },
      ref: { en: 'the French Assemblée nationale', fr: "l'Assemblée nationale" },
      committee: { en: 'its Committee on European Affairs (commission des affaires européennes)', fr: 'sa commission des affaires européennes' },
    },
    {
      code: 'frsen',
      country: 'FR',
      name: 'Sénat',
      names: { en: 'French Senate', fr: 'Sénat' },
      t: { en: 'French Sénat', fr: 'Sénat' },
      ref: { en: 'the French Sénat', fr: 'le Sénat' },
      committee: { en: 'its Committee on European Affairs (commission des affaires européennes)', fr: 'sa commission des affaires européennes' },
    },
    {
      code: 'debta',
      country: 'DE',
      name: 'Deutscher Bundestag',
      names: { en: 'German Bundestag', fr: 'Bundestag allemand' },
      t: { en: 'Deutscher Bundestag', fr: 'Deutscher Bundestag' },
      ref: { en: 'the German Bundestag', fr: 'le Bundestag allemand' },
      committee: {
        en: 'its Committee on the Affairs of the European Union (Ausschuss für die Angelegenheiten der Europäischen Union)',
        fr: "sa commission des affaires de l'Union européenne (Ausschuss für die Angelegenheiten der Europäischen Union)",
      },
    },
    {
      code: 'debra',
      country: 'DE',
      name: 'Bundesrat',
      names: { en: 'German Bundesrat', fr: 'Bundesrat allemand' },
      t: { en: 'German Bundesrat', fr: 'Bundesrat allemand' },
      ref: { en: 'the German Bundesrat', fr: 'le Bundesrat allemand' },
      committee: {
        en: 'its Committee on Questions of the European Union (Ausschuss für Fragen der Europäischen Union)',
        fr: "sa commission des questions de l'Union européenne (Ausschuss für Fragen der Europäischen Union)",
      },
    },
    {
      code: 'grvou',
      country: 'GR',
      name: 'Βουλή των Ελλήνων',
      names: { en: 'Hellenic Parliament', fr: 'Parlement hellénique' },
      t: { en: 'Βουλή των Ελλήνων', fr: 'Βουλή των Ελλήνων' },
      ref: { en: 'the Hellenic Parliament (Βουλή των Ελλήνων)', fr: 'le Parlement hellénique (Βουλή των Ελλήνων)' },
      committee: {
        en: 'its Standing Committee on European Affairs (Διαρκής Επιτροπή Ευρωπαϊκών Υποθέσεων)',
        fr: 'sa commission permanente des affaires européennes (Διαρκής Επιτροπή Ευρωπαϊκών Υποθέσεων)',
      },
    },
    {
      code: 'huors',
      country: 'HU',
      name: 'Országgyűlés',
      names: { en: 'Hungarian National Assembly', fr: 'Assemblée nationale hongroise' },
      t: { en: 'Hungarian Országgyűlés', fr: 'Országgyűlés hongrois' },
      ref: { en: 'the Hungarian National Assembly (Országgyűlés)', fr: "l'Assemblée nationale hongroise (Országgyűlés)" },
      committee: {
        en: 'its Committee on European Affairs (Európai ügyek bizottsága)',
        fr: 'sa commission des affaires européennes (Európai ügyek bizottsága)',
      },
    },
    {
      code: 'iedai',
      country: 'IE',
      name: 'Dáil Éireann',
      names: { en: 'Dáil Éireann (House of Representatives of Ireland)', fr: "Dáil Éireann (Chambre des représentants d'Irlande)" },
      t: { en: 'Dáil Éireann', fr: 'Dáil Éireann' },
      ref: { en: 'Dáil Éireann', fr: 'le Dáil Éireann' },
      committee: {
        en: 'the Joint Committee on European Union Affairs of the Houses of the Oireachtas',
        fr: "la commission mixte des affaires de l'Union européenne des chambres de l'Oireachtas",
      },
    },
    {
      code: 'iesea',
      country: 'IE',
      name: 'Seanad Éireann',
      names: { en: 'Seanad Éireann (Senate of Ireland)', fr: "Seanad Éireann (Sénat d'Irlande)" },
      t: { en: 'Seanad Éireann', fr: 'Seanad Éireann' },
      ref: { en: 'Seanad Éireann', fr: 'le Seanad Éireann' },
      committee: {
        en: 'the Joint Committee on European Union Affairs of the Houses of the Oireachtas',
        fr: "la commission mixte des affaires de l'Union européenne des chambres de l'Oireachtas",
      },
    },
    {
      code: 'itcam',
      country: 'IT',
      name: 'Camera dei deputati',
      names: { en: 'Italian Chamber of Deputies', fr: 'Chambre des députés italienne' },
      t: { en: 'Italian Camera dei deputati', fr: 'Camera dei deputati italienne' },
      ref: { en: 'the Italian Chamber of Deputies (Camera dei deputati)', fr: 'la Chambre des députés italienne (Camera dei deputati)' },
      committee: {
        en: "its EU Policies Committee (Commissione Politiche dell'Unione europea)",
        fr: "sa commission des politiques de l'Union européenne (Commissione Politiche dell'Unione europea)",
      },
    },
    {
      code: 'itsen',
      country: 'IT',
      name: 'Senato della Repubblica',
      names: { en: 'Italian Senate', fr: 'Sénat italien' },
      t: { en: 'Italian Senato', fr: 'Senato italien' },
      ref: { en: 'the Italian Senate (Senato della Repubblica)', fr: 'le Sénat italien (Senato della Repubblica)' },
    },
    {
      code: 'lvsae',
      country: 'LV',
      name: 'Saeima',
      names: { en: 'Saeima of the Republic of Latvia', fr: 'Saeima de la République de Lettonie' },
      t: { en: 'Latvian Saeima', fr: 'Saeima lettone' },
      ref: { en: 'the Latvian Saeima', fr: 'la Saeima lettone' },
      committee: { en: 'its European Affairs Committee (Eiropas lietu komisija)', fr: 'sa commission des affaires européennes (Eiropas lietu komisija)' },
    },
    {
      code: 'ltsei',
      country: 'LT',
      name: 'Lietuvos Respublikos Seimas',
      names: { en: 'Seimas of the Republic of Lithuania', fr: 'Seimas de la République de Lituanie' },
      t: { en: 'Lithuanian Seimas', fr: 'Seimas lituanien' },
      ref: { en: 'the Lithuanian Seimas', fr: 'le Seimas lituanien' },
      committee: {
        en: 'its Committee on European Affairs (Europos reikalų komitetas)',
        fr: 'sa commission des affaires européennes (Europos reikalų komitetas)',
      },
    },
    {
      code: 'luchd',
      country: 'LU',
      name: 'Chambre des Députés',
      names: { en: 'Chamber of Deputies of Luxembourg', fr: 'Chambre des députés du Luxembourg' },
      t: { en: 'Luxembourg Chamber of Deputies', fr: 'Chambre des députés du Luxembourg' },
      ref: { en: 'the Luxembourg Chamber of Deputies', fr: 'la Chambre des députés du Luxembourg' },
    },
    {
      code: 'mtkam',
      country: 'MT',
      name: 'Kamra tad-Deputati',
      names: { en: 'House of Representatives of Malta', fr: 'Chambre des représentants de Malte' },
      t: { en: 'Kamra tad-Deputati', fr: 'Kamra tad-Deputati' },
      ref: { en: 'the Maltese House of Representatives (Kamra tad-Deputati)', fr: 'la Chambre des représentants de Malte (Kamra tad-Deputati)' },
      committee: {
        en: 'its Standing Committee on Foreign and European Affairs (Kumitat Permanenti għall-Affarijiet Barranin u Ewropej)',
        fr: 'sa commission permanente des affaires étrangères et européennes (Kumitat Permanenti għall-Affarijiet Barranin u Ewropej)',
      },
    },
    {
      code: 'nltk',
      country: 'NL',
      name: 'Tweede Kamer der Staten-Generaal',
      names: { en: 'Dutch House of Representatives', fr: 'Seconde Chambre des États généraux des Pays-Bas' },
      t: { en: 'Dutch Tweede Kamer', fr: 'Tweede Kamer néerlandaise' },
      ref: { en: 'the Dutch House of Representatives (Tweede Kamer)', fr: 'la Seconde Chambre néerlandaise (Tweede Kamer)' },
    },
    {
      code: 'nlek',
      country: 'NL',
      name: 'Eerste Kamer der Staten-Generaal',
      names: { en: 'Dutch Senate', fr: 'Première Chambre des États généraux des Pays-Bas' },
      t: { en: 'Dutch Eerste Kamer', fr: 'Eerste Kamer néerlandaise' },
      ref: { en: 'the Dutch Senate (Eerste Kamer)', fr: 'la Première Chambre néerlandaise (Eerste Kamer)' },
    },
    {
      code: 'plsej',
      country: 'PL',
      name: 'Sejm Rzeczypospolitej Polskiej',
      names: { en: 'Sejm of the Republic of Poland', fr: 'Diète de la République de Pologne' },
      t: { en: 'Sejm Rzeczypospolitej Polskiej', fr: 'Sejm Rzeczypospolitej Polskiej' },
      ref: { en: 'the Polish Sejm (Sejm Rzeczypospolitej Polskiej)', fr: 'la Diète polonaise (Sejm Rzeczypospolitej Polskiej)' },
      committee: {
        en: 'its European Union Affairs Committee (Komisja do Spraw Unii Europejskiej)',
        fr: "sa commission des affaires de l'Union européenne (Komisja do Spraw Unii Europejskiej)",
      },
    },
    {
      code: 'plsen',
      country: 'PL',
      name: 'Senat Rzeczypospolitej Polskiej',
      names: { en: 'Senate of the Republic of Poland', fr: 'Sénat de la République de Pologne' },
      t: { en: 'Senat Rzeczypospolitej Polskiej', fr: 'Senat Rzeczypospolitej Polskiej' },
      ref: { en: 'the Polish Senate (Senat Rzeczypospolitej Polskiej)', fr: 'le Sénat polonais (Senat Rzeczypospolitej Polskiej)' },
      committee: {
        en: 'its Committee on European Union Affairs (Komisja Spraw Unii Europejskiej)',
        fr: "sa commission des affaires de l'Union européenne (Komisja Spraw Unii Europejskiej)",
      },
    },
    {
      code: 'ptass',
      country: 'PT',
      name: 'Assembleia da República',
      names: { en: 'Assembly of the Republic of Portugal', fr: 'Assemblée de la République du Portugal' },
      t: { en: 'Portuguese Assembleia da República', fr: 'Assembleia da República portugaise' },
      ref: { en: 'the Portuguese Assembleia da República', fr: "l'Assemblée de la République portugaise (Assembleia da República)" },
      committee: {
        en: 'its European Affairs Committee (Comissão de Assuntos Europeus)',
        fr: 'sa commission des affaires européennes (Comissão de Assuntos Europeus)',
      },
    },
    {
      code: 'roden',
      country: 'RO',
      name: 'Camera Deputaților',
      names: { en: 'Romanian Chamber of Deputies', fr: 'Chambre des députés de Roumanie' },
      t: { en: 'Camera Deputaților', fr: 'Camera Deputaților' },
      ref: { en: 'the Romanian Chamber of Deputies (Camera Deputaților)', fr: 'la Chambre des députés roumaine (Camera Deputaților)' },
      committee: {
        en: 'its Committee on European Affairs (Comisia pentru afaceri europene)',
        fr: 'sa commission des affaires européennes (Comisia pentru afaceri europene)',
      },
    },
    {
      code: 'rosen',
      country: 'RO',
      name: 'Senatul României',
      names: { en: 'Romanian Senate', fr: 'Sénat de Roumanie' },
      t: { en: 'Senatul României', fr: 'Senatul României' },
      ref: { en: 'the Romanian Senate (Senatul României)', fr: 'le Sénat roumain (Senatul României)' },
      committee: {
        en: 'its Committee on European Affairs (Comisia pentru afaceri europene)',
        fr: 'sa commission des affaires européennes (Comisia pentru afaceri europene)',
      },
    },
    {
      code: 'sknrs',
      country: 'SK',
      name: 'Národná rada Slovenskej republiky',
      names: { en: 'National Council of the Slovak Republic', fr: 'Conseil national de la République slovaque' },
      t: { en: 'Slovak Národná rada', fr: 'Národná rada slovaque' },
      ref: { en: 'the National Council of the Slovak Republic (Národná rada)', fr: 'le Conseil national slovaque (Národná rada)' },
      committee: {
        en: 'its Committee on European Affairs (Výbor pre európske záležitosti)',
        fr: 'sa commission des affaires européennes (Výbor pre európske záležitosti)',
      },
    },
    {
      code: 'sidz',
      country: 'SI',
      name: 'Državni zbor Republike Slovenije',
      names: { en: 'National Assembly of Slovenia', fr: 'Assemblée nationale de Slovénie' },
      t: { en: 'Slovenian Državni zbor', fr: 'Državni zbor slovène' },
      ref: { en: 'the Slovenian National Assembly (Državni zbor)', fr: "l'Assemblée nationale slovène (Državni zbor)" },
      committee: {
        en: 'its Committee on EU Affairs (Odbor za zadeve Evropske unije)',
        fr: "sa commission des affaires de l'UE (Odbor za zadeve Evropske unije)",
      },
    },
    {
      code: 'sids',
      country: 'SI',
      name: 'Državni svet Republike Slovenije',
      names: { en: 'National Council of Slovenia', fr: 'Conseil national de Slovénie' },
      t: { en: 'Slovenian Državni svet', fr: 'Državni svet slovène' },
      ref: { en: 'the Slovenian National Council (Državni svet)', fr: 'le Conseil national slovène (Državni svet)' },
    },
    {
      code: 'escon',
      country: 'ES',
      name: 'Congreso de los Diputados',
      names: { en: 'Spanish Congress of Deputies', fr: "Congrès des députés d'Espagne" },
      t: { en: 'Spanish Congreso de los Diputados', fr: 'Congreso de los Diputados espagnol' },
      ref: { en: 'the Spanish Congress of Deputies (Congreso de los Diputados)', fr: 'le Congrès des députés espagnol (Congreso de los Diputados)' },
      committee: {
        en: 'the Joint Committee for European Union Affairs of the Cortes Generales (Comisión Mixta para la Unión Europea)',
        fr: "la commission mixte pour l'Union européenne des Cortes Generales (Comisión Mixta para la Unión Europea)",
      },
    },
    {
      code: 'essen',
      country: 'ES',
      name: 'Senado',
      names: { en: 'Spanish Senate', fr: 'Sénat espagnol' },
      t: { en: 'Spanish Senado', fr: 'Senado espagnol' },
      ref: { en: 'the Spanish Senate (Senado)', fr: 'le Sénat espagnol (Senado)' },
      committee: {
        en: 'the Joint Committee for European Union Affairs of the Cortes Generales (Comisión Mixta para la Unión Europea)',
        fr: "la commission mixte pour l'Union européenne des Cortes Generales (Comisión Mixta para la Unión Europea)",
      },
    },
    {
      code: 'seriks',
      country: 'SE',
      name: 'Sveriges riksdag',
      names: { en: 'Swedish Parliament (Riksdag)', fr: 'Parlement suédois (Riksdag)' },
      t: { en: 'Swedish Riksdag', fr: 'Riksdag suédois' },
      ref: { en: 'the Swedish Riksdag', fr: 'le Riksdag suédois' },
      committee: { en: 'its Committee on European Union Affairs (EU-nämnden)', fr: "sa commission des affaires de l'UE (EU-nämnden)" },
    },
    // The United Kingdom left the Union on 31 January 2020 (Withdrawal Agreement, OJ L 29, 31.1.2020); IPEX keeps its chambers' scrutiny.
    {
      code: 'ukcom',
      country: 'GB',
      name: 'House of Commons',
      names: { en: 'UK House of Commons', fr: 'Chambre des communes du Royaume-Uni' },
      t: { en: 'UK House of Commons', fr: 'Chambre des communes britannique' },
      ref: { en: 'the UK House of Commons', fr: 'la Chambre des communes britannique' },
      committee: { en: 'its European Scrutiny Committee', fr: 'sa commission de contrôle européen (European Scrutiny Committee)' },
      memberUntil: '2020-01-31',
    },
    {
      code: 'uklor',
      country: 'GB',
      name: 'House of Lords',
      names: { en: 'UK House of Lords', fr: 'Chambre des lords du Royaume-Uni' },
      t: { en: 'UK House of Lords', fr: 'Chambre des lords britannique' },
      ref: { en: 'the UK House of Lords', fr: 'la Chambre des lords britannique' },
      committee: { en: 'its European Union Committee', fr: "sa commission de l'Union européenne (European Union Committee)" },
      memberUntil: '2020-01-31',
    },
    {
      code: 'ep',
      country: 'EU',
      name: 'European Parliament',
      names: { en: 'European Parliament', fr: 'Parlement européen' },
      t: { en: 'European Parliament', fr: 'Parlement européen' },
      ref: { en: 'the European Parliament', fr: 'le Parlement européen' },
      committee: { en: 'its Committee on Constitutional Affairs (AFCO)', fr: 'sa commission des affaires constitutionnelles (AFCO)' },
      accounts: { x: '@Europarl_EN', mastodon: '@EuroParl@social.network.europa.eu', bluesky: '@europarl.bsky.social' },
    },
  ] satisfies ChamberDef[]
).map((c): ChamberDef => {
  const from = JOINED[c.country];
  return from ? { ...c, memberFrom: from } : c;
});
const CH = new Map(CHAMBERS.map((c) => [c.code, c]));
/** A chamber by code. */
export function ch(code: string): ChamberDef {
  const c = CH.get(code);
  if (!c) throw new Error(`unknown chamber ${code}`);
  return c;
}
/** A chamber's committee on EU affairs. */
export const committeeOf = (c: ChamberDef): L => c.committee ?? { en: 'its committee on European affairs', fr: 'sa commission des affaires européennes' };
/** Each national parliament has two votes in the early warning mechanism; in bicameral ones, one per chamber. */
export function votesOf(code: string): number {
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
/** Titles and summaries in the chamber's own language, by chamber code. */
export const NATIVE: Record<string, NativeText> = {
  plsej: {
    lang: 'pl',
    ro: (c) => `Sejm Rzeczypospolitej Polskiej przyjął uzasadnioną opinię w sprawie ${c}`,
    roSum: 'Sejm uznał, że projekt aktu ustawodawczego nie jest zgodny z zasadą pomocniczości.',
    pd: (c) => `Opinia Sejmu Rzeczypospolitej Polskiej w sprawie ${c} w ramach dialogu politycznego`,
    pdSum: 'Opinia przekazana Komisji Europejskiej w ramach dialogu politycznego.',
  },
  plsen: {
    lang: 'pl',
    ro: (c) => `Senat Rzeczypospolitej Polskiej przyjął uzasadnioną opinię w sprawie ${c}`,
    roSum: 'Senat stwierdził, że wniosek narusza zasadę pomocniczości.',
    pd: (c) => `Opinia Senatu Rzeczypospolitej Polskiej w sprawie ${c}`,
    pdSum: 'Senat przekazał Komisji Europejskiej swoje uwagi w ramach dialogu politycznego.',
  },
  czpsp: {
    lang: 'cs',
    ro: (c) => `Poslanecká sněmovna přijala odůvodněné stanovisko k ${c}`,
    roSum: 'Výbor pro evropské záležitosti považuje návrh za neslučitelný se zásadou subsidiarity.',
    pd: (c) => `Usnesení Poslanecké sněmovny k ${c} v rámci politického dialogu`,
    pdSum: 'Usnesení bylo zasláno Evropské komisi v rámci politického dialogu.',
  },
  czsen: {
    lang: 'cs',
    ro: (c) => `Senát přijal odůvodněné stanovisko k ${c}`,
    roSum: 'Senát konstatoval, že návrh není v souladu se zásadou subsidiarity.',
    pd: (c) => `Usnesení Senátu k ${c} v rámci politického dialogu`,
    pdSum: 'Senát zaslal své připomínky Evropské komisi.',
  },
  roden: {
    lang: 'ro',
    ro: (c) => `Camera Deputaților a adoptat un aviz motivat privind ${c}`,
    roSum: 'Camera Deputaților consideră că propunerea nu respectă principiul subsidiarității.',
    pd: (c) => `Opinia Camerei Deputaților privind ${c} în cadrul dialogului politic`,
    pdSum: 'Opinia a fost transmisă Comisiei Europene în cadrul dialogului politic.',
  },
  rosen: {
    lang: 'ro',
    ro: (c) => `Senatul României a adoptat un aviz motivat privind ${c}`,
    roSum: 'Senatul consideră că propunerea încalcă principiul subsidiarității și al proporționalității.',
    pd: (c) => `Opinia Senatului României privind ${c}`,
    pdSum: 'Senatul a transmis Comisiei Europene observațiile sale.',
  },
  mtkam: {
    lang: 'mt',
    ro: (c) => `Il-Kamra tad-Deputati adottat opinjoni motivata dwar ${c}`,
    roSum: 'Il-Kumitat Permanenti għall-Affarijiet Barranin u Ewropej iqis li l-proposta ma tikkonformax mal-prinċipju tas-sussidjarjetà.',
    pd: (c) => `Opinjoni tal-Kamra tad-Deputati dwar ${c} fil-qafas tad-djalogu politiku`,
    pdSum: 'L-opinjoni ntbagħtet lill-Kummissjoni Ewropea fil-qafas tad-djalogu politiku.',
  },
  debta: {
    lang: 'de',
    ro: (c) => `Deutscher Bundestag beschließt Subsidiaritätsrüge zu ${c}`,
    roSum: 'Der Ausschuss für die Angelegenheiten der Europäischen Union sieht den Grundsatz der Subsidiarität verletzt.',
    pd: (c) => `Stellungnahme des Deutschen Bundestages zu ${c} im Rahmen des politischen Dialogs`,
    pdSum: 'Die Stellungnahme wurde der Europäischen Kommission im Rahmen des politischen Dialogs übermittelt.',
  },
  debra: {
    lang: 'de',
    ro: (c) => `Bundesrat erhebt Subsidiaritätsrüge gegen ${c}`,
    roSum: 'Der Bundesrat hält den Vorschlag für nicht vereinbar mit dem Subsidiaritätsprinzip.',
    pd: (c) => `Beschluss des Bundesrates zu ${c} (politischer Dialog)`,
    pdSum: 'Der Bundesrat äußert sich zum Vorschlag und übermittelt seinen Beschluss der Kommission.',
  },
  grvou: {
    lang: 'el',
    ro: (c) => `Η Βουλή των Ελλήνων ενέκρινε αιτιολογημένη γνώμη για την ${c}`,
    roSum: 'Η Διαρκής Επιτροπή Ευρωπαϊκών Υποθέσεων κρίνει ότι η πρόταση δεν συνάδει με την αρχή της επικουρικότητας.',
    pd: (c) => `Γνώμη της Βουλής των Ελλήνων για την ${c} στο πλαίσιο του πολιτικού διαλόγου`,
    pdSum: 'Η γνώμη διαβιβάστηκε στην Ευρωπαϊκή Επιτροπή στο πλαίσιο του πολιτικού διαλόγου.',
  },
  cyvou: {
    lang: 'el',
    ro: (c) => `Η Βουλή των Αντιπροσώπων ενέκρινε αιτιολογημένη γνώμη για την ${c}`,
    roSum: 'Η Επιτροπή Εξωτερικών και Ευρωπαϊκών Υποθέσεων κρίνει ότι η πρόταση δεν συνάδει με την αρχή της επικουρικότητας.',
    pd: (c) => `Γνώμη της Βουλής των Αντιπροσώπων για την ${c}`,
    pdSum: 'Η Βουλή των Αντιπροσώπων διαβίβασε τις παρατηρήσεις της στην Ευρωπαϊκή Επιτροπή.',
  },
  bgnsb: {
    lang: 'bg',
    ro: (c) => `Народното събрание прие мотивирано становище относно ${c}`,
    roSum: 'Комисията по европейските въпроси счита, че предложението не съответства на принципа на субсидиарност.',
    pd: (c) => `Становище на Народното събрание относно ${c} в рамките на политическия диалог`,
    pdSum: 'Становището е изпратено на Европейската комисия в рамките на политическия диалог.',
  },
};
