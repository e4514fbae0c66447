import type { Core } from '@strapi/strapi';
import { auditAdminWrites } from './admin/audit-admin-writes';
import { blockDemoAccounts } from './admin/demo-accounts';
import { ensureFirstAdmin } from './admin/first-admin';
import { stampPasswordChanges } from './admin/password-changes';
import { isEmpty, loadDemo } from './demo';
import { domains } from './domains';
import { markStopped } from './imports/jobs';
import { declareIndexes } from './indexes';
import { panelRoutes } from './panel/routes';
import { publicRoutes } from './public/routes';
import { pageRoutes } from './public/pages';
import { ensureRoles } from './roles/bootstrap';
import { demoEnabled, isProduction, unsafeAdmin, unsafeSecrets } from './safety';
import { ensureTotals } from './taskboard/totals-table';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    if (isProduction(process.env)) {
      const problems = [...unsafeSecrets(process.env), ...unsafeAdmin(process.env)];
      if (problems.length) {
        throw new Error(
          `Refusing to start in production: ${problems.join('; ')}. Set them in the environment or .env.`,
        );
      }
    }
    declareIndexes(strapi);
    strapi.documents.use(auditAdminWrites(strapi));
    for (const hook of domains.flatMap((d) => d.hooks)) strapi.documents.use(hook(strapi));
    strapi.server.routes([...panelRoutes(strapi, domains), ...publicRoutes(strapi), ...pageRoutes(strapi)]);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureRoles(strapi);
    stampPasswordChanges(strapi);
    const built = await ensureTotals(strapi);
    if (built !== null) strapi.log.info(`[ledger] per-quarter totals built from the ledger: ${built} rows`);
    const stopped = await markStopped(strapi);
    if (stopped)
      strapi.log.warn(
        `${stopped} import job(s) were cut off by the last stop; import their files again to complete them`,
      );
    if (isProduction(process.env)) {
      await ensureFirstAdmin(strapi, process.env);
      await blockDemoAccounts(strapi);
    }
    const store = strapi.store({ type: 'plugin', name: 'yanzhen' });
    if (demoEnabled(process.env) && !(await store.get({ key: 'demo-loaded' })) && (await isEmpty(strapi))) {
      strapi.log.info('[demo] loading the demo district into an empty database…');
      const accounts = await loadDemo(strapi);
      await store.set({ key: 'demo-loaded', value: true });
      strapi.log.info(`[demo] done. Demo accounts: ${accounts.join(', ')} — password yanzhen-demo`);
    }
  },
};
