import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/interview/import/paragraphs';

// What the rewrites for the importer's super-linear regular expressions keep (docs/importer.md,
// "Regex safety"): the same matches, every word.
describe('regex safety rewrites keep what they matched', () => {
  it('a run of other blanks in a line becomes its first one; a single one stays', () => {
    const texts = splitParagraphs(
      '石田\u3000\u3000\u3000それは違う。\nword\u2003\u2003 \u3000x\n石田\u3000一人で。',
    ).map((p) => p.text);
    expect(texts).toEqual(['石田\u3000それは違う。', 'word\u2003x', '石田\u3000一人で。']);
  });
});
