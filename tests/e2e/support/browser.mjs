// Real Chromium from Debian, driven by playwright-core (never `playwright install`).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');

export const VIEWPORTS = {
  telefono: { width: 390, height: 844 },
  escritorio: { width: 1280, height: 800 },
};

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * A new page at a viewport, with a record of errors, console warnings and every request it made.
 * @returns {Promise<{ page: import('playwright-core').Page, context: any, errors: string[], warnings: string[], requests: string[] }>}
 */
export async function openPage(browser, viewport, options = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'es-CO', ...options });
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('request', (r) => requests.push(r.url()));
  return { page, context, errors, warnings, requests };
}

/** Waits until the wasm app has rendered its first heading. */
export async function waitForApp(page) {
  await page.waitForSelector('main h1', { timeout: 30_000 });
  // Step 1 of a new agenda has a heading before the app starts (the page's copy of it,
  // src/index.html): the app has started once the page's loading screen is gone.
  await page.waitForFunction(() => !document.getElementById('carga'), null, { timeout: 30_000 });
}

/**
 * Runs axe-core on the page and returns its violations (WCAG 2.1 A and AA, plus best practices).
 * `sinReglas` names rules left out, for a screen where one does not apply (say why at the call).
 */
export async function axeViolations(page, sinReglas = []) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate((fuera) =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      rules: Object.fromEntries(fuera.map((id) => [id, { enabled: false }])),
      resultTypes: ['violations'],
    }),
  sinReglas);
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}

export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}
