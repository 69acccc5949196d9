// Size report (a benchmark, not a test): loads the release build in Chromium, records every file
// the first page load downloads, and prints its raw, gzip and brotli bytes and the totals.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve, DIST } from '../tests/e2e/server.mjs';
import { launch, phonePage } from '../tests/e2e/browser.mjs';

const server = await serve();
const browser = await launch();
const { page } = await phonePage(browser);
const paths = new Set();
page.on('requestfinished', (req) => {
  const url = new URL(req.url());
  if (url.origin === new URL(server.url).origin) paths.add(url.pathname);
});
await page.goto(server.url, { waitUntil: 'networkidle' });
await page.locator('[data-app-ready]').waitFor();
await browser.close();
await server.close();

const rows = [];
for (const path of [...paths].sort()) {
  const body = await readFile(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
  rows.push({
    file: path,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  });
}
const total = rows.reduce(
  (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);
const width = Math.max(5, ...rows.map((r) => r.file.length));
const line = (name, r) =>
  `${name.padEnd(width)}  ${String(r.raw).padStart(9)}  ${String(r.gzip).padStart(9)}  ${String(r.brotli).padStart(9)}`;
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`);
rows.forEach((r) => console.log(line(r.file, r)));
console.log(line('total', total));
console.log(`first load: ${rows.length} files, ${total.brotli} bytes brotli (${(total.brotli / 1024).toFixed(1)} KiB)`);
