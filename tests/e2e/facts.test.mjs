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
  await page.waitForSelector('th[aria-sort="descending"]');
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

// At 1280 px the Facts and Compare tables show every column with no horizontal scrolling, and
// no row is taller than four lines of text; the filters fold away and give their width back.
test('facts and compare fit a desktop screen, rows at most four lines', async () => {
  for (const view of ['facts', 'compare']) {
    const { page, problems } = await openPage(ctx.browser, ctx.server.url + `#/${view}`, { width: 1280, height: 900 });
    await page.waitForSelector('main table tbody tr');
    const m = await page.evaluate(() => {
      const doc = document.scrollingElement;
      const tables = [...document.querySelectorAll('main table')];
      const line = parseFloat(getComputedStyle(document.querySelector('main table td')).lineHeight);
      const rows = tables.flatMap((t) => [...t.querySelectorAll('tbody tr')]);
      const cols = tables.map((t) => [...t.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect()));
      return {
        overflow: doc.scrollWidth - doc.clientWidth,
        wide: tables.filter((t) => t.scrollWidth > t.parentElement.clientWidth + 1).length,
        offscreen: cols.flat().filter((r) => r.right > window.innerWidth + 1).length,
        line,
        tallest: Math.max(...rows.map((r) => r.getBoundingClientRect().height)),
        rows: rows.length,
      };
    });
    assert.ok(m.rows > 0, view);
    assert.equal(m.overflow, 0, `${view}: the page scrolls sideways`);
    assert.equal(m.wide, 0, `${view}: a table is wider than its column`);
    assert.equal(m.offscreen, 0, `${view}: a column header is off screen`);
    // Four lines of text plus the cell's padding and border.
    assert.ok(m.tallest <= 4 * m.line + 16, `${view}: a row is ${m.tallest}px, more than four lines of ${m.line}px`);
    assert.deepEqual(problems, []);
    await page.close();
  }
  // Folding the filters away widens the table.
  const { page } = await openPage(ctx.browser, ctx.server.url + '#/facts', { width: 1280, height: 900 });
  await page.waitForSelector('table.facts tbody tr');
  const before = await page.locator('table.facts').evaluate((t) => t.getBoundingClientRect().width);
  await page.locator('details.filters > summary').click();
  const after = await page.locator('table.facts').evaluate((t) => t.getBoundingClientRect().width);
  assert.ok(after > before + 100, `table ${before}px → ${after}px`);
  await page.close();
});
