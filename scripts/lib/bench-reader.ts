import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';

declare global {
  interface Window {
    /** Main-thread tasks over 50 ms, collected in the page by the Long Tasks API. */
    benchTasks?: { start: number; duration: number }[];
    /** Durations of slow keystrokes, collected by the Event Timing API. */
    benchKeys?: number[];
  }
}

/** What opening one reader address costs, in Chromium on this machine. */
export type ReaderSample = {
  /** First contentful paint: the text is shown. */
  firstPaintMs: number;
  /** The address's target (or the page title) is focused: landed, hydrated, interactive. */
  landedMs: number;
  /** The longest main-thread task from the first paint until a second after landing. */
  longestTaskAfterPaintMs: number;
  /** Enter pressed to "n of N" shown. */
  searchMs: number;
  /** The longest main-thread task while the search was typed and answered. */
  longestTaskInSearchMs: number;
  /** Total blocking time from Enter to half a second after "n of N": each task's time over 50 ms, summed. */
  blockingInSearchMs: number;
  slowestKeystrokeMs: number;
  /** JavaScript heap in use after landing, and DOM nodes. */
  heapMB: number;
  domNodes: number;
};

async function collectTasks(page: Page) {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    window.benchTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    // durationThreshold is part of the Event Timing API, not yet of TypeScript's DOM types.
    const eventTiming: PerformanceObserverInit & { durationThreshold: number } = {
      type: 'event',
      buffered: true,
      durationThreshold: 16,
    };
    const keys: number[] = [];
    window.benchKeys = keys;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'keydown' || entry.name === 'keypress') keys.push(entry.duration);
    }).observe(eventTiming);
  });
}

const blockingTime = (page: Page, from: number, to: number) =>
  page.evaluate(
    ([start, end]) =>
      (window.benchTasks ?? [])
        .filter((task) => task.start + task.duration > start && task.start < end)
        .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    [from, to] as const,
  );

const longestTask = (page: Page, from: number, to: number) =>
  page.evaluate(
    ([start, end]) =>
      Math.max(
        0,
        ...(window.benchTasks ?? [])
          .filter((task) => task.start + task.duration > start && task.start < end)
          .map((task) => task.duration),
      ),
    [from, to] as const,
  );

/**
 * Opens a reader address, waits until it has landed (its target, or the page
 * title, focused), then searches it; measures each step.
 */
export async function measureReader(url: string, query: string): Promise<ReaderSample> {
  const browser = await chromium.launch({
    executablePath: findChromium() ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await collectTasks(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'commit', timeout: 180_000 });
    const hash = new URL(url).hash.slice(1);
    // A deep link lands on its target; the reader focuses the title only on later navigations.
    await page.waitForFunction(
      (id) => {
        const active = document.activeElement;
        const landOn = document.getElementById('root')?.getAttribute('data-land-on');
        const target = id || landOn;
        return target ? active?.id === target : document.readyState === 'complete';
      },
      hash,
      { timeout: 180_000, polling: 50 },
    );
    const landedMs = await page.evaluate(() => performance.now());
    // The page can land (focus its target) before its first contentful paint
    // is recorded: the 100,000-character paragraph did, and read NaN. Wait for it.
    const firstPaintMs = await page.evaluate(
      () =>
        // No named functions in here: tsx wraps them in a helper the page lacks.
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const paint = list.getEntries().find((e) => e.name === 'first-contentful-paint');
            if (paint) resolve(paint.startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => resolve(NaN), 10_000);
        }),
    );
    await page.waitForTimeout(1000);
    const longestTaskAfterPaintMs = await longestTask(page, firstPaintMs, landedMs + 1000);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;

    // The field is clicked where it is, typed into and waited on by id, with
    // the mouse and keyboard alone: Playwright's locators resolve in the page
    // (a role query computes the role of every element, an action checks what
    // is under the pointer), and on the 2,000-question interview (200,000
    // nodes) those long tasks were counted as the page's own.
    await page.waitForFunction(() => document.getElementById('reader_search'), undefined, {
      timeout: 180_000,
      polling: 50,
    });
    const box = await page.evaluate(() => {
      const field = document.getElementById('reader_search');
      field?.scrollIntoView({ block: 'nearest' });
      const rect = field?.getBoundingClientRect();
      return rect && { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    if (!box) throw new Error('no search field (#reader_search)');
    await page.mouse.click(box.x, box.y);
    const typing = await page.evaluate(() => performance.now());
    await page.keyboard.type(query, { delay: 50 });
    const start = await page.evaluate(() => performance.now());
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        /of|No matches/.test(document.getElementById('reader_search_status')?.textContent ?? ''),
      undefined,
      { timeout: 180_000, polling: 50 },
    );
    const end = await page.evaluate(() => performance.now());
    await page.waitForTimeout(500);
    const keys = await page.evaluate(() => window.benchKeys ?? []);
    return {
      firstPaintMs,
      landedMs,
      longestTaskAfterPaintMs,
      searchMs: end - start,
      longestTaskInSearchMs: await longestTask(page, typing, end + 500),
      blockingInSearchMs: await blockingTime(page, start, end + 500),
      slowestKeystrokeMs: keys.length ? Math.max(...keys) : 0,
      heapMB: metric('JSHeapUsedSize') / 1e6,
      domNodes: metric('Nodes'),
    };
  } finally {
    await browser.close();
  }
}
