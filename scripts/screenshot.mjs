// Screenshots the release build at a phone's size, for looking at screens as a person would.
// Usage: node scripts/screenshot.mjs OUT.png [PATH_AND_FRAGMENT] [WIDTHxHEIGHT] [--slices]
// With --slices, writes OUT-1.png, OUT-2.png … one per screenful instead of one tall picture.
import { serve } from '../tests/e2e/server.mjs';
import { launch, phonePage, PHONE } from '../tests/e2e/browser.mjs';

const args = process.argv.slice(2).filter((a) => a !== '--slices');
const slices = process.argv.includes('--slices');
const [out = 'screen.png', path = '', size] = args;
const [width, height] = size ? size.split('x').map(Number) : [PHONE.width, PHONE.height];
const server = await serve();
const browser = await launch();
const { page, errors } = await phonePage(browser);
await page.setViewportSize({ width, height });
await page.goto(new URL(path, server.url).href);
await page.locator('[data-app-ready]').waitFor();
// A result screen is drawn by the engine worker a moment later.
if (await page.locator('.result-slot').count()) await page.locator('.result-slot:not([aria-busy])').waitFor();
if (slices) {
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let i = 0; i * height < total; i++) {
    await page.evaluate((y) => window.scrollTo(0, y), i * height);
    await page.screenshot({ path: out.replace(/\.png$/, `-${i + 1}.png`) });
  }
} else {
  await page.screenshot({ path: out, fullPage: true });
}
await browser.close();
await server.close();
console.log(`${out} (${width}x${height})${errors.length ? `; console errors: ${errors.join(' | ')}` : ''}`);
