// Takes wasm-streams out of a release build's wasm and glue. Leptos turns on server_fn's
// `browser` feature, which links wasm-streams, and its three #[wasm_bindgen] classes
// (IntoUnderlyingSource, IntoUnderlyingSink, IntoUnderlyingByteSource) are exports: no optimizer
// may drop an export, so every wasm of the build carried them and all they reach, and every glue
// their JavaScript classes, though nothing here streams. About 1.1 KB brotli of the app's wasm
// and 0.6 KB of its glue on the first load.
//
// The wasm loses the exports (wasm-opt --remove-exports) and is optimized again, so what only
// they reached goes, with the imports only that code used. The glue loses the classes and every
// import function the wasm no longer imports. Each step checks what it found: a wasm-bindgen that
// writes its glue differently fails the build here, not in the browser.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'acorn';

const CLASSES = /\bIntoUnderlying(?:ByteSource|Sink|Source)/;
// Trunk's own wasm-opt flags (index.html), and the WebAssembly features rustc's wasm32 target
// turns on: the custom section that would name them is stripped.
const OPTIMIZE = ['-Oz', '--converge', '--strip-producers', '--strip-target-features', '--low-memory-unused'];
// npm binaryen's wasm-opt, the one trunk uses (scripts/setup.sh): never Debian's 108.
const WASM_OPT = join(import.meta.dirname, '..', 'node_modules', '.bin', 'wasm-opt');
const FEATURES = ['--enable-bulk-memory', '--enable-multivalue', '--enable-mutable-globals', '--enable-nontrapping-float-to-int', '--enable-reference-types', '--enable-sign-ext'];

/** The wasm at `path` without wasm-streams' exports, optimized again; its import names. */
export async function stripWasm(path) {
  const before = WebAssembly.Module.exports(new WebAssembly.Module(await readFile(path))).map((e) => e.name);
  if (!before.some((name) => name.includes('intounderlying'))) throw new Error(`strip-streams: ${path} exports no wasm-streams class`);
  execFileSync(WASM_OPT, [...FEATURES, '--remove-exports', '--pass-arg=remove-exports@*intounderlying*', ...OPTIMIZE, path, '-o', path]);
  const module = new WebAssembly.Module(await readFile(path));
  if (WebAssembly.Module.exports(module).some((e) => e.name.includes('intounderlying'))) throw new Error(`strip-streams: ${path} still exports wasm-streams`);
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
