import { describe, expect, it } from 'vitest';
import { importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-14 pages (tests/fixtures/import/fresh-14): each is checked here on
// text of its own, as a caller of importArticle sees it.

describe('page furniture', () => {
  it('drops reading-time lines, follower counts, relative dates and platform lines', () => {
    const furniture = [
      'この記事は約3分で読めます。',
      '4 min read',
      'Reading time: 6 minutes',
      '3.1K followers',
      '12,408 subscribers',
      'last year',
      '3 weeks ago',
      'Published with Issuu',
      'Etiketler: sinema, söyleşi',
      'Yorum Gönder',
      'Daha yeni yayınlar Daha eski yayınlar Ana Sayfa',
      'Ana Sayfa',
      'シェアする',
    ];
    const { interview, dropped } = importOk(
      [
        'A talk with the keeper',
        ...furniture.slice(0, 6),
        'How was the match?',
        'Hard. We kept going until the last minute, and it was a year of work.',
        'What comes next?',
        'Rest, then the cup.',
        ...furniture.slice(6),
      ].join('\n'),
    );
    expect(questions(interview)).toHaveLength(2);
    expect([...dropped].sort()).toEqual([...furniture].sort());
  });

  it('ends the article at a related list headed in Japanese or Chinese', () => {
    for (const header of ['関連記事', '相关新闻', '相關新聞']) {
      const { dropped } = importOk(
        [
          '試合はどうでしたか?',
          '厳しかったが、勝てた。',
          '次の試合までに誰が戻ってきますか?',
          'まだわからない。',
          header,
          '監督、カップ戦前の記者会見',
        ].join('\n'),
      );
      expect(dropped).toEqual([header, '監督、カップ戦前の記者会見']);
    }
  });

  it('keeps answers that speak of years, reading time and followers', () => {
    const answers = [
      'Last year.',
      'Followers come and go.',
      'Reading time: that is what I miss most.',
    ];
    const { dropped } = importOk(
      [
        'When did you start?',
        answers[0],
        'Do numbers matter to you?',
        answers[1],
        'What do you miss?',
        answers[2],
      ].join('\n'),
    );
    expect(dropped).toEqual([]);
  });

  it('keeps a quick answer that names a time without a full stop ("Last year")', () => {
    // A post's age alone on a line ("3 weeks ago") is furniture; after a question it answers.
    const { dropped } = importOk(
      [
        'Five quick questions for Dana Ruiz',
        'When did you start running?',
        'Last year',
        'Favourite race?',
        'The Harbour 10K, every time.',
        'When did you last race?',
        '3 weeks ago',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
  });
});

describe('topic lines for questions', () => {
  it('reads Chinese "关于…" lines as the questions where nothing on the page asks', () => {
    const { interview } = importOk(
      [
        '帕帕斯:为球员们的表现感到骄傲',
        '据报道,帕帕斯在球队2-0获胜之后接受了记者的采访。',
        '关于本场比赛',
        '我为小伙子们感到无比骄傲,我们知道来这里比赛很艰难。',
        '关于球迷',
        '这就是我们所做的一切的原因。球迷始终如一。',
        '关于决赛',
        '我们会好好休息,然后全力以赴。',
      ].join('\n'),
    );
    expect(questions(interview)).toEqual([['关于本场比赛'], ['关于球迷'], ['关于决赛']]);
  });

  it('leaves a "关于…" line alone where questions are asked', () => {
    const { interview } = importOk(
      [
        '关于本场比赛',
        '你怎么看这场比赛?',
        '我为小伙子们感到骄傲。',
        '关于球迷',
        '球迷对你意味着什么?',
        '一切。',
      ].join('\n'),
    );
    expect(questions(interview)).toEqual([['你怎么看这场比赛?'], ['球迷对你意味着什么?']]);
  });
});
