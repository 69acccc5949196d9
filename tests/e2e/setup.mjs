// Shared set-up of the end-to-end tests: the release build served on 127.0.0.1 and Chromium.
import { before, after } from 'node:test';
import { serve, DIST } from './server.mjs';
import { launch } from './browser.mjs';

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
