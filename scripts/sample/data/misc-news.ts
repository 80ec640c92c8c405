// The sample's other news, written out in full (including the hostile item).
import { msOf } from '../basics.ts';
import type { NewsDraft } from '../drafts.ts';
import { mdList, paras } from '../prose.ts';

/** The title with HTML and JavaScript that the pages must escape. */
export const HOSTILE_TITLE = 'Budget <script>alert(1)</script> & "quotes" <img src=x onerror=alert(2)>';

/** The other news of the sample. */
export function miscNews(): NewsDraft[] {
  const at = (d: string, hm: string): number => msOf(`${d}T${hm}`);
  return [
    {
      key: 'misc/cosac-report-2026-1',
      published: at('2026-05-18', '10:30'),
      tags: ['cosac', 'budget'],
      chambers: ['cyvou'],
      title: {
        en: 'COSAC publishes its bi-annual report on the scrutiny of the multiannual financial framework',
        fr: 'La COSAC publie son rapport semestriel sur le contrôle du cadre financier pluriannuel',
      },
      summary: {
        en: 'Ahead of the plenary in Nicosia (Λευκωσία), the report describes how national parliaments scrutinise the 2028-2034 budget proposals.',
        fr: 'Avant la plénière de Nicosie (Λευκωσία), le rapport décrit comment les parlements nationaux contrôlent les propositions budgétaires pour 2028-2034.',
      },
      body: {
        en: paras(
          'The COSAC Secretariat has published the **bi-annual report** prepared for the plenary meeting hosted by the Βουλή των Αντιπροσώπων. It is based on the replies of 37 chambers to a questionnaire sent in March.',
          '## Main findings',
          mdList(
            [
              'most chambers have set up a specific procedure for the multiannual financial framework, often a joint meeting of the budget and EU affairs committees;',
              'a majority want national parliaments to be consulted on the national and regional partnership plans;',
              'several chambers, including the Sejm Rzeczypospolitej Polskiej and the Poslanecká sněmovna, ask for cohesion policy to remain a separate fund.',
            ],
            false,
          ),
          'The report will be discussed at the plenary. Read it on [the COSAC page on IPEX](https://ipex.eu/IPEXL-WEB/conferences/cosac).',
        ),
        fr: paras(
          'Le secrétariat de la COSAC a publié le **rapport semestriel** préparé pour la réunion plénière accueillie par la Βουλή των Αντιπροσώπων. Il repose sur les réponses de 37 chambres à un questionnaire envoyé en mars.',
          '## Principaux constats',
          mdList(
            [
              'la plupart des chambres ont mis en place une procédure spécifique pour le cadre financier pluriannuel, souvent une réunion conjointe des commissions des finances et des affaires européennes ;',
              'une majorité souhaite que les parlements nationaux soient consultés sur les plans de partenariat nationaux et régionaux ;',
              'plusieurs chambres, dont le Sejm Rzeczypospolitej Polskiej et la Poslanecká sněmovna, demandent que la politique de cohésion reste un fonds distinct.',
            ],
            false,
          ),
          "Le rapport sera examiné lors de la plénière. Consultez-le sur [la page COSAC d'IPEX](https://ipex.eu/IPEXL-WEB/conferences/cosac).",
        ),
      },
    },
    {
      key: 'misc/cosac-report-2026-2',
      published: at('2026-11-13', '11:00'),
      tags: ['cosac', 'cfsp-csdp'],
      chambers: ['iedai'],
      title: {
        en: 'Bi-annual report of COSAC: national parliaments and European defence',
        fr: 'Rapport semestriel de la COSAC : les parlements nationaux et la défense européenne',
      },
      summary: {
        en: 'The report prepared for the Dublin plenary looks at how chambers scrutinise the new EU defence instruments.',
        fr: 'Le rapport préparé pour la plénière de Dublin examine la manière dont les chambres contrôlent les nouveaux instruments européens de défense.',
      },
      body: {
        en: paras(
          'The second bi-annual report of 2026, prepared for the plenary meeting in Dublin (Baile Átha Cliath), is devoted to **European defence**. Thirty-five chambers replied to the questionnaire.',
          'Among the findings:',
          mdList(
            [
              'defence committees and EU affairs committees increasingly hold joint meetings on EU files;',
              'only a few chambers, such as the Deutscher Bundestag and the Eerste Kamer, have a formal say before their government agrees to joint procurement;',
              'neutral or militarily non-aligned member states stress the "Irish clause" of Article 42(7) TEU.',
            ],
            false,
          ),
          'See [the COSAC page on IPEX](https://ipex.eu/IPEXL-WEB/conferences/cosac) for the full report and the annex with the replies of each chamber.',
        ),
        fr: paras(
          'Le second rapport semestriel de 2026, préparé pour la plénière de Dublin (Baile Átha Cliath), est consacré à la **défense européenne**. Trente-cinq chambres ont répondu au questionnaire.',
          'Parmi les constats :',
          mdList(
            [
              'les commissions de la défense et des affaires européennes tiennent de plus en plus de réunions conjointes sur les dossiers européens ;',
              "seules quelques chambres, comme le Deutscher Bundestag et l'Eerste Kamer, disposent d'un droit de regard formel avant que leur gouvernement n'accepte des achats conjoints ;",
              "les États membres neutres ou non alignés insistent sur la « clause irlandaise » de l'article 42, paragraphe 7, du TUE.",
            ],
            false,
          ),
          "Voir [la page COSAC d'IPEX](https://ipex.eu/IPEXL-WEB/conferences/cosac) pour le rapport complet et l'annexe contenant les réponses de chaque chambre.",
        ),
      },
    },
    {
      key: 'misc/ipex-board-nicosia',
      published: at('2026-04-29', '14:15'),
      tags: [],
      chambers: ['cyvou'],
      title: {
        en: 'IPEX Board meets in Nicosia (Λευκωσία) and adopts its 2026-2027 work programme',
        fr: "Le conseil d'IPEX se réunit à Nicosie (Λευκωσία) et adopte son programme de travail 2026-2027",
      },
      summary: {
        en: 'The Board agreed to open IPEX content to social media through shareable landing pages.',
        fr: "Le conseil a décidé d'ouvrir les contenus d'IPEX aux réseaux sociaux au moyen de pages d'accueil partageables.",
      },
      body: {
        en: paras(
          'The IPEX Board met on 27 and 28 April 2026 at the invitation of the Cypriot House of Representatives (Βουλή των Αντιπροσώπων). It adopted the **work programme for 2026-2027**, which includes:',
          mdList(
            [
              'shareable landing pages and feeds for IPEX news, calendar events and hot topics (the IPEX Hub);',
              'better search across the scrutiny documents of all chambers;',
              'training sessions for new correspondents.',
            ],
            true,
          ),
          'The next meeting of IPEX correspondents will take place in Dublin in October. More on [the IPEX website](https://ipex.eu/IPEXL-WEB/home).',
        ),
        fr: paras(
          "Le conseil d'IPEX s'est réuni les 27 et 28 avril 2026 à l'invitation de la Chambre des représentants de Chypre (Βουλή των Αντιπροσώπων). Il a adopté le **programme de travail 2026-2027**, qui prévoit :",
          mdList(
            [
              "des pages d'accueil et des flux partageables pour les actualités, les événements du calendrier et les sujets d'actualité d'IPEX (l'IPEX Hub) ;",
              'une meilleure recherche dans les documents de contrôle de toutes les chambres ;',
              'des formations pour les nouveaux correspondants.',
            ],
            true,
          ),
          "La prochaine réunion des correspondants IPEX aura lieu à Dublin en octobre. Plus d'informations sur [le site d'IPEX](https://ipex.eu/IPEXL-WEB/home).",
        ),
      },
    },
    {
      key: 'misc/ipex-correspondents-dublin',
      published: at('2026-10-21', '09:40'),
      tags: [],
      chambers: ['iedai'],
      title: {
        en: 'IPEX correspondents meet in Dublin: sharing scrutiny on social media',
        fr: 'Les correspondants IPEX se réunissent à Dublin : partager le contrôle parlementaire sur les réseaux sociaux',
      },
      summary: {
        en: 'Correspondents from 39 chambers tested the first version of the IPEX Hub.',
        fr: "Des correspondants de 39 chambres ont testé la première version de l'IPEX Hub.",
      },
      body: {
        en: paras(
          'The annual meeting of IPEX correspondents took place on 19 October 2026 at Leinster House, at the invitation of the Houses of the Oireachtas.',
          'Workshops covered the upload of reasoned opinions, the IPEX calendar and the new **IPEX Hub**, which gives every news item, meeting and hot topic a page that can be shared on X, Mastodon, Bluesky or LinkedIn with a proper preview card.',
          'Correspondents from the Kamra tad-Deputati, the Народно събрание and the Senatul României presented how their chambers already publish EU scrutiny on social media.',
          'The presentations are available on [the IPEX website](https://ipex.eu/IPEXL-WEB/home).',
        ),
        fr: paras(
          "La réunion annuelle des correspondants IPEX s'est tenue le 19 octobre 2026 à Leinster House, à l'invitation des chambres de l'Oireachtas.",
          "Les ateliers ont porté sur la mise en ligne des avis motivés, le calendrier d'IPEX et le nouvel **IPEX Hub**, qui donne à chaque actualité, réunion et sujet d'actualité une page partageable sur X, Mastodon, Bluesky ou LinkedIn avec une carte d'aperçu adaptée.",
          'Les correspondants de la Kamra tad-Deputati, du Народно събрание et du Senatul României ont présenté la manière dont leurs chambres publient déjà leur contrôle des affaires européennes sur les réseaux sociaux.',
          "Les présentations sont disponibles sur [le site d'IPEX](https://ipex.eu/IPEXL-WEB/home).",
        ),
      },
    },
    {
      key: 'misc/ipex-figures-2026-1',
      published: at('2026-07-15', '12:00'),
      tags: [],
      chambers: [],
      only: 'en',
      withdrawn: true,
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
      key: 'misc/irish-presidency-calendar',
      published: at('2026-06-25', '10:00'),
      tags: ['cosac', 'cfsp-csdp', 'economic-governance'],
      chambers: ['iedai', 'iesea'],
      title: {
        en: 'Parliamentary dimension of the Irish Presidency: calendar of meetings published',
        fr: 'Dimension parlementaire de la présidence irlandaise : le calendrier des réunions est publié',
      },
      summary: {
        en: 'The Houses of the Oireachtas will host COSAC, the IPC CFSP/CSDP and the Article 13 Conference in Dublin between July and December 2026.',
        fr: "Les chambres de l'Oireachtas accueilleront à Dublin la COSAC, la CIP PESC/PSDC et la conférence de l'article 13 entre juillet et décembre 2026.",
      },
      body: {
        en: paras(
          'Ireland holds the presidency of the Council of the European Union from 1 July to 31 December 2026. The Houses of the Oireachtas, Dáil Éireann and Seanad Éireann, have published the calendar of the **parliamentary dimension**:',
          mdList(
            [
              'Meeting of the Chairpersons of COSAC, 13 July 2026;',
              'Interparliamentary Conference for the CFSP and the CSDP, 3-4 September 2026;',
              'Interparliamentary Conference on Stability, Economic Coordination and Governance, 5-6 October 2026;',
              'Plenary meeting of COSAC, 29 November - 1 December 2026.',
            ],
            false,
          ),
          'Meetings take place at Dublin Castle (Caisleán Bhaile Átha Cliath). Ireland will also host the Conference of Speakers of the EU Parliaments in spring 2027. All dates are in [the IPEX calendar](https://ipex.eu/IPEXL-WEB/calendar).',
        ),
        fr: paras(
          "L'Irlande exerce la présidence du Conseil de l'Union européenne du 1er juillet au 31 décembre 2026. Les chambres de l'Oireachtas, le Dáil Éireann et le Seanad Éireann, ont publié le calendrier de la **dimension parlementaire** :",
          mdList(
            [
              'réunion des présidents de la COSAC, 13 juillet 2026 ;',
              'conférence interparlementaire pour la PESC et la PSDC, 3 et 4 septembre 2026 ;',
              'conférence interparlementaire sur la stabilité, la coordination économique et la gouvernance, 5 et 6 octobre 2026 ;',
              'réunion plénière de la COSAC, du 29 novembre au 1er décembre 2026.',
            ],
            false,
          ),
          "Les réunions se tiennent au château de Dublin (Caisleán Bhaile Átha Cliath). L'Irlande accueillera également la Conférence des présidents des parlements de l'UE au printemps 2027. Toutes les dates figurent dans [le calendrier d'IPEX](https://ipex.eu/IPEXL-WEB/calendar).",
        ),
      },
    },
    {
      key: 'misc/lithuanian-presidency-programme',
      published: at('2026-11-16', '13:20'),
      tags: ['cosac'],
      chambers: ['ltsei'],
      title: {
        en: 'Seimas presents the parliamentary dimension of the Lithuanian Presidency',
        fr: 'Le Seimas présente la dimension parlementaire de la présidence lituanienne',
      },
      summary: {
        en: 'From January to June 2027, Vilnius will host COSAC, the IPC CFSP/CSDP and the JPSG on Europol.',
        fr: "De janvier à juin 2027, Vilnius accueillera la COSAC, la CIP PESC/PSDC et le GCPC d'Europol.",
      },
      body: {
        en: paras(
          'Lithuania takes over the presidency of the Council of the European Union on 1 January 2027, from Ireland. The Lietuvos Respublikos Seimas has presented its programme of interparliamentary meetings, with **security in the Eastern neighbourhood** and **energy independence** as its main themes.',
          mdList(
            [
              'Meeting of the Chairpersons of COSAC, 24-25 January 2027;',
              'IPC CFSP/CSDP, 4-5 March 2027;',
              'JPSG on Europol, 15-16 March 2027;',
              'Plenary meeting of COSAC, 6-8 June 2027.',
            ],
            true,
          ),
          'The European Parliamentary Week takes place in Brussels on 16-17 February 2027. Details in [the IPEX calendar](https://ipex.eu/IPEXL-WEB/calendar).',
        ),
        fr: paras(
          "La Lituanie succède à l'Irlande à la présidence du Conseil de l'Union européenne le 1er janvier 2027. Le Lietuvos Respublikos Seimas a présenté son programme de réunions interparlementaires, axé sur la **sécurité dans le voisinage oriental** et l'**indépendance énergétique**.",
          mdList(
            [
              'réunion des présidents de la COSAC, 24 et 25 janvier 2027 ;',
              'CIP PESC/PSDC, 4 et 5 mars 2027 ;',
              "GCPC d'Europol, 15 et 16 mars 2027 ;",
              'réunion plénière de la COSAC, du 6 au 8 juin 2027.',
            ],
            true,
          ),
          "La Semaine parlementaire européenne aura lieu à Bruxelles les 16 et 17 février 2027. Détails dans [le calendrier d'IPEX](https://ipex.eu/IPEXL-WEB/calendar).",
        ),
      },
    },
    {
      key: 'misc/commission-annual-report-subsidiarity-2025',
      published: at('2026-07-09', '15:05'),
      tags: ['subsidiarity', 'political-dialogue'],
      chambers: [],
      title: {
        en: 'Annual Report 2025 on the application of the principles of subsidiarity and proportionality and on relations with national parliaments',
        fr: "Rapport annuel 2025 sur l'application des principes de subsidiarité et de proportionnalité et sur les relations avec les parlements nationaux",
      },
      summary: {
        en: 'The Commission received fewer reasoned opinions but more political-dialogue opinions than the year before.',
        fr: "La Commission a reçu moins d'avis motivés mais davantage d'avis au titre du dialogue politique que l'année précédente.",
      },
      body: {
        en: paras(
          'The European Commission has adopted its annual report on subsidiarity, proportionality and relations with national parliaments for 2025.',
          'Highlights:',
          mdList(
            [
              'national parliaments sent **a few dozen reasoned opinions**, far from any yellow card threshold;',
              'the most active chambers in the political dialogue were the Portuguese Assembleia da República, the Czech Senát and the Romanian Camera Deputaților;',
              'Commissioners made more than a hundred visits to national parliaments.',
            ],
            false,
          ),
          "The report and the annexes listing every opinion are available from the European Parliament's page on [relations with national parliaments](https://www.europarl.europa.eu/relnatparl/en/home).",
        ),
        fr: paras(
          'La Commission européenne a adopté son rapport annuel 2025 sur la subsidiarité, la proportionnalité et les relations avec les parlements nationaux.',
          'Points saillants :',
          mdList(
            [
              "les parlements nationaux ont adressé **quelques dizaines d'avis motivés**, loin de tout seuil de carton jaune ;",
              "les chambres les plus actives dans le dialogue politique ont été l'Assembleia da República portugaise, le Senát tchèque et la Camera Deputaților roumaine ;",
              "les membres de la Commission ont effectué plus d'une centaine de visites dans les parlements nationaux.",
            ],
            false,
          ),
          'Le rapport et ses annexes, qui recensent chaque avis, sont accessibles depuis la page du Parlement européen sur [les relations avec les parlements nationaux](https://www.europarl.europa.eu/relnatparl/fr/home).',
        ),
      },
    },
    {
      key: 'misc/escaping-test',
      published: at('2026-09-09', '08:45'),
      tags: ['budget'],
      chambers: [],
      title: { en: HOSTILE_TITLE, fr: 'Budget <script>alert(1)</script> & « guillemets » <img src=x onerror=alert(2)>' },
      summary: {
        en: 'TEST ITEM (sample data): a test of escaping. The title and body contain HTML and JavaScript on purpose; the hub must show them as text and never run them.',
        fr: "ÉLÉMENT DE TEST (données d'exemple) : un test d'échappement. Le titre et le corps contiennent volontairement du HTML et du JavaScript ; le hub doit les afficher comme du texte et ne jamais les exécuter.",
      },
      body: {
        en: paras(
          'This item is a **test of escaping and sanitising**. Nothing below may run or render as HTML:',
          '<script>alert(3)</script>',
          mdList(
            [
              'a [bad link](javascript:alert(4)) that must not be clickable;',
              'an inline tag <b onmouseover="alert(5)">that must not be kept</b>;',
              'a [good link](https://ipex.eu/IPEXL-WEB/home) that must still work.',
            ],
            false,
          ),
          'Ampersands & "quotes" must appear as text; raw HTML such as <marquee>this tag</marquee> must be dropped.',
        ),
        fr: paras(
          "Cet élément est un **test d'échappement et de nettoyage**. Rien de ce qui suit ne doit s'exécuter ni s'afficher comme du HTML :",
          '<script>alert(3)</script>',
          mdList(
            [
              'un [lien dangereux](javascript:alert(4)) qui ne doit pas être cliquable ;',
              'une balise <b onmouseover="alert(5)">qui ne doit pas être conservée</b> ;',
              'un [bon lien](https://ipex.eu/IPEXL-WEB/home) qui doit rester actif.',
            ],
            false,
          ),
          'Les esperluettes & les « guillemets » doivent apparaître comme du texte ; le HTML brut comme <marquee>cette balise</marquee> doit être supprimé.',
        ),
      },
    },
    {
      key: 'misc/bg-migration-hearing',
      published: at('2026-06-10', '11:25'),
      tags: ['migration'],
      chambers: ['bgnsb'],
      title: {
        en: 'Народно събрание: обществено обсъждане на прилагането на Пакта за миграцията и убежището',
        fr: "Assemblée nationale bulgare : audition publique sur la mise en œuvre du pacte sur la migration et l'asile",
        bg: 'Народно събрание: обществено обсъждане на прилагането на Пакта за миграцията и убежището',
      },
      summary: {
        en: 'The Committee on European Affairs of the Народно събрание held a public hearing in София on how Bulgaria applies the Pact on Migration and Asylum.',
        fr: "La commission des affaires européennes du Народно събрание a tenu à София une audition publique sur l'application du pacte sur la migration et l'asile par la Bulgarie.",
        bg: 'Комисията по европейските въпроси проведе в София обществено обсъждане на прилагането на Пакта за миграцията и убежището.',
      },
      body: {
        en: paras(
          'Two days before the Pact on Migration and Asylum started to apply on 12 June 2026, the Bulgarian National Assembly (Народно събрание) heard the Ministry of the Interior, the State Agency for Refugees and non-governmental organisations.',
          'Members asked about:',
          mdList(
            [
              'the capacity of reception centres near the border with Türkiye;',
              'the screening of arrivals and the new border procedure;',
              "Bulgaria's share in the solidarity pool.",
            ],
            false,
          ),
          'The committee will report to the plenary in July. The hearing is recorded on [IPEX](https://ipex.eu/IPEXL-WEB/home).',
        ),
        fr: paras(
          "Deux jours avant l'entrée en application du pacte sur la migration et l'asile, le 12 juin 2026, l'Assemblée nationale bulgare (Народно събрание) a entendu le ministère de l'intérieur, l'Agence nationale pour les réfugiés et des organisations non gouvernementales.",
          'Les députés ont posé des questions sur :',
          mdList(
            [
              "la capacité des centres d'accueil proches de la frontière avec la Türkiye ;",
              'le filtrage des arrivées et la nouvelle procédure à la frontière ;',
              'la part de la Bulgarie dans la réserve de solidarité.',
            ],
            false,
          ),
          "La commission fera rapport à la plénière en juillet. L'audition est enregistrée dans [IPEX](https://ipex.eu/IPEXL-WEB/home).",
        ),
      },
    },
    {
      key: 'misc/thessaloniki-outcome',
      published: at('2026-06-22', '09:10'),
      tags: ['migration'],
      chambers: ['grvou'],
      title: {
        en: 'Βουλή των Ελλήνων hosts Mediterranean parliaments in Θεσσαλονίκη on migration and security',
        fr: 'La Βουλή των Ελλήνων accueille les parlements méditerranéens à Θεσσαλονίκη sur la migration et la sécurité',
        el: 'Η Βουλή των Ελλήνων φιλοξένησε στη Θεσσαλονίκη διακοινοβουλευτική διάσκεψη για τη μετανάστευση και την ασφάλεια',
      },
      summary: {
        en: 'Members from nine member states compared the first days of the Pact on Migration and Asylum.',
        fr: "Des parlementaires de neuf États membres ont comparé les premiers jours d'application du pacte sur la migration et l'asile.",
        el: 'Βουλευτές από εννέα κράτη μέλη αντάλλαξαν εμπειρίες από τις πρώτες ημέρες εφαρμογής του Συμφώνου.',
      },
      body: {
        en: paras(
          'On 18 and 19 June 2026 the Hellenic Parliament welcomed delegations from Croatia, Cyprus, France, Italy, Malta, Portugal, Slovenia and Spain at the Thessaloniki Concert Hall (Μέγαρο Μουσικής Θεσσαλονίκης).',
          'The participants agreed on a short joint statement which:',
          mdList(
            [
              'calls for the solidarity pool to be used in full in its first year;',
              'asks Frontex to report regularly to national parliaments on the Eastern Mediterranean route;',
              'proposes that the conference meet again in 2027, in Valletta (Il-Belt Valletta).',
            ],
            true,
          ),
          'The statement is published on [IPEX](https://ipex.eu/IPEXL-WEB/calendar).',
        ),
        fr: paras(
          "Les 18 et 19 juin 2026, le Parlement hellénique a accueilli au Mégaron de Thessalonique (Μέγαρο Μουσικής Θεσσαλονίκης) des délégations de Chypre, de Croatie, d'Espagne, de France, d'Italie, de Malte, du Portugal et de Slovénie.",
          'Les participants ont adopté une brève déclaration commune qui :',
          mdList(
            [
              'demande que la réserve de solidarité soit pleinement utilisée dès sa première année ;',
              'invite Frontex à rendre compte régulièrement aux parlements nationaux de la route de la Méditerranée orientale ;',
              'propose que la conférence se réunisse à nouveau en 2027 à La Valette (Il-Belt Valletta).',
            ],
            true,
          ),
          'La déclaration est publiée sur [IPEX](https://ipex.eu/IPEXL-WEB/calendar).',
        ),
      },
    },
    {
      key: 'misc/speakers-2027-preparation',
      published: at('2026-11-12', '16:30'),
      tags: ['speakers-conference'],
      chambers: ['iedai', 'iesea'],
      title: {
        en: 'Conference of Speakers 2027: the Ceann Comhairle and the Cathaoirleach invite to Dublin',
        fr: 'Conférence des présidents 2027 : le Ceann Comhairle et le Cathaoirleach invitent à Dublin',
      },
      summary: {
        en: 'The Speakers of Dáil Éireann and Seanad Éireann will host the 2027 Conference of Speakers of the EU Parliaments in May.',
        fr: "Les présidents du Dáil Éireann et du Seanad Éireann accueilleront en mai la Conférence des présidents des parlements de l'UE de 2027.",
      },
      body: {
        en: paras(
          'As Ireland holds the presidency of the Council in the second half of 2026, the Houses of the Oireachtas will host the **Conference of Speakers of the European Union Parliaments** on 10 and 11 May 2027. The Secretaries-General will meet in Dublin on 22 February 2027 to prepare it.',
          'Proposed themes:',
          mdList(['parliamentary democracy in times of disinformation;', 'the role of parliaments in the enlargement process;', 'the future of IPEX.'], false),
          "Invitations have been sent to the Speakers of all chambers and to the President of the European Parliament. See [the Speakers' Conference page on IPEX](https://ipex.eu/IPEXL-WEB/conferences/speakers).",
        ),
        fr: paras(
          "L'Irlande exerçant la présidence du Conseil au second semestre 2026, les chambres de l'Oireachtas accueilleront la **Conférence des présidents des parlements de l'Union européenne** les 10 et 11 mai 2027. Les secrétaires généraux se réuniront à Dublin le 22 février 2027 pour la préparer.",
          'Thèmes proposés :',
          mdList(
            ['la démocratie parlementaire face à la désinformation ;', "le rôle des parlements dans le processus d'élargissement ;", "l'avenir d'IPEX."],
            false,
          ),
          'Des invitations ont été adressées aux présidents de toutes les chambres et à la présidente du Parlement européen. Voir [la page de la Conférence des présidents sur IPEX](https://ipex.eu/IPEXL-WEB/conferences/speakers).',
        ),
      },
    },
  ];
}
