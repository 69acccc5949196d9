// The registry in parts (scripts/registry-parts.mjs): a result link downloads its province's part
// only; a part the line loses, or a login page in its place, leaves the place's schemes unknown,
// said so, never "none"; after one visit every part is there offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { useServerAndBrowser } from './setup.mjs';
import { CheckApp } from './app.mjs';
import { DIST, serve } from './server.mjs';

const env = useServerAndBrowser();

const SELF = 'work=own_account&age=40&citizen=id&nik=1&income=1000000&transport=0&jht=0&date=2026-11-21';
// A street vendor in Kota Bandung in DTSEN decile 3: Jawa Barat pays his JKK and JKM.
const BANDUNG = `${SELF}&region=32.73&dtks=1&decile=3&group=vendor`;
const part = (province) => readdirSync(DIST).find((f) => f.startsWith(`registry-${province}-`));
const LOST = { id: /Daftar skema untuk Kota Bandung belum bisa dimuat[\s\S]*Belum dimuat bukan berarti tidak ada/, en: /could not be loaded/ };

/** The page's errors but the browser's own line for a file the network lost. */
const pageErrors = (errors) => errors.filter((e) => !e.startsWith('Failed to load resource'));

test("a result link downloads its own province's part of the registry, and no other", async () => {
  const downloaded = [];
  const server = await serve(DIST, {}, { downloaded });
  const parts = () => downloaded.filter((p) => p.startsWith('/registry-'));
  try {
    const app = await CheckApp.open(env.browser, server.url, BANDUNG, { serviceWorkers: 'block' });
    const r = await app.readResult();
    assert.equal(r.totals['worker/month'], 0);
    assert.equal(r.totals['regional/month'], 16800);
    assert.deepEqual(parts(), [`/${part('32')}`]);
    // Another province's place, typed in the region question, brings its part then.
    await app.goto(`${SELF}&step=region`);
    await app.answer('region', { place: 'grobogan', pick: '33.15' });
    assert.deepEqual(parts().slice(1), [`/${part('33')}`]);
    assert.deepEqual(pageErrors(app.errors), []);
    await app.page.context().close();
  } finally {
    await server.close();
  }
});

for (const [what, options, extra] of [
  ['the line drops halfway', { cut: /^\/registry-32-/ }, {}],
  ['a Wi-Fi login page comes in its place', {}, { [`/${part('32')}`]: '<!DOCTYPE html><title>Login</title><form>Masuk</form>' }],
]) {
  test(`a part of the registry that ${what}: the place's schemes are unknown, said so, never "none"`, async () => {
    const server = await serve(DIST, extra, options);
    try {
      for (const lang of ['id', 'en']) {
        const app = await CheckApp.open(env.browser, server.url, `${BANDUNG}&lang=${lang}`, { serviceWorkers: 'block' });
        const r = await app.readResult();
        // He pays himself meanwhile, with the PP 50/2025 discount.
        assert.equal(r.totals['worker/month'], 5000 + 3400);
        assert.equal(r.totals['regional/month'], undefined);
        const local = await app.page.locator('.local').innerText();
        assert.match(local, LOST[lang]);
        assert.doesNotMatch(local, /tidak ditemukan|found no|belum memeriksa|not yet checked/);
        assert.deepEqual(pageErrors(app.errors), []);
        await app.page.context().close();
      }
    } finally {
      await server.close();
    }
  });
}

test('after one visit, any place of any province has its schemes with no network', async () => {
  const app = await CheckApp.open(env.browser, env.server.url, SELF);
  await app.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
  await app.page.context().setOffline(true);
  // A Bekasi ride-hailing driver in DTSEN decile 2: the city pays, no amount published.
  await app.goto('work=platform&age=30&citizen=id&nik=1&income=2000000&transport=1&jht=0&date=2026-11-21&region=32.75&dtks=1&decile=2&group=driver');
  let r = await app.readResult();
  assert.equal(r.totals['worker/month'], 0);
  assert.match(await app.page.locator('.local').innerText(), /Kota Bekasi/);
  // A Surabaya RT head: the city's scheme was last reported for 2025.
  await app.goto(`${SELF}&region=35.78&group=rt_rw`);
  r = await app.readResult();
  assert.equal(r.totals['worker/month'], 5000 + 3400);
  assert.match(await app.page.locator('.local').innerText(), /Terakhir dilaporkan membayar sampai akhir tahun anggaran 2025/);
  assert.doesNotMatch(await app.page.locator('.local').innerText(), /belum bisa dimuat/);
  await app.page.context().close();
});

test('a part of the registry the line holds: nothing is shown as final, then after 15 s it says the schemes could not be loaded', async () => {
  const server = await serve(DIST, {}, { stall: /^\/registry-32-/ });
  try {
    const { page, errors } = await CheckApp.open(env.browser, server.url, BANDUNG, { serviceWorkers: 'block' });
    await page.waitForTimeout(3000);
    assert.equal(await page.locator('[data-total]').count(), 0, 'no amount while the part is on its way');
    await page.locator('.local .lost').waitFor({ timeout: 30000 });
    assert.match(await page.locator('.local').innerText(), LOST.id);
    assert.deepEqual(pageErrors(errors), []);
    await page.context().close();
  } finally {
    await server.close();
  }
});
