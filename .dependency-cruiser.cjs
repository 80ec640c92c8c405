// The house plan in code (see docs/architecture.md, "Data flow"): data flows one way, from the
// configuration and the model up to the routes and pages; clients and the sync stay out of the pages.
// Every folder of src/ says which other folders it may import; `npm test` runs this (`npm run deps`).
/** Folders of src/ a folder may import, by folder (its own files aside). */
const may = {
  config: ['platforms'],
  http: [],
  files: [],
  output: [],
  scripts: [],
  styles: [],
  // The platform registry: each platform's facts (low: the model's account schema and the config's
  // types read them) beside the client and figures source it wires up (announce, evaluation).
  platforms: ['config', 'model', 'i18n', 'http', 'files', 'social', 'announce', 'evaluation'],
  model: ['config', 'platforms'],
  content: ['config', 'model', 'discussion'],
  i18n: ['config', 'model'],
  cards: ['config', 'model', 'i18n'],
  social: ['config', 'model', 'i18n', 'platforms'],
  feeds: ['config', 'model', 'i18n', 'http', 'cards', 'social'],
  search: ['output'],
  ipex: ['config', 'model', 'content', 'http'],
  sync: ['config', 'model', 'content', 'http', 'files', 'ipex'],
  announce: ['config', 'model', 'i18n', 'http', 'files', 'social', 'platforms'],
  // What parliaments said under the hub's posts: collected from the platforms (public reads), read by the build.
  discussion: ['config', 'model', 'content', 'http', 'files', 'announce', 'evaluation'],
  evaluation: ['config', 'model', 'content', 'i18n', 'http', 'files', 'announce', 'platforms', 'discussion'],
  routes: ['config', 'model', 'content', 'i18n', 'cards', 'social', 'feeds', 'evaluation', 'platforms', 'discussion'],
  components: ['config', 'model', 'i18n', 'routes', 'evaluation', 'scripts'],
  layouts: ['config', 'model', 'i18n', 'routes', 'components', 'styles'],
  pages: ['config', 'model', 'i18n', 'routes', 'cards', 'social', 'feeds', 'evaluation', 'output', 'components', 'layouts', 'scripts'],
};
const folders = (names) => `^src/(${names.join('|')})/`;
/** Everything a folder may not import: every other folder it is not allowed. */
const forbiddenFor = (layer) => Object.keys(may).filter((f) => f !== layer && !may[layer].includes(f));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // Types may refer back (a platform's account type, the client interface it implements); code may not.
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must not import each other in a circle (type-only imports aside).',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    { name: 'not-to-tests', severity: 'error', comment: 'Nothing outside tests/ imports from tests/.', from: { pathNot: '^tests/' }, to: { path: '^tests/' } },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every relative import resolves (packages are checked by the type check).',
      from: {},
      to: { couldNotResolve: true, path: '^[.]' },
    },
    ...Object.keys(may).map((layer) => ({
      name: `${layer}-layer`,
      severity: 'error',
      comment: `src/${layer}/ may import only ${may[layer].join(', ') || 'packages'}: data flows one way (docs/architecture.md, "Data flow").`,
      from: { path: `^src/${layer}/` },
      to: { path: folders(forbiddenFor(layer)) },
    })),
    {
      name: 'every-folder-has-a-layer',
      severity: 'error',
      comment: 'A new folder of src/ gets its line in `may` above, saying what it may import.',
      from: { path: '^src/[^/]+/', pathNot: folders(Object.keys(may)) },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.test-dist|\\.astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.mjs', '.js', '.d.ts'],
      conditionNames: ['import', 'require', 'node', 'types', 'default'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
