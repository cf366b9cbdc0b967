import { describe, expect, it } from 'vitest';
import { importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-10 pages (tests/fixtures/import/fresh-10): each is checked here on
// text of its own, as a caller of importArticle sees it.

describe('page furniture', () => {
  it('keeps a hard-wrapped Japanese lead, one phrase a line, as text, not as a menu of short lines', () => {
    const { interview, dropped } = importOk(`インタビューとは何か。山田さん篇

誰かの話を聞くのは、
どうしてこんなに、おもしろいのだろう。
尊敬する先輩方に、教わります。

Q: いちばん心に残っている取材は?

A: 老作家に会いに行ったときのことです。

Q: それはなぜですか?

A: 沈黙こそが答えだったからです。`);
    expect(dropped).toEqual([]);
    expect(interview.intro.join(' ')).toContain('尊敬する先輩方に、教わります。');
    expect(questions(interview)).toHaveLength(2);
  });
});
