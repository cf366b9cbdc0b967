import { describe, expect, it } from 'vitest';
import {
  CURRENT_MATCH_ID,
  MARKED_MATCHES,
  markedMatches,
  paragraphMarks,
} from '../../src/features/reader/reader-view';
import type { SearchHit, SearchUnit } from '../../src/interview/search-units';

const unit = (question: number): SearchUnit => ({
  key: `answer:q${question}:0`,
  sectionId: 'all',
  questionId: `q${question}`,
  part: 'answer',
  paragraph: 0,
  text: '',
});

/** `count` hits, ten to a question. */
const hits = (count: number): SearchHit[] =>
  Array.from({ length: count }, (_, i) => ({
    unit: unit(Math.floor(i / 10)),
    start: i,
    end: i + 1,
  }));

/** Every mark made, in order, as [question, start, kind]. */
function marked(marks: ReturnType<typeof paragraphMarks>) {
  return [...marks].flatMap(([question, byParagraph]) =>
    [...byParagraph.values()].flat().map((mark) => [question, mark.start, mark.kind, mark.id]),
  );
}

describe('search marks', () => {
  it('marks every match when there are few', () => {
    const marks = marked(paragraphMarks(hits(25), 3, []));
    expect(marks).toHaveLength(25);
    expect(marks[3]).toEqual(['q0', 3, 'search-current', CURRENT_MATCH_ID]);
  });

  it('marks only the block of matches that holds the current one, however many there are', () => {
    const many = hits(18_408);
    expect(marked(paragraphMarks(many, 0, []))).toHaveLength(MARKED_MATCHES);
    const current = 3 * MARKED_MATCHES + 7;
    const marks = marked(paragraphMarks(many, current, []));
    expect(marks).toHaveLength(MARKED_MATCHES);
    expect(marks[0]?.[1]).toBe(3 * MARKED_MATCHES);
    expect(marks.filter(([, , kind]) => kind === 'search-current')).toEqual([
      [`q${Math.floor(current / 10)}`, current, 'search-current', CURRENT_MATCH_ID],
    ]);
    // The last block is what is left.
    expect(markedMatches(18_408, 18_407)).toEqual({
      start: 18_400 - (18_400 % MARKED_MATCHES),
      end: 18_408,
    });
  });

  it('marks passages whatever the search', () => {
    const passage = {
      index: 0,
      questionId: 'q900',
      sectionId: 'all',
      ranges: [{ paragraph: 0, start: 2, end: 9 }],
    };
    const marks = marked(paragraphMarks(hits(10_000), 0, [passage]));
    expect(marks).toContainEqual(['q900', 2, 'passage', 'passage_0']);
  });
});
