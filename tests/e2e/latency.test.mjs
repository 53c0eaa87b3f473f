// Search latency, keystroke to painted results, for this app and two peer engines (FlexSearch,
// MiniSearch) in the same browser and run, on the same texts (the seeds, a passage per
// paragraph). Figures are printed, never asserted: timings on a shared machine are noise for a
// test, signal for a reader (README "Measurements" quotes them).
//
// What is timed, for every engine alike: from dispatching an `input` event with the next
// prefix of a query ("B", "Ba", "Bar"...) to the end of the microtask in which the results list
// has been replaced and the page's layout flushed (each engine bumps a `data-drawn` counter
// when done; a MutationObserver sees it and forces layout). The app's figure includes the
// search, the facet counts and the patch of the page with the passages a screen holds (its
// other passages, up to 50, follow after that frame; their time is printed as "whole page");
// the peers' include their search and drawing the first 50 passages with their matches
// marked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, openPage, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

/** Queries typed key by key. */
const QUERIES = ['Barkhane', 'peacekeepers killed', 'Moura', 'civilians', 'troops 5,000', 'Gao', 'blue helmets', 'Timbuktu'];
const ROUNDS = 3;

/**
 * In the page: types every query key by key, timing each key; returns the times (ms) to the
 * first draw and, where the page marks itself busy while more follows (the app draws the
 * passages a screen holds, then the rest of the result page after that frame), to the whole
 * page. The next key waits until the page is whole, so every key starts from a settled page.
 */
async function typeAll(page, inputSelector, drawnSelector, queries, rounds) {
  return page.evaluate(async ({ inputSelector, drawnSelector, queries, rounds }) => {
    const input = document.querySelector(inputSelector);
    const first = [];
    const whole = [];
    const flush = () => {
      document.body.getBoundingClientRect();
      void document.body.offsetHeight;
    };
    const key = (value) => new Promise((resolve) => {
      const drawn = document.querySelector(drawnSelector);
      let t0 = 0;
      let t1 = 0;
      const done = () => {
        flush();
        resolve([t1, performance.now() - t0]);
      };
      const mo = new MutationObserver(() => {
        mo.disconnect();
        flush();
        t1 = performance.now() - t0;
        if (drawn.getAttribute('aria-busy') !== 'true') return done();
        const rest = new MutationObserver(() => {
          if (drawn.getAttribute('aria-busy') === 'true') return;
          rest.disconnect();
          done();
        });
        rest.observe(drawn, { attributes: true, attributeFilter: ['aria-busy'] });
      });
      mo.observe(drawn, { attributes: true, attributeFilter: ['data-drawn'] });
      // The app redraws into the same <main>; each input is a fresh element after a redraw.
      const box = document.querySelector(inputSelector) ?? input;
      box.value = value;
      t0 = performance.now();
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const settle = () => new Promise((r) => setTimeout(r, 5));
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        for (let i = 1; i <= q.length; i++) {
          const [a, b] = await key(q.slice(0, i));
          first.push(a);
          whole.push(b);
          await settle();
        }
      }
    }
    return { first, whole };
  }, { inputSelector, drawnSelector, queries, rounds });
}

function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

