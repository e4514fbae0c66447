// Import rules the tests cannot see (issue 11): the panel and the server share code only through
// @yanzhen/config, the CMS panel plugs domains in without importing them, and nothing imports in a circle.
// Run: npm run depcheck
const domains = '^cms/src/(taskboard|incentives|publicity|workforce)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'admin-ui-not-into-cms',
      comment: 'The panel shares code with the server through @yanzhen/config, never by a path into cms/.',
      severity: 'error',
      from: { path: '^admin-ui/' },
      to: { path: '^cms/' },
    },
    {
      name: 'cms-not-into-admin-ui',
      comment: 'The server never imports the panel.',
      severity: 'error',
      from: { path: '^cms/' },
      to: { path: '^admin-ui/' },
    },
    {
      name: 'panel-not-into-domain',
      comment:
        'Domains plug into cms/src/panel (cms/src/index.ts hands them over); the panel imports no domain.',
      severity: 'error',
      from: { path: '^cms/src/panel/' },
      to: { path: domains },
    },
    {
      name: 'no-circular',
      comment: 'A cycle of imports (type-only imports count) ties modules that should stand apart.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|build|\\.tmp|\\.strapi|coverage)/|^cms/types/generated/' },
    // Type-only imports are imports too: a cycle through `import type` still ties the modules together.
    tsPreCompilationDeps: true,
    // tests/tsconfig.json spans the whole repository and maps @yanzhen/config to config/src, as the panel's does.
    tsConfig: { fileName: require('node:path').join(__dirname, 'tests/tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.cjs', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
