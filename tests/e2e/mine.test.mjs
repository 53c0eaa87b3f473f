// My documents: add files and pasted text through the worker; they join Facts, Charts, Compare
// and the Reader; they survive a reload and an offline reload; remove one; export, remove all,
// import, and get the same documents and facts back; every bad input says which file and why
// with nothing lost; two tabs adding at once both keep their documents; a document added in
// the browser gives the facts the command line gives for the same file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, writeFile, rm, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, axe, download, openPage, serve, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

const NOTE = 'Field note from Kidal\n\n3 June 2021\n\nFour peacekeepers were wounded near Kidal on Tuesday when their patrol hit a mine.\n';
const HTML = '<!doctype html><html><head><title>Convoy ambushed near Ansongo</title><script>alert(1)</script></head>' +
  '<body><nav>Home | World</nav><article><p>GAO, 9 March 2022 &ndash; Three peacekeepers were killed and five others wounded ' +
  'when their convoy was ambushed near Ansongo, the mission said.</p></article><footer>Agency 2022</footer></body></html>';
const PASTED = 'Strength report\n\n2 May 2021\n\nThe mission counts some 13,289 troops and 1,920 police officers in Mali.';

const file = (name, content, mimeType = 'text/plain') => ({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });

async function myDocs(page) {
  await page.waitForSelector('#mine-h');
  await page.waitForFunction(() => !document.querySelector('main [role=status]')?.textContent.startsWith('Opening'));
  return Number((await page.locator('#mine-h').textContent()).match(/\((\d+)\)/)[1]);
}

async function waitForCount(page, n) {
  await page.waitForFunction((n) => document.querySelector('#mine-h')?.textContent.includes(`(${n})`), n);
}

/** The facts the Facts view lists for the user's documents, as "value|category|date" lines. */
async function myFacts(page, base) {
  await page.goto(base + '#/facts?collection=my%20documents');
  await page.waitForSelector('#facts-h, table');
  const json = await download(page, page.getByRole('button', { name: 'Export JSON' }));
  return JSON.parse(json.text).map((f) => `${f.value}|${f.category}|${f.date}`).sort();
}

