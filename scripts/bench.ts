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
import { LIMITS } from '../src/interview/fields';
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

/**
 * Text as long as the format allows, built from the seed's own words. Issue 13's
 * cases: one answer paragraph of 100,000 characters (the limit for a text field;
 * a 1 MB paragraph is rejected, naming its path), and a question of 20,000
 * characters with no full stop, in Latin letters and in CJK.
 */
function repeatTo(length: number, words: string, end: string): string {
  return `${words.repeat(Math.ceil(length / words.length)).slice(0, length - end.length)}${end}`;
}

/** The seed with one more text field at the length issue 13 asks the reader to take. */
function atTheLimit(seed: Interview, kind: 'paragraph' | 'latin' | 'cjk'): Interview {
  const [first, ...rest] = seed.sections;
  const [q1, ...others] = first?.questions ?? [];
  if (!first || !q1) throw new Error('seed has no questions');
  const prose = seed.sections.flatMap((s) => s.questions.flatMap((q) => q.answer)).join(' ');
  const edited =
    kind === 'paragraph'
      ? { ...q1, answer: [...q1.answer, repeatTo(LIMITS.textLength, `${prose} `, '.')] }
      : {
          ...q1,
          question: [
            kind === 'latin'
              ? repeatTo(20_000, `${prose.replace(/[.!?]/g, ',')} `, '?')
              : repeatTo(
                  20_000,
                  '乌克兰与哈萨克斯坦的贸易和经济合作前景如何哪些领域最有潜力',
                  '？',
                ),
          ],
        };
  const id = { paragraph: 'paragraph-100k', latin: 'question-20k-latin', cjk: 'question-20k-cjk' };
  return {
    ...seed,
    id: `bench-${id[kind]}`,
    sections: [{ ...first, questions: [edited, ...others] }, ...rest],
  };
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
for (const kind of ['paragraph', 'latin', 'cjk'] as const) {
  const interview = atTheLimit(seed, kind);
  // The bench measures what the format accepts: the file must be valid.
  if (!parseInterview(interview).ok) throw new Error(`${interview.id} is not a valid interview`);
  writeFileSync(
    path.join(publicDir, 'interviews', `${interview.id}.json`),
    JSON.stringify(interview),
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
  'i/bench-paragraph-100k.html',
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
  // Issue 13's long text: "the" is marked some 5,000 times in the long paragraph.
  { case: 'a 100,000-character paragraph', url: '/i/bench-paragraph-100k', query: 'the' },
  { case: 'a 20,000-character question', url: '/i/bench-question-20k-latin', query: 'the' },
  { case: 'a 20,000-character question, CJK', url: '/i/bench-question-20k-cjk', query: '合作' },
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

// BENCH_READER=<words> measures only the reader cases whose name holds them,
// without Lighthouse: a quicker look at one case while working on it.
const onlyReader = process.env.BENCH_READER;
let lighthouseMedians: ReturnType<typeof lighthouseTable> | undefined;
try {
  console.log(`\nBuild with prerender: ${buildSeconds.toFixed(1)} s`);
  console.log('JavaScript loaded before interactive (gzip):');
  console.table(bundle);
  console.log('Pages as built (the 2,000-question interview: 20 sections of 100 questions):');
  console.table(pages);
  let cpuSlowdown: number | undefined;
  let lcpRatio: number | undefined;
  if (onlyReader === undefined) {
    const lighthouse = await lighthouseRuns(
      [`${base}${SECTION_LINK}`, `${base}${STATIC_PAGE}`],
      RUNS,
      forcedSlowdown,
    );
    cpuSlowdown = lighthouse.cpuSlowdown;
    lighthouseMedians = lighthouseTable(lighthouse.runs);
    const [app, plain] = lighthouseMedians;
    lcpRatio = app && plain ? Math.round((app.lcpMs / plain.lcpMs) * 100) / 100 : NaN;
    console.log(
      `Lighthouse 12, mobile (simulated throttling, CPU slowdown ${cpuSlowdown}×), medians of ${RUNS} runs, interleaved:`,
    );
    console.table(lighthouseMedians);
    console.log(`LCP of the section link / LCP of the plain page: ${lcpRatio}`);
    writeResults({ cpuSlowdown, lcpRatio });
  }

  for (const c of readerCases.filter((c) => c.case.includes(onlyReader ?? ''))) {
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
            blockingInSearchMs: pick('blockingInSearchMs'),
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
