// Never lose an answer, never die: each path found when the app was tried as a new user would
// (hostile input, in-page links, resume, language mid-flow, triple taps, late region files,
// offline) as a test of what the person sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useServerAndBrowser } from './setup.mjs';
import { CheckApp, DATE } from './app.mjs';

const padang = JSON.parse(readFileSync(new URL('../../examples/regions/padang.json', import.meta.url)));
const village = { ...padang, id: 'desa-lambat', name: 'Desa Lambat' };
const longName = { ...padang, id: 'nama-panjang', name: 'K'.repeat(80), scheme: { ...padang.scheme, instrument: 'P'.repeat(80) } };
const env = useServerAndBrowser(undefined, {
  '/regions/desa-lambat.json': JSON.stringify(village),
  '/regions/nama-panjang.json': JSON.stringify(longName),
});

const VENDOR = 'work=own_account&age=40&citizen=id&nik=1';
const FISHER = `${VENDOR}&income=1500000&transport=0&dtks=1&group=fisher&jht=0`;

async function open(fragment) {
  return CheckApp.open(env.browser, env.server.url, fragment);
}

async function onIncome(app) {
  await app.page.locator('form.question[data-field=income]').waitFor();
}

test('a pasted run of dashes before a digit in the income box: a message, and the app goes on', async () => {
  const app = await open(`${VENDOR}&date=${DATE}&step=income`);
  await onIncome(app);
  // 1,000 dashes overflowed a development build's stack; the release build's needs more.
  await app.page.locator('#q-income').fill(`${'-'.repeat(200_000)}5`);
  await app.page.locator('form.question button[type=submit]').click();
  await assert.doesNotReject(app.page.locator('.error-summary', { hasText: 'Tulis jumlah dalam rupiah' }).waitFor({ timeout: 3000 }));
  await app.page.locator('#q-income').fill('1,5 jt');
  await app.page.locator('form.question button[type=submit]').click();
  await app.page.locator('form.question[data-field=transport]').waitFor();
  assert.deepEqual(app.errors, []);
  await app.page.context().close();
});

test("the error summary's link moves focus to the field and keeps every answer", async () => {
  const app = await open(`${VENDOR}&date=${DATE}&step=income`);
  await onIncome(app);
  await app.page.locator('form.question button[type=submit]').click();
  const link = app.page.locator('.error-summary a');
  await link.waitFor();
  await link.click();
  await app.page.waitForTimeout(200);
  assert.equal(await app.currentField(), 'income', 'still on the same question');
  assert.equal(await app.page.evaluate(() => document.activeElement?.id), 'q-income');
  assert.match(await app.page.evaluate(() => location.hash), /work=own_account/);
  await app.page.locator('#q-income').fill('2000000');
  await app.page.locator('form.question button[type=submit]').click();
  await app.page.locator('form.question[data-field=transport]').waitFor();
  await app.page.context().close();
});

test('resume brings back the region, the date and the screen, even after a language switch', async () => {
  const app = await open(`${FISHER}&region=padang&date=${DATE}&step=check`);
  await app.page.locator('dl.check').waitFor();
  await app.page.locator('.button.primary').click();
  await app.page.locator('.result').waitFor();
  // The device keeps the session; a new visit without a link offers it.
  await app.goto('');
  await app.page.locator('.resume').waitFor();
  await app.switchLanguage();
  await app.goto('');
  await assert.doesNotReject(app.page.locator('.resume').waitFor({ timeout: 3000 }), 'still offered after a language switch');
  await app.page.locator('[data-action=resume]').click();
  await app.page.locator('.result').waitFor();
  const r = await app.readResult();
  assert.equal(r.totals['regional/month'], 16800, "Padang's scheme, restored");
  assert.match(await app.page.locator('.applied').innerText(), /21-11-2026/);
  await app.page.context().close();
});

test('a link with repeated campaign keys opens its result', async () => {
  const app = await open(`utm=a&${FISHER}&utm=b&fbclid=x&fbclid=y&region=unknown&date=${DATE}`);
  await app.page.locator('.result').waitFor();
  assert.equal(await app.page.locator('.notice').count(), 0);
  await app.page.context().close();
});

test('an out-of-range value in a link that opens the check screen gets the notice when it opens', async () => {
  const app = await open(`${VENDOR}&income=2000000000&transport=0&jht=0&date=${DATE}&step=check`);
  const notice = app.page.locator('.notice');
  await notice.waitFor({ timeout: 3000 });
  assert.match(await notice.innerText(), /income/);
  await app.page.context().close();
});

test('a region file that arrives after the first screen asks the questions its scheme needs', async () => {
  const app = await open(`${VENDOR}&income=1500000&transport=0&jht=0&region=desa-lambat&date=${DATE}`);
  await app.page.locator('form.question[data-field=dtks]').waitFor({ timeout: 5000 });
  await app.answer('dtks', '1');
  await app.answer('group', 'fisher');
  await app.page.locator('dl.check').waitFor();
  await app.page.locator('.button.primary').click();
  await app.page.locator('.result').waitFor();
  const r = await app.readResult();
  assert.equal(r.totals['regional/month'], 16800);
  await app.page.context().close();
});

