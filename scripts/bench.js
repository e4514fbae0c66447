#!/usr/bin/env node
/**
 * `npm run bench`: throughput and median latency of the same 25-row sorted, filtered list of 20,000
 * workers through (a) the panel API, (b) Strapi's stock REST, (c) Strapi's /_health as the framework's
 * floor — and the ratios a/b and a/c; then the quarterly ranking of 50,000 holders over 5,000,000 ledger
 * entries (from the per-quarter totals, against summing the ledger) and approvals per second; then the dashboard at 20,000 and 100,000 workers and the payroll draft and export
 * at 100,000. Servers run in their own processes; the load comes from this one.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const autocannon = require('autocannon');
const { compileCms } = require('./lib/build');

const ROOT = path.resolve(__dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);

const filter = { education: 'bachelor', postTier_lte: 3 };
const TARGETS = [
  {
    key: 'panel',
    label: '(a) panel API  GET /api/panel/workers',
    path: `/api/panel/workers?sort=${encodeURIComponent('["name","ASC"]')}&range=${encodeURIComponent('[100,124]')}&filter=${encodeURIComponent(JSON.stringify(filter))}`,
  },
  {
    key: 'stock',
    label: '(b) stock REST GET /api/workers',
    path:
      '/api/workers?sort=name:asc&pagination[start]=100&pagination[limit]=25' +
      '&filters[education][$eq]=bachelor&filters[postTier][$lte]=3' +
      ['community', 'grid', 'recruitment', 'mentor', 'mentees']
        .map((r) => `&populate[${r}][fields][0]=documentId`)
        .join(''),
  },
  { key: 'health', label: '(c) floor      GET /_health', path: '/_health' },
];

/** One half of the bench in its own process, answering `RESULT {...}`. */
function runChild(script) {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [path.join(__dirname, 'lib', script)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => {
      const m = /RESULT (\{.*\})/.exec(out);
      if (code === 0 && m) resolve(JSON.parse(m[1]));
      else reject(new Error(`${script} exited with ${code}`));
    });
  });
}

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [path.join(__dirname, 'lib/bench-server.js')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /READY (\{.*\})/.exec(out);
      if (m) resolve({ child, ...JSON.parse(m[1]) });
    });
    child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

const run = (url, headers, duration) =>
  new Promise((resolve, reject) =>
    autocannon({ url, headers, connections: CONNECTIONS, duration }, (err, res) =>
      err ? reject(err) : resolve(res),
    ),
  );

