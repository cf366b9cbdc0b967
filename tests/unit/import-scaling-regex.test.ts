import { describe, it } from 'vitest';
import { shortLabel } from '../../src/interview/import/labels';
import { importArticle } from '../../src/interview/import/import-article';
import { expectNearLinear } from '../support/growth';

// Odd texts that once made one of the importer's regular expressions backtrack quadratically
// (eslint-plugin-regexp's super-linear findings, reviewed in docs/importer.md, "Regex safety"):
// eight times the text must cost about eight times the work, not sixty-four.
const qa = 'Q: Why did you go?\nA: Because it rained.\nQ: And then?\nA: Then it stopped.';
const inAnswer = (line: string) => `An interview with Ann Lee\nQ: Why?\nA: ${line}\n${qa}`;
const alone = (line: string) => `An interview with Ann Lee\n${qa}\n${line}\n${qa}`;
const first = (line: string) => `${line}\n${qa}`;

describe('the importer scales linearly on odd lines', { timeout: 120_000 }, () => {
  // 10,000 ideographic spaces in an answer took 13 s of processor time (load 12).
  it('an answer with a run of ideographic spaces', () => {
    expectNearLinear((n) => importArticle(inAnswer(`word${'\u3000'.repeat(n)}x`)), 500);
  });

  // A title of 10,000 capitals took 1.1 s, 100,000 over 120 s (names: tried at each capital).
  it('a title that is one long word in capitals', () => {
    expectNearLinear((n) => importArticle(first(`${'A'.repeat(n)}.`)), 1000);
  });

  // 10,000 characters of Hindi with no "… से बातचीत" took 1.5 s, 100,000 over 120 s.
  it('a title of Hindi words that names no one', () => {
    expectNearLinear((n) => importArticle(first(`${'क '.repeat(n / 2)}x`)), 1000);
  });

  // "ABC " and 100,000 digits: 12.7 s (a ticker's two figures split every way).
  it('a line of a currency code and a long run of digits', () => {
    expectNearLinear((n) => importArticle(alone(`ABC ${'1'.repeat(n)}x`)), 2000);
  });

  // A first line of 10,000 dashes (or semicolons) took 0.4 s in the caption check, 100,000 about 40 s.
  it('a first line that is a long rule of dashes', () => {
    expectNearLinear((n) => importArticle(first(`${'-'.repeat(n)}x`)), 1000);
  });

  // The Add page labels a heading a person types: 10,000 blanks took 0.34 s, 100,000 over 60 s.
  it('a heading typed with a long run of blanks', () => {
    expectNearLinear((n) => shortLabel(`What is${' '.repeat(n)}x`), 2000);
    expectNearLinear((n) => shortLabel(`Trade${' '.repeat(n)}x`), 2000);
  });
});
