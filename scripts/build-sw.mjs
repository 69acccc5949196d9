// Trunk post-build hook: in a release build, first minifies the JS glue (scripts/minify-glue.mjs;
// one hook, because trunk runs a stage's hooks in parallel and sw.js must hash the final files).
// Then writes sw.js into the staged build. It precaches every file of this build and names its
// cache after a hash of their contents, so each build gets a new cache and the old one is
// dropped when the new worker activates.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { minifyGlue } from './minify-glue.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR unset)');
if (process.env.TRUNK_PROFILE === 'release') await minifyGlue(dir);

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
const hash = createHash('sha256');
for (const f of all) {
  hash.update(relative(dir, f));
  hash.update(await readFile(f));
}
const version = hash.digest('hex').slice(0, 12);
const assets = all.map((f) => `./${relative(dir, f)}`).map((p) => (p === './index.html' ? './' : p));

const template = await readFile(new URL('./sw.template.js', import.meta.url), 'utf8');
const sw = template
  .replace('__CACHE__', JSON.stringify(`cek-jamsostek-${version}`))
  .replace('__ASSETS__', JSON.stringify(assets));
await writeFile(join(dir, 'sw.js'), sw);
console.log(`sw.js: cache cek-jamsostek-${version}, ${assets.length} files`);
