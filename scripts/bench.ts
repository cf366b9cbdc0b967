// npm run bench: measures what the tests must not time. Builds the site
// (prerendered, with two generated long interviews beside the seed), reports
// the JavaScript each page loads and the pages' sizes, runs Lighthouse
// (mobile, its CPU slowdown calibrated to this machine unless
// BENCH_LIGHTHOUSE_CPU says otherwise) on a section link and on the same text
// as a plain static page, and in Chromium opens the seed
// and the long interviews: first paint, landing, the longest main-thread
// task, a search, and memory. Results print as tables and are written to
// bench-results/latest.json.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createBuilder } from 'vite';
import { parseInterview } from '../src/interview/parse';
import type { Interview } from '../src/interview/schema';
import { lighthouseRuns, type LighthouseFigures } from './lib/bench-lighthouse';
import { measureReader, type ReaderSample } from './lib/bench-reader';

const OUT = 'dist-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4390);
const RUNS = 3;
const SEED_ID = 'viktor-maiko-2026';
const SECTION_LINK = `/i/${SEED_ID}/energy`;
const STATIC_PAGE = '/bench-static-energy.html';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** A long interview in the format: the seed's answers repeated, 100 questions to a section. */
function longInterview(seed: Interview, questions: number): Interview {
  const source = seed.sections.flatMap((s) => s.questions);
  const perSection = 100;
  const sections = Array.from({ length: questions / perSection }, (_, s) => ({
    id: `part-${s + 1}`,
    label: `Part ${s + 1}`,
    heading: `Part ${s + 1} of the long interview`,
    questions: Array.from({ length: perSection }, (_, q) => {
      const from = source[(s * perSection + q) % source.length] ?? source[0];
      if (!from) throw new Error('seed has no questions');
      return { ...from, id: `q${s * perSection + q + 1}`, answer: from.answer.slice(0, 5) };
    }),
  }));
  return { ...seed, id: `bench-${questions}`, sections, keyQuotes: [] };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The seed's text as one plain HTML page, no script, no stylesheet: Lighthouse's yardstick. */
function staticPage(seed: Interview): string {
  const p = (text: string) => `<p>${escapeHtml(text)}</p>`;
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(seed.title)}</title><meta name="description" content="bench"></head><body>`,
    `<h1>${escapeHtml(seed.title)}</h1>`,
    ...seed.intro.map(p),
    ...seed.sections.flatMap((section) => [
      `<h2 id="${section.id}">${escapeHtml(section.heading)}</h2>`,
      ...section.questions.flatMap((q) => [
        `<h3>${q.question.map(escapeHtml).join(' ')}</h3>`,
        ...q.answer.map(p),
      ]),
    ]),
    '</body></html>',
  ].join('\n');
}

/** The JavaScript a built page loads before it is interactive (its module script and preloads), gzipped. */
function firstViewJs(page: string) {
  const html = readFileSync(path.join(OUT, page), 'utf8');
  const files = [
    ...html.matchAll(
      /<(?:script type="module"|link rel="modulepreload")[^>]*(?:src|href)="\/(assets\/[^"]+\.js)"/g,
    ),
  ].map(([, file]) => file ?? '');
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(OUT, file))).length, 0);
}

async function serve(): Promise<() => void> {
  const args = ['vite', 'preview', '--outDir', OUT, '--port', String(PORT), '--strictPort'];
  const server = spawn('npx', [...args, '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
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

const parsed = parseInterview(
  JSON.parse(readFileSync(`public/interviews/${SEED_ID}.json`, 'utf8')),
);
if (!parsed.ok) throw new Error('the seed interview is invalid: run npm run interview:check');
const seed = parsed.data;

// The site with the long interviews among its own: they are prerendered like any other.
const publicDir = mkdtempSync(path.join(tmpdir(), 'bench-public-'));
cpSync('public', publicDir, { recursive: true });
for (const questions of [400, 2000]) {
  writeFileSync(
    path.join(publicDir, 'interviews', `bench-${questions}.json`),
    JSON.stringify(longInterview(seed, questions)),
  );
}
const buildStart = performance.now();
process.env.NODE_ENV = 'production';
try {
  const builder = await createBuilder({
    publicDir,
    logLevel: 'warn',
    build: { outDir: OUT, emptyOutDir: true },
  });
  await builder.buildApp();
} finally {
  rmSync(publicDir, { recursive: true, force: true });
}
const buildSeconds = (performance.now() - buildStart) / 1000;
writeFileSync(path.join(OUT, STATIC_PAGE), staticPage(seed));

const bundle = {
  sectionLinkJsGzipKB: firstViewJs(`i/${SEED_ID}/energy.html`) / 1000,
  libraryJsGzipKB: firstViewJs('index.html') / 1000,
};

/** A built page's size as served, and gzipped as a host would send it. */
function pageSize(page: string) {
  const html = readFileSync(path.join(OUT, page));
  return {
    page,
    kB: Math.round(html.length / 1000),
    gzipKB: Math.round(gzipSync(html).length / 1000),
  };
}
const pages = [
  `i/${SEED_ID}/energy.html`,
  'i/bench-400.html',
  'i/bench-2000.html',
  'i/bench-2000/part-20.html',
].map(pageSize);

const stop = await serve();
const base = `http://127.0.0.1:${PORT}`;
// BENCH_LIGHTHOUSE_CPU=4 runs Lighthouse with its default CPU slowdown
// whatever this machine's speed; by default it is calibrated (see lighthouseRuns).
const forcedSlowdown = process.env.BENCH_LIGHTHOUSE_CPU
  ? Number(process.env.BENCH_LIGHTHOUSE_CPU)
  : undefined;
const readerCases = [
  { case: 'seed, section link', url: SECTION_LINK, query: 'kazakh oil' },
  { case: '400 questions', url: '/i/bench-400', query: 'kazakh oil' },
  { case: '2,000 questions', url: '/i/bench-2000', query: 'kazakh oil' },
  { case: '2,000 questions, last question', url: '/i/bench-2000/part-20#q2000', query: 'the' },
];
const reader: (Partial<ReaderSample> & { case: string; failed?: string })[] = [];

function lighthouseTable(runs: Map<string, LighthouseFigures[]>) {
  return [...runs].map(([url, figures]) => {
    const pick = (key: keyof LighthouseFigures) => median(figures.map((run) => run[key]));
    return {
      page: url.endsWith(STATIC_PAGE)
        ? 'the same text, plain static HTML'
        : `section link ${SECTION_LINK}`,
      performance: pick('performance'),
      fcpMs: Math.round(pick('fcpMs')),
      lcpMs: Math.round(pick('lcpMs')),
      tbtMs: Math.round(pick('tbtMs')),
      cls: Math.round(pick('cls') * 1000) / 1000,
      speedIndexMs: Math.round(pick('speedIndexMs')),
      benchmarkIndex: Math.round(pick('benchmarkIndex')),
    };
  });
}

let lighthouseMedians: ReturnType<typeof lighthouseTable>;
try {
  const { runs, cpuSlowdown } = await lighthouseRuns(
    [`${base}${SECTION_LINK}`, `${base}${STATIC_PAGE}`],
    RUNS,
    forcedSlowdown,
  );
  lighthouseMedians = lighthouseTable(runs);
  const [app, plain] = lighthouseMedians;
  const lcpRatio = app && plain ? Math.round((app.lcpMs / plain.lcpMs) * 100) / 100 : NaN;
  console.log(`\nBuild with prerender: ${buildSeconds.toFixed(1)} s`);
  console.log('JavaScript loaded before interactive (gzip):');
  console.table(bundle);
  console.log('Pages as built (the 2,000-question interview: 20 sections of 100 questions):');
  console.table(pages);
  console.log(
    `Lighthouse 12, mobile (simulated throttling, CPU slowdown ${cpuSlowdown}×), medians of ${RUNS} runs, interleaved:`,
  );
  console.table(lighthouseMedians);
  console.log(`LCP of the section link / LCP of the plain page: ${lcpRatio}`);
  writeResults({ cpuSlowdown, lcpRatio });

  for (const c of readerCases) {
    const samples: ReaderSample[] = [];
    let failed: string | undefined;
    for (let run = 0; run < RUNS && !failed; run += 1) {
      try {
        samples.push(await measureReader(`${base}${c.url}`, c.query));
      } catch (error) {
        // A page that freezes past the timeouts is a result, not a crash of the bench.
        failed = error instanceof Error ? error.message.split('\n')[0] : String(error);
      }
    }
    const pick = (key: keyof ReaderSample) =>
      Math.round(median(samples.map((sample) => sample[key])) * 10) / 10;
    reader.push({
      case: c.case,
      ...(samples.length
        ? {
            firstPaintMs: pick('firstPaintMs'),
            landedMs: pick('landedMs'),
            longestTaskAfterPaintMs: pick('longestTaskAfterPaintMs'),
            searchMs: pick('searchMs'),
            longestTaskInSearchMs: pick('longestTaskInSearchMs'),
            slowestKeystrokeMs: pick('slowestKeystrokeMs'),
            heapMB: pick('heapMB'),
            domNodes: pick('domNodes'),
          }
        : {}),
      ...(failed ? { failed } : {}),
    });
  }
  console.log(
    `Reader in Chromium, medians of ${RUNS} runs (ms from navigation start; tasks after the first paint; search from Enter to "n of N"):`,
  );
  console.table(reader);
  writeResults({ cpuSlowdown, lcpRatio, reader });
} finally {
  stop();
}

function writeResults(figures: object) {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/latest.json',
    `${JSON.stringify({ date: new Date().toISOString(), buildSeconds, bundle, pages, lighthouse: lighthouseMedians, ...figures }, null, 2)}\n`,
  );
}
