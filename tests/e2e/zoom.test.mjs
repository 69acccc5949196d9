// 200 % zoom on a 320 px phone leaves 160 CSS pixels: every screen of the app and the staff page
// must fit them without sideways scrolling, and no cell may cut its text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './setup.mjs';
import { phonePage } from './browser.mjs';
import { CheckApp, DATE } from './app.mjs';

const env = useServerAndBrowser();
// Not a mobile viewport: a mobile one zooms out to fit what sticks out, hiding the fault.
const ZOOMED = { viewport: { width: 160, height: 370 }, deviceScaleFactor: 4, isMobile: false, hasTouch: false };

/** What sticks out: the page's own sideways scroll, and any element whose text is cut. */
function overflow(page) {
  return page.evaluate(() => {
    const out = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      // Empty, or hidden but for screen readers (1 px, clipped).
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === 'hidden' || el.closest('svg')) continue;
      const name = `${el.tagName.toLowerCase()}.${el.className || ''} “${(el.innerText || el.value || '').slice(0, 30)}”`;
      if (box.right > width + 1) out.push(`${name} ends at ${Math.round(box.right)}px`);
      else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' && el.tagName !== 'INPUT') out.push(`${name} cuts its text`);
    }
    return out.slice(0, 8);
  });
}

// Paying alone, so the result has the payment plan and the income rows.
const SELF = `work=own_account&age=45&citizen=id&nik=1&income=1500000&transport=0&region=unknown&jht=0&date=${DATE}`;
const FISHER = `work=own_account&age=45&citizen=id&nik=1&income=1500000&transport=0&region=13.71&dtks=1&group=fisher&jht=0&date=${DATE}`;

test('at 200 % zoom on a 320 px phone, the app never scrolls sideways', async () => {
  const app = await CheckApp.open(env.browser, env.server.url, `date=${DATE}`, ZOOMED);
  assert.deepEqual(await overflow(app.page), [], 'intro');
  await app.start();
  assert.deepEqual(await overflow(app.page), [], 'first question');
  await app.goto(`${FISHER}&step=check`);
  await app.page.locator('dl.check').waitFor();
  assert.deepEqual(await overflow(app.page), [], 'check');
  for (const lang of ['id', 'en']) {
    await app.goto(`${SELF}&lang=${lang}`);
    await app.readResult();
    await app.page.locator('.plan details.months summary').click();
    assert.deepEqual(await overflow(app.page), [], `result, plan open (${lang})`);
  }
  for (const lang of ['id', 'en']) {
    await app.goto(`date=${DATE}&mode=demo&lang=${lang}`);
    await app.page.locator('[data-action=persona]').first().waitFor();
    assert.deepEqual(await overflow(app.page), [], `demo picker (${lang})`);
    await app.page.locator('[data-action=persona]').first().click();
    await app.readResult();
    assert.deepEqual(await overflow(app.page), [], `demo result (${lang})`);
  }
  await app.page.context().close();
});

test('at 200 % zoom on a 320 px phone, the staff page never scrolls sideways', async () => {
  const { page } = await phonePage(env.browser, ZOOMED);
  await page.goto(new URL('staff.html', env.server.url).href);
  await page.locator('[data-app-ready]').waitFor();
  await page.waitForFunction(() => document.getElementById('personas')?.childElementCount > 0);
  await page.fill('#f-workers_fisher', '10.000');
  await page.waitForSelector('#budget [data-total=public]');
  await page.setInputFiles('#f-csv', {
    name: 'daftar.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('work;age;citizen;nik;income;transport;dtks;group;jht\nown_account;45;id;1;1500000;0;1;fisher;0\nown_account;45;id;1;banyak;0;1;fisher;0\n'),
  });
  await page.waitForSelector('#list-result .list-count');
  assert.deepEqual(await overflow(page), []);
  await page.context().close();
});
