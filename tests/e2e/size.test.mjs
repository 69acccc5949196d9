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
