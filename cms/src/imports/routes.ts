/**
 * The importer's panel endpoints (issue 12): `GET /api/panel/<resource>/import/template.xlsx`,
 * `POST /api/panel/<resource>/import` (multipart: `file`, `mode`, `dryRun`, `skipInvalid`; 202 and a
 * background job above BACKGROUND_ROWS rows), `GET /api/panel/import-jobs/:id/errors.xlsx`, and the
 * list export.
 */
import { catalogs } from '@yanzhen/config';
import type { Context } from 'koa';
import { assertCan } from '../panel/access';
import { PanelError } from '../panel/errors';
import { localeOf, message } from '../panel/messages';
import { mayReveal } from '../panel/viewer';
import type { Resource } from '../panel/model';
import type { DomainRoute } from '../panel/domain';
import { writeAudit } from '../panel/audit';
import { columnsOf } from './columns';
import { exportWorkbook } from './export';
import { BACKGROUND_ROWS, errorsWorkbook, finishJob, startJob } from './jobs';
import { runJob } from './job-run';
import { emptyReport } from './report';
import { runImport, type ImportOptions, type Mode } from './run';
import { templateWorkbook } from './template';
import { uploadedName, uploadedSheet } from './upload';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MODES: Mode[] = ['insert', 'update', 'upsert'];

function resourceOf(ctx: Context, registry: { byName(n: string): Resource | undefined }): Resource {
  const r = registry.byName(ctx.params.resource);
  if (!r || r.appendOnly || r.kind !== 'collectionType')
    throw new PanelError(404, 'unknown_resource', { resource: String(ctx.params.resource) });
  return r;
}

function flag(body: Record<string, unknown>, name: string, fallback: boolean): boolean {
  const v = body[name];
  if (v === undefined || v === '') return fallback;
  if (v === 'true' || v === true) return true;
  if (v === 'false' || v === false) return false;
  throw new PanelError(400, 'import_bad_option', { option: name, value: String(v) });
}

function optionsOf(body: Record<string, unknown>): ImportOptions {
  const mode = (body.mode ?? 'upsert') as Mode;
  if (!MODES.includes(mode))
    throw new PanelError(400, 'import_bad_option', { option: 'mode', value: String(mode) });
  return { mode, dryRun: flag(body, 'dryRun', false), skipInvalid: flag(body, 'skipInvalid', false) };
}

/** `filename*` for a Chinese file name, with a plain ASCII fallback. */
const attachment = (ascii: string, name: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const importRoutes: DomainRoute[] = [
  {
    method: 'GET',
    path: '/:resource/export.xlsx',
    async handler(ctx, viewer, panel) {
      const r = resourceOf(ctx, panel.registry);
      assertCan(viewer, r, 'find');
      const locale = localeOf(ctx.get('accept-language'));
      const title = catalogs[locale].resources[r.name]?.name ?? r.name;
      const columns = columnsOf(r, panel.owned.get(r.name), catalogs[locale]);
      const { book, rows } = await exportWorkbook(panel, viewer, r, columns, ctx.query, title, locale);
      // Who took which records out, and how many: the export is in the audit trail.
      await writeAudit(panel.strapi, {
        viewer,
        action: 'export',
        resource: r,
        recordId: '',
        after: { filter: ctx.query.filter ?? null, sort: ctx.query.sort ?? null, rows },
      });
      ctx.type = XLSX;
      ctx.set('Content-Disposition', attachment(`${r.name}.xlsx`, `${title}.xlsx`));
      return book;
    },
  },
  {
    method: 'GET',
    path: '/:resource/import/template.xlsx',
    async handler(ctx, viewer, { registry, owned }) {
      const r = resourceOf(ctx, registry);
      assertCan(viewer, r, 'create');
      const locale = localeOf(ctx.get('accept-language'));
      const title = catalogs[locale].resources[r.name]?.name ?? r.name;
      const book = await templateWorkbook(title, columnsOf(r, owned.get(r.name), catalogs[locale]), locale);
      ctx.type = XLSX;
      ctx.set(
        'Content-Disposition',
        `attachment; filename="${r.name}-template.xlsx"; filename*=UTF-8''${encodeURIComponent(`${title}导入模板.xlsx`)}`,
      );
      return book;
    },
  },
  {
    method: 'POST',
    path: '/:resource/import',
    async handler(ctx, viewer, panel) {
      const r = resourceOf(ctx, panel.registry);
      const body = (ctx.request.body ?? {}) as Record<string, unknown>;
      const options = optionsOf(body);
      if (options.mode !== 'update') assertCan(viewer, r, 'create');
      if (options.mode !== 'insert') assertCan(viewer, r, 'update');
      const locale = localeOf(ctx.get('accept-language'));
      const sheet = await uploadedSheet(ctx);
      const columns = columnsOf(r, panel.owned.get(r.name), catalogs[locale]);
      const job = await startJob(panel.strapi, viewer, r, uploadedName(ctx), options, sheet);
      // Each row's audit entry names the job it came from.
      const tagged = { ...viewer, importJob: job.documentId };
      const run = { panel, viewer: tagged, r, columns, sheet, options, locale, job };
      if (sheet.rows.length > BACKGROUND_ROWS) {
        void runJob(run);
        ctx.state.status = 202;
        return { ...emptyReport(sheet.rows.length), job: job.documentId };
      }
      let report;
      try {
        report = await runImport(panel, tagged, r, columns, sheet, options, locale);
      } catch (e) {
        await finishJob(panel.strapi, r, job, 'failed', emptyReport(sheet.rows.length), sheet);
        throw e;
      }
      await finishJob(
        panel.strapi,
        r,
        job,
        report.committed || options.dryRun ? 'done' : 'refused',
        report,
        sheet,
      );
      if (!options.dryRun && !report.committed) {
        // Nothing was written: the same report, as a 400 whose message says so.
        const text = message(locale, 'import_failed', { count: report.failed });
        ctx.state.status = 400;
        return {
          ...report,
          message: text,
          error: { status: 400, name: 'ValidationError', message: text, details: {} },
        };
      }
      return report;
    },
  },
  {
    method: 'GET',
    path: '/import-jobs/:id/errors.xlsx',
    async handler(ctx, viewer, { strapi, registry, service }) {
      const jobs = registry.byName('import-jobs') as Resource;
      const row = (await strapi.db
        .query('api::import-job.import-job')
        .findOne({ where: { documentId: String(ctx.params.id) }, select: ['actorId', 'fileName'] })) as {
        actorId: number | null;
        fileName: string | null;
      } | null;
      if (!row) throw new PanelError(404, 'import_job_unknown');
      // The failed rows hold whole ID numbers and phones as uploaded: for the one who uploaded them, or
      // for staff and supervisors who may read the job.
      if (row.actorId !== viewer.id) {
        if (!mayReveal(viewer)) throw new PanelError(403, 'forbidden');
        await service.one(viewer, jobs, String(ctx.params.id));
      }
      const locale = localeOf(ctx.get('accept-language'));
      const book = await errorsWorkbook(
        strapi,
        String(ctx.params.id),
        message(locale, 'import_reason_column'),
      );
      const base = (row.fileName ?? 'import').replace(/\.(xlsx|csv)$/i, '');
      ctx.type = XLSX;
      ctx.set('Content-Disposition', attachment('import-errors.xlsx', `${base}-错误行.xlsx`));
      return book;
    },
  },
];
