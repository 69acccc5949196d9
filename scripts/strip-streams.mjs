// Takes wasm-streams out of a release build's wasm and glue. Leptos turns on server_fn's
// `browser` feature, which links wasm-streams, and its three #[wasm_bindgen] classes
// (IntoUnderlyingSource, IntoUnderlyingSink, IntoUnderlyingByteSource) are exports: no optimizer
// may drop an export, so every wasm of the build carried them and all they reach, and every glue
// their JavaScript classes, though nothing here streams. About 3.8 KB brotli of the app's wasm
// and 0.6 KB of its glue on the first load.
//
// The wasm loses what only wasm-streams runs (trapped by name, then the exports: stripWasm) and
// is optimized again, so what only they reached goes, with the imports only that code used. The
// glue loses the classes and every import function the wasm no longer imports. Each step checks
// what it found: a wasm-bindgen that writes its glue differently fails the build here, not in the
// browser.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'acorn';
import binaryen from 'binaryen';

const CLASSES = /\bIntoUnderlying(?:ByteSource|Sink|Source)/;
// Trunk's own wasm-opt flags (index.html), and the WebAssembly features rustc's wasm32 target
// turns on: the custom section that would name them is stripped.
const OPTIMIZE = ['-Oz', '--converge', '--strip-producers', '--strip-target-features', '--low-memory-unused'];
// npm binaryen's wasm-opt, the one trunk uses (scripts/setup.sh): never Debian's 108.
const WASM_OPT = join(import.meta.dirname, '..', 'node_modules', '.bin', 'wasm-opt');
const FEATURES = ['--enable-bulk-memory', '--enable-multivalue', '--enable-mutable-globals', '--enable-nontrapping-float-to-int', '--enable-reference-types', '--enable-sign-ext'];
const FEATURE_BITS = ['BulkMemory', 'Multivalue', 'MutableGlobals', 'NontrappingFPToInt', 'ReferenceTypes', 'SignExt'].reduce((bits, f) => bits | binaryen.Features[f], 0);

/**
 * The wasm at `path` without wasm-streams, optimized again; its import names. Taking the exports
 * out is not enough: the futures their methods start are called through the function table (a
 * trait object's vtable in the data holds their index), and no optimizer can tell a table entry
 * nothing reaches from one in use, so they stayed, with all they call (the stream controllers
 * they feed, the futures' queue). Each function of wasm-streams, or made for one of its types,
 * becomes a trap first: rustc's v0 symbol names (.cargo/config.toml) name the types a generic
 * function was made for, and trunk's wasm-opt keeps the names (-g, index.html) for this step.
 * Nothing here streams, so none of them can run. 2.7 KB brotli of the app's wasm, 3.2 KB of the
 * engine's.
 */
export async function stripWasm(path) {
  const bytes = await readFile(path);
  const before = WebAssembly.Module.exports(new WebAssembly.Module(bytes)).map((e) => e.name);
  if (!before.some((name) => name.includes('intounderlying'))) throw new Error(`strip-streams: ${path} exports no wasm-streams class`);
  const named = binaryen.readBinary(bytes);
  named.setFeatures(FEATURE_BITS);
  const trapped = [];
  for (let i = 0; i < named.getNumFunctions(); i++) {
    const fn = named.getFunctionByIndex(i);
    const { name, module } = binaryen.getFunctionInfo(fn);
    if (module || !name.includes('wasm_streams')) continue;
    binaryen.Function.setBody(fn, named.unreachable());
    trapped.push(name);
  }
  // v0 names: the futures made for wasm-streams' methods are among them.
  if (!trapped.some((name) => name.includes('future_to_promise'))) throw new Error(`strip-streams: ${path} names no future made for wasm-streams (v0 symbol names and wasm-opt -g?)`);
  await writeFile(path, named.emitBinary());
  named.dispose();
  execFileSync(WASM_OPT, [...FEATURES, '--remove-exports', '--pass-arg=remove-exports@*intounderlying*', ...OPTIMIZE, path, '-o', path]);
  const module = new WebAssembly.Module(await readFile(path));
  if (WebAssembly.Module.exports(module).some((e) => e.name.includes('intounderlying'))) throw new Error(`strip-streams: ${path} still exports wasm-streams`);
  if (WebAssembly.Module.customSections(module, 'name').length) throw new Error(`strip-streams: ${path} would ship its function names`);
  return new Set(WebAssembly.Module.imports(module).map((i) => i.name));
}

/**
 * `glue` (wasm-bindgen's JavaScript, an ES module or a worker's classic script) without the
 * wasm-streams classes, and without the import functions whose names are not in `imports`.
 */
export function stripGlue(glue, imports) {
  const out = withoutClasses(withoutImports(glue, imports));
  if (out === glue || CLASSES.test(out) || /intounderlying/.test(out)) throw new Error('strip-streams: the glue does not hold wasm-streams the way this script knows');
  return out;
}

/** `text` with each of `cuts` ({ start, end, text }, none inside another) put in. */
const apply = (text, cuts) => cuts.sort((a, b) => b.start - a.start).reduce((t, c) => t.slice(0, c.start) + c.text + t.slice(c.end), text);

/** Every node of `node`'s tree, depth first, with `visit` telling whether to go inside. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string' || visit(node) === false) return;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

/** `glue` whose objects of import functions (`__wbg_…` keys) keep only those in `imports`. */
function withoutImports(glue, imports) {
  const cuts = [];
  walk(parse(glue, { ecmaVersion: 'latest', sourceType: 'module' }), (node) => {
    if (node.type !== 'ObjectExpression') return true;
    const keep = node.properties.filter((p) => !(p.key?.name?.startsWith('__wbg_') && !imports.has(p.key.name)));
    if (keep.length === node.properties.length) return true;
    // The object written again with the properties kept, so no comma is left over.
    cuts.push({ start: node.start, end: node.end, text: `{${keep.map((p) => glue.slice(p.start, p.end)).join(',')}}` });
    return false;
  });
  return apply(glue, cuts);
}

/** `glue` without the statements of its own scope that name a wasm-streams class: the classes,
 * their finalizers, their exports. Its scope is the module's, or, for a worker's glue
 * (`let wasm_bindgen = (function(exports) { … })(…);`), that function's. */
function withoutClasses(glue) {
  const cuts = [];
  const program = parse(glue, { ecmaVersion: 'latest', sourceType: 'module' });
  const [only] = program.body;
  const init = program.body.length === 1 && only.type === 'VariableDeclaration' ? only.declarations[0]?.init : null;
  const body = init?.type === 'CallExpression' && init.callee.type === 'FunctionExpression' ? init.callee.body.body : program.body;
  for (const statement of body) {
    if (CLASSES.test(glue.slice(statement.start, statement.end))) cuts.push({ start: statement.start, end: statement.end, text: '' });
  }
  return apply(glue, cuts);
}
