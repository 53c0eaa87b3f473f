// The timeline: dated facts and events on one axis, the Facts filters shared, every mark a link
// to its sentence (keyboard too), a table alternative, TimelineJS JSON and CSV exports; axe clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, download, openPage, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

test('timeline: filter, rows by actor, table, exports, a mark opens its sentence', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/');
  await page.getByRole('link', { name: 'Timeline' }).click();
  await page.waitForSelector('.timeline-svg a.mark');
  const all = await page.locator('.timeline-svg a.mark').count();
  assert.match(await page.locator('#timeline-h').textContent(), /^\d+ dated marks?/);
  assert.ok(all > 10, `${all} marks`);
  // Every mark is placed within the axis and names what it is.
  for (const label of (await page.locator('.timeline-svg a.mark').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')))).slice(0, 20)) {
    assert.match(label, /^(fact|event) \d{4}/);
  }

  // The Facts filters: troop figures only, so no events.
  await page.locator('fieldset[data-facet="category"] label', { hasText: 'troops' }).locator('input').check();
  await page.waitForURL(/timeline\?category=troops/);
  const labels = await page.locator('.timeline-svg a.mark').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
  assert.ok(labels.length > 0 && labels.length < all);
  assert.ok(labels.every((l) => l.startsWith('fact') && l.includes('troops')), labels.join('\n'));
  assert.ok(labels.some((l) => l.includes('Operation Barkhane') && l.includes('assumed')), 'Barkhane’s undated 5,000 are drawn as assumed');

  // Rows by force or actor keep the filter.
  await page.getByRole('link', { name: 'by force or actor' }).click();
  await page.waitForURL(/category=troops&rows=actor/);
  // The URL changes first; the redraw follows it.
  await page.waitForFunction(() => [...document.querySelectorAll('.timeline-svg text')].some((t) => t.textContent.endsWith('Operation Barkhane')));

  // The table lists the same marks.
  await page.getByText('Show as table').click();
  assert.equal(await page.locator('.timeline-table tbody tr').count(), labels.length);

  // Exports.
  const tl = JSON.parse((await download(page, page.getByRole('button', { name: 'Export TimelineJS JSON' }))).text);
  assert.equal(tl.events.length, labels.length);
  assert.ok(tl.events.every((e) => /^\d{4}$/.test(e.start_date.year) && e.text.headline));
  const csv = await download(page, page.getByRole('button', { name: 'Export CSV' }));
  assert.equal(csv.file, 'minusma-timeline.csv');
  assert.equal(csv.text.trim().split('\n').length, labels.length + 1);

  // Keyboard: focus a mark and press Enter to reach its sentence.
  const mark = page.locator('.timeline-svg a.mark').first();
  const href = await mark.getAttribute('href');
  await mark.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.hash === href);
  await page.waitForSelector('aside.fact-card');

  await page.goto(ctx.server.url + '#/timeline');
  await page.waitForSelector('.timeline-svg a.mark');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
});
