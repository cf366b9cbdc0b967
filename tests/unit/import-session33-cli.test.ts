import { describe, expect, it } from 'vitest';
import { importArticle } from '../../src/interview/import/import-article';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules made in session 33 from real pages run through the whole product by an outside grader;
// each page re-typed in our own words with its names changed.

describe(
  'two guests of a magazine Q&A, the second labelled once by name, the first asking herself a question inside an answer',
  { timeout: 30_000 },
  () => {
    const page = (inside: string) =>
      [
        '“Playing Just For The Joy Of It…” The Lantern Pair Interviewed',
        'Mara Quist and Tom Hale talk to ECHO about the return of The Lantern Pair after 20 years',
        'With a first record in 20 years due soon, The Lantern Pair’s Mara Quist and Tom Hale talk to ECHO about how it began.',
        'Why make a record after such a long gap?',
        'Mara Quist: “We said, let’s play just for the joy of it. If it failed, nobody had to hear it.”',
        'How has the way you work together changed?',
        `MQ: “We had both worked alone for years, so each of us was used to deciding everything.${inside}”`,
        'Tom Hale: “If we came back, it had to be around one good idea. For years we went separate ways.”',
        'Mara Quist: “Then Tom had some electronic sketches, and the record grew out of them.”',
      ].join('\n\n');

    it('reads the second guest’s turn as a guest’s, not as a question', () => {
      const { interview } = importOk(page(' We wondered, how will that work? It worked.'));
      expect(questions(interview)).toEqual([
        ['Why make a record after such a long gap?'],
        ['How has the way you work together changed?'],
      ]);
      expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Mara Quist', 'Tom Hale']);
      expect(answers(interview).join('\n')).toContain('one good idea');
    });

    it('keeps the first guest’s label where she speaks again after the second in one answer', () => {
      const { interview } = importOk(page(''));
      const last = interview.sections.at(-1)?.questions.at(-1);
      expect(last?.answer).toEqual([
        '“We had both worked alone for years, so each of us was used to deciding everything.”',
        'Tom Hale: “If we came back, it had to be around one good idea. For years we went separate ways.”',
        'Mara Quist: “Then Tom had some electronic sketches, and the record grew out of them.”',
      ]);
    });

    it('takes a long headline that opens with a quote, then whose it is, as the title', () => {
      const long = page('').replace(
        '“Playing Just For The Joy Of It…” The Lantern Pair Interviewed',
        '“Let’s Play Some Songs Just For The Simple Joy Of It…” The Lantern And The Pair Interviewed',
      );
      expect(importOk(long).interview.title).toBe(
        '“Let’s Play Some Songs Just For The Simple Joy Of It…” The Lantern And The Pair Interviewed',
      );
    });

    it('the same page without the question inside reads so already (control)', () => {
      const { interview } = importOk(page(''));
      expect(questions(interview)).toHaveLength(2);
    });

    it('a repeated name whose turn ends asking is no guest: its once-used neighbour stays a question (near miss)', () => {
      const asking = page('').replace(
        'MQ: “We had both worked alone for years, so each of us was used to deciding everything.”',
        'MQ: “We had both worked alone for years. Who decides now?”',
      );
      const outcome = importArticle(asking);
      const people = outcome.ok ? outcome.interview.people.interviewees.map((p) => p.name) : [];
      expect(people).not.toContain('Tom Hale');
    });
  },
);

