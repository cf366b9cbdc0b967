// npm run bench:library [-- SIZE...]: the library at scale. For libraries of
// 100, 1,000 and 10,000 synthetic interviews (or the sizes given), in a
// temporary folder outside the repository: generates the library files,
// builds the site, and reports build time, output size, the library index's
// size and the search index's, and in Chromium the bytes a first library
// view, a filtered view and a first search load, and how long a search takes
// to answer after the last keystroke; at the first size, Lighthouse's best
// practices. Results print as a table and go to bench-results/library.json. Each
// site is removed once measured; KEEP=1 keeps them (in the system's temp folder).
// SEARCH_ONLY=1 builds without the section pages (every interview's page, which
// the search index reads, and the library are built as usual): a tenth of the
// time and disk at 10,000 interviews, for the same search index and the same
// search latency; its build time and output size are not the full build's.
// REMEASURE=1 measures sites kept by an earlier run again, without building.
// BENCH_ROOT=DIR builds the sites in DIR instead of the system's temp folder.
// LIGHTHOUSE=0 leaves out Lighthouse (timing searches again, say).
// BENCH_JSON=FILE writes the results to FILE instead of bench-results/library.json.
import { chromium, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createBuilder, preview } from 'vite';
import { libraryFiles as libraryPaths } from '../src/interview/library-files';
import { parseInterview } from '../src/interview/parse';
import { bestPractices, type BestPracticesResult } from './lib/bench-best-practices';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium';
import { PUBLIC_DIR } from './lib/interview-files';
import { writeSitePublic } from './lib/site-public';
import { syntheticLibrary } from './lib/synthetic-library';

const PORT = Number(process.env.BENCH_PORT ?? 4395);
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [100, 1000, 10_000];
const ROOT = process.env.BENCH_ROOT ?? path.join(tmpdir(), 'interview-reader-bench-library');
const SEARCH_ONLY = process.env.SEARCH_ONLY === '1';
/** Measures a site kept by an earlier run (KEEP=1) again, without building it. */
const REMEASURE = process.env.REMEASURE === '1';
/** Times the searches without Lighthouse's best practices (a minute of CPU) at the first size. */
const NO_LIGHTHOUSE = process.env.LIGHTHOUSE === '0';
// Read by the prerender (scripts/lib/vite-prerender.ts).
if (SEARCH_ONLY) process.env.PRERENDER_SECTION_PAGES = '0';

type Row = {
  interviews: number;
  /** Built without section pages (SEARCH_ONLY=1): build time and output are not the full build's. */
  searchOnly: boolean;
  generateS: number;
  buildS: number;
  /** Peak resident memory of the build (this process) and of Pagefind's indexer, MB. */
  buildPeakMB: number;
  pagefindPeakMB: number;
  outputMB: number;
  outputFiles: number;
  libraryIndexKB: number;
  searchIndexMB: number;
  firstViewKB: number;
  filteredViewKB: number;
  firstSearchKB: number;
  /** From the last keystroke of the first search (index not yet loaded) to its whole answer. */
  firstSearchMs: number;
  /**
   * The same for the next searches, of rare words (RARE) and of common ones
   * (COMMON): median and 95th percentile (of eight: the slowest), to the
   * first results on screen (`First`: the best matches of the shards
   * searched so far, headed "… so far", or the whole answer if it comes
   * first) and to the whole answer (every shard searched and ranked).
   */
  rareFirstP50Ms: number;
  rareFirstP95Ms: number;
  rareP50Ms: number;
  rareP95Ms: number;
  commonFirstP50Ms: number;
  commonFirstP95Ms: number;
  commonP50Ms: number;
  commonP95Ms: number;
  /** The machine's load average (1 minute) when the build ended and when the searches ended. */
  buildLoad: number;
  searchLoad: number;
  /** How many interviews the median rare and common search matched. */
  rareMatches: number;
  commonMatches: number;
  /** Interviews shown in the answers without a link or a marked excerpt (0: each had them). */
  unmarked: number;
};

/**
 * The peak resident memory, in MB, of this process (which builds the site)
 * and of Pagefind's indexer (its child), sampled every 200 ms while `work`
 * runs. Linux only (it reads /proc); NaN elsewhere.
 */
