// Offline use and updates (service worker), hosting under a subpath, the one-file edition from
// file://, and the Content-Security-Policy — each in the system Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT, launch, openPage, serve } from './harness.mjs';

const VIEWS = [
  ['', 'What the sources say about MINUSMA'],
  ['#/search?q=Moura', 'Search'],
  ['#/facts', 'Facts'],
  ['#/charts', 'Charts'],
  ['#/compare', 'Compare'],
  ['#/doc/004_fc1e265afb404b80#p3', 'Minusma'],
];

let browser;
const dirs = [];
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** A copy of the build, to serve and change without touching dist/. */
async function copyOfBuild() {
  const d = await mkdtemp(join(tmpdir(), 'minusma-build-'));
  dirs.push(d);
  await cp(DIST, d, { recursive: true });
  return d;
}

/** Every view draws its heading; returns the problems seen. */
async function visitAll(page, base) {
  for (const [frag, h1] of VIEWS) {
    await page.goto(base + frag);
    await page.waitForSelector('main h1');
    assert.match(await page.locator('main h1').first().textContent(), new RegExp(h1), frag);
  }
}

async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

test('under a subpath, then offline: every view still works after the server stops', async () => {
  const dir = await copyOfBuild();
  const server = await serve(dir, '/explorer/');
  const { page, problems } = await openPage(browser, server.url);
  await page.waitForSelector('#documents li');
  await controlled(page);
  await visitAll(page, server.url);
  await server.close();
  // No server at all now: a reload and every view come from the service worker's cache.
  await page.reload();
  await page.waitForSelector('.reader h1');
  await visitAll(page, server.url);
  // A deep link loaded afresh (a new document, not a fragment change), offline.
  await page.goto(server.url + '?from=mail#/compare');
  await page.waitForSelector('section.group');
  assert.deepEqual(problems, []);
});

test('a new build: the update is offered, and runs after accepting', async () => {
  const dir = await copyOfBuild();
  const server = await serve(dir, '/');
  const { page, problems } = await openPage(browser, server.url);
  await page.waitForSelector('#documents li');
  await controlled(page);
  // Deploy build B: a different page, a new worker and file list (the post-build step).
  const index = join(dir, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace('<title>', '<meta name="x-build" content="B" />\n    <title>'));
  execFileSync('python3', [join(ROOT, 'scripts', 'postbuild.py'), dir], { stdio: 'ignore' });
  await page.reload();
  await page.waitForSelector('#documents li');
  // Still build A, whole: B waits until the reader accepts.
  assert.equal(await page.locator('meta[name="x-build"]').count(), 0);
  await page.waitForSelector('#update button', { timeout: 15000 });
  assert.match(await page.locator('#update').textContent(), /new version/);
  await Promise.all([page.waitForEvent('load'), page.locator('#update button').click()]);
  await page.waitForSelector('#documents li');
  assert.equal(await page.locator('meta[name="x-build"]').count(), 1, 'build B runs');
  assert.equal(await page.locator('#update').count(), 0);
  // Only B's cache is left.
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.length, 1, caches.join());
  assert.deepEqual(problems, []);
  await server.close();
});

test('the one-file edition works from file:// with no server and no network', async () => {
  const file = join(DIST, 'minusma-explorer-offline.html');
  const url = pathToFileURL(file).href;
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) problems.push(`request: ${r.url()}`); });
  await page.goto(url);
  await page.waitForSelector('#documents li');
  await visitAll(page, url);
  // Links, filters and back/forward work from disk too.
  await page.goto(url + '#/facts');
  await page.locator('fieldset[data-facet="category"] label', { hasText: 'troops' }).locator('input').check();
  await page.waitForURL(/#\/facts\?category=troops$/);
  await page.goBack();
  await page.waitForURL(/#\/facts$/);
  assert.deepEqual(problems, []);
});

test('Content-Security-Policy: strict, enforced, and nothing of the app violates it', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  assert.match(csp, /script-src 'self' 'sha256-[^']+' 'wasm-unsafe-eval'/);
  const server = await serve();
  // Closed whatever fails, so that a failure never leaves this file's process running.
  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const [frag] of VIEWS) {
      await page.goto(server.url + frag);
      await page.waitForSelector('main h1');
    }
    // Open a fact card, a chart table, a download: the interactive paths too.
    await page.goto(server.url + '#/charts');
    await page.locator('summary', { hasText: 'Show as table' }).first().click();
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    // And it is enforced: an injected inline script does not run, and the browser reports
    // the violation (the report is an event dispatched after the fact: waited for).
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
      return window.__ran === true;
    });
    assert.equal(ran, false);
    await page.waitForFunction(() => window.__csp.some((v) => v.startsWith('script-src')), null, { timeout: 5000 });
  } finally {
    await server.close();
  }
});
