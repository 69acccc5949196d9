import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './setup.mjs';
import { phonePage, axeViolations } from './browser.mjs';

const env = useServerAndBrowser();

async function openHome() {
  const { page, errors } = await phonePage(env.browser);
  await page.goto(env.server.url);
  await page.locator('[data-app-ready]').waitFor();
  return { page, errors };
}

test('the first screen says in Indonesian what the app does, on a phone', async () => {
  const { page, errors } = await openHome();
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  assert.equal(await page.locator('h1').innerText(), 'Cek jaminan sosial ketenagakerjaan Anda');
  const text = await page.locator('main').innerText();
  assert.match(text, /BPJS Ketenagakerjaan/);
  assert.match(text, /iurannya per bulan/);
  assert.match(await page.locator('.amount').innerText(), /^Rp\d{1,3}(\.\d{3})*$/);
  const fitsWidth = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  assert.ok(fitsWidth, 'no horizontal scrolling at 360px');
  assert.deepEqual(errors, []);
});

test('the contact centre link is a large tap target', async () => {
  const { page } = await openHome();
  const box = await page.locator('a[href="tel:175"]').boundingBox();
  assert.ok(box.width >= 48 && box.height >= 48, JSON.stringify(box));
});

test('axe-core finds no accessibility violations on the first screen', async () => {
  const { page } = await openHome();
  assert.deepEqual(await axeViolations(page), []);
});

test("the static shell's paint is the largest paint, and nothing but the page is fetched before it", async () => {
  const { page } = await phonePage(env.browser);
  await page.addInitScript(() => {
    window.largestPaints = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.largestPaints.push(e.startTime))).observe({
      type: 'largest-contentful-paint',
      buffered: true,
    });
  });
  await page.goto(env.server.url);
  await page.locator('[data-app-ready]').waitFor();
  // Largest-paint entries arrive a frame or two after the paint they time.
  await page.waitForTimeout(300);
  const { largest, firstContentful, files } = await page.evaluate(() => ({
    largest: window.largestPaints,
    firstContentful: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    files: performance.getEntriesByType('resource').map((r) => ({ file: new URL(r.name).pathname, start: r.startTime })),
  }));
  assert.ok(firstContentful > 0, 'a first contentful paint');
  assert.deepEqual(largest, [firstContentful], 'one largest paint, the shell, none when the app takes over');
  // The app's glue and wasm (its initializer is written into the page).
  assert.ok(files.filter((f) => /\.(js|wasm)$/.test(f.file)).length >= 2, JSON.stringify(files));
  for (const f of files) assert.ok(f.start >= firstContentful, `${f.file} fetched at ${f.start} ms, before the shell's paint at ${firstContentful} ms`);
  await page.context().close();
});
