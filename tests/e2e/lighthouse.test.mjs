// Lighthouse's accessibility audit (its own axe rules plus its checks) on every view, in the
// system Chromium: each must score 100. Then its mobile performance audit (simulated slow 4G
// and a 4x slower CPU) on the first views a visitor opens, served compressed: printed, never
// asserted (timings on a shared machine are for reading, not for failing a build).
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
const VIEWS = ['', '#/search?q=Moura', '#/facts', '#/charts', '#/compare', '#/kwic?q=Barkhane', '#/timeline', '#/map?at=Gao', '#/mine', '#/doc/000_42da79048cd32607?fact=000_42da79048cd32607%3A11#p21'];

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

const PERF_VIEWS = ['', '#/search?q=Moura', '#/facts'];

test('Lighthouse mobile performance, served compressed (printed)', async () => {
  const server = await serve(undefined, '/', { compress: true });
  const out = await mkdtemp(join(tmpdir(), 'lighthouse-'));
  try {
    for (const v of PERF_VIEWS) {
      const report = join(out, 'report.json');
      await promisify(execFile)(process.execPath, [
        LIGHTHOUSE, server.url + v, '--only-categories=performance', '--output=json',
        `--output-path=${report}`, '--quiet', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' } });
      const r = JSON.parse(await readFile(report, 'utf8'));
      const ms = (id) => `${(r.audits[id]?.numericValue / 1000).toFixed(2)} s`;
      assert.ok(r.categories.performance.score > 0, `${v || 'overview'} was measured`);
      console.log(`# lighthouse mobile performance ${v || '#/'}: ${Math.round(r.categories.performance.score * 100)}; ` +
        `first contentful paint ${ms('first-contentful-paint')}, largest ${ms('largest-contentful-paint')}, ` +
        `time to interactive ${ms('interactive')}, total blocking ${Math.round(r.audits['total-blocking-time'].numericValue)} ms, ` +
        `transferred ${Math.round(r.audits['total-byte-weight'].numericValue / 1000)} KB`);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
    await server.close();
  }
});
