// A static file server for the release build in dist/, on 127.0.0.1 only, as a plain static host
// would serve it. Used by the end-to-end tests and the benchmark. With `compress`, text and wasm
// go out brotli- or gzip-encoded, as the browser asks, the way a real static host sends them:
// compressed once and kept, so a request does not wait for brotli's slowest setting (a wait that
// made Lighthouse's estimate of the server's response time, and so its FCP, vary from run to run).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

// DIST=… serves another build (an older one, to show a test failing before its fix).
export const DIST = resolve(process.env.DIST ?? resolve(import.meta.dirname, '../../dist'));

export const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/** `body` as brotli (quality 11) or gzip (level 9), the way a static host precompresses. */
export function compress(body, encoding) {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: 9 });
}

/** Compressed bodies by encoding and content: a static host compresses once, not per request. */
const compressed = new Map();

function compressOnce(body, encoding) {
  const key = `${encoding}:${createHash('sha256').update(body).digest('hex')}`;
  if (!compressed.has(key)) compressed.set(key, compress(body, encoding));
  return compressed.get(key);
}

/**
 * A shared downlink for every response of a server: `latency` ms before each response starts (a
 * round trip), then the bodies' bytes at `bytesPerSecond` in all, a chunk of each open response
 * in turn, as a phone's one slow connection carries them. Unlike DevTools' network throttling,
 * which holds back only the page's own requests, it also slows the service worker's and the web
 * workers' downloads, which on a phone share the same line.
 */
function downlink({ latency, bytesPerSecond }) {
  const CHUNK = 1024;
  const open = [];
  let pumping = false;
  // Bytes the line may still send, from the time it has run: a timer fires late, by a
  // millisecond or more, and one chunk per timer made the line 20 % slower than its rate.
  let allowed = 0;
  let since = 0;
  const pump = () => {
    const now = performance.now();
    allowed += ((now - since) * bytesPerSecond) / 1000;
    since = now;
    while (open.length && allowed >= CHUNK) {
      const next = open.shift();
      const chunk = next.body.subarray(next.sent, next.sent + CHUNK);
      next.sent += chunk.length;
      allowed -= chunk.length;
      if (next.sent < next.body.length) {
        next.res.write(chunk);
        open.push(next);
      } else {
        next.res.end(chunk);
      }
    }
    if (!open.length) {
      pumping = false;
      return;
    }
    setTimeout(pump, (1000 * CHUNK) / bytesPerSecond);
  };
  return (res, body) => setTimeout(() => {
    if (!body?.length) return res.end(body);
    open.push({ res, body, sent: 0 });
    if (!pumping) {
      pumping = true;
      // An idle line starts with one chunk's worth: it saves up nothing while idle.
      allowed = CHUNK;
      since = performance.now();
      pump();
    }
  }, latency);
}

/**
 * Starts serving `root` on a free port; resolves to { url, close }. `extra` maps paths to file
 * bodies served as well, e.g. a municipality's own region profile. `compress` encodes responses;
 * `downloaded`, an array, gets the path of every file sent in full (not a 304). Files go out with
 * an ETag and Last-Modified, as a static host sends them, and a request that names the ETag it
 * holds gets 304 Not Modified. `throttle` ({ latency, bytesPerSecond }) sends every response
 * through one slow line (`downlink`). `cut`, a pattern of paths, drops the connection of each
 * file it matches halfway through its body, as a phone's line drops a download; `stall`, a
 * pattern of paths, never answers them, as a line that hangs.
 */
export async function serve(root = DIST, extra = {}, { compress: encode = false, downloaded, throttle, cut, stall } = {}) {
  const line = throttle && downlink(throttle);
  const server = createServer(async (req, res) => {
    if (line) {
      const { end } = res;
      res.end = (body) => {
        res.end = end;
        line(res, typeof body === 'string' ? Buffer.from(body) : body);
        return res;
      };
    }
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (stall?.test(path)) return;
    if (path in extra) {
      const type = path.endsWith('/') ? TYPES['.html'] : TYPES[extname(path)];
      res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' });
      res.end(extra[path]);
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', etag, 'last-modified': info.mtime.toUTCString() };
      // On the slow line, the browser checks every file with the server before using its copy,
      // as many hosts ask (max-age=0): else whether a page came from the browser's cache would
      // depend on how long ago the build was made (its Last-Modified).
      if (throttle) headers['cache-control'] = 'no-cache';
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      downloaded?.push(path);
      const accepts = req.headers['accept-encoding'] ?? '';
      const encoding = !encode || !COMPRESSIBLE.has(extname(file)) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
      if (encoding) {
        headers['content-encoding'] = encoding;
        headers.vary = 'accept-encoding';
      }
      const sent = encoding ? compressOnce(body, encoding) : body;
      if (cut?.test(path)) {
        res.writeHead(200, { ...headers, 'content-length': sent.length });
        res.write(sent.subarray(0, sent.length >> 1));
        setTimeout(() => res.destroy(), 100);
        return;
      }
      res.writeHead(200, headers);
      res.end(sent);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    }),
  };
}
