// While the app comes the page says how much has arrived; when the line loses part of it, the
// page says so and what to do, in the page's language, and never waits for ever: the app's
// script lost, or its wasm dropped halfway, on the first screen and under a result drawn before
// the app (public/loading.js, scripts/defer-app.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phonePage } from './browser.mjs';
import { useServerAndBrowser } from './setup.mjs';
import { serve } from './server.mjs';
import { DATE } from './app.mjs';

const env = useServerAndBrowser();

const GLUE = /\/cek-jamsostek-[0-9a-f]{16}\.js$/;
const WASM = /\/cek-jamsostek-[0-9a-f]{16}_bg\.wasm$/;
const FISHER = `work=own_account&age=45&nik=1&citizen=id&income=1500000&transport=0&dtks=1&region=padang&group=fisher&jht=0&date=${DATE}`;
const FAILED = { id: /^Aplikasi gagal dimuat\. .*175/, en: /^The app could not load\. .*175/ };

test("the first screen whose app's script the line loses says so, with what to do", async () => {
  const { page } = await phonePage(env.browser, { serviceWorkers: 'block' });
  await page.route(GLUE, (route) => route.abort());
  await page.goto(env.server.url);
  await page.locator('#loading', { hasText: FAILED.id }).waitFor({ timeout: 10000 });
  await page.context().close();
});

test("a result in English whose app's script is lost says so in English, and a tap that waited no longer says it is coming", async () => {
  const { page } = await phonePage(env.browser, { serviceWorkers: 'block' });
  let fail, go;
  const failed = new Promise((done) => (fail = done));
  await page.route(GLUE, async (route) => {
    await failed;
    await route.abort();
  });
  // The wasm, which comes beside the script, still arriving after the failure.
  const going = new Promise((done) => (go = done));
  await page.route(WASM, async (route) => {
    await going;
    await route.continue();
  });
  await page.goto(`${env.server.url}#${FISHER}&lang=en`);
  await page.locator('.result', { hasText: 'Non-Wage Recipient' }).waitFor();
  const copy = page.locator('#app button[data-action=copy]');
  await copy.click();
  assert.match(await copy.evaluate((b) => getComputedStyle(b, '::after').content), /…/);
  fail();
  await page.locator('#loading', { hasText: FAILED.en }).waitFor({ timeout: 10000 });
  assert.equal(await copy.evaluate((b) => getComputedStyle(b, '::after').content), 'none');
  const arrived = page.waitForEvent('requestfinished', (request) => WASM.test(request.url()));
  go();
  await arrived;
  await page.waitForTimeout(200);
  assert.match(await page.locator('#loading').textContent(), FAILED.en, 'the wasm arriving does not say the app is still loading');
  await page.context().close();
});

/** The page's errors but the browser's own line for a file the network lost. */
const pageErrors = (errors) => errors.filter((e) => !e.startsWith('Failed to load resource'));

for (const [where, fragment] of [['the first screen', ''], ['a result drawn before the app', `#${FISHER}`]]) {
  test(`on ${where}, an app whose download the line drops halfway says it could not load, not that it is still loading`, async () => {
    const server = await serve(undefined, {}, { cut: WASM });
    const { page, errors } = await phonePage(env.browser, { serviceWorkers: 'block' });
    await page.goto(server.url + fragment);
    await page.locator('#loading', { hasText: FAILED.id }).waitFor({ timeout: 10000 });
    assert.deepEqual(pageErrors(errors), []);
    await page.context().close();
    await server.close();
  });

  test(`on ${where}, an app whose wasm is lost while its script is still coming says so at once`, async () => {
    const { page, errors } = await phonePage(env.browser, { serviceWorkers: 'block' });
    // The script never comes: the wasm's loss alone must end the wait.
    await page.route(GLUE, () => {});
    await page.route(WASM, (route) => route.abort());
    await page.goto(env.server.url + fragment);
    await page.locator('#loading', { hasText: FAILED.id }).waitFor({ timeout: 10000 });
    assert.deepEqual(pageErrors(errors), []);
    await page.context().close();
  });
}
