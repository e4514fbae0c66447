/**
 * `npm run import -- <resource> <file>` (issue 12): the administrator loading a district on day one.
 * The file goes through exactly what the panel's import does — the same job, checks, batches, scope,
 * hooks and audit — as an account: `--as <username>`, by default the first district-wide staff account.
 */
import { basename } from 'path';
import { readFile } from 'fs/promises';
import type { Core } from '@strapi/strapi';
import { catalogs, type ImportJobStatus, type ImportMode, type ImportReport } from '@yanzhen/config';
import { assertCan } from '../panel/access';
import { panelOf } from '../panel/context';
import { PanelError, toBody } from '../panel/errors';
import { message } from '../panel/messages';
import { columnsOf } from './columns';
import { runJob } from './job-run';
import { errorsWorkbook, startJob } from './jobs';
import { readSheet, SheetError } from './reader';

export interface CliOptions {
  resource: string;
  file: string;
  mode: ImportMode;
  dryRun: boolean;
  skipInvalid: boolean;
  as?: string;
}

export interface CliResult {
  status: ImportJobStatus;
  report: ImportReport;
  /** The failed rows as uploaded, with 错误原因, when any row failed. */
  errors: Buffer | null;
}

/** A refusal the command line prints as it is, without a stack. */
export class CliError extends Error {
  override name = 'CliError';
}

const USER = 'plugin::users-permissions.user';

async function accountOf(strapi: Core.Strapi, username: string | undefined): Promise<number> {
  const user = (await strapi.db.query(USER).findOne({
    where: username
      ? { username }
      : {
          role: { type: 'staff' },
          scopeCommunity: { id: { $null: true } },
          scopeTown: { id: { $null: true } },
        },
    select: ['id'],
    orderBy: { id: 'asc' },
  })) as { id: number } | null;
  if (!user)
    throw new CliError(
      username ? `没有账号“${username}”` : '没有区级业务人员账号：请先在面板中创建一个，或用 --as 指定账号',
    );
  return user.id;
}

type OnProgress = (p: { status: ImportJobStatus; done: number; total: number }) => void;

/** The import, with a refusal (no permission, an unreadable file) as the message a clerk reads. */
export async function importFile(
  strapi: Core.Strapi,
  o: CliOptions,
  onProgress: OnProgress,
): Promise<CliResult> {
  try {
    return await run(strapi, o, onProgress);
  } catch (e) {
    if (e instanceof PanelError) throw new CliError(toBody(e, 'zh').message);
    if (e instanceof SheetError) throw new CliError(message('zh', e.code, { limit: e.limit ?? 0 }));
    throw e;
  }
}

async function run(strapi: Core.Strapi, o: CliOptions, onProgress: OnProgress): Promise<CliResult> {
  const panel = panelOf(strapi);
  const r = panel.registry.byName(o.resource);
  if (!r || r.appendOnly || r.kind !== 'collectionType') {
    const names = panel.registry.resources
      .filter((x) => !x.appendOnly && x.kind === 'collectionType')
      .map((x) => x.name);
    throw new CliError(`无法导入“${o.resource}”：可导入的有 ${names.join('、')}`);
  }
  const jwt = strapi
    .plugin('users-permissions')
    .service('jwt')
    .issue({ id: await accountOf(strapi, o.as) }) as string;
  const viewer = await panel.auth.authenticate(`Bearer ${jwt}`);
  if (o.mode !== 'update') assertCan(viewer, r, 'create');
  if (o.mode !== 'insert') assertCan(viewer, r, 'update');
  const sheet = await readSheet(await readFile(o.file));
  const options = { mode: o.mode, dryRun: o.dryRun, skipInvalid: o.skipInvalid };
  const job = await startJob(strapi, viewer, r, basename(o.file), options, sheet);
  const { status, report } = await runJob(
    {
      panel,
      viewer: { ...viewer, importJob: job.documentId },
      r,
      columns: columnsOf(r, panel.owned.get(r.name), catalogs.zh),
      sheet,
      options,
      locale: 'zh',
      job,
    },
    onProgress,
  );
  const errors = report.failed
    ? await errorsWorkbook(strapi, job.documentId, message('zh', 'import_reason_column'))
    : null;
  return { status, report: { ...report, job: job.documentId }, errors };
}
