// From result to enrolment: sharing (share sheet or WhatsApp), the next steps' links per route,
// the payment plan across a discount window's end, the calendar reminder, and read-aloud with a
// voice on the device.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { useServerAndBrowser } from './setup.mjs';
import { phonePage, axeViolations } from './browser.mjs';
import { CheckApp } from './app.mjs';

const env = useServerAndBrowser();

const VENDOR = 'work=own_account&age=40&citizen=id&nik=1&income=1000000&transport=0&region=unknown&jht=0';
const DRIVER = 'work=platform&age=30&citizen=id&nik=1&income=4000000&transport=1&region=unknown&jht=1';
const PADANG_FISHER = 'work=own_account&age=45&citizen=id&nik=1&income=1500000&transport=0&dtks=1&region=padang&group=fisher&jht=0';
const EMPLOYEE = 'work=employee&age=35&citizen=id&income=4000000&scale=medium&risk=3';
const CONSTRUCTION = 'work=construction&age=28&citizen=id&income=3750000&contract=500000000';
const MIGRANT = 'work=abroad&age=27&citizen=id&pmi_via=agency&pmi_months=24&jht=0';
const TOO_OLD = 'work=own_account&age=66&citizen=id';

const ADDRESSES = {
  'register-bpu': 'https://www.bpjsketenagakerjaan.go.id/bpu',
  'jmo-android': 'https://play.google.com/store/apps/details?id=com.bpjstku',
  'jmo-ios': 'https://apps.apple.com/id/app/jmo-jamsostek-mobile/id1444834757',
  'call-175': 'tel:175',
};

/** Opens a result link on a phone page, after `init` (a script run before the app's). */
async function result(fragment, { init, lang = 'id' } = {}) {
  const { page, errors } = await phonePage(env.browser);
  if (init) await page.addInitScript(init);
  const app = new CheckApp(page, errors, env.server.url);
  await app.goto(`${fragment}&lang=${lang}&step=result`);
  await app.readResult();
  return app;
}

async function done(app) {
  assert.deepEqual(app.errors, []);
  await app.page.context().close();
}

/** The next steps' links in order: [channel, href, target, rel]. */
function links(page) {
  return page.$$eval('.next-steps a[data-channel]', (as) =>
    as.map((a) => [a.dataset.channel, a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]));
}

const SUMMARY_ID = 'Cek Jamsostek: saya termasuk pekerja mandiri (Bukan Penerima Upah); saya bayar Rp8.400 per bulan (potongan PP 50/2025 sampai Des 2026).';

test('Bagikan opens the share sheet with the one-line summary and the result link', async () => {
  const app = await result(`${VENDOR}&date=2026-11-22`, {
    init: () => {
      navigator.share = (data) => {
        window.__shared = data;
        return Promise.resolve();
      };
    },
  });
  const { page } = app;
  assert.ok(await page.locator('.share-sheet').isVisible(), 'Bagikan shows');
  assert.ok(!(await page.locator('.whatsapp').isVisible()), 'WhatsApp link gives way to the share sheet');
  await page.locator('.share-sheet').click();
  await page.waitForFunction(() => window.__shared);
  const shared = await page.evaluate(() => window.__shared);
  assert.equal(shared.text, SUMMARY_ID);
  assert.equal(shared.url, await page.locator('#share-link').inputValue());
  assert.match(shared.url, /income=1000000/);
  await done(app);
});

test('a share sheet that refuses leaves WhatsApp and says so; closing it says nothing', async () => {
  const app = await result(`${VENDOR}&date=2026-11-22`, {
    init: () => {
      navigator.share = () => {
        window.__tries = (window.__tries ?? 0) + 1;
        const name = window.__tries === 1 ? 'AbortError' : 'NotAllowedError';
        return Promise.reject(new DOMException('no', name));
      };
    },
  });
  const { page } = app;
  await page.locator('.share-sheet').click();
  await page.waitForFunction(() => window.__tries === 1);
  await page.waitForTimeout(100);
  assert.equal(await page.locator('.share .copied').innerText(), '', 'a closed share sheet is no error');
  await page.locator('.share-sheet').click();
  await page.locator('.share .copied', { hasText: 'Menu bagikan tidak terbuka' }).waitFor();
  assert.ok(await page.locator('.whatsapp').isVisible());
  assert.ok(!(await page.locator('.share-sheet').isVisible()));
  await done(app);
});

