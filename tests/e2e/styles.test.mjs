// The result's styles (style/result.css) are not part of the first load: the page links them
// when it starts the engine worker. They must style the result, online and offline, and none of
// them may be needed by a screen the page draws itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser } from './setup.mjs';
import { CheckApp, DATE, DRIVER } from './app.mjs';
import { DIST } from './server.mjs';
import { phonePage } from './browser.mjs';

const env = useServerAndBrowser();

/** The result's stylesheet, asked for again with a "?" more each time. */
const STYLES = /\/result-[0-9a-f]{16}\.css\?*$/;

/** The selectors of the result's stylesheet that apply on screen (its print rules aside). */
function resultSelectors(page) {
  return page.evaluate(async () => {
    const href = document.querySelector('meta[name=result-css]').content;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await (await fetch(href)).text());
    const out = [];
    const collect = (rules) => {
      for (const rule of rules) {
        if (rule.media && rule.media.mediaText.includes('print')) continue;
        if (rule.selectorText) out.push(...rule.selectorText.split(',').map((s) => s.trim()));
        else if (rule.cssRules) collect(rule.cssRules);
      }
    };
    collect(sheet.cssRules);
    return out;
  });
}

/** The selectors of `selectors` that match something on the screen now. */
function matching(page, selectors) {
  return page.evaluate((list) => list.filter((s) => document.querySelector(s)), selectors);
}

test('the first load carries none of the result\'s styles: not in the page, not fetched', async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const inline = html.match(/<style>([\s\S]*?)<\/style>/)[1];
  for (const selector of ['.you-pay', '.program', '.status-mandatory', '.qr-large', '.demo-bar']) {
    assert.ok(!inline.includes(selector), `the page's own CSS has no ${selector}`);
  }
  const app = await CheckApp.open(env.browser, env.server.url, `date=${DATE}`);
  const asked = await app.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.deepEqual(asked.filter((u) => u.endsWith('.css')), [], 'the intro asks for no stylesheet');
  await app.page.context().close();
});

test('no screen the page draws itself needs the result\'s styles, and the result has them', async () => {
  const app = await CheckApp.open(env.browser, env.server.url, `date=${DATE}`);
  const selectors = await resultSelectors(app.page);
  assert.ok(selectors.includes('.you-pay'), `the result's stylesheet: ${selectors.length} selectors`);
  const seen = [];
  app.scan = async (key) => seen.push([key, await matching(app.page, selectors)]);
  await app.start();
  await app.walk(DRIVER);
  await app.page.locator('dl.check').waitFor();
  seen.push(['check', await matching(app.page, selectors)]);
  for (const [screen, found] of seen) {
    assert.deepEqual(found, [], `${screen} uses none of the result's styles`);
  }
  await app.seeResult();
  const styled = await app.page.evaluate(() => getComputedStyle(document.querySelector('.you-pay')).borderLeftWidth);
  assert.notEqual(styled, '0px', 'the result is drawn with its styles');
  await app.page.context().close();
});

test('a question\'s answers are in the page\'s body size on a phone, with the result\'s styles loaded too', async () => {
  const app = await CheckApp.open(env.browser, env.server.url, `date=${DATE}`);
  await app.start();
  await app.page.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.includes('/result-') && s.cssRules.length));
  const sizes = await app.page.evaluate(() => ({
    body: getComputedStyle(document.body).fontSize,
    answers: [...document.querySelectorAll('.choice-label')].map((label) => getComputedStyle(label).fontSize),
  }));
  assert.ok(sizes.answers.length > 1, 'the first question offers answers');
  for (const size of sizes.answers) assert.equal(size, sizes.body, 'an answer is as large as the page\'s text');
  await app.page.context().close();
});

test('the result\'s styles lost to the network are asked for again before the result shows', async () => {
  // A first visit before the service worker holds them: every request goes to the network.
  const app = await CheckApp.open(env.browser, env.server.url, `date=${DATE}`, { serviceWorkers: 'block' });
  let asked = 0;
  await app.page.route(STYLES, (route) => (asked++ === 0 ? route.abort('connectionreset') : route.continue()));
  await app.start();
  await app.walk(DRIVER);
  await app.seeResult();
  await app.page.waitForFunction(() => getComputedStyle(document.querySelector('.you-pay')).borderLeftWidth !== '0px', null, { timeout: 5000 });
  assert.equal(asked, 2, 'the first try was lost, the second styles the result');
  await app.page.context().close();
});

