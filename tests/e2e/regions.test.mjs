// Region profiles at run time: a municipality serves regions/<id>.json next to the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, DIST } from './server.mjs';
import { launch } from './browser.mjs';
import { CheckApp, DATE } from './app.mjs';

const padang = JSON.parse(readFileSync(new URL('../../examples/regions/padang.json', import.meta.url)));
const village = {
  ...padang,
  id: 'desa-contoh',
  name: 'Desa Contoh',
  scheme: { ...padang.scheme, instrument: 'Perdes Contoh 1/2026', payer: 'village', office: { id: 'Kantor Desa Contoh', en: 'Contoh village office' } },
};
const broken = { ...padang, id: 'rusak', scheme: { ...padang.scheme, pays: { JKK: 10000, JP: 20000 } } };

let server;
let browser;
before(async () => {
  server = await serve(DIST, {
    '/regions/desa-contoh.json': JSON.stringify(village),
    '/regions/rusak.json': JSON.stringify(broken),
    '/regions/bukan-json.json': '{"id": "bukan-json", ',
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const FISHER = `work=own_account&age=45&citizen=id&nik=1&income=1500000&transport=0&dtks=1&group=fisher&jht=0&date=${DATE}`;

test('a served profile pays what it states, by the payer it names', async () => {
  const app = await CheckApp.open(browser, server.url, `${FISHER}&region=desa-contoh`);
  await app.page.locator('.result [data-total][data-payer=village]').waitFor();
  const r = await app.readResult();
  assert.equal(r.totals['village/month'], 16800);
  assert.equal(r.totals['worker/month'], 0);
  assert.match(await app.page.locator('.local').innerText(), /Desa Contoh/);
  assert.equal(await app.page.locator('.notice').count(), 0);
  await app.page.context().close();
});

for (const [id, field] of [['rusak', 'scheme.pays.JP'], ['bukan-json', 'JSON'], ['tidak-ada', null]]) {
  test(`a ${field ? 'bad' : 'missing'} profile (${id}) gets a notice and the national default`, async () => {
    const app = await CheckApp.open(browser, server.url, `${FISHER}&region=${id}`);
    const notice = app.page.locator('.notice');
    await notice.waitFor();
    const text = await notice.innerText();
    assert.match(text, new RegExp(id));
    if (field) assert.ok(text.includes(field), text);
    const r = await app.readResult();
    assert.equal(r.totals['regional/month'], undefined);
    assert.equal(r.totals['village/month'], undefined);
    assert.equal(r.totals['worker/month'], 8000 + 3400, 'self-paid, with no subsidy the file does not state');
    assert.match(await app.page.locator('.local').innerText(), /Dinas Sosial atau Dinas Tenaga Kerja/);
    assert.deepEqual(app.errors.filter((e) => !e.includes('404')), []);
    await app.page.context().close();
  });
}
