import { describe, expect, it } from 'vitest';
import { importArticle } from '../../src/interview/import/import-article';

// The importer must be linear (or n log n) in its input: doubling the input
// roughly doubles the work. Work is compared as a ratio of the fastest of
// several runs, so a busy machine slows both sizes alike; seconds never count.

function fastest(run: () => void, times = 5): number {
  let best = Infinity;
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function ratio(make: (n: number) => string, n: number): number {
  const small = make(n);
  const large = make(2 * n);
  importArticle(small); // warm up the regular expressions and the JIT
  return fastest(() => importArticle(large)) / fastest(() => importArticle(small));
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

describe('the importer scales linearly', () => {
  it.each([
    ['many questions, headings and noise lines', manyTurns, 1500],
    ['one answer of many sentences', oneLongAnswer, 8000],
    ['unbroken words with no spaces', unbrokenText, 150_000],
    ['the same noise line repeated', repeatedNoise, 20_000],
  ])('%s: double the input, about double the work', { timeout: 120_000 }, (_name, make, n) => {
    expect(ratio(make, n)).toBeLessThan(3);
  });
});
