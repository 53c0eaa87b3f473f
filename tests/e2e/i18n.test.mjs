// English and French in real Chromium: the switch in the header shows the same view in the
// other language on every view; the language is in the address, so a reload keeps it and a
// French link opens in French; a French browser gets French by default; numbers and dates
// follow the language; the French messages are fetched only when French is shown; axe-core
// finds nothing serious in either language. (That no interface message is left untranslated
// is checked message by message in src/browser_tests.rs and src/i18n.rs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServerAndBrowser, axe, download } from './harness.mjs';

const ctx = useServerAndBrowser();

// Each view, and a heading or label it shows in each language.
const VIEWS = [
  ['', 'What the sources say about MINUSMA', 'Ce que disent les sources sur la MINUSMA'],
  ['search?q=killed', 'Filters', 'Filtres'],
  ['facts', 'Export CSV', 'Exporter en CSV'],
  ['charts', 'Troop and police numbers quoted, over time', 'Effectifs militaires et policiers cités, dans le temps'],
  ['timeline', 'Export TimelineJS JSON', 'Exporter en JSON TimelineJS'],
  ['map', 'Export places CSV', 'Exporter les lieux en CSV'],
  ['compare', 'Differ', 'Divergent'],
  ['kwic?q=killed', 'Sort by left', 'Trier par la gauche'],
  ['mine', 'Add documents', 'Ajouter des documents'],
];

const NAV_EN = ['Overview', 'Search', 'Facts', 'Charts', 'Timeline', 'Map', 'Compare', 'Keyword in context', 'My documents'];
const NAV_FR = ["Vue d'ensemble", 'Rechercher', 'Faits', 'Graphiques', 'Chronologie', 'Carte', 'Comparer', 'Mot en contexte', 'Mes documents'];

test('the switch shows every view in French and back, the address keeps the language', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url);
  const frRequests = [];
  // The page's own requests (the service worker precaches every file for offline use).
  page.on('request', (r) => { if (r.url().endsWith('/fr.tsv') && !r.serviceWorker()) frRequests.push(r.url()); });
  await page.waitForSelector('nav a');
  assert.deepEqual(await page.locator('nav[aria-label] a').allTextContents(), NAV_EN);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  for (const [view, en, fr] of VIEWS) {
    await page.goto(`${ctx.server.url}#/${view}`);
    await page.getByText(en, { exact: true }).first().waitFor();
    if (view === '') assert.equal(frRequests.length, 0, 'English never fetches the French messages');
    // The switch names the other language in itself.
    await page.getByRole('button', { name: 'Lire en français' }).click();
    await page.getByText(fr, { exact: true }).first().waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.ok(page.url().includes(`#/fr/${view.split('?')[0]}`), `${page.url()} names the language`);
    assert.deepEqual(await page.locator('nav[aria-label] a').allTextContents(), NAV_FR);
    assert.equal(await page.getByText(en, { exact: true }).count(), 0, `${view}: "${en}" left in English`);
    // Links inside the view keep the language.
    const hrefs = await page.locator('main a[href^="#/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.every((h) => h.startsWith('#/fr/')), `${view}: ${hrefs.find((h) => !h.startsWith('#/fr/'))}`);
    assert.deepEqual(await axe(page), [], `${view} in French`);
    // A reload keeps French.
    await page.reload();
    await page.getByText(fr, { exact: true }).first().waitFor();
    // And back to English.
    await page.getByRole('button', { name: 'Read in English' }).click();
    await page.getByText(en, { exact: true }).first().waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.ok(page.url().includes(`#/en/${view.split('?')[0]}`), page.url());
    await page.goto(`${ctx.server.url}#/`);
  }
  assert.ok(frRequests.length >= 1, 'French fetched its messages');
  assert.deepEqual(problems, []);
});

