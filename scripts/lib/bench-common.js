/** What the benchmark's servers share: their environment, document ids, and bulk inserts. */
const { createId } = require('@paralleldrive/cuid2');

/** Development mode, quiet logs, no demo, no cron, fixed secrets, one SQLite file. */
const benchEnv = (file) => ({
  NODE_ENV: 'development',
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: file,
  DEMO_DATA: 'false',
  CRON_ENABLED: 'false',
  LOG_LEVEL: 'error',
  STRAPI_TELEMETRY_DISABLED: 'true',
  APP_KEYS: 'bench-key-0123456789a,bench-key-0123456789b',
  API_TOKEN_SALT: 'bench-api-token-salt-0123456789',
  ADMIN_JWT_SECRET: 'bench-admin-jwt-secret-0123456789',
  TRANSFER_TOKEN_SALT: 'bench-transfer-salt-0123456789',
  JWT_SECRET: 'bench-jwt-secret-0123456789abcdef',
  ENCRYPTION_KEY: 'bench-encryption-key-0123456789',
});

/** Rows straight into a table in one transaction (the Document Service would take minutes for this many). */
async function insertRows(knex, table, rows) {
  await knex.transaction(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) await trx(table).insert(rows.slice(i, i + 500));
  });
}

const EDUCATION = ['junior', 'senior', 'college', 'bachelor', 'postgraduate'];
const POSITIONS = ['secretary', 'director', 'deputy', 'committee', 'worker', 'grid'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';

/** `count` workers straight into the tables, spread over the communities (the Document Service would take minutes). */
async function loadWorkers(app, communities, count) {
  const knex = app.db.connection;
  const meta = app.db.metadata.get('api::worker.worker');
  const link = meta.attributes.community.joinTable;
  const now = Date.now();
  const rows = [];
  for (let i = 0; i < count; i += 1) {
    const name = SURNAMES[i % 20] + GIVEN[(i * 7) % 20] + GIVEN[(i * 13) % 20];
    rows.push({
      document_id: createId(),
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

/** An account of a role for the bench, and its token. */
async function benchAccount(app, role, username) {
  const r = await app.db.query('plugin::users-permissions.role').findOne({ where: { type: role } });
  const user = await app
    .plugin('users-permissions')
    .service('user')
    .add({
      username,
      email: `${username}@bench.local`,
      password: 'bench-password',
      provider: 'local',
      confirmed: true,
      role: r.id,
    });
  return app.plugin('users-permissions').service('jwt').issue({ id: user.id });
}

/** Mounts the routes and listens on a free loopback port; answers the port. */
async function listen(app) {
  await app.server.mount();
  await new Promise((r) => app.server.httpServer.listen(0, '127.0.0.1', r));
  return app.server.httpServer.address().port;
}

/**
 * A Strapi on a fresh SQLite file `.tmp/<name>.db` with the bench's environment (and `env` on top),
 * loaded but not listening. `compileCms` is a no-op when the parent compiled already.
 */
async function freshApp(root, name, env = {}) {
  const path = require('path');
  const fs = require('fs');
  const { compileCms } = require('./build');
  const cms = path.join(root, 'cms');
  const file = path.join(root, `.tmp/${name}.db`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
  Object.assign(process.env, benchEnv(file), env);
  await compileCms(cms);
  const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [cms] }));
  return createStrapi({ appDir: cms, distDir: path.join(cms, 'dist'), serveAdminPanel: false }).load();
}

module.exports = { benchAccount, benchEnv, documentId: createId, freshApp, insertRows, listen, loadWorkers };
