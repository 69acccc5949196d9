// Embedding on a municipal site: the loader, served by the app, runs on another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DIST, serve } from './server.mjs';
import { phonePage, axeViolations } from './browser.mjs';
import { useAppAndHost } from './setup.mjs';
import { engineStored } from './app.mjs';

const env = useAppAndHost();

test('the loader is under 2 KB', () => {
  assert.ok(statSync(resolve(DIST, 'embed.js')).size < 2048);
});

test('a municipal page embeds the app, which takes its colour, hides its header and grows the iframe', async () => {
  assert.notEqual(new URL(env.server.url).origin, new URL(env.host.url).origin);
  const { page, errors } = await phonePage(env.browser);
  await page.goto(env.host.url);
  const iframe = page.locator('iframe');
  assert.match(await iframe.getAttribute('title'), /Cek Jamsostek/);
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.locator('[data-app-ready]').waitFor();
  assert.equal(await frame.locator('.masthead').count(), 0, 'no header of its own');
  assert.equal(
    await frame.locator('.button.primary').evaluate((b) => getComputedStyle(b).backgroundColor),
    'rgb(0, 74, 153)',
  );

  const height = () => iframe.evaluate((f) => f.getBoundingClientRect().height);
  const content = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.waitForFunction((f) => f.style.height !== '600px', await iframe.elementHandle());
  const intro = await height();
  assert.ok(Math.abs(intro - (await content())) <= 2, `iframe ${intro}px fits its content`);

  await frame.evaluate(() => { location.hash = 'work=employee&age=35&citizen=id&income=4000000&scale=medium&risk=3&embed=1&region=padang&color=004a99&date=2026-11-21'; });
  await frame.locator('.result').waitFor();
  await page.waitForFunction(([f, h]) => f.getBoundingClientRect().height > h + 200, [await iframe.elementHandle(), intro]);
  assert.ok(Math.abs((await height()) - (await content())) <= 2, 'the iframe grows with the result');

  // Only the app's frame may resize it: a message from the host page itself is ignored.
  const before = await height();
  await page.evaluate(() => window.postMessage({ kind: 'resize-height', value: 5 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await height(), before);

  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('embedded, the share sheet may open from the frame and the income rows fit its width', async () => {
  const { page, errors } = await phonePage(env.browser);
  await page.addInitScript(() => {
    navigator.share = () => Promise.resolve();
  });
  await page.goto(env.host.url);
  const iframe = page.locator('iframe');
  assert.equal(await iframe.getAttribute('allow'), 'web-share; clipboard-write');
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.locator('[data-app-ready]').waitFor();
  // A result link opened inside the frame, as the frame's own navigation.
  await frame.evaluate(() => {
    location.hash = 'work=own_account&age=40&citizen=id&nik=1&income=4000000&transport=0&region=unknown&jht=0&date=2026-11-22&embed=1';
  });
  await frame.locator('.result .declare-more').waitFor();
  assert.ok(await frame.locator('.share-sheet').isVisible(), 'Bagikan, not a refusal on the first tap');
  const fits = await frame.locator('.declare-more').evaluate((s) => s.querySelector('table').scrollWidth <= s.clientWidth);
  assert.ok(fits, 'the income rows fit the frame');
  assert.deepEqual(errors, []);
  await page.context().close();
});

const RESULT = 'work=own_account&age=45&nik=1&citizen=id&income=1500000&transport=0&dtks=1&region=padang&group=fisher&jht=0&embed=1';

/** A host page framing the app at `fragment` (with `attributes` on the iframe) that notes every height the frame reports. */
async function framing(fragment, attributes = '') {
  const html = `<!doctype html><title>Host</title><link rel=icon href="data:,"><script>window.heights = []; addEventListener('message', (e) => e.data?.kind === 'resize-height' && heights.push(e.data.value));</script><iframe ${attributes} title="Cek Jamsostek" src="${env.server.url}#${fragment}"></iframe>`;
  return serve(DIST, { '/framing.html': html });
}

test('embedded, a stored result link never reports a height of 0 to the host page while it waits for its result', async (t) => {
  const host = await framing(RESULT);
  t.after(() => host.close());
  const { page, errors } = await phonePage(env.browser);
  await page.goto(`${host.url}framing.html`);
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  await frame.locator('[data-app-ready]').waitFor();
  await engineStored(frame);
  await page.reload();
  const again = await (await page.locator('iframe').elementHandle()).contentFrame();
  await again.locator('.result').waitFor();
  await page.waitForFunction(() => heights.some((h) => h > 1000));
  const heights = await page.evaluate(() => heights);
  assert.ok(heights.every((h) => h > 0), `heights ${heights}`);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("in a sandbox that gives the frame no origin of its own, a result link's page still reports its height", async (t) => {
  const host = await framing(RESULT, 'sandbox="allow-scripts"');
  t.after(() => host.close());
  const { page } = await phonePage(env.browser);
  await page.goto(`${host.url}framing.html`);
  await page.waitForFunction(() => heights.some((h) => h > 0), null, { timeout: 5000 });
  await page.context().close();
});
