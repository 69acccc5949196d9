// Size report: what the first page load of the release build downloads, raw, gzip and brotli.
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { firstLoad, table } from './first-load.mjs';

const server = await serve();
const browser = await launch();
const load = await firstLoad(browser, server.url);
await browser.close();
await server.close();
console.log(table(load));
console.log(`first load: ${load.rows.length} files, ${load.total.brotli} bytes brotli`);
