// Keyword in context: the concordance of a word, sorted by its left or right words, each
// keyword opening its place in the reader, exported as CSV with sources; keyboard only;
// axe-core clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, download, openPage, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

const firstWords = (cells, fromEnd) =>
  cells.map((t) => {
    const w = t.replace(/[…]/g, ' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return (fromEnd ? w[w.length - 1] : w[0]) ?? '';
  });

test('a word in context: sort, open in the reader, export', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/');
  await page.getByRole('link', { name: 'Keyword in context' }).click();
  await page.waitForURL(/#\/kwic$/);
  await page.getByLabel('Word, phrase or number').fill('Barkhane');
  await page.waitForURL(/q=Barkhane/);
  const rows = page.locator('table.kwic tbody tr');
  await rows.first().waitFor();
  const n = await rows.count();
  assert.ok(n >= 3, `${n} lines`);
  assert.match(await page.locator('#kwic-h').textContent(), new RegExp(`^${n} lines for “Barkhane”`));
  for (const k of await page.locator('table.kwic td.hit').allTextContents()) assert.match(k, /^barkhane/i);

  // Sorted by the words to the right: the first right word of each line is in order.
  await page.getByRole('button', { name: 'Sort by right' }).click();
  await page.waitForURL(/sort=right/);
  assert.equal(await page.getByRole('button', { name: 'Sort by right' }).getAttribute('aria-pressed'), 'true');
  const right = firstWords(await page.locator('table.kwic td.right').allTextContents(), false);
  assert.deepEqual(right, [...right].sort());
  await page.getByRole('button', { name: 'Sort by left' }).click();
  await page.waitForURL(/sort=left/);
  const left = firstWords(await page.locator('table.kwic td.left').allTextContents(), true);
  assert.deepEqual(left, [...left].sort());

  // The CSV names each line's source.
  const csv = await download(page, page.getByRole('button', { name: 'Export CSV' }));
  assert.equal(csv.file, 'minusma-kwic.csv');
  const lines = csv.text.trim().split('\n');
  assert.equal(lines[0], 'doc,title,url,block,left,keyword,right');
  assert.equal(lines.length, n + 1);

  // A keyword opens the reader at its block, the word marked there.
  const link = page.locator('table.kwic td.hit a').first();
  const href = await link.getAttribute('href');
  await link.click();
  await page.waitForURL((u) => u.hash === href);
  await page.waitForSelector('[data-target]');
  assert.match(await page.locator('[data-target] mark').first().textContent(), /barkhane/i);

  await page.goto(ctx.server.url + '#/kwic?q=Barkhane');
  await page.waitForSelector('table.kwic tbody tr');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a number and a phrase, keyboard only, and an empty box offers words to try', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/kwic');
  assert.ok((await page.getByRole('link', { name: 'Barkhane' }).count()) === 1, 'an example to try');
  // "/" focuses the box; typing and Tab reach the order buttons without a mouse.
  await page.keyboard.press('/');
  await page.keyboard.type('5,000');
  await page.waitForURL(/q=5%2C000/);
  await page.locator('table.kwic tbody tr').first().waitFor();
  for (const k of await page.locator('table.kwic td.hit').allTextContents()) assert.match(k, /^5[,. ]?000$/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/sort=left/);
  // The sort redraws the page, the box included: a fill that lands on the box being replaced
  // is lost, so it is tried again on the box that replaced it (as a user would retype).
  for (let attempt = 0; ; attempt++) {
    await page.getByLabel('Word, phrase or number').fill('Operation Barkhane');
    try {
      await page.waitForURL(/q=Operation%20Barkhane/, { timeout: 5000 });
      break;
    } catch (e) {
      if (attempt === 2) throw e;
    }
  }
  for (const k of await page.locator('table.kwic td.hit').allTextContents()) assert.match(k, /^Operation Barkhane/i);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});
