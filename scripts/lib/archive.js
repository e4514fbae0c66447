/**
 * What `npm run backup` and `npm run restore` share: where the database and the uploads are (from the
 * environment and the repository's `.env`, as `npm start` reads them), the archive (a .tar.gz with a
 * manifest of sha256 sums), and the check that no server is using the database.
 */
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const path = require('path');
const { spawnSync } = require('child_process');
const { parse } = require('./env');

const ROOT = path.resolve(__dirname, '../..');
const CMS = path.join(ROOT, 'cms');
const MANIFEST = 'manifest.json';
const FORMAT = 'yanzhen-backup/1';

/** The settings `npm start` would use; the .env file is only read, never written. */
function settings() {
  const file = path.join(ROOT, '.env');
  const fromFile = fs.existsSync(file) ? parse(fs.readFileSync(file, 'utf8')) : {};
  const env = (k, d) => process.env[k] ?? fromFile[k] ?? d;
  const client = env('DATABASE_CLIENT', 'sqlite') === 'postgres' ? 'postgres' : 'sqlite';
  return {
    client,
    // Relative to cms/, as cms/config/database.ts resolves it.
    filename: path.resolve(CMS, env('DATABASE_FILENAME', '.tmp/data.db')),
    url: env('DATABASE_URL', ''),
    // UPLOADS_DIR only for tests and unusual layouts: Strapi itself serves cms/public/uploads.
    uploads: path.resolve(ROOT, env('UPLOADS_DIR', path.join(CMS, 'public/uploads'))),
    port: Number(env('PORT', 1337)),
  };
}

class Refusal extends Error {}

const sha256 = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Every regular file below `dir`, as paths relative to `base`, sorted. */
function filesBelow(dir, base = dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return filesBelow(full, base);
      return e.isFile() ? [path.relative(base, full).split(path.sep).join('/')] : [];
    })
    .sort();
}

function tarModule() {
  try {
    return require('tar');
  } catch {
    throw new Refusal('The `tar` package is missing from node_modules: run `npm install`.');
  }
}

/** Packs a staging folder (database part + uploads/) into one .tar.gz with its manifest. */
async function pack(stage, out, client) {
  const parts = Object.fromEntries(filesBelow(stage).map((f) => [f, sha256(path.join(stage, f))]));
  const manifest = { format: FORMAT, client, createdAt: new Date().toISOString(), parts };
  fs.writeFileSync(path.join(stage, MANIFEST), JSON.stringify(manifest, null, 2));
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const tmp = `${path.resolve(out)}.partial`;
  await tarModule().c({ gzip: true, file: tmp, cwd: stage, portable: true }, fs.readdirSync(stage));
  fs.renameSync(tmp, out);
  return manifest;
}

/** Unpacks an archive into `stage` and checks every part against the manifest, both ways. */
async function unpack(file, stage) {
  if (!fs.existsSync(file)) throw new Refusal(`No such backup file: ${file}`);
  try {
    await tarModule().x({ file, cwd: stage, strict: true });
  } catch (e) {
    throw new Refusal(`${file} is not a readable backup archive (${e.message}).`);
  }
  const mf = path.join(stage, MANIFEST);
  if (!fs.existsSync(mf)) throw new Refusal(`${file} has no ${MANIFEST}: not a Yanzhen backup.`);
  const manifest = JSON.parse(fs.readFileSync(mf, 'utf8'));
  if (manifest.format !== FORMAT) throw new Refusal(`${file}: unknown backup format ${manifest.format}.`);
  const found = filesBelow(stage).filter((f) => f !== MANIFEST);
  const listed = Object.keys(manifest.parts);
  const bad = [
    ...listed.filter((f) => !found.includes(f)).map((f) => `missing ${f}`),
    ...found.filter((f) => !(f in manifest.parts)).map((f) => `not in the manifest: ${f}`),
    ...listed
      .filter((f) => found.includes(f) && sha256(path.join(stage, f)) !== manifest.parts[f])
      .map((f) => `sha256 mismatch: ${f}`),
  ];
  if (bad.length) throw new Refusal(`${file} is damaged, nothing restored:\n  ${bad.join('\n  ')}`);
  return manifest;
}

/** Whether something answers Strapi's health check on the configured port. */
function serverAnswers(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/_health', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode !== undefined && res.statusCode < 500);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

/** Runs a PostgreSQL client tool and returns what it printed, or explains that it is not installed. */
function pgTool(tool, args) {
  const r = spawnSync(tool, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.error && r.error.code === 'ENOENT') {
    throw new Refusal(
      `${tool} is not on PATH. Install the PostgreSQL client tools (Debian/Ubuntu: apt-get install postgresql-client) and try again.`,
    );
  }
  if (r.status !== 0) throw new Refusal(`${tool} failed (exit ${r.status}): ${r.stderr.trim()}`);
  return r.stdout;
}

/** The common `main` of both scripts: a refusal is one clear line and exit code 1. */
function run(main) {
  main().catch((e) => {
    console.error(e instanceof Refusal ? e.message : e);
    process.exit(1);
  });
}

module.exports = { Refusal, filesBelow, pack, pgTool, run, serverAnswers, settings, unpack };
