// The sample's hot topics.
import { docUrl, EP_RELNATPARL, IPEX, type Text } from '../basics.ts';
import { mdList, paras } from '../prose.ts';

interface TopicDraft {
  key: string;
  firstSeen: string;
  tags: string[];
  title: Text;
  summary: Text;
  body: Text;
  only?: 'en' | 'fr';
}

/** The hot topics of the sample. */
export const TOPICS: TopicDraft[] = [
  {
    key: 'mff-2028-2034',
    firstSeen: '2026-03-09',
    tags: ['budget'],
    title: { en: 'The multiannual financial framework 2028-2034', fr: 'Le cadre financier pluriannuel 2028-2034' },
    summary: {
      en: "How national parliaments scrutinise the Union's next long-term budget, its new own resources and the national and regional partnership plans.",
      fr: "Comment les parlements nationaux contrôlent le prochain budget à long terme de l'Union, ses nouvelles ressources propres et les plans de partenariat nationaux et régionaux.",
    },
    body: {
      en: paras(
        'The Commission proposed a budget of around EUR 2 trillion for 2028-2034, built around three pillars: **national and regional partnership plans**, a **European Competitiveness Fund** and **Global Europe** for external action.',
        '## Why national parliaments care',
        mdList(
          [
            'new own resources require ratification by every member state, usually by parliament;',
            'partnership plans would merge cohesion and agricultural funding, changing the role of regions;',
            'the repayment of NextGenerationEU starts in 2028.',
          ],
          false,
        ),
        '## Where to follow it',
        `The budget committees of the Sejm Rzeczypospolitej Polskiej, the Deutscher Bundestag and the Camera Deputaților have held joint hearings with their EU affairs committees. Follow the interparliamentary meetings on [the IPEX calendar](${IPEX}/calendar) and the European Parliament's work on [its relations with national parliaments page](${EP_RELNATPARL}).`,
      ),
      fr: paras(
        "La Commission a proposé un budget d'environ 2 000 milliards d'euros pour 2028-2034, articulé autour de trois piliers : les **plans de partenariat nationaux et régionaux**, un **Fonds européen pour la compétitivité** et **l'Europe dans le monde** pour l'action extérieure.",
        '## Pourquoi les parlements nationaux sont concernés',
        mdList(
          [
            'les nouvelles ressources propres doivent être ratifiées par chaque État membre, en général par le parlement ;',
            "les plans de partenariat fusionneraient les financements de la cohésion et de l'agriculture, modifiant le rôle des régions ;",
            'le remboursement de NextGenerationEU commence en 2028.',
          ],
          false,
        ),
        '## Où suivre le dossier',
        `Les commissions des finances du Sejm Rzeczypospolitej Polskiej, du Deutscher Bundestag et de la Camera Deputaților ont tenu des auditions conjointes avec leurs commissions des affaires européennes. Suivez les réunions interparlementaires dans [le calendrier d'IPEX](${IPEX}/calendar) et les travaux du Parlement européen sur [sa page consacrée aux relations avec les parlements nationaux](${EP_RELNATPARL.replace('/en/', '/fr/')}).`,
      ),
    },
  },
  {
    key: 'enlargement',
    firstSeen: '2026-03-20',
    tags: ['enlargement'],
    title: { en: 'Enlargement: Ukraine, Moldova and the Western Balkans', fr: 'Élargissement : Ukraine, Moldavie et Balkans occidentaux' },
    summary: {
      en: 'Accession negotiations are advancing with several candidates; national parliaments will have the last word on ratification.',
      fr: "Les négociations d'adhésion progressent avec plusieurs candidats ; les parlements nationaux auront le dernier mot sur la ratification.",
    },
    body: {
      en: paras(
        'Montenegro and Albania aim to close their negotiations by 2027, while Ukraine and Moldova have opened their first clusters. Every accession treaty must be ratified by all member states, which gives each national parliament a decisive role.',
        '## What parliaments do',
        mdList(
          [
            'hold regular hearings with the Commissioner for Enlargement;',
            'visit candidate countries, often with the Hrvatski sabor or the Državni zbor sharing their own accession experience;',
            'debate pre-accession reforms of the Union itself.',
          ],
          true,
        ),
        `See the COSAC debates on enlargement on [the COSAC page](${IPEX}/conferences/cosac).`,
      ),
      fr: paras(
        "Le Monténégro et l'Albanie visent à conclure leurs négociations d'ici 2027, tandis que l'Ukraine et la Moldavie ont ouvert leurs premiers groupes de chapitres. Chaque traité d'adhésion doit être ratifié par tous les États membres, ce qui donne à chaque parlement national un rôle décisif.",
        '## Ce que font les parlements',
        mdList(
          [
            "ils tiennent des auditions régulières avec la commissaire chargée de l'élargissement ;",
            "ils se rendent dans les pays candidats, souvent avec le Hrvatski sabor ou le Državni zbor, qui partagent leur propre expérience de l'adhésion ;",
            "ils débattent des réformes de l'Union préalables à l'élargissement.",
          ],
          true,
        ),
        `Voir les débats de la COSAC sur l'élargissement sur [la page COSAC](${IPEX}/conferences/cosac).`,
      ),
    },
  },
  {
    key: 'rule-of-law',
    firstSeen: '2026-04-07',
    tags: ['rule-of-law'],
    title: { en: 'The rule of law in the Union', fr: "L'État de droit dans l'Union" },
    summary: {
      en: 'The annual Rule of Law Report, budget conditionality and the role of national parliaments in checks and balances.',
      fr: "Le rapport annuel sur l'État de droit, la conditionnalité budgétaire et le rôle des parlements nationaux dans l'équilibre des pouvoirs.",
    },
    body: {
      en: paras(
        "Each July the Commission publishes a Rule of Law Report with a chapter on every member state. The European Parliament's LIBE committee discusses it every autumn with national parliaments.",
        'For the next budget, the Commission proposes to extend **conditionality** to all programmes. The Hungarian Országgyűlés adopted a reasoned opinion against the proposal, while other chambers welcomed it.',
        mdList(
          [
            'independence of the judiciary;',
            'anti-corruption frameworks;',
            'media pluralism;',
            'institutional checks and balances, including the quality of the legislative process.',
          ],
          false,
        ),
        `More on [the European Parliament's relations with national parliaments](${EP_RELNATPARL}).`,
      ),
      fr: paras(
        "Chaque année en juillet, la Commission publie un rapport sur l'État de droit comportant un chapitre par État membre. La commission LIBE du Parlement européen en débat chaque automne avec les parlements nationaux.",
        "Pour le prochain budget, la Commission propose d'étendre la **conditionnalité** à tous les programmes. L'Országgyűlés hongrois a adopté un avis motivé contre la proposition, tandis que d'autres chambres l'ont saluée.",
        mdList(
          [
            "l'indépendance de la justice ;",
            'les dispositifs de lutte contre la corruption ;',
            'le pluralisme des médias ;',
            "l'équilibre institutionnel des pouvoirs, y compris la qualité du processus législatif.",
          ],
          false,
        ),
        `Plus d'informations sur [les relations du Parlement européen avec les parlements nationaux](${EP_RELNATPARL.replace('/en/', '/fr/')}).`,
      ),
    },
  },
  {
    key: 'migration-pact',
    firstSeen: '2026-03-12',
    tags: ['migration'],
    title: { en: 'Migration and asylum: the Pact in practice', fr: 'Migration et asile : le pacte en pratique' },
    summary: {
      en: 'The Pact on Migration and Asylum applies since June 2026; new proposals on returns and Europol follow.',
      fr: "Le pacte sur la migration et l'asile s'applique depuis juin 2026 ; de nouvelles propositions sur les retours et Europol suivent.",
    },
    body: {
      en: paras(
        "The ten legislative acts of the **Pact on Migration and Asylum** apply since 12 June 2026. National parliaments adopted the implementing laws in the months before, and now scrutinise new proposals on returns and on Europol's role against migrant smuggling.",
        '## Key dates',
        mdList(
          [
            '12 June 2026: the Pact applies;',
            'June 2026: proposal for a European Return Order, which drew reasoned opinions from the Congreso de los Diputados and the Državni zbor;',
            'autumn 2026: first annual solidarity cycle.',
          ],
          false,
        ),
        'Parliaments around the Mediterranean, from the Kamra tad-Deputati to the Βουλή των Ελλήνων, meet regularly on the subject.',
      ),
      fr: paras(
        "Les dix actes législatifs du **pacte sur la migration et l'asile** s'appliquent depuis le 12 juin 2026. Les parlements nationaux ont adopté les lois de mise en œuvre au cours des mois précédents et examinent désormais de nouvelles propositions sur les retours et sur le rôle d'Europol contre le trafic de migrants.",
        '## Dates clés',
        mdList(
          [
            '12 juin 2026 : application du pacte ;',
            "juin 2026 : proposition d'ordre de retour européen, qui a suscité des avis motivés du Congreso de los Diputados et du Državni zbor ;",
            'automne 2026 : premier cycle annuel de solidarité.',
          ],
          false,
        ),
        'Les parlements riverains de la Méditerranée, de la Kamra tad-Deputati à la Βουλή των Ελλήνων, se réunissent régulièrement sur le sujet.',
      ),
    },
  },
  {
    key: 'defence-readiness',
    firstSeen: '2026-03-02',
    tags: ['cfsp-csdp'],
    title: { en: 'European defence readiness', fr: 'La préparation de la défense européenne' },
    summary: {
      en: 'Joint procurement, SAFE loans and a new defence readiness programme: what role for national parliaments?',
      fr: 'Achats conjoints, prêts SAFE et nouveau programme pour la préparation de la défense : quel rôle pour les parlements nationaux ?',
    },
    body: {
      en: paras(
        "Defence has become a standing item of the IPC CFSP/CSDP and of COSAC. The Commission's proposal for a **European Defence Readiness Programme** (October 2026) is the first defence file in years to draw a reasoned opinion, from the Austrian Nationalrat.",
        '## Questions for parliaments',
        mdList(
          [
            'Who authorises national participation in joint procurement?',
            'How can defence committees follow EU-funded projects?',
            'How do neutral member states take part?',
          ],
          true,
        ),
        `See [the IPC CFSP/CSDP page](${IPEX}/conferences/ipc-cfsp-csdp).`,
      ),
      fr: paras(
        "La défense est devenue un point permanent de l'ordre du jour de la CIP PESC/PSDC et de la COSAC. La proposition de la Commission relative à un **programme européen pour la préparation de la défense** (octobre 2026) est le premier dossier de défense depuis des années à susciter un avis motivé, du Nationalrat autrichien.",
        '## Questions pour les parlements',
        mdList(
          [
            'Qui autorise la participation nationale aux achats conjoints ?',
            "Comment les commissions de la défense peuvent-elles suivre les projets financés par l'Union ?",
            'Comment les États membres neutres y participent-ils ?',
          ],
          true,
        ),
        `Voir [la page de la CIP PESC/PSDC](${IPEX}/conferences/ipc-cfsp-csdp).`,
      ),
    },
  },
  {
    key: 'climate-2040',
    firstSeen: '2026-03-16',
    tags: ['climate'],
    title: { en: 'The 2040 climate target and the emissions trading system', fr: "L'objectif climatique pour 2040 et le système d'échange de quotas" },
    summary: {
      en: 'A 90% emissions cut by 2040, international credits and the future of the EU ETS under parliamentary scrutiny.',
      fr: "Une réduction de 90 % des émissions d'ici 2040, les crédits internationaux et l'avenir du SEQE de l'UE sous le contrôle des parlements.",
    },
    body: {
      en: paras(
        'The amended European Climate Law sets a target of a 90% net reduction of greenhouse gas emissions by 2040, with a limited role for international credits. The Commission followed up with a proposal to adapt the **emissions trading system**.',
        'The Sejm Rzeczypospolitej Polskiej and the Народно събрание adopted reasoned opinions, arguing that national energy mixes were not taken into account. The Swedish Riksdag and the French Assemblée nationale sent supportive opinions.',
        `Follow the file on [IPEX](${docUrl('COM(2026) 95')}).`,
      ),
      fr: paras(
        "La loi européenne sur le climat modifiée fixe un objectif de réduction nette de 90 % des émissions de gaz à effet de serre d'ici 2040, avec un rôle limité pour les crédits internationaux. La Commission a ensuite proposé d'adapter le **système d'échange de quotas d'émission**.",
        "Le Sejm Rzeczypospolitej Polskiej et le Народно събрание ont adopté des avis motivés, estimant que les bouquets énergétiques nationaux n'étaient pas pris en compte. Le Riksdag suédois et l'Assemblée nationale française ont adressé des avis favorables.",
        `Suivez le dossier sur [IPEX](${docUrl('COM(2026) 95')}).`,
      ),
    },
  },
  {
    key: 'energy-grids',
    firstSeen: '2026-06-29',
    tags: ['energy'],
    title: { en: 'Energy grids and security of supply', fr: "Réseaux énergétiques et sécurité d'approvisionnement" },
    summary: {
      en: 'The European Grids Package, interconnectors and the protection of undersea infrastructure.',
      fr: 'Le paquet européen sur les réseaux, les interconnexions et la protection des infrastructures sous-marines.',
    },
    body: {
      en: paras(
        'Europe needs to double its grid investment by 2040. The **European Grids Package** of June 2026 proposes binding permit deadlines, which the Poslanecká sněmovna contested in a reasoned opinion.',
        'Around the Baltic Sea, the Eduskunta, the Riigikogu and the Saeima focus on the protection of undersea cables after repeated incidents.',
        mdList(['permitting and grid connection;', 'cross-border interconnectors;', 'security of critical infrastructure.'], false),
        `Follow the scrutiny on [IPEX](${docUrl('COM(2026) 287')}).`,
      ),
      fr: paras(
        "L'Europe doit doubler ses investissements dans les réseaux d'ici 2040. Le **paquet européen sur les réseaux** de juin 2026 propose des délais contraignants pour les permis, que la Poslanecká sněmovna a contestés dans un avis motivé.",
        "Autour de la mer Baltique, l'Eduskunta, le Riigikogu et la Saeima se concentrent sur la protection des câbles sous-marins après des incidents répétés.",
        mdList(['autorisations et raccordement aux réseaux ;', 'interconnexions transfrontalières ;', 'sécurité des infrastructures critiques.'], false),
        `Suivez l'examen sur [IPEX](${docUrl('COM(2026) 287')}).`,
      ),
    },
  },
  {
    key: 'cap-future',
    firstSeen: '2026-05-14',
    tags: ['agriculture'],
    title: { en: 'The future of the common agricultural policy', fr: "L'avenir de la politique agricole commune" },
    summary: {
      en: 'Three chambers sent reasoned opinions on the CAP 2028-2034 proposal; agriculture committees meet across the Union.',
      fr: "Trois chambres ont adressé des avis motivés sur la proposition PAC 2028-2034 ; les commissions de l'agriculture se réunissent dans toute l'Union.",
    },
    body: {
      en: paras(
        'The proposal to fold the CAP into national and regional partnership plans is one of the most debated files of 2026. Reasoned opinions came from the Senatul României, the Senat Rzeczypospolitej Polskiej and the Austrian Nationalrat.',
        '## Main concerns',
        mdList(
          [
            'a ring-fenced budget for farmers;',
            'the future of rural development;',
            'the role of regions, such as the German Länder represented in the Bundesrat.',
          ],
          false,
        ),
        `See the documents on [IPEX](${docUrl('COM(2026) 204')}).`,
      ),
      fr: paras(
        "La proposition d'intégrer la PAC dans les plans de partenariat nationaux et régionaux est l'un des dossiers les plus débattus de 2026. Des avis motivés ont été adressés par le Senatul României, le Senat Rzeczypospolitej Polskiej et le Nationalrat autrichien.",
        '## Principales préoccupations',
        mdList(
          [
            'un budget réservé aux agriculteurs ;',
            "l'avenir du développement rural ;",
            'le rôle des régions, comme les Länder allemands représentés au Bundesrat.',
          ],
          false,
        ),
        `Voir les documents sur [IPEX](${docUrl('COM(2026) 204')}).`,
      ),
    },
  },
  {
    key: 'digital-rulebook',
    firstSeen: '2026-04-02',
    tags: ['digital'],
    title: { en: 'The digital rulebook: simplification and fairness', fr: 'Le corpus numérique : simplification et équité' },
    summary: {
      en: 'Business wallets, the digital omnibus and the Digital Fairness Act before national parliaments.',
      fr: "Les portefeuilles pour les entreprises, l'omnibus numérique et l'acte sur l'équité numérique devant les parlements nationaux.",
    },
    body: {
      en: paras(
        'After the adoption of the AI Act, the Digital Services Act and the Data Act, the Commission now proposes to **simplify** parts of the digital rulebook while adding new consumer protection with the **Digital Fairness Act** (November 2026).',
        mdList(
          [
            'European Business Wallets: opinions from the German Bundesrat, the Poslanecká sněmovna and the Tweede Kamer;',
            'Digital Fairness Act: subsidiarity deadline on 30 December 2026.',
          ],
          false,
        ),
        `Follow both files on IPEX: [business wallets](${docUrl('COM(2026) 131')}) and [digital fairness](${docUrl('COM(2026) 560')}).`,
      ),
      fr: paras(
        "Après l'adoption du règlement sur l'IA, du règlement sur les services numériques et du règlement sur les données, la Commission propose désormais de **simplifier** une partie du corpus numérique tout en renforçant la protection des consommateurs avec l'**acte sur l'équité numérique** (novembre 2026).",
        mdList(
          [
            'portefeuilles européens pour les entreprises : avis du Bundesrat allemand, de la Poslanecká sněmovna et de la Tweede Kamer ;',
            "acte sur l'équité numérique : délai de subsidiarité au 30 décembre 2026.",
          ],
          false,
        ),
        `Suivez les deux dossiers sur IPEX : [portefeuilles pour les entreprises](${docUrl('COM(2026) 131')}) et [équité numérique](${docUrl('COM(2026) 560')}).`,
      ),
    },
  },
  {
    key: 'economic-governance',
    firstSeen: '2026-09-03',
    tags: ['economic-governance'],
    only: 'en',
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
    key: 'europol-scrutiny',
    firstSeen: '2026-03-17',
    tags: ['europol'],
    title: { en: 'Parliamentary scrutiny of Europol', fr: "Le contrôle parlementaire d'Europol" },
    summary: {
      en: "The Joint Parliamentary Scrutiny Group follows Europol's growing role against migrant smuggling and organised crime.",
      fr: "Le groupe de contrôle parlementaire conjoint suit le rôle croissant d'Europol contre le trafic de migrants et la criminalité organisée.",
    },
    body: {
      en: paras(
        "The **Joint Parliamentary Scrutiny Group** (JPSG) brings together members of national parliaments and of the European Parliament twice a year. Its work matters more as Europol's mandate grows.",
        mdList(
          [
            'the proposal to strengthen Europol against migrant smuggling drew reasoned opinions from the Kamra tad-Deputati and the Czech Senát;',
            'members regularly question Europol on data protection and its use of artificial intelligence;',
            'the next meeting takes place in Vilnius in March 2027.',
          ],
          false,
        ),
        `See [the JPSG page on IPEX](${IPEX}/conferences/jpsg).`,
      ),
      fr: paras(
        "Le **groupe de contrôle parlementaire conjoint** (GCPC) réunit deux fois par an des membres des parlements nationaux et du Parlement européen. Ses travaux gagnent en importance à mesure que le mandat d'Europol s'élargit.",
        mdList(
          [
            'la proposition visant à renforcer Europol contre le trafic de migrants a suscité des avis motivés de la Kamra tad-Deputati et du Senát tchèque ;',
            "les membres interrogent régulièrement Europol sur la protection des données et son utilisation de l'intelligence artificielle ;",
            'la prochaine réunion se tiendra à Vilnius en mars 2027.',
          ],
          false,
        ),
        `Voir [la page du GCPC sur IPEX](${IPEX}/conferences/jpsg).`,
      ),
    },
  },
  {
    key: 'subsidiarity-ewm',
    firstSeen: '2026-03-04',
    tags: ['subsidiarity', 'political-dialogue'],
    title: { en: 'Subsidiarity checks and the early warning mechanism', fr: "Le contrôle de subsidiarité et le mécanisme d'alerte précoce" },
    summary: {
      en: 'Every reasoned opinion and political-dialogue opinion sent by national parliaments in 2026, with deadlines and vote counts.',
      fr: 'Tous les avis motivés et avis au titre du dialogue politique adressés par les parlements nationaux en 2026, avec les délais et le décompte des voix.',
    },
    body: {
      en: paras(
        'National parliaments have **eight weeks** from the transmission of a draft legislative act to send a reasoned opinion. If reasoned opinions reach one third of the 54 votes (one quarter in the area of freedom, security and justice), the Commission must review the proposal: the **yellow card**.',
        '## How the votes are counted',
        mdList(
          [
            'each national parliament has two votes;',
            'in bicameral parliaments, such as the Sejm and the Senat, or the Camera Deputaților and the Senatul României, each chamber has one vote;',
            'August is not counted in the eight weeks.',
          ],
          false,
        ),
        '## In 2026',
        'No proposal has come close to a yellow card. The most contested so far were the own resources proposal and the proposals on the common agricultural policy and Ukraine.',
        `Background: [Protocol No 2 and the role of national parliaments](${EP_RELNATPARL}).`,
      ),
      fr: paras(
        "Les parlements nationaux disposent de **huit semaines** à compter de la transmission d'un projet d'acte législatif pour adresser un avis motivé. Si les avis motivés atteignent un tiers des 54 voix (un quart dans l'espace de liberté, de sécurité et de justice), la Commission doit réexaminer la proposition : c'est le **carton jaune**.",
        '## Comment les voix sont comptées',
        mdList(
          [
            'chaque parlement national dispose de deux voix ;',
            "dans les parlements bicaméraux, comme le Sejm et le Senat, ou la Camera Deputaților et le Senatul României, chaque chambre dispose d'une voix ;",
            "le mois d'août n'est pas compté dans les huit semaines.",
          ],
          false,
        ),
        '## En 2026',
        "Aucune proposition n'a approché le seuil du carton jaune. Les plus contestées ont été jusqu'ici la proposition sur les ressources propres et les propositions relatives à la politique agricole commune et à l'Ukraine.",
        `Contexte : [le protocole n° 2 et le rôle des parlements nationaux](${EP_RELNATPARL.replace('/en/', '/fr/')}).`,
      ),
    },
  },
  {
    key: 'cosac-speakers',
    firstSeen: '2026-04-20',
    tags: ['cosac', 'speakers-conference'],
    title: {
      en: "Interparliamentary cooperation: COSAC and the Speakers' Conference",
      fr: 'La coopération interparlementaire : la COSAC et la Conférence des présidents',
    },
    summary: {
      en: 'From København to Dublin and Vilnius: the meetings where national parliaments and the European Parliament work together.',
      fr: 'De København à Dublin et Vilnius : les réunions où les parlements nationaux et le Parlement européen travaillent ensemble.',
    },
    body: {
      en: paras(
        'Interparliamentary cooperation in the Union rests on the **Conference of Speakers**, which sets its guidelines, and on **COSAC**, which meets twice a year in the presidency country.',
        mdList(
          [
            "Speakers' Conference 2026 in København (Folketinget), 2027 in Dublin (Houses of the Oireachtas);",
            'COSAC plenaries in Nicosia (Λευκωσία), Dublin and Vilnius;',
            'IPEX, overseen by the Speakers, links the scrutiny of all 39 chambers.',
          ],
          false,
        ),
        `See [the COSAC page](${IPEX}/conferences/cosac) and [the Speakers' Conference page](${IPEX}/conferences/speakers).`,
      ),
      fr: paras(
        "La coopération interparlementaire dans l'Union repose sur la **Conférence des présidents**, qui en fixe les orientations, et sur la **COSAC**, qui se réunit deux fois par an dans le pays de la présidence.",
        mdList(
          [
            "Conférence des présidents 2026 à København (Folketinget), 2027 à Dublin (chambres de l'Oireachtas) ;",
            'plénières de la COSAC à Nicosie (Λευκωσία), Dublin et Vilnius ;',
            "IPEX, placé sous l'égide des présidents, relie le contrôle des 39 chambres.",
          ],
          false,
        ),
        `Voir [la page COSAC](${IPEX}/conferences/cosac) et [la page de la Conférence des présidents](${IPEX}/conferences/speakers).`,
      ),
    },
  },
];
