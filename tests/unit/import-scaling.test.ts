import { describe, expect, it } from 'vitest';
import { importArticle } from '../../src/interview/import/import-article';

// The importer must be linear (or n log n) in its input: doubling the input
// roughly doubles the work. Work is this process's CPU time, compared as a
// ratio of the fastest of several runs; seconds never count.

/** CPU time of this process in milliseconds: other processes on a busy machine do not count. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timed(text: string, reps: number): number {
  const start = cpuMs();
  for (let i = 0; i < reps; i += 1) importArticle(text);
  return cpuMs() - start;
}

/** The ratio a doubled input may cost at most: linear work costs about 2, n log n a little more. */
const LIMIT = 3;
/** The most samples of each size, and the most processor time, one case may spend measuring. */
const MAX_ROUNDS = 21;
const MAX_MEASURING_MS = 30_000;

/**
 * How much longer twice the input takes: small and large runs alternate (so
 * both see the same load on a busy machine), each repeated until it lasts tens
 * of milliseconds, and the fastest of each so far is compared. Measuring stops
 * as soon as that ratio is under the limit: linear work gets there at the first
 * or second round, and a busy machine (load 27-40, where seven rounds of three
 * attempts of the quick-fire case overran the 120 s timeout) then runs this
 * case for seconds of processor time, not minutes. Work that grows faster never
 * gets under it, however long it is measured: it is measured up to
 * MAX_ROUNDS rounds or MAX_MEASURING_MS of processor time, and fails.
 */
function ratio(make: (n: number) => string, n: number): number {
  const small = make(n);
  const large = make(2 * n);
  const start = cpuMs();
  // The first, cold, run warms up the regular expressions and the JIT.
  let reps = 1;
  while (timed(small, reps) < 30 && reps < 1024) reps *= 2;
  let [bestSmall, bestLarge] = [Infinity, Infinity];
  for (let round = 0; round < MAX_ROUNDS && cpuMs() - start < MAX_MEASURING_MS; round += 1) {
    bestSmall = Math.min(bestSmall, timed(small, reps));
    bestLarge = Math.min(bestLarge, timed(large, reps));
    if (bestLarge / bestSmall < LIMIT) break;
  }
  return bestLarge / bestSmall;
}

const manyTurns = (n: number) =>
  [
    'An interview with Ann Lee',
    'Ann Lee spoke with us.',
    ...Array.from({ length: n }, (_, i) => [
      `Q: What happened in year ${i}?`,
      `A: Many things happened in year ${i}, and we wrote them down.`,
      i % 7 === 0 ? 'Share' : `Heading number ${i}`,
    ]).flat(),
  ].join('\n');

const oneLongAnswer = (n: number) =>
  `Q: Tell us everything?\nA: ${'The river rose and the town built a wall. '.repeat(n)}\nQ: And then?\nA: Then it rained.`;

const unbrokenText = (n: number) => `Q: Why?\nA: ${'x'.repeat(n)}\nQ: How?\nA: ${'ы'.repeat(n)}`;

const repeatedNoise = (n: number) =>
  [
    'Q: First?',
    'A: Yes.',
    ...Array.from({ length: n }, () => 'Related'),
    'Q: Next?',
    'A: No.',
  ].join('\n');

// A grader's paste: a label, then a run of blanks or a rule of dashes with nothing after it.
// Both once took seconds at 16 KB and minutes at 1 MB (a regular expression backtracking).
const blanksAfterLabel = (n: number) => `Q: a${' '.repeat(n)}x`;
const tabsAfterLabel = (n: number) => `Q: a${'\t'.repeat(n)}x`;
const ruleOfDashes = (n: number) => '-'.repeat(n);

// A quick-fire interview, thousands of short questions each with its short answer ("Q: river or
// harbour?" / "A: copper, always."). Each line once copied every line's text (the pull-quote
// check): 10,000 lines took 1.4 s of processor time, 20,000 lines 10.2 s, now 0.9 s each.
// (Past 5,000 questions the interview is refused, but only once the whole text is read.)
const QUICK_WORDS =
  'river harbour winter grain copper lantern orchard valley signal market bridge archive'.split(
    ' ',
  );
const word = (i: number) => QUICK_WORDS[i % QUICK_WORDS.length] ?? '';
const quickFire = (n: number) =>
  [
    'Quick questions for Ann Lee',
    'Ann Lee answered our quick questions.',
    ...Array.from({ length: n }, (_, i) => [
      `Q: ${word(i)} or ${word(i * 5 + 1)}?`,
      `A: ${word(i * 7 + 3)}, always.`,
    ]).flat(),
  ].join('\n');

// The seed's labels, a title and a name and an acronym ("TCA:" / "Ambassador Maiko:"), at each of
// thousands of short turns: each label was once judged against every other (speakers' initials),
// 2,400 lines took 0.95 s of processor time, 4,800 lines 3.0 s; now 0.24 s / 0.49 s.
const labelledTurns = (n: number) =>
  [
    'An interview with Viktor Maiko',
    'Viktor Maiko spoke with TCA.',
    ...Array.from({ length: n }, (_, i) => [
      `TCA: ${word(i)} or ${word(i * 5 + 1)}?`,
      `Ambassador Maiko: ${word(i * 7 + 3)}, always.`,
    ]).flat(),
  ].join('\n');

describe('the importer scales linearly', () => {
  it.each([
    ['many questions, headings and noise lines', manyTurns, 1000],
    ['one answer of many sentences', oneLongAnswer, 20_000],
    ['unbroken words with no spaces', unbrokenText, 200_000],
    ['the same noise line repeated', repeatedNoise, 5_000],
    ['a label, then a run of spaces', blanksAfterLabel, 2_000],
    ['a label, then a run of tabs', tabsAfterLabel, 2_000],
    ['a line of dashes', ruleOfDashes, 2_000],
    ['a quick-fire interview of short questions and answers', quickFire, 5_000],
    ['a transcript labelled with a title, a name and an acronym', labelledTurns, 2_400],
  ])('%s: double the input, about double the work', { timeout: 120_000 }, (_name, make, n) => {
    const doubled = ratio(make, n);
    expect(doubled, `twice the input cost ${doubled.toFixed(1)}× the work`).toBeLessThan(LIMIT);
  });
});
