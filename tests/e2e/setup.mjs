// Shared set-up of the end-to-end tests: the release build served on 127.0.0.1 and Chromium.
import { before, after } from 'node:test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve, DIST } from './server.mjs';
import { launch } from './browser.mjs';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');

/** Starts the server and the browser before the file's tests and stops them after. */
export function useServerAndBrowser(root = DIST, extra = {}) {
  const env = {};
  before(async () => {
    env.server = await serve(root, extra);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** As `useServerAndBrowser`, and `env.host`: a municipal page (examples/host.html) that embeds
 * the app, served on another origin. */
export function useAppAndHost() {
  const env = {};
  before(async () => {
    env.server = await serve();
    const page = readFileSync(resolve(EXAMPLES, 'host.html'), 'utf8').replaceAll('APP_URL/', env.server.url);
    env.host = await serve(EXAMPLES, { '/': page });
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
    await env.host?.close();
  });
  return env;
}
