// What the first page load downloads, file by file: loads `url` in Chromium, records every
// same-origin file fetched until the app is ready and the network is idle, and measures each
// file of dist/ raw, gzip and brotli. Shared by the benchmark and the size gate.
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { COMPRESSIBLE, compress, DIST } from '../tests/e2e/server.mjs';
import { phonePage } from '../tests/e2e/browser.mjs';

/** The performance budget (issue 6). Bytes are 1,000 to the KB. */
export const BUDGET = {
  firstLoadBrotli: 80_000,
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  lcpMs: 1000,
  cls: 0,
  answerToResultMs: 16,
};

export async function firstLoad(browser, url) {
  const { page } = await phonePage(browser);
  const paths = new Set();
  page.on('requestfinished', (req) => {
    const u = new URL(req.url());
    if (u.origin === new URL(url).origin) paths.add(u.pathname);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('[data-app-ready]').waitFor();
  await page.context().close();
  const rows = [];
  for (const path of [...paths].sort()) {
    const body = await readFile(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
    rows.push({ file: path, raw: body.length, gzip: compress(body, 'gzip').length, brotli: compress(body, 'br').length });
  }
  const total = rows.reduce(
    (t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { rows, total };
}

/**
 * The first visit: the first load's files, then each file the service worker stores that the
 * first load did not fetch (as served: brotli where the server compresses, else raw).
 */
export async function firstVisit(load) {
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  const stored = JSON.parse(sw.match(/const ASSETS = (\[.*\]);/)[1]).map((p) => (p === './' ? '/' : p.slice(1)));
  const rows = [...load.rows];
  for (const path of stored.filter((p) => !load.rows.some((r) => r.file === p))) {
    const body = await readFile(join(DIST, path === '/' ? 'index.html' : path));
    const brotli = COMPRESSIBLE.has(extname(path)) ? compress(body, 'br').length : body.length;
    rows.push({ file: `${path} (stored)`, raw: body.length, gzip: COMPRESSIBLE.has(extname(path)) ? compress(body, 'gzip').length : body.length, brotli });
  }
  const total = rows.reduce(
    (t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { rows, total };
}

/** The rows as a table: file, raw, gzip, brotli. */
export function table({ rows, total }) {
  const width = Math.max(5, ...rows.map((r) => r.file.length));
  const cell = (v) => String(v).padStart(9);
  const line = (r) => `${r.file.padEnd(width)}  ${cell(r.raw)}  ${cell(r.gzip)}  ${cell(r.brotli)}`;
  return [line({ file: 'file', raw: 'raw', gzip: 'gzip', brotli: 'brotli' }), ...rows.map(line), line(total)].join('\n');
}
