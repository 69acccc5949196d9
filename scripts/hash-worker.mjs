// Gives the engine worker's files (trunk names them engine.js, engine_bg.wasm, engine_loader.js)
// names with a hash of their contents, as trunk does for the page's own files, with the glue
// inside the loader, and tells the page the loader's name in <meta name="engine">. The service worker serves files by name from its
// cache; with fixed names, a new page could meet the previous build's engine.
import { createHash } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Renames the worker's files in `dir`; returns `page` with the loader's name in it. `extra` is
 * more of the loader, run once `early` holds the page's questions (the engine's registry parts).
 */
export async function hashWorker(dir, page, name = 'engine', extra = '') {
  const glue = await readFile(join(dir, `${name}.js`));
  const wasm = await readFile(join(dir, `${name}_bg.wasm`));
  // Trunk's loader shim, written again as one script with the glue in it: a worker on a slow
  // line no longer waits a round trip for the glue after its loader. It says "failed" to the
  // page when the wasm cannot be had (a rejected promise in a worker raises no error event on
  // the page). A message that comes before the wasm listens is kept in `early`
  // (src/workers/mod.rs answers it). The page's inline script may start a worker named
  // `[given, ...questions]` (JSON): the questions go into `early` at once (a
  // result link's), and a `given` worker takes the wasm from the page (a stream in a "wasm"
  // message, or nothing: then it fetches it), which began the download before the worker; the
  // stream is compiled as it arrives.
  const shim = await readFile(join(dir, `${name}_loader.js`), 'utf8');
  if (shim !== `importScripts("./${name}.js");wasm_bindgen("./${name}_bg.wasm");`) {
    throw new Error(`hash-worker: trunk's ${name}_loader.js is not the shim this script knows: ${shim}`);
  }
  const loader = (stem) => `${glue}
{
  const [takes, ...asked] = self.name ? JSON.parse(self.name) : [];
  self.early = asked;${extra}
  let given;
  const wasm = takes ? new Promise((give) => given = give) : fetch('./${stem}_bg.wasm');
  onmessage = ({ data }) => data[0] !== 'wasm' ? early.push(data)
    : given(data[1] ? new Response(data[1], { headers: { 'content-type': 'application/wasm' } }) : fetch('./${stem}_bg.wasm'));
  wasm_bindgen({ module_or_path: wasm }).catch(() => postMessage('failed'));
}
`;
  // The name covers the loader too: the same name must never hold other bytes.
  const hash = createHash('sha256').update(wasm).update(loader('')).digest('hex').slice(0, 16);
  const stem = `${name}-${hash}`;
  await rename(join(dir, `${name}_bg.wasm`), join(dir, `${stem}_bg.wasm`));
  await writeFile(join(dir, `${stem}_loader.js`), loader(stem));
  await unlink(join(dir, `${name}.js`));
  await unlink(join(dir, `${name}_loader.js`));
  return intoHead(page, `<meta name=${name} content=${stem}_loader.js>`);
}

/**
 * `page` with `tag` right after its `<meta charset>`: the page's inline script runs at the top of
 * its head (for a result link it asks for the engine's wasm before the rest of the page is even
 * parsed), and reads what the build tells it from such tags.
 */
export function intoHead(page, tag) {
  const charset = page.match(/<meta charset=["']?utf-8["']?>/i);
  if (!charset) throw new Error('hash-worker: the page has no <meta charset=utf-8>');
  return page.replace(charset[0], `${charset[0]}${tag}`);
}

/**
 * Renames the result's stylesheet (`result.css`) in `dir` by its contents, as the workers' files
 * are; returns `page` telling its name in <meta name="result-css"> (the app adds it with the
 * engine), and `staff`, the staff page, linking it under that name.
 */
export async function hashResultStyle(dir, page, staff) {
  const css = await readFile(join(dir, 'result.css'));
  const named = `result-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  await rename(join(dir, 'result.css'), join(dir, named));
  if (!staff.includes('href="result.css"')) throw new Error('hash-worker: staff.html does not link result.css');
  return {
    page: intoHead(page, `<meta name=result-css content=${named}>`),
    staff: staff.replace('href="result.css"', `href="${named}"`),
  };
}
