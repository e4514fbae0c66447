import type { Core } from '@strapi/strapi';
import { auditAdminWrites } from './admin/audit-admin-writes';
import { blockDemoAccounts } from './admin/demo-accounts';
import { ensureFirstAdmin } from './admin/first-admin';
import { stampPasswordChanges } from './admin/password-changes';
import { appendOnlyLedger, frozenScores } from './board/guards';
import { taskScoring } from './board/hooks';
import { boardJobs } from './board/jobs';
import { isEmpty, loadDemo } from './demo';
import { appraisalScoring } from './incentives/appraisal';
import { payScaleFloor } from './incentives/payScale';
import { promotionChain } from './incentives/promotion';
import { declareIndexes } from './indexes';
import { panelRoutes } from './panel/routes';
import { publicRoutes } from './public/routes';
import { storyHooks } from './publicity/hooks';
import { pageRoutes } from './publicity/pages';
import { ensureRoles } from './roles/bootstrap';
import { demoEnabled, isProduction, unsafeAdmin, unsafeSecrets } from './safety';
import { enrollmentEffects } from './workforce/enrollments';
import { subsidyRateFloor } from './workforce/programs';
import { oneSecretary } from './workforce/secretaries';
import { noSelfMentor } from './workforce/mentors';

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
    strapi.documents.use(taskScoring(strapi));
    strapi.documents.use(appendOnlyLedger);
    strapi.documents.use(auditAdminWrites(strapi));
    strapi.documents.use(frozenScores(strapi));
    strapi.documents.use(appraisalScoring(strapi));
    strapi.documents.use(payScaleFloor(strapi));
    strapi.documents.use(promotionChain(strapi));
    strapi.documents.use(oneSecretary(strapi));
    strapi.documents.use(noSelfMentor);
    strapi.documents.use(subsidyRateFloor(strapi));
    strapi.documents.use(enrollmentEffects(strapi));
    strapi.documents.use(storyHooks(strapi));
    strapi.server.routes([...panelRoutes(strapi), ...publicRoutes(strapi), ...pageRoutes(strapi)]);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureRoles(strapi);
    stampPasswordChanges(strapi);
    if (isProduction(process.env)) {
      await ensureFirstAdmin(strapi, process.env);
      await blockDemoAccounts(strapi);
    }
    if (strapi.config.get('server.cron.enabled')) strapi.cron.add(boardJobs());
    const store = strapi.store({ type: 'plugin', name: 'yanzhen' });
    if (demoEnabled(process.env) && !(await store.get({ key: 'demo-loaded' })) && (await isEmpty(strapi))) {
      strapi.log.info('[demo] loading the demo district into an empty database…');
      const accounts = await loadDemo(strapi);
      await store.set({ key: 'demo-loaded', value: true });
      strapi.log.info(`[demo] done. Demo accounts: ${accounts.join(', ')} — password yanzhen-demo`);
    }
  },
};
