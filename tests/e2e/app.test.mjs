// The app, built with Trunk in release, loads in Chromium, runs the corpus engine on the seeds
// in the browser, and lists every document with its facts: no console error, no request to
// another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, ROOT } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the seed documents are listed with their facts', async () => {
  const { page, problems } = await openPage(browser, server.url);
  const t0 = Date.now();
  await page.waitForSelector('#documents li');
  const loadMs = Date.now() - t0;
  const items = await page.locator('#documents li').allTextContents();
  assert.equal(items.length, 5);
  assert.ok(items.some((t) => t.includes('After Five Years, Challenges Facing MINUSMA Persist')));
  assert.ok(items.some((t) => t.includes('Vanessa Gauthier Vela') && t.includes('2023-03-08')));
  const summary = await page.locator('#summary').textContent();
  const m = summary.match(/(\d+) documents, (\d+) numeric facts/);
  assert.ok(m, summary);
  assert.equal(Number(m[1]), 5);
  assert.ok(Number(m[2]) > 40, summary);
  assert.equal(await page.locator('.errors li').count(), 0);
  assert.deepEqual(problems, []);
  const shots = join(ROOT, 'target', 'screenshots');
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: join(shots, 'home-desktop.png'), fullPage: true });
  console.log(`# in-browser: first view with the seeds parsed ${loadMs} ms after navigation`);
});

test('the page works at 360 px wide', async () => {
  const { page, problems } = await openPage(browser, server.url, { width: 360, height: 740 });
  await page.waitForSelector('#documents li');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no horizontal scrolling');
  await page.screenshot({ path: join(ROOT, 'target', 'screenshots', 'home-360.png'), fullPage: true });
  assert.deepEqual(problems, []);
});
