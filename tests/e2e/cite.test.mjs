// Citations: a fact's card and a document offer plain text, BibTeX, RIS and CSL-JSON with the
// permalink and the paragraph, each to read or download; axe-core clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, download, openPage, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

test('cite a fact and a document in four formats', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/facts?category=troops');
  await page.waitForSelector('table.facts tbody tr');
  // From the facts table to the reader, then the fact's card.
  await page.locator('table.facts tbody tr', { hasText: 'Operation Barkhane' }).getByRole('link', { name: /in context/ }).click();
  await page.waitForSelector('[data-target]');
  await page.locator('[data-target] a[href*="fact="]').first().click();
  const card = page.locator('aside.fact-card');
  await card.waitFor();
  await card.getByText('Cite this fact').click();
  const title = (await page.locator('article.reader h1').textContent()).trim();
  const formats = {};
  for (const f of ['Plain text', 'BibTeX', 'RIS', 'CSL-JSON']) {
    formats[f] = await card.getByLabel(`${f} citation`).textContent();
    assert.ok(formats[f].includes(title.slice(0, 20)), `${f} names the title`);
    assert.match(formats[f], /#\/doc\/[^ ]*fact=/, `${f} carries the permalink to the fact`);
  }
  assert.match(formats.BibTeX, /^@online\{/);
  assert.match(formats.RIS, /^TY {2}- /);
  const csl = JSON.parse(formats['CSL-JSON']);
  assert.equal(csl.length, 1);
  assert.ok(csl[0].title && csl[0].note.includes('Via MINUSMA Explorer'));
  const bib = await download(page, card.getByRole('button', { name: 'Download BibTeX' }));
  assert.match(bib.file, /^minusma-.*\.bib$/);
  assert.equal(bib.text, formats.BibTeX);
  const ris = await download(page, card.getByRole('button', { name: 'Download RIS' }));
  assert.match(ris.file, /\.ris$/);

  // The document itself can be cited from the reader's header.
  const docCite = page.locator('article.reader > details.cite');
  await docCite.getByText('Cite this document').click();
  const plain = await docCite.getByLabel('Plain text citation').textContent();
  assert.ok(plain.includes(title.slice(0, 20)));
  assert.doesNotMatch(plain, /fact=/);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
});
