import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { buildOutline, questionTitle, TITLE_LENGTH } from '../../src/interview/outline';
import { sentenceSegments, sentences } from '../../src/interview/sentences';
import { seedInterview } from '../support/seed';

describe('sentences', () => {
  it('splits a paragraph into trimmed sentences', () => {
    expect(sentences('How is it going? Very well. Thanks!')).toEqual([
      'How is it going?',
      'Very well.',
      'Thanks!',
    ]);
  });

  it('does not break after titles, initials or dotted acronyms', () => {
    expect(sentences('Mr. Ambassador, what are the prospects? Which sectors?')).toEqual([
      'Mr. Ambassador, what are the prospects?',
      'Which sectors?',
    ]);
    expect(sentences('J. K. Rowling wrote it. Dr. No did not.')).toEqual([
      'J. K. Rowling wrote it.',
      'Dr. No did not.',
    ]);
    expect(sentences('How are relations with the U.S. and the EU? And China?')).toEqual([
      'How are relations with the U.S. and the EU?',
      'And China?',
    ]);
  });
});

/** Sentence segments as sentences.ts read them before it read them lazily: each window whole. */
function eagerSegments(text: string): { segment: string; whole: boolean }[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: { segment: string; whole: boolean }[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(from + 2048, text.length);
    if (to < text.length && /[\uD800-\uDBFF]/.test(text[to - 1] ?? '')) to -= 1;
    const found = [...segmenter.segment(text.slice(from, to))].map((s) => s.segment);
    const cut = to < text.length;
    const kept = cut && found.length > 1 ? found.slice(0, -1) : found;
    for (const [i, segment] of kept.entries()) {
      out.push({ segment, whole: !cut || i < kept.length - 1 || found.length > 1 });
      from += segment.length;
    }
  }
  return out;
}

describe('sentences, read lazily', () => {
  it('cuts a long text where the whole-window reading did (random text over several windows)', () => {
    const sentence = fc
      .tuple(
        fc.array(
          fc.constantFrom('Mr.', 'U.S.', 'trade', 'J.', 'oil', '合作', '😀', 'x'.repeat(300)),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.constantFrom('', '.', '?', '!', '。', ','),
      )
      .map(([w, end]) => `${w.join(' ')}${end}`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        expect([...sentenceSegments(text)]).toEqual(eagerSegments(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe('questionTitle', () => {
  const question = (...paragraphs: string[]) => ({
    id: 'q',
    askedBy: 'a',
    answeredBy: 'b',
    answer: ['x'],
    question: paragraphs,
  });

  it('is the first sentence that asks something', () => {
    expect(
      questionTitle(
        question('Last year you said trade would double. It did not.', 'Why not? And what now?'),
      ),
    ).toBe('Why not?');
  });

  it('falls back to the first sentence when nothing ends with a question mark', () => {
    expect(questionTitle(question('Tell us about the corridor. Start with the ports.'))).toBe(
      'Tell us about the corridor.',
    );
  });

  it('is cut short after a word, with "…", when the sentence is very long', () => {
    const words = 'and the river rose and the town built a wall '.repeat(500);
    const title = questionTitle(question(`${words}?`));
    expect(title.length).toBeLessThanOrEqual(TITLE_LENGTH);
    expect(title.endsWith('…')).toBe(true);
    expect(words.startsWith(title.slice(0, -1))).toBe(true);
    expect(words[title.length - 1]).toBe(' ');
  });

  // The reader's first render titles every question (2,000 in `npm run bench`'s long
  // interview): reading each one to its end was most of that render's model (77 ms of
  // 176 in a trace). The title is found as the sentences are read, and reading stops there.
  it('reads no further than the first sentence that asks', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      expect(
        questionTitle(
          question('Why not? And what now?', 'A second paragraph.', 'And a third one?'),
        ),
      ).toBe('Why not?');
      expect(segment).toHaveBeenCalledTimes(1);
    } finally {
      segment.mockRestore();
    }
  });

  it('is the first asking sentence of all the paragraphs, else their first (random text)', () => {
    const words = fc.constantFrom('Mr.', 'U.S.', 'why', 'Trade', 'grew', 'J.', 'oil', '合作', '是');
    const ends = fc.constantFrom('', '.', '?', '!', '?”', '。', '？', ',');
    const sentence = fc
      .tuple(fc.array(words, { minLength: 1, maxLength: 8 }), ends)
      .map(([w, end]) => `${w.join(' ')}${end}`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), (paragraphs) => {
        const all = paragraphs.flatMap(sentences);
        const expected = all.find((s) => s.endsWith('?')) ?? all[0] ?? '';
        expect(questionTitle(question(...paragraphs))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('is cut short between characters in a script without spaces', () => {
    const title = questionTitle(question(`${'合作前景如何'.repeat(4_000)}？`));
    expect(title).toBe(`${'合作前景如何'.repeat(40).slice(0, TITLE_LENGTH - 1)}…`);
  });
});

describe('buildOutline', () => {
  it('lists the seed by topic, numbering questions across the interview', () => {
    const outline = buildOutline(seedInterview());
    expect(outline.map((s) => [s.id, s.label, s.questions.map((q) => [q.id, q.number])])).toEqual([
      ['trade', 'Trade', [['q1', 1]]],
      ['middle-corridor', 'Middle Corridor', [['q2', 2]]],
      ['energy', 'Energy', [['q3', 3]]],
      ['security', 'Security', [['q4', 4]]],
      ['peace', 'Peace', [['q5', 5]]],
    ]);
    expect(outline[0]?.questions[0]?.title).toBe(
      'Mr. Ambassador, what are the prospects for deepening trade and economic partnerships between Ukraine, Kazakhstan, and wider Central Asia?',
    );
    expect(outline[4]?.questions[0]?.title).toBe(
      'How do you assess current relations with the U.S. and the EU?',
    );
  });
});