const LINK = `date=${DATE}&work=own_account&age=45&nik=1&citizen=id&income=1500000&transport=0&dtks=1&region=padang&group=fisher&jht=0`;

/**
 * A first visit to the result link with the result's stylesheet answered by `answer(route, n)`
 * (n counts the stylesheet's requests from 0). The page notes whether the result was ever in the
 * page without its styles on a frame, and when it first was with them.
 */
async function openLink(answer) {
  const { page } = await phonePage(env.browser, { serviceWorkers: 'block' });
  let asked = 0;
  await page.route(STYLES, (route) => answer(route, asked++));
  await page.addInitScript(() => {
    // Looked at before every frame the page paints.
    const look = () => {
      const pay = document.querySelector('.you-pay');
      if (pay && getComputedStyle(pay).borderLeftWidth === '0px') window.unstyled = true;
      else if (pay) window.styledAt ??= performance.now();
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(`${env.server.url}#${LINK}`);
  return { page, asked: () => asked };
}

test('a result whose styles come late waits for them: it is never drawn unstyled', async () => {
  const { page } = await openLink(async (route) => {
    await new Promise((done) => setTimeout(done, 2000));
    await route.continue().catch(() => {});
  });
  await page.waitForFunction(() => window.styledAt, null, { timeout: 15000 });
  assert.equal(await page.evaluate(() => window.unstyled), undefined, 'the result was never in the page without its styles');
  await page.context().close();
});

test('a request for the result\'s styles the network never answers is made again, and the result is styled', async () => {
  const { page, asked } = await openLink((route, n) => (n === 0 ? undefined : route.continue().catch(() => {})));
  await page.locator('.you-pay').waitFor({ timeout: 15000 });
  await page.waitForFunction(() => window.styledAt, null, { timeout: 10000 });
  assert.equal(asked(), 2, 'the stalled request, then a second one');
  await page.context().close();
});

test('a second try the network also loses is followed by a third, which styles the result', async () => {
  const { page, asked } = await openLink((route, n) => {
    if (n === 0) return undefined;
    if (n === 1) return route.abort('connectionreset');
    return route.continue().catch(() => {});
  });
  await page.waitForFunction(() => window.styledAt, null, { timeout: 15000 });
  assert.equal(asked(), 3, 'stalled, lost, then styled');
  await page.context().close();
});

test('a stalled stylesheet is asked for once more, however often the result is drawn while it waits', async () => {
  const { page, asked } = await openLink(async (route, n) => {
    if (n === 0) return;
    await new Promise((done) => setTimeout(done, 2000));
    await route.continue().catch(() => {});
  });
  await page.locator('.computing').waitFor();
  await page.waitForTimeout(1000);
  // Another result while the first waits: a link opened in the same tab, then the language.
  await page.evaluate(() => { location.hash = 'work=own_account&age=45&nik=1&citizen=id&income=1500000&transport=0&dtks=0&region=13.71&group=other&jht=1'; });
  await page.waitForTimeout(500);
  await page.locator('.lang-toggle').click();
  await page.waitForFunction(() => window.styledAt, null, { timeout: 15000 });
  await page.waitForTimeout(4000);
  assert.equal(asked(), 2, 'the stalled request and one more');
  await page.context().close();
});

test('a stylesheet stalled since the first question does not hold the result once more after "Lihat hasil"', async () => {
  const app = await CheckApp.open(env.browser, env.server.url, `date=${DATE}`, { serviceWorkers: 'block' });
  let asked = 0;
  await app.page.route(STYLES, (route) => (asked++ === 0 ? undefined : route.continue().catch(() => {})));
  await app.start();
  // The first question links the stylesheet: it has stalled for 3.5 s when the walk begins.
  await app.page.waitForTimeout(3500);
  await app.walk(DRIVER);
  await app.page.locator('dl.check').waitFor();
  const tapped = Date.now();
  await app.page.locator('.button.primary').click();
  await app.page.locator('.you-pay').waitFor();
  assert.ok(Date.now() - tapped < 1500, `the result came ${Date.now() - tapped} ms after the tap`);
  const styled = await app.page.evaluate(() => getComputedStyle(document.querySelector('.you-pay')).borderLeftWidth);
  assert.notEqual(styled, '0px', 'styled by the second request');
  await app.page.context().close();
});
