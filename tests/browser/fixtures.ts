import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  test as base,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';

/** The seed interview, as the tests address it. */
export const seed = {
  id: 'viktor-maiko-2026',
  title:
    'Ukrainian Ambassador to Kazakhstan: “The War Will End This Year. I Truly Believe In That.”',
};

/** The WCAG 2.2 A and AA rules, plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe runs in the page (`axe.run`: @axe-core/playwright's "legacy mode"), not in its default
 * way for cross-origin frames: `axe.runPartial` in each frame, every node of every rule (passes
 * too) serialised to the test, then a blank page opened in the context, axe injected into it
 * and `axe.finishRun` there. The app has no frames, so both run the same rules on the same
 * document and find the same violations (checked on the reader with three injected ones, and
 * every rule's outcome the same); in the page a pass costs about half the CPU (the reader at
 * 1280 px: 3.6-3.9 s of the browser's and the test's CPU, 1.7-2.2 s in the page;
 * docs/measurements.md#ci-wall-time). A cross-origin frame, were one ever added, would go
 * untested (axe's `frame-tested` rule lists it as incomplete, which no test reads).
 */
export const AXE_IN_PAGE = true;

/**
 * A built page starts its app once its first paint is on screen
 * (`startApp` in src/lib/landing.ts), which can come after the load event
 * `page.goto` waits for; a reader's first touch, key or focus starts it at
 * once. Tests act on the app as soon as they have loaded a page (a click
 * then reading the clipboard), so their pages start it as soon as they are
 * parsed, as a focus would: the load event then waits for the app's scripts.
 * The start itself is tested by prerender.spec.ts (no input: at the first
 * paint, or by the fallback where no paint is reported; `startAppAtOnce`
 * false) and early-input.spec.ts (scripts held back).
 */
const START_AT_ONCE = `document.addEventListener('DOMContentLoaded', function () {
  document.dispatchEvent(new FocusEvent('focusin'));
});`;

/**
 * `SLOW_CPU=<rate>` slows every page of the test's context that many times
 * (Chromium's CPU throttling, as a slow phone or CI machine would run it): a
 * test that reads the page before React has shown what it asked for fails
 * at once rather than now and then. Off unless set.
 */
const SLOW_CPU = Number(process.env.SLOW_CPU ?? 1);

async function slowDown(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU });
}

/**
 * What every test's context gets: its pages start their app at once (see
 * START_AT_ONCE; unless `startAppAtOnce` is false), and are slowed by
 * SLOW_CPU. Exported for a spec that makes a context of its own.
 */
export async function prepareContext(context: BrowserContext, startAppAtOnce = true) {
  if (startAppAtOnce) await context.addInitScript(START_AT_ONCE);
  // Pages the test opens itself; the first page is slowed before the test has it (below).
  if (SLOW_CPU > 1) context.on('page', (page) => void slowDown(page).catch(() => {}));
}

export const test = base.extend<{ axe: (what?: string) => Promise<void>; startAppAtOnce: boolean }>(
  {
    /** Whether the test's pages start their app as soon as they are parsed (see START_AT_ONCE). */
    startAppAtOnce: [true, { option: true }],
    context: async ({ context, startAppAtOnce }, use) => {
      await prepareContext(context, startAppAtOnce);
      await use(context);
    },
    page: async ({ page }, use) => {
      if (SLOW_CPU > 1) await slowDown(page);
      await use(page);
    },
    axe: async ({ page }, use, testInfo) => {
      // axe checks every element and rule: on a busy 2-core machine a page with
      // hundreds of links took 20-30 s of the default 30 s. Its tests get three times that.
      testInfo.slow();
      // `what` names the page or state checked, for a test that checks several.
      await use(async (what) => {
        const results = await new AxeBuilder({ page })
          .withTags(AXE_TAGS)
          .setLegacyMode(AXE_IN_PAGE)
          .analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
        );
        expect(summary, what ? `axe violations: ${what}` : 'axe violations').toEqual([]);
      });
    },
  },
);

export { expect, type Page };

/**
 * Waits until a citation dialog shows its citations. The CSL processor and its
 * styles (about 400 KB) load when a citation dialog first opens; with six
 * test suites sharing two cores, loading and compiling them took longer than
 * the 5 s an expectation waits by default, so this one waits up to 30 s
 * (times SLOW_CPU, as the default waits are: playwright.config.ts).
 */
export async function citationsShown(dialog: Locator): Promise<void> {
  await expect(dialog.getByRole('heading', { name: 'APA (7th edition)' })).toBeVisible({
    timeout: 30_000 * Math.max(1, SLOW_CPU),
  });
}

/**
 * Waits until the app has taken over the page. A prerendered page reads and
 * its links work before then, as plain links: a test that clicks an in-app
 * link straight after `page.goto` may load the next page from the server
 * instead (on a busy machine it did, and a library routed in by the test
 * never loaded). React marks the root element when it starts hydrating; from
 * then on it handles clicks itself (it hydrates the clicked part first).
 */
export async function appStarted(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer$'));
  });
}

/**
 * Waits until a copy button's status says it copied `what` ("Copy link to
 * question 3"). The clipboard is written asynchronously, and the status says
 * so once the write has landed: a test that read the clipboard straight after
 * the click raced it (reading HTML, `ClipboardItem.getType` failed with
 * "Clipboard data has changed" when the write landed between `read()` and
 * `getType()`; read earlier still, the old contents came back). A click
 * before the app started is pressed again once it has, later still.
 */
export async function copied(page: Page, what: string): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: `${what}: copied` })).toBeAttached();
}

/**
 * Holds back the requests for `url` until the returned function is called:
 * the page as a slow network or a busy machine would have it, every time.
 */
export async function holdRequests(page: Page, url: string | RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The page's vertical distance from the viewport top to an element's top. */
export async function topOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => element.getBoundingClientRect().top);
}

/** Whether the page is wider than the viewport (it scrolls sideways). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/**
 * A page opened with JavaScript on and the app's scripts refused, made as a reader without
 * JavaScript sees it, for what needs script in the page (axe): the mark the first inline script
 * sets removed (html:not(.js)), and each <noscript>'s content put in its place (a browser
 * running scripts reads it as text; without them it is the page's, as the reader's question index
 * after the text).
 */
export async function asWithoutScript(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.classList.remove('js');
    for (const element of document.querySelectorAll('noscript')) {
      const content = document.createElement('template');
      content.innerHTML = element.textContent;
      element.replaceWith(content.content);
    }
  });
}
