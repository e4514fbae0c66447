/**
 * The server side of `npm run bench`: a Strapi on a fresh SQLite file with 20,000 workers, Strapi's stock
 * REST opened for comparison, and a staff account. Prints `READY {"port","jwt"}` when it listens.
 */
const { benchEnv, documentId } = require('./bench-common');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const CMS = path.join(ROOT, 'cms');
const WORKERS = Number(process.env.BENCH_WORKERS ?? 20_000);
const EDUCATION = ['junior', 'senior', 'college', 'bachelor', 'postgraduate'];
const POSITIONS = ['secretary', 'director', 'deputy', 'committee', 'worker', 'grid'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';

/** Rows straight into the tables (the Document Service would take minutes for 20,000). */
async function loadWorkers(app, communities) {
  const knex = app.db.connection;
  const meta = app.db.metadata.get('api::worker.worker');
  const link = meta.attributes.community.joinTable;
  const now = Date.now();
  const rows = [];
  for (let i = 0; i < WORKERS; i += 1) {
    const name = SURNAMES[i % 20] + GIVEN[(i * 7) % 20] + GIVEN[(i * 13) % 20];
    rows.push({
      document_id: documentId(),
      name,
      gender: i % 2 ? 'female' : 'male',
      birth_date: `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
      education: EDUCATION[i % 5],
      political_status: 'masses',
      position: POSITIONS[i % 6],
      post_tier: 1 + (i % 4),
      pay_level: 1 + (i % 8),
      status: 'active',
      qualification: 'none',
      career_stage: 'worker',
      is_concurrent: false,
      is_reserve: i % 10 === 0,
      is_veteran: false,
      is_returning_graduate: false,
      created_at: now,
      updated_at: now,
      published_at: now,
    });
  }
  await knex.transaction(async (trx) => {
    const ids = [];
    for (let i = 0; i < rows.length; i += 500) {
      const inserted = await trx(meta.tableName)
        .insert(rows.slice(i, i + 500))
        .returning('id');
      ids.push(...inserted.map((r) => (typeof r === 'object' ? r.id : r)));
    }
    const links = ids.map((id, i) => ({
      [link.joinColumn.name]: id,
      [link.inverseJoinColumn.name]: communities[i % communities.length].id,
      ...(link.orderColumnName && { [link.orderColumnName]: 1 }),
    }));
    for (let i = 0; i < links.length; i += 500) await trx(link.name).insert(links.slice(i, i + 500));
  });
}

async function main() {
  const file = path.join(ROOT, '.tmp/bench.db');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
  Object.assign(process.env, benchEnv(file), { STOCK_REST: 'true' });
  const { createStrapi, compileStrapi } = require(require.resolve('@strapi/strapi', { paths: [CMS] }));
  const { distDir } = await compileStrapi({ appDir: CMS, ignoreDiagnostics: true });
  const app = await createStrapi({ appDir: CMS, distDir, serveAdminPanel: false }).load();
  const town = await app.documents('api::town.town').create({ data: { name: '基准镇' } });
  const communities = [];
  for (let i = 0; i < 39; i += 1) {
    communities.push(
      await app
        .documents('api::community.community')
        .create({ data: { name: `基准${i}社区`, code: `B${i}`, town: town.documentId } }),
    );
  }
  await loadWorkers(app, communities);
  await app.db.connection.raw('ANALYZE');
  const role = await app.db.query('plugin::users-permissions.role').findOne({ where: { type: 'staff' } });
  const user = await app.plugin('users-permissions').service('user').add({
    username: 'bench',
    email: 'bench@bench.local',
    password: 'bench-password',
    provider: 'local',
    confirmed: true,
    role: role.id,
  });
  const jwt = app.plugin('users-permissions').service('jwt').issue({ id: user.id });
  await app.server.mount();
  await new Promise((r) => app.server.httpServer.listen(0, '127.0.0.1', r));
  process.stdout.write(
    `READY ${JSON.stringify({ port: app.server.httpServer.address().port, jwt, workers: WORKERS })}\n`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
