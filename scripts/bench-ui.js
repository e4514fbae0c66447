#!/usr/bin/env node
/**
 * `node scripts/bench-ui.js`: what the panel costs a browser. (1) The production build's initial
 * JavaScript, gzipped as the server sends it: what index.html loads before anyone logs in. (2) In
 * headless Chromium on loopback, the time from navigating to /workers (logged in) to 25 rendered rows,
 * cold (empty cache) and warm, as medians of BENCH_RUNS runs, and the JavaScript each fetched. (3) A party
 * member's phone: 390 × 844, the CPU slowed 4× (a mid-range phone), from navigating to /board to the first
 * task card's step button (揭榜) on screen — when the member can act. The server is this repository's
 * Strapi on the demo district (kept in .tmp/bench-ui.db between runs).
 */
// Some functions below run in the page, not in Node.
/* global window, document, requestAnimationFrame */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.resolve(__dirname, '..');
const CMS = path.join(ROOT, 'cms');
const UI = path.join(ROOT, 'admin-ui');
const DIST = path.join(UI, 'dist');
const DB = path.join(ROOT, '.tmp', 'bench-ui.db');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const newest = (p) => {
  const s = fs.statSync(p);
  return s.isDirectory() ? Math.max(0, ...fs.readdirSync(p).map((e) => newest(path.join(p, e)))) : s.mtimeMs;
};

function buildPanel() {
  const built = fs.existsSync(path.join(DIST, 'index.html'))
    ? fs.statSync(path.join(DIST, 'index.html')).mtimeMs
    : 0;
  if (newest(path.join(UI, 'src')) > built) {
    process.stdout.write('building the panel…\n');
    execFileSync('npm', ['run', 'build', '-w', 'admin-ui'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
}

/** The scripts index.html loads up front: its entry and the chunks it preloads. */
function initialScripts() {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const urls = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  return urls.map((url) => {
    const body = fs.readFileSync(path.join(DIST, url));
    return { url, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
  });
}

async function startServer() {
  Object.assign(process.env, {
    ...require('./lib/bench-common').benchEnv(DB),
    DEMO_DATA: 'true',
    HOST: '127.0.0.1',
    PORT: '0',
  });
  fs.mkdirSync(path.dirname(DB), { recursive: true });
  const strapiPkg = require.resolve('@strapi/strapi', { paths: [CMS] });
  const { compileStrapi, createStrapi } = require(strapiPkg);
  process.stdout.write('compiling the CMS and starting it (the first run loads the demo district)…\n');
  const { distDir } = await compileStrapi({ appDir: CMS, ignoreDiagnostics: true });
  const app = await createStrapi({ appDir: CMS, distDir, serveAdminPanel: false }).load();
  await app.server.mount();
  await new Promise((resolve) => app.server.httpServer.listen(0, '127.0.0.1', resolve));
  return { app, url: `http://127.0.0.1:${app.server.httpServer.address().port}` };
}

async function launch() {
  const { chromium } = require('playwright-core');
  if (fs.existsSync('/usr/bin/chromium'))
    return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const sparticuz = require('@sparticuz/chromium');
  const unwanted = new Set([
    '--single-process',
    '--disable-web-security',
    '--allow-running-insecure-content',
  ]);
  return chromium.launch({
    executablePath: await sparticuz.executablePath(),
    args: [...sparticuz.args.filter((a) => !unwanted.has(a)), '--no-sandbox'],
    headless: true,
  });
}

/** One navigation to /workers: ms from navigation start to the 25th row, and the JS bytes fetched. */
async function listRun(context, url) {
  const page = await context.newPage();
  const sizes = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script') sizes.push(request.sizes().then((s) => s.responseBodySize));
  });
  await page.goto(`${url}/workers`);
  await page.waitForFunction(() => window.__rows25 !== undefined, null, { timeout: 30_000 });
  const ms = await page.evaluate(() => window.__rows25);
  const jsEncoded = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await page.close();
  return { ms, jsEncoded };
}

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
const CPU_SLOWDOWN = 4;

/** One navigation to the board on a slowed phone: ms to the first card's step button, cold cache. */
async function phoneBoardRun(browser, url, jwt) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript((token) => {
    localStorage.setItem('yanzhen.jwt', token);
    const check = () => {
      if (document.querySelector('[data-task] button')) window.__actionable = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, jwt);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(`${url}/board`);
  await page.waitForFunction(() => window.__actionable !== undefined, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__actionable);
  await context.close();
  return ms;
}

const tokenOf = async (url, identifier) => {
  const res = await fetch(`${url}/api/auth/local`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identifier, password: 'yanzhen-demo' }),
  });
  return (await res.json()).jwt;
};

async function main() {
  buildPanel();
  const initial = initialScripts();
  const { app, url } = await startServer();
  const browser = await launch();
  try {
    const jwt = await tokenOf(url, 'staff');
    const prepare = async (context) =>
      context.addInitScript((token) => {
        localStorage.setItem('yanzhen.jwt', token);
        // Record when the list first shows 25 rows, from the navigation's start (checked every frame).
        const check = () => {
          if (document.querySelectorAll('tbody tr').length >= 25) window.__rows25 = performance.now();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }, jwt);

    const cold = [];
    for (let i = 0; i < RUNS; i += 1) {
      const context = await browser.newContext();
      await prepare(context);
      cold.push(await listRun(context, url));
      await context.close();
    }
    const warmContext = await browser.newContext();
    await prepare(warmContext);
    await listRun(warmContext, url);
    const warm = [];
    for (let i = 0; i < RUNS; i += 1) warm.push(await listRun(warmContext, url));
    await warmContext.close();
    const member = await tokenOf(url, 'member');
    const phone = [];
    for (let i = 0; i < RUNS; i += 1) phone.push(await phoneBoardRun(browser, url, member));

    const total = initial.reduce((s, f) => s + f.gzip, 0);
    console.log('\nInitial JavaScript of the production build (index.html entry + preloads), gzipped:');
    for (const f of initial)
      console.log(`  ${f.url.padEnd(40)} ${kb(f.raw).padStart(10)} raw  ${kb(f.gzip).padStart(9)} gzip`);
    console.log(`  ${'total'.padEnd(40)} ${''.padStart(14)}  ${kb(total).padStart(9)} gzip  (goal < 500 KB)`);
    console.log(
      `\nNavigation to /workers → 25 rendered rows, headless Chromium on loopback, median of ${RUNS}:`,
    );
    console.log(
      `  cold (empty cache): ${Math.round(median(cold.map((r) => r.ms)))} ms   (runs: ${cold.map((r) => Math.round(r.ms)).join(', ')})`,
    );
    console.log(`    JavaScript fetched: ${kb(median(cold.map((r) => r.jsEncoded)))} gzip`);
    console.log(
      `  warm (HTTP cache):  ${Math.round(median(warm.map((r) => r.ms)))} ms   (runs: ${warm.map((r) => Math.round(r.ms)).join(', ')})`,
    );
    console.log('  goal: under 1,500 ms');
    console.log(
      `\nA member's phone (390 × 844, CPU ${CPU_SLOWDOWN}× slower), /board → first step button, cold, median of ${RUNS}:`,
    );
    console.log(
      `  ${Math.round(median(phone))} ms   (runs: ${phone.map((ms) => Math.round(ms)).join(', ')})   goal: under 2,000 ms\n`,
    );
  } finally {
    await browser.close();
    await app.destroy();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
