/** `npm start` and the test setup compile the CMS only when a source changed since the last compile. */
import fs from 'fs';
import os from 'os';
import path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cmsIsStale } = require('../../scripts/lib/build') as { cmsIsStale(cms: string): boolean };

let cms: string;
const later = (p: string, ms: number) => {
  const t = new Date(Date.now() + ms);
  fs.utimesSync(p, t, t);
};

beforeEach(() => {
  cms = fs.mkdtempSync(path.join(os.tmpdir(), 'yz-build-'));
  for (const d of ['src/api', 'config', 'dist']) fs.mkdirSync(path.join(cms, d), { recursive: true });
  for (const f of ['src/index.ts', 'src/api/a.ts', 'config/server.ts', 'tsconfig.json', 'package.json'])
    fs.writeFileSync(path.join(cms, f), '');
});
afterEach(() => fs.rmSync(cms, { recursive: true, force: true }));

const compiled = () => {
  fs.writeFileSync(path.join(cms, 'dist/.compiled'), '');
  later(path.join(cms, 'dist/.compiled'), 1_000);
};

describe('compiling the CMS only when needed', () => {
  it('compiles a CMS that was never compiled', () => {
    expect(cmsIsStale(cms)).toBe(true);
  });

  it('skips the compile when nothing changed since the last one', () => {
    compiled();
    expect(cmsIsStale(cms)).toBe(false);
  });

  it.each([
    ['a source edited', (c: string) => later(path.join(c, 'src/api/a.ts'), 5_000)],
    ['a config file edited', (c: string) => later(path.join(c, 'config/server.ts'), 5_000)],
    ['tsconfig.json edited', (c: string) => later(path.join(c, 'tsconfig.json'), 5_000)],
    [
      'a source deleted',
      (c: string) => {
        fs.rmSync(path.join(c, 'src/api/a.ts'));
        later(path.join(c, 'src/api'), 5_000);
      },
    ],
  ])('compiles again after %s', (_what, change) => {
    compiled();
    change(cms);
    expect(cmsIsStale(cms)).toBe(true);
  });
});
