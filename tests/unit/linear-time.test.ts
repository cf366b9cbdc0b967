// Every text algorithm of the reader's core does work roughly proportional to
// its input: each test runs one on an input and on one eight times larger and
// compares the processor time (see growth.ts). Quadratic work costs ~64×.
import { describe, expect, it } from 'vitest';
import { NO_PARAMS } from '../../src/config/paths';
import { buildReaderModel } from '../../src/features/reader/reader-model';
import { paragraphMarks, readerView } from '../../src/features/reader/reader-view';
import { passagesByParagraph, toChunks, type MarkRange } from '../../src/interview/highlight';
import { buildOutline } from '../../src/interview/outline';
import { parseInterview } from '../../src/interview/parse';
import { countWords } from '../../src/interview/reading-time';
import type { Interview } from '../../src/interview/schema';
import type { SearchHit, SearchUnit } from '../../src/interview/search-units';
import { sentences } from '../../src/interview/sentences';
import { textRuns } from '../../src/interview/text-runs';
import { directiveFor } from '../../src/interview/passage-directive';
import {
  decodeTextDirective,
  encodeTextDirective,
  findPassage,
  type PassageText,
} from '../../src/interview/text-fragment';
import { expectNearLinear, GROWTH_TEST_TIMEOUT } from '../support/growth';
import { seedInterview, seedJson } from '../support/seed';

/** `length` characters made of `piece` repeated. */
const repeat = (piece: string, length: number) =>
  piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

const seed = seedInterview();
const prose = seed.sections.flatMap((s) => s.questions.flatMap((q) => q.answer)).join(' ');

/**
 * The same texts for the same n, so their folding (fold.ts, tested on its
 * own) is done once, by the first run, and the runs timed are the search's.
 */
const textsOf = new Map<string, { key: string; text: string }[]>();
function texts(piece: string, n: number) {
  const key = `${piece.slice(0, 20)}:${piece.length}:${n}`;
  const made = textsOf.get(key) ?? [{ key: 'a', text: repeat(piece, n) }];
  textsOf.set(key, made);
  return made;
}

/** The seed with its first answer's first paragraph replaced. */
function withParagraph(text: string): Interview {
  const interview = structuredClone(seed);
  const question = interview.sections[0]?.questions[0];
  if (!question) throw new Error('seed');
  question.answer = [text];
  interview.keyQuotes = [
    { id: 'last-words', questionId: question.id, text: text.slice(-40).trim() },
  ];
  return interview;
}

