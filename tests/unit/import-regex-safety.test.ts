import { describe, expect, it } from 'vitest';
import { shortLabel } from '../../src/interview/import/labels';
import { CAPTION } from '../../src/interview/import/captions';
import { importArticle } from '../../src/interview/import/import-article';
import { nameGivenFor } from '../../src/interview/import/label-names';
import { expandAcronym } from '../../src/interview/import/publication';
import { splitParagraphs } from '../../src/interview/import/paragraphs';

// What the rewrites for the importer's super-linear regular expressions keep (docs/importer.md,
// "Regex safety"): the same matches, every word. Each was also compared with the expression it
// replaces on every line of the fixture pages and 200,000 random odd strings: no difference.
describe('regex safety rewrites keep what they matched', () => {
  it('a run of other blanks in a line becomes its first one; a single one stays', () => {
    const texts = splitParagraphs(
      '石田\u3000\u3000\u3000それは違う。\nword\u2003\u2003 \u3000x\n石田\u3000一人で。',
    ).map((p) => p.text);
    expect(texts).toEqual(['石田\u3000それは違う。', 'word\u2003x', '石田\u3000一人で。']);
  });

  it('a name is found from its first capital, as before, a capital inside a word too', () => {
    expect(nameGivenFor('H', 'we caught up with Harvey (H) and Adam (A)')).toBe('Harvey');
    expect(nameGivenFor('IKD', 'we met I Ketut Darma (IKD) at home')).toBe('I Ketut Darma');
    expect(nameGivenFor('B', 'sold on eBay (B) for years')).toBe('Bay');
    expect(nameGivenFor('MD', 'with McDonald Dunn (MD) today')).toBe('McDonald Dunn');
  });

  it('an acronym is spelt out by the same phrase, a long word in capitals before it or not', () => {
    const intro = 'The Times of Central Asia spoke with Viktor Maiko.';
    expect(expandAcronym('TCA', intro)).toBe('The Times of Central Asia');
    expect(expandAcronym('TCA', `${'A'.repeat(5000)} said so. ${intro}`)).toBe(
      'The Times of Central Asia',
    );
  });

  it('a heading is labelled by the same words, blanks or not', () => {
    expect(shortLabel('What Is the Fourth Age?')).toBe('Fourth Age');
    expect(shortLabel('Trade and Economic Prospects in Central Asia')).toBe('Trade');
    expect(shortLabel(`Trade${'\u3000'.repeat(3)}and${'\u3000'.repeat(2)}Economy`)).toBe('Trade');
    expect(shortLabel('Oil :  the price')).toBe('Oil');
  });

  it('a caption and its credit are the same parts, after any run of separators', () => {
    const parts = (line: string) => CAPTION.exec(line)?.slice(1, 3);
    expect(parts('The reef in 2019. Photo: Ann Lee')).toEqual(['The reef in 2019', 'Ann Lee']);
    expect(parts('Sabine Roth (li.) beim Interview. Foto: privat')).toEqual([
      'Sabine Roth (li.) beim Interview',
      'privat',
    ]);
    expect(parts('The harbour ;; -- photo by Ann Lee')).toEqual(['The harbour', 'Ann Lee']);
    expect(parts('--- Photo: AP')).toEqual(['', 'AP']);
    expect(parts(`${'-'.repeat(50)}x`)).toBeUndefined();
  });

  it('a ticker line is still page noise, figures glued or apart', () => {
    const text = (ticker: string) =>
      `An interview with Ann Lee\n${ticker}\nQ: Why did you go?\nA: Because it rained.\nQ: And then?\nA: Then it stopped.`;
    for (const ticker of ['EUR 1.0823 +0.12%', 'BTC $97,000 ▲ 2.1%', 'USD 12%']) {
      const outcome = importArticle(text(ticker));
      expect(outcome.ok && outcome.report.dropped.map((d) => d.text)).toContain(ticker);
    }
  });
});
