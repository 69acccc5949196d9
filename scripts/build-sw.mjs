// Trunk post-build hook. In a release build it takes wasm-streams out of the app's and the
// workers' wasm and glue (strip-streams.mjs) and minifies the JS glue of the app and its workers,
// trunk's initializer, the page's inline loader and the staff page's script (minify-glue.mjs)
// and recompresses the PNG icons (optimize-images.mjs); the page's classic inline script is
// minified again from its source, as trunk's minifier gives other bytes each build. Then it makes the page fetch the app only after the shell's paint (defer-app.mjs), writes the registry's
// parts the engine worker downloads (registry-parts.mjs), names the
// workers' files (engine, staff, sheets) and the result's styles by their contents (hash-worker.mjs), and writes sw.js, which
// precaches what offline use needs; last, each page gets its Content Security Policy
// (csp.mjs). One hook, because
// trunk runs a stage's hooks in parallel and sw.js must hash the final files: the cache is named
// after a hash of the whole build, so each build gets a new cache and the old one is dropped
// when the new worker activates.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPolicy } from './csp.mjs';
import { deferApp } from './defer-app.mjs';
import { hashResultStyle, hashWorker, intoHead } from './hash-worker.mjs';
import { minifyGlue, minifyInlineModule, minifyScript, reminifyInlineScript, reminifyTrunkJs } from './minify-glue.mjs';
import { optimizePngs } from './optimize-images.mjs';
import { loaderParts, writeParts } from './registry-parts.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR unset)');
if (process.env.TRUNK_PROFILE === 'release') {
  await minifyGlue(dir);
  await reminifyTrunkJs(dir, process.env.TRUNK_SOURCE_DIR);
  await minifyScript(dir, 'staff-page.js');
  await optimizePngs(dir);
}
const page = join(dir, 'index.html');
const deferred = await deferApp(await readFile(page, 'utf8'), await readFile(join(dir, 'icon.svg'), 'utf8'), dir);
const staffPage = join(dir, 'staff.html');
// The registry's parts first: the engine's loader names them, and its own name covers that.
const parts = await writeParts(process.env.TRUNK_SOURCE_DIR ?? fileURLToPath(new URL('..', import.meta.url)), dir);
const engine = await hashWorker(dir, deferred, 'engine', loaderParts(parts));
const styled = await hashResultStyle(dir, engine, await readFile(staffPage, 'utf8'));
const hashed = styled.page;
// The region files this build serves (public/regions/): the page fetches one for a Kemendagri
// code only if it is listed here, else it takes the registry's schemes without a request.
const hosted = (await readdir(join(dir, 'regions')).catch(() => []))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();
const listed = intoHead(hashed, `<meta name=hosted-regions content="${hosted.join(' ')}">`);
// Each page's Content Security Policy, last: it hashes the inline scripts as they ship.
const release = async (text) => minifyInlineModule(await reminifyInlineScript(text, await readFile(join(process.env.TRUNK_SOURCE_DIR, 'index.html'), 'utf8')));
await writeFile(page, withPolicy(process.env.TRUNK_PROFILE === 'release' ? await release(listed) : listed));
// The staff page names its own worker the same way.
const withStaff = await hashWorker(dir, styled.staff, 'staff');
await writeFile(staffPage, withPolicy(await hashWorker(dir, withStaff, 'sheets')));

async function files(root) {
  const out = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

const all = (await files(dir)).filter((f) => !f.endsWith('sw.js')).sort();
const template = await readFile(new URL('./sw.template.js', import.meta.url), 'utf8');
// The worker's own code is in the name too: a new worker under its predecessor's cache name
// whose install failed would delete the cache the running one serves from.
const hash = createHash('sha256').update(template);
for (const f of all) {
  hash.update(relative(dir, f));
  hash.update(await readFile(f));
}
const version = hash.digest('hex').slice(0, 12);
// What the app needs offline: its page, its scripts and wasm, the result's styles, the
// registry's parts, and the region files a link may name. Not the icons (the device keeps its own copy when the app is installed), the manifest,
// or embed.js (a municipal page loads that one, not the app). The staff page's files are kept
// apart: the service worker stores them only on a device that opened the staff page.
const isStaff = (path) => /^(staff[.-]|sheets-|main\.css$|icon\.svg$)/.test(path);
const offline = (path) => path === 'index.html' || /^regions\/[^/]+\.json$/.test(path) || /^registry-\d\d-[0-9a-f]{16}\.txt$/.test(path) || /^result-[0-9a-f]{16}\.css$/.test(path) || (/^[^/]+\.(js|wasm)$/.test(path) && path !== 'embed.js');
const paths = all.map((f) => relative(dir, f));
const assets = paths
  .filter((p) => offline(p) && !isStaff(p))
  .map((p) => (p === 'index.html' ? './' : `./${p}`));
const staff = paths.filter(isStaff).map((p) => `./${p}`);

const sw = template
  .replace('__CACHE__', JSON.stringify(`cek-jamsostek-${version}`))
  .replace('__ASSETS__', JSON.stringify(assets))
  .replace('__STAFF__', JSON.stringify(staff));
await writeFile(join(dir, 'sw.js'), sw);
console.log(`sw.js: cache cek-jamsostek-${version}, ${assets.length} files, ${staff.length} more for the staff page`);