async function passages() {
  const dir = join(ROOT, 'seeds');
  const out = [];
  for (const f of (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()) {
    const text = await readFile(join(dir, f), 'utf8');
    for (const p of text.split(/\n\s*\n/)) {
      const t = p.replace(/\s+/g, ' ').trim();
      if (t.length > 0) out.push({ id: out.length, title: f, text: t });
    }
  }
  return out;
}

/** The peers' page: an engine, the passages, an input and a list drawn as the app draws its. */
async function peerPage(browser, engine, docs) {
  const page = await browser.newPage();
  await page.goto('about:blank');
  // The packages' own UMD builds, read from node_modules (their "exports" hide the paths).
  const modules = join(ROOT, 'tests/e2e/node_modules');
  const src = engine === 'flexsearch'
    ? join(modules, 'flexsearch/dist/flexsearch.bundle.min.js')
    : join(modules, 'minisearch/dist/umd/index.js');
  await page.evaluate(await readFile(src, 'utf8'));
  await page.evaluate(({ engine, docs }) => {
    document.body.innerHTML = '<input id="q" type="search"><h2 id="count"></h2><ol id="hits" data-drawn="0"></ol>';
    let search;
    if (engine === 'flexsearch') {
      const index = new window.FlexSearch.Index({ tokenize: 'forward' });
      for (const d of docs) index.add(d.id, d.text);
      search = (q) => index.search(q, { limit: 50 });
    } else {
      const ms = new window.MiniSearch({ fields: ['text'], storeFields: [] });
      ms.addAll(docs);
      search = (q) => ms.search(q, { prefix: true, fuzzy: 0.2 }).slice(0, 50).map((r) => r.id);
    }
    const list = document.getElementById('hits');
    const count = document.getElementById('count');
    let drawn = 0;
    const mark = (text, words) => {
      // A snippet around the first match, the query's words marked, as text nodes (no HTML).
      const lower = text.toLowerCase();
      let first = -1;
      for (const w of words) {
        const i = lower.indexOf(w);
        if (i >= 0 && (first < 0 || i < first)) first = i;
      }
      const from = Math.max(0, first - 80);
      const piece = text.slice(from, from + 240);
      const low = piece.toLowerCase();
      const p = document.createElement('p');
      let at = 0;
      while (at < piece.length) {
        let next = -1, len = 0;
        for (const w of words) {
          const i = low.indexOf(w, at);
          if (i >= 0 && (next < 0 || i < next)) { next = i; len = w.length; }
        }
        if (next < 0) { p.append(piece.slice(at)); break; }
        p.append(piece.slice(at, next));
        const m = document.createElement('mark');
        m.textContent = piece.slice(next, next + len);
        p.append(m);
        at = next + len;
      }
      return p;
    };
    document.getElementById('q').addEventListener('input', (e) => {
      const q = e.target.value;
      const words = q.toLowerCase().split(/\s+/).filter(Boolean);
      const ids = search(q);
      const items = ids.map((id) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = '#p' + id;
        a.textContent = docs[id].title;
        li.append(a, mark(docs[id].text, words));
        return li;
      });
      count.textContent = `${ids.length} passages`;
      list.replaceChildren(...items);
      list.setAttribute('data-drawn', String(++drawn));
    });
  }, { engine, docs });
  return page;
}

test('search latency: keystroke to painted results, this app against FlexSearch and MiniSearch', async () => {
  const docs = await passages();
  const { page, problems } = await openPage(ctx.browser, ctx.server.url + '#/search');
  await page.waitForSelector('#q');
  const app = await typeAll(page, '#q', 'main', QUERIES, ROUNDS);
  const n = QUERIES.join('').length * ROUNDS;
  assert.equal(app.first.length, n, 'every key drew the page');
  assert.match(await page.locator('#results-h').textContent(), /^\d+ passages?/);
  // The last query's whole result page is in, and nothing is left busy.
  assert.equal(await page.locator('main[aria-busy]').count(), 0);
  assert.deepEqual(problems, []);
  const rows = [
    ['MINUSMA Explorer', stats(app.first)],
    ['  (whole page)', stats(app.whole)],
  ];
  for (const engine of ['flexsearch', 'minisearch']) {
    const peer = await peerPage(ctx.browser, engine, docs);
    const times = await typeAll(peer, '#q', '#hits', QUERIES, ROUNDS);
    assert.equal(times.first.length, n);
    assert.ok((await peer.locator('#hits li').count()) > 0, `${engine} finds the last query`);
    rows.push([engine === 'flexsearch' ? 'FlexSearch 0.8' : 'MiniSearch 7.2', stats(times.first)]);
    await peer.close();
  }
  console.log(`# search latency, keystroke to painted results, ${n} keys (${QUERIES.length} queries typed ${ROUNDS} times), ${docs.length} passages:`);
  for (const [name, s] of rows) {
    console.log(`#   ${name.padEnd(18)} median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, max ${s.max.toFixed(2)} ms`);
  }
  console.log('#   (the app draws the passages a screen holds with the keystroke, the rest of its 50 after that frame; the peers draw their 50 at once)');
});
