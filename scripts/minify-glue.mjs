// Minifies the wasm-bindgen JS glue of a release build, in the staging directory. Trunk's own
// minifier gives up on it ("Failed to minify JS", at `export { ..., __wbg_init as default }`)
// and ships it as is: 38 KB raw, 6.4 KB brotli; terser makes it 17 KB raw, 4.5 KB brotli.
// index.html preloads the file with a subresource-integrity hash, so the hash is rewritten too.
// Before minifying, each glue and its wasm lose wasm-streams (strip-streams.mjs) and the wasm's
// imports and exports get short names (short-names.mjs).
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { calledExports, renameGlue, shortenNames } from './short-names.mjs';
import { stripGlue, stripWasm } from './strip-streams.mjs';

const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

// wasm-bindgen's warnings speak to a developer: one who calls its init with old parameters, which
// trunk never does, or whose host serves the wasm under another type, where it falls back and
// still works. A release build drops them: 120 B brotli of the first load. (New options each
// time: terser writes into the ones it is given, and a module's would make the next glue one.)
const glueOptions = (module = false) => ({ module, compress: { passes: 2, pure_funcs: ['console.warn'] }, mangle: true });

/** `glue` without its `initSync` export, which trunk's loader never calls (50 B brotli). */
function withoutInitSync(glue) {
  const list = /export \{ initSync, (__wbg_init as default) \};/;
  if (!list.test(glue)) throw new Error('minify-glue: the glue exports no initSync as expected');
  return glue.replace(list, 'export { $1 };');
}

/** `glue` and the wasm at `wasm` without wasm-streams (strip-streams.mjs), the wasm's imports
 * and exports under short names (short-names.mjs); returns the glue. */
async function slim(glue, wasm) {
  const stripped = stripGlue(glue, await stripWasm(wasm));
  const { bytes, imports, exports } = shortenNames(await readFile(wasm), calledExports(stripped));
  await writeFile(wasm, bytes);
  return renameGlue(stripped, imports, exports);
}

export async function minifyGlue(dir) {
  const files = await readdir(dir);
  // The glue is the JS file beside its `_bg.wasm`; a worker's glue (beside its `_loader.js`) is
  // a classic script, minified by `reminifyTrunkJs`.
  const glue = files.filter(
    (f) => f.endsWith('.js') && files.includes(f.replace(/\.js$/, '_bg.wasm')) && !files.includes(f.replace(/\.js$/, '_loader.js')),
  );
  if (glue.length === 0) throw new Error(`no wasm-bindgen glue in ${dir}`);
  const html = join(dir, 'index.html');
  let page = await readFile(html, 'utf8');
  for (const name of glue) {
    const source = await readFile(join(dir, name), 'utf8');
    if (!page.includes(sri(source))) throw new Error(`index.html has no integrity hash for ${name}`);
    const wasm = join(dir, name.replace(/\.js$/, '_bg.wasm'));
    const { code } = await minify(withoutInitSync(await slim(source, wasm)), glueOptions(true));
    page = page.replace(sri(source), sri(code));
    // Named again by what ships: trunk named the files by their contents before this step, and
    // the service worker may take a named file from the HTTP cache, where the same name must
    // never hold other bytes (glue and wasm of two builds do not fit together).
    const stem = name.slice(0, -'.js'.length);
    if (!/-[0-9a-f]{16}$/.test(stem)) throw new Error(`minify-glue: ${name} is not named by a 16-digit hash`);
    const hash = createHash('sha256').update(code).update(await readFile(wasm)).digest('hex').slice(0, 16);
    const named = stem.replace(/[0-9a-f]{16}$/, hash);
    await writeFile(join(dir, `${named}.js`), code);
    await rename(wasm, join(dir, `${named}_bg.wasm`));
    if (named !== stem) await unlink(join(dir, name));
    page = page.replaceAll(stem, named);
    console.log(`minified ${name}: ${source.length} -> ${code.length} bytes, now ${named}.js`);
  }
  await writeFile(html, page);
}

/** `page` with its inline module script (trunk's loader, defer-app's wait) minified by terser. */
export async function minifyInlineModule(page) {
  const m = page.match(/<script type=module>([\s\S]*?)<\/script>/);
  if (!m) throw new Error('index.html has no inline module script');
  const { code } = await minify(m[1], { module: true, compress: { passes: 2 }, mangle: true });
  return page.replace(m[0], () => `<script type=module>${code}</script>`);
}

/** `page` with its classic inline script minified by terser from the source page's (`source`):
 * trunk's minifier hoists its repeated strings in a different order from one build to the next,
 * and the page, its policy's hash and the service worker's cache would change with nothing new. */
export async function reminifyInlineScript(page, source) {
  const from = source.match(/<script>([\s\S]*?)<\/script>/);
  const built = page.match(/<script>([\s\S]*?)<\/script>/);
  if (!from || !built) throw new Error('index.html has no classic inline script');
  const { code } = await minify(from[1], { compress: { passes: 2 }, mangle: true });
  return page.replace(built[0], () => `<script>${code}</script>`);
}

/** Minifies a script in place: a classic one (the staff page's `staff-page.js`)
 * or, with `module`, an ES module (trunk's initializer, `loading.js`). */
export async function minifyScript(dir, name, { module = false } = {}) {
  const path = join(dir, name);
  const source = await readFile(path, 'utf8');
  const { code } = await minify(source, { module, compress: { passes: 2 }, mangle: true });
  await writeFile(path, code);
  console.log(`minified ${name}: ${source.length} -> ${code.length} bytes`);
}

/**
 * Trunk's JS minifier writes the same input in a different order from one build to the next, so
 * the same commit would ship a worker under new names and its initializer in new bytes: a deploy
 * with nothing new, and a page that meets files of another build offline. Puts back what trunk
 * minified from its source (a worker's wasm-bindgen glue, kept by trunk in the cargo target
 * directory; the initializer, named in the source page) and minifies it with terser instead,
 * which gives the same bytes every time.
 */
export async function reminifyTrunkJs(dir, source) {
  const target = process.env.CARGO_TARGET_DIR ?? join(source, 'target');
  const page = await readFile(join(source, 'index.html'), 'utf8');
  // Every worker the page builds, so that a new one is never left to trunk's minifier.
  const workers = [...page.matchAll(/data-bin="([^"]+)" data-type="worker"/g)].map((m) => m[1]);
  if (workers.length === 0) throw new Error('index.html builds no worker');
  for (const name of workers) {
    const glue = join(target, 'wasm-bindgen', 'release', `${name}.js`);
    const { code } = await minify(await slim(await readFile(glue, 'utf8'), join(dir, `${name}_bg.wasm`)), glueOptions());
    await writeFile(join(dir, `${name}.js`), code);
    console.log(`minified ${name}.js: ${code.length} bytes`);
  }
  const initializer = page.match(/data-initializer="([^"]+)"/)?.[1];
  if (!initializer) throw new Error('index.html names no data-initializer');
  const staged = (await readdir(dir)).filter((f) => f.endsWith(`-${initializer.split('/').pop()}`));
  if (staged.length !== 1) throw new Error(`expected one staged ${initializer}, found ${staged}`);
  await writeFile(join(dir, staged[0]), await readFile(join(source, initializer)));
  await minifyScript(dir, staged[0], { module: true });
}
