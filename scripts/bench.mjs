// The performance benchmark (not a test): first-load and first-visit bytes, Lighthouse (mobile,
// five runs, each shown, then medians), and the in-browser time from the last tap to the rendered result. Expects a release
// build in dist/ (scripts/bench.sh builds it). Prints each figure beside its budget.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../tests/e2e/server.mjs';
import { CHROME_FLAGS, launch, phonePage } from '../tests/e2e/browser.mjs';
import { BUDGET, firstLoad, firstVisit, table } from './first-load.mjs';

const LIGHTHOUSE_RUNS = 5;
const TIMING_RUNS = 20;
// A complete self-employed case: the check screen, one tap from the result.
const CHECK = '#work=own_account&age=45&citizen=id&nik=1&income=1500000&transport=0&dtks=1&region=13.71&group=fisher&jht=0&lang=id&step=check';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function lighthouseRuns(url) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const runs = [];
  try {
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const audit = (id) => lhr.audits[id]?.numericValue;
      runs.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tti: audit('interactive'),
        // As it happened in the browser, before Lighthouse simulates a slow phone and network.
        observedFcp: lhr.audits.metrics.details.items[0].observedFirstContentfulPaint,
        observedLcp: lhr.audits.metrics.details.items[0].observedLargestContentfulPaint,
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        failing: Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
          .map((a) => a.id),
      });
    }
  } finally {
    await chrome.kill();
  }
  return runs;
}

/** A phone page whose CPU DevTools slows `cpuSlowdown` times. */
async function throttledPage(browser, cpuSlowdown) {
  const { page } = await phonePage(browser);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  return page;
}

/**
 * Starts watching for the next tap: resolves to the milliseconds from it (stamped in the capture
 * phase) until `selector` is in the page (`inDom`, seen by a MutationObserver) and until the next
 * frame after that (`frame`, by requestAnimationFrame).
 */
function timeTapUntil(page, selector) {
  return page.evaluate(
    (selector) =>
      new Promise((done) => {
        let start = 0;
        addEventListener('click', () => (start = performance.now()), { capture: true, once: true });
        new MutationObserver((_, observer) => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          const inDom = performance.now() - start;
          requestAnimationFrame(() => done({ inDom, frame: performance.now() - start }));
        }).observe(document.body, { childList: true, subtree: true });
      }),
    selector,
  );
}

/**
 * Milliseconds from the tap on "Lihat hasil" to the result: in the page, and to the first frame
 * that shows it. `cpuSlowdown` emulates a slower phone through DevTools. With `warm`, the tap
 * waits until the engine worker has loaded, as it has after a person's answers; without, the tap
 * comes as soon as a link opened straight on the check screen is drawn.
 */
async function answerToResult(browser, url, cpuSlowdown, warm = true) {
  const page = await throttledPage(browser, cpuSlowdown);
  const times = [];
  for (let i = 0; i < TIMING_RUNS; i++) {
    await page.goto('about:blank');
    await page.goto(url + CHECK);
    await page.locator('dl.check').waitFor();
    // The engine worker loads while the person answers; here it has had no such time.
    if (warm) await page.locator('html[data-engine=ready]').waitFor();
    const measured = timeTapUntil(page, '.result');
    await page.locator('[data-action=result]').click();
    times.push(await measured);
  }
  await page.context().close();
  const dom = times.map((t) => t.inDom);
  const frame = times.map((t) => t.frame);
  return { median: median(dom), max: Math.max(...dom), frame: median(frame) };
}

/**
 * Milliseconds from the tap on "Lanjut" with a place chosen in the region question to the next
 * question in the page: the engine worker reads the place's schemes, which decide what comes next.
 */
async function placeToNext(browser, url, cpuSlowdown) {
  const page = await throttledPage(browser, cpuSlowdown);
  const times = [];
  for (let i = 0; i < TIMING_RUNS; i++) {
    await page.goto('about:blank');
    await page.goto(`${url}#work=own_account&age=45&citizen=id&nik=1&income=1500000&transport=0&lang=id&step=region`);
    await page.locator('html[data-engine=ready]').waitFor();
    await page.locator('#q-region').fill('kota padang');
    await page.locator('.places input[value="13.71"]').check();
    const measured = timeTapUntil(page, 'form.question[data-field=dtks]');
    await page.locator('form.question button[type=submit]').click();
    times.push((await measured).inDom);
  }
  await page.context().close();
  return { median: median(times), max: Math.max(...times) };
}