test('a region file with the longest names allowed does not make a 320px page scroll sideways', async () => {
  const app = await open(`${FISHER}&region=nama-panjang&date=${DATE}`);
  await app.page.setViewportSize({ width: 320, height: 740 });
  await app.page.locator('.result .local').waitFor();
  await app.page.waitForFunction(() => document.querySelector('.local')?.innerText.includes('KKKK'));
  const [scroll, width] = await app.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= width, `page is ${scroll}px wide in a ${width}px window`);
  await app.page.context().close();
});

test('three quick taps on Continue are one step in the history', async () => {
  const app = await open(`date=${DATE}`);
  await app.start();
  const before = await app.page.evaluate(() => history.length);
  await app.page.locator('input[type=radio][value=own_account]').check();
  // Three taps before the next screen is drawn, as quick fingers do.
  await app.page.evaluate(() => {
    const button = document.querySelector('form.question button[type=submit]');
    button.click();
    button.click();
    button.click();
  });
  await app.page.locator('form.question[data-field=age]').waitFor();
  await app.page.waitForTimeout(300);
  assert.equal(await app.page.evaluate(() => history.length), before + 1);
  await app.page.context().close();
});

test('switching language mid-flow switches the error message and the notice too', async () => {
  const app = await open(`${VENDOR}&date=${DATE}&step=income`);
  await onIncome(app);
  await app.page.locator('form.question button[type=submit]').click();
  await app.page.locator('.error-summary', { hasText: 'Isi jumlahnya' }).waitFor();
  await app.switchLanguage();
  await assert.doesNotReject(app.page.locator('.error-summary', { hasText: 'Enter the amount' }).waitFor({ timeout: 2000 }));

  const linked = await open(`work=astronaut&date=${DATE}`);
  await linked.page.locator('.notice', { hasText: 'Tautan ini tidak bisa dibaca' }).waitFor();
  await linked.switchLanguage();
  await assert.doesNotReject(linked.page.locator('.notice', { hasText: 'This link could not be read' }).waitFor({ timeout: 2000 }));
  await app.page.context().close();
  await linked.page.context().close();
});

test("a link without a colour drops the previous link's accent", async () => {
  const app = await open(`embed=1&color=004a99&date=${DATE}`);
  const accent = () => app.page.evaluate(() => document.documentElement.style.getPropertyValue('--accent'));
  assert.equal(await accent(), '#004a99');
  await app.page.evaluate(() => { location.hash = 'work=own_account&lang=id'; });
  await app.page.waitForFunction(() => document.documentElement.style.getPropertyValue('--accent') === '');
  await app.page.context().close();
});

test('if the app ever dies, the page says so with a reload button and 175', async () => {
  const app = await open(`lang=en&date=${DATE}`);
  await app.page.evaluate(() => {
    dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') }));
  });
  const box = app.page.locator('#died[role=alert]');
  await box.waitFor();
  assert.match(await box.innerText(), /stopped working/);
  assert.equal(await box.locator('a[href="tel:175"]').count(), 1);
  await box.locator('button', { hasText: 'Reload' }).click();
  await app.page.locator('[data-app-ready]').waitFor();
  assert.equal(await app.page.locator('#died').count(), 0);
  await app.page.context().close();
});

for (const [what, blocked, stall] of [
  ['its loader', '**/engine-*_loader.js', false],
  ['its wasm', '**/engine-*_bg.wasm', false],
  ['its wasm, which never arrives', '**/engine-*_bg.wasm', true],
]) {
  test(`if the engine worker cannot load ${what}, the result's place says so and what to do`, async () => {
    // No service worker: its cache would answer before the block could.
    const app = await CheckApp.open(env.browser, env.server.url, `date=${DATE}`, { serviceWorkers: 'block' });
    await app.page.context().route(blocked, (route) => (stall ? undefined : route.abort()));
    await app.goto(`${FISHER}&region=unknown&date=${DATE}`);
    const failed = app.page.locator('.result-slot [role=alert]');
    await failed.waitFor({ timeout: stall ? 20000 : 5000 });
    assert.match(await failed.innerText(), /Hasil tidak dapat dihitung.*175/s);
    assert.equal(await app.page.locator('.result-slot .computing').count(), 0, 'no endless "working out"');
    // Not a dead end: a heading with focus, reload, back to the answers, and 175 to call.
    await app.page.waitForFunction(() => document.activeElement?.matches('.result-slot h1'));
    assert.equal(await app.page.locator('.result-slot [data-action=reload]').count(), 1);
    assert.equal(await app.page.locator('.result-slot a[href="tel:175"]').count(), 1);
    await app.page.locator('.result-slot [data-action=check]').click();
    await app.page.locator('dl.check').waitFor();
    await app.page.context().close();
  });
}

test('the result arrives with focus on its heading, and redraws in the language chosen on it', async () => {
  const app = await open(`${FISHER}&region=unknown&date=${DATE}&step=check`);
  await app.page.locator('dl.check').waitFor();
  await app.page.locator('[data-action=result]').click();
  await app.page.locator('.result').waitFor();
  await app.page.waitForFunction(() => document.activeElement?.matches('.result h1'));
  const before = await app.readResult();
  await app.page.locator('[data-action=lang]').click();
  await app.page.locator('.result h1', { hasText: /[A-Za-z]/ }).waitFor();
  await app.page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('.result .applied')?.innerText.startsWith('Rules in force'));
  const after = await app.readResult();
  assert.deepEqual(after.totals, before.totals);
  assert.notEqual(after.headline, before.headline);
  assert.deepEqual(app.errors, []);
  await app.page.context().close();
});
