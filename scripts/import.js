#!/usr/bin/env node
/**
 * `npm run import -- <resource> <file> [--dry-run] [--mode insert|update|upsert] [--skip-invalid]
 * [--as <username>]`: a sheet into the district's database (the one `npm start` serves), through the
 * panel's own import — the same checks, scope, hooks, audit and import job — with a progress bar and the
 * report. Failed rows are written beside the file as <file>-错误行.xlsx. Exit code 0 when the file went
 * in (or a dry run found nothing wrong), 1 otherwise.
 */
const fs = require('fs');
const path = require('path');
const { ensureEnv } = require('./lib/env');
const { buildServer } = require('./lib/build');

const ROOT = path.resolve(__dirname, '..');
const CMS = path.join(ROOT, 'cms');
const USAGE =
  '用法 usage: npm run import -- <resource> <file> [--dry-run] [--mode insert|update|upsert] [--skip-invalid] [--as <username>]';

function parseArgs(argv) {
  const o = { mode: 'upsert', dryRun: false, skipInvalid: false, positional: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--dry-run') o.dryRun = true;
    else if (a === '--skip-invalid') o.skipInvalid = true;
    else if (a === '--mode') o.mode = argv[++i];
    else if (a === '--as') o.as = argv[++i];
    else if (a.startsWith('--')) throw new Error(`未知选项 unknown option ${a}\n${USAGE}`);
    else o.positional.push(a);
  }
  if (o.positional.length !== 2) throw new Error(USAGE);
  if (!['insert', 'update', 'upsert'].includes(o.mode))
    throw new Error(`--mode 只能是 insert、update 或 upsert\n${USAGE}`);
  const [resource, file] = o.positional;
  if (!fs.existsSync(file)) throw new Error(`找不到文件 ${file}`);
  return {
    resource,
    file: path.resolve(file),
    mode: o.mode,
    dryRun: o.dryRun,
    skipInvalid: o.skipInvalid,
    as: o.as,
  };
}

/** `[██████░░░░] 1,250 / 3,000 正在写入` on a terminal; a line a batch elsewhere. */
function bar({ status, done, total }) {
  const word = status === 'checking' ? '正在检查' : '正在写入';
  const width = 30;
  const filled = total ? Math.round((width * done) / total) : 0;
  const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done.toLocaleString('en')} / ${total.toLocaleString('en')} ${word}`;
  process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  process.chdir(ROOT);
  ensureEnv(ROOT);
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  process.env.CRON_ENABLED ??= 'false';
  process.env.LOG_LEVEL ??= 'warn';
  await buildServer(ROOT);
  const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [CMS] }));
  const app = await createStrapi({
    appDir: CMS,
    distDir: path.join(CMS, 'dist'),
    serveAdminPanel: false,
  }).load();
  const { importFile } = require(path.join(CMS, 'dist/src/imports/cli.js'));
  let result;
  try {
    result = await importFile(app, options, bar);
  } finally {
    if (process.stderr.isTTY) process.stderr.write('\n');
    await app.destroy();
  }
  const { status, report, errors } = result;
  const r = report;
  console.log(
    `${options.dryRun ? '检查' : '导入'}${{ done: '完成', refused: '未写入', failed: '出错', stopped: '中断' }[status] ?? status}：` +
      `共 ${r.rows} 行，新增 ${r.created} 行，更新 ${r.updated} 行，无变化 ${r.unchanged} 行，有误 ${r.failed} 行（导入任务 ${r.job}）`,
  );
  for (const e of r.errors.slice(0, 20))
    console.log(`  第 ${e.row} 行${e.column ? ` ${e.column}` : ''}：${e.message}`);
  if (r.errors.length > 20) console.log(`  ……另有 ${r.errors.length - 20} 处错误`);
  if (errors) {
    const out = options.file.replace(/\.(xlsx|csv)$/i, '') + '-错误行.xlsx';
    fs.writeFileSync(out, errors);
    console.log(`有误的行已写入 ${out}：改好后可直接重新导入。`);
  }
  process.exitCode = status === 'done' && !(options.dryRun && r.failed) ? 0 : 1;
}

main().catch((e) => {
  console.error(e && e.name === 'CliError' ? e.message : e instanceof Error ? e.message : e);
  process.exit(1);
});