test('my documents: add, see everywhere, reload, remove, export, import, bad input, CLI parity', async () => {
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => d.accept());
  await page.waitForSelector('#documents li');
  await page.waitForTimeout(300);
  // A first visit never downloads the documents worker; opening My documents does.
  assert.ok(!requests.some((u) => u.includes('worker')), requests.join('\n'));
  await page.getByRole('link', { name: 'My documents' }).click();
  assert.equal(await myDocs(page), 0);
  assert.match(await page.locator('main [role=status]').textContent(), /Saved in this browser/);

  // Two files at once, then a pasted text.
  await page.setInputFiles('#files', [file('kidal-note.txt', NOTE), file('ansongo.html', HTML, 'text/html')]);
  await waitForCount(page, 2);
  await page.locator('#paste').fill(PASTED);
  await page.getByRole('button', { name: 'Add the pasted text' }).click();
  await waitForCount(page, 3);
  const log = await page.locator('ul.doc-log li').allTextContents();
  for (const m of ['kidal-note.txt: added as “Field note from Kidal”', 'ansongo.html: added as “Convoy ambushed near Ansongo”', 'added as “Strength report”']) {
    assert.ok(log.some((l) => l.includes(m)), `${m} in ${log.join('\n')}`);
  }
  const titles = await page.locator('main table tbody tr td:first-child').allTextContents();
  assert.deepEqual(titles.sort(), ['Convoy ambushed near Ansongo', 'Field note from Kidal', 'Strength report']);

  // Their numbers join the views.
  const facts = await myFacts(page, ctx.server.url);
  for (const f of ['4|peacekeepers_wounded|2021-06-01', '3|peacekeepers_killed|2022-03-09', '5|peacekeepers_wounded|2022-03-09', '13289|troops|2021-05-02', '1920|police|2021-05-02']) {
    assert.ok(facts.some((x) => x.startsWith(f.split('|').slice(0, 2).join('|'))), `${f} in ${facts.join(', ')}`);
  }
  await page.goto(ctx.server.url + '#/charts?collection=my%20documents');
  await page.waitForSelector('main svg');
  assert.ok((await page.locator('main svg a').count()) > 0, 'charts draw the added facts');
  await page.goto(ctx.server.url + '#/compare?collection=my%20documents');
  await page.waitForSelector('main h1');
  assert.match(await page.locator('main').innerText(), /13,289|1,920|Ansongo|Kidal/);
  await page.goto(ctx.server.url + '#/mine');
  await page.getByRole('link', { name: 'Convoy ambushed near Ansongo' }).click();
  await page.waitForSelector('article');
  assert.match(await page.locator('article').innerText(), /Three peacekeepers were killed/);
  assert.doesNotMatch(await page.locator('article').innerText(), /alert\(1\)|Home \| World/);

  // The same facts as the command line gives for the same file.
  const dir = await mkdtemp(join(tmpdir(), 'mine-'));
  try {
    await writeFile(join(dir, 'ansongo.html'), HTML);
    const { stdout } = await promisify(execFile)('cargo', ['run', '-q', '-p', 'corpus', '--', 'facts', join(dir, 'ansongo.html')], { cwd: ROOT, maxBuffer: 1 << 26 });
    const cli = JSON.parse(stdout).map((f) => `${f.value}|${f.category}|${f.date}`).sort();
    const app = facts.filter((f) => cli.includes(f));
    assert.deepEqual(app, cli, 'every fact the CLI reads in the file, the browser reads too');
    assert.equal(facts.filter((f) => f.includes('2022-03-09')).length, cli.length);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  // Bad input: a message naming the file and the reason; nothing already added is lost.
  await page.goto(ctx.server.url + '#/mine');
  await myDocs(page);
  const big = Buffer.alloc(9 * 1024 * 1024, 'a');
  await page.setInputFiles('#files', [
    file('empty.txt', ''),
    file('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])),
    file('report.pdf', '%PDF-1.4', 'application/pdf'),
    file('scripts.html', '<html><script>x()</script><style>p{}</style></html>', 'text/html'),
    file('huge.txt', big),
    file('latin1.txt', Buffer.from('Rapport de terrain\n\n3 juin 2021\n\nQuatre casques bleus ont \xe9t\xe9 bless\xe9s pr\xe8s de Kidal.\n', 'latin1')),
  ]);
  await waitForCount(page, 4);
  const bad = await page.locator('ul.doc-log li.bad').allTextContents();
  for (const [name, why] of [['empty.txt', /empty/], ['photo.txt', /not a text file/], ['report.pdf', /use \.txt, \.md or \.html/], ['scripts.html', /no readable text/], ['huge.txt', /larger than the 8 MB limit/]]) {
    assert.ok(bad.some((l) => l.includes(name) && why.test(l)), `${name}: ${why} in\n${bad.join('\n')}`);
  }
  assert.ok((await page.locator('ul.doc-log li.ok').allTextContents()).some((l) => l.includes('latin1.txt') && l.includes('Windows-1252')));

  // Details corrected: the date drives the as-of date.
  await page.locator('tr', { hasText: 'Field note from Kidal' }).getByRole('link', { name: 'Edit details' }).click();
  await page.locator('#d-date').fill('2021-06-03');
  await page.locator('#d-publisher').fill('Field team');
  await page.locator('#d-url').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Save details' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('ul.doc-log li.bad')].some((l) => l.textContent.includes('Address:')));
  await page.locator('tr', { hasText: 'Field note from Kidal' }).getByRole('link', { name: 'Edit details' }).click();
  await page.locator('#d-date').fill('2021-06-03');
  await page.locator('#d-publisher').fill('Field team');
  await page.getByRole('button', { name: 'Save details' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('main tr')].some((r) => r.textContent.includes('Field team')));

  // A reload keeps them, and a browser that keeps documents starts the worker on any view, so
  // their facts join it.
  await page.goto(ctx.server.url + '#/facts?collection=my%20documents');
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#facts-h')?.textContent.match(/^[1-9]/));
  await page.goto(ctx.server.url + '#/mine');
  assert.equal(await myDocs(page), 4);

  // Remove one (confirmed).
  await page.getByRole('button', { name: 'Remove “latin1.txt”' }).or(page.getByRole('button', { name: /Remove “Rapport/ })).first().click();
  await waitForCount(page, 3);
  const before = await myFacts(page, ctx.server.url);

  // Export, remove all, import: the same documents and facts.
  await page.goto(ctx.server.url + '#/mine');
  await myDocs(page);
  const exported = await download(page, page.getByRole('button', { name: 'Export my documents' }));
  assert.equal(exported.file, 'minusma-my-documents.json');
  assert.equal(JSON.parse(exported.text).documents.length, 3);
  await page.getByRole('button', { name: 'Remove all' }).click();
  await waitForCount(page, 0);
  await page.setInputFiles('#import', file('minusma-my-documents.json', exported.text, 'application/json'));
  await waitForCount(page, 3);
  assert.deepEqual(await myFacts(page, ctx.server.url), before);

  // A file that is not an export says so.
  await page.goto(ctx.server.url + '#/mine');
  await myDocs(page);
  await page.setInputFiles('#import', file('notes.json', '{"a": 1}', 'application/json'));
  await page.waitForFunction(() => [...document.querySelectorAll('ul.doc-log li.bad')].some((l) => l.textContent.includes('notes.json: not an export')));
  assert.equal(await myDocs(page), 3);

  await page.goto(ctx.server.url + '#/mine');
  await myDocs(page);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
});

test('my documents offline, and two tabs adding at once', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'minusma-build-'));
  await cp(DIST, dir, { recursive: true });
  const server = await serve(dir);
  try {
    const context = await ctx.browser.newContext();
    const a = await context.newPage();
    a.on('dialog', (d) => d.accept());
    await a.goto(server.url + '#/mine');
    await myDocs(a);
    await a.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      }
    });
    const b = await context.newPage();
    await b.goto(server.url + '#/mine');
    await myDocs(b);
    // Both tabs add at the same moment.
    await Promise.all([
      a.setInputFiles('#files', [file('tab-a.txt', 'Tab A note\n\n1 May 2021\n\nTwo peacekeepers were injured in Gao.\n')]),
      b.setInputFiles('#files', [file('tab-b.txt', 'Tab B note\n\n2 May 2021\n\nSix peacekeepers were injured in Mopti.\n')]),
    ]);
    await waitForCount(a, 2);
    await waitForCount(b, 2);
    // Offline: the server is gone; a reload comes from the service worker, documents from storage.
    await server.close();
    await a.reload();
    assert.equal(await myDocs(a), 2);
    assert.deepEqual((await a.locator('main table tbody tr td:first-child').allTextContents()).sort(), ['Tab A note', 'Tab B note']);
    await context.close();
  } finally {
    await server.close().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
});
