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

// Found in this review but not from the fresh-14 rules (main reads them so before 94065e9 too);
// no narrow fix. Each runs as \`it.fails\`: it holds today's misreading, and it fails (so the run
// says so) the day a rule reads the shape right; then make it an \`it\`. Session 25's review read
// two right (the transcript refused whole, the kicker named as guest): they are \`it\`s now.
describe('shapes the importer misreads (not the fresh-14 rules)', () => {
  it('does not refuse a timestamped transcript whose host thanks the guest after an unlabelled line', () => {
    // Refused until session 25: "the interview found in the article is not valid: $: is an
    // answer with no question before it" — the whole page was lost. The unlabelled line was
    // read as a heading over the host's thanks, left after the last answer; now both join it.
    const { interview } = importOk(`Coffee with the baker

[00:00:01] Rina: Welcome back to the show. Today I'm with Tom Hale.
[00:00:05] Tom: Thanks for having me.
[00:00:08] Rina: Tom, you started the bakery in 2015.
[00:00:11] How did that happen?
[00:00:13] Tom: By accident, really. My aunt left me her ovens.
[00:00:20] Rina: And what came next?
[00:00:22] Tom: A second shop, then a third.
[00:00:30] I never planned any of it
[00:00:33] Rina: Thanks, Tom.`);
    expect(questions(interview).length).toBeGreaterThanOrEqual(2);
    expect(answers(interview).slice(-2)).toEqual([
      'I never planned any of it',
      'Rina: Thanks, Tom.',
    ]);
  });

  it('still names a guest written in capitals where the lead names no one (near miss)', () => {
    const { interview } = importOk(`Talking tactics with the new coach
JANE DOE
She joined the club in May after six seasons abroad.
What did you change first?
The training times. We train in the morning now.
What do the players say?
They complain, then they win.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['JANE DOE']);
  });

  it('reads a Chinese page labelled "记者:" whose questions mostly end with "。", under "关于…" headings', () => {
    // Read until session 27 as: the headings are the questions, '记者' an interviewee, each
    // answer holding the labelled questions and answers of its section. '记者' (reporter) is
    // now a question's label, as 'Корр.' is.
    const { interview } = importOk(
      [
        '专访主帅王志强:我们还有进步空间',
        '关于本场比赛',
        '记者:请谈谈今天的比赛。',
        '王志强:我为球员们感到骄傲,我们在客场拿到了三分。',
        '关于球迷',
        '记者:请评价一下今天的球迷。',
        '王志强:他们一直在为我们加油,这场胜利属于他们。',
        '关于未来',
        '记者:接下来的目标。',
        '王志强:保持专注,一场一场地踢。',
      ].join('\n\n'),
    );
    expect(questions(interview)).toEqual([
      ['请谈谈今天的比赛。'],
      ['请评价一下今天的球迷。'],
      ['接下来的目标。'],
    ]);
  });

  it('does not name a kicker in capitals under the headline ("COVER STORY") as the guest', () => {
    // Named 'COVER STORY' until session 25: an intro's line in capitals is no longer searched
    // for a name before the lead's sentences (it still is after them).
    const { interview } = importOk(`Talking tactics with the new coach
COVER STORY
Jane Doe joined the club in May after six seasons abroad.
What did you change first?
The training times. We train in the morning now.
What do the players say?
They complain, then they win.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Jane Doe']);
  });
});
