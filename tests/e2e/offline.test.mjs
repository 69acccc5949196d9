// Offline after one visit, and installable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useServerAndBrowser } from './setup.mjs';
import { CheckApp, DATE } from './app.mjs';
import { phonePage } from './browser.mjs';
import { DIST, serve } from './server.mjs';

const env = useServerAndBrowser();

test('after one visit the whole check works with no network', async () => {
  const app = await CheckApp.open(env.browser, env.server.url, `date=${DATE}`);
  await app.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
  await app.page.context().setOffline(true);
  await app.page.reload();
  await app.page.locator('[data-app-ready]').waitFor();
  await app.start();
  await app.walk({ work: 'platform', age: '30', citizen: 'id', nik: '1', income: '3000000', transport: '1', region: { place: 'kudus', pick: '33.19' }, jht: '1' });
  const r = await app.seeResult();
  assert.equal(r.category, 'bpu');
  assert.equal(r.totals['worker/month'], 14750 + 3400 + 59000);
  // Its styles too (style/result.css, linked with the engine worker).
  assert.notEqual(await app.page.evaluate(() => getComputedStyle(document.querySelector('.you-pay')).borderLeftWidth), '0px');
  await app.page.context().close();
});

test('a first visit downloads each of the app\'s files once: the service worker takes what the page just fetched', async () => {
  const downloaded = [];
  const server = await serve(DIST, {}, { compress: true, downloaded });
  try {
    const app = await CheckApp.open(env.browser, server.url, `date=${DATE}`);
    await app.start();
    await app.walk({ work: 'platform', age: '30', citizen: 'id', nik: '1', income: '3000000', transport: '1', region: { place: 'kudus', pick: '33.19' }, jht: '1' });
    await app.seeResult();
    await app.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
    await app.page.context().close();
    // Named by their contents: the app's glue, wasm and initializer, the engine worker's files.
    const named = downloaded.filter((p) => /[0-9a-f]{16}/.test(p));
    assert.ok(named.some((p) => p.endsWith('_bg.wasm') && p.includes('cek-jamsostek')), `the app's wasm was fetched: ${downloaded}`);
    assert.ok(named.some((p) => p.startsWith('/engine-')), `the engine worker was fetched: ${downloaded}`);
    const twice = named.filter((p, i) => named.indexOf(p) !== i);
    assert.deepEqual(twice, [], 'no file is downloaded a second time on the first visit');
  } finally {
    await server.close();
  }
});

/** Makes the next build in `dir`, as a deploy does: the engine worker's files under new names
 * (the page and the service worker name them), and a new cache. */
function deployNextBuild(dir, cache = 'cek-jamsostek-nextdeploy00') {
  const loader = readdirSync(dir).find((f) => /^engine-[0-9a-f]{16}_loader\.js$/.test(f));
  const old = loader.slice('engine-'.length, 'engine-'.length + 16);
  const next = [...old].map((c) => ((parseInt(c, 16) + 1) % 16).toString(16)).join('');
  for (const f of readdirSync(dir).filter((f) => f.includes(old))) renameSync(join(dir, f), join(dir, f.replace(old, next)));
  for (const f of ['index.html', 'sw.js', `engine-${next}_loader.js`]) {
    writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').replaceAll(old, next));
  }
  const sw = join(dir, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const CACHE = "cek-jamsostek-[^"]+"/, `const CACHE = "${cache}"`));
  return next;
}

/** Runs `visit(app, dir)` on the app served from a copy of the build in `dir`, opened once and
 * controlled by its service worker, so that a test can deploy into `dir`. */
async function onDeployableCopy(visit) {
  const dir = mkdtempSync(join(tmpdir(), 'cek-deploy-'));
  cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir);
  try {
    const app = await CheckApp.open(env.browser, server.url, `date=${DATE}`);
    await app.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
    await visit(app, dir);
    await app.page.context().close();
  } finally {
    await server.close();
  }
}

/** Waits until the page's service worker (`installing`: the one installing) has gone redundant:
 * replaced by a newer one, or its install failed. */
const untilRedundant = (page, which) => page.evaluate(async (which) => {
  const registration = await navigator.serviceWorker.getRegistration();
  const worker = which === 'installing' ? registration.installing : navigator.serviceWorker.controller;
  if (worker) await new Promise((done) => {
    const check = () => worker.state === 'redundant' && done();
    worker.addEventListener('statechange', check);
    check();
  });
}, which);

const reloaded = async (app) => {
  await app.page.reload();
  await app.page.locator('[data-app-ready]').waitFor();
};

