// Offline after one visit, and installable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useServerAndBrowser } from './setup.mjs';
import { CheckApp, DATE } from './app.mjs';

const env = useServerAndBrowser();

test('after one visit the whole check works with no network', async () => {
  const app = await CheckApp.open(env.browser, env.server.url, `date=${DATE}`);
  await app.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
  await app.page.context().setOffline(true);
  await app.page.reload();
  await app.page.locator('[data-app-ready]').waitFor();
  await app.start();
  await app.walk({ work: 'platform', age: '30', citizen: 'id', nik: '1', income: '3000000', transport: '1', jht: '1' });
  const r = await app.seeResult();
  assert.equal(r.category, 'bpu');
  assert.equal(r.totals['worker/month'], 14750 + 3400 + 59000);
  await app.page.context().close();
});

test('opening another file as a page never replaces the offline app', async () => {
  const app = await CheckApp.open(env.browser, env.server.url, `date=${DATE}`);
  await app.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
  for (const path of ['manifest.webmanifest', 'regions/padang.json', 'no-such-page']) {
    await app.page.goto(new URL(path, env.server.url).href);
  }
  await app.page.context().setOffline(true);
  await app.page.goto(`${env.server.url}#date=${DATE}`);
  await app.page.locator('[data-app-ready]').waitFor({ timeout: 5000 });
  assert.match(await app.heading(), /Cek jaminan sosial/);
  await app.page.context().close();
});

test('the web app manifest names the app in Indonesian with icons', async () => {
  const app = await CheckApp.open(env.browser, env.server.url, '');
  const href = await app.page.getAttribute('link[rel=manifest]', 'href');
  const manifest = await (await app.page.request.get(new URL(href, env.server.url).href)).json();
  assert.equal(manifest.lang, 'id');
  assert.equal(manifest.name, 'Cek Jamsostek');
  assert.match(manifest.description, /BPJS Ketenagakerjaan/);
  for (const icon of manifest.icons) {
    const res = await app.page.request.get(new URL(icon.src, env.server.url).href);
    assert.equal(res.status(), 200, icon.src);
  }
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
  await app.page.context().close();
});

test('each build names its cache after its contents', () => {
  const cacheOf = (content) => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-'));
    writeFileSync(join(dir, 'index.html'), content);
    execFileSync('node', ['scripts/build-sw.mjs'], { env: { ...process.env, TRUNK_STAGING_DIR: dir } });
    return readFileSync(join(dir, 'sw.js'), 'utf8').match(/const CACHE = "([^"]+)"/)[1];
  };
  assert.equal(cacheOf('<p>one</p>'), cacheOf('<p>one</p>'));
  assert.notEqual(cacheOf('<p>one</p>'), cacheOf('<p>two</p>'));
});
