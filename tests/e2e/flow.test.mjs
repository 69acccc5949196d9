// How the check behaves around the questions: history, changing answers, bad input, links,
// storage, language, small screens and print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './browser.mjs';
import { useServerAndBrowser } from './setup.mjs';
import { CheckApp, DATE } from './app.mjs';

const env = useServerAndBrowser();

const DRIVER = `work=platform&age=30&citizen=id&nik=1&income=3000000&transport=1&region=unknown&jht=1&date=${DATE}`;

async function open(fragment) {
  return CheckApp.open(env.browser, env.server.url, fragment);
}

test('the back button returns to the previous question with its answer kept', async () => {
  const app = await open(`date=${DATE}`);
  await app.start();
  await app.answer('work', 'own_account');
  await app.answer('age', '40');
  assert.equal(await app.currentField(), 'citizen');
  await app.page.goBack();
  await app.page.locator('form.question[data-field=age]').waitFor();
  assert.equal(await app.page.inputValue('#q-age'), '40');
  await app.page.goBack();
  await app.page.locator('form.question[data-field=work]').waitFor();
  assert.ok(await app.page.isChecked('input[name=work][value=own_account]'));
  assert.equal(await app.page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus on the heading');
  await app.page.context().close();
});

test('a change from the check-answers screen comes back to it with the new answer', async () => {
  const app = await open(`${DRIVER}&step=check`);
  await app.page.locator('dl.check').waitFor();
  await app.page.locator('.check-row[data-field=income] button').click();
  await app.answer('income', { type: '2,5 juta', echo: 'Rp2.500.000 per bulan' });
  await app.page.locator('dl.check').waitFor();
  assert.match(await app.page.locator('.check-row[data-field=income] .answer').innerText(), /Rp2\.500\.000 per bulan/);
  const r = await app.seeResult();
  // Rp2,500,000 falls in the Rp2,600,000 row: JKK 26,000 halved, JKM halved, JHT 2 % of the base.
  assert.equal(r.totals['worker/month'], 13000 + 3400 + 52000);
  await app.page.context().close();
});

test('bad input gets an error summary and an inline message, never a crash', async () => {
  const app = await open(`work=own_account&step=age&date=${DATE}`);
  const cases = [
    ['age', '4O', /Tulis angka saja/],
    ['age', '9', /antara 15 dan 100/],
  ];
  for (const [field, typed, message] of cases) {
    await app.page.fill(`#q-${field}`, typed);
    await app.page.locator('button[type=submit]').click();
    await app.page.locator('.error-summary').waitFor();
    assert.match(await app.page.locator('.error-summary').innerText(), message);
    assert.match(await app.page.locator('.error').innerText(), message);
    assert.equal(await app.page.getAttribute(`#q-${field}`, 'aria-invalid'), 'true');
  }
  assert.deepEqual(await axeViolations(app.page), [], 'the error state is accessible');
  await app.goto(`work=own_account&age=40&citizen=id&nik=1&step=income&date=${DATE}`);
  for (const [typed, message] of [['satu juta', /misalnya 1\.500\.000/], ['-1.500.000', /tidak boleh minus/], ['', /Isi jumlahnya/]]) {
    await app.page.fill('#q-income', typed);
    await app.page.locator('button[type=submit]').click();
    await app.page.locator('.error-summary', { hasText: message }).waitFor();
  }
  assert.deepEqual(app.errors, []);
  await app.page.context().close();
});

test('a share link opens the result directly; a tampered one opens the first question with a notice', async () => {
  const app = await open(DRIVER);
  const r = await app.readResult();
  assert.equal(r.category, 'bpu');
  assert.equal(r.totals['worker/month'], 14750 + 3400 + 59000);
  const link = await app.page.inputValue('#share-link');
  assert.ok(link.includes('#') && link.includes('work=platform') && !link.includes('step='), link);
  await app.page.locator('svg.qr path').waitFor();
  assert.equal(await app.page.locator('svg.qr path').count(), 1);

  // Copying says whether it worked, and how to copy by hand when the browser refuses.
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  await app.page.locator('[data-action=copy]').click();
  await app.page.locator('.copied', { hasText: 'Tautan disalin.' }).waitFor();
  assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), link);
  await app.page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
  await app.page.locator('[data-action=copy]').click();
  await app.page.locator('.copied', { hasText: 'tekan lama tautan' }).waitFor();

  // Pasted into the address bar of the open tab: the page does not reload.
  await app.page.evaluate(() => { window.location.hash = 'work=abroad&age=27&citizen=id&pmi_via=individual&pmi_months=12&jht=0&date=2026-11-21'; });
  await app.page.locator('.result[data-category=pmi]').waitFor();
  assert.equal((await app.readResult()).totals['worker/once'], 189000);

  // A bad or repeated value costs that value only: the notice names it, the rest is kept, and
  // the first question still missing opens.
  for (const [bad, field] of [['work=astronaut&age=30', 'work'], ['age=30&age=31', 'work'], ['work=employee&age=-4', 'age'], ['date=2026-13-45', 'work'], ['work', 'work'], ['income=1e6&work=own_account', 'age']]) {
    await app.goto(bad);
    await app.page.locator('.notice').waitFor();
    assert.equal(await app.currentField(), field, bad);
  }
  assert.deepEqual(await axeViolations(app.page), []);
  assert.deepEqual(app.errors, []);
  await app.page.context().close();
});