async function list() {
  process.stdout.write('Preparing 20,000 workers on SQLite…\n');
  const server = await startServer();
  const base = `http://127.0.0.1:${server.port}`;
  const headers = { authorization: `Bearer ${server.jwt}` };
  const results = {};
  try {
    for (const t of TARGETS) {
      const check = await fetch(base + t.path, { headers });
      if (check.status >= 300) throw new Error(`${t.label} answered ${check.status}: ${await check.text()}`);
      if (t.key !== 'health') {
        const rows = await check.json();
        const n = Array.isArray(rows) ? rows.length : rows.data.length;
        if (n !== 25) throw new Error(`${t.label} returned ${n} rows, not 25`);
      }
      await run(base + t.path, headers, 2);
      const r = await run(base + t.path, headers, SECONDS);
      if (r.non2xx || r.errors) throw new Error(`${t.label}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      results[t.key] = { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
      process.stdout.write(
        `${t.label.padEnd(42)} ${r.requests.average.toFixed(0).padStart(7)} req/s   median ${String(r.latency.p50).padStart(4)} ms   p99 ${r.latency.p99} ms\n`,
      );
    }
  } finally {
    server.child.kill();
  }
  const ratio = (a, b) => (results[a].rps / results[b].rps).toFixed(2);
  process.stdout.write(`\npanel / stock REST: ${ratio('panel', 'stock')}×   (target ≥ 3×)\n`);
  process.stdout.write(`panel / _health floor: ${ratio('panel', 'health')}×\n`);
  return results;
}

async function board() {
  process.stdout.write('\nPreparing 5,000,000 ledger entries of 50,000 holders on SQLite…\n');
  const result = await runChild('bench-board.js');
  const GOAL_MS = 50;
  const times = (old, now) =>
    `${(old / now).toFixed(1)}× faster than summing the ledger (${old.toFixed(0)} ms)`;
  const cpu = result.cpuMs;
  process.stdout.write(
    `totals built once from the ledger (an upgraded district's start-up): ${result.backfillSeconds.toFixed(1)} s\n` +
      `quarterly ranking (${result.entries.toLocaleString('en')} entries, ${result.holders.toLocaleString('en')} holders): ` +
      `median ${result.rankingMs.toFixed(0)} ms, ${times(result.ledgerRankingMs, result.rankingMs)}\n` +
      `  with every holder's name (the published table): median ${result.withNamesMs.toFixed(0)} ms ` +
      `(goal < ${GOAL_MS} ms), ${times(result.ledgerWithNamesMs, result.withNamesMs)}\n` +
      `  CPU time of each (what they cost when the machine is shared): ${cpu.ranking.toFixed(0)} ms and ` +
      `${cpu.withNames.toFixed(0)} ms, summing the ledger ${cpu.ledger.toFixed(0)} ms and ${cpu.ledgerWithNames.toFixed(0)} ms\n`,
  );
  process.stdout.write(`approvals with their ledger write: ${result.approvalsPerSecond.toFixed(0)} /s\n`);
  return result;
}

async function scale() {
  process.stdout.write('\nPreparing the demo district plus 20,000, then 100,000 workers on SQLite…\n');
  const result = await runChild('bench-scale.js');
  for (const d of result.dashboard)
    process.stdout.write(
      `dashboard stats/overview at ${d.workers.toLocaleString('en')} workers: median ${d.ms.toFixed(0)} ms` +
        `   (goal < ${d.workers > 20_000 ? 150 : 50} ms)\n`,
    );
  const p = result.payroll;
  const above = (mb) =>
    `peak RSS ${mb.toFixed(0)} MB, ${(mb - result.baseRssMb).toFixed(0)} MB above the idle server`;
  process.stdout.write(
    `payroll draft, ${p.headcount.toLocaleString('en')} lines: ${(p.draftMs / 1000).toFixed(1)} s (goal < 3 s), ${above(p.draftRssMb)}\n` +
      `payroll Excel export, ${p.exportMb.toFixed(1)} MB: ${(p.exportMs / 1000).toFixed(1)} s (goal < 5 s), ${above(p.exportRssMb)}\n`,
  );
  return result;
}

async function imports() {
  process.stdout.write('\nPreparing the demo district and a sheet of 10,000 new workers…\n');
  const result = await runChild('bench-import.js');
  process.stdout.write(
    `import of ${result.rows.toLocaleString('en')} workers (${result.fileMb.toFixed(1)} MB .xlsx): ` +
      `dry run ${(result.dryRunMs / 1000).toFixed(1)} s (goal < 10 s), commit ${(result.commitMs / 1000).toFixed(1)} s (goal < 30 s)\n`,
  );
  return result;
}

/** `npm run bench` runs every part; `npm run bench -- board scale` only those named (the record keeps their keys). */
const PARTS = { list, board, scale, imports };

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !(w in PARTS));
  if (unknown.length)
    throw new Error(`unknown part ${unknown.join(', ')}: choose from ${Object.keys(PARTS).join(', ')}`);
  // Compiled here, once: a child that compiled would carry the compiler in its memory figures.
  await compileCms(path.join(ROOT, 'cms'));
  const results = {};
  for (const [name, part] of Object.entries(PARTS))
    if (!wanted.length || wanted.includes(name)) results[name] = await part();
  const out = path.join(ROOT, 'bench-results');
  fs.mkdirSync(out, { recursive: true });
  const record = {
    at: new Date().toISOString(),
    seconds: SECONDS,
    connections: CONNECTIONS,
    ...results,
  };
  fs.writeFileSync(path.join(out, 'latest.json'), JSON.stringify(record, null, 2));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
