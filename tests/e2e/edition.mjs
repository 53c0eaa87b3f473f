// An edition built from a folder the test writes (scripts/build-edition.sh): HTML, Markdown and
// text documents join the explorer; a bad file or an empty folder stops the build with the
// file and the reason. Run by scripts/test.sh after the other end-to-end tests (it rebuilds the
// app with another corpus, so it is not one of the *.test.mjs files run in parallel).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, mkdir, writeFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, serve, launch } from './harness.mjs';

const run = (args) => promisify(execFile)(join(ROOT, 'scripts/build-edition.sh'), args, { cwd: ROOT, maxBuffer: 1 << 26 });

test('an edition from any folder: built, served, its documents and facts shown; bad folders refused', async () => {
  const base = await mkdtemp(join(tmpdir(), 'edition-'));
  try {
    const docs = join(base, 'docs');
    await mkdir(docs);
    await writeFile(join(docs, 'ambush.html'), '<!doctype html><html><head><title>Convoy ambushed near Ansongo</title>' +
      '<script>document.title="x"</script></head><body><nav>Home | World</nav><article>' +
      '<p>GAO, 9 March 2022 &ndash; Three peacekeepers were killed and four others wounded when their convoy was ambushed near Ansongo.</p>' +
      '</article><footer>All rights reserved</footer></body></html>');
    await writeFile(join(docs, 'strength.md'), '# Mission strength in 2021\n\nPublished 2 May 2021\n\nThe mission counts **13,289** troops and 1,920 police officers.\n');
    await writeFile(join(docs, 'notes.txt'), 'Field note\n\n12 June 2020\n\nAbout 2,000 people fled their villages around Ménaka after the attacks.\n');
    const out = join(base, 'out');
    const { stdout } = await run([docs, out]);
    assert.match(stdout, /edition of .* built in/);
    assert.ok((await stat(join(out, 'minusma-explorer-offline.html'))).size > 100_000);

    const server = await serve(out);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(server.url + '#/facts');
      await page.waitForSelector('table tbody tr');
      const text = await page.locator('main').innerText();
      for (const t of ['Convoy ambushed near Ansongo', 'Mission strength in 2021', 'Field note']) assert.ok(text.includes(t), `${t} listed`);
      assert.ok(!text.includes('All rights reserved') && !text.includes('document.title'));
      const rows = await page.locator('table tbody tr').allInnerTexts();
      for (const [value, category] of [['3', 'Peacekeepers killed'], ['4', 'Peacekeepers wounded'], ['13,289', 'Troops'], ['1,920', 'Police'], ['2,000', 'Displaced']]) {
        assert.ok(rows.some((r) => r.includes(value) && r.toLowerCase().includes(category.toLowerCase())), `${value} ${category} in\n${rows.join('\n')}`);
      }
    } finally {
      await browser.close();
      await server.close();
    }

    // A file with no text stops the build, naming it; so does a folder with no document.
    await writeFile(join(docs, 'empty.html'), '<html><body><script>x()</script></body></html>');
    await assert.rejects(run([docs, join(base, 'out2')]), (e) => /empty\.html: no readable text/.test(e.stderr));
    const none = join(base, 'none');
    await mkdir(none);
    await writeFile(join(none, 'report.pdf'), '%PDF-1.4');
    await assert.rejects(run([none, join(base, 'out3')]), (e) => /no \.txt, \.md or \.html files/.test(e.stderr));
  } finally {
    await rm(base, { recursive: true, force: true });
  }
});
