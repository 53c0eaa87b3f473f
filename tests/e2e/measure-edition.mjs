// Size, first view and search latency of a built edition: node tests/e2e/measure-edition.mjs DIR
// (the README's edition table). Prints, never asserts.
import { serve, launch } from './harness.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
const dir = process.argv[2];
let total = 0;
for (const f of readdirSync(dir)) if (!f.includes('offline')) total += brotliCompressSync(readFileSync(dir + '/' + f)).length;
const server = await serve(dir); const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const t0 = Date.now();
await page.goto(server.url + '#/'); await page.waitForSelector('main h1');
const first = Date.now() - t0;
await page.goto(server.url + '#/search'); await page.waitForSelector('#q');
const times = await page.evaluate(async () => {
  const out = [];
  for (const q of ['Barkhane', 'peacekeepers killed', 'Moura']) for (let i = 1; i <= q.length; i++) {
    const box = document.querySelector('#q'); box.value = q.slice(0, i);
    const t0 = performance.now();
    await new Promise((r) => { const mo = new MutationObserver(() => { mo.disconnect(); document.body.getBoundingClientRect(); r(); }); mo.observe(document.querySelector('main'), { attributes: true, attributeFilter: ['data-drawn'] }); box.dispatchEvent(new Event('input', { bubbles: true })); });
    out.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 5));
  }
  return out;
});
times.sort((a, b) => a - b);
console.log(`${dir}: shipped ${Math.round(total / 1000)} KB brotli; first view ${first} ms; search median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(1)} ms`);
await browser.close(); await server.close();
