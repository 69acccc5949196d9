// Privacy proof: nothing about the person leaves their phone. Every request made during full
// journeys (by pages and by the service worker) goes to the app's own origin; no cookies are set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE } from './browser.mjs';
import { CheckApp, DATE, DRIVER } from './app.mjs';
import { useAppAndHost } from './setup.mjs';

const env = useAppAndHost();

/** Runs `journey` in a fresh context and returns every URL requested and the cookies left. */
async function recorded(journey) {
  const context = await env.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const urls = [];
  context.on('request', (req) => urls.push(req.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const app = new CheckApp(page, errors, env.server.url);
  await journey(app);
  const cookies = await context.cookies();
  await context.close();
  assert.deepEqual(errors, []);
  return { urls, cookies };
}

/** Every request goes to the app's origin, except the embedding page itself (`allowed`). */
function assertOwnOrigin({ urls, cookies }, allowed = []) {
  const origin = new URL(env.server.url).origin;
  const foreign = urls.filter(
    (u) => !u.startsWith('about:') && !u.startsWith('data:') && new URL(u).origin !== origin && !allowed.includes(u),
  );
  assert.ok(urls.length > 3, `requests were recorded (${urls.length})`);
  assert.deepEqual(foreign, [], 'no request leaves the app\'s origin');
  assert.deepEqual(cookies, [], 'no cookies');
}

test('a full journey requests nothing outside the app', async () => {
  assertOwnOrigin(await recorded(async (app) => {
    await app.goto(`date=${DATE}`);
    await app.start();
    await app.walk(DRIVER);
    await app.seeResult();
    await app.page.locator('.share [data-action=copy]').click();
    // The calendar reminder is made on the phone: its download is a data: link, not a request.
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.locator('.plan a.remind').click()]);
    await download.path();
  }));
});

test('the volunteer demo requests nothing outside the app', async () => {
  assertOwnOrigin(await recorded(async (app) => {
    await app.goto(`mode=demo&date=${DATE}`);
    for (const persona of ['fisher', 'factory', 'migrant']) {
      await app.page.locator(`button.persona[data-persona=${persona}]`).click();
      await app.page.locator('.result').waitFor();
      await app.page.locator('.next-person').click();
    }
  }));
});

test('offline use requests nothing outside the app', async () => {
  assertOwnOrigin(await recorded(async (app) => {
    await app.goto(`date=${DATE}`);
    await app.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
    await app.page.context().setOffline(true);
    await app.page.reload();
    await app.page.locator('[data-app-ready]').waitFor();
    await app.start();
    await app.walk(DRIVER);
    await app.seeResult();
  }));
});

test('an embedded journey requests nothing outside the app but the embedding page itself', async () => {
  assertOwnOrigin(
    await recorded(async (app) => {
      await app.page.goto(env.host.url);
      const frame = await (await app.page.locator('iframe').elementHandle()).contentFrame();
      await frame.locator('[data-app-ready]').waitFor();
      const inner = new CheckApp(frame, app.errors, env.server.url);
      await inner.start();
      await inner.walk(DRIVER);
      await frame.locator('dl.check').waitFor();
      await frame.locator('.button.primary').click();
      await frame.locator('.result').waitFor();
    }),
    [env.host.url],
  );
});