async function peakMemory<T>(
  work: () => Promise<T>,
): Promise<[T, { buildMB: number; pagefindMB: number }]> {
  const peak = { buildMB: NaN, pagefindMB: NaN };
  const rssMB = (pid: number | string): number => {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
  };
  const sample = () => {
    try {
      peak.buildMB = Math.max(peak.buildMB || 0, rssMB(process.pid));
      for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const [, name, , ppid] = /^\d+ \((.*)\) (\S) (\d+)/.exec(stat) ?? [];
          if (Number(ppid) === process.pid && name?.startsWith('pagefind'))
            peak.pagefindMB = Math.max(peak.pagefindMB || 0, rssMB(pid));
        } catch {
          // The process ended between the listing and the read.
        }
      }
    } catch {
      // No /proc: not Linux.
    }
  };
  const timer = setInterval(sample, 200);
  try {
    return [await work(), peak];
  } finally {
    clearInterval(timer);
  }
}

/** The nearest-rank percentile: the smallest value with `p` % of the values at or below it. */
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;

/** Searches' median and 95th-percentile times, and the median number of interviews they matched. */
function searchTimes(timed: Timed[]) {
  const ms = timed.map((search) => search.ms);
  const firstMs = timed.map((search) => search.firstMs);
  const matches = timed.map((search) => search.matches);
  return {
    firstP50: Math.round(percentile(firstMs, 50)),
    firstP95: Math.round(percentile(firstMs, 95)),
    p50: Math.round(percentile(ms, 50)),
    p95: Math.round(percentile(ms, 95)),
    matches: percentile(matches, 50),
  };
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;
const kB = (bytes: number) => Math.round(bytes / 100) / 10;

async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

function seedInterview() {
  const file = path.join(PUBLIC_DIR, 'interviews', 'viktor-maiko-2026.json');
  const result = parseInterview(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(`${file} is invalid: run npm run interview:check`);
  return result.data;
}

/** Writes a site's public folder: the project's own files, N interviews and their library. */
async function writePublicDir(dir: string, size: number): Promise<void> {
  await writeSitePublic(dir, syntheticLibrary(seedInterview(), size));
}

/**
 * The gzipped bytes of what a page loads from the site, whatever the server
 * compresses: each requested file of the output, gzipped. That is everything
 * the page itself asks for (HTML, CSS, scripts, icons, the catalogue's
 * files, the service worker's registration), more than the bundle budget's
 * scripts (tests/unit/bundle-budget.test.ts); not what the service worker
 * fetches to keep the app offline (its precache), which is not the page's.
 */
function trackBytes(page: Page, outDir: string, origin: string): () => number {
  const urls = new Set<string>();
  page.on('requestfinished', (request) => {
    if (request.url().startsWith(origin)) urls.add(new URL(request.url()).pathname);
  });
  return () => {
    let total = 0;
    for (const pathname of urls) {
      const file = path.join(outDir, decodeURIComponent(pathname));
      const found = [file, path.join(file, 'index.html'), path.join(outDir, 'index.html')].find(
        (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
      );
      if (found) total += gzipSync(readFileSync(found)).length;
    }
    urls.clear();
    return total;
  };
}

declare global {
  interface Window {
    /** When the last character was typed in the library's search field. */
    benchLastKey?: number;
    /** When each query's whole answer was first on screen, by its words. */
    benchAnswered?: Record<string, number>;
    /** When each query's first result was first on screen, so far or whole, by its words. */
    benchFirst?: Record<string, number>;
    /** Results shown without a marked excerpt, by the query's words (0 if each had one). */
    benchUnmarked?: Record<string, number>;
  }
}

/** The first search, which also loads the index. */
const FIRST_QUERY = 'pipeline';
/** Words of a few interviews each: people's names and rare topics of the synthetic library. */
const RARE = [
  'tokayeva',
  'usmanov',
  'valikhanov',
  'zhumabekov',
  'yusupova',
  'sultanov',
  'religion',
  'sport',
];
/** Words of nearly every interview (the seed's prose, which each one quotes). */
const COMMON = [
  'kazakh oil',
  'ukraine energy',
  'central corridor',
  'economic cooperation',
  'transport infrastructure',
  'russian military',
  'caspian routes',
  'black sea',
];

/**
 * A search: to its first result, to its whole answer, how many interviews it
 * matched, and how many of those shown lacked a link or a marked excerpt.
 */
type Timed = { firstMs: number; ms: number; matches: number; unmarked: number };

type Views = {
  first: number;
  filtered: number;
  firstSearch: number;
  firstSearchMs: number;
  rare: Timed[];
  common: Timed[];
  /** The load average (1 minute) once the searches are timed. */
  load: number;
  bestPractices?: BestPracticesResult[];
};

// Runs in the page, as text: tsx would wrap named functions in a helper the
// page does not have. It notes the last keystroke in any field and, by the
// query's words, when the answer is on screen, as a reader sees it: the
// results heading names the words and how many interviews match, and below
// it the interviews shown, each an article with its title's link and its
// passages' links with their excerpts marked (an article shows once they
// are all there). The first result: the heading and the best interview's
// article, of the whole search or of the interviews searched so far ("3
// interviews match “words” so far"). The whole answer: the heading of the
// whole search and all of the first page's interviews (ten, or as many as
// match); "No interview matches “words”" is both at once.
const WATCH_ANSWERS = `(() => {
  window.benchAnswered = {};
  window.benchFirst = {};
  window.benchUnmarked = {};
  document.addEventListener('input', () => { window.benchLastKey = performance.now(); }, { capture: true });
  new MutationObserver(() => {
    const title = document.getElementById('library_results');
    const heading = title?.textContent ?? '';
    const [, count, words, soFar] =
      /^(?:([\\d,]+) interviews? match(?:es)?|No interview matches) \u201c(.*)\u201d( so far)?$/.exec(heading) ?? [];
    if (words === undefined) return;
    const total = Number((count ?? '0').replace(/,/g, ''));
    const articles = [...(title.closest('section')?.querySelectorAll('article') ?? [])];
    const now = performance.now();
    if (!(words in window.benchFirst) && (total === 0 || articles.length > 0)) window.benchFirst[words] = now;
    if (!soFar && !(words in window.benchAnswered) && articles.length >= Math.min(10, total)) {
      window.benchAnswered[words] = now;
      window.benchUnmarked[words] = articles.filter((article) => !article.querySelector('a[href*="q="]') || !article.querySelector('mark')).length;
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

/** Types a query as a reader would and times the answer from the last keystroke. */
async function timeSearch(page: Page, query: string): Promise<Timed> {
  const field = page.getByRole('searchbox', { name: 'Search all interviews' });
  await field.fill('');
  await page.locator('#library_results', { hasNotText: 'match' }).waitFor();
  await field.pressSequentially(query, { delay: 60 });
  await page.waitForFunction((words) => window.benchAnswered?.[words] !== undefined, query, {
    timeout: 30_000,
  });
  const [firstMs, ms] = await page.evaluate(
    (words) =>
      [window.benchFirst?.[words], window.benchAnswered?.[words]].map(
        (time) => (time ?? NaN) - (window.benchLastKey ?? NaN),
      ),
    query,
  );
  const heading = (await page.locator('#library_results').textContent()) ?? '';
  const unmarked = await page.evaluate((words) => window.benchUnmarked?.[words] ?? NaN, query);
  return {
    firstMs: firstMs ?? NaN,
    ms: ms ?? NaN,
    matches: Number(/^([\d,]+) interview/.exec(heading)?.[1]?.replace(/,/g, '') ?? 0),
    unmarked,
  };
}

async function measureViews(outDir: string, withBestPractices: boolean): Promise<Views> {
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  });
  const browser = await chromium.launch({
    executablePath: findChromium() ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const origin = `http://127.0.0.1:${PORT}`;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const bytes = trackBytes(page, outDir, origin);
    await page.goto(`${origin}/`);
    await page.locator('#library_results').waitFor();
    await page.waitForLoadState('networkidle');
    const first = bytes();
    // The most common topic, as a reader would choose it.
    await page.locator('#library_facets a').first().click();
    await page.locator('#library_results:focus').waitFor();
    await page.waitForLoadState('networkidle');
    const filtered = bytes();
    // A first search, across the whole library.
    await page.goto(`${origin}/`);
    await page.waitForLoadState('networkidle');
    await page.evaluate(WATCH_ANSWERS);
    bytes();
    const firstSearchMs = (await timeSearch(page, FIRST_QUERY)).ms;
    await page.waitForLoadState('networkidle');
    const firstSearch = bytes();
    // Rare and common words in turn, each searched once (a second search of the same words is cached).
    const rare: Timed[] = [];
    const common: Timed[] = [];
    for (const [index, words] of RARE.entries()) {
      rare.push(await timeSearch(page, words));
      common.push(await timeSearch(page, COMMON[index] ?? 'oil'));
    }
    const load = loadavg()[0] ?? NaN;
    await browser.close();
    const views = { first, filtered, firstSearch, firstSearchMs, rare, common, load };
    if (!withBestPractices) return views;
    // The library, its search, an interview and (in a full build) a section link.
    const pages = [
      '/',
      '/?q=grain',
      '/i/interview-1',
      ...(SEARCH_ONLY ? [] : ['/i/interview-1/part-1']),
    ];
    const checked = await bestPractices(pages.map((pathname) => `${origin}${pathname}`));
    return { ...views, bestPractices: checked };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

const rows: Row[] = [];
/** Every search timed, by size: the JSON keeps them, for runs to be put together. */
const searches: { interviews: number; rare: Timed[]; common: Timed[] }[] = [];
let bestPracticesRows: BestPracticesResult[] = [];
for (const size of SIZES) {
  const dir = path.join(ROOT, String(size));
  const publicDir = path.join(dir, 'public');
  const outDir = path.join(dir, 'dist');
  let generateS = NaN;
  let buildS = NaN;
  let memory = { buildMB: NaN, pagefindMB: NaN };
  let buildLoad = NaN;
  if (!REMEASURE || !existsSync(outDir)) {
    console.error(`${size} interviews: generating…`);
    let start = performance.now();
    await writePublicDir(publicDir, size);
    generateS = seconds(start);
    console.error(`${size} interviews: building…`);
    start = performance.now();
    const builder = await createBuilder({
      logLevel: 'warn',
      publicDir,
      build: { outDir, emptyOutDir: true },
    });
    [, memory] = await peakMemory(() => builder.buildApp());
    buildS = seconds(start);
    buildLoad = loadavg()[0] ?? NaN;
  }
  const output = await folderSize(outDir);
  const searchIndex = await folderSize(path.join(outDir, 'pagefind'));
  const index = readFileSync(path.join(outDir, libraryPaths.summary()));
  const views = await measureViews(outDir, size === SIZES[0] && !NO_LIGHTHOUSE);
  if (views.bestPractices) {
    console.log(`Lighthouse 12 best practices at ${size} interviews:`);
    console.table(views.bestPractices);
    bestPracticesRows = views.bestPractices;
  }
  const rare = searchTimes(views.rare);
  const common = searchTimes(views.common);
  rows.push({
    interviews: size,
    searchOnly: SEARCH_ONLY,
    generateS,
    buildS,
    buildPeakMB: Math.round(memory.buildMB),
    pagefindPeakMB: Math.round(memory.pagefindMB),
    outputMB: Math.round(output.bytes / 1e5) / 10,
    outputFiles: output.files,
    libraryIndexKB: kB(gzipSync(index).length),
    searchIndexMB: Math.round(searchIndex.bytes / 1e5) / 10,
    firstViewKB: kB(views.first),
    filteredViewKB: kB(views.filtered),
    firstSearchKB: kB(views.firstSearch),
    firstSearchMs: Math.round(views.firstSearchMs),
    rareFirstP50Ms: rare.firstP50,
    rareFirstP95Ms: rare.firstP95,
    rareP50Ms: rare.p50,
    rareP95Ms: rare.p95,
    commonFirstP50Ms: common.firstP50,
    commonFirstP95Ms: common.firstP95,
    commonP50Ms: common.p50,
    commonP95Ms: common.p95,
    buildLoad: Math.round(buildLoad * 10) / 10,
    searchLoad: Math.round(views.load * 10) / 10,
    rareMatches: rare.matches,
    commonMatches: common.matches,
    unmarked: [...views.rare, ...views.common].reduce((sum, search) => sum + search.unmarked, 0),
  });
  searches.push({ interviews: size, rare: views.rare, common: views.common });
  if (!process.env.KEEP) await rm(dir, { recursive: true, force: true });
}

console.log(
  '\nLibrary at scale (kB gzipped; build = npm run build of the generated site, prerender and search index included; output = dist/):',
);
console.table(rows);
const jsonFile = process.env.BENCH_JSON ?? 'bench-results/library.json';
await mkdir(path.dirname(jsonFile), { recursive: true });
await writeFile(
  jsonFile,
  `${JSON.stringify({ date: new Date().toISOString(), rows, bestPractices: bestPracticesRows, searches }, null, 2)}\n`,
);
