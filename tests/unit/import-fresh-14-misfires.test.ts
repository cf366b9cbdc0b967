import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// The fresh-14 rules (tests/unit/import-fresh-14-shapes.test.ts) tried on other real shapes where
// they could misfire: each test here reads a page the importer should keep or read right.

describe('furniture the fresh-14 rules could take from an answer', () => {
  it('keeps a quick answer that gives a follower or subscriber count', () => {
    // A channel's count alone on a line ("12.4K followers") is furniture; after a question it answers.
    const { interview, dropped } = importOk(
      [
        'Five quick questions for Dana Ruiz',
        'How big is the club channel now?',
        '12,000 subscribers',
        'And on the other app?',
        '3.1K followers',
        'Best race?',
        'The Harbour 10K, every time.',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
    expect(questions(interview)).toEqual([
      ['How big is the club channel now?'],
      ['And on the other app?'],
      ['Best race?'],
    ]);
    expect(answers(interview)[0]).toBe('12,000 subscribers');
  });
});

describe("a post's age after a question, furniture between", () => {
  it('keeps a quick answer "Last year" with an ad line between it and its question', () => {
    const { interview, dropped } = importOk(
      [
        'Five quick questions for Dana Ruiz',
        'When did you start running?',
        'Advertisement',
        'Last year',
        'Favourite race?',
        'The Harbour 10K, every time.',
      ].join('\n\n'),
    );
    expect(dropped).toEqual(['Advertisement']);
    expect(questions(interview)).toEqual([['When did you start running?'], ['Favourite race?']]);
  });
});

describe('full-width punctuation, as Japanese and Chinese pages write it', () => {
  it('reads questions closed by a full-width question mark ("？")', () => {
    // The fresh-14 fixtures were saved with ASCII "?"; a real Japanese press conference closes its
    // questions with "？" (U+FF1F), and the page was refused.
    const { interview } = importOk(
      [
        '試合後の監督会見',
        '負けはしたが、選手たちを誇りに思うべきでしょうか？',
        'もちろんです。最後まで戦ってくれました。',
        '相手の最初のゴールについてどう思いますか？',
        '防げたゴールでした。集中が切れていた。',
        '次の試合までに誰が戻ってきますか？',
        'まだわかりません。',
      ].join('\n'),
    );
    expect(questions(interview)).toEqual([
      ['負けはしたが、選手たちを誇りに思うべきでしょうか？'],
      ['相手の最初のゴールについてどう思いますか？'],
      ['次の試合までに誰が戻ってきますか？'],
    ]);
  });
});
