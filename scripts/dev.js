#!/usr/bin/env node
/**
 * `npm run dev`: everything in development mode, each with its own reload. Strapi runs `strapi develop`
 * (restarts on CMS changes; the content-type builder at /admin can add fields), the rulebook (config/)
 * recompiles on save, and the panel runs on Vite's dev server with hot reload, proxying /api and
 * /uploads to Strapi so the browser sees one origin as in production. Ctrl-C stops all three.
 */
const { spawn } = require('child_process');
const path = require('path');
const { ensureEnv } = require('./lib/env');

const ROOT = path.resolve(__dirname, '..');

ensureEnv(ROOT);
process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
const port = process.env.PORT ?? '1337';
const uiPort = process.env.UI_PORT ?? '5173';

const TASKS = [
  { name: 'config', args: ['run', 'dev', '-w', 'config', '--', '--preserveWatchOutput'] },
  { name: 'cms', args: ['run', 'dev', '-w', 'cms'] },
  { name: 'ui', args: ['run', 'dev', '-w', 'admin-ui', '--', '--port', uiPort, '--strictPort'] },
];

const children = TASKS.map(({ name, args }) => {
  const child = spawn('npm', args, {
    cwd: ROOT,
    env: { ...process.env, STRAPI_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it stops what npm started under it (tsc, vite, strapi).
    detached: true,
  });
  const prefix = `[${name}] `.padEnd(9);
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) process.stdout.write(prefix + line + '\n');
    });
  }
  child.on('exit', (code, signal) => {
    process.stdout.write(`${prefix}stopped (${signal ?? code})\n`);
    stopAll(code ?? 1);
  });
  return child;
});

console.log(
  `\n雁阵 Yanzhen (dev): panel http://localhost:${uiPort}/ — API and Strapi admin http://localhost:${port}/admin\n`,
);

let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const c of children) {
    try {
      process.kill(-c.pid, 'SIGTERM');
    } catch (e) {
      if (e.code !== 'ESRCH') throw e;
    }
  }
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
