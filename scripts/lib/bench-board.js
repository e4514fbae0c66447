/**
 * The task board half of `npm run bench`, in its own process: the quarterly ranking of 50,000 holders over
 * 5,000,000 ledger entries — read from the per-quarter totals, and the old way (summed over the ledger) for
 * the ratio — the totals' one-time build from the ledger, and approvals per second through the panel API
 * (each with its ledger write and total). Prints `RESULT {...}`.
 */
const { benchAccount, benchEnv, listen } = require('./bench-common');
const { ledgerRanking, loadLedger } = require('./bench-ledger');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const CMS = path.join(ROOT, 'cms');
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 5_000_000);
const HOLDERS = Number(process.env.BENCH_HOLDERS ?? 50_000);
const APPROVALS = Number(process.env.BENCH_APPROVALS ?? 400);
const QUARTER = '2026-Q3';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function approvalsPerSecond(app, base, jwt) {
  const community = await app.documents('api::community.community').create({
    data: {
      name: '基准社区',
      code: 'BENCH',
      town: (await app.documents('api::town.town').create({ data: { name: '基准镇' } })).documentId,
    },
  });
  const member = await app
    .documents('api::party-member.party-member')
    .create({ data: { name: '基准党员', community: community.documentId } });
  const ids = [];
  for (let i = 0; i < APPROVALS; i += 1) {
    const t = await app.documents('api::task.task').create({
      data: {
        title: `基准任务${i}`,
        category: 'other',
        community: community.documentId,
        reportedAt: '2026-11-01',
        status: 'submitted',
        difficulty: 2,
        peopleNeeded: 2,
        hoursNeeded: 4,
        claimantMember: member.documentId,
        report: '已办结',
        doneAt: '2026-11-20',
      },
    });
    ids.push(t.documentId);
  }
  let next = 0;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++];
      const res = await fetch(`${base}/api/panel/tasks/${id}/approve`, {
        method: 'POST',
        headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
        body: '{}',
      });
      if (res.status !== 200) throw new Error(`approve answered ${res.status}: ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const awards = await app.db
    .query('api::points-entry.points-entry')
    .count({ where: { kind: 'award', holderKey: `member:${member.documentId}` } });
  if (Number(awards) !== APPROVALS) throw new Error(`expected ${APPROVALS} awards, found ${awards}`);
  return APPROVALS / seconds;
}

async function main() {
  const file = path.join(ROOT, '.tmp/bench-board.db');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
  Object.assign(process.env, benchEnv(file));
  const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [CMS] }));
  const app = await createStrapi({
    appDir: CMS,
    distDir: path.join(CMS, 'dist'),
    serveAdminPanel: false,
  }).load();
  const loadStarted = Date.now();
  await loadLedger(app, { holders: HOLDERS, entries: ENTRIES });
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  // Start-up made the totals on the empty database; built again here as an upgraded district's would be.
  const { ensureTotals } = require(path.join(CMS, 'dist/src/taskboard/totals-table.js'));
  await app.db.connection.schema.dropTable('points_totals');
  const buildStarted = Date.now();
  await ensureTotals(app);
  const backfillSeconds = (Date.now() - buildStarted) / 1000;
  await app.db.connection.raw('ANALYZE');
  const { quarterRanking, quarterStandings } = require(path.join(CMS, 'dist/src/taskboard/scores.js'));
  // Wall time, and the process's CPU time: on a machine shared with other work the second says what the
  // read costs, the first what this run waited.
  const timed = async (run, times = 7) => {
    const ms = [];
    const cpu = [];
    let result = [];
    for (let i = 0; i < times; i += 1) {
      const [t, c] = [process.hrtime.bigint(), process.cpuUsage()];
      result = await run();
      const used = process.cpuUsage(c);
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
      cpu.push((used.user + used.system) / 1000);
    }
    return { rows: result.length, result, ms: median(ms), cpuMs: median(cpu) };
  };
  const ranking = await timed(() => quarterRanking(app, QUARTER));
  const withNames = await timed(() => quarterStandings(app, QUARTER));
  const oldRanking = await timed(() => ledgerRanking(app, QUARTER, false), 3);
  const oldWithNames = await timed(() => ledgerRanking(app, QUARTER, true), 3);
  // Both ways must give the same table, or the ratio means nothing.
  if (JSON.stringify(withNames.result) !== JSON.stringify(oldWithNames.result))
    throw new Error('the ranking read from the totals differs from the ledger summed');
  const jwt = await benchAccount(app, 'supervisor', 'bench-supervisor');
  const base = `http://127.0.0.1:${await listen(app)}`;
  const approvals = await approvalsPerSecond(app, base, jwt);
  process.stdout.write(
    `RESULT ${JSON.stringify({
      entries: ENTRIES,
      holders: HOLDERS,
      rows: ranking.rows,
      loadSeconds,
      backfillSeconds,
      rankingMs: ranking.ms,
      withNamesMs: withNames.ms,
      ledgerRankingMs: oldRanking.ms,
      ledgerWithNamesMs: oldWithNames.ms,
      cpuMs: {
        ranking: ranking.cpuMs,
        withNames: withNames.cpuMs,
        ledger: oldRanking.cpuMs,
        ledgerWithNames: oldWithNames.cpuMs,
      },
      approvalsPerSecond: approvals,
    })}\n`,
  );
  await app.destroy();
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
