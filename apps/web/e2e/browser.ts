import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Locator, Page, chromium } from 'playwright-core';

/** Debian's Chromium, with the flags this sandbox needs (no network beyond loopback, running as root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) in the page and returns the violations, readable in a failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  // The page at rest: a list refreshing its results is dimmed for a moment (aria-busy, an opacity transition), and axe
  // measured its contrast mid-fade under load. Waiting is bounded and never fatal: a page that stays busy is checked
  // as it is, and fails if it is wrong. Endless animations (the loading skeletons' pulse) are not waited for.
  await page
    .waitForFunction(
      () =>
        !document.querySelector('[aria-busy="true"]') &&
        document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  // Evaluated through the DevTools protocol: an injected <script> would be blocked by the app's CSP (script-src 'self'),
  // which stays on during the tests so that the app's own violations would show.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations.map(
    (v: AxeViolation) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set (global setup did not run)');
  return url;
}

/** Waits until the locator's text matches; the message shows the last text seen. */
export async function expectText(locator: Locator, pattern: RegExp, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = ((await locator.textContent({ timeout: timeoutMs }).catch(() => '')) ?? '').trim();
    if (pattern.test(last)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Expected text matching ${pattern}, last seen "${last}"`);
}

/** A browser context signed in as a demo member (the session cookie lands in the context), in French. */
export async function signedInPage(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
  const page = await context.newPage();
  const response = await page.request.post(`${baseUrl()}/graphql`, {
    data: { query: `mutation { signIn(email: "${email}", password: "culture-commune-demo") { id } }` },
  });
  expect((await response.json()).errors).toBeUndefined();
  return { context, page };
}
