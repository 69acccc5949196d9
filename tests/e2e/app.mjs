// Page object for Cek Jamsostek: walks the questions as a person would, one screen at a time.
import assert from 'node:assert/strict';
import { phonePage, axeViolations } from './browser.mjs';

/** A fixed assessment date, so amounts do not change with the calendar. */
export const DATE = '2026-11-21';

/** Waits until `frame` (a page or a frame) is under a service worker that has stored the engine's wasm. */
export async function engineStored(frame) {
  await frame.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 15000 });
  await frame.evaluate(() => navigator.serviceWorker.ready);
  await frame.waitForFunction(async () => (await caches.keys()).length > 0 && (await (await caches.open((await caches.keys())[0])).keys()).some((r) => r.url.includes('engine-') && r.url.endsWith('_bg.wasm')), null, { timeout: 15000 });
}

/** A ride-hailing driver in Kota Padang, answered question by question (`CheckApp.walk`). */
export const DRIVER = { work: 'platform', age: '30', citizen: 'id', nik: '1', income: '3000000', transport: '1', region: { place: 'kota padang', pick: '13.71' }, dtks: '0', group: 'other', jht: '1' };

export class CheckApp {
  constructor(page, errors, baseUrl) {
    this.page = page;
    this.errors = errors;
    this.baseUrl = baseUrl;
    this.scanned = null;
  }

  static async open(browser, baseUrl, fragment = `date=${DATE}`, contextOptions = {}) {
    const { page, errors } = await phonePage(browser, contextOptions);
    const app = new CheckApp(page, errors, baseUrl);
    await app.goto(fragment);
    return app;
  }

  /** Loads the page afresh with `fragment`, as opening a link in a new tab does. */
  async goto(fragment) {
    await this.page.goto('about:blank');
    await this.page.goto(`${this.baseUrl}#${fragment}`);
    await this.page.locator('[data-app-ready]').waitFor();
  }

  /** Scan each distinct screen with axe once per language, into `seen`. */
  scanScreensInto(seen) {
    this.scanned = seen;
    return this;
  }

  async scan(key) {
    if (!this.scanned) return;
    const lang = await this.page.getAttribute('html', 'lang');
    const id = `${lang}:${key}`;
    if (this.scanned.has(id)) return;
    this.scanned.add(id);
    assert.deepEqual(await axeViolations(this.page), [], `axe on ${id}`);
  }

  heading() {
    return this.page.locator('h1').first().innerText();
  }

  async switchLanguage() {
    await this.page.locator('.lang-toggle').click();
  }

  async start() {
    await this.scan('intro');
    await this.page.locator('.button.primary').click();
    await this.page.locator('form.question').waitFor();
  }

  currentField() {
    return this.page.locator('form.question').getAttribute('data-field');
  }

  /** Answers one question. `answer` is a choice value, `{ type: text }`, `{ skip: true }`, or for
   * the region question `{ place: typed, pick: code }`: type the place and choose it. */
  async answer(field, answer) {
    const page = this.page;
    if (answer?.place) {
      await page.locator('#q-region').fill(answer.place);
      await page.locator(`.places input[value="${answer.pick}"]`).waitFor();
    }
    await this.scan(`question:${field}`);
    if (answer?.place) {
      await page.locator(`.places input[value="${answer.pick}"]`).check();
      await page.locator('form.question button[type=submit]').click();
    } else if (answer?.skip) {
      await page.locator('form.question .actions .button:not(.primary)').click();
    } else {
      if (typeof answer === 'object') {
        await page.locator(`#q-${field}`).fill(answer.type);
        if (answer.echo) {
          await assert.doesNotReject(page.locator('.echo', { hasText: answer.echo }).waitFor({ timeout: 2000 }), `echo ${answer.echo}`);
        }
      } else if (await page.locator(`input[type=radio][name="${field}"]`).count()) {
        await page.locator(`input[type=radio][name="${field}"][value="${answer}"]`).check();
      } else {
        await page.locator(`#q-${field}`).fill(String(answer));
      }
      await page.locator('form.question button[type=submit]').click();
    }
    await page.waitForFunction(
      (prev) => document.querySelector('form.question')?.dataset.field !== prev,
      field,
    );
  }

  /** Answers every question the app asks from `persona`; returns the fields asked, in order. */
  async walk(persona) {
    const asked = [];
    while (await this.page.locator('form.question').count()) {
      const field = await this.currentField();
      assert.ok(field in persona, `the app asked "${field}", which this persona has no answer for`);
      asked.push(field);
      await this.answer(field, persona[field]);
    }
    return asked;
  }

  async seeResult() {
    await this.page.locator('dl.check').waitFor();
    await this.scan('check');
    await this.page.locator('.button.primary').click();
    await this.page.locator('.result').waitFor();
    const result = await this.readResult();
    await this.scan(`result:${result.category}`);
    return result;
  }

  /** The result as the data-* attributes state it, once the engine worker has drawn it. */
  async readResult() {
    await this.page.locator('.result').waitFor();
    return this.page.evaluate(() => {
      const root = document.querySelector('.result');
      const inPlan = (el) => !el.closest('[data-scenario="alternative"]');
      const programs = {};
      for (const p of root.querySelectorAll('[data-program]')) {
        const shares = {};
        for (const s of p.querySelectorAll('[data-payer]')) {
          if (inPlan(s)) shares[`${s.dataset.payer}/${s.dataset.period}`] = Number(s.dataset.idr);
        }
        programs[p.dataset.program] = { status: p.dataset.status, shares };
      }
      const totals = {};
      const alternative = {};
      for (const t of root.querySelectorAll('[data-total]')) {
        (inPlan(t) ? totals : alternative)[`${t.dataset.payer}/${t.dataset.period}`] = Number(t.dataset.idr);
      }
      const base = root.querySelector('[data-base]');
      return {
        base: base && { idr: Number(base.dataset.base), text: base.innerText },
        eligible: root.dataset.eligible,
        category: root.dataset.category,
        headline: root.querySelector('h1').innerText,
        programs,
        totals,
        alternative,
      };
    });
  }
}
