// 1,000 random and malicious URLs (fragments, which hold the app's state, and query strings,
// which force a fresh load): each gives a usable page — a heading, the navigation — with no
// panic, no console error, and no injected script run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

// A small seeded generator, so a failure can be replayed.
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const PAYLOADS = [
  '<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=1">', 'javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>', '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E', '%', '%%', '%E2%82', '%00',
  '%FF%FE', '../../../etc/passwd', '#', '##p1', '?', '&&&', '==', 'Moura', 'civilians killed', '"Operation Barkhane"', 'Ségou',
  '\u202e\u0000', '😀', 'x'.repeat(3000), '1e309', '-1', 'NaN', 'constructor', '__proto__', 'p21', 'fn1', 'ref1-0',
];
const PATHS = ['/', '/search', '/facts', '/charts', '/compare', '/map', '/map?at=%3Cb%3E', '/mine', '/mine?edit=%3Cb%3E', '/timeline', '/kwic', '/doc/000_42da79048cd32607', '/doc/', '/doc/<b>x</b>', '/nope', '//', '', 'search', '/search/extra/parts'];
const KEYS = ['q', 'at', 'all', 'category', 'place', 'actor', 'year', 'kind', 'publisher', 'doc', 'sort', 'desc', 'fact', 'x', '', '<k>'];

function randomUrl(r) {
  const pick = (a) => a[Math.floor(r() * a.length)];
  const enc = (s) => (r() < 0.5 ? encodeURIComponent(s) : s);
  const params = Array.from({ length: Math.floor(r() * 5) }, () => `${enc(pick(KEYS))}=${enc(pick(PAYLOADS))}`).join('&');
  let frag = pick(PATHS) + (params ? '?' + params : '') + (r() < 0.3 ? '#' + enc(pick(PAYLOADS)) : '');
  if (r() < 0.1) frag = enc(pick(PAYLOADS));
  const search = r() < 0.1 ? '?' + enc(pick(PAYLOADS)) : '';
  return { search, frag };
}

test('1,000 random and malicious URLs each load a usable app', async () => {
  const r = rng(20261123);
  let { page, problems } = await openPage(ctx.browser, ctx.server.url);
  await page.waitForSelector('main h1');
  const t0 = Date.now();
  for (let i = 0; i < 1000; i++) {
    // A fresh tab every 200 URLs: a query string reloads the app, and one tab reloaded a
    // thousand times can run out of address space for WebAssembly memories before the
    // browser frees the old ones (a limit of the test, not of a user's session).
    if (i > 0 && i % 200 === 0) {
      await page.close();
      ({ page, problems } = await openPage(ctx.browser, ctx.server.url));
      await page.waitForSelector('main h1');
    }
    const { search, frag } = randomUrl(r);
    const url = ctx.server.url + search + '#' + frag;
    await page.goto(url);
    await page.waitForSelector('main h1', { timeout: 5000 });
    assert.equal(await page.locator('header nav a').count(), 9, url);
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null, url);
    assert.deepEqual(problems, [], `after ${url}`);
  }
  // Still an app: the navigation works.
  await page.locator('header nav a', { hasText: 'Compare' }).click();
  await page.waitForSelector('section.group');
  assert.deepEqual(problems, []);
  console.log(`# in-browser: 1,000 URLs in ${Date.now() - t0} ms`);
});
