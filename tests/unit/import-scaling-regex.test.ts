import { describe, it } from 'vitest';
import { importArticle } from '../../src/interview/import/import-article';
import { expectNearLinear } from '../support/growth';

// Odd texts that once made one of the importer's regular expressions backtrack quadratically
// (eslint-plugin-regexp's super-linear findings, reviewed in docs/importer.md, "Regex safety"):
// eight times the text must cost about eight times the work, not sixty-four.
const qa = 'Q: Why did you go?\nA: Because it rained.\nQ: And then?\nA: Then it stopped.';
const inAnswer = (line: string) => `An interview with Ann Lee\nQ: Why?\nA: ${line}\n${qa}`;

describe('the importer scales linearly on odd lines', () => {
  // 10,000 ideographic spaces in an answer took 13 s of processor time (load 12).
  it('an answer with a run of ideographic spaces', { timeout: 120_000 }, () => {
    expectNearLinear((n) => importArticle(inAnswer(`word${'\u3000'.repeat(n)}x`)), 500);
  });
});
