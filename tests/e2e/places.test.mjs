// Where you live decides who pays: the region question, the registry of local schemes, and the
// links that name a place by its Kemendagri code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, axeViolations } from './browser.mjs';
import { CheckApp } from './app.mjs';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const SELF = 'work=own_account&age=45&citizen=id&nik=1&income=1500000&transport=0';

/** The places the region question offers for `typed`: their codes, and which is chosen. */
async function offered(app, typed) {
  await app.page.locator('#q-region').fill(typed);
  await app.page.waitForFunction((t) => document.querySelector('.places')?.childElementCount > 0 || !t, typed);
  return app.page.$$eval('.places input[type=radio]', (els) => els.map((e) => e.value));
}

test('the region question finds a place however people write it, and the province alone', async () => {
  const app = await CheckApp.open(browser, server.url, `${SELF}&step=region`);
  assert.equal(await app.currentField(), 'region');
  for (const typed of ['kudus', 'Kab Kudus', 'kabupaten kudus', 'KAB. KUDUS']) {
    assert.equal((await offered(app, typed))[0], '33.19', typed);
  }
  for (const typed of ['KOTA PADANG', 'padang', 'Pádang', '1371']) {
    assert.equal((await offered(app, typed))[0], '13.71', typed);
  }
  assert.equal((await offered(app, 'provinsi jawa tengah'))[0], '33');
  assert.ok((await offered(app, 'padang')).length <= 8);
  // Nothing found is said, and the page goes on.
  await app.page.locator('#q-region').fill('xyzzy');
  await app.page.locator('.places .found-count').waitFor();
  assert.match(await app.page.locator('.places').innerText(), /Tidak ada daerah dengan nama itu/);
  // Continuing without a choice names the problem at the question.
  await app.page.locator('form.question button[type=submit]').click();
  await app.page.locator('.error-summary').waitFor();
  assert.deepEqual(app.errors, []);
  await app.page.context().close();
});

test('a Kudus farmer who types where he lives sees Kudus\'s scheme, its source and that it was last reported for 2025', async () => {
  const app = await CheckApp.open(browser, server.url, `${SELF}&date=2026-11-21&step=region`);
  await app.answer('region', { place: 'kudus', pick: '33.19' });
  // Kudus is known from the 2024 and 2025 budgets only: nothing more is asked, nothing counted.
  assert.equal(await app.currentField(), 'jht');
  await app.answer('jht', '0');
  const r = await app.seeResult();
  assert.equal(r.totals['regional/month'], undefined);
  // A scheme is known there, only not for this year: never "no scheme known".
  const local = await app.page.locator('.local').innerText();
  assert.doesNotMatch(local, /Belum ada skema yang kami ketahui/);
  assert.match(local, /Kami tidak tahu apakah ada skema yang masih berjalan di Kabupaten Kudus \(per Desember 2026\); yang pernah dilaporkan ada di bawah/);
  const scheme = app.page.locator('.local article[data-area="33.19"]');
  assert.equal(await scheme.getAttribute('data-standing'), 'last-reported');
  const text = await scheme.innerText();
  assert.match(text, /Terakhir dilaporkan membayar sampai akhir tahun anggaran 2025: tanyakan apakah masih berjalan/);
  assert.match(text, /JKK: Rp10.000 per bulan/);
  await scheme.locator('summary').click();
  assert.match(await scheme.innerText(), /betanews\.id[\s\S]*dibaca 02-12-2026 · C2[\s\S]*Dilaporkan pers/);
  assert.deepEqual(app.errors, []);
  await app.page.context().close();
});

test('in a 2025 link, Kudus pays a farmer Rp16.800 a month from the APBD', async () => {
  const app = await CheckApp.open(browser, server.url, `${SELF}&region=33.19&group=farmer&jht=0&date=2025-09-01`);
  const r = await app.readResult();
  assert.equal(r.totals['regional/month'], 16800);
  assert.equal(r.totals['worker/month'], 0);
  const counted = app.page.locator('.local article[data-scheme="counted"]');
  assert.equal(await counted.getAttribute('data-area'), '33.19');
  await app.page.context().close();
});

test('a Padang fisher in DTSEN gets the city\'s scheme, the province\'s beside it, and 13.71 and padang give the same totals', async () => {
  const fisher = `${SELF}&dtks=1&group=fisher&jht=0&date=2026-11-21`;
  const app = await CheckApp.open(browser, server.url, `${fisher}&region=13.71`);
  const byCode = await app.readResult();
  assert.equal(byCode.totals['regional/month'], 16800);
  assert.equal(await app.page.locator('.local article[data-scheme="counted"]').getAttribute('data-area'), '13.71');
  const province = app.page.locator('.local [data-scenario="alternative"] article[data-area="13"]');
  assert.match(await province.innerText(), /Perda Sumbar 4\/2021[\s\S]*Dibayar 12 bulan pertama/);
  await app.goto(`${fisher}&region=padang`);
  const byAlias = await app.readResult();
  assert.deepEqual(byAlias.totals, byCode.totals);
  await app.goto(`${fisher}&region=1371`);
  assert.deepEqual((await app.readResult()).totals, byCode.totals);
  await app.page.context().close();
});

