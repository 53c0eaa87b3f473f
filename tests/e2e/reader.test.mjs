// The reader: a search result opens its passage (scrolled to and marked), footnotes link both
// ways, notes' addresses are links, facts are marked, removed chrome is listed; axe-core clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, openPage, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();
const BRIEF = '000_42da79048cd32607';

test('a search result opens its passage in the reader', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/search?q=%22civilians%20killed%22');
  await page.waitForSelector('.hit a');
  const href = await page.locator('.hit a').first().getAttribute('href');
  await page.locator('.hit a').first().click();
  await page.waitForURL((u) => u.hash === href);
  const block = href.split('#')[2];
  await page.waitForSelector(`#${block}[data-target]`);
  assert.ok(await page.locator(`#${block}`).isVisible());
  assert.match((await page.locator(`#${block}`).textContent()).toLowerCase(), /civilians killed/);
  // The search's matches are marked in the reader too.
  const marked = (await page.locator(`#${block} mark`).allTextContents()).map((t) => t.toLowerCase());
  assert.ok(marked.includes('civilians') && marked.includes('killed'), marked.join('|'));
  assert.deepEqual(problems, []);
});

test('footnotes round trip, note links, facts and removed chrome', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + `#/doc/${BRIEF}`);
  await page.waitForSelector('.reader h1');
  assert.match(await page.locator('.reader h1').textContent(), /After Five Years/);
  // Marker 1 → note 1 → back to the marker.
  await page.locator('sup a[href$="#fn1"]').first().click();
  await page.waitForURL(/#\/doc\/[0-9a-f_]+#fn1$/);
  assert.match(await page.locator('#fn1').textContent(), /Rapport du Secrétaire Général/);
  await page.locator('#fn1 a', { hasText: '↩' }).click();
  await page.waitForURL(/#\/doc\/[0-9a-f_]+#ref1-0$/);
  // A repaired URL is a link; Ibid. points to the note it repeats.
  assert.equal(await page.locator('#fn4 a[rel]').getAttribute('href'), 'https://minusma.unmissions.org/sites/default/files/170629_unsc_res_2364_enq.pdf');
  assert.match(await page.locator('#fn8').textContent(), /repeats note 7/);
  // Facts are marked with what they measure, and open a card.
  const titles = await page.locator('a.fact').evaluateAll((ms) => ms.map((m) => m.getAttribute('title')));
  assert.ok(titles.some((t) => /at least 173 personnel — peacekeepers killed — MINUSMA — as of 2018-10-16 \(stated\)/.test(t)), titles.join('\n'));
  await page.locator('a.fact', { hasText: '173' }).click();
  await page.waitForURL(/[?&]fact=/);
  const card = page.locator('.fact-card');
  assert.match(await card.textContent(), /Measurespeacekeepers killed/);
  assert.match(await card.locator('h2').textContent(), /^at least 173 personnel$/);
  // This brief's page address is unknown, and the card says so.
  assert.match(await card.textContent(), /No page address is known/);
  // Back closes the card.
  await page.goBack();
  await page.waitForSelector('.fact-card', { state: 'detached' });
  // The contact block removed from the original is listed, collapsed.
  await page.locator('details.removed summary').click();
  assert.match(await page.locator('details.removed').textContent(), /publisher contact details/);
  // Printed, the reader is the document alone: no navigation, no removed-chrome panel.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.site').isVisible(), false);
  assert.equal(await page.locator('details.removed').isVisible(), false);
  assert.ok(await page.locator('.reader h1').isVisible());
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
});

test('a fact card links to its sentence in the original publication', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/doc/004_fc1e265afb404b80');
  // The header's link to the original opens at the passage being read, when one is targeted.
  await page.waitForSelector('.reader h1');
  const header = page.locator('.reader > p.meta a', { hasText: 'Original publication' });
  assert.doesNotMatch(await header.getAttribute('href'), /#:~:text=/);
  const block = await page.locator('.reader > p[id]').nth(1).getAttribute('id');
  await page.goto(ctx.server.url + `#/doc/004_fc1e265afb404b80#${block}`);
  await page.waitForSelector(`#${block}[data-target]`);
  assert.match(await header.getAttribute('href'), /^https:\/\/pledgetimes\.com\/[^#]*#:~:text=[^#]+$/);
  await page.locator('a.fact', { hasText: '174' }).click();
  const card = page.locator('.fact-card');
  await card.waitFor();
  const original = await card.getByRole('link', { name: /original publication/ }).getAttribute('href');
  assert.match(original, /^https:\/\/pledgetimes\.com\/.*#:~:text=Per%20June%2030%2C%202023%2C,/);
  // Its way on: claims of the same kind, side by side.
  await card.getByRole('link', { name: 'Compare claims of this kind' }).click();
  await page.waitForURL(/#\/compare\?category=peacekeepers_killed$/);
  await page.waitForSelector('section.group');
  assert.deepEqual(problems, []);
});

test('an unknown document says so', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/doc/nope');
  await page.waitForSelector('text=No such document');
  assert.deepEqual(problems, []);
});