describe('linear-time text work', { timeout: GROWTH_TEST_TIMEOUT }, () => {
  it('splits sentences: a question in Chinese with no full stop', () => {
    expectNearLinear((n) => sentences(repeat('我们认为战争今年会结束这是真的', n)), 20_000);
  });

  it('splits sentences: prose, and a run of abbreviations that never ends one', () => {
    expectNearLinear((n) => sentences(repeat(prose, n)), 10_000);
    expectNearLinear((n) => sentences(repeat('Mr. Dr. J. K. U.S. ', n)), 5_000);
  });

  it('lists the question index of a question 20,000 characters long', () => {
    expectNearLinear((n) => {
      const interview = structuredClone(seed);
      const question = interview.sections[0]?.questions[0];
      if (question) question.question = [repeat('abcdefghij', n)];
      buildOutline(interview);
    }, 20_000);
  });

  it('cuts a long text into runs for its text nodes: prose, unbroken letters, surrogate pairs', () => {
    // Made once for each n and flattened: the cutting is cheaper than making the text.
    for (const piece of [prose, 'x', '😀']) {
      const made = new Map<number, string>();
      const text = (n: number) => {
        const found = made.get(n) ?? repeat(piece, n).split('').join('');
        made.set(n, found);
        return found;
      };
      expectNearLinear((n) => textRuns(text(n), 0, n, 1_000), 50_000);
    }
  });

  it('counts words for the reading time', () => {
    expectNearLinear((n) => countWords(repeat('a.b-c’d ', n)), 50_000);
  });

  it('cuts a paragraph into marked chunks, many marks and overlapping ones', () => {
    const ranges = (n: number): MarkRange[] =>
      Array.from({ length: n }, (_, i) => ({ start: 4 * i, end: 4 * i + 6, kind: 'search' }));
    // Large enough that both sizes overflow the processor's caches alike
    // (5,000 marks fit and 40,000 do not: that alone measured 18-28×; 10,000, 9-10×).
    expectNearLinear((n) => toChunks(4 * n + 6, ranges(n)), 10_000);
  });

  it('groups search hits by paragraph, thousands in one paragraph', () => {
    const unit: SearchUnit = {
      key: 'answer:q1:0',
      sectionId: 'trade',
      questionId: 'q1',
      part: 'answer',
      paragraph: 0,
      text: '',
    };
    const hits = (n: number): SearchHit[] =>
      Array.from({ length: n }, (_, i) => ({ unit, start: 2 * i, end: 2 * i + 1 }));
    expectNearLinear((n) => paragraphMarks(hits(n), 0, []), 20_000);
  });

  it('finds key quotes in a long answer', () => {
    expectNearLinear((n) => {
      const paragraph = texts(`${repeat(prose, n)} the end.`, n)[0]?.text ?? '';
      passagesByParagraph([paragraph], [{ id: 'k', text: 'the end.' }], 'key-quote');
      // Large enough that both sizes overflow the processor's caches alike.
    }, 500_000);
  });

  it('checks an interview with one very long paragraph', () => {
    expectNearLinear((n) => {
      const json = seedJson();
      const interview = withParagraph(repeat(prose, n));
      parseInterview({ ...json, sections: interview.sections, keyQuotes: interview.keyQuotes });
    }, 20_000);
  });

  it('checks an interview with many questions, speakers and key quotes', () => {
    const many = (n: number) => {
      const people = Array.from({ length: 100 }, (_, i) => ({
        id: `p${i}`,
        name: `Person ${i}`,
        label: `P${i}`,
      }));
      const questions = Array.from({ length: n }, (_, i) => ({
        id: `q${i}`,
        askedBy: `p${i % 100}`,
        question: [`Question ${i}?`],
        answeredBy: `p${99 - (i % 100)}`,
        answer: [`Answer ${i}, with the words of quote ${i}.`],
      }));
      return {
        ...seedJson(),
        people: { interviewers: people.slice(0, 50), interviewees: people.slice(50) },
        sections: [{ id: 'all', label: 'All', heading: 'All', questions }],
        keyQuotes: questions.map((q, i) => ({ id: `k${i}`, questionId: q.id, text: `quote ${i}` })),
      };
    };
    expectNearLinear((n) => {
      const result = parseInterview(many(n));
      expect(result.ok).toBe(true);
    }, 120);
  });

  it('derives the reader for one very long paragraph', () => {
    expectNearLinear((n) => {
      const interview = withParagraph(repeat(prose, n));
      const model = buildReaderModel(interview);
      readerView(interview, model, NO_PARAMS, undefined, '#last-words');
    }, 20_000);
  });

  it('finds a quoted passage whose start occurs everywhere and whose end is missing', () => {
    expectNearLinear((n) => {
      const said = texts('said yes. ', n);
      findPassage(said, { prefix: 'nobody', textStart: 'said yes' });
      findPassage(said, { textStart: 'said', textEnd: 'never' });
      findPassage(said, { textStart: 'said', suffix: 'never' });
    }, 20_000);
  });

  it('makes and reads the link to a paragraph that repeats itself, after its twin', () => {
    // "ab ab … ab a" twice: every term of the link occurs almost everywhere,
    // up to the whole paragraph (tens of thousands of characters), which
    // indexOf looked for again after each place it was found: quadratic.
    const twins = new Map<number, PassageText[]>();
    const answer = (n: number) => {
      const twin = `${'ab '.repeat(Math.floor(n / 3))}a`;
      const made = twins.get(n) ?? [{ key: 'a', text: `${twin}\n${twin}` }];
      twins.set(n, made);
      return { made, start: twin.length + 1, end: 2 * twin.length + 1 };
    };
    expectNearLinear((n) => {
      const { made, start, end } = answer(n);
      findPassage(made, directiveFor(made, { key: 'a', start, end }));
    }, 5_000);
  });

  it('makes and reads the link to a whole long paragraph', () => {
    // Words that do not repeat, as in a real answer, so the link is its first and last words.
    const words = (n: number) => Array.from({ length: n / 8 }, (_, i) => `w${i + 1e6}`).join(' ');
    expectNearLinear((n) => {
      const answer = texts(words(n), n);
      const end = answer[0]?.text.trimEnd().length ?? 0;
      const directive = directiveFor(answer, { key: 'a', start: 0, end });
      expect(findPassage(answer, directive)).toEqual({ key: 'a', start: 0, end });
      decodeTextDirective(encodeTextDirective(directive));
    }, 20_000);
  });
});
