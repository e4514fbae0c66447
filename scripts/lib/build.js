/** Builds `npm start` needs, done only when missing or stale, with a line of progress for each. */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

/** Newest modification under a folder, the folders' own included (a deleted or renamed file touches them). */
const newest = (dir) => {
  if (!fs.existsSync(dir)) return 0;
  let t = fs.statSync(dir).mtimeMs;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
};
const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

function step(label, run) {
  const started = Date.now();
  process.stdout.write(`${label}…`);
  run();
  process.stdout.write(` done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
}

const stampOf = (cms) => path.join(cms, 'dist/.compiled');

/** Whether a source of the CMS (or a folder of them) changed since its last compile. */
function cmsIsStale(cms) {
  const sources = ['src', 'config'].map((d) => newest(path.join(cms, d)));
  sources.push(mtime(path.join(cms, 'tsconfig.json')), mtime(path.join(cms, 'package.json')));
  return mtime(stampOf(cms)) <= Math.max(...sources);
}

/**
 * Compiles the CMS's TypeScript unless its build is newer than every source it is made of (the rulebook
 * is required at run time, not compiled in): a start with nothing changed skips ~5 s of tsc, and a test
 * run reuses the build instead of rewriting it under another run. Answers whether it compiled.
 */
async function compileCms(cms, announce = () => {}) {
  if (!cmsIsStale(cms)) return false;
  announce();
  const { compileStrapi } = require(require.resolve('@strapi/strapi', { paths: [cms] }));
  await compileStrapi({ appDir: cms, ignoreDiagnostics: true });
  fs.writeFileSync(stampOf(cms), new Date().toISOString());
  return true;
}

/** The rulebook and the CMS's code, for a command that runs the CMS without serving the admin (npm run import). */
async function buildServer(root) {
  if (mtime(path.join(root, 'config/dist/index.js')) < newest(path.join(root, 'config/src'))) {
    step('Building the rulebook (config/)', () =>
      execFileSync('npm', ['run', 'build', '-w', 'config'], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
      }),
    );
  }
  await compileCms(path.join(root, 'cms'), () => process.stderr.write('Compiling the CMS…\n'));
}

async function buildIfNeeded(root) {
  const cms = path.join(root, 'cms');
  const quiet = { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] };
  if (mtime(path.join(root, 'config/dist/index.js')) < newest(path.join(root, 'config/src'))) {
    step('Building the rulebook (config/)', () =>
      execFileSync('npm', ['run', 'build', '-w', 'config'], quiet),
    );
  }
  if (!fs.existsSync(path.join(cms, 'dist/build/index.html'))) {
    step('First start: building Strapi’s admin panel (about a minute)', () =>
      execFileSync('npx', ['strapi', 'build'], { ...quiet, cwd: cms }),
    );
  } else if (await compileCms(cms, () => process.stdout.write('Compiling the CMS…'))) {
    process.stdout.write(' done\n');
  }
  const ui = path.join(root, 'admin-ui');
  if (
    fs.existsSync(path.join(ui, 'index.html')) &&
    mtime(path.join(ui, 'dist/index.html')) < newest(path.join(ui, 'src'))
  ) {
    step('Building the panel (admin-ui/)', () =>
      execFileSync('npm', ['run', 'build', '-w', 'admin-ui'], quiet),
    );
  }
}

module.exports = { buildIfNeeded, buildServer, cmsIsStale, compileCms };