test("after a share link pasted into the open tab, Back returns to the result before it, not the link's answers under the old address", async () => {
  const app = await open(DRIVER);
  assert.equal((await app.readResult()).category, 'bpu');
  await app.page.evaluate(() => { window.location.hash = 'work=abroad&age=27&citizen=id&pmi_via=individual&pmi_months=12&jht=0&date=2026-11-21'; });
  await app.page.locator('.result[data-category=pmi]').waitFor();
  await app.page.goBack();
  await app.page.locator('.result[data-category=bpu]').waitFor();
  assert.equal((await app.readResult()).totals['worker/month'], 14750 + 3400 + 59000);
  // An address with only a date: the intro, and Back the driver's result again.
  await app.page.evaluate((date) => { window.location.hash = `date=${date}`; }, DATE);
  await app.page.locator('.result').waitFor({ state: 'detached' });
  await app.page.goBack();
  await app.page.locator('.result[data-category=bpu]').waitFor();
  // Forward again: the date's intro.
  await app.page.goForward();
  await app.page.locator('.result').waitFor({ state: 'detached' });
  assert.deepEqual(app.errors, []);
  await app.page.context().close();
});

test('progress is kept on the device, offered back, and cleared by the reset', async () => {
  const app = await open(`date=${DATE}`);
  await app.start();
  await app.answer('work', 'own_account');
  await app.answer('age', '40');
  await app.goto('');
  await app.page.locator('.resume').waitFor();
  await app.page.locator('.resume button').click();
  await app.page.locator('form.question[data-field=citizen]').waitFor();

  await app.goto(DRIVER);
  await app.page.locator('.result').waitFor();
  await app.page.locator('.actions.end .button').click();
  await app.page.locator('.lead').first().waitFor();
  assert.equal(await app.page.evaluate(() => localStorage.getItem('cek-jamsostek')), null);
  await app.goto('');
  assert.equal(await app.page.locator('.resume').count(), 0);

  await app.page.evaluate(() => localStorage.setItem('cek-jamsostek', 'work=%%%&&&age=-1'));
  await app.goto('');
  assert.equal(await app.page.locator('.resume').count(), 0, 'corrupt storage is ignored');
  assert.deepEqual(app.errors, []);
  await app.page.context().close();
});

test('the language choice is remembered and sets <html lang>', async () => {
  const app = await open('');
  await app.switchLanguage();
  assert.equal(await app.heading(), 'Check your employment social security');
  assert.equal(await app.page.getAttribute('html', 'lang'), 'en');
  await app.goto('');
  assert.equal(await app.page.getAttribute('html', 'lang'), 'en');
  assert.equal(await app.page.locator('.lang-toggle').innerText(), 'Bahasa Indonesia');
  await app.page.context().close();
});

test('usable at 320px wide and at 200% zoom', async () => {
  for (const width of [320, 640]) {
    const app = await open(DRIVER);
    await app.page.setViewportSize({ width, height: 740 });
    if (width === 640) await app.page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    for (const fragment of ['lang=id', 'lang=en', DRIVER, `${DRIVER}&lang=en`, `work=employee&step=income&date=${DATE}`, `step=work&date=${DATE}&lang=en`, `work=own_account&age=66&citizen=id&lang=en`]) {
      await app.goto(fragment);
      const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${width}px ${fragment}: ${overflow}px of horizontal scrolling`);
    }
    await app.page.context().close();
  }
});

test('the result prints on one A4 page', async () => {
  const app = await open(`work=employee&age=35&citizen=id&income=4000000&scale=medium&risk=3&date=${DATE}`);
  await app.page.locator('.result').waitFor();
  await app.page.emulateMedia({ media: 'print' });
  const pdf = await app.page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1);
  await app.page.context().close();
});
