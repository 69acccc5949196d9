// Screenshots the release build at a phone's size, for looking at screens as a person would.
// Usage: node scripts/screenshot.mjs OUT.png [PATH_AND_FRAGMENT] [WIDTHxHEIGHT]
import { serve } from '../tests/e2e/server.mjs';
import { launch, phonePage, PHONE } from '../tests/e2e/browser.mjs';

const [out = 'screen.png', path = '', size] = process.argv.slice(2);
const [width, height] = size ? size.split('x').map(Number) : [PHONE.width, PHONE.height];
const server = await serve();
const browser = await launch();
const { page, errors } = await phonePage(browser);
await page.setViewportSize({ width, height });
await page.goto(new URL(path, server.url).href);
await page.locator('[data-app-ready]').waitFor();
await page.screenshot({ path: out, fullPage: true });
await browser.close();
await server.close();
console.log(`${out} (${width}x${height})${errors.length ? `; console errors: ${errors.join(' | ')}` : ''}`);
