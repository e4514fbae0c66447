/**
 * Run once before the API tests, in its own process (Strapi's destroy clears process listeners):
 * compile the CMS and load the demo district into a template database that each test file copies.
 */
const path = require('path');
const fs = require('fs');
const { compileCms } = require('../../scripts/lib/build');

async function main() {
  const cms = path.resolve(__dirname, '../../cms');
  const strapiPkg = require.resolve('@strapi/strapi', { paths: [cms] });
  const { createStrapi } = require(strapiPkg);
  const started = Date.now();
  await compileCms(cms);
  const distDir = path.join(cms, 'dist');
  if (process.env.DATABASE_CLIENT !== 'postgres') {
    fs.mkdirSync(path.dirname(process.env.DATABASE_FILENAME), { recursive: true });
    for (const suffix of ['', '-wal', '-shm'])
      fs.rmSync(process.env.DATABASE_FILENAME + suffix, { force: true });
  }
  const app = await createStrapi({ appDir: cms, distDir, serveAdminPanel: false }).load();
  // Fold the write-ahead log into the file so a plain copy carries everything.
  if (process.env.DATABASE_CLIENT !== 'postgres')
    await app.db.connection.raw('PRAGMA wal_checkpoint(TRUNCATE)');
  await app.destroy();
  process.stdout.write(`template database ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