test('a second tap on Bagikan while the share sheet is open is no failure', async () => {
  const app = await result(`${VENDOR}&date=2026-11-22`, {
    init: () => {
      let open = false;
      window.__calls = 0;
      navigator.share = () => {
        window.__calls += 1;
        // As Chromium does: one share at a time.
        if (open) return Promise.reject(new DOMException('busy', 'InvalidStateError'));
        open = true;
        return new Promise(() => {});
      };
    },
  });
  const { page } = app;
  await page.locator('.share-sheet').click();
  await page.locator('.share-sheet').click({ timeout: 2000 });
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.share .copied').innerText(), '');
  assert.ok(await page.locator('.share-sheet').isVisible(), 'Bagikan stays');
  assert.ok(!(await page.locator('.whatsapp').isVisible()));
  await done(app);
});

test('without a share sheet: a WhatsApp link with summary and link, and the copy button', async () => {
  for (const [lang, summary] of [
    ['id', SUMMARY_ID],
    ['en', 'Cek Jamsostek: I am a self-employed worker (Non-Wage Recipient); I pay Rp8.400 a month (PP 50/2025 discount until Dec 2026).'],
  ]) {
    const app = await result(`${VENDOR}&date=2026-11-22`, { lang });
    const { page } = app;
    assert.ok(!(await page.locator('.share-sheet').isVisible()), 'no Bagikan without a share sheet');
    const wa = page.locator('.whatsapp');
    assert.ok(await wa.isVisible());
    const href = new URL(await wa.getAttribute('href'));
    assert.equal(href.origin + href.pathname, 'https://wa.me/');
    const url = await page.locator('#share-link').inputValue();
    assert.equal(href.searchParams.get('text'), `${summary} ${url}`);
    assert.equal(await wa.getAttribute('target'), '_blank');
    assert.equal(await wa.getAttribute('rel'), 'noopener');
    assert.ok(await page.locator('[data-action=copy]').isVisible());
    await done(app);
  }
});

test("each route's next steps offer its own links, official addresses, opened in a new tab", async () => {
  const web = (channel) => [channel, ADDRESSES[channel], '_blank', 'noopener'];
  const call = ['call-175', 'tel:175', null, null];
  const cases = [
    [VENDOR, [web('register-bpu'), web('jmo-android'), web('jmo-ios'), call]],
    [DRIVER, [web('register-bpu'), web('jmo-android'), web('jmo-ios'), call]],
    [EMPLOYEE, [web('jmo-android'), web('jmo-ios'), call, call]],
    [CONSTRUCTION, [web('jmo-android'), web('jmo-ios'), call]],
    [MIGRANT, [web('jmo-android'), web('jmo-ios'), call]],
    [TOO_OLD, [call]],
  ];
  const seen = [];
  for (const [fragment, expected] of cases) {
    const app = await result(`${fragment}&date=2026-11-22`);
    assert.deepEqual(await links(app.page), expected, fragment);
    const category = await app.page.locator('.result').getAttribute('data-category');
    seen.push(category);
    await done(app);
  }
  assert.deepEqual(seen, ['bpu', 'bpu', 'pu', 'jakon', 'pmi', 'none'], 'every category');
});

test('a Padang scheme applicant is sent to the kelurahan first; registering alone is the fallback', async () => {
  const app = await result(`${PADANG_FISHER}&date=2026-11-22`);
  const steps = await app.page.$$eval('.next-steps ol > li', (lis) =>
    lis.map((li) => ({ text: li.querySelector('span').innerText, links: [...li.querySelectorAll('a')].map((a) => a.dataset.channel) })));
  assert.match(steps[0].text, /Kota Padang/);
  assert.match(steps[1].text, /^Ajukan diri lewat kantor kelurahan\./);
  assert.deepEqual(steps[1].links, []);
  assert.match(steps[2].text, /Jika tidak lolos verifikasi/);
  assert.deepEqual(steps[2].links, ['register-bpu', 'jmo-android', 'jmo-ios']);
  // The scheme pays: no payment plan and no income rows to choose from.
  assert.equal(await app.page.locator('.plan').count(), 0);
  assert.equal(await app.page.locator('.declare-more').count(), 0);
  await app.switchLanguage();
  await app.page.locator('.next-steps a[data-channel=jmo-android]', { hasText: 'JMO on Google Play' }).waitFor();
  await done(app);
});

