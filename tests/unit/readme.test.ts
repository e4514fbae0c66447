import fs from 'fs';
import path from 'path';
import { actionTable, permissionTable } from '../../cms/src/roles/table';
import { actionNames } from '../../cms/src/workflows';

const root = path.resolve(__dirname, '../..');
const types = fs
  .readdirSync(path.join(root, 'cms/src/api'))
  .map((dir) =>
    JSON.parse(
      fs.readFileSync(path.join(root, 'cms/src/api', dir, 'content-types', dir, 'schema.json'), 'utf8'),
    ),
  )
  .map((s) => ({ singular: s.info.singularName as string, plural: s.info.pluralName as string }))
  .sort((a, b) => a.plural.localeCompare(b.plural));

describe('README', () => {
  it('shows the permission matrix the server grants', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain(permissionTable(types));
  });

  it('shows who may take each workflow action', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain(actionTable(types, actionNames));
  });

  it('shows the two commands users rely on', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
