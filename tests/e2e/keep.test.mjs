// Never lose an answer: a region file that is late, lost or needed offline; a link cut short; a
// result link kept to resume; the next person starting clean; the language toggle keeping focus;
// the payment plan on paper.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, DIST } from './server.mjs';
import { launch, phonePage } from './browser.mjs';
import { CheckApp, DATE } from './app.mjs';

const padang = JSON.parse(readFileSync(new URL('../../examples/regions/padang.json', import.meta.url)));
const CITY = JSON.stringify({ ...padang, id: 'kota-uji', name: 'Kota Uji' });

let server;
let browser;
before(async () => {
  server = await serve(DIST, { '/regions/kota-uji.json': CITY });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const FISHER = `work=own_account&age=45&citizen=id&nik=1&income=1500000&transport=0&dtks=1&group=fisher&jht=0&date=${DATE}`;

/** A page whose requests for the city's file go through `handle` (no service worker, which
 * would answer them itself). */
async function cityPage(handle) {
  const { page, errors } = await phonePage(browser, { serviceWorkers: 'block' });
  await page.route('**/regions/kota-uji.json', handle);
  return { page, errors };
}

const fulfil = (route) => route.fulfill({ contentType: 'application/json', body: CITY });

test('while the region file is late, the result shows no figure as final; when it comes, the city pays', async () => {
  let arrive;
  const late = new Promise((ok) => { arrive = ok; });
  const { page, errors } = await cityPage(async (route) => { await late; await fulfil(route); });
  await page.goto(`${server.url}#${FISHER}&region=kota-uji`);
  await page.locator('[data-app-ready]').waitFor();
  await page.locator('html[data-engine=ready]').waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.locator('.result').count(), 0, 'no result drawn while the file is out');
  assert.doesNotMatch(await page.locator('main').innerText(), /Rp\s?\d/, 'no amount on screen');
  assert.match(await page.locator('.result-slot [role=status]').innerText(), /Menghitung hasil/);
  arrive();
  const app = new CheckApp(page, errors, server.url);
  await page.locator('.result [data-total][data-payer=regional]').waitFor();
  const r = await app.readResult();
  assert.equal(r.totals['regional/month'], 16800);
  assert.equal(r.totals['worker/month'], 0);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a network failure reading the region file keeps the region, says so, and reads it again', async () => {
  let down = true;
  const { page, errors } = await cityPage((route) => (down ? route.abort('internetdisconnected') : fulfil(route)));
  await page.goto(`${server.url}#${FISHER}&region=kota-uji`);
  await page.locator('[data-app-ready]').waitFor();
  // The page's notice, above the screen.
  const notice = page.locator('.notice[role=status]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /kota-uji.*belum bisa dimuat/s);
  assert.doesNotMatch(await notice.innerText(), /tidak kami kenal/);
  await page.locator('.result-slot h1', { hasText: 'menunggu data daerah' }).waitFor();
  assert.doesNotMatch(await page.locator('main').innerText(), /Rp\s?\d/, 'no amount on screen');
  assert.match(await page.evaluate(() => location.hash), /region=kota-uji/);
  assert.match(await page.evaluate(() => localStorage.getItem('cek-jamsostek')), /region=kota-uji/);
  down = false;
  await page.locator('.result [data-total][data-payer=regional]').waitFor({ timeout: 15000 });
  assert.equal(await notice.count(), 0, 'the notice goes once the file is in');
  assert.match(await page.evaluate(() => location.hash), /region=kota-uji/);
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  await page.context().close();
});

test('when the network comes back, the region file is read at once, not at the next retry', async () => {
  let down = true;
  const { page, errors } = await cityPage((route) => (down ? route.abort('internetdisconnected') : fulfil(route)));
  await page.goto(`${server.url}#${FISHER}&region=kota-uji`);
  await page.locator('[data-app-ready]').waitFor();
  await page.locator('.result-slot h1', { hasText: 'menunggu data daerah' }).waitFor();
  // The engine worker has loaded, as it has for a person who answered; then the line drops.
  await page.locator('html[data-engine=ready]').waitFor();
  await page.context().setOffline(true);
  // Two failures: the next retry is 6 s away.
  await page.waitForTimeout(4000);
  down = false;
  await page.context().setOffline(false);
  // The timer's read would come about 4.5 s after this.
  await page.locator('.result [data-total][data-payer=regional]').waitFor({ timeout: 3000 });
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  await page.context().close();
});

for (const [what, answer] of [
  ['a Wi-Fi login page in its place', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Login to WiFi</title>' })],
  ['a busy server (429)', (route) => route.fulfill({ status: 429, body: 'slow down' })],
  ['a request that never answers', () => {}],
]) {
  test(`${what} is the network failing, not the place unknown`, async () => {
    let answered = false;
    const { page } = await cityPage((route) => (answered ? fulfil(route) : answer(route)));
    await page.goto(`${server.url}#${FISHER}&region=kota-uji`);
    await page.locator('[data-app-ready]').waitFor();
    const notice = page.locator('.notice[role=status]');
    await notice.waitFor({ timeout: 20000 });
    assert.match(await notice.innerText(), /kota-uji.*belum bisa dimuat/s);
    assert.doesNotMatch(await page.locator('main').innerText(), /Rp\s?\d/, 'no amount on screen');
    assert.match(await page.evaluate(() => location.hash), /region=kota-uji/);
    answered = true;
    await page.locator('.result [data-total][data-payer=regional]').waitFor({ timeout: 20000 });
    await page.context().close();
  });
}

test('embedded, the next person starts at the host\'s place even after the last one changed it', async () => {
  const app = await CheckApp.open(browser, server.url, `embed=1&region=13.71&lang=en&date=${DATE}`);
  await app.start();
  await app.walk({ work: 'own_account', age: '45', citizen: 'id', nik: '1', income: '1500000', transport: '0', dtks: '1', group: 'fisher', jht: '0' });
  await app.page.locator('dl.check').waitFor();
  await app.page.locator('[data-action=change][data-arg=region]').click();
  await app.answer('region', { place: 'bandung', pick: '32.73' });
  // Jawa Barat's scheme takes DTSEN deciles 1-4: the new place asks for the decile.
  assert.equal(await app.currentField(), 'decile');
  await app.answer('decile', '2');
  await app.page.locator('dl.check').waitFor();
  await app.page.locator('.button.primary').click();
  await app.readResult();
  await app.page.locator('.result-slot ~ * [data-action=reset], [data-action=reset]').last().click();
  await app.page.waitForFunction(() => !/work=/.test(location.hash));
  assert.match(await app.page.evaluate(() => location.hash), /region=13\.71/);
  assert.equal(await app.page.getAttribute('html', 'lang'), 'en');
  await app.page.context().close();
});

test('a region file used once is there offline, even after a reload', async () => {
  const app = await CheckApp.open(browser, server.url, `${FISHER}&region=kota-uji`);
  await app.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
  // Now through the service worker.
  await app.page.reload();
  await app.page.locator('.result [data-total][data-payer=regional]').waitFor();
  await app.page.context().setOffline(true);
  await app.page.reload();
  await app.page.locator('[data-app-ready]').waitFor();
  await app.page.locator('.result [data-total][data-payer=regional]').waitFor({ timeout: 10000 });
  const r = await app.readResult();
  assert.equal(r.totals['regional/month'], 16800);
  assert.equal(await app.page.locator('.notice').count(), 0);
  await app.page.context().close();
});

test('a result link cut short by a chat app keeps every good answer and says what it dropped', async () => {
  const full = 'work=own_account&age=45&citizen=id&nik=1&income=1500000&transport=0&region=13.71&dtks=1&group=fisher&jht=0&date=2026-11-21';
  const app = await CheckApp.open(browser, server.url, full.slice(0, -1));
  const notice = app.page.locator('.notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /“date”.*aturan hari ini/s);
  const r = await app.readResult();
  assert.equal(r.category, 'bpu');
  assert.equal(r.totals['regional/month'], 16800, "Padang's scheme, from the answers the link kept");
  assert.doesNotMatch(await app.page.evaluate(() => location.hash), /date=/, 'the bad date is not carried on');
  // Cut inside the last answer: that answer only is asked again.
  await app.goto(full.replace('&jht=0&date=2026-11-21', '&jh'));
  assert.equal(await app.currentField(), 'jht');
  await app.page.context().close();
});

test('a result link opened on the phone is kept there: the next visit offers to go on', async () => {
  // A link whose answers name no place: nothing is read after it opens.
  const app = await CheckApp.open(browser, server.url, FISHER.replace('&dtks=1&group=fisher', '&region=unknown'));
  await app.readResult();
  await app.goto('');
  const resume = app.page.locator('[data-action=resume]');
  await resume.waitFor({ timeout: 5000 });
  await resume.click();
  const r = await app.readResult();
  assert.equal(r.totals['worker/month'], 8000 + 3400);
  await app.page.context().close();
});

test('a session begun in English goes on in English on the next visit, unless the person chose otherwise', async () => {
  const app = await CheckApp.open(browser, server.url, `lang=en&date=${DATE}`);
  await app.start();
  await app.answer('work', 'employee');
  await app.goto('');
  assert.equal(await app.page.getAttribute('html', 'lang'), 'en');
  await app.page.locator('[data-action=resume]').click();
  await app.page.locator('form.question[data-field=age]').waitFor();
  assert.equal(await app.page.getAttribute('html', 'lang'), 'en');
  assert.match(await app.heading(), /How old/);
  // The language button is the person's choice, and it wins over the session's.
  await app.switchLanguage();
  await app.goto('');
  assert.equal(await app.page.getAttribute('html', 'lang'), 'id');
  await app.page.context().close();
});

test('"Orang berikutnya" starts the next person clean: no place, no language, no answers', async () => {
  const app = await CheckApp.open(browser, server.url, `${FISHER}&region=13.71&mode=demo&lang=en`);
  await app.readResult();
  await app.page.locator('.demo-bar [data-action=reset]').click();
  await app.page.waitForFunction(() => !/work=/.test(location.hash));
  const hash = await app.page.evaluate(() => location.hash);
  assert.doesNotMatch(hash, /region=|lang=en/);
  assert.equal(await app.page.getAttribute('html', 'lang'), 'id');
  // The next person's walk asks the region again.
  await app.page.locator('[data-persona], .button.primary').first().waitFor();
  await app.page.context().close();
});

test('the language button keeps keyboard focus, on every screen it is on', async () => {
  const app = await CheckApp.open(browser, server.url, `date=${DATE}`);
  for (const step of ['intro', 'question']) {
    if (step === 'question') await app.start();
    await app.page.locator('.lang-toggle').focus();
    await app.page.keyboard.press('Enter');
    await app.page.waitForTimeout(300);
    assert.equal(await app.page.evaluate(() => document.activeElement?.classList.contains('lang-toggle')), true, step);
    assert.equal(await app.page.getAttribute('html', 'lang'), step === 'intro' ? 'en' : 'id');
  }
  await app.page.context().close();
});

test('printed, the result keeps its payment plan, on one A4 page', async () => {
  const app = await CheckApp.open(browser, server.url, `${FISHER}&region=unknown`.replace('&dtks=1&group=fisher', ''));
  await app.readResult();
  await app.page.emulateMedia({ media: 'print' });
  assert.equal(await app.page.locator('.plan h2').isVisible(), true, 'Rencana bayar');
  assert.equal(await app.page.locator('.plan .pay-ahead').isVisible(), true);
  const pdf = await app.page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length;
  assert.equal(pages, 1, 'one A4 page');
  await app.page.context().close();
});
