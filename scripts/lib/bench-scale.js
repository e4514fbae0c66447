/**
 * The city-sized half of `npm run bench`, in its own process: the demo district plus 20,000 and then
 * 100,000 workers; the dashboard (`stats/overview`) at each size, then at 100,000 the payroll draft and
 * its Excel export, with the server's resident memory at its peak during each. Prints `RESULT {...}`.
 */
const { benchAccount, benchEnv, listen, loadWorkers } = require('./bench-common');
const { compileCms } = require('./build');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const CMS = path.join(ROOT, 'cms');
const SIZES = (process.env.BENCH_SCALE_SIZES ?? '20000,100000').split(',').map(Number);
const MONTH = '2026-06';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds and peak RSS (MB) of one async step, sampled every 20 ms. */
async function measure(step) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  try {
    const result = await step();
    return { ms: performance.now() - t0, rssMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20, result };
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  const file = path.join(ROOT, '.tmp/bench-scale.db');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
  Object.assign(process.env, benchEnv(file), { DEMO_DATA: 'true' });
  // The parent compiled the CMS: compiling here would leave the TypeScript compiler in this process's memory.
  await compileCms(CMS);
  const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [CMS] }));
  const distDir = path.join(CMS, 'dist');
  const app = await createStrapi({ appDir: CMS, distDir, serveAdminPanel: false }).load();
  const communities = await app.db.query('api::community.community').findMany({ select: ['id'] });
  await app.db
    .query('api::pay-scale.pay-scale')
    .updateMany({ where: { year: Number(MONTH.slice(0, 4)) }, data: { status: 'approved' } });
  const jwt = await benchAccount(app, 'staff', 'bench-scale');
  const base = `http://127.0.0.1:${await listen(app)}/api/panel`;
  const headers = { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' };
  const call = async (method, url, body) => {
    const res = await fetch(base + url, { method, headers, body: body && JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${await res.text()}`);
    return res.headers.get('content-type')?.includes('json') ? res.json() : res.arrayBuffer();
  };

  const result = { dashboard: [], baseRssMb: 0 };
  let loaded = 0;
  for (const size of SIZES) {
    await loadWorkers(app, communities, size - loaded);
    loaded = size;
    await app.db.connection.raw('ANALYZE');
    const times = [];
    let headcount = 0;
    for (let i = 0; i < 6; i += 1) {
      const { ms, result: overview } = await measure(() => call('GET', '/stats/overview'));
      if (i > 0) times.push(ms);
      headcount = overview.workforce.headcount;
    }
    result.dashboard.push({ workers: size, headcount, ms: median(times) });
  }
  global.gc?.();
  result.baseRssMb = process.memoryUsage().rss / 2 ** 20;
  const draft = await measure(() => call('POST', '/payrolls/draft', { month: MONTH }));
  const [payroll] = await call(
    'GET',
    `/payrolls?filter=${encodeURIComponent(JSON.stringify({ month: MONTH }))}`,
  );
  const book = await measure(() => call('GET', `/payrolls/${payroll.id}/export.xlsx`));
  result.payroll = {
    workers: loaded,
    headcount: draft.result.headcount,
    draftMs: draft.ms,
    draftRssMb: draft.rssMb,
    exportMs: book.ms,
    exportRssMb: book.rssMb,
    exportMb: book.result.byteLength / 2 ** 20,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
  await app.destroy();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
