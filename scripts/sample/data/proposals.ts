// Commission proposals under subsidiarity scrutiny in the sample, with the chambers' opinions.
import type { L } from '../basics.ts';

/** A chamber's opinion on a proposal. */
export interface Opinion {
  code: string;
  /** Days after transmission. */
  after: number;
  only?: 'en' | 'fr' | undefined;
  withdrawn?: boolean | undefined;
}
/** A Commission proposal under scrutiny. */
export interface Proposal {
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

/** The proposals of the sample. */
export const PROPOSALS: Proposal[] = [
  {
    com: 'COM(2026) 48',
    transmitted: '2026-02-25',
    afsj: true,
    tags: ['migration', 'europol'],
    title: {
      en: "Proposal for a Regulation of the European Parliament and of the Council on strengthening police cooperation in relation to the prevention, detection and investigation of migrant smuggling and trafficking in human beings, and on enhancing Europol's support to preventing and combating such crimes, amending Regulation (EU) 2016/794",
      fr: "Proposition de règlement du Parlement européen et du Conseil relatif au renforcement de la coopération policière en ce qui concerne la prévention et la détection du trafic de migrants et de la traite des êtres humains et les enquêtes en la matière, et au renforcement du soutien d'Europol à la prévention et à la lutte contre ces formes de criminalité, et modifiant le règlement (UE) 2016/794",
    },
    label: { en: 'Europol and migrant smuggling', fr: 'Europol et trafic de migrants' },
    ref: {
      en: "the proposal to strengthen Europol's role against migrant smuggling",
      fr: "la proposition visant à renforcer le rôle d'Europol dans la lutte contre le trafic de migrants",
    },
    context: {
      en: "The proposal would turn the European Centre Against Migrant Smuggling into a permanent structure within Europol, oblige Member States to share information on smuggling networks and extend Europol's power to request the initiation of investigations.",
      fr: "La proposition ferait du Centre européen de lutte contre le trafic de migrants une structure permanente au sein d'Europol, obligerait les États membres à partager les informations sur les réseaux de passeurs et étendrait le pouvoir d'Europol de demander l'ouverture d'enquêtes.",
    },
    reasons: [
      {
        en: 'the obligation to share information with Europol within fixed deadlines interferes with the organisation of national police and prosecution services',
        fr: "l'obligation de partager des informations avec Europol dans des délais fixes empiète sur l'organisation des services nationaux de police et de poursuite",
      },
      {
        en: "the extension of Europol's power to request investigations goes beyond what is necessary to support national authorities",
        fr: "l'extension du pouvoir d'Europol de demander l'ouverture d'enquêtes va au-delà de ce qui est nécessaire pour soutenir les autorités nationales",
      },
    ],
    points: [
      {
        en: 'supports a stronger European response to migrant smuggling networks',
        fr: 'soutient une réponse européenne plus forte contre les réseaux de passeurs',
      },
      {
        en: "asks for the role of the Joint Parliamentary Scrutiny Group to be reinforced in step with Europol's new tasks",
        fr: "demande que le rôle du groupe de contrôle parlementaire conjoint soit renforcé au même rythme que les nouvelles missions d'Europol",
      },
    ],
    ro: [
      { code: 'mtkam', after: 40 },
      { code: 'czsen', after: 50 },
    ],
    pd: [
      { code: 'debta', after: 30 },
      { code: 'itsen', after: 35, withdrawn: true },
    ],
  },
  {
    com: 'COM(2026) 95',
    transmitted: '2026-03-11',
    afsj: false,
    tags: ['climate', 'energy'],
    title: {
      en: 'Proposal for a Directive of the European Parliament and of the Council amending Directive 2003/87/EC as regards the contribution of the EU emissions trading system to the 2040 climate target, the use of permanent carbon removals and international credits, and the Market Stability Reserve',
      fr: "Proposition de directive du Parlement européen et du Conseil modifiant la directive 2003/87/CE en ce qui concerne la contribution du système d'échange de quotas d'émission de l'UE à l'objectif climatique pour 2040, le recours aux absorptions permanentes de carbone et aux crédits internationaux, ainsi que la réserve de stabilité du marché",
    },
    label: { en: 'EU ETS and the 2040 target', fr: "SEQE de l'UE et objectif 2040" },
    ref: {
      en: 'the proposal aligning the EU emissions trading system with the 2040 climate target',
      fr: "la proposition alignant le système d'échange de quotas d'émission de l'UE sur l'objectif climatique pour 2040",
    },
    context: {
      en: 'The Commission proposes a new cap trajectory after 2030, a limited use of international carbon credits from 2036 and the integration of permanent carbon removals into the emissions trading system.',
      fr: "La Commission propose une nouvelle trajectoire du plafond après 2030, un recours limité aux crédits carbone internationaux à partir de 2036 et l'intégration des absorptions permanentes de carbone dans le système d'échange de quotas.",
    },
    reasons: [
      {
        en: 'the proposal does not take sufficient account of the different starting points of national energy mixes',
        fr: 'la proposition ne tient pas suffisamment compte des points de départ différents des bouquets énergétiques nationaux',
      },
      {
        en: 'the social consequences for households in regions dependent on coal are left to Member States without adequate means',
        fr: 'les conséquences sociales pour les ménages des régions dépendantes du charbon sont laissées aux États membres sans moyens suffisants',
      },
    ],
    points: [
      { en: 'supports a predictable long-term carbon price', fr: 'soutient un prix du carbone prévisible à long terme' },
      { en: 'asks for strict quality criteria for international credits', fr: 'demande des critères de qualité stricts pour les crédits internationaux' },
    ],
    ro: [
      { code: 'plsej', after: 45 },
      { code: 'bgnsb', after: 49 },
    ],
    pd: [
      { code: 'seriks', after: 38, only: 'en' },
      { code: 'frass', after: 41 },
      { code: 'ptass', after: 50 },
    ],
  },
  {
    com: 'COM(2026) 131',
    transmitted: '2026-04-01',
    afsj: false,
    tags: ['digital'],
    title: {
      en: 'Proposal for a Regulation of the European Parliament and of the Council on European Business Wallets and amending Regulation (EU) No 910/2014',
      fr: 'Proposition de règlement du Parlement européen et du Conseil relatif aux portefeuilles européens pour les entreprises et modifiant le règlement (UE) n° 910/2014',
    },
    label: { en: 'European Business Wallets', fr: 'portefeuilles européens pour les entreprises' },
    ref: { en: 'the proposal on European Business Wallets', fr: 'la proposition relative aux portefeuilles européens pour les entreprises' },
    context: {
      en: 'Business wallets would let companies and public bodies identify themselves, sign and exchange verified documents across borders, building on the European Digital Identity framework.',
      fr: "Les portefeuilles pour les entreprises permettraient aux sociétés et aux organismes publics de s'identifier, de signer et d'échanger des documents vérifiés par-delà les frontières, en s'appuyant sur le cadre européen d'identité numérique.",
    },
    reasons: [
      {
        en: 'the mandatory acceptance of business wallets by all public administrations within two years is disproportionate for local authorities',
        fr: "l'acceptation obligatoire des portefeuilles par toutes les administrations publiques dans un délai de deux ans est disproportionnée pour les collectivités locales",
      },
      {
        en: 'existing national business registers already achieve the objective',
        fr: "les registres nationaux des entreprises existants permettent déjà d'atteindre l'objectif",
      },
    ],
    points: [
      {
        en: 'welcomes the reduction of administrative burden for small and medium-sized enterprises',
        fr: 'salue la réduction de la charge administrative pour les petites et moyennes entreprises',
      },
      {
        en: 'asks for interoperability with existing national e-government solutions',
        fr: "demande l'interopérabilité avec les solutions nationales d'administration en ligne existantes",
      },
    ],
    ro: [],
    pd: [
      { code: 'debra', after: 40 },
      { code: 'czpsp', after: 44 },
      { code: 'nltk', after: 52 },
    ],
  },
  {
    com: 'COM(2026) 170',
    transmitted: '2026-04-22',
    afsj: false,
    tags: ['budget'],
    title: {
      en: 'Proposal for a Council Decision amending Decision (EU, Euratom) 2020/2053 on the system of own resources of the European Union as regards a new own resource based on the turnover of large companies',
      fr: "Proposition de décision du Conseil modifiant la décision (UE, Euratom) 2020/2053 relative au système des ressources propres de l'Union européenne en ce qui concerne une nouvelle ressource propre fondée sur le chiffre d'affaires des grandes entreprises",
    },
    label: { en: 'own resources (CORE)', fr: 'ressources propres (CORE)' },
    ref: {
      en: 'the proposal for a new own resource based on the turnover of large companies',
      fr: "la proposition de nouvelle ressource propre fondée sur le chiffre d'affaires des grandes entreprises",
    },
    context: {
      en: 'The new own resource would apply a lump-sum contribution to companies with a net turnover above EUR 100 million and is meant to help repay the NextGenerationEU borrowing from 2028.',
      fr: "La nouvelle ressource propre appliquerait une contribution forfaitaire aux entreprises dont le chiffre d'affaires net dépasse 100 millions d'euros et doit contribuer au remboursement de l'emprunt NextGenerationEU à partir de 2028.",
    },
    reasons: [
      {
        en: 'taxation of companies is a national competence and the proposal amounts to an EU tax in all but name',
        fr: "l'imposition des entreprises relève de la compétence nationale et la proposition équivaut à un impôt européen qui ne dit pas son nom",
      },
      {
        en: 'the Commission has not shown why the repayment cannot be financed from national contributions',
        fr: "la Commission n'a pas démontré pourquoi le remboursement ne peut être financé par des contributions nationales",
      },
    ],
    points: [
      {
        en: 'recalls that own resources decisions require ratification by all Member States in accordance with their constitutional requirements',
        fr: 'rappelle que les décisions relatives aux ressources propres requièrent une ratification par tous les États membres selon leurs règles constitutionnelles',
      },
      {
        en: "asks for an assessment of the effect on companies' competitiveness",
        fr: "demande une évaluation de l'effet sur la compétitivité des entreprises",
      },
    ],
    ro: [
      { code: 'huors', after: 50 },
      { code: 'sknrs', after: 53 },
      { code: 'nlek', after: 47, only: 'en' },
    ],
    pd: [
      { code: 'frsen', after: 44, only: 'fr' },
      { code: 'roden', after: 39, withdrawn: true },
      { code: 'atbr', after: 46 },
    ],
  },
  {
    com: 'COM(2026) 204',
    transmitted: '2026-05-13',
    afsj: false,
    tags: ['agriculture', 'budget'],
    title: {
      en: 'Proposal for a Regulation of the European Parliament and of the Council establishing rules on support for national and regional partnership plans to be drawn up by Member States under the common agricultural policy for the period 2028-2034 and repealing Regulation (EU) 2021/2115',
      fr: 'Proposition de règlement du Parlement européen et du Conseil établissant des règles régissant le soutien aux plans de partenariat nationaux et régionaux à établir par les États membres dans le cadre de la politique agricole commune pour la période 2028-2034 et abrogeant le règlement (UE) 2021/2115',
    },
    label: { en: 'CAP 2028-2034', fr: 'PAC 2028-2034' },
    ref: { en: 'the proposal on the common agricultural policy for 2028-2034', fr: 'la proposition relative à la politique agricole commune pour 2028-2034' },
    context: {
      en: 'The common agricultural policy would be programmed through single national and regional partnership plans, with a ring-fenced amount for income support and new conditions linked to reforms.',
      fr: 'La politique agricole commune serait programmée au moyen de plans de partenariat nationaux et régionaux uniques, avec un montant réservé au soutien au revenu et de nouvelles conditions liées aux réformes.',
    },
    reasons: [
      {
        en: 'merging agricultural funding into national and regional partnership plans weakens the common character of the policy while imposing detailed EU conditions',
        fr: 'la fusion des financements agricoles dans des plans de partenariat nationaux et régionaux affaiblit le caractère commun de la politique tout en imposant des conditions européennes détaillées',
      },
      {
        en: 'regions lose the role they have in managing rural development',
        fr: "les régions perdent le rôle qu'elles jouent dans la gestion du développement rural",
      },
    ],
    points: [
      { en: 'insists on a stable income support for farmers', fr: 'insiste sur un soutien stable au revenu des agriculteurs' },
      { en: 'asks for the second pillar to remain a distinct instrument', fr: 'demande que le second pilier demeure un instrument distinct' },
    ],
    ro: [
      { code: 'rosen', after: 42 },
      { code: 'plsen', after: 48 },
      { code: 'atnr', after: 53 },
    ],
    pd: [
      { code: 'grvou', after: 35 },
      { code: 'essen', after: 45 },
      { code: 'iedai', after: 40 },
    ],
  },
  {
    com: 'COM(2026) 233',
    transmitted: '2026-06-03',
    afsj: true,
    tags: ['migration'],
    title: {
      en: 'Proposal for a Regulation of the European Parliament and of the Council on the mutual recognition and enforcement of return decisions and establishing a European Return Order',
      fr: "Proposition de règlement du Parlement européen et du Conseil relatif à la reconnaissance mutuelle et à l'exécution des décisions de retour et instituant un ordre de retour européen",
    },
    label: { en: 'European Return Order', fr: 'ordre de retour européen' },
    ref: {
      en: 'the proposal on the mutual recognition of return decisions',
      fr: 'la proposition relative à la reconnaissance mutuelle des décisions de retour',
    },
    context: {
      en: 'A European Return Order would be recognised and enforced by every Member State, complementing the Pact on Migration and Asylum that applies from June 2026.',
      fr: "Un ordre de retour européen serait reconnu et exécuté par chaque État membre, en complément du pacte sur la migration et l'asile applicable depuis juin 2026.",
    },
    reasons: [
      {
        en: 'the automatic recognition of return decisions does not respect the differences between national administrative and judicial procedures',
        fr: 'la reconnaissance automatique des décisions de retour ne respecte pas les différences entre les procédures administratives et judiciaires nationales',
      },
      {
        en: 'the choice of a regulation instead of a directive leaves no margin for national implementation',
        fr: "le choix d'un règlement plutôt que d'une directive ne laisse aucune marge pour la mise en œuvre nationale",
      },
    ],
    points: [
      {
        en: 'supports more effective returns in full respect of fundamental rights',
        fr: 'soutient des retours plus efficaces dans le plein respect des droits fondamentaux',
      },
      { en: 'asks for sufficient funding for national return capacities', fr: 'demande un financement suffisant pour les capacités nationales de retour' },
    ],
    ro: [
      { code: 'escon', after: 52 },
      { code: 'sidz', after: 50 },
    ],
    pd: [
      { code: 'cyvou', after: 30 },
      { code: 'mtkam', after: 41 },
      { code: 'lvsae', after: 44 },
    ],
  },
  {
    com: 'COM(2026) 287',
    transmitted: '2026-06-24',
    afsj: false,
    tags: ['energy'],
    title: {
      en: 'Proposal for a Regulation of the European Parliament and of the Council on accelerating permit-granting and grid connection for electricity networks and amending Regulations (EU) 2019/943 and (EU) 2022/869',
      fr: "Proposition de règlement du Parlement européen et du Conseil relatif à l'accélération des procédures d'octroi de permis et du raccordement aux réseaux d'électricité et modifiant les règlements (UE) 2019/943 et (UE) 2022/869",
    },
    label: { en: 'grid permitting', fr: 'autorisation des réseaux' },
    ref: {
      en: 'the proposal to speed up permitting and grid connection',
      fr: "la proposition visant à accélérer l'octroi des permis et le raccordement aux réseaux",
    },
    context: {
      en: 'Part of the European Grids Package, the proposal sets binding deadlines for permits, an overriding public interest presumption for grid projects and common rules for connection queues.',
      fr: "Faisant partie du paquet européen sur les réseaux, la proposition fixe des délais contraignants pour les permis, une présomption d'intérêt public majeur pour les projets de réseau et des règles communes pour les files d'attente de raccordement.",
    },
    reasons: [
      {
        en: 'binding permit deadlines interfere with national spatial planning and environmental procedures',
        fr: "des délais contraignants pour les permis empiètent sur les procédures nationales d'aménagement du territoire et d'évaluation environnementale",
      },
      {
        en: 'the proposal does not respect the competence of Member States to determine the structure of their energy supply',
        fr: 'la proposition ne respecte pas la compétence des États membres pour déterminer la structure de leur approvisionnement énergétique',
      },
    ],
    points: [
      { en: 'welcomes faster grid connection for renewable energy', fr: "salue l'accélération du raccordement des énergies renouvelables" },
      {
        en: 'calls for cross-border interconnections in the Baltic Sea region to be prioritised',
        fr: 'demande que les interconnexions transfrontalières dans la région de la mer Baltique soient prioritaires',
      },
    ],
    ro: [{ code: 'czpsp', after: 75 }],
    pd: [
      { code: 'fiedu', after: 70 },
      { code: 'eerii', after: 80 },
      { code: 'dkfol', after: 30 },
    ],
  },
  {
    com: 'COM(2026) 318',
    transmitted: '2026-07-08',
    afsj: false,
    tags: ['rule-of-law', 'budget'],
    title: {
      en: 'Proposal for a Regulation of the European Parliament and of the Council on a general regime of conditionality for the protection of the Union budget under the multiannual financial framework 2028-2034',
      fr: "Proposition de règlement du Parlement européen et du Conseil relatif à un régime général de conditionnalité pour la protection du budget de l'Union dans le cadre financier pluriannuel 2028-2034",
    },
    label: { en: 'rule-of-law conditionality', fr: "conditionnalité liée à l'État de droit" },
    ref: {
      en: 'the proposal on rule-of-law conditionality in the 2028-2034 budget',
      fr: "la proposition relative à la conditionnalité liée à l'État de droit dans le budget 2028-2034",
    },
    context: {
      en: 'The proposal extends the conditionality regime to all programmes of the next multiannual financial framework and links it to the findings of the annual Rule of Law Report.',
      fr: "La proposition étend le régime de conditionnalité à tous les programmes du prochain cadre financier pluriannuel et le relie aux constats du rapport annuel sur l'État de droit.",
    },
    reasons: [
      {
        en: 'the link with the Rule of Law Report gives the Commission a discretion that is not framed by clear criteria',
        fr: "le lien avec le rapport sur l'État de droit confère à la Commission un pouvoir d'appréciation qui n'est pas encadré par des critères clairs",
      },
      {
        en: 'final beneficiaries would bear the consequences of measures taken against national governments',
        fr: "les bénéficiaires finaux supporteraient les conséquences des mesures prises à l'encontre des gouvernements nationaux",
      },
    ],
    points: [
      {
        en: 'supports the protection of the Union budget against breaches of the principles of the rule of law',
        fr: "soutient la protection du budget de l'Union contre les violations des principes de l'État de droit",
      },
      {
        en: 'asks that national parliaments be informed when the mechanism is triggered',
        fr: 'demande que les parlements nationaux soient informés lorsque le mécanisme est déclenché',
      },
    ],
    ro: [{ code: 'huors', after: 70 }],
    pd: [
      { code: 'bekam', after: 60 },
      { code: 'itcam', after: 72 },
    ],
  },
  {
    com: 'COM(2026) 402',
    transmitted: '2026-09-02',
    afsj: false,
    tags: ['economic-governance'],
    title: {
      en: 'Proposal for a Regulation of the European Parliament and of the Council amending Regulation (EU) 2024/1263 as regards the simplification of the European Semester and the integration of national reform and investment reporting',
      fr: "Proposition de règlement du Parlement européen et du Conseil modifiant le règlement (UE) 2024/1263 en ce qui concerne la simplification du Semestre européen et l'intégration des rapports nationaux sur les réformes et les investissements",
    },
    label: { en: 'European Semester simplification', fr: 'simplification du Semestre européen' },
    ref: { en: 'the proposal simplifying the European Semester', fr: 'la proposition de simplification du Semestre européen' },
    context: {
      en: 'The proposal merges national reporting on reforms, investments and the medium-term fiscal-structural plans into a single annual progress report.',
      fr: "La proposition fusionne les rapports nationaux sur les réformes, les investissements et les plans budgétaires et structurels à moyen terme en un rapport d'avancement annuel unique.",
    },
    reasons: [],
    points: [
      { en: 'welcomes the reduction of overlapping reporting obligations', fr: 'salue la réduction des obligations de déclaration qui se chevauchent' },
      {
        en: 'calls for national parliaments to be involved in the preparation of the annual progress report',
        fr: "demande que les parlements nationaux soient associés à la préparation du rapport d'avancement annuel",
      },
    ],
    ro: [],
    pd: [
      { code: 'debta', after: 40 },
      { code: 'escon', after: 45 },
      { code: 'luchd', after: 48, only: 'fr' },
    ],
  },
  {
    com: 'COM(2026) 455',
    transmitted: '2026-09-16',
    afsj: false,
    tags: ['enlargement', 'budget'],
    title: {
      en: 'Proposal for a Regulation of the European Parliament and of the Council establishing the Ukraine Reconstruction and Accession Facility for the period 2028-2034',
      fr: "Proposition de règlement du Parlement européen et du Conseil établissant la facilité pour la reconstruction et l'adhésion de l'Ukraine pour la période 2028-2034",
    },
    label: { en: 'Ukraine Facility 2028-2034', fr: "facilité pour l'Ukraine 2028-2034" },
    ref: {
      en: 'the proposal for a Ukraine Reconstruction and Accession Facility',
      fr: "la proposition de facilité pour la reconstruction et l'adhésion de l'Ukraine",
    },
    context: {
      en: 'The facility would provide grants and loans for reconstruction and accession-related reforms, with payments linked to a Ukraine Plan assessed by the Commission.',
      fr: "La facilité fournirait des subventions et des prêts pour la reconstruction et les réformes liées à l'adhésion, les paiements étant liés à un plan pour l'Ukraine évalué par la Commission.",
    },
    reasons: [
      {
        en: 'the Council would lose control over the disbursement of large amounts through implementing acts',
        fr: "le Conseil perdrait le contrôle du versement de montants importants au moyen d'actes d'exécution",
      },
      {
        en: 'the proposal pre-empts the negotiations on the multiannual financial framework',
        fr: 'la proposition préjuge des négociations sur le cadre financier pluriannuel',
      },
    ],
    points: [
      {
        en: "reaffirms its support for Ukraine's reconstruction and European path",
        fr: "réaffirme son soutien à la reconstruction de l'Ukraine et à son parcours européen",
      },
      { en: 'asks for robust audit and anti-fraud safeguards', fr: "demande des garanties solides en matière d'audit et de lutte contre la fraude" },
    ],
    ro: [
      { code: 'huors', after: 52 },
      { code: 'sknrs', after: 55 },
    ],
    pd: [
      { code: 'plsej', after: 30 },
      { code: 'lvsae', after: 33 },
      { code: 'ltsei', after: 36 },
    ],
  },
  {
    com: 'COM(2026) 512',
    transmitted: '2026-10-07',
    afsj: false,
    tags: ['cfsp-csdp'],
    title: {
      en: 'Proposal for a Regulation of the European Parliament and of the Council establishing the European Defence Readiness Programme and a framework for the joint procurement of defence products',
      fr: 'Proposition de règlement du Parlement européen et du Conseil établissant le programme européen pour la préparation de la défense et un cadre pour les achats conjoints de produits de défense',
    },
    label: { en: 'European Defence Readiness Programme', fr: 'programme pour la préparation de la défense' },
    ref: { en: 'the proposal for a European Defence Readiness Programme', fr: 'la proposition de programme européen pour la préparation de la défense' },
    context: {
      en: 'The programme would finance joint procurement by at least three Member States and create a European preference for defence products, with a dedicated window for air and missile defence.',
      fr: "Le programme financerait les achats conjoints d'au moins trois États membres et instaurerait une préférence européenne pour les produits de défense, avec un volet spécifique consacré à la défense aérienne et antimissile.",
    },
    reasons: [
      {
        en: 'the proposal does not sufficiently respect the security and defence policy of certain Member States, including their neutrality',
        fr: 'la proposition ne respecte pas suffisamment la politique de sécurité et de défense de certains États membres, y compris leur neutralité',
      },
      {
        en: 'procurement decisions in the field of defence must remain with national parliaments',
        fr: "les décisions d'acquisition dans le domaine de la défense doivent rester du ressort des parlements nationaux",
      },
    ],
    points: [
      { en: 'supports joint procurement to close capability gaps', fr: 'soutient les achats conjoints pour combler les lacunes capacitaires' },
      {
        en: 'asks for the involvement of small and medium-sized defence suppliers from all Member States',
        fr: 'demande la participation des petits et moyens fournisseurs de défense de tous les États membres',
      },
    ],
    ro: [{ code: 'atnr', after: 38 }],
    pd: [
      { code: 'plsen', after: 33 },
      { code: 'fiedu', after: 35 },
    ],
  },
  {
    com: 'COM(2026) 560',
    transmitted: '2026-11-04',
    afsj: false,
    tags: ['digital'],
    title: {
      en: 'Proposal for a Directive of the European Parliament and of the Council on digital fairness for consumers, amending Directives 2005/29/EC, 2011/83/EU and (EU) 2019/2161 (Digital Fairness Act)',
      fr: "Proposition de directive du Parlement européen et du Conseil relative à l'équité numérique pour les consommateurs, modifiant les directives 2005/29/CE, 2011/83/UE et (UE) 2019/2161 (acte sur l'équité numérique)",
    },
    label: { en: 'Digital Fairness Act', fr: "acte sur l'équité numérique" },
    ref: { en: 'the Digital Fairness Act', fr: "l'acte sur l'équité numérique" },
    context: {
      en: 'The Digital Fairness Act addresses dark patterns, addictive design, unfair personalisation and subscription traps in online services.',
      fr: "L'acte sur l'équité numérique s'attaque aux interfaces truquées, à la conception addictive, à la personnalisation déloyale et aux pièges à abonnement dans les services en ligne.",
    },
    reasons: [],
    points: [],
    ro: [],
    pd: [],
  },
];

/** Reasons any reasoned opinion may give. */
export const GENERIC_REASONS: L[] = [
  {
    en: 'the Commission has not demonstrated that the objectives cannot be sufficiently achieved by the Member States acting alone',
    fr: "la Commission n'a pas démontré que les objectifs ne peuvent pas être atteints de manière suffisante par les États membres agissant seuls",
  },
  {
    en: 'the justification in the explanatory memorandum is brief and not backed by a proper impact assessment',
    fr: "la justification figurant dans l'exposé des motifs est sommaire et ne repose pas sur une analyse d'impact adéquate",
  },
  {
    en: 'the extensive use of delegated and implementing acts would leave essential choices to the Commission',
    fr: "le recours étendu aux actes délégués et d'exécution laisserait des choix essentiels à la Commission",
  },
  {
    en: 'the proposal does not leave enough room for national and regional specificities',
    fr: 'la proposition ne laisse pas une marge suffisante aux spécificités nationales et régionales',
  },
];
/** Points any political-dialogue opinion may make. */
export const GENERIC_POINTS: L[] = [
  {
    en: 'asks the Commission to reduce the administrative burden on national authorities',
    fr: 'demande à la Commission de réduire la charge administrative pesant sur les autorités nationales',
  },
  {
    en: 'calls for a thorough assessment of the financial consequences for national budgets',
    fr: 'demande une évaluation approfondie des conséquences financières pour les budgets nationaux',
  },
  {
    en: 'asks to be kept informed of the negotiations in the Council and the European Parliament',
    fr: 'demande à être tenu informé des négociations au Conseil et au Parlement européen',
  },
  { en: 'stresses the need for a review clause after five years', fr: "souligne la nécessité d'une clause de réexamen après cinq ans" },
];
