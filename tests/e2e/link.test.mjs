// A result link opens on its result before the app has arrived: the page's inline script starts
// the engine worker at once, the worker draws the result, and the app, fetched once it is shown,
// takes the worker and the result over (index.html, src/ui/engine.rs, screens::link_result).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phonePage } from './browser.mjs';
import { useServerAndBrowser } from './setup.mjs';
import { DATE, engineStored } from './app.mjs';

const env = useServerAndBrowser();

const FISHER = `work=own_account&age=45&nik=1&citizen=id&income=1500000&transport=0&dtks=1&region=padang&group=fisher&jht=0&date=${DATE}`;

/** A phone page whose app (its glue) is held back until `release()`; it notes whether the result,
 * once on screen, ever left it. */
async function heldBack() {
  const { page, errors } = await phonePage(env.browser);
  let release;
  const released = new Promise((done) => (release = done));
  await page.route(/\/cek-jamsostek-[0-9a-f]{16}\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.addInitScript(() => {
    window.lost = 0;
    let shown = false;
    new MutationObserver(() => {
      const now = !!document.querySelector('.result');
      if (shown && !now) window.lost++;
      if (now && !shown) window.beforeApp = !document.querySelector('[data-app-ready]');
      shown ||= now;
    }).observe(document, { childList: true, subtree: true });
  });
  return { page, errors, release };
}

test('a result link shows its result before the app arrives, and the app takes it over as it is', async () => {
  const { page, errors, release } = await heldBack();
  await page.goto(`${env.server.url}#${FISHER}`);
  await page.locator('.result').waitFor();
  assert.equal(await page.locator('[data-app-ready]').count(), 0, 'the app has not arrived');
  const drawn = await page.locator('main').innerText();
  assert.match(drawn, /Rp16\.800/, 'the city pays the fisher\'s contribution');
  // Styled: the result's stylesheet came first.
  const border = await page.locator('.you-pay').evaluate((el) => getComputedStyle(el).borderLeftWidth);
  assert.notEqual(border, '0px');
  release();
  await page.locator('[data-app-ready]').waitFor();
  await page.locator('.result').waitFor();
  assert.equal(await page.locator('main').innerText(), drawn, 'the same result, not drawn again');
  assert.equal(await page.evaluate(() => window.lost), 0, 'the result never left the screen');
  assert.equal(page.workers().length, 1, 'one engine worker: the one the page started');
  // The app works on it: the language switch redraws the result in English.
  await page.locator('[data-action=lang]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en' && /The city|pays/.test(document.querySelector('main').innerText));
  assert.match(await page.locator('main').innerText(), /Rp16\.800/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a link the app opens on a question draws nothing before it: the app opens that question with its notice', async () => {
  const { page, errors, release } = await heldBack();
  // An age that cannot be read: the app asks it again and says so.
  await page.goto(`${env.server.url}#${FISHER.replace('age=45', 'age=abc')}`);
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('.result').count(), 0);
  assert.match(await page.locator('h1').first().innerText(), /Cek jaminan sosial/, 'the shell stays');
  release();
  await page.locator('[data-app-ready]').waitFor();
  await page.locator('.notice').waitFor();
  assert.equal(await page.locator('.result').count(), 0);
  // The age is asked again.
  await page.waitForFunction(() => location.hash.includes('step=age') && document.querySelector('input[name=age], #q-age'));
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("a result link whose engine cannot load says what to do, and the app's own worker tries again", async () => {
  const { page, release } = await heldBack();
  let tries = 0;
  await page.context().route(/\/engine-[0-9a-f]{16}_bg\.wasm$/, (route) => {
    tries++;
    return route.abort();
  });
  await page.goto(`${env.server.url}#${FISHER}`);
  release();
  await page.locator('[data-app-ready]').waitFor();
  await page.getByText(/Muat ulang|175/).first().waitFor({ timeout: 20000 });
  await page.waitForFunction(() => document.querySelector('main').innerText.includes('175'), null, { timeout: 20000 });
  assert.equal(await page.locator('.result').count(), 0);
  assert.ok(tries >= 2, `the wasm was asked for again (${tries})`);
  await page.context().close();
});

test('offline after one visit, a result link opens on its result, drawn before the app from the stored engine', async () => {
  const { page, errors, release } = await heldBack();
  release();
  await page.goto(`${env.server.url}#date=${DATE}`);
  await page.locator('[data-app-ready]').waitFor();
  // Until every file is stored: the engine's too.
  await engineStored(page);
  await page.context().setOffline(true);
  await page.goto('about:blank');
  await page.goto(`${env.server.url}#${FISHER}`);
  await page.locator('[data-app-ready]').waitFor();
  await page.locator('.result').waitFor();
  assert.match(await page.locator('main').innerText(), /Rp16\.800/);
  assert.equal(await page.evaluate(() => window.beforeApp), true, 'the page\'s own worker drew it, not the app 4 s later');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("a result link's styles the network fails: no error, and the app comes at once to draw the result", async () => {
  const { page, errors } = await phonePage(env.browser, { serviceWorkers: 'block' });
  await page.context().route(/\/result-[0-9a-f]{16}\.css/, (route, request) => (request.url().endsWith('.css') ? route.abort() : route.continue()));
  const start = Date.now();
  await page.goto(`${env.server.url}#${FISHER}`);
  await page.locator('[data-app-ready]').waitFor();
  assert.ok(Date.now() - start < 3000, `the app came at once (${Date.now() - start} ms), not after the page's 4 s wait`);
  await page.locator('.result .you-pay').waitFor();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.you-pay')).borderLeftWidth !== '0px', null, { timeout: 10000 });
  // The browser's own line for the lost file, and nothing from the page.
  assert.deepEqual(errors.filter((e) => !e.startsWith('Failed to load resource')), []);
  await page.context().close();
});

test('an app that cannot load under a result drawn before it says so, with what to do', async () => {
  const { page } = await phonePage(env.browser, { serviceWorkers: 'block' });
  await page.route(/\/cek-jamsostek-[0-9a-f]{16}_bg\.wasm$/, (route) => route.abort());
  await page.goto(`${env.server.url}#${FISHER}`);
  await page.locator('.result').waitFor();
  await page.locator('#loading', { hasText: /gagal dimuat.*175/ }).waitFor({ timeout: 10000 });
  await page.context().close();
});

test("a result in English whose app loads slowly, then not at all, says so in English", async () => {
  const { page } = await phonePage(env.browser, { serviceWorkers: 'block' });
  let fail;
  const failed = new Promise((done) => (fail = done));
  await page.route(/\/cek-jamsostek-[0-9a-f]{16}_bg\.wasm$/, async (route) => {
    await failed;
    await route.abort();
  });
  await page.goto(`${env.server.url}#${FISHER}&lang=en`);
  await page.locator('.result', { hasText: 'Non-Wage Recipient' }).waitFor();
  // After 1.5 s of loading the page says how much has come.
  await page.locator('#loading', { hasText: /^Loading the app… \d+%$/ }).waitFor({ timeout: 5000 });
  fail();
  await page.locator('#loading', { hasText: /^The app could not load\. .*175/ }).waitFor({ timeout: 10000 });
  await page.context().close();
});

test('from the stored files a result link paints its result first: the intro does not flash before it', async () => {
  const { page, errors } = await phonePage(env.browser);
  await page.goto(`${env.server.url}#date=${DATE}`);
  await page.locator('[data-app-ready]').waitFor();
  await engineStored(page);
  // When the page first painted content, its largest paints, and when the result came into the
  // page: a paint before it was the intro's. (By the time the observer hears of a paint, the app
  // may have drawn over its node.)
  await page.addInitScript(() => {
    window.painted = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.painted.push(entry.renderTime || entry.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      window.contentful ??= list.getEntriesByName('first-contentful-paint')[0]?.startTime;
    }).observe({ type: 'paint', buffered: true });
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.result')) return;
      window.resultAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  // A cheap phone: the intro's style, layout and paint would come before the result.
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto('about:blank');
  await page.goto(`${env.server.url}#${FISHER}`);
  await page.locator('.result').waitFor();
  await page.waitForFunction(() => window.painted.length > 0 && window.contentful);
  const [contentful, largest, resultAt] = await page.evaluate(() => [window.contentful, window.painted[0], window.resultAt]);
  assert.ok(contentful >= resultAt, `nothing is painted (first at ${contentful} ms) before the result is in the page (${resultAt} ms)`);
  assert.ok(largest >= resultAt, `the first large paint (${largest} ms) is the result's`);
  assert.match(await page.locator('main').innerText(), /Rp16\.800/);
  // A link the app opens on a question: the intro shows at once, then the app's question.
  await page.goto('about:blank');
  await page.goto(`${env.server.url}#${FISHER.replace('age=45', 'age=abc')}`);
  await page.locator('h1').first().waitFor({ state: 'visible', timeout: 1500 });
  await page.locator('.notice').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.hidden), false);
  assert.deepEqual(errors, []);
  await devtools.detach();
  await page.context().close();
});

test('a person reading a result drawn before the app keeps their place when it takes over: the focused control and the scroll', async () => {
  const { page, errors, release } = await heldBack();
  await page.goto(`${env.server.url}#${FISHER}`);
  await page.locator('.result').waitFor();
  // Keyboard only: Tab to a control in the result, below the header's.
  const focusables = 'a[href], button, input, select, textarea, summary, [tabindex]';
  const target = await page.evaluate((sel) => [...document.querySelectorAll(`.result :is(${sel})`)].length, focusables);
  assert.ok(target > 2, 'the result has controls to reach');
  let focused;
  for (let i = 0; i < 40 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.closest('.result') && el.matches('button, a[href]') ? el.outerHTML : null;
    });
  }
  assert.ok(focused, 'a control of the result has the keyboard');
  await page.evaluate(() => window.scrollTo(0, 600));
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 0, 'the result is long enough to scroll');
  release();
  await page.locator('[data-app-ready]').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page did not jump');
  assert.equal(await page.evaluate(() => document.activeElement.outerHTML), focused, 'the same control still has the keyboard');
  assert.deepEqual(errors, []);
  await page.context().close();
});

/** A phone page on `link`'s result, drawn before the app, whose app's wasm is held back until
 * `release()`: its initializer (public/loading.js) runs meanwhile, as on a slow line. */
async function wasmHeldBack(link = FISHER) {
  const { page, errors } = await phonePage(env.browser, { serviceWorkers: 'block' });
  let release;
  const released = new Promise((done) => (release = done));
  await page.route(/\/cek-jamsostek-[0-9a-f]{16}_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${env.server.url}#${link}`);
  await page.locator('.result').waitFor();
  return { page, errors, release };
}

test('a person who leaves a control of the result before the app comes is not sent back to it', async () => {
  const { page, errors, release } = await wasmHeldBack();
  await page.locator('#app button', { hasText: 'Salin tautan' }).focus();
  await page.waitForTimeout(300);
  await page.locator('.result .lead').click();
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY');
  release();
  await page.locator('[data-app-ready]').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY', 'focus stays where the person left it');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("a tap on a result's button before the app comes is not lost: the page says the app is coming, and the app does it", async () => {
  // Held from its glue on: the result is on screen while the glue downloads too.
  const { page, errors, release } = await heldBack();
  await page.goto(`${env.server.url}#${FISHER}`);
  await page.locator('.result').waitFor();
  await page.locator('[data-action=lang]').click();
  await page.locator('#loading', { hasText: /^Memuat aplikasi… \d+%$/ }).waitFor({ timeout: 1000 });
  assert.match(await page.locator('[data-action=lang]').evaluate((b) => getComputedStyle(b, '::after').content), /…/, 'the button says the app is on its way');
  release();
  await page.locator('[data-app-ready]').waitFor();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.locator('.result', { hasText: 'Non-Wage Recipient' }).waitFor();
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a tap the person took back (a click elsewhere after it) is not done when the app comes', async () => {
  const { page, errors, release } = await wasmHeldBack();
  await page.locator('[data-action=lang]').click();
  await page.locator('.result .lead').click();
  release();
  await page.locator('[data-app-ready]').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a section the person opened before the app came stays open when it takes over', async () => {
  const { page, errors, release } = await wasmHeldBack();
  const sections = page.locator('.result details');
  assert.ok((await sections.count()) > 1, 'the result has sections to open');
  assert.equal(await sections.nth(1).evaluate((d) => d.open), false);
  await sections.nth(1).locator('summary').click();
  await page.waitForTimeout(300);
  release();
  await page.locator('[data-app-ready]').waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(await sections.evaluateAll((all) => all.map((d) => d.open)).then((open) => open.map((o, i) => [i, o]).filter(([, o]) => o).map(([i]) => i)), [1], 'the one opened, only');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('an English result drawn before the app: if the app dies before it has drawn, the page says so in English', async () => {
  const { page, release } = await wasmHeldBack(`${FISHER}&lang=en`);
  await page.locator('.result', { hasText: 'Non-Wage Recipient' }).waitFor();
  // A trap while the app starts, before it has set the page's language.
  await page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') })));
  const alert = page.locator('#died[role=alert]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /^Sorry, the app stopped working\.[\s\S]*Reload[\s\S]*175/);
  release();
  await page.context().close();
});

test('a button pressed with the keyboard before the app comes keeps the keyboard when the app does it', async () => {
  const { page, errors, release } = await wasmHeldBack();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  const copy = page.locator('#app button[data-action=copy]');
  await copy.focus();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  release();
  await page.locator('[data-app-ready]').waitFor();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('work=own_account'));
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'copy', 'the copy button still has the keyboard');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a tap that waited for an app that could not load no longer says it is on its way', async () => {
  const { page } = await phonePage(env.browser, { serviceWorkers: 'block' });
  let fail;
  const failed = new Promise((done) => (fail = done));
  await page.route(/\/cek-jamsostek-[0-9a-f]{16}_bg\.wasm$/, async (route) => {
    await failed;
    await route.abort();
  });
  await page.goto(`${env.server.url}#${FISHER}`);
  await page.locator('.result').waitFor();
  const copy = page.locator('#app button[data-action=copy]');
  await copy.click();
  assert.match(await copy.evaluate((b) => getComputedStyle(b, '::after').content), /…/);
  fail();
  await page.locator('#loading', { hasText: /gagal dimuat.*175/ }).waitFor({ timeout: 10000 });
  assert.equal(await copy.evaluate((b) => getComputedStyle(b, '::after').content), 'none');
  await page.context().close();
});
