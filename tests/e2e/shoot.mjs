// Screenshots of views at three widths, light and dark, for looking at (not a test):
// `node shoot.mjs OUTDIR view...` with views as hash routes ("facts", "compare").
import { serve, launch } from './harness.mjs';

const [out, ...views] = process.argv.slice(2);
const server = await serve();
const browser = await launch();
for (const view of views) {
  for (const width of [1280, 768, 360]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(`${server.url}#/${view}`);
      await page.waitForSelector('main h1');
      await page.waitForTimeout(300);
      const name = `${out}/${view.replace(/[^a-z0-9]+/gi, '_')}-${width}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: false });
      await page.close();
    }
  }
}
await browser.close();
await server.close();
