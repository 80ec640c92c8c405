// Subjects of the sample's other meetings (interparliamentary committee meetings, conferences).
import type { L } from '../basics.ts';
import { NATIONAL_HOSTS } from './places.ts';

/** The subject of other meetings. */
export interface Subject {
  key: string;
  hosts: string[];
  tags: string[];
  title: L;
  summary: L;
  intro: L;
  agenda: L[];
}
/** Subjects of the other meetings. */
export const SUBJECTS: Subject[] = [
  {
    key: 'icm-rule-of-law',
    hosts: ['bxl'],
    tags: ['rule-of-law'],
    title: {
      en: "Interparliamentary committee meeting on the Commission's Rule of Law Report",
      fr: "Réunion interparlementaire de commissions sur le rapport de la Commission sur l'État de droit",
    },
    summary: {
      en: 'Members of the LIBE committee and of national parliaments discuss the findings of the annual Rule of Law Report.',
      fr: "Les membres de la commission LIBE et des parlements nationaux examinent les constats du rapport annuel sur l'État de droit.",
    },
    intro: {
      en: "The Committee on Civil Liberties, Justice and Home Affairs (LIBE) of the European Parliament invites national parliaments to discuss the country chapters of the Commission's annual Rule of Law Report, with a focus on justice systems, the fight against corruption, media pluralism and checks and balances.",
      fr: "La commission des libertés civiles, de la justice et des affaires intérieures (LIBE) du Parlement européen invite les parlements nationaux à débattre des chapitres par pays du rapport annuel de la Commission sur l'État de droit, en particulier des systèmes de justice, de la lutte contre la corruption, du pluralisme des médias et de l'équilibre des pouvoirs.",
    },
    agenda: [
      {
        en: 'Presentation of the report by the Commissioner for Democracy, Justice and the Rule of Law',
        fr: "Présentation du rapport par le commissaire chargé de la démocratie, de la justice et de l'État de droit",
      },
      { en: 'Panel 1: independence and efficiency of justice systems', fr: 'Table ronde 1 : indépendance et efficacité des systèmes de justice' },
      { en: 'Panel 2: media freedom and the safety of journalists', fr: 'Table ronde 2 : liberté des médias et sécurité des journalistes' },
      { en: 'Panel 3: national parliaments and checks and balances', fr: "Table ronde 3 : les parlements nationaux et l'équilibre des pouvoirs" },
    ],
  },
  {
    key: 'icm-migration-pact',
    hosts: ['bxl'],
    tags: ['migration'],
    title: {
      en: 'Interparliamentary committee meeting on the implementation of the Pact on Migration and Asylum',
      fr: "Réunion interparlementaire de commissions sur la mise en œuvre du pacte sur la migration et l'asile",
    },
    summary: {
      en: 'LIBE members and national parliamentarians take stock of the application of the Pact on Migration and Asylum.',
      fr: "Les membres de la commission LIBE et des parlementaires nationaux dressent le bilan de l'application du pacte sur la migration et l'asile.",
    },
    intro: {
      en: 'The Pact on Migration and Asylum applies since June 2026. The LIBE committee invites the interior and EU affairs committees of national parliaments to compare how the new screening, border and solidarity rules work in practice.',
      fr: "Le pacte sur la migration et l'asile s'applique depuis juin 2026. La commission LIBE invite les commissions de l'intérieur et des affaires européennes des parlements nationaux à comparer le fonctionnement concret des nouvelles règles de filtrage, de frontière et de solidarité.",
    },
    agenda: [
      { en: 'The annual solidarity cycle and the solidarity pool', fr: 'Le cycle annuel de solidarité et la réserve de solidarité' },
      { en: 'Screening and the border procedure: first figures', fr: 'Filtrage et procédure à la frontière : premiers chiffres' },
      { en: 'Monitoring of fundamental rights at the external borders', fr: 'Le contrôle du respect des droits fondamentaux aux frontières extérieures' },
      { en: 'Eurodac and the exchange of information', fr: "Eurodac et l'échange d'informations" },
    ],
  },
  {
    key: 'icm-eurojust',
    hosts: ['bxl'],
    tags: ['rule-of-law', 'europol'],
    title: {
      en: "Interparliamentary committee meeting on the evaluation of Eurojust's activities",
      fr: "Réunion interparlementaire de commissions sur l'évaluation des activités d'Eurojust",
    },
    summary: {
      en: 'The yearly evaluation of Eurojust by the European Parliament and national parliaments under Article 85 TFEU.',
      fr: "L'évaluation annuelle d'Eurojust par le Parlement européen et les parlements nationaux au titre de l'article 85 du TFUE.",
    },
    intro: {
      en: "Article 85 of the Treaty on the Functioning of the European Union provides for the involvement of the European Parliament and national parliaments in the evaluation of Eurojust's activities. The meeting hears the President of Eurojust on the agency's annual report.",
      fr: "L'article 85 du traité sur le fonctionnement de l'Union européenne prévoit l'association du Parlement européen et des parlements nationaux à l'évaluation des activités d'Eurojust. La réunion entend le président d'Eurojust sur le rapport annuel de l'agence.",
    },
    agenda: [
      { en: 'Presentation of the Eurojust annual report', fr: "Présentation du rapport annuel d'Eurojust" },
      { en: 'Joint investigation teams and the war in Ukraine', fr: "Les équipes communes d'enquête et la guerre en Ukraine" },
      {
        en: "Cooperation between Eurojust, Europol and the European Public Prosecutor's Office",
        fr: 'La coopération entre Eurojust, Europol et le Parquet européen',
      },
    ],
  },
  {
    key: 'icm-mff',
    hosts: ['bxl', 'sxb'],
    tags: ['budget'],
    title: {
      en: 'Interparliamentary committee meeting on the multiannual financial framework 2028-2034',
      fr: 'Réunion interparlementaire de commissions sur le cadre financier pluriannuel 2028-2034',
    },
    summary: {
      en: 'The Committee on Budgets (BUDG) discusses the next long-term budget of the Union with national budget committees.',
      fr: "La commission des budgets (BUDG) débat du prochain budget à long terme de l'Union avec les commissions des finances nationales.",
    },
    intro: {
      en: "The Committee on Budgets of the European Parliament invites the budget and EU affairs committees of national parliaments to discuss the Commission's proposals for the 2028-2034 multiannual financial framework and the new own resources.",
      fr: 'La commission des budgets du Parlement européen invite les commissions des finances et des affaires européennes des parlements nationaux à débattre des propositions de la Commission pour le cadre financier pluriannuel 2028-2034 et des nouvelles ressources propres.',
    },
    agenda: [
      { en: 'National and regional partnership plans', fr: 'Les plans de partenariat nationaux et régionaux' },
      { en: 'The European Competitiveness Fund', fr: 'Le Fonds européen pour la compétitivité' },
      { en: 'New own resources and the repayment of NextGenerationEU', fr: 'Les nouvelles ressources propres et le remboursement de NextGenerationEU' },
      { en: 'Flexibility and crisis response', fr: 'Flexibilité et réaction aux crises' },
    ],
  },
  {
    key: 'icm-enlargement',
    hosts: ['bxl'],
    tags: ['enlargement'],
    title: {
      en: "Interparliamentary committee meeting on the Commission's enlargement package",
      fr: 'Réunion interparlementaire de commissions sur le paquet « élargissement » de la Commission',
    },
    summary: {
      en: "The Committee on Foreign Affairs (AFET) and national parliaments discuss the Commission's annual reports on the candidate countries.",
      fr: 'La commission des affaires étrangères (AFET) et les parlements nationaux examinent les rapports annuels de la Commission sur les pays candidats.',
    },
    intro: {
      en: "The Committee on Foreign Affairs of the European Parliament and the foreign and EU affairs committees of national parliaments discuss the Commission's enlargement package with the Commissioner for Enlargement.",
      fr: "La commission des affaires étrangères du Parlement européen et les commissions des affaires étrangères et européennes des parlements nationaux examinent le paquet « élargissement » de la Commission avec la commissaire chargée de l'élargissement.",
    },
    agenda: [
      { en: 'Montenegro and Albania: closing negotiating chapters', fr: 'Monténégro et Albanie : la clôture des chapitres de négociation' },
      { en: 'Ukraine and Moldova: opening clusters', fr: "Ukraine et Moldavie : l'ouverture des groupes de chapitres" },
      { en: 'Serbia, North Macedonia, Bosnia and Herzegovina and Kosovo', fr: 'Serbie, Macédoine du Nord, Bosnie-Herzégovine et Kosovo' },
      { en: 'Pre-accession reforms of the Union', fr: "Les réformes de l'Union préalables à l'élargissement" },
    ],
  },
  {
    key: 'seminar-ewm',
    hosts: NATIONAL_HOSTS,
    tags: ['subsidiarity'],
    title: { en: 'Seminar on subsidiarity and the early warning mechanism', fr: "Séminaire sur la subsidiarité et le mécanisme d'alerte précoce" },
    summary: {
      en: 'Members and staff of EU affairs committees compare their practice of subsidiarity checks and reasoned opinions.',
      fr: 'Des membres et des agents des commissions des affaires européennes comparent leurs pratiques du contrôle de subsidiarité et des avis motivés.',
    },
    intro: {
      en: 'Since the Treaty of Lisbon, each national parliament may object to a draft legislative act by sending a reasoned opinion within eight weeks. The seminar looks at how chambers select proposals for scrutiny, how they cooperate through IPEX and why the yellow card has been triggered only three times.',
      fr: "Depuis le traité de Lisbonne, chaque parlement national peut s'opposer à un projet d'acte législatif en adressant un avis motivé dans un délai de huit semaines. Le séminaire examine la manière dont les chambres sélectionnent les propositions, coopèrent au moyen d'IPEX et les raisons pour lesquelles le carton jaune n'a été déclenché que trois fois.",
    },
    agenda: [
      { en: 'Selecting proposals for subsidiarity scrutiny', fr: 'Sélectionner les propositions soumises au contrôle de subsidiarité' },
      { en: 'Counting the eight weeks: deadlines, August and translations', fr: "Compter les huit semaines : délais, mois d'août et traductions" },
      { en: 'Using IPEX to coordinate between chambers', fr: 'Utiliser IPEX pour la coordination entre chambres' },
      {
        en: 'A "green card"? Proposals to strengthen the role of national parliaments',
        fr: 'Un « carton vert » ? Propositions pour renforcer le rôle des parlements nationaux',
      },
    ],
  },
  {
    key: 'visegrad',
    hosts: ['waw', 'krk', 'prg', 'brno', 'bts', 'bud'],
    tags: ['cosac', 'political-dialogue'],
    title: {
      en: 'Meeting of the EU affairs committees of the Visegrád Group parliaments',
      fr: 'Réunion des commissions des affaires européennes des parlements du groupe de Visegrád',
    },
    summary: {
      en: 'Chairpersons of the EU affairs committees of Czechia, Hungary, Poland and Slovakia prepare the next COSAC meeting.',
      fr: 'Les présidents des commissions des affaires européennes de Tchéquie, de Hongrie, de Pologne et de Slovaquie préparent la prochaine réunion de la COSAC.',
    },
    intro: {
      en: 'The EU affairs committees of the Visegrád Group meet twice a year, before the COSAC plenary, to compare their positions on pending legislation. Members of the Poslanecká sněmovna, the Senát, the Sejm, the Senat, the Országgyűlés and the Národná rada take part.',
      fr: "Les commissions des affaires européennes du groupe de Visegrád se réunissent deux fois par an, avant la plénière de la COSAC, pour comparer leurs positions sur les textes en cours. Y participent des membres de la Poslanecká sněmovna, du Senát, du Sejm, du Senat, de l'Országgyűlés et de la Národná rada.",
    },
    agenda: [
      { en: 'Cohesion policy in the next multiannual financial framework', fr: 'La politique de cohésion dans le prochain cadre financier pluriannuel' },
      { en: 'Energy prices and the competitiveness of industry', fr: "Les prix de l'énergie et la compétitivité de l'industrie" },
      { en: 'Preparation of the COSAC plenary', fr: 'Préparation de la plénière de la COSAC' },
    ],
  },
  {
    key: 'med-migration',
    hosts: ['vlt', 'gozo', 'ath', 'nic', 'rom', 'mad'],
    tags: ['migration'],
    title: { en: 'Parliamentary conference on migration in the Mediterranean', fr: 'Conférence parlementaire sur la migration en Méditerranée' },
    summary: {
      en: 'Parliamentarians from the MED9 countries discuss migration routes, search and rescue and partnerships with North Africa.',
      fr: "Des parlementaires des pays du MED9 débattent des routes migratoires, de la recherche et du sauvetage et des partenariats avec l'Afrique du Nord.",
    },
    intro: {
      en: 'Members of the interior and EU affairs committees of Croatia, Cyprus, France, Greece, Italy, Malta, Portugal, Slovenia and Spain meet to discuss the Central and Eastern Mediterranean routes.',
      fr: "Des membres des commissions de l'intérieur et des affaires européennes de Chypre, de Croatie, d'Espagne, de France, de Grèce, d'Italie, de Malte, du Portugal et de Slovénie se réunissent pour débattre des routes de la Méditerranée centrale et orientale.",
    },
    agenda: [
      { en: 'Arrivals and search and rescue in the Central Mediterranean', fr: 'Arrivées et recherche et sauvetage en Méditerranée centrale' },
      { en: 'Partnerships with Tunisia, Libya, Egypt and Mauritania', fr: "Les partenariats avec la Tunisie, la Libye, l'Égypte et la Mauritanie" },
      { en: 'Solidarity under the Pact on Migration and Asylum', fr: "La solidarité dans le cadre du pacte sur la migration et l'asile" },
    ],
  },
  {
    key: 'baltic-energy',
    hosts: ['tll', 'rig', 'hel', 'waw', 'sto'],
    tags: ['energy'],
    title: { en: 'Conference on energy security in the Baltic Sea region', fr: 'Conférence sur la sécurité énergétique dans la région de la mer Baltique' },
    summary: {
      en: 'Parliamentarians discuss the protection of undersea infrastructure, synchronisation of the Baltic grids and offshore wind.',
      fr: "Des parlementaires débattent de la protection des infrastructures sous-marines, de la synchronisation des réseaux baltes et de l'éolien en mer.",
    },
    intro: {
      en: 'Since the Baltic States synchronised their electricity grids with the continental European network in February 2025, the security of interconnectors and undersea cables has become a shared concern of the parliaments around the Baltic Sea.',
      fr: 'Depuis la synchronisation des réseaux électriques des États baltes avec le réseau continental européen en février 2025, la sécurité des interconnexions et des câbles sous-marins est devenue une préoccupation commune des parlements riverains de la mer Baltique.',
    },
    agenda: [
      { en: 'Protecting undersea cables and pipelines', fr: 'Protéger les câbles et les gazoducs sous-marins' },
      { en: 'Offshore wind and the Baltic Energy Market Interconnection Plan', fr: "L'éolien en mer et le plan d'interconnexion du marché énergétique balte" },
      { en: 'Grid connection and permitting', fr: 'Raccordement aux réseaux et autorisations' },
    ],
  },
  {
    key: 'cap-future',
    hosts: ['parA', 'parS', 'buc', 'iasi', 'krk', 'vie', 'lis', 'koln'],
    tags: ['agriculture'],
    title: {
      en: 'Conference on the future of the common agricultural policy after 2027',
      fr: "Conférence sur l'avenir de la politique agricole commune après 2027",
    },
    summary: {
      en: "Members of agriculture and EU affairs committees discuss the Commission's proposals for the CAP in 2028-2034.",
      fr: "Des membres des commissions de l'agriculture et des affaires européennes débattent des propositions de la Commission pour la PAC 2028-2034.",
    },
    intro: {
      en: "The conference gathers the agriculture committees of national parliaments, farmers' organisations and the European Commission to discuss the place of the common agricultural policy in the national and regional partnership plans.",
      fr: "La conférence réunit les commissions de l'agriculture des parlements nationaux, des organisations agricoles et la Commission européenne pour débattre de la place de la politique agricole commune dans les plans de partenariat nationaux et régionaux.",
    },
    agenda: [
      { en: 'Income support and generational renewal', fr: 'Soutien au revenu et renouvellement des générations' },
      { en: 'Simplification for farmers and paying agencies', fr: 'Simplification pour les agriculteurs et les organismes payeurs' },
      { en: 'Trade agreements and the agricultural sector', fr: 'Les accords commerciaux et le secteur agricole' },
      { en: 'Rural development and the role of regions', fr: 'Le développement rural et le rôle des régions' },
    ],
  },
  {
    key: 'enlargement-region',
    hosts: ['zag', 'lju', 'sof', 'buc', 'vie', 'bts'],
    tags: ['enlargement'],
    title: {
      en: 'Interparliamentary conference on enlargement: Western Balkans, Ukraine and Moldova',
      fr: "Conférence interparlementaire sur l'élargissement : Balkans occidentaux, Ukraine et Moldavie",
    },
    summary: {
      en: 'EU affairs committees meet counterparts from the candidate countries to discuss reforms and accession negotiations.',
      fr: "Les commissions des affaires européennes rencontrent leurs homologues des pays candidats pour débattre des réformes et des négociations d'adhésion.",
    },
    intro: {
      en: 'Neighbouring member states play a special role in the enlargement process. The conference brings together the EU affairs committees of the region and the parliaments of the candidate countries to exchange experience of the accession process.',
      fr: "Les États membres voisins jouent un rôle particulier dans le processus d'élargissement. La conférence réunit les commissions des affaires européennes de la région et les parlements des pays candidats pour échanger leurs expériences du processus d'adhésion.",
    },
    agenda: [
      {
        en: 'Fundamentals first: rule of law and public administration reform',
        fr: "Les fondamentaux d'abord : État de droit et réforme de l'administration publique",
      },
      { en: 'The Growth Plan for the Western Balkans', fr: 'Le plan de croissance pour les Balkans occidentaux' },
      { en: 'Parliamentary scrutiny of accession negotiations', fr: "Le contrôle parlementaire des négociations d'adhésion" },
    ],
  },
  {
    key: 'ai-democracy',
    hosts: [...NATIONAL_HOSTS, 'bxl'],
    tags: ['digital'],
    title: {
      en: 'Conference on artificial intelligence and parliamentary democracy',
      fr: "Conférence sur l'intelligence artificielle et la démocratie parlementaire",
    },
    summary: {
      en: 'How parliaments use AI tools, and how they scrutinise the implementation of the AI Act.',
      fr: "Comment les parlements utilisent les outils d'IA et comment ils contrôlent la mise en œuvre du règlement sur l'IA.",
    },
    intro: {
      en: 'The obligations of the AI Act for general-purpose and high-risk systems apply in stages until 2027. Parliaments both scrutinise this implementation and start using AI for translation, transcription and legislative drafting.',
      fr: "Les obligations du règlement sur l'intelligence artificielle applicables aux systèmes à usage général et à haut risque entrent en vigueur par étapes jusqu'en 2027. Les parlements contrôlent cette mise en œuvre et commencent eux-mêmes à utiliser l'IA pour la traduction, la transcription et la rédaction législative.",
    },
    agenda: [
      { en: 'The AI Act: state of implementation', fr: "Le règlement sur l'IA : état de la mise en œuvre" },
      {
        en: 'AI in parliamentary administrations: transcription, translation and research',
        fr: "L'IA dans les administrations parlementaires : transcription, traduction et recherche",
      },
      { en: 'Deepfakes, elections and the Digital Services Act', fr: 'Hypertrucages, élections et règlement sur les services numériques' },
      { en: 'Ethical guidelines for members and staff', fr: 'Lignes directrices éthiques pour les membres et le personnel' },
    ],
  },
  {
    key: 'climate-water',
    hosts: ['thes', 'lis', 'mad', 'rom', 'zag', 'plov'],
    tags: ['climate'],
    title: {
      en: 'Conference on climate adaptation and water resilience',
      fr: "Conférence sur l'adaptation au changement climatique et la résilience hydrique",
    },
    summary: {
      en: 'Droughts, floods and wildfires: parliamentarians discuss the European Water Resilience Strategy and climate adaptation.',
      fr: "Sécheresses, inondations et incendies : des parlementaires débattent de la stratégie européenne pour la résilience hydrique et de l'adaptation au changement climatique.",
    },
    intro: {
      en: 'After another summer of wildfires and droughts in southern Europe, environment and EU affairs committees compare national adaptation plans and the financing available under EU programmes.',
      fr: "Après un nouvel été d'incendies et de sécheresses dans le sud de l'Europe, les commissions de l'environnement et des affaires européennes comparent les plans nationaux d'adaptation et les financements disponibles au titre des programmes européens.",
    },
    agenda: [
      { en: 'The European Water Resilience Strategy', fr: 'La stratégie européenne pour la résilience hydrique' },
      { en: 'Wildfire prevention and rescEU', fr: 'La prévention des incendies de forêt et rescEU' },
      { en: 'Financing adaptation in the next multiannual financial framework', fr: "Financer l'adaptation dans le prochain cadre financier pluriannuel" },
    ],
  },
  {
    key: 'cwp-exchange',
    hosts: NATIONAL_HOSTS,
    tags: ['political-dialogue'],
    title: {
      en: 'Exchange of views with the European Commission on its annual work programme',
      fr: 'Échange de vues avec la Commission européenne sur son programme de travail annuel',
    },
    summary: {
      en: 'A Member of the Commission presents the annual work programme to the committee on European affairs.',
      fr: 'Un membre de la Commission présente le programme de travail annuel à la commission des affaires européennes.',
    },
    intro: {
      en: 'As part of the political dialogue, Members of the European Commission visit national parliaments to present the Commission work programme and hear the priorities of each chamber for its own scrutiny.',
      fr: 'Dans le cadre du dialogue politique, des membres de la Commission européenne se rendent dans les parlements nationaux pour présenter le programme de travail de la Commission et entendre les priorités de chaque chambre pour son propre contrôle.',
    },
    agenda: [
      { en: 'Presentation of the Commission work programme', fr: 'Présentation du programme de travail de la Commission' },
      { en: 'Simplification and the omnibus proposals', fr: 'La simplification et les propositions omnibus' },
      { en: 'Replies of the Commission to opinions of the chamber', fr: 'Les réponses de la Commission aux avis de la chambre' },
    ],
  },
  {
    key: 'staff-seminar',
    hosts: NATIONAL_HOSTS,
    tags: ['political-dialogue', 'subsidiarity'],
    title: {
      en: 'Seminar for EU affairs committee staff on the political dialogue',
      fr: 'Séminaire pour le personnel des commissions des affaires européennes sur le dialogue politique',
    },
    summary: {
      en: 'Staff of national parliaments share practice on opinions, Commission replies and the use of IPEX.',
      fr: "Le personnel des parlements nationaux partage ses pratiques concernant les avis, les réponses de la Commission et l'utilisation d'IPEX.",
    },
    intro: {
      en: "The political dialogue lets national parliaments send opinions on any Commission document, beyond subsidiarity. The seminar gives staff of EU affairs committees an opportunity to compare working methods and discuss the quality of the Commission's replies.",
      fr: "Le dialogue politique permet aux parlements nationaux d'adresser des avis sur tout document de la Commission, au-delà de la subsidiarité. Le séminaire permet au personnel des commissions des affaires européennes de comparer les méthodes de travail et de débattre de la qualité des réponses de la Commission.",
    },
    agenda: [
      { en: 'Drafting opinions that the Commission reads', fr: 'Rédiger des avis que la Commission lit' },
      { en: 'Following up Commission replies', fr: 'Assurer le suivi des réponses de la Commission' },
      { en: 'IPEX as a tool for early information', fr: "IPEX comme outil d'information précoce" },
    ],
  },
  {
    key: 'cohesion',
    hosts: ['krk', 'lodz', 'iasi', 'tim', 'plov', 'cbu', 'lis'],
    tags: ['budget'],
    title: { en: 'Conference on cohesion policy after 2027', fr: 'Conférence sur la politique de cohésion après 2027' },
    summary: {
      en: 'Regional development and EU affairs committees discuss the future of cohesion policy in the national and regional partnership plans.',
      fr: "Les commissions du développement régional et des affaires européennes débattent de l'avenir de la politique de cohésion dans les plans de partenariat nationaux et régionaux.",
    },
    intro: {
      en: "Cohesion policy is the main investment policy of the Union for its regions. The Commission's proposals for 2028-2034 would merge it with other funds into national and regional partnership plans, a change that many regions view with concern.",
      fr: "La politique de cohésion est la principale politique d'investissement de l'Union en faveur de ses régions. Les propositions de la Commission pour 2028-2034 la fusionneraient avec d'autres fonds dans des plans de partenariat nationaux et régionaux, un changement que de nombreuses régions regardent avec inquiétude.",
    },
    agenda: [
      { en: 'The place of regions in the partnership plans', fr: 'La place des régions dans les plans de partenariat' },
      { en: 'Lessons from the 2021-2027 programming period', fr: 'Les leçons de la période de programmation 2021-2027' },
      { en: 'Less developed regions and the eastern border regions', fr: 'Les régions moins développées et les régions frontalières orientales' },
    ],
  },
  {
    key: 'defence-chairs',
    hosts: NATIONAL_HOSTS,
    tags: ['cfsp-csdp'],
    title: { en: 'Meeting of the chairpersons of defence committees', fr: 'Réunion des présidents des commissions de la défense' },
    summary: {
      en: 'Chairpersons of defence committees discuss defence readiness, joint procurement and parliamentary oversight of defence spending.',
      fr: 'Les présidents des commissions de la défense débattent de la préparation de la défense, des achats conjoints et du contrôle parlementaire des dépenses de défense.',
    },
    intro: {
      en: 'With defence spending rising across the Union, the chairpersons of the defence committees meet to discuss how parliaments can oversee joint procurement and new EU defence instruments.',
      fr: "Alors que les dépenses de défense augmentent dans toute l'Union, les présidents des commissions de la défense se réunissent pour examiner comment les parlements peuvent contrôler les achats conjoints et les nouveaux instruments européens de défense.",
    },
    agenda: [
      { en: 'The SAFE loans and the European Defence Industry Programme', fr: "Les prêts SAFE et le programme européen pour l'industrie de la défense" },
      { en: 'Parliamentary oversight of joint procurement', fr: 'Le contrôle parlementaire des achats conjoints' },
      { en: 'Military mobility and infrastructure', fr: 'La mobilité militaire et les infrastructures' },
    ],
  },
  {
    key: 'competitiveness',
    hosts: ['ber', 'koln', 'parA', 'hag', 'rom', 'vie', 'lux'],
    tags: ['economic-governance'],
    title: { en: 'Conference on competitiveness and the single market', fr: 'Conférence sur la compétitivité et le marché unique' },
    summary: {
      en: 'Economic and EU affairs committees discuss the Competitiveness Compass, the single market strategy and simplification.',
      fr: 'Les commissions des affaires économiques et européennes débattent de la boussole pour la compétitivité, de la stratégie pour le marché unique et de la simplification.',
    },
    intro: {
      en: 'Following the reports by Enrico Letta and Mario Draghi, the Commission has put competitiveness and simplification at the heart of its agenda. Parliaments discuss what this means for national legislation and for the transposition of EU directives.',
      fr: "À la suite des rapports d'Enrico Letta et de Mario Draghi, la Commission a placé la compétitivité et la simplification au cœur de son programme. Les parlements débattent de leurs conséquences pour la législation nationale et la transposition des directives européennes.",
    },
    agenda: [
      { en: 'Removing barriers in the single market for services', fr: 'Lever les obstacles dans le marché unique des services' },
      { en: 'Omnibus simplification packages: what has changed?', fr: "Les paquets omnibus de simplification : qu'est-ce qui a changé ?" },
      { en: 'Gold-plating in national transposition', fr: 'La surtransposition dans le droit national' },
    ],
  },
  {
    key: 'nb8',
    hosts: ['cph', 'sto', 'hel', 'tll', 'rig'],
    tags: ['cosac'],
    title: {
      en: 'Meeting of the chairpersons of the EU affairs committees of the Nordic-Baltic Eight',
      fr: 'Réunion des présidents des commissions des affaires européennes des huit pays nordiques et baltes',
    },
    summary: {
      en: 'Chairpersons of the NB8 EU affairs committees coordinate ahead of the COSAC meetings.',
      fr: 'Les présidents des commissions des affaires européennes du NB8 se coordonnent avant les réunions de la COSAC.',
    },
    intro: {
      en: 'The chairpersons of the EU affairs committees of Denmark, Estonia, Finland, Latvia, Lithuania and Sweden, joined by their Icelandic and Norwegian colleagues, meet regularly to coordinate ahead of COSAC.',
      fr: "Les présidents des commissions des affaires européennes du Danemark, d'Estonie, de Finlande, de Lettonie, de Lituanie et de Suède, rejoints par leurs collègues islandais et norvégiens, se réunissent régulièrement pour se coordonner avant la COSAC.",
    },
    agenda: [
      { en: 'Security situation in the Baltic Sea region', fr: 'La situation sécuritaire dans la région de la mer Baltique' },
      { en: 'Support for Ukraine', fr: "Le soutien à l'Ukraine" },
      { en: 'Preparation of the next COSAC meeting', fr: 'Préparation de la prochaine réunion de la COSAC' },
    ],
  },
  {
    key: 'icm-digital',
    hosts: ['bxl'],
    tags: ['digital'],
    title: {
      en: 'Interparliamentary committee meeting on simplifying the EU digital rulebook',
      fr: "Réunion interparlementaire de commissions sur la simplification du corpus réglementaire numérique de l'UE",
    },
    summary: {
      en: 'The IMCO and ITRE committees discuss the digital omnibus and the Digital Fairness Act with national parliaments.',
      fr: "Les commissions IMCO et ITRE débattent de l'omnibus numérique et de l'acte sur l'équité numérique avec les parlements nationaux.",
    },
    intro: {
      en: "The Committees on the Internal Market and Consumer Protection (IMCO) and on Industry, Research and Energy (ITRE) invite national parliaments to discuss the simplification of the Union's data, cybersecurity and artificial intelligence rules.",
      fr: "Les commissions du marché intérieur et de la protection des consommateurs (IMCO) et de l'industrie, de la recherche et de l'énergie (ITRE) invitent les parlements nationaux à débattre de la simplification des règles de l'Union en matière de données, de cybersécurité et d'intelligence artificielle.",
    },
    agenda: [
      {
        en: 'The digital omnibus: data, cookies and cybersecurity reporting',
        fr: "L'omnibus numérique : données, cookies et notification des incidents de cybersécurité",
      },
      { en: 'The Digital Fairness Act', fr: "L'acte sur l'équité numérique" },
      {
        en: 'Enforcement of the Digital Services Act and the Digital Markets Act',
        fr: "L'application du règlement sur les services numériques et du règlement sur les marchés numériques",
      },
    ],
  },
  {
    key: 'icm-semester',
    hosts: ['bxl'],
    tags: ['economic-governance'],
    title: {
      en: 'Interparliamentary committee meeting on the European Semester and national medium-term plans',
      fr: 'Réunion interparlementaire de commissions sur le Semestre européen et les plans nationaux à moyen terme',
    },
    summary: {
      en: 'The ECON committee and national budget committees discuss the implementation of the medium-term fiscal-structural plans.',
      fr: 'La commission ECON et les commissions des finances nationales examinent la mise en œuvre des plans budgétaires et structurels à moyen terme.',
    },
    intro: {
      en: 'Under the reformed economic governance framework, each member state follows a medium-term fiscal-structural plan endorsed by the Council. The Committee on Economic and Monetary Affairs invites national parliaments to discuss how these plans are debated at home.',
      fr: 'Dans le cadre de gouvernance économique réformé, chaque État membre suit un plan budgétaire et structurel à moyen terme approuvé par le Conseil. La commission des affaires économiques et monétaires invite les parlements nationaux à débattre de la manière dont ces plans sont examinés au niveau national.',
    },
    agenda: [
      { en: 'Net expenditure paths and the national escape clause', fr: 'Trajectoires de dépenses nettes et clause dérogatoire nationale' },
      { en: 'Country-specific recommendations', fr: 'Les recommandations par pays' },
      { en: 'National ownership and independent fiscal institutions', fr: "L'appropriation nationale et les institutions budgétaires indépendantes" },
    ],
  },
];
