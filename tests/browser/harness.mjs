// Shared set-up for the browser tests: the repository served on loopback and Debian's
// Chromium driven by playwright-core (no browser download), with a fresh profile each time.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Serves `root` (with `serveOptions`, see scripts/serve.mjs) and opens Chromium; `close()`
 * ends both. Every page records Content-Security-Policy violations in `window.cspViolations`.
 */
export async function open(root = ROOT, serveOptions = {}) {
  const server = await serve(root, 0, serveOptions);
  const profile = mkdtempSync(join(tmpdir(), 'abridge-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  // Runs before the page's own scripts, and is not itself subject to the page's CSP.
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const base = `http://127.0.0.1:${server.address().port}/`;
  return {
    base,
    context,
    /** A new page that fails the test on any uncaught page error. */
    async page(path) {
      const page = await context.newPage();
      page.errors = [];
      page.on('pageerror', (error) => page.errors.push(error.message));
      page.on('dialog', (dialog) => {
        page.errors.push(`dialog: ${dialog.message()}`);
        dialog.dismiss();
      });
      if (path) await page.goto(base + path);
      return page;
    },
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on `page` (every rule it runs by default), as "rule: target" lines. */
export async function axeViolations(page) {
  await page.evaluate(AXE); // evaluated by the test driver, so a strict CSP does not block it
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.help})`));
}
