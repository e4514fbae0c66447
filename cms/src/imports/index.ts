/** The spreadsheet importer (issue 12): a template and an import for every collection, as it plugs into the panel. */
import type { Domain } from '../panel/domain';
import * as messages from './messages';
import { importRoutes } from './routes';

export const imports: Domain = {
  name: 'imports',
  workflows: {},
  // `/:resource/import…`: last in cms/src/domains.ts, so after every other domain's own endpoints.
  routes: importRoutes,
  messages,
  hooks: [],
};
