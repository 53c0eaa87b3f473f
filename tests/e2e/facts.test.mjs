// The facts table: every fact, sortable, filtered by facets, each row linking to its sentence,
// and the current view exported as CSV and JSON; axe-core clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, download, openPage, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

test('sort, filter, export, and follow a fact to its sentence', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/facts');
  await page.waitForSelector('table.facts tbody tr');
  const total = await page.locator('table.facts tbody tr').count();
  assert.match(await page.locator('#facts-h').textContent(), new RegExp(`^${total} facts`));

  // Sort by value, then reverse: the largest value comes first.
  await page.getByRole('button', { name: 'Value' }).click();
  await page.waitForURL(/sort=value$/);
  await page.getByRole('button', { name: 'Value' }).click();
  await page.waitForURL(/sort=value&desc=1$/);
  assert.equal(await page.locator('th[aria-sort="descending"]').count(), 1);
  assert.match(await page.locator('table.facts tbody tr').first().textContent(), /10,000,000/);

  // Filter by category: only troop figures, Barkhane's among them, each with its subject.
  await page.locator('fieldset[data-facet="category"] label', { hasText: 'troops' }).locator('input').check();
  await page.waitForURL(/category=troops/);
  const rows = page.locator('table.facts tbody tr');
  const n = await rows.count();
  assert.ok(n >= 4 && n < total);
  for (const r of await rows.allTextContents()) assert.match(r, /troops/);
  assert.ok((await rows.allTextContents()).some((r) => r.includes('Operation Barkhane') && r.includes('5,000')));

  // Export what is shown.
  const csv = await download(page, page.getByRole('button', { name: 'Export CSV' }));
  assert.equal(csv.file, 'minusma-facts.csv');
  const lines = csv.text.trim().split('\n');
  assert.ok(lines[0].startsWith('id,doc,value,value_text,qualifier,unit,category,subject'));
  assert.equal(lines.length, n + 1);
  const json = JSON.parse((await download(page, page.getByRole('button', { name: 'Export JSON' }))).text);
  assert.equal(json.length, n);
  assert.ok(json.every((f) => f.category === 'troops' && typeof f.quote === 'string' && f.end > f.start));

  // A row's sentence opens the reader at that sentence's block.
  const link = rows.filter({ hasText: 'Operation Barkhane' }).locator('a').first();
  const href = await link.getAttribute('href');
  await link.click();
  await page.waitForURL((u) => u.hash === href);
  await page.waitForSelector('[data-target]');
  assert.match(await page.locator('[data-target]').textContent(), /its 5,000 men/);

  await page.goto(ctx.server.url + '#/facts?category=troops');
  await page.waitForSelector('table.facts tbody tr');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
});