/** The pay-ahead table: months → rupiah. */
function payAhead(page) {
  return page.$$eval('.pay-ahead tbody tr', (trs) => trs.map((tr) => [Number(tr.dataset.months), Number(tr.dataset.idr)]));
}

test('the payment plan prices each month by its own rules: the discount ends with its window', async () => {
  // Non-transport window April – December 2026: November and December at Rp8.400, then Rp16.800.
  const app = await result(`${VENDOR}&date=2026-11-22`);
  const { page } = app;
  assert.deepEqual(await payAhead(page), [[1, 8_400], [3, 33_600], [6, 84_000], [12, 184_800]]);
  assert.match(await page.locator('.pay-ahead tbody tr[data-months="12"]').innerText(), /Nov 2026 – Okt 2027\s+Rp184\.800/);
  assert.match(await page.locator('.plan .discount-end').innerText(), /sampai Des 2026/);
  assert.match(await page.locator('.plan .lapse').innerText(), /Lebih dari 3 bulan berturut-turut tidak membayar, kepesertaan berakhir/);
  assert.match(await page.locator('.plan .where').innerText(), /Indomaret/);
  await page.locator('.plan .months summary').click();
  const months = await page.$$eval('.plan .months li', (lis) => lis.map((li) => [li.dataset.month, Number(li.dataset.idr), !!li.querySelector('.discounted')]));
  assert.deepEqual(months.slice(0, 3), [['2026-11', 8_400, true], ['2026-12', 8_400, true], ['2027-01', 16_800, false]]);
  await done(app);

  // The transport window runs to March 2027: the §5.1 driver pays Rp102.150 to March, then Rp125.300.
  const driver = await result(`${DRIVER}&date=2027-01-15`, { lang: 'en' });
  assert.deepEqual(await payAhead(driver.page), [
    [1, 102_150], [3, 306_450], [6, 306_450 + 3 * 125_300], [12, 306_450 + 9 * 125_300],
  ]);
  assert.match(await driver.page.locator('.plan .discount-end').innerText(), /up to Mar 2027/);
  await done(driver);

  // Checked in February 2026, all twelve months are discounted: the window still ends in March 2027.
  const early = await result(`${DRIVER}&date=2026-02-28`);
  assert.match(await early.page.locator('.plan .discount-end').innerText(), /sampai Mar 2027/);
  await done(early);

  // Near the end of the rule base the plan says why it is short.
  const late = await result(`${VENDOR}&date=2030-11-30`);
  assert.deepEqual(await payAhead(late.page), [[1, 16_800]]);
  assert.match(await late.page.locator('.plan .cut-short').innerText(), /sampai Des 2030/);
  await done(late);
});

