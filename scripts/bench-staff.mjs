// Benchmark (not a test) of the staff page: its own bytes (brotli, what opening it downloads)
// and its Excel worker's (loaded only when a workbook is chosen or asked for), and a list of ROWS
// workers (default 100,000; the same mix as bench-batch.sh) checked in Chromium on this machine,
// from choosing the file to the result on screen, then the export: as CSV, and as the .xlsx
// LibreOffice makes of it when `soffice` is on PATH (skipped without it).
// Usage: node scripts/bench-staff.mjs [ROWS]   (after trunk build --release --offline)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { serve, DIST } from '../tests/e2e/server.mjs';
import { launch, phonePage } from '../tests/e2e/browser.mjs';

const rows = Number(process.argv[2] ?? 100000);
const br = (file) => brotliCompressSync(readFileSync(join(DIST, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const files = readdirSync(DIST).filter((f) => /^(staff[.-]|main\.css$)/.test(f)).sort();
let total = 0;
for (const f of files) {
  const n = br(f);
  total += n;
  console.log(`${f.padEnd(36)} ${String(n).padStart(7)} B brotli`);
}
console.log(`staff page, all its files: ${total} B brotli`);
let sheets = 0;
for (const f of readdirSync(DIST).filter((f) => /^sheets-/.test(f)).sort()) {
  const n = br(f);
  sheets += n;
  console.log(`${f.padEnd(36)} ${String(n).padStart(7)} B brotli`);
}
console.log(`Excel worker, loaded when a workbook is chosen or asked for: ${sheets} B brotli`);

const lines = ['work;age;citizen;nik;income;transport;dtks;group;jht;scale;risk;contract;pmi_via;pmi_months;region'];
for (let i = 0; i < rows; i++) {
  const k = i % 8, age = 18 + (i % 47), inc = 1000000 + (i % 200) * 50000;
  lines.push([
    `own_account;${age};id;1;${inc};0;0;vendor;0;;;;;;`,
    `platform;${age};id;1;"${inc}";1;;;1;;;;;;`,
    `own_account;${age};id;1;1.500.000;0;1;fisher;0;;;;;;padang`,
    `employee;${age};id;;${inc * 2};;;;;medium;3;;;;`,
    `construction;${age};id;;${inc};;;;;;;500000000;;;`,
    `abroad;${age};id;;;;;;0;;;;agency;24;`,
    'own_account;70;id',
    `own_account;${age};id;1;banyak;0;0;vendor;0;;;;;;`,
  ][k]);
}
const csv = Buffer.from(lines.join('\r\n') + '\r\n');
console.log(`input: ${rows} rows, ${(csv.length / 1e6).toFixed(1)} MB`);

// The same list as LibreOffice saves it as a workbook, when LibreOffice is here.
let xlsx = null;
try {
  const dir = mkdtempSync(join(tmpdir(), 'bench-staff-'));
  writeFileSync(join(dir, 'list.csv'), csv);
  execFileSync('soffice', ['--headless', '--infilter=CSV:59,34,76,1', '--convert-to', 'xlsx', '--outdir', dir, join(dir, 'list.csv')], { stdio: 'ignore', timeout: 600000 });
  xlsx = readFileSync(join(dir, 'list.xlsx'));
  console.log(`the same list as .xlsx (LibreOffice): ${(xlsx.length / 1e6).toFixed(1)} MB`);
} catch {
  console.log('no soffice on PATH: the .xlsx runs are skipped');
}

const server = await serve();
const browser = await launch();
const { page } = await phonePage(browser, { acceptDownloads: true });
await page.goto(new URL('staff.html', server.url).href);
await page.locator('[data-app-ready]').waitFor();
async function timed(name, buffer, exportAction) {
  const runs = [];
  for (let run = 0; run < 3; run++) {
    await page.evaluate(() => { document.getElementById('list-result').textContent = ''; });
    const start = Date.now();
    await page.setInputFiles('#f-csv', { name: `${run}-${name}`, buffer });
    await page.waitForSelector(`#list-result .list-count[data-rows="${rows}"]`, { timeout: 600000 });
    const checked = (Date.now() - start) / 1000;
    const exportStart = Date.now();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 600000 }), page.click(`[data-action=${exportAction}]`)]);
    await file.path();
    runs.push({ checked, exported: (Date.now() - exportStart) / 1000 });
  }
  for (const [i, r] of runs.entries()) console.log(`${name} run ${i + 1}: checked in ${r.checked.toFixed(2)} s, ${exportAction} file saved in ${r.exported.toFixed(2)} s`);
  const median = runs.map((r) => r.checked).sort((a, b) => a - b)[1];
  const saved = runs.map((r) => r.exported).sort((a, b) => a - b)[1];
  console.log(`${name}: ${rows} rows in Chromium: median ${median.toFixed(2)} s (${Math.round(rows / median)} rows/s), result saved in ${saved.toFixed(2)} s`);
}
await timed('list.csv', csv, 'export');
if (xlsx) await timed('list.xlsx', xlsx, 'export-xlsx');
await browser.close();
await server.close();
