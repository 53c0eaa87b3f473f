// The map: bundled outlines (no request leaves the app), places sized by mentions and facts,
// the Facts filters shared, a place chosen by mouse or keyboard lists its passages and facts,
// each opening the reader; a table alternative and a CSV export; axe clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, download, openPage, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

test('map: places, filter, choose a place, passages open the reader, table, export, keyboard', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.getByRole('link', { name: 'Map' }).click();
  await page.waitForSelector('.map-svg a.place');
  // Outlines: Mali, its regions (named) and neighbours, all from the app's own bytes.
  assert.equal(await page.locator('.map-svg path.mali').count(), 1);
  assert.ok(await page.locator('.map-svg path.region').count() >= 8);
  const names = await page.locator('.map-svg text').allTextContents();
  for (const n of ['Timbuktu', 'Kidal', 'Algeria', 'Niger']) assert.ok(names.includes(n), `${n} named: ${names}`);
  assert.ok(requests.every((u) => u.startsWith(ctx.server.url)), requests.join('\n'));

  const places = await page.locator('.map-svg a.place').evaluateAll((as) => as.map((a) => [a.getAttribute('aria-label'), Number(a.querySelector('circle').getAttribute('r'))]));
  assert.ok(places.length >= 5, `${places.length} places`);
  for (const [label] of places) assert.match(label, /^.+: \d+ mentions?, \d+ facts? in \d+ documents?$/);
  // Busier places are drawn larger.
  const weight = (l) => l.match(/(\d+) mentions?, (\d+) fact/).slice(1).reduce((a, b) => a + Number(b), 0);
  const sorted = [...places].sort((a, b) => weight(b[0]) - weight(a[0]));
  assert.ok(sorted[0][1] > sorted[sorted.length - 1][1] || weight(sorted[0][0]) === weight(sorted[sorted.length - 1][0]));
  // Every circle lies inside the drawing.
  const box = await page.locator('.map-svg').evaluate((s) => ({ width: s.viewBox.baseVal.width, height: s.viewBox.baseVal.height }));
  for (const c of await page.locator('.map-svg circle').evaluateAll((cs) => cs.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]))) {
    assert.ok(c[0] >= 0 && c[0] <= box.width && c[1] >= 0 && c[1] <= box.height, `${c}`);
  }

  // The table lists every place, mapped or not.
  await page.getByText('Show as table').click();
  const rows = await page.locator('.map-table tbody tr').count();
  assert.ok(rows >= places.length);
  assert.match(await page.locator('#map-h').textContent(), new RegExp(`^${rows} places? named \\(${places.length} on the map\\)`));

  // Choose a place with the keyboard: its panel lists passages and facts.
  const first = page.locator('.map-svg a.place').last();
  const label = await first.getAttribute('aria-label');
  const name = label.split(':')[0];
  await first.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`map\\?at=${encodeURIComponent(name).replace(/[()]/g, '\\$&')}$`));
  await page.waitForSelector('.place-detail');
  assert.equal(await page.locator('#place-h').textContent(), name);
  const passages = page.locator('.place-detail ul.passages li');
  assert.ok((await passages.count()) >= 1);
  assert.equal((await passages.first().locator('mark').textContent()).length > 0, true);

  // A filter narrows the places; a category no place's documents have empties the map.
  await page.goto(ctx.server.url + '#/map');
  await page.waitForSelector('.map-svg a.place');
  await page.locator('fieldset[data-facet="category"] label', { hasText: 'peacekeepers killed' }).locator('input').check();
  await page.waitForURL(/map\?category=peacekeepers_killed/);
  const kept = await page.locator('.map-svg a.place').count();
  assert.ok(kept > 0 && kept <= places.length, `${kept} of ${places.length}`);

  // Export: one row per place, with coordinates where known.
  const csv = await download(page, page.getByRole('button', { name: 'Export places CSV' }));
  assert.equal(csv.file, 'minusma-places.csv');
  const lines = csv.text.trim().split('\n');
  assert.equal(lines[0], 'place,kind,region,latitude,longitude,mentions,facts,documents');
  assert.ok(lines.length - 1 >= kept);

  // A passage opens the reader with the place marked.
  await page.locator('.map-svg a.place').first().click();
  await page.waitForSelector('.place-detail ul.passages a');
  const target = await page.locator('.place-detail ul.passages a').first().getAttribute('href');
  await page.locator('.place-detail ul.passages a').first().click();
  await page.waitForURL((u) => u.hash === target);
  await page.waitForSelector('article mark');

  // An unknown place says so instead of failing.
  await page.goto(ctx.server.url + '#/map?at=Atlantis');
  await page.waitForSelector('.map-svg');
  assert.match(await page.getByRole('status').first().textContent(), /No kept document names “Atlantis”/);

  await page.goto(ctx.server.url + '#/map?at=Gao');
  await page.waitForSelector('.place-detail');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
});
