// The size gate: the first page load of the release build, brotli-compressed, stays within the
// budget in scripts/first-load.mjs. Bytes are deterministic, unlike time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
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
