// Writes the page's Content Security Policy into its <head>, as a meta tag, since any static
// host serves the app and none can be asked for a header. Run last on the finished page: the
// hashes are of the inline scripts and styles exactly as they ship, so a loader changed by any
// earlier step cannot ship with a stale hash (the browser would refuse to run it, and the e2e
// tests would see the app not start).
import { createHash } from 'node:crypto';

/** The name of the Trusted Types policy for markup and workers (src/ui/trusted.rs,
 * public/staff-page.js); `${POLICY_NAME}-page` is the page's inline script's (index.html): the
 * service worker's address, and for a result link the engine worker's and its markup. */
const POLICY_NAME = 'cek-jamsostek';

const hashOf = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The bodies of `page`'s inline `tag` elements (a `<script src>` is not inline). */
function inline(page, tag) {
  const found = [];
  for (const [, attributes, body] of page.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))) {
    if (tag === 'script' && /\bsrc\s*=/i.test(attributes)) continue;
    found.push(body);
  }
  return found;
}

/** The policy for `page`: only what the page itself needs, nothing from another origin. */
export function policyFor(page) {
  const scripts = inline(page, 'script').map(hashOf);
  const styles = inline(page, 'style').map(hashOf);
  return [
    "default-src 'self'",
    // WebAssembly needs 'wasm-unsafe-eval'; JavaScript's eval stays forbidden.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...scripts].join(' '),
    ['style-src', "'self'", ...styles].join(' '),
    // The icon is written into the page as a data: address; the calendar file is a download.
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${POLICY_NAME} ${POLICY_NAME}-page`,
  ].join('; ');
}

/** `page` with its policy as the first thing after `<meta charset>`, so it covers all that follows. */
export function withPolicy(page) {
  if (/http-equiv=["']?content-security-policy/i.test(page)) throw new Error('csp: the page already has a policy');
  const charset = page.match(/<meta charset=["']?utf-8["']?>/i);
  if (!charset) throw new Error('csp: the page has no <meta charset=utf-8>');
  const meta = `<meta http-equiv=Content-Security-Policy content="${policyFor(page)}">`;
  return page.replace(charset[0], `${charset[0]}${meta}`);
}
