// Gives the names between a release build's wasm and its glue short forms. wasm-bindgen names each
// function the wasm imports after the JavaScript it calls, with a 16-digit hash
// (`__wbg_set_textContent_0177b2a6…`): 148 such names in the app, written twice (in the wasm's import
// section and as the keys of the glue's import object), and their hashes do not compress. As `_0`,
// `_1`, … they cost about 3.5 KB brotli less on the first load. The exports the glue calls
// (`wasm.__wbindgen_malloc`, `wasm.wasm_bindgen__convert__closures_____invoke__h…`) become `$0`, `$1`,
// …, and those it never calls (`main`, reached through `__wbindgen_start`; wasm-bindgen's abort
// markers; Leptos's wasm-split marker) are no longer exported. Nothing else changes: the glue
// passes and calls the same functions under the names the wasm now uses.
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
    if (flags > 7) throw new Error(`short-names: limits flags ${flags}`);
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
    default: throw new Error(`short-names: import kind ${bytes[at]}`);
  }
}

/**
 * `wasm` (bytes) with each imported name that wasm-bindgen wrote (`__wbg_…`, `__wbindgen_…`)
 * renamed `_0`, `_1`, …, and only the exports in `called` (names the glue uses), renamed `$0`, `$1`,
 * … but for `memory`. Returns the new bytes and both renames (old name → new).
 */
export function shortenNames(wasm, called) {
  const bytes = Buffer.from(wasm);
  const imports = new Map();
  const exports = new Map();
  const out = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = uleb(bytes, at + 1);
    const end = start + size;
    if (id !== 2 && id !== 7) {
      out.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    let [count, i] = uleb(bytes, start);
    const entries = [];
    while (count-- > 0) {
      let module = null;
      if (id === 2) {
        const [moduleLength, m] = uleb(bytes, i);
        module = bytes.subarray(m, m + moduleLength).toString();
        i = m + moduleLength;
      }
      const [nameLength, n] = uleb(bytes, i);
      const name = bytes.subarray(n, n + nameLength).toString();
      const descStart = n + nameLength;
      // An export's description is its kind and index; an import's, its kind and type.
      const next = id === 2 ? descEnd(bytes, descStart) : uleb(bytes, descStart + 1)[1];
      const desc = bytes.subarray(descStart, next);
      i = next;
      if (id === 2) {
        if (/^__wb(g|indgen)_/.test(name) && !imports.has(name)) imports.set(name, `_${imports.size.toString(36)}`);
        entries.push([...text(module), ...text(imports.get(name) ?? name), ...desc]);
      } else if (name === 'memory') {
        entries.push([...text(name), ...desc]);
      } else if (called.has(name)) {
        exports.set(name, `$${exports.size.toString(36)}`);
        entries.push([...text(exports.get(name)), ...desc]);
      }
    }
    if (i !== end) throw new Error(`short-names: section ${id} does not end where it says`);
    const body = [...leb(entries.length), ...entries.flat()];
    out.push(Buffer.from([id, ...leb(body.length), ...body]));
    at = end;
  }
  if (imports.size === 0 || exports.size === 0) throw new Error('short-names: the wasm imports or exports nothing of wasm-bindgen\'s');
  return { bytes: Buffer.concat(out), imports, exports };
}

/** The wasm exports `glue` calls: the `X` of every `wasm.X`. */
export function calledExports(glue) {
  const called = new Set();
  walk(parse(glue, { ecmaVersion: 'latest', sourceType: 'module' }), (node) => {
    if (node.type === 'MemberExpression' && !node.computed && node.object.type === 'Identifier' && node.object.name === 'wasm') called.add(node.property.name);
  });
  return called;
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

/**
 * `glue` with the new names: its import object's keys (`imports`) and its calls into the wasm
 * (`wasm.X`, `exports`). Every import must be found once, and every call renamed.
 */
export function renameGlue(glue, imports, exports) {
  const cuts = [];
  let keys = 0;
  walk(parse(glue, { ecmaVersion: 'latest', sourceType: 'module' }), (node) => {
    if (node.type === 'Property' && !node.computed && imports.has(node.key.name ?? node.key.value)) {
      keys += 1;
      cuts.push({ start: node.key.start, end: node.key.end, text: imports.get(node.key.name ?? node.key.value) });
    }
    if (node.type === 'MemberExpression' && !node.computed && node.object.type === 'Identifier' && node.object.name === 'wasm' && node.property.name !== 'memory') {
      if (!exports.has(node.property.name)) throw new Error(`short-names: the glue calls wasm.${node.property.name}, which the wasm does not export`);
      cuts.push({ start: node.property.start, end: node.property.end, text: exports.get(node.property.name) });
    }
  });
  if (keys !== imports.size) throw new Error(`short-names: the glue gives ${keys} of the wasm's ${imports.size} imports`);
  return cuts.sort((a, b) => b.start - a.start).reduce((t, c) => t.slice(0, c.start) + c.text + t.slice(c.end), glue);
}
