/**
 * The importer's panel endpoints (issue 12): `GET /api/panel/<resource>/import/template.xlsx` and
 * `POST /api/panel/<resource>/import` (multipart: `file`, `mode`, `dryRun`, `skipInvalid`).
 */
import { catalogs } from '@yanzhen/config';
import type { Context } from 'koa';
import { assertCan } from '../panel/access';
import { PanelError } from '../panel/errors';
import { localeOf, message } from '../panel/messages';
import type { Resource } from '../panel/model';
import type { DomainRoute } from '../panel/domain';
import { writeAudit } from '../panel/audit';
import { columnsOf } from './columns';
import { exportWorkbook } from './export';
import { runImport, type ImportOptions, type Mode } from './run';
import { templateWorkbook } from './template';
import { uploadedSheet } from './upload';

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
      const report = await runImport(panel, viewer, r, columns, sheet, options, locale);
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
];