/** Walks a check that asks for no region file to its result: the engine must be at hand. */
async function checkCompletes(app, message) {
  await app.start();
  await app.walk({ work: 'platform', age: '30', citizen: 'id', nik: '1', income: '3000000', transport: '1', region: { skip: true }, jht: '1' });
  assert.equal((await app.seeResult()).category, 'bpu', message);
}

test('offline after a deploy whose service worker could not install, the page served is one whose files are stored', () => onDeployableCopy(async (app, dir) => {
  const next = deployNextBuild(dir);
  // A flaky line: sw.js cannot be had, so the new worker never installs.
  rmSync(join(dir, 'sw.js'));
  await reloaded(app);
  assert.doesNotMatch(await app.page.getAttribute('meta[name=engine]', 'content'), new RegExp(next), 'online too, the stored page');
  await app.page.context().setOffline(true);
  await reloaded(app);
  await checkCompletes(app);
}));

test('a deploy reaches the next visit, and the page open meanwhile still has its own files', () => onDeployableCopy(async (app, dir) => {
  const before = await app.page.getAttribute('meta[name=engine]', 'content');
  // The server now has only the next build: the open page's engine is no longer there.
  const next = deployNextBuild(dir);
  await reloaded(app);
  assert.equal(await app.page.getAttribute('meta[name=engine]', 'content'), before, 'at once, the stored page');
  // The next build's worker installs and takes over while that page is open.
  await untilRedundant(app.page, 'controller');
  await checkCompletes(app, 'the open page still finds its engine');
  await reloaded(app);
  assert.match(await app.page.getAttribute('meta[name=engine]', 'content'), new RegExp(next), 'the next visit, the new build');
}));

test('a deploy whose worker could not install, then one that could: the page still open keeps its own files', () => onDeployableCopy(async (app, dir) => {
  // A deploy half uploaded: its engine is not there yet, so its worker's install fails.
  const half = deployNextBuild(dir, 'cek-jamsostek-halfdeploy00');
  const wasm = join(dir, `engine-${half}_bg.wasm`);
  renameSync(wasm, `${wasm}.held`);
  await app.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()).catch(() => {}));
  await untilRedundant(app.page, 'installing');
  renameSync(`${wasm}.held`, wasm);
  deployNextBuild(dir);
  await reloaded(app);
  await untilRedundant(app.page, 'controller');
  await checkCompletes(app, 'the open page still finds its engine');
}));

test('opening another file as a page never replaces the offline app', async () => {
  const app = await CheckApp.open(env.browser, env.server.url, `date=${DATE}`);
  await app.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
  for (const path of ['manifest.webmanifest', 'regions/padang.json', 'no-such-page']) {
    await app.page.goto(new URL(path, env.server.url).href);
  }
  await app.page.context().setOffline(true);
  await app.page.goto(`${env.server.url}#date=${DATE}`);
  await app.page.locator('[data-app-ready]').waitFor({ timeout: 5000 });
  assert.match(await app.heading(), /Cek jaminan sosial/);
  await app.page.context().close();
});

test('the web app manifest names the app in Indonesian with icons', async () => {
  const app = await CheckApp.open(env.browser, env.server.url, '');
  const href = await app.page.getAttribute('link[rel=manifest]', 'href');
  const manifest = await (await app.page.request.get(new URL(href, env.server.url).href)).json();
  assert.equal(manifest.lang, 'id');
  assert.equal(manifest.name, 'Cek Jamsostek');
  assert.match(manifest.description, /BPJS Ketenagakerjaan/);
  for (const icon of manifest.icons) {
    const res = await app.page.request.get(new URL(icon.src, env.server.url).href);
    assert.equal(res.status(), 200, icon.src);
  }
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
  await app.page.context().close();
});

/** A page as trunk writes it, with `body` after the loader. */
const trunkPage = (body) =>
  `<meta charset=utf-8><link href=icon.svg rel=icon><link href=manifest.webmanifest rel=manifest></head><link crossorigin href=/app.js rel=modulepreload><script type=module>import init, * as bindings from '/app.js';\n` +
  `async function __trunkInitializer() { reader.read().then(() => { controller.enqueue(value); push(); }); }\n` +
  `import initializer from '/loading.js';\nconst wasm = await __trunkInitializer(init, '/app_bg.wasm', 1, initializer(), true);</script>${body}`;

