import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './chromium';

/** What Lighthouse's mobile run (simulated throttling) says of one page. */
export type LighthouseFigures = {
  performance: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
};

/**
 * Runs Lighthouse's performance category on each URL, `runs` times,
 * interleaved so the pages share the machine's load, in one Chromium
 * (the system one, with the project's flags). Returns every run's figures.
 */
export async function lighthouseRuns(
  urls: readonly string[],
  runs: number,
): Promise<Map<string, LighthouseFigures[]>> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('Lighthouse needs Chromium: set CHROMIUM_PATH');
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const results = new Map<string, LighthouseFigures[]>(urls.map((url) => [url, []]));
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const url of urls) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        const { lhr } = result;
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        results.get(url)?.push({
          performance: lhr.categories.performance?.score ?? NaN,
          fcpMs: audit('first-contentful-paint'),
          lcpMs: audit('largest-contentful-paint'),
          tbtMs: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          speedIndexMs: audit('speed-index'),
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
