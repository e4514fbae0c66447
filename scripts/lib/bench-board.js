/**
 * The task board half of `npm run bench`, in its own process: the quarterly ranking over 1,000,000 ledger
 * entries of 50,000 holders, and approvals per second through the panel API (each with its ledger write).
 * Prints `RESULT {...}`.
 */
const { benchAccount, benchEnv, documentId, insertRows, listen } = require('./bench-common');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const CMS = path.join(ROOT, 'cms');
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const HOLDERS = Number(process.env.BENCH_HOLDERS ?? 50_000);
const APPROVALS = Number(process.env.BENCH_APPROVALS ?? 400);
const QUARTER = '2026-Q3';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function loadLedger(app) {
  const knex = app.db.connection;
  const now = Date.now();
  const members = Array.from({ length: HOLDERS }, (_, i) => ({
    document_id: documentId(),
    name: `党员${i}`,
    kind: 'resident',
    created_at: now,
    updated_at: now,
    published_at: now,
  }));
  await insertRows(knex, app.db.metadata.get('api::party-member.party-member').tableName, members);
  const table = app.db.metadata.get('api::points-entry.points-entry').tableName;
  const quarters = ['2026-Q1', '2026-Q2', QUARTER, '2026-Q4'];
  for (let start = 0; start < ENTRIES; start += 50_000) {
    const rows = [];
    for (let i = start; i < Math.min(ENTRIES, start + 50_000); i += 1) {
      const kind = i % 20 === 0 ? 'reversal' : 'award';
      rows.push({
        document_id: documentId(),
        holder_key: `member:${members[i % HOLDERS].document_id}`,
        points: (kind === 'reversal' ? -1 : 1) * (2 + 2 * (i % 5)),
        kind,
        quarter: quarters[Math.floor(i / HOLDERS) % 4],
        entry_key: `bench:${i}`,
        reason: 'bench',
        created_at: now,
        updated_at: now,
        published_at: now,
      });
    }
    await insertRows(knex, table, rows);
  }
  await knex.raw('ANALYZE');
}

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
  await loadLedger(app);
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  const { quarterRanking, quarterStandings } = require(path.join(CMS, 'dist/src/taskboard/scores.js'));
  const timed = async (run) => {
    const times = [];
    let rows = 0;
    for (let i = 0; i < 7; i += 1) {
      const t = process.hrtime.bigint();
      rows = (await run()).length;
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    return { rows, ms: median(times) };
  };
  const ranking = await timed(() => quarterRanking(app, QUARTER));
  const withNames = await timed(() => quarterStandings(app, QUARTER));
  const jwt = await benchAccount(app, 'supervisor', 'bench-supervisor');
  const base = `http://127.0.0.1:${await listen(app)}`;
  const approvals = await approvalsPerSecond(app, base, jwt);
  process.stdout.write(
    `RESULT ${JSON.stringify({ entries: ENTRIES, holders: HOLDERS, rows: ranking.rows, loadSeconds, rankingMs: ranking.ms, withNamesMs: withNames.ms, approvalsPerSecond: approvals })}\n`,
  );
  await app.destroy();
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
