// The house plan in code (see README "Data flow"): data flows one way, from the configuration and
// the model up to the routes; clients and the sync stay out of the pages. `npm test` runs this.
/** Folders a layer must not import, by layer. */
const below = {
  config: ['http', 'model', 'content', 'i18n', 'cards', 'feeds', 'social', 'routes', 'ipex', 'sync', 'announce', 'evaluation', 'components', 'layouts', 'pages'],
  http: ['config', 'model', 'content', 'i18n', 'cards', 'feeds', 'social', 'routes', 'ipex', 'sync', 'announce', 'evaluation', 'components', 'layouts', 'pages'],
  model: ['http', 'content', 'i18n', 'cards', 'feeds', 'social', 'routes', 'ipex', 'sync', 'announce', 'evaluation', 'components', 'layouts', 'pages'],
  content: ['http', 'i18n', 'cards', 'feeds', 'social', 'routes', 'ipex', 'sync', 'announce', 'evaluation', 'components', 'layouts', 'pages'],
  i18n: ['http', 'content', 'cards', 'feeds', 'social', 'routes', 'ipex', 'sync', 'announce', 'evaluation', 'components', 'layouts', 'pages'],
  cards: ['http', 'content', 'feeds', 'social', 'routes', 'ipex', 'sync', 'announce', 'evaluation', 'components', 'layouts', 'pages'],
  social: ['http', 'content', 'cards', 'feeds', 'routes', 'ipex', 'sync', 'announce', 'evaluation', 'components', 'layouts', 'pages'],
  feeds: ['content', 'routes', 'ipex', 'sync', 'announce', 'evaluation', 'components', 'layouts', 'pages'],
  routes: ['http', 'ipex', 'sync', 'announce', 'components', 'layouts', 'pages'],
  ipex: ['i18n', 'cards', 'feeds', 'social', 'routes', 'sync', 'announce', 'evaluation', 'components', 'layouts', 'pages'],
  sync: ['i18n', 'cards', 'feeds', 'social', 'routes', 'announce', 'evaluation', 'components', 'layouts', 'pages'],
};
const folders = (names) => `^src/(${names.join('|')})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // Types may refer back (a platform's account type, the client interface it implements); code may not.
    { name: 'no-circular', severity: 'error', comment: 'Modules must not import each other in a circle (type-only imports aside).', from: {}, to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } } },
    { name: 'not-to-tests', severity: 'error', comment: 'Nothing outside tests/ imports from tests/.', from: { pathNot: '^tests/' }, to: { path: '^tests/' } },
    { name: 'not-to-unresolvable', severity: 'error', comment: 'Every relative import resolves (packages are checked by the type check).', from: {}, to: { couldNotResolve: true, path: '^[.]' } },
    ...Object.entries(below).map(([layer, forbidden]) => ({
      name: `${layer}-layer`,
      severity: 'error',
      comment: `src/${layer}/ must not import ${forbidden.join(', ')}: data flows one way (README, "Data flow").`,
      from: { path: `^src/${layer}/` },
      to: { path: folders(forbidden) },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.test-dist|\\.astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.d.ts'], conditionNames: ['import', 'require', 'node', 'types', 'default'], mainFields: ['module', 'main', 'types', 'typings'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
