// The size budget: the brotli-compressed total of every file the app ships (what a first
// visit downloads) must stay within BUDGET; each file's share is printed. The one-file edition
// is a separate download and is reported, not counted; so is the Web Worker that reads the
// user's own documents (minusma-worker*), which the app fetches only after its first view, and
// the French messages (fr.tsv), which it fetches only when French is shown.
//
// The budget: 180 KB, read strictly as 180,000 bytes. It was 140 KB for six views; the
// explorer's second pass (timeline, map, keyword in context, citations) may grow the first
// load to 180 KB, and no further. How the app fits (views
// as plain trees drawn by one patcher, no serde in the browser, one sort, no float formatting
// or Unicode case tables) is in ARCHITECTURE.md; README "Size" has the measurements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST } from './harness.mjs';

const BUDGET = 180 * 1000;
const ONE_FILE = 'minusma-explorer-offline.html';
const WORKER = ['minusma-worker', 'worker-loader'];
// The French messages, fetched only when French is shown.
const FRENCH = 'fr.tsv';

const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

test('shipped files fit the size budget', async () => {
  const rows = [];
  for (const name of await readdir(DIST)) {
    const bytes = await readFile(join(DIST, name));
    rows.push({ name, raw: bytes.length, br: br(bytes) });
  }
  const worker = rows.filter((r) => WORKER.some((w) => r.name.startsWith(w)));
  const shipped = rows.filter((r) => r.name !== ONE_FILE && r.name !== FRENCH && !WORKER.some((w) => r.name.startsWith(w))).sort((a, b) => b.br - a.br);
  const total = shipped.reduce((s, r) => s + r.br, 0);
  for (const r of shipped) {
    console.log(`# ${r.name.padEnd(48)} ${String(r.br).padStart(8)} B br  ${((100 * r.br) / total).toFixed(1).padStart(5)} %`);
  }
  console.log(`# total shipped: ${total} B brotli (budget ${BUDGET} B)`);
  const w = worker.reduce((s, r) => s + r.br, 0);
  console.log(`# the documents worker, fetched after the first view: ${worker.reduce((s, r) => s + r.raw, 0)} B raw, ${w} B brotli (${worker.map((r) => r.name).join(', ')})`);
  assert.ok(worker.some((r) => r.name.endsWith('_bg.wasm')), 'the worker is built');
  const fr = rows.find((r) => r.name === FRENCH);
  assert.ok(fr, 'the French messages are built');
  console.log(`# the French messages, fetched when French is shown: ${fr.raw} B raw, ${fr.br} B brotli (first load in French: ${total + fr.br} B brotli)`);
  const one = rows.find((r) => r.name === ONE_FILE);
  assert.ok(one, 'the one-file edition is built');
  console.log(`# one-file edition: ${one.raw} B raw, ${one.br} B brotli`);
  assert.ok(shipped.some((r) => r.name.endsWith('.wasm')), 'the build has a wasm module');
  assert.ok(total <= BUDGET, `shipped ${total} B brotli, over the ${BUDGET} B budget`);
});
