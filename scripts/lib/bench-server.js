/**
 * The server side of `npm run bench`: a Strapi on a fresh SQLite file with 20,000 workers, Strapi's stock
 * REST opened for comparison, and a staff account. Prints `READY {"port","jwt"}` when it listens.
 */
const { benchAccount, benchEnv, listen, loadWorkers } = require('./bench-common');
const { compileCms } = require('./build');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const CMS = path.join(ROOT, 'cms');
const WORKERS = Number(process.env.BENCH_WORKERS ?? 20_000);
async function main() {
  const file = path.join(ROOT, '.tmp/bench.db');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
  Object.assign(process.env, benchEnv(file), { STOCK_REST: 'true' });
  await compileCms(CMS);
  const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [CMS] }));
  const distDir = path.join(CMS, 'dist');
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
  await loadWorkers(app, communities, WORKERS);
  await app.db.connection.raw('ANALYZE');
  const jwt = await benchAccount(app, 'staff', 'bench');
  const port = await listen(app);
  process.stdout.write(`READY ${JSON.stringify({ port, jwt, workers: WORKERS })}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
