// Overview and Search in real Chromium: headline figures keep forces apart, search updates as
// you type, facets narrow the results, the URL is the state (permalink, back/forward), the
// keyboard works ("/" and Esc), and axe-core finds no serious or critical violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServerAndBrowser, axe } from './harness.mjs';

const ctx = useServerAndBrowser();

test('overview: headline figures and sources', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url);
  await page.waitForSelector('table.headlines tbody tr');
  const troops = await page.locator('table.headlines tr', { hasText: 'Troops' }).first().textContent();
  assert.match(troops, /MINUSMA/);
  assert.match(troops, /11,700 – 12,300/, 'Barkhane’s 5,000 and the Guinean 850 are not MINUSMA totals');
  const killed = await page.locator('table.headlines tr', { hasText: 'Peacekeepers killed' }).textContent();
  assert.match(killed, /173 – 174/);
  // A document with no known page address says so and links the publisher's site.
  const brief = page.locator('#documents li', { hasText: 'After Five Years' });
  assert.match(await brief.textContent(), /No page address is known/);
  assert.equal(await brief.locator('a', { hasText: "publisher's site" }).getAttribute('href'), 'https://www.policycenter.ma');
  // Every link is relative or http(s).
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const h of hrefs) assert.ok(h.startsWith('#/') || h.startsWith('https://') || h.startsWith('http://'), h);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
});

test('search: a keystroke draws a screen of passages, then the whole result page', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/search');
  await page.locator('#q').pressSequentially('the');
  await page.waitForSelector('.hit');
  // The rest of the page follows the first screen, and the list then holds every passage
  // the heading counts, up to the 50 a page shows.
  await page.waitForSelector('main:not([aria-busy])');
  const total = Number((await page.locator('#results-h').textContent()).match(/^(\d+)/)[1]);
  assert.ok(total > 12, `enough passages to need a second draw: ${total}`);
  assert.equal(await page.locator('.hit').count(), Math.min(total, 50));
  assert.match(await page.locator('#results-h').textContent(), total > 50 ? /first 50 shown/ : /passages/);
  assert.deepEqual(problems, []);
});

test('search: as you type, facets, permalink, back and forward', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/search');
  const box = page.locator('#q');
  const t0 = Date.now();
  await box.pressSequentially('Barkh');
  await page.waitForFunction(() => document.querySelectorAll('.hit').length > 0);
  console.log(`# in-browser: results for a 5-letter prefix typed key by key in ${Date.now() - t0} ms`);
  // The address bar follows when typing pauses.
  await page.waitForURL(/\/search\?q=Barkh$/);
  const marks = await page.locator('.hit mark').allTextContents();
  assert.ok(marks.length > 0 && marks.every((m) => m.startsWith('Barkh')), marks.join());
  // A keystroke draws the passages first and the facet counts a frame later: once the page
  // is no longer busy, the counts are the typed query's, as a fresh load of its URL shows.
  await page.waitForSelector('main:not([aria-busy="true"])');
  const counts = (p) => p.locator('.filters fieldset').allTextContents();
  const typedCounts = await counts(page);
  const fresh = await openPage(ctx.browser, ctx.server.url + '#/search?q=Barkh');
  await fresh.page.waitForSelector('.hit');
  assert.deepEqual(typedCounts, await counts(fresh.page));
  assert.ok(typedCounts.length > 0);
  await fresh.page.close();
  const heading = () => page.locator('#results-h').textContent();
  const before = Number((await heading()).match(/^(\d+)/)[1]);

  // Choose a facet value: fewer passages, the URL says so.
  const first = page.locator('fieldset[data-facet="doc"] input[type=checkbox]').first();
  await first.check();
  await page.waitForURL(/doc=/);
  const after = Number((await heading()).match(/^(\d+)/)[1]);
  assert.ok(after < before, `${after} < ${before}`);

  // A permalink reloads to the same state.
  const url = page.url();
  await page.reload();
  await page.waitForSelector('.hit');
  assert.equal(await box.inputValue(), 'Barkh');
  assert.equal(Number((await heading()).match(/^(\d+)/)[1]), after);
  assert.ok(await page.locator('fieldset[data-facet="doc"] input:checked').count() === 1);

  // Back undoes the facet; forward brings it back.
  await page.goBack();
  await page.waitForURL(/#\/search\?q=Barkh$/);
  await page.waitForFunction((n) => document.querySelector('#results-h').textContent.startsWith(String(n)), before);
  await page.goForward();
  await page.waitForURL(url);

  // Results link to the passage in the reader.
  const href = await page.locator('.hit a').first().getAttribute('href');
  assert.match(href, /^#\/doc\/[0-9a-f_]+\?q=Barkh#p\d+$/, "a result opens its block, carrying the search for the reader to mark");

  // A choice made before the address bar caught up with the typing: Back still returns to
  // the typed search, not to the page before it.
  await page.goto(ctx.server.url + '#/search');
  await box.fill('');
  await box.pressSequentially('Moura');
  await page.waitForFunction(() => document.querySelectorAll('.hit').length > 0);
  await page.locator('fieldset[data-facet="doc"] input[type=checkbox]').first().check();
  await page.waitForURL(/q=Moura&doc=/);
  await page.goBack();
  await page.waitForURL(/#\/search\?q=Moura$/);
  assert.equal(await box.inputValue(), 'Moura');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
});

test('search: typos, phrases, keyboard, clear', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/search?q=Barkane%20');
  await page.waitForSelector('.hit');
  assert.match(await page.locator('#results-h').textContent(), /close spellings/);
  assert.ok((await page.locator('.hit mark').allTextContents()).every((m) => m === 'Barkhane'));

  await page.goto(ctx.server.url + '#/search?q=%22civilians%20killed%22');
  await page.waitForSelector('.hit');
  for (const s of await page.locator('.snippet').allTextContents()) assert.match(s.toLowerCase(), /civilians killed/);

  // "/" focuses the box from anywhere; Esc clears it.
  await page.locator('h1').click();
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
  await page.keyboard.press('Escape');
  await page.waitForURL(/#\/search$/);
  assert.equal(await page.locator('#q').inputValue(), '');

  // Clear all removes filters too.
  await page.goto(ctx.server.url + '#/search?q=Kidal&category=troops');
  await page.waitForSelector('.hit');
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.waitForURL(/#\/search$/);
  assert.deepEqual(problems, []);
});

test('odd URLs load a usable page', async () => {
  const odd = ['?q=%3Cscript%3Ealert(1)%3C/script%3E', '?category=nonsense&year=abc', '?q=' + 'x'.repeat(5000), '?%%%=&&'];
  for (const [view, q] of ['search', 'facts', 'charts', 'compare', 'doc/004_fc1e265afb404b80'].flatMap((v) => odd.map((q) => [v, q]))) {
    const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/' + view + q);
    await page.waitForSelector('main h1');
    assert.equal(await page.evaluate(() => window.__pwned ?? false), false);
    assert.deepEqual(problems, [], view + q);
    await page.close();
  }
  // An unknown path gets the "not found" view, with a way back.
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/no/such/view');
  await page.waitForSelector('text=Page not found');
  assert.deepEqual(problems, []);
});
