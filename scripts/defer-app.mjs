// Rewrites trunk's index.html so the page fetches the app only once the static shell is on screen.
//
// Trunk's page asks for the glue, the loader and the wasm (preload links, static imports) while
// the shell is still being parsed. On a fast connection the app then replaced the shell's nodes
// before Chrome had recorded their paint, so the app's identical first screen became a second,
// later largest paint. And Lighthouse counts every download that ended before the paint as
// needed for it: the icon and the manifest too. Now nothing but the page itself is fetched before
// the shell is painted: the icon is written into the page (a data: link, 0.3 KB), and the
// manifest link is added to the head right after the paint. A result link's page waits instead
// for the result the engine worker draws before the app (index.html, `early`): the line is the
// engine's first.
// Once fetched, the app's glue and its wasm come in parallel, and a line that loses either, even
// halfway through the wasm, ends the app's start at once in the initializer's failure (the page
// says so): trunk's loader imported the glue first, then the wasm, and a failed glue or a download
// dropped halfway left the page waiting for ever, without a word.
// Each pattern must match: a trunk that writes its page differently fails the build here.
import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const wait = `
// The shell's paint is recorded (largest-contentful-paint; 'paint' or the next frame where the
// browser has no such entry), or the page is not on view, or a second has passed.
function shellPainted() {
  return new Promise((done) => {
    if (document.visibilityState !== 'visible') return done();
    addEventListener('visibilitychange', done, { once: true });
    setTimeout(done, 1000);
    const types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    const type = ['largest-contentful-paint', 'paint'].find((t) => types.includes(t));
    if (!type) return requestAnimationFrame(() => setTimeout(done));
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      done();
    }).observe({ type, buffered: true });
  });
}
`;

function must(page, pattern, what) {
  const m = page.match(pattern);
  if (!m) throw new Error(`defer-app: trunk's index.html has no ${what}`);
  return m;
}

/** `page` with the app fetched after the shell's paint, and `icon` (SVG text) in the page.
 * Trunk's initializer (public/loading.js, staged in `dir`) is written into the page's module
 * script and its file removed: the app's start no longer waits a round trip for it after the
 * glue, and the two compress together. */
export async function deferApp(page, icon, dir) {
  const [glueImport, glue] = must(page, /import init, \* as bindings from '([^']+)';\n?/, 'glue import');
  const [loaderImport, loader] = must(page, /import initializer from '([^']+)';\n?/, 'initializer import');
  const [call, args] = must(page, /const wasm = await __trunkInitializer\(init, ('[^']+', \d+, )initializer\(\), true\);/, 'initializer call');
  // Trunk's loader reads the wasm's download into a stream of its own, and a read that fails
  // went nowhere (an unhandled rejection): that stream now fails with it, and the app's start.
  const [read] = must(page, /controller\.enqueue\(value\);\s*push\(\);\s*\}\)/, "initializer's read");
  const preloads = /<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/g;
  if (!preloads.test(page)) throw new Error("defer-app: trunk's index.html has no preload links");
  const [manifest] = must(page, /<link\b[^>]*\brel="?manifest"?[^>]*>/, 'manifest link');
  const [, manifestHref] = must(manifest, /\bhref="?([^" >]+)/, 'manifest address');
  const iconLink = /(<link\b[^>]*\bhref=)"?icon\.svg"?/;
  must(page, iconLink, 'icon link');
  const file = join(dir, loader.replace(/^\//, ''));
  const source = await readFile(file, 'utf8');
  const [exported] = must(source, /export default function\s*\w*\s*\(/, 'initializer function (loading.js)');
  await unlink(file);
  return page
    .replace(read, `${read.slice(0, -1)}, (error) => {
                controller.error(error);
                lose(error);
              })`)
    .replace(preloads, '')
    .replace(manifest, '')
    .replace(iconLink, (_, start) => `${start}"data:image/svg+xml,${icon.trim().replace(/"/g, "'").replace(/[#%<>]/g, encodeURIComponent)}"`)
    .replace(glueImport, '')
    .replace(loaderImport, '')
    .replace(
      call,
      () => `${source.replace(exported, 'function initializer(')}
${wait}
await (window.early ? early.drawn : shellPainted());
document.head.append(Object.assign(document.createElement('link'), { rel: 'manifest', href: ${JSON.stringify(manifestHref)} }));
const hooks = initializer();
let bindings, lose;
// The wasm lost (its request, or its download halfway) while the glue is still coming.
const lost = new Promise((_, reject) => (lose = reject));
const init = async (options) => {
  options.module_or_path.catch(lose);
  bindings = await Promise.race([import('${glue}'), lost]);
  hooks.onScript();
  return bindings.default(options);
};
const wasm = await __trunkInitializer(init, ${args}hooks, true);`,
    );
}
