import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './chromium';

/** What Lighthouse's best-practices category says of one page. */
export type BestPracticesResult = {
  url: string;
  /** The category's score, 0 to 1. */
  score: number;
  /** The audits that count towards the score and did not pass, by id. */
  failed: string[];
};

/**
 * Lighthouse 12's best-practices category (console errors, deprecations,
 * CSP, HTTPS, image sizes, viewport, doctype…) on each URL, in the system
 * Chromium. Lighthouse 12 has no PWA category any more; what it checked
 * (a manifest and a service worker that make the app installable) Chromium
 * checks itself (the offline browser tests ask it: Page.getInstallabilityErrors).
 */
export async function bestPractices(urls: readonly string[]): Promise<BestPracticesResult[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('Lighthouse needs Chromium: set CHROMIUM_PATH');
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const results: BestPracticesResult[] = [];
  try {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['best-practices'],
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
      const category = result.lhr.categories['best-practices'];
      const failed = (category?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => result.lhr.audits[ref.id])
        .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
        .map((audit) => audit?.id ?? '');
      results.push({ url, score: category?.score ?? NaN, failed });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