const server = await serve(undefined, {}, { compress: true });
const browser = await launch();
const load = await firstLoad(browser, server.url);
const visit = await firstVisit(load);
const fast = await answerToResult(browser, server.url, 1);
const slow = await answerToResult(browser, server.url, 4);
const cold = await answerToResult(browser, server.url, 4, false);
const place = await placeToNext(browser, server.url, 1);
const placeSlow = await placeToNext(browser, server.url, 4);
await browser.close();
const runs = await lighthouseRuns(server.url);
await server.close();

const lh = Object.fromEntries(
  ['performance', 'accessibility', 'bestPractices', 'fcp', 'lcp', 'tti', 'tbt', 'cls'].map((k) => [k, median(runs.map((r) => r[k]))]),
);
const ms = (v) => `${Math.round(v)} ms`;
const verdict = (ok) => (ok ? 'met' : 'NOT met');

console.log('\n## First load (served brotli/gzip; bytes)');
console.log(table(load));
console.log('\n## First visit: the first load, then what the service worker stores for offline use');
console.log(table(visit));
console.log(`\n## Lighthouse ${LIGHTHOUSE_RUNS} runs, mobile (default simulated throttling)`);
runs.forEach((r, i) =>
  console.log(
    `run ${i + 1}: performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r.bestPractices}, FCP ${ms(r.fcp)}, LCP ${ms(r.lcp)}, TTI ${ms(r.tti)}, TBT ${ms(r.tbt)}, CLS ${r.cls.toFixed(3)}; observed FCP ${ms(r.observedFcp)}, LCP ${ms(r.observedLcp)}${r.failing.length ? ` (below 1: ${r.failing.join(', ')})` : ''}`,
  ),
);
console.log(`median: performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}, FCP ${ms(lh.fcp)}, LCP ${ms(lh.lcp)}, TTI ${ms(lh.tti)}, TBT ${ms(lh.tbt)}, CLS ${lh.cls.toFixed(3)}`);
console.log(`\n## Tap on "Lihat hasil" to the result on screen (${TIMING_RUNS} runs each)`);
const timing = (t) => `result in the page: median ${t.median.toFixed(1)} ms, slowest ${t.max.toFixed(1)} ms; next frame starts (rAF): median ${t.frame.toFixed(1)} ms`;
console.log(`this machine's CPU: ${timing(fast)}`);
console.log(`CPU slowed 4x (as Lighthouse's mobile preset): ${timing(slow)}`);
console.log(`CPU slowed 4x, tapped before the engine worker had loaded: ${timing(cold)}`);
console.log(`\n## Tap on "Lanjut" with a place chosen to the next question (${TIMING_RUNS} runs each)`);
const placed = (t) => `median ${t.median.toFixed(1)} ms, slowest ${t.max.toFixed(1)} ms`;
console.log(`this machine's CPU: ${placed(place)}; CPU slowed 4x: ${placed(placeSlow)}`);

console.log('\n## Budget');
const rows = [
  ['first load, brotli', `${load.total.brotli} B`, `<= ${BUDGET.firstLoadBrotli} B`, load.total.brotli <= BUDGET.firstLoadBrotli],
  ['Lighthouse performance', lh.performance, `>= ${BUDGET.performance}`, lh.performance >= BUDGET.performance],
  ['Lighthouse accessibility', lh.accessibility, `= ${BUDGET.accessibility}`, lh.accessibility >= BUDGET.accessibility],
  ['Lighthouse best practices', lh.bestPractices, `= ${BUDGET.bestPractices}`, lh.bestPractices >= BUDGET.bestPractices],
  ['LCP, slowest of the runs', ms(Math.max(...runs.map((r) => r.lcp))), `<= ${BUDGET.lcpMs} ms`, runs.every((r) => r.lcp <= BUDGET.lcpMs)],
  ['largest paint = the shell (runs)', `${runs.filter((r) => r.observedLcp === r.observedFcp).length} of ${runs.length}`, 'all', runs.every((r) => r.observedLcp === r.observedFcp)],
  ['CLS', lh.cls.toFixed(3), `= ${BUDGET.cls}`, lh.cls <= BUDGET.cls],
  ['answer to result, this CPU', `${fast.median.toFixed(1)} ms`, `<= ${BUDGET.answerToResultMs} ms`, fast.median <= BUDGET.answerToResultMs],
  ['answer to result, 4x slower CPU', `${slow.median.toFixed(1)} ms`, `<= ${BUDGET.answerToResultMs} ms`, slow.median <= BUDGET.answerToResultMs],
];
for (const [name, value, budget, ok] of rows) console.log(`${name.padEnd(32)} ${String(value).padStart(10)}  ${budget.padEnd(12)} ${verdict(ok)}`);
