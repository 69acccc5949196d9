// Gives the functions a release build's wasm imports from its glue short names. wasm-bindgen names
// each one after the JavaScript it calls, with a 16-digit hash (`__wbg_set_textContent_0177b2a6…`):
// 154 such names in the app, written twice (in the wasm's import section and as the keys of the
// glue's import object), and their hashes do not compress. As `_0`, `_1`, … they cost about
// 2.5 KB brotli less on the first load. Nothing else changes: the glue passes the same functions,
// under the names the wasm now asks for.
import { parse } from 'acorn';

/** Reads an unsigned LEB128 at `at` in `bytes`: [value, next offset]. */
function uleb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
    shift += 7;
  }
}

/** `value` as an unsigned LEB128. */
function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const text = (s) => [...leb(Buffer.byteLength(s)), ...Buffer.from(s)];

/** Where the import description starting at `at` ends (function, table, memory, global, tag). */
function descEnd(bytes, at) {
  const limits = (i) => {
    const flags = bytes[i];
    if (flags > 7) throw new Error(`short-imports: limits flags ${flags}`);
    let [, next] = uleb(bytes, i + 1);
    if (flags & 1) [, next] = uleb(bytes, next);
    return next;
  };
  switch (bytes[at]) {
    case 0x00: return uleb(bytes, at + 1)[1];
    case 0x01: return limits(at + 2);
    case 0x02: return limits(at + 1);
    case 0x03: return at + 3;
    case 0x04: return uleb(bytes, at + 2)[1];
    default: throw new Error(`short-imports: import kind ${bytes[at]}`);
  }
}

/**
 * `wasm` (bytes) with each imported name that wasm-bindgen wrote (`__wbg_…`, `__wbindgen_…`)
 * renamed `_0`, `_1`, …; returns the new bytes and the renames (old name → new).
 */
export function shortenImports(wasm) {
  const bytes = Buffer.from(wasm);
  const renames = new Map();
  const out = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = uleb(bytes, at + 1);
    const end = start + size;
    if (id !== 2) {
      out.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    let [count, i] = uleb(bytes, start);
    const body = [...leb(count)];
    while (count-- > 0) {
      const [moduleLength, m] = uleb(bytes, i);
      const module = bytes.subarray(m, m + moduleLength).toString();
      const [nameLength, n] = uleb(bytes, m + moduleLength);
      const name = bytes.subarray(n, n + nameLength).toString();
      const descStart = n + nameLength;
      const next = descEnd(bytes, descStart);
      let short = name;
      if (/^__wb(g|indgen)_/.test(name)) {
        if (!renames.has(name)) renames.set(name, `_${renames.size.toString(36)}`);
        short = renames.get(name);
      }
      body.push(...text(module), ...text(short), ...bytes.subarray(descStart, next));
      i = next;
    }
    if (i !== end) throw new Error('short-imports: the import section does not end where it says');
    out.push(Buffer.from([2, ...leb(body.length), ...body]));
    at = end;
  }
  if (renames.size === 0) throw new Error('short-imports: the wasm imports nothing from wasm-bindgen');
  return { bytes: Buffer.concat(out), renames };
}

/** `glue` whose import object's keys carry the new names of `renames`; every one must be found. */
export function renameImports(glue, renames) {
  const cuts = [];
  const walk = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Property' && !node.computed && renames.has(node.key.name ?? node.key.value)) {
      cuts.push({ start: node.key.start, end: node.key.end, text: renames.get(node.key.name ?? node.key.value) });
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') walk(value);
    }
  };
  walk(parse(glue, { ecmaVersion: 'latest', sourceType: 'module' }));
  if (cuts.length !== renames.size) throw new Error(`short-imports: the glue gives ${cuts.length} of the wasm's ${renames.size} imports`);
  return cuts.sort((a, b) => b.start - a.start).reduce((t, c) => t.slice(0, c.start) + c.text + t.slice(c.end), glue);
}
