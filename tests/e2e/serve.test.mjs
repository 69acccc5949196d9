// A newcomer's first look: `scripts/serve.sh` serves the release build (the one people get),
// without the development build's live-reload script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

test('serve.sh serves the release build, with no live reload', { timeout: 600_000 }, async () => {
  const port = await freePort();
  const dist = mkdtempSync(join(tmpdir(), 'serve-'));
  const server = spawn('bash', ['scripts/serve.sh', '--dist', dist], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
    detached: true,
  });
  try {
    const url = `http://127.0.0.1:${port}/`;
    let html = null;
    for (let i = 0; i < 540 && html === null; i++) {
      html = await fetch(url).then((r) => (r.ok ? r.text() : null), () => null);
      if (html === null) await new Promise((ok) => setTimeout(ok, 1000));
    }
    assert.ok(html, 'serve.sh answered');
    assert.doesNotMatch(html, /WebSocket|__TRUNK_ADDRESS__/, 'no live-reload script (it opens a WebSocket to trunk)');
    const wasm = html.match(/[\w-]+_bg\.wasm/)?.[0];
    assert.ok(wasm, 'the page loads a wasm file');
    const bytes = (await (await fetch(`${url}${wasm}`)).arrayBuffer()).byteLength;
    assert.ok(bytes < 500_000, `the release wasm is ${bytes} bytes (the development build's is about 2 MB)`);
  } finally {
    process.kill(-server.pid, 'SIGTERM');
  }
});
