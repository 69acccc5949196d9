// Recompresses a release build's PNG icons losslessly with zopflipng (Debian's zopfli; setup.sh
// installs it): the same pixels in about 30 % fewer bytes. zopflipng takes seconds per icon, so
// each result is kept in target/optimized-images under the hash of its source.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const CACHE = new URL('../target/optimized-images/', import.meta.url).pathname;

export async function optimizePngs(dir) {
  await mkdir(CACHE, { recursive: true });
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.png'))) {
    const file = join(dir, name);
    const before = (await stat(file)).size;
    const kept = join(CACHE, `${createHash('sha256').update(await readFile(file)).digest('hex')}.png`);
    const cached = await stat(kept).then(() => true, () => false);
    if (!cached) execFileSync('zopflipng', ['-y', file, kept], { stdio: 'ignore' });
    await copyFile(kept, file);
    console.log(`${name}: ${before} -> ${(await stat(file)).size} bytes${cached ? ' (kept from an earlier build)' : ''}`);
  }
}