test('"Ingatkan saya" downloads a calendar file made on the phone that parses as iCalendar', async () => {
  const app = await result(`${VENDOR}&date=2026-11-22`);
  const { page } = app;
  const remind = page.locator('.plan a.remind');
  assert.equal(await remind.innerText(), 'Ingatkan saya');
  const [download] = await Promise.all([page.waitForEvent('download'), remind.click()]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  const text = readFileSync(await download.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent'));
  assert.equal(event.summary, 'Bayar iuran BPJS Ketenagakerjaan');
  assert.equal(event.startDate.toString(), '2026-12-22');
  const rule = event.component.getFirstPropertyValue('rrule');
  assert.equal(rule.freq, 'MONTHLY');
  // One reminder for each month of the plan after the first, paid on registering.
  assert.equal(rule.count, 11);
  assert.match(event.description, /Nov 2026 – Des 2026: Rp8\.400 per bulan; Jan 2027 – Okt 2027: Rp16\.800 per bulan/);
  assert.ok(event.component.getFirstSubcomponent('valarm'), 'the reminder has an alarm');
  const iterator = event.iterator();
  const dates = [];
  for (let next = iterator.next(); next && dates.length < 13; next = iterator.next()) dates.push(next.toString());
  assert.equal(dates.length, 11);
  assert.equal(dates[10], '2027-10-22');
  await done(app);
});

/** A speech stub: voices as given; records what is spoken and cancelled. */
function speechStub(voices) {
  return `(() => {
    const voices = ${JSON.stringify(voices)};
    window.__spoken = [];
    window.__cancelled = 0;
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
    const synth = {
      speaking: false,
      onvoiceschanged: null,
      getVoices: () => voices,
      speak(u) { window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }); },
      cancel() { window.__cancelled += 1; },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  })()`;
}

const LOCAL_ID = { name: 'Indonesia lokal', lang: 'id-ID', localService: true };
const REMOTE_ID = { name: 'Indonesia online', lang: 'id-ID', localService: false };
const REMOTE_EN = { name: 'English online', lang: 'en-US', localService: false };

test('Dengarkan reads the question and the result summary with the voice on the device', async () => {
  const { page, errors } = await phonePage(env.browser);
  await page.addInitScript(speechStub([REMOTE_ID, LOCAL_ID, REMOTE_EN]));
  const app = new CheckApp(page, errors, env.server.url);
  await app.goto('date=2026-11-22&work=own_account&step=age');
  await page.locator('form.question[data-field=age]').waitFor();
  const speak = page.locator('form.question .speak');
  assert.ok(await speak.isVisible(), 'Dengarkan on the question');
  await speak.click();
  let spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].voice, 'Indonesia lokal', 'only the voice on the device');
  assert.equal(spoken[0].lang, 'id-ID');
  assert.ok(spoken[0].text.startsWith(`${await app.heading()}`), spoken[0].text);

  // Another screen stops the reading.
  const before = await page.evaluate(() => window.__cancelled);
  await page.locator('#q-age').fill('40');
  await page.locator('form.question button[type=submit]').click();
  await page.waitForFunction((n) => window.__cancelled > n, before);

  await app.goto(`${VENDOR}&date=2026-11-22&step=result`);
  await app.readResult();
  await page.locator('.result .speak').click();
  spoken = await page.evaluate(() => window.__spoken);
  const text = spoken.at(-1).text;
  assert.match(text, /^Anda termasuk peserta Bukan Penerima Upah \(pekerja mandiri\)\. Anda mendaftar/);
  assert.match(text, /Anda bayar\. Rp8\.400 per bulan\./);
  assert.match(text, /Siapa membayar\./);

  // No English voice on this device: in English the button is gone.
  await app.switchLanguage();
  await page.locator('.result .speak[data-lang=en]').waitFor({ state: 'attached' });
  assert.ok(!(await page.locator('.result .speak').isVisible()));
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('Dengarkan is absent without a voice on the device, and in a browser without speech', async () => {
  for (const init of [speechStub([REMOTE_ID, REMOTE_EN]), () => { delete Window.prototype.speechSynthesis; }]) {
    const app = await result(`${VENDOR}&date=2026-11-22`, { init });
    assert.equal(await app.page.locator('.result .speak').count(), 1);
    assert.ok(!(await app.page.locator('.result .speak').isVisible()));
    await done(app);
  }
});

test('the summary of a migrant worker and of someone who cannot join reads in the first person', async () => {
  const migrant = await result(`${MIGRANT}&date=2026-11-22`, { lang: 'en' });
  assert.match(await migrant.page.locator('.whatsapp').getAttribute('href'), /I%20pay%20Rp[0-9.]+%20once/);
  await done(migrant);
  const old = await result(`${TOO_OLD}&date=2026-11-22`);
  const text = new URL(await old.page.locator('.whatsapp').getAttribute('href')).searchParams.get('text');
  assert.match(text, /^Cek Jamsostek: hasil saya: /);
  await done(old);
});

test('the income rows fit a phone even with an estimate badge', async () => {
  for (const [lang, mode] of [['id', ''], ['en', ''], ['id', '&mode=demo']]) {
    const app = await result(`${VENDOR.replace('income=1000000', 'income=18000000')}&date=2026-11-22${mode}`, { lang });
    assert.ok((await app.page.locator('.declare-more .estimate').count()) > 0);
    assert.ok(await app.page.evaluate(() => document.documentElement.scrollWidth <= 360), `${lang}${mode}`);
    await done(app);
  }
});

test('the result with its plan, rows and links passes axe in both languages, and in demo mode', async () => {
  for (const extra of ['lang=id', 'lang=en', 'lang=id&mode=demo']) {
    const { page, errors } = await phonePage(env.browser);
    const app = new CheckApp(page, errors, env.server.url);
    await app.goto(`${VENDOR.replace('income=1000000', 'income=4000000')}&date=2026-11-22&${extra}&step=result`);
    await app.readResult();
    assert.equal(await page.locator('.declare-more tbody tr').count(), 4);
    assert.deepEqual(await axeViolations(page), [], extra);
    await done(app);
  }
});
