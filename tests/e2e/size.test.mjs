// The size gate: the first page load of the release build, brotli-compressed, stays within the
// budget in scripts/first-load.mjs. Bytes are deterministic, unlike time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, serve } from './server.mjs';
import { launch } from './browser.mjs';
import { BUDGET, firstLoad, table } from '../../scripts/first-load.mjs';

test(`the first load is at most ${BUDGET.firstLoadBrotli} bytes brotli`, async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const load = await firstLoad(browser, server.url);
    console.log(table(load));
    assert.ok(load.rows.some((r) => r.file.endsWith('.wasm')), 'the app itself is part of the first load');
    assert.ok(load.total.brotli <= BUDGET.firstLoadBrotli, `first load ${load.total.brotli} bytes brotli > ${BUDGET.firstLoadBrotli}`);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('no wasm of the build carries wasm-streams, which nothing here uses: no export, no glue class, none of the code its futures run', async () => {
  const files = readdirSync(DIST);
  const wasms = files.filter((f) => f.endsWith('_bg.wasm'));
  assert.ok(wasms.length >= 4, `the app and its three workers: ${wasms}`);
  for (const wasm of wasms) {
    const exports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(join(DIST, wasm)))).map((e) => e.name);
    assert.deepEqual(exports.filter((e) => /intounderlying/i.test(e)), [], `${wasm} exports no wasm-streams class`);
    // A worker's glue is inside its loader (scripts/hash-worker.mjs).
    const beside = [wasm.replace(/_bg\.wasm$/, '.js'), wasm.replace(/_bg\.wasm$/, '_loader.js')].filter((f) => files.includes(f));
    assert.equal(beside.length, 1, `${wasm} has its glue beside it`);
    const glue = readFileSync(join(DIST, beside[0]), 'utf8');
    assert.doesNotMatch(glue, /IntoUnderlying/, `${wasm}'s glue has no wasm-streams class`);
    // Its futures, reached through the function table, fed a stream's controller: none is left
    // to call one (scripts/strip-streams.mjs).
    assert.doesNotMatch(glue, /\.(?:byobRequest|respond|enqueue)\b/, `${wasm}'s glue imports no stream controller's method`);
  }
});

test("neither the page's wasm nor the engine's carries the registry: the engine downloads its parts", () => {
  // Every scheme's first source address: text only the registry holds.
  const schemes = readdirSync('data/schemes').map((f) => JSON.parse(readFileSync(join('data/schemes', f), 'utf8')));
  const addresses = schemes.flatMap((d) => (d.schemes ?? [d.scheme]).map((s) => s.sources[0].address));
  assert.ok(addresses.length > 100, `${addresses.length} schemes`);
  const files = readdirSync(DIST);
  for (const name of ['cek-jamsostek-', 'engine-']) {
    const wasm = readFileSync(join(DIST, files.find((f) => f.startsWith(name) && f.endsWith('_bg.wasm'))), 'utf8');
    assert.deepEqual(addresses.filter((a) => wasm.includes(a)), [], name);
  }
  // The staff worker has it compiled in, so the test would see it there.
  const staff = readFileSync(join(DIST, files.find((f) => f.startsWith('staff-') && f.endsWith('_bg.wasm'))), 'utf8');
  assert.ok(addresses.every((a) => staff.includes(a)), 'the staff worker carries every scheme');
  const parts = files.filter((f) => /^registry-\d\d-[0-9a-f]{16}\.txt$/.test(f)).map((f) => readFileSync(join(DIST, f), 'utf8')).join('');
  assert.ok(addresses.every((a) => parts.includes(a)), "every scheme is in a part");
});
