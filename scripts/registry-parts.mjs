// Writes the registry's parts for the engine worker (read by `Part::read`, src/places/registry.rs):
// one text per province, its rows of data/status.tsv after a header line, then each file of
// data/schemes/ whose code is the province's or one of its kabupaten/kota's, in the order of
// their names, after a record separator and its code's line. A place's profile needs only its
// province's part, so a result link downloads that one, not all 38; native code and the staff
// worker have the registry compiled in. Each is named `registry-<province>-<hash>.txt`, the hash
// of all parts: the service worker serves a file named by its contents from its cache.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const RECORD = '\u001e';
const provinceOf = (code) => code.slice(0, 2);

/** Writes the parts into `dir` from the sources in `source`; returns their hash. */
export async function writeParts(source, dir) {
  const table = await readFile(join(source, 'data/status.tsv'), 'utf8');
  const rows = table.split('\n').filter((line) => line && !line.startsWith('#'));
  const parts = new Map();
  for (const row of rows) {
    const code = row.split('\t')[0];
    if (code.length === 2) parts.set(code, `# cek-jamsostek registry part ${code}\n`);
    if (!parts.has(provinceOf(code))) throw new Error(`registry-parts: ${code} comes before its province`);
    parts.set(provinceOf(code), parts.get(provinceOf(code)) + `${row}\n`);
  }
  const names = (await readdir(join(source, 'data/schemes'))).filter((n) => n.endsWith('.json')).sort();
  for (const name of names) {
    const code = name.split('-')[0];
    if (!/^\d\d(\.\d\d)?$/.test(code) || !parts.has(provinceOf(code))) throw new Error(`registry-parts: ${name} names no province of data/status.tsv`);
    const body = await readFile(join(source, 'data/schemes', name), 'utf8');
    if (body.includes(RECORD)) throw new Error(`registry-parts: ${name} holds a record separator`);
    parts.set(provinceOf(code), parts.get(provinceOf(code)) + `${RECORD}${code}\n${body}`);
  }
  const hash = createHash('sha256');
  for (const [province, text] of parts) hash.update(province).update(text);
  const digest = hash.digest('hex').slice(0, 16);
  for (const [province, text] of parts) await writeFile(join(dir, `registry-${province}-${digest}.txt`), text);
  console.log(`registry-parts: ${parts.size} parts, ${names.length} scheme files, hash ${digest}`);
  return digest;
}

/**
 * The engine loader's side (scripts/hash-worker.mjs): `partText(p)`, province `p`'s part as text,
 * `null` if it could not be had (in 15 s) or did not read, `undefined` until it came or, 10 s
 * after a failure, to try again; `partAsk(p, data)` downloads it, then gives `data` to the worker
 * again; `partFailed(p)`, a text that did not read. Every question waiting for one download hears
 * its outcome, so a lost part costs one wait, not one per question. The part a result link's
 * place needs is asked for at once, as the wasm downloads: a code's first two digits, or
 * `padang`, the one older id (REGION_ALIASES, src/formats/codec.rs).
 */
export const loaderParts = (digest) => `
  const texts = {}, asking = {}, failed = {};
  const fail = (p) => {
    texts[p] = null;
    failed[p] = Date.now();
  };
  // A line that hangs gives up after 15 s, as the page does for a city's file.
  const late = self.AbortSignal && AbortSignal.timeout ? () => ({ signal: AbortSignal.timeout(15000) }) : () => ({});
  const ask = (p) => (asking[p] ||= fetch('./registry-' + p + '-${digest}.txt', late())
    .then((r) => (r.ok ? r.text() : null))
    .catch(() => null)
    .then((text) => {
      if (text === null) fail(p);
      else texts[p] = text;
      delete asking[p];
    }));
  self.partText = (p) => (texts[p] === null && Date.now() - failed[p] > 10000 ? undefined : texts[p]);
  self.partAsk = (p, data) => ask(p).then(() => onmessage({ data }));
  self.partFailed = (p) => texts[p] !== null && fail(p);
  for (const [kind, fragment] of early) {
    const place = kind === 'link' && /(?:^|&)region=(\\d\\d|padang)/.exec(fragment);
    if (place) ask(place[1] === 'padang' ? '13' : place[1]);
  }`;