test('a Lamongan tobacco farmer\'s payment plan shows the scheme\'s six months, then his own cost', async () => {
  // Its tobacco-excise budget is reported for 2023 to 2025: on 1 July 2025 it pays Jul-Dec. Then
  // the PP 50/2025 discount for his sector starts only with April 2026's contribution.
  const app = await CheckApp.open(browser, server.url, `${SELF}&region=35.24&group=tobacco&jht=0&date=2025-07-01`);
  const r = await app.readResult();
  assert.equal(r.totals['worker/month'], 0);
  const plan = app.page.locator('#plan');
  assert.equal(await plan.locator('.scheme-months').getAttribute('data-months'), '6');
  assert.match(await plan.innerText(), /Jul 2025 – Des 2025 \(6 bulan\)[\s\S]*Iuran Jan 2026: Rp22.800/);
  await app.page.context().close();
});

test('a month after the last budget year reported, the Lamongan tobacco farmer pays himself and is told to ask', async () => {
  const app = await CheckApp.open(browser, server.url, `${SELF}&region=35.24&group=tobacco&jht=0&date=2026-11-21`);
  const r = await app.readResult();
  assert.equal(r.totals['worker/month'], 8000 + 3400);
  assert.match(await app.page.locator('.local').innerText(), /Terakhir dilaporkan membayar sampai akhir tahun anggaran 2025: tanyakan apakah masih berjalan/);
  await app.page.context().close();
});

test('a scheme whose amount no source published is never shown as a figure', async () => {
  // Makassar (Perwali 62/2018) pays JKK, JKM and from 2026 JHT; no source states the amount.
  const app = await CheckApp.open(browser, server.url, `${SELF}&region=73.71&dtks=1&group=vendor&jht=0&date=2026-11-21`);
  await app.readResult();
  const regional = app.page.locator('.who-pays [data-payer="regional"]');
  assert.equal(await regional.getAttribute('data-published'), 'false');
  assert.equal(await regional.getAttribute('data-idr'), null);
  assert.match(await regional.innerText(), /jumlahnya tidak diumumkan/);
  assert.doesNotMatch(await app.page.locator('.local').innerText(), /JHT: Rp/);
  // Its JHT is for about 45,000 of its 81,466 workers: not counted, and said so.
  assert.match(await app.page.locator('.local').innerText(), /JHT: dibayar untuk sebagian penerima saja; tanyakan apakah Anda termasuk/);
  await app.page.context().close();
});

test('a bad region in a link costs that part only: a notice naming it, and the national default', async () => {
  const rest = `${SELF}&dtks=1&group=fisher&jht=0&date=2026-11-21`;
  for (const region of ['99.99', '13.99', '%%%', 'x'.repeat(100_000), '-']) {
    const app = await CheckApp.open(browser, server.url, `${rest}&region=${region}`);
    await app.page.locator('.notice').waitFor();
    assert.match(await app.page.locator('.notice').innerText(), /region|99/, region.slice(0, 10));
    const r = await app.readResult();
    assert.equal(r.totals['worker/month'], 8000 + 3400, 'the national default, everything else kept');
    assert.deepEqual(app.errors, []);
    await app.page.context().close();
  }
});

test('"I don\'t know / skip" means the national default', async () => {
  const app = await CheckApp.open(browser, server.url, `${SELF}&date=2026-11-21&step=region`);
  await app.answer('region', { skip: true });
  assert.equal(await app.currentField(), 'jht');
  await app.answer('jht', '0');
  const r = await app.seeResult();
  assert.equal(r.totals['worker/month'], 8000 + 3400);
  assert.match(await app.page.locator('.local').innerText(), /Tanyakan ke Dinas Sosial/);
  await app.page.context().close();
});

test('the region question and the results are clean under axe in both languages', async () => {
  const app = await CheckApp.open(browser, server.url, `${SELF}&step=region`);
  await offered(app, 'padang');
  assert.deepEqual(await axeViolations(app.page), []);
  await app.switchLanguage();
  await app.page.locator('html[lang=en]').waitFor();
  await app.page.locator('.places input').first().waitFor();
  assert.match(await app.page.locator('.places').innerText(), /places found/);
  assert.deepEqual(await axeViolations(app.page), []);
  for (const link of [`${SELF}&region=33.19&jht=0`, `${SELF}&region=13.71&dtks=1&group=fisher&jht=0`, `${SELF}&region=32.73&dtks=1&decile=3&group=vendor&jht=0`]) {
    await app.goto(`${link}&date=2026-11-21&lang=en`);
    await app.readResult();
    assert.deepEqual(await axeViolations(app.page), [], link);
  }
  await app.page.context().close();
});

