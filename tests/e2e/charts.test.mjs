// Charts and Compare: marks are focusable links to their sentence, reference series link to
// their official sources, each chart has a table alternative and an SVG download, charts follow
// the filters; Compare puts differing claims side by side. axe-core clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, download, openPage, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

test('chart marks: keyboard to the sentence, reference to its source, table, SVG', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/charts');
  await page.waitForSelector('#chart-personnel a');
  for (const id of ['chart-personnel', 'chart-casualties', 'chart-civilians', 'chart-contingents']) {
    assert.ok(await page.locator(`#${id}`).isVisible(), id);
  }
  const personnel = page.locator('#chart-personnel');
  // Barkhane's men are their own series, never a MINUSMA one.
  const barkhane = await personnel.locator('a[aria-label*="Barkhane"]').count();
  assert.ok(barkhane >= 1);
  assert.ok(await page.locator('#chart-personnel text', { hasText: /^Troops — Operation Barkhane$/ }).count() === 1);
  // Reference ceilings link to the Security Council's records, not to the reader.
  const refs = await personnel.locator('a[aria-label*="reference"], a[aria-label*="Resolution"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(refs.length >= 8 && refs.every((h) => /^https?:\/\//.test(h)), refs.join(' '));

  // Keyboard: focus a claim, its details show; Enter opens its sentence in the reader.
  const mark = personnel.locator('a[href^="#/doc/"]').first();
  const label = await mark.getAttribute('aria-label');
  const detail = page.locator('section:has(#chart-personnel) .chart-detail');
  // Hover shows a mark's details (value, qualifier, date, subject, source)…
  const other = personnel.locator('a[aria-label*="Barkhane"]').first();
  await other.hover();
  assert.equal(await detail.textContent(), await other.getAttribute('aria-label'));
  // Barkhane's 5,000 men carry no date of their own in the text: the mark says its date is
  // the text's, an assumption, and is drawn faded.
  assert.match(await detail.textContent(), /^5,000 men — Operation Barkhane — as of \d{4}-\d{2}-\d{2} \(assumed: the text's own date; it gives no date for this figure\) — /);
  assert.equal(await other.locator('.mark').getAttribute('fill-opacity'), '0.35');
  // Reference marks (hollow) catch the pointer too, and say where they come from.
  await personnel.locator('a[href^="http"]').first().hover();
  assert.match(await detail.textContent(), /^11,200 troops authorized — Resolution \d+ — as of \d{4}-\d{2}-\d{2} — https?:\/\//);
  // …and so does keyboard focus.
  await mark.focus();
  assert.equal(await detail.textContent(), label);
  const href = await mark.getAttribute('href');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.hash === href);
  const block = href.split('#')[2];
  await page.waitForSelector(`#${block}[data-target]`);
  const value = label.split(' — ')[0].replace(/^(estimated|at least|more than|about|nearly|up to) /, '').split(' ')[0];
  assert.ok((await page.locator(`#${block}`).textContent()).includes(value), `${value} in #${block}`);
  await page.goBack();
  await page.waitForSelector('#chart-personnel a');

  // The table alternative lists the same points.
  const section = page.locator('section.chart', { has: page.locator('#chart-casualties') });
  await section.locator('summary', { hasText: 'Show as table' }).click();
  const marks = await page.locator('#chart-casualties a').count();
  assert.equal(await section.locator('tbody tr').count(), marks);
  assert.match(await section.locator('tbody').textContent(), /at least 173/);

  // SVG download: a standalone file with the marks.
  const svg = await download(page, section.getByRole('button', { name: 'Download SVG' }));
  assert.equal(svg.file, 'chart-casualties.svg');
  assert.match(svg.text, /^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.equal((svg.text.match(/<a /g) ?? []).length, marks);

  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
});

test('charts follow the filters, and the filters live in the URL', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/charts');
  await page.waitForSelector('#chart-personnel a');
  await page.locator('fieldset[data-facet="actor"] label', { hasText: 'Operation Barkhane' }).locator('input').check();
  await page.waitForURL(/#\/charts\?actor=Operation%20Barkhane$/);
  const claims = await page.locator('#chart-personnel a[href^="#/doc/"]').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
  assert.ok(claims.length >= 1 && claims.every((l) => l.includes('Barkhane')), claims.join('\n'));
  // Reference ceilings stay: they are context, not claims.
  assert.ok(await page.locator('#chart-personnel a[href^="http"]').count() >= 8);
  // Nothing about civilians matches: the chart says so.
  assert.match(await page.locator('section.chart', { has: page.locator('#chart-civilians') }).textContent(), /No claim matches the filters/);
  await page.reload();
  await page.waitForSelector('#chart-personnel a');
  assert.equal(await page.locator('#chart-personnel a[href^="#/doc/"]').count(), claims.length);
  assert.deepEqual(problems, []);
});

test('compare: differing claims side by side, each linking to its sentence', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/compare');
  await page.waitForSelector('section.group');
  const moura = page.locator('section.group', { has: page.locator('h2', { hasText: /— Moura$/ }) });
  assert.equal(await moura.locator('.badge', { hasText: 'Differ' }).count(), 1);
  assert.match(await moura.locator('p.meta').textContent(), /300 – 500/);
  assert.ok(await moura.locator('tbody tr').count() >= 3);
  const killed = page.locator('section.group', { has: page.locator('h2', { hasText: /Peacekeepers killed — MINUSMA$/ }) });
  const text = await killed.textContent();
  assert.match(text, /at least 173/);
  assert.match(text, /174/);
  assert.match(text, /as of different dates/);
  // A contingent's toll has its own group.
  assert.equal(await page.locator('section.group h2', { hasText: /Peacekeepers killed — MINUSMA, Chadian contingent$/ }).count(), 1);
  const link = killed.locator('tbody a').first();
  const href = await link.getAttribute('href');
  await link.click();
  await page.waitForURL((u) => u.hash === href);
  assert.deepEqual(problems, []);
});

test('compare: axe-core and a narrow screen', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/compare', { width: 360, height: 800 });
  await page.waitForSelector('section.group');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
});