test('a French permalink opens in French; numbers and dates follow the language', async () => {
  const { page, problems } = await openPage(ctx.browser, `${ctx.server.url}#/fr/facts?category=troops`);
  await page.getByText('Exporter en CSV').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  const values = await page.locator('td[data-label="Valeur"]').allTextContents();
  assert.ok(values.length > 0, 'the cards are labelled in French');
  // Thousands with a narrow no-break space, never a comma.
  assert.ok(values.some((v) => /\d\u202f\d{3}/.test(v)), values.join(' | '));
  assert.ok(values.every((v) => !/\d,\d{3}/.test(v)), values.join(' | '));
  const dates = await page.locator('td[data-label="Date"]').allTextContents();
  assert.ok(dates.some((d) => /\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/.test(d)), dates.join(' | '));
  // The export names its columns in French; the rows are the same data.
  const fr = await download(page, page.getByRole('button', { name: 'Exporter en CSV' }));
  assert.match(fr.text.split('\n')[0], /^id,doc,valeur,valeur_texte,qualificatif,unité,catégorie,sujet,/);
  // The same view in English.
  await page.goto(`${ctx.server.url}#/en/facts?category=troops`);
  await page.getByText('Export CSV', { exact: true }).waitFor();
  const en = await page.locator('td[data-label="Value"]').allTextContents();
  assert.ok(en.some((v) => /\d,\d{3}/.test(v)), en.join(' | '));
  const enCsv = await download(page, page.getByRole('button', { name: 'Export CSV' }));
  assert.match(enCsv.text.split('\n')[0], /^id,doc,value,value_text,/);
  assert.equal(enCsv.text.split('\n').slice(1).join('\n'), fr.text.split('\n').slice(1).join('\n'));
  assert.deepEqual(problems, []);
});

test('a browser that prefers French opens in French', async () => {
  const context = await ctx.browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(ctx.server.url);
  await page.getByText('Ce que disent les sources sur la MINUSMA').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  // The address names no language until one is chosen; English is one click away.
  await page.getByRole('button', { name: 'Read in English' }).click();
  await page.getByText('What the sources say about MINUSMA').waitFor();
  assert.match(page.url(), /#\/en\//);
  await context.close();
});

test('a French document added by a user shows its facts, in the French interface', async () => {
  const { page, problems } = await openPage(ctx.browser, `${ctx.server.url}#/fr/mine`);
  await page.waitForSelector('#mine-h');
  await page.waitForFunction(() => !document.querySelector('main [role=status]')?.textContent.startsWith('Ouverture'));
  const text = 'Bilan à Kidal\n\nPublié le 3 juin 2021\n\nQuatre casques bleus tchadiens ont été tués et douze autres blessés lundi près de Kidal. ' +
    'La Minusma compte quelque 13 000 militaires et 1 900 policiers.\n';
  await page.locator('#paste').fill(text);
  await page.getByRole('button', { name: 'Ajouter le texte collé' }).click();
  await page.waitForFunction(() => document.querySelector('#mine-h')?.textContent.includes('(1)'));
  const log = await page.locator('ul.doc-log li').allTextContents();
  assert.ok(log.some((l) => l.includes('ajouté sous le titre « Bilan à Kidal »')), log.join('\n'));
  await page.goto(`${ctx.server.url}#/fr/facts?collection=my%20documents`);
  await page.getByText('Exporter en CSV').waitFor();
  const rows = await page.locator('main table tbody tr').allTextContents();
  const has = (value, category) => rows.some((r) => r.includes(value) && r.includes(category));
  assert.ok(has('4', 'casques bleus tués'), rows.join('\n'));
  assert.ok(has('12', 'casques bleus blessés'), rows.join('\n'));
  assert.ok(has('13\u202f000', 'militaires'), rows.join('\n'));
  assert.ok(has('1\u202f900', 'police'), rows.join('\n'));
  assert.ok(rows.some((r) => r.includes('MINUSMA, contingent tchadien')), 'whose number, in French');
  assert.deepEqual(problems, []);
});
