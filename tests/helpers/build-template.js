/**
 * Run once before the API tests, in its own process (Strapi's destroy clears process listeners):
 * compile the CMS and load the demo district into a template database that each test file copies.
 */
const path = require('path');
const fs = require('fs');

/** Newest modification time under a path (0 when it does not exist). */
function newest(p) {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((e) => newest(path.join(p, e))));
}

/**
 * Compiles the CMS unless its build is newer than every source it is made of (the rulebook is required at run time):
 * a second test run on the same machine then reuses the build instead of rewriting it under the first.
 */
async function compiled(cms, compileStrapi) {
  const dist = path.join(cms, 'dist');
  const stamp = path.join(dist, '.compiled');
  const sources = ['src', 'config', 'tsconfig.json', 'package.json'].map((p) => newest(path.join(cms, p)));
  const built = fs.statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (built > Math.max(...sources)) return dist;
  const { distDir } = await compileStrapi({ appDir: cms, ignoreDiagnostics: true });
  fs.writeFileSync(stamp, new Date().toISOString());
  return distDir;
}

async function main() {
  const cms = path.resolve(__dirname, '../../cms');
  const strapiPkg = require.resolve('@strapi/strapi', { paths: [cms] });
  const { compileStrapi, createStrapi } = require(strapiPkg);
  const started = Date.now();
  const distDir = await compiled(cms, compileStrapi);
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
