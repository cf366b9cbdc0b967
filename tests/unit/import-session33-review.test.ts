import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Near misses for session 33's broadest importer rules, found in its end review: ordinary pages
// that a rule read as a transcript archive's, a copyright holder or a shared name.

describe(
  "an oral history's profile under a place is no archive's record",
  { timeout: 30_000 },
  () => {
    const text = [
      'Oral History Project',
      'Voices of the Valley',
      'Interview with Maria Lopez',
      'Madrid, Spain',
      'Date: 3 May 2019',
      'Place: Madrid',
      'Duration: 45 minutes',
      'Maria Lopez remembers her childhood in Toledo',
      'Q: Where did you grow up?',
      'A: In a small village near Toledo, with my grandparents.',
      'Q: When did you move to the city?',
      'A: In 1975, the year Franco died.',
      'Q: What did you do there?',
      'A: I worked in a bakery for ten years.',
    ].join('\n\n');

    it('names the guest from the headline, not "Spain Madrid", and keeps the headline', () => {
      const { interview, dropped } = importOk(text);
      expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Maria Lopez']);
      expect(dropped).not.toContain('Interview with Maria Lopez');
      expect(dropped).not.toContain('Madrid, Spain');
      expect(questions(interview)).toHaveLength(3);
    });
  },
);

describe(
  'a footer\'s "© 2024 All Rights Reserved" names no publication',
  { timeout: 30_000 },
  () => {
    it('leaves the publication unknown', () => {
      const { interview } = importOk(
        [
          'Ten minutes with the harbour master',
          'Anna Berg has run the harbour for ten years.',
          'How does it feel to leave?',
          'Strange. I will miss the early mornings.',
          'What comes next?',
          'A long holiday, then the boat.',
          'Any regrets?',
          'None at all.',
          'Share this article',
          '© 2024 All Rights Reserved',
        ].join('\n\n'),
      );
      expect(interview.source.publication).toBe('Unknown publication');
    });
  },
);

describe(
  'a Korean headline and lead opening on the same words name no one',
  { timeout: 30_000 },
  () => {
    it('leaves the guest unnamed: Korean spaces words, "한국 축구" (Korean football) is none', () => {
      const { interview } = importOk(
        [
          '한국 축구 대표팀, 월드컵 본선 진출 확정',
          '한국 축구 대표팀이 어제 열린 경기에서 승리했다.',
          '-소감은?',
          '▶ 정말 기쁩니다.',
          '-다음 목표는?',
          '▶ 본선에서 16강입니다.',
          '-팬들에게 한마디?',
          '▶ 감사합니다.',
        ].join('\n\n'),
      );
      expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Interviewee']);
      expect(questions(interview)).toHaveLength(3);
    });
  },
);

describe(
  'an Arabic headline opening on a place before "في حوار" names no one',
  { timeout: 30_000 },
  () => {
    it('leaves the guest unnamed where the lead writes "شعب مصر" (the people of Egypt)', () => {
      const { interview } = importOk(
        [
          'مصر في حوار مع الصحافة الأجنبية',
          'قال المتحدث إن شعب مصر يستحق الأفضل، وإن الحكومة تعمل على ذلك.',
          'ما هي أولوياتكم؟',
          'الاقتصاد أولا ثم التعليم.',
          'متى تبدأ الإصلاحات؟',
          'في الربيع المقبل.',
          'هل أنتم متفائلون؟',
          'نعم بالتأكيد.',
        ].join('\n\n'),
      );
      expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Interviewee']);
    });
  },
);

describe(
  '"Q Street" opening two answer paragraphs is no reporter\'s turn',
  { timeout: 30_000 },
  () => {
    it('keeps both in the answers, "Q" and all, where neither asks', () => {
      const { interview } = importOk(
        [
          'MAYOR DIAZ: Good morning. The works on the avenue start on Monday.',
          'REPORTER: Which streets close first?',
          'MAYOR DIAZ: The stretch by the market, for two weeks.',
          'Q Street and the bridge stay open throughout.',
          'REPORTER: And the buses?',
          'MAYOR DIAZ: They move one block east.',
          'Q Street keeps its stops.',
        ].join('\n\n'),
      );
      expect(questions(interview)).toEqual([['Which streets close first?'], ['And the buses?']]);
      expect(answers(interview)).toContain('Q Street and the bridge stay open throughout.');
    });
  },
);
