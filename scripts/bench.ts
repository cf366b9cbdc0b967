// npm run bench: measures what the tests must not time. Builds the site,
// reports bundle sizes, then in Chromium opens the seed interview and two
// generated long ones (2,000 and 10,000 answer paragraphs) and measures
// first paint, time until the text is shown, a search, and typing latency.
// Results print as a table and are written to bench-results/latest.json.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { parseInterview } from '../src/interview/parse';
import type { Interview } from '../src/interview/schema';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium';

declare global {
  interface Window {
    /** Durations of slow keystrokes, collected in the page by the Event Timing API. */
    benchKeys?: number[];
  }
}

const OUT = 'dist-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4390);
const RUNS = 3;

function bundleSizes() {
  const assets = path.join(OUT, 'assets');
  return readdirSync(assets).map((name) => {
    const bytes = readFileSync(path.join(assets, name));
    return { name, bytes: statSync(path.join(assets, name)).size, gzip: gzipSync(bytes).length };
  });
}

/** A long interview in the format: the seed's answers repeated into many sections and questions. */
function longInterview(seed: Interview, questions: number): Interview {
  const source = seed.sections.flatMap((s) => s.questions);
  const sections = Array.from({ length: questions / 10 }, (_, s) => ({
    id: `part-${s + 1}`,
    label: `Part ${s + 1}`,
    heading: `Part ${s + 1} of the long interview`,
    questions: Array.from({ length: 10 }, (_, q) => {
      const from = source[(s * 10 + q) % source.length] ?? source[0];
      if (!from) throw new Error('seed has no questions');
      return { ...from, id: `q${s * 10 + q + 1}`, answer: from.answer.slice(0, 5) };
    }),
  }));
  return { ...seed, id: `bench-${questions}`, sections, keyQuotes: [] };
}

async function serve(): Promise<() => void> {
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      OUT,
      '--port',
      String(PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(`http://127.0.0.1:${PORT}/`);
      return () => process.kill(-(server.pid ?? 0));
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('vite preview did not start');
}

type Sample = { firstPaint: number; textShown: number; searchShown: number; keystroke: number };

async function measure(url: string, query: string): Promise<Sample> {
  const browser = await chromium.launch({
    executablePath: findChromium() ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
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
  await page.goto(url);
  await page.locator('h1#page_title').waitFor();
  const textShown = await page.evaluate(() => performance.now());
  const firstPaint = await page.evaluate(
    () =>
      performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')
        ?.startTime ?? NaN,
  );
  const field = page.getByRole('searchbox', { name: 'Search this interview' });
  await field.click();
  await field.pressSequentially(query, { delay: 50 });
  const start = await page.evaluate(() => performance.now());
  await field.press('Enter');
  await page
    .locator('#reader_search_status')
    .filter({ hasText: /of|No matches/ })
    .waitFor();
  const searchShown = (await page.evaluate(() => performance.now())) - start;
  const keys = await page.evaluate(() => window.benchKeys ?? []);
  await browser.close();
  return { firstPaint, textShown, searchShown, keystroke: keys.length ? Math.max(...keys) : 0 };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

await build({ logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
const sizes = bundleSizes();
const parsed = parseInterview(
  JSON.parse(readFileSync('public/interviews/viktor-maiko-2026.json', 'utf8')),
);
if (!parsed.ok) throw new Error('the seed interview is invalid: run npm run interview:check');
const seed = parsed.data;
for (const questions of [400, 2000]) {
  writeFileSync(
    path.join(OUT, 'interviews', `bench-${questions}.json`),
    JSON.stringify(longInterview(seed, questions)),
  );
}

const stop = await serve();
const cases = [
  { name: 'seed (30 answer paragraphs)', url: '/i/viktor-maiko-2026', query: 'kazakh oil' },
  { name: '400 questions (2,000 paragraphs)', url: '/i/bench-400', query: 'kazakh oil' },
  { name: '2,000 questions (10,000 paragraphs)', url: '/i/bench-2000', query: 'kazakh oil' },
];
const results = [];
try {
  for (const c of cases) {
    const samples: Sample[] = [];
    for (let run = 0; run < RUNS; run += 1)
      samples.push(await measure(`http://127.0.0.1:${PORT}${c.url}`, c.query));
    const pick = (key: keyof Sample) => Math.round(median(samples.map((s) => s[key])));
    results.push({
      case: c.name,
      firstPaintMs: pick('firstPaint'),
      textShownMs: pick('textShown'),
      searchMs: pick('searchShown'),
      slowestKeystrokeMs: pick('keystroke'),
    });
  }
} finally {
  stop();
}

console.log('\nBundle (dist-bench/assets):');
console.table(
  sizes.map((s) => ({
    file: s.name,
    kB: (s.bytes / 1000).toFixed(1),
    'gzip kB': (s.gzip / 1000).toFixed(1),
  })),
);
console.log(
  `Medians of ${RUNS} runs, ms (first paint and text shown from navigation start; search from Enter to "n of N"):`,
);
console.table(results);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/latest.json',
  `${JSON.stringify({ date: new Date().toISOString(), sizes, results }, null, 2)}\n`,
);