test('each build names its cache after its contents', () => {
  const cacheOf = (content) => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-'));
    writeFileSync(join(dir, 'index.html'), trunkPage(content));
    writeFileSync(join(dir, 'icon.svg'), '<svg/>');
    writeFileSync(join(dir, 'loading.js'), 'export default function loading() { return {}; }');
    writeFileSync(join(dir, 'staff.html'), '<head><meta charset=utf-8><link rel="stylesheet" href="result.css"></head>');
    writeFileSync(join(dir, 'result.css'), '.you-pay {}');
    for (const worker of ['engine', 'staff', 'sheets']) {
      writeFileSync(join(dir, `${worker}.js`), '');
      writeFileSync(join(dir, `${worker}_bg.wasm`), '');
      writeFileSync(join(dir, `${worker}_loader.js`), `importScripts("./${worker}.js");wasm_bindgen("./${worker}_bg.wasm");`);
    }
    execFileSync('node', ['scripts/build-sw.mjs'], { env: { ...process.env, TRUNK_STAGING_DIR: dir } });
    return readFileSync(join(dir, 'sw.js'), 'utf8').match(/const CACHE = "([^"]+)"/)[1];
  };
  assert.equal(cacheOf('<p>one</p>'), cacheOf('<p>one</p>'));
  assert.notEqual(cacheOf('<p>one</p>'), cacheOf('<p>two</p>'));
});

test('a page trunk writes in an unknown shape fails the build, not the app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-'));
  writeFileSync(join(dir, 'index.html'), '<script type=module>import init from "/app.js"; init();</script>');
  writeFileSync(join(dir, 'icon.svg'), '<svg/>');
  assert.throws(
    () => execFileSync('node', ['scripts/build-sw.mjs'], { env: { ...process.env, TRUNK_STAGING_DIR: dir }, stdio: 'pipe' }),
    /defer-app: trunk's index.html has no glue import/,
  );
});

test('the first visit stores for offline use only the page, its scripts, its wasm, the result\'s styles, the engine worker and every province\'s part of the registry', async () => {
  const app = await CheckApp.open(env.browser, env.server.url, `date=${DATE}`);
  await app.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
  const stored = await app.page.evaluate(async () => {
    const paths = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) paths.push(new URL(req.url).pathname);
    }
    return paths.sort();
  });
  const wasm = stored.filter((p) => p.endsWith('.wasm'));
  assert.equal(wasm.length, 2, JSON.stringify(stored));
  assert.equal(wasm.filter((p) => /^\/engine-[0-9a-f]{16}_bg\.wasm$/.test(p)).length, 1, 'the engine worker');
  assert.ok(stored.some((p) => /^\/engine-[0-9a-f]{16}_loader\.js$/.test(p)), "the engine worker's loader");
  assert.ok(stored.includes('/'), 'the page');
  assert.ok(stored.some((p) => /^\/result-[0-9a-f]{16}\.css$/.test(p)), "the result's styles");
  assert.deepEqual(stored.filter((p) => p.startsWith('/regions/')), [], 'this build serves no region file: the registry is in its parts');
  // A volunteer offline may open any place: every province's part is kept.
  const provinces = readFileSync('data/status.tsv', 'utf8').split('\n').filter((line) => /^\d\d\t/.test(line)).length;
  const parts = stored.filter((p) => /^\/registry-\d\d-[0-9a-f]{16}\.txt$/.test(p));
  assert.equal(parts.length, provinces, JSON.stringify(stored));
  assert.deepEqual(stored.filter((p) => /\.(png|svg|webmanifest)$|embed\.js$/.test(p)), [], 'no icons, manifest or embed script');
  assert.deepEqual(stored.filter((p) => /staff|main\.css/.test(p)), [], "none of the staff page's files");
  await app.page.context().close();
});

test('the icons are recompressed without changing a pixel', async () => {
  // A blank page decodes them: the app's own policy allows it no data: fetch.
  const { page } = await phonePage(env.browser);
  for (const name of ['icon-192.png', 'icon-512.png']) {
    const source = readFileSync(join('public', name));
    const built = readFileSync(join(DIST, name));
    assert.ok(built.length < source.length * 0.9, `${name}: ${source.length} -> ${built.length} bytes`);
    const pixels = (bytes) =>
      page.evaluate(async (b64) => {
        const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const canvas = new OffscreenCanvas(img.width, img.height);
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        return Array.from(ctx.getImageData(0, 0, img.width, img.height).data).join(',');
      }, bytes.toString('base64'));
    assert.ok((await pixels(source)) === (await pixels(built)), `${name}: same pixels`);
  }
  await page.context().close();
});
