#!/usr/bin/env node
/**
 * Rewrites the permission matrix in README.md from cms/src/roles/matrix.ts (through the compiled CMS:
 * run after the CMS has compiled, e.g. after a test run or `npm start`).
 */
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const { actionTable, permissionTable } = require(path.join(root, 'cms/dist/src/roles/table.js'));
const { actionNames } = require(path.join(root, 'cms/dist/src/workflows.js'));
const api = path.join(root, 'cms/src/api');
const types = fs
  .readdirSync(api)
  .map(
    (dir) =>
      JSON.parse(fs.readFileSync(path.join(api, dir, 'content-types', dir, 'schema.json'), 'utf8')).info,
  )
  .map((info) => ({ singular: info.singularName, plural: info.pluralName }))
  .sort((a, b) => a.plural.localeCompare(b.plural));
const readme = path.join(root, 'README.md');
let text = fs.readFileSync(readme, 'utf8');
const replace = (heading, table) => {
  const start = text.indexOf(heading);
  if (start < 0) throw new Error(`README.md has no table starting "${heading}"`);
  const end = text.indexOf('\n\n', start);
  text = text.slice(0, start) + table + text.slice(end);
};
replace('| resource | 资源 |', permissionTable(types));
replace('| resource | action |', actionTable(types, actionNames));
fs.writeFileSync(readme, text);
console.log('README.md: permission matrix rewritten');
