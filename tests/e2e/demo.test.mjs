// Volunteer demo mode: one tap shows a typical worker's result; one tap resets for the next.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './browser.mjs';
import { useServerAndBrowser } from './setup.mjs';
import { CheckApp, DATE } from './app.mjs';

const env = useServerAndBrowser();

const EXPECTED = {
  fisher: { category: 'bpu', worker: 0, regional: 16800 },
  driver: { category: 'bpu', worker: 14750 + 3400 + 59000 },
  vendor: { category: 'bpu', worker: 10000 + 3400 },
  teacher: { category: 'bpu', worker: 0, regional: 16800 },
  farmer: { category: 'bpu', worker: 8000 + 3400 },
  construction: { category: 'jakon', worker: 0 },
  migrant: { category: 'pmi', worker: 0 },
  factory: { category: 'pu', worker: 120000 },
};

for (const lang of ['id', 'en']) {
  test(`each persona shows its result in one tap and the next person starts over (${lang})`, async () => {
    const app = await CheckApp.open(env.browser, env.server.url, `mode=demo&date=${DATE}&lang=${lang}`);
    const page = app.page;
    // The engine worker draws the picker (the first load carries no personas).
    await page.locator('button.persona').first().waitFor();
    assert.equal(await page.locator('button.persona').count(), 8);
    assert.deepEqual(await axeViolations(page), [], 'picker');
    const base = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    assert.ok(base >= 20, `large type for a projector: ${base}px`);
    for (const [persona, want] of Object.entries(EXPECTED)) {
      await page.locator(`button.persona[data-persona=${persona}]`).click();
      await page.locator('.result').waitFor();
      const r = await app.readResult();
      assert.equal(r.category, want.category, persona);
      assert.equal(r.totals['worker/month'], want.worker, persona);
      assert.equal(r.totals['regional/month'], want.regional, persona);
      const qr = await page.locator('.qr-large svg.qr').boundingBox();
      assert.ok(qr.width >= 0.6 * 360, `${persona}: the QR is large (${qr.width}px)`);
      const shared = await page.evaluate(() => document.querySelector('.qr-large svg').getAttribute('aria-label'));
      assert.ok(shared.length > 0);
      if (persona === 'fisher') assert.deepEqual(await axeViolations(page), [], 'demo result');
      await page.locator('.next-person').click();
      await page.locator('button.persona').first().waitFor();
      assert.equal(await page.evaluate(() => localStorage.getItem('cek-jamsostek')), null, 'nothing of the last person is kept');
    }
    assert.deepEqual(app.errors, []);
    await page.context().close();
  });
}
