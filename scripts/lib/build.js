/** Builds `npm start` needs, done only when missing or stale, with a line of progress for each. */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const newest = (dir) => {
  let t = 0;
  if (!fs.existsSync(dir)) return t;
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
  } else {
    const { compileStrapi } = require(require.resolve('@strapi/strapi', { paths: [cms] }));
    process.stdout.write('Compiling the CMS…');
    await compileStrapi({ appDir: cms });
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

module.exports = { buildIfNeeded };
