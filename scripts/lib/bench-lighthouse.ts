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
  /** Lighthouse's measure of this machine's CPU at the time (a fast desktop scores 1500–2000). */
  benchmarkIndex: number;
};

/**
 * Lighthouse slows the CPU 4× to turn a fast desktop (benchmark index
 * 1500–2000) into a mid-tier phone. On a slower or busy machine that
 * emulates a far weaker phone than Lighthouse intends, and it warns so;
 * its documentation (docs/throttling.md, "Calibrating the CPU slowdown")
 * says to lower the multiplier in proportion. Never below 1×, never above 4×.
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): number {
  const TARGET_HOST_INDEX = 2000;
  const DEFAULT_SLOWDOWN = 4;
  const slowdown = (DEFAULT_SLOWDOWN * benchmarkIndex) / TARGET_HOST_INDEX;
  return Math.round(Math.min(DEFAULT_SLOWDOWN, Math.max(1, slowdown)) * 10) / 10;
}

/**
 * Runs Lighthouse's performance category (mobile, simulated throttling) on
 * each URL, `runs` times, interleaved so the pages share the machine's load,
 * in one Chromium (the system one, with the project's flags). The CPU
 * slowdown is `cpuSlowdown`, or calibrated to this machine by a first,
 * unrecorded run of the last URL. Returns every run's figures and the
 * slowdown used.
 */
export async function lighthouseRuns(
  urls: readonly string[],
  runs: number,
  cpuSlowdown?: number,
): Promise<{ runs: Map<string, LighthouseFigures[]>; cpuSlowdown: number }> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('Lighthouse needs Chromium: set CHROMIUM_PATH');
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const results = new Map<string, LighthouseFigures[]>(urls.map((url) => [url, []]));
  const audit = async (url: string, cpuSlowdownMultiplier?: number) => {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      ...(cpuSlowdownMultiplier === undefined ? {} : { throttling: { cpuSlowdownMultiplier } }),
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    return result.lhr;
  };
  try {
    const calibration = urls.at(-1);
    if (cpuSlowdown === undefined && calibration) {
      cpuSlowdown = calibratedCpuSlowdown((await audit(calibration)).environment.benchmarkIndex);
    }
    for (let run = 0; run < runs; run += 1) {
      for (const url of urls) {
        const lhr = await audit(url, cpuSlowdown);
        const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        results.get(url)?.push({
          performance: lhr.categories.performance?.score ?? NaN,
          fcpMs: value('first-contentful-paint'),
          lcpMs: value('largest-contentful-paint'),
          tbtMs: value('total-blocking-time'),
          cls: value('cumulative-layout-shift'),
          speedIndexMs: value('speed-index'),
          benchmarkIndex: lhr.environment.benchmarkIndex,
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return { runs: results, cpuSlowdown: cpuSlowdown ?? 4 };
}
