// Lighthouse's accessibility audit (its own axe rules plus its checks) on every view, in the
// system Chromium: each must score 100.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, serve } from './harness.mjs';

const LIGHTHOUSE = fileURLToPath(new URL('./node_modules/lighthouse/cli/index.js', import.meta.url));
const VIEWS = ['', '#/search?q=Moura', '#/facts', '#/charts', '#/compare', '#/kwic?q=Barkhane', '#/timeline', '#/map?at=Gao', '#/doc/000_42da79048cd32607?fact=000_42da79048cd32607%3A11#p21'];

test('Lighthouse accessibility is 100 on every view', async () => {
  const server = await serve();
  const out = await mkdtemp(join(tmpdir(), 'lighthouse-'));
  try {
    for (const v of VIEWS) {
      const report = join(out, 'report.json');
      // Asynchronously: the static server runs in this process and must keep answering.
      await promisify(execFile)(process.execPath, [
        LIGHTHOUSE, server.url + v, '--only-categories=accessibility', '--output=json',
        `--output-path=${report}`, '--quiet', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' } });
      const r = JSON.parse(await readFile(report, 'utf8'));
      const failing = Object.values(r.audits).filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0).map((a) => a.id);
      console.log(`# lighthouse accessibility ${server.url + v}: ${r.categories.accessibility.score * 100}`);
      assert.equal(r.categories.accessibility.score, 1, `${v || 'overview'}: ${failing.join(', ')}`);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
    await server.close();
  }
});
