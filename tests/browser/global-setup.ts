/**
 * Before the browser tests: a production build of the panel when its sources changed since the last one,
 * and the demo template database — unless the API tests' setup already built it in this run.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { ROOT, TEMPLATE_DB } from '../helpers/env';
import buildTemplate from '../helpers/global-setup';

const UI = path.join(ROOT, 'admin-ui');

function newest(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((e) => newest(path.join(p, e))));
}

const mtime = (file: string) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

export default async function globalSetup(): Promise<void> {
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) => path.join(UI, p));
  // PANEL_DIST (read by the server too) keeps the build of one checkout's test run apart from another's.
  const dist = process.env.PANEL_DIST ?? path.join(UI, 'dist');
  const built = mtime(path.join(dist, 'index.html'));
  if (Math.max(...sources.map(newest), newest(path.join(ROOT, 'config/src'))) > built) {
    process.stdout.write('\nbuilding the panel (admin-ui)…\n');
    const outDir = process.env.PANEL_DIST ? ['--', '--outDir', dist, '--emptyOutDir'] : [];
    execFileSync('npm', ['run', 'build', '-w', 'admin-ui', ...outDir], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const runStarted = Date.now() - process.uptime() * 1000;
  if (mtime(TEMPLATE_DB) < runStarted) await buildTemplate();
}
