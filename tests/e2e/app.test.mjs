// The app, built with Trunk in release, loads in Chromium with the corpus parsed at build time
// and lists every document with its facts (the same count the CLI gives): no console error, no
// request to another origin; every view at desktop width and 360 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { openPage, useServerAndBrowser, ROOT } from './harness.mjs';

/** The number of facts the command-line tool finds in the seeds (`cargo test` builds it; the
 * newest build is used, so a stale one cannot hide a difference). */
function cliFactCount() {
  const bins = ['release', 'debug'].map((p) => join(ROOT, 'target', p, 'corpus')).filter(existsSync);
  if (bins.length === 0) return null;
  const bin = bins.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  const out = execFileSync(bin, ['facts', join(ROOT, 'seeds')], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 });
  return JSON.parse(out).length;
}

const ctx = useServerAndBrowser();

test('the overview lists the seed documents with their facts', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url);
  const t0 = Date.now();
  await page.waitForSelector('#documents li');
  const loadMs = Date.now() - t0;
  const items = await page.locator('#documents li').allTextContents();
  assert.equal(items.length, 5);
  // Metadata comes from seeds/sources.toml, embedded at build time.
  assert.ok(items.some((t) => t.includes('After Five Years, Challenges Facing MINUSMA Persist (Policy Brief PB-18/35)')));
  assert.ok(items.some((t) => t.includes('France 24')));
  assert.ok(items.some((t) => t.includes('Vanessa Gauthier Vela') && t.includes('2023-03-08')));
  const summary = await page.locator('#summary').textContent();
  const m = summary.match(/(\d+) documents .* quoting (\d+) numbers/);
  assert.ok(m, summary);
  assert.equal(Number(m[1]), 5);
  assert.ok(Number(m[2]) > 40, summary);
  const cli = cliFactCount();
  if (cli !== null) assert.equal(Number(m[2]), cli, 'the page shows what the CLI extracts');
  assert.equal(await page.locator('.errors li').count(), 0);
  assert.deepEqual(problems, []);
  console.log(`# in-browser: first view with the seeds parsed ${loadMs} ms after navigation`);
});

// Every view at desktop width and at 360 px: no horizontal page scroll, no console problem,
// and a screenshot of each in target/screenshots/ to look at.
const VIEWS = {
  overview: '',
  search: 'search?q=civilians',
  facts: 'facts',
  charts: 'charts',
  compare: 'compare',
  reader: 'doc/000_42da79048cd32607?fact=000_42da79048cd32607%3A11#p21',
};

test('every view works at desktop width and at 360 px', async () => {
  const shots = join(ROOT, 'target', 'screenshots');
  await mkdir(shots, { recursive: true });
  for (const [name, path] of Object.entries(VIEWS)) {
    for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['360', { width: 360, height: 740 }]]) {
      const { page, problems } = await openPage(ctx.browser, ctx.server.url + (path ? '#/' + path : ''), viewport);
      await page.waitForSelector('main h1');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(overflow, false, `${name} at ${label}: no horizontal scrolling`);
      await page.screenshot({ path: join(shots, `${name}-${label}.png`), fullPage: true });
      assert.deepEqual(problems, [], `${name} at ${label}`);
      await page.close();
    }
  }
});