describe(
  'a Korean Q&A whose answers open with a pointer ("▶ …") under dashed questions',
  { timeout: 30_000 },
  () => {
    const page = (mark: (i: number) => string) =>
      [
        '보너스 인터뷰입니다. 영화 촬영을 마친 배우 한서진과 이니셜 토크를 나눴습니다.',
        '-함께 출연한 배우 중 가장 가까운 사람은?',
        `${mark(0)}M. 곧 새 예능에 나온다고 하더라고요. 정말 좋은 형이에요.`,
        '-촬영장에서 어려웠던 선배가 있다면요?',
        `${mark(1)}J 선배님이요. 일정 때문에 죄송한 일이 많았어요.`,
        '-같이 작품을 하고 싶은 배우는요?',
        `${mark(2)}S. (힌트를 주세요?) 이건 비밀이에요. 하하.`,
        '-마지막으로 팬들에게 한마디 해주세요.',
        `${mark(3)}늘 고맙습니다. 다음 작품에서 또 만나요.`,
      ].join('\n');

    it('takes the pointer off every answer', () => {
      const { interview } = importOk(page((i) => (i % 2 === 0 ? '▶ ' : '▶')));
      expect(answers(interview)).toEqual([
        'M. 곧 새 예능에 나온다고 하더라고요. 정말 좋은 형이에요.',
        'J 선배님이요. 일정 때문에 죄송한 일이 많았어요.',
        'S. (힌트를 주세요?) 이건 비밀이에요. 하하.',
        '늘 고맙습니다. 다음 작품에서 또 만나요.',
      ]);
    });

    it('keeps them where one answer opens without it (near miss)', () => {
      const { interview } = importOk(page((i) => (i === 3 ? '' : '▶ ')));
      expect(answers(interview)[0]).toBe(
        '▶ M. 곧 새 예능에 나온다고 하더라고요. 정말 좋은 형이에요.',
      );
    });

    it('a reporter signing off under the last answer ("NAME기자 email") is no part of it', () => {
      for (const sign of [
        '박민재기자 mjpark@example.co.kr',
        '박민재 기자 mjpark@example.co.kr',
        '박민재 기자',
      ]) {
        const { interview, dropped } = importOk(`${page(() => '▶ ')}\n${sign}`);
        expect(answers(interview).at(-1)).toBe('늘 고맙습니다. 다음 작품에서 또 만나요.');
        expect(dropped).toContain(sign);
      }
    });

    it('an answer that only speaks of reporters stays (near miss)', () => {
      const { interview } = importOk(`${page(() => '▶ ')}\n그때 만난 기자`);
      expect(answers(interview).at(-1)).toBe('그때 만난 기자');
    });
  },
);

describe(
  'a Japanese dialogue whose speakers are surnames followed by a plain space ("増井 それは…")',
  { timeout: 30_000 },
  () => {
    const page = (gap: string) =>
      [
        '「聞く力」が引き出すもの',
        `高野${gap}それは浩二さんの「待つ力」が引き出したお話ですよね。`,
        `松浦${gap}話したいと思うタイミングを見るのは大事ですね。準備ができていないとき、深くは入りません。`,
        `高野${gap}競技者だったからわかる気持ち、というのはありますね。浩二さんだからできる取材だと思います。`,
        `松浦${gap}時間も場所も、特権を与えてもらっていますから。口を開いてくれるまでじっと待つことも少なくありません。`,
      ].join('\n\n');

    it('reads the two surnames as the speakers, as with an ideographic space', () => {
      const plain = importOk(page(' ')).interview;
      const wide = importOk(page('\u3000')).interview;
      expect(questions(plain)).toEqual(questions(wide));
      expect(questions(plain)).toHaveLength(2);
      expect(answers(plain)[0]).toBe(
        '話したいと思うタイミングを見るのは大事ですね。準備ができていないとき、深くは入りません。',
      );
    });

    it('Korean words before a space are no names (near miss)', () => {
      const korean = [
        '그때 만난 사람은 누구였나요?',
        '그때 저는 학생이었어요. 선배를 만났죠.',
        '그리고 어떻게 되었나요?',
        '그리고 같이 일하게 되었어요.',
      ].join('\n\n');
      const outcome = importArticle(korean);
      const people = outcome.ok ? outcome.interview.people.interviewees.map((p) => p.name) : [];
      expect(people).not.toContain('그때');
    });
  },
);
