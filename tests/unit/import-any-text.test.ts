import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../src/interview/import/import-article';
import { parseInterview } from '../../src/interview/parse';

// Whatever a person pastes, the importer answers: an interview the reader accepts, or a refusal
// in words. Lines of any Unicode (lone surrogates, controls, bidi marks), with now and then a
// speaker label, a "?" or a line break of another kind, so the rules for turns are reached too.
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('Q: ', 'A: ', 'Question: ', 'Anna Berg: ', '— ', '1. ', '?', ' ', '\t', ':'),
);
const line = fc.array(piece, { maxLength: 6 }).map((ps) => ps.join(''));
const text = fc
  .tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n'))
  .map(([lines, end]) => lines.join(end));

describe('the importer, on any text', () => {
  // The same cases every run (see import-property.test.ts); a few hundred imports of short texts.
  it(
    'never throws: an interview that passes the schema, or a refusal in words',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(text, (source) => {
          const outcome = importArticle(source);
          if (outcome.ok) {
            expect(parseInterview(outcome.interview).ok).toBe(true);
            expect(outcome.report.kept + outcome.report.dropped.length).toBe(
              outcome.report.paragraphs,
            );
          } else {
            expect(outcome.error.length).toBeGreaterThan(10);
          }
        }),
        { numRuns: 300, seed: 20_261_129 },
      );
    },
  );

  // A text of labelled turns, "Q: …?" / "A: …." or two names, with arbitrary words (page-noise
  // words too: "share", "related", "photo by"): every word of every answer is somewhere in what
  // the importer gives back, the interview or the lines it dropped as noise.
  const word = fc.oneof(
    fc.stringMatching(/^[a-zà-ÿ]{1,12}$/u),
    fc.constantFrom('Share', 'related', 'Photo', 'by', 'copyright', 'Q', 'A', 'and', 'Tom', 'Hart'),
  );
  const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max });
  const turns = fc.array(fc.tuple(words(8), words(12)), { minLength: 1, maxLength: 8 });
  const labels = fc.constantFrom(['Q', 'A'], ['Ann Lee', 'Tom Hart']);
  const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u);

  it('keeps every word of every answer of a labelled interview', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(turns, labels, (pairs, [asker, guest]) => {
        const source = [
          'An interview with Tom Hart',
          'Tom Hart spoke with Ann Lee about his work.',
          ...pairs.flatMap(([q, a]) => [`${asker}: ${q.join(' ')}?`, `${guest}: ${a.join(' ')}.`]),
        ].join('\n');
        const outcome = importArticle(source);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const kept = new Set(
          wordsOf(
            [JSON.stringify(outcome.interview), ...outcome.report.dropped.map((d) => d.text)].join(
              ' ',
            ),
          ),
        );
        const lost = pairs.flatMap(([, a]) => a.flatMap(wordsOf)).filter((w) => !kept.has(w));
        expect(lost, source).toEqual([]);
      }),
      { numRuns: 300, seed: 20_261_129 },
    );
  });
});