test('keyboard only: type, arrow to a place, Enter goes on', async () => {
  const app = await CheckApp.open(browser, server.url, `${SELF}&step=region`);
  await app.page.locator('#q-region').focus();
  await app.page.keyboard.type('padang');
  await app.page.locator('.places input[value="13.71"]').waitFor();
  await app.page.keyboard.press('Tab');
  await app.page.keyboard.press('Space');
  assert.equal(await app.page.locator('.places input:checked').getAttribute('value'), '13.71');
  await app.page.keyboard.press('Enter');
  await app.page.locator('form.question[data-field="dtks"]').waitFor();
  await app.page.context().close();
});

test('after choosing a place, Back returns to the region question with the place chosen, and Forward comes back', async () => {
  const app = await CheckApp.open(browser, server.url, `work=own_account&age=45&citizen=id&nik=1&income=1500000&date=2026-11-21&step=transport`);
  await app.answer('transport', '0');
  await app.answer('region', { place: 'padang', pick: '13.71' });
  assert.equal(await app.currentField(), 'dtks');
  // The address is written once the new screen is painted.
  await app.page.waitForFunction(() => location.hash.includes('step=dtks'));
  await app.page.goBack();
  await app.page.locator('form.question[data-field="region"]').waitFor();
  await app.page.locator('.places input[value="13.71"]:checked').waitFor();
  await app.page.goBack();
  await app.page.locator('form.question[data-field="transport"]').waitFor();
  await app.page.goForward();
  await app.page.locator('form.question[data-field="region"]').waitFor();
  await app.page.goForward();
  await app.page.locator('form.question[data-field="dtks"]').waitFor();
  await app.page.context().close();
});

test('"Lanjutkan" resumes on the question the saved session was on, once the place is read', async () => {
  const app = await CheckApp.open(browser, server.url, `${SELF}&date=2026-11-21&step=region`);
  await app.answer('region', { place: 'padang', pick: '13.71' });
  assert.equal(await app.currentField(), 'dtks');
  await app.goto('');
  await app.page.locator('.resume button').click();
  await app.page.locator('form.question[data-field="dtks"]').waitFor();
  await app.page.waitForTimeout(300);
  assert.equal(await app.currentField(), 'dtks');
  await app.page.context().close();
});

test('one place found: Enter in the box takes it', async () => {
  const app = await CheckApp.open(browser, server.url, `${SELF}&date=2026-11-21&step=region`);
  await app.page.locator('#q-region').fill('kab. kudus');
  await app.page.locator('.places input[value="33.19"]').waitFor();
  await app.page.locator('#q-region').press('Enter');
  await app.page.locator('form.question[data-field="jht"]').waitFor();
  assert.match(await app.page.evaluate(() => location.hash), /region=33\.19/);
  await app.page.context().close();
});

test('a base no source states is said to be the lowest, as an estimate', async () => {
  const app = await CheckApp.open(browser, server.url, `${SELF}&region=73.71&dtks=1&group=vendor&jht=0&date=2026-11-21`);
  const r = await app.readResult();
  assert.match(r.base.text, /Dasar penghasilan yang dipakai bantuan tidak diumumkan; angka di sini memakai dasar terendah, Rp1.000.000 \(perkiraan\)/);
  assert.equal(await app.page.locator('article[data-program=JKK] .estimate').count(), 1);
  assert.match(await app.page.locator('article[data-program=JKK]').innerText(), /Jika bayar sendiri \(dasar Rp1.600.000\)/);
  await app.page.context().close();
});

test('a region typed in capitals in a link is read, and a damaged one says the national rules are used', async () => {
  const rest = `${SELF}&dtks=1&group=fisher&jht=0&date=2026-11-21`;
  const app = await CheckApp.open(browser, server.url, `${rest}&region=PADANG`);
  assert.equal((await app.readResult()).totals['regional/month'], 16800);
  await app.goto(`${rest}&region=13.7`);
  await app.page.locator('.notice').waitFor();
  assert.match(await app.page.locator('.notice').innerText(), /Kami memakai aturan nasional; ubah daerah Anda di halaman periksa jawaban\.$/);
  await app.page.context().close();
});

test('a tap on "Lihat hasil" while the place is still being read is not undone when it arrives', async () => {
  // The engine worker, which reads the place, arrives late (no service worker to answer first).
  const app = await CheckApp.open(browser, server.url, 'date=2026-11-21', { serviceWorkers: 'block' });
  await app.page.context().route('**/engine-*_bg.wasm', async (route) => {
    await new Promise((done) => setTimeout(done, 1500));
    await route.continue();
  });
  await app.goto(`${SELF}&region=13.71&dtks=1&group=fisher&jht=0&date=2026-11-21&step=check`);
  await app.page.locator('dl.check').waitFor();
  await app.page.locator('[data-action=result]').click();
  await app.page.locator('.result').waitFor({ timeout: 10000 });
  await app.page.waitForTimeout(1000);
  assert.equal(await app.page.locator('dl.check').count(), 0, 'still on the result');
  assert.equal((await app.readResult()).totals['regional/month'], 16800);
  await app.page.context().close();
});
