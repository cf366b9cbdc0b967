import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Misreads found by the fresh-18 pages (tests/fixtures/import/fresh-18), each checked here on text
// of its own, as a caller of importArticle sees it, with ordinary text the rule must not touch.

describe('list lines in answers where the other answers carry no name', () => {
  it('stay in the answer, words and all, not read as guests', () => {
    const { interview } = importOk(
      [
        'Five questions for our new coach',
        'Who wins the league this year?',
        'Rovers, but it will be close.',
        'Which signing surprised you?',
        'Nobody yet. Ask me in March.',
        'If you ran the club for a day, who would go and who would come?',
        'Out: Smith, Jones, Patel',
        'In: Okafor, Lindqvist and Moreau',
        'That would do for a start.',
        'What do you make of all the talk about referees?',
        'Unfair, but I understand it. There is a lot at stake.',
      ].join('\n'),
    );
    expect(questions(interview).map((q) => q[0])).toEqual([
      'Who wins the league this year?',
      'Which signing surprised you?',
      'If you ran the club for a day, who would go and who would come?',
      'What do you make of all the talk about referees?',
    ]);
    expect(answers(interview)).toEqual(
      expect.arrayContaining([
        'Out: Smith, Jones, Patel',
        'In: Okafor, Lindqvist and Moreau',
        'That would do for a start.',
      ]),
    );
    expect(interview.people.interviewees.map((p) => p.name)).not.toContain('Out');
  });

  it('still reads a one-question interview under two names used once (near miss)', () => {
    const { interview } = importOk(
      [
        'Entrevista breve con el delegado',
        'Lucía Vera: ¿Qué te llevas de este curso?',
        'Pablo Ortiz: Muchos amigos y ganas de volver en septiembre.',
      ].join('\n'),
    );
    expect(questions(interview)).toEqual([['¿Qué te llevas de este curso?']]);
    expect(answers(interview)).toEqual(['Muchos amigos y ganas de volver en septiembre.']);
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Lucía Vera']);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Pablo Ortiz']);
  });
});

describe("a transcript's turns under 'Name (mm:ss):', broken mid-sentence", () => {
  it('join a short line to the lower-case line that goes on with its sentence', () => {
    const { interview } = importOk(
      [
        'Episode 12 transcript',
        'Nadia (00:00):',
        'Welcome back. My guest today is Omar, who runs',
        'the night market downtown. Omar, how did',
        'it start?',
        'Omar (00:09):',
        'With four tables and a',
        'generator we borrowed.',
        'Leo (00:15):',
        'Did the city help',
        'at all?',
        'Omar (00:18):',
        'Not at first. Later they gave us the square.',
        'Nadia (00:24):',
        'What is next for the market?',
        'Omar (00:27):',
        'A winter edition,',
        'if the weather lets us.',
        'Leo (00:33):',
        'And will it stay',
        'free to enter?',
        'Omar (00:36):',
        'Always.',
      ].join('\n'),
    );
    expect(questions(interview).map((q) => q.join(' '))).toEqual([
      'Welcome back. My guest today is Omar, who runs the night market downtown. Omar, how did it start?',
      'Did the city help at all?',
      'What is next for the market?',
      'And will it stay free to enter?',
    ]);
    expect(answers(interview)).toEqual([
      'With four tables and a generator we borrowed.',
      'Not at first. Later they gave us the square.',
      'A winter edition, if the weather lets us.',
      'Always.',
    ]);
  });

  it('keeps lines that end a sentence, or go on with a capital, apart (near miss)', () => {
    const { interview } = importOk(
      [
        'Nadia (00:00):',
        'Welcome back. Omar, how did it start?',
        'Omar (00:09):',
        'With four tables.',
        'We borrowed a generator',
        'Monday mornings were the hardest.',
        'Nadia (00:24):',
        'What is next?',
        'Omar (00:27):',
        'A winter edition.',
      ].join('\n'),
    );
    expect(answers(interview)).toEqual([
      'With four tables.',
      'We borrowed a generator',
      'Monday mornings were the hardest.',
      'A winter edition.',
    ]);
  });
});

describe("a transcript's 'Name (mm:ss):' lines", () => {
  const show = (extra: string[]) =>
    importOk(
      [
        'Nadia (00:00):',
        'Welcome back. Omar, how did the market start?',
        'Omar (00:09):',
        'With four tables and a borrowed generator.',
        'Leo (00:15):',
        'Did the city help at all?',
        'Omar (00:18):',
        'Not at first. Later they gave us the square.',
        'Nadia (00:24):',
        'What is next for the market?',
        'Omar (00:27):',
        'A winter edition, if the weather lets us.',
        ...extra,
      ].join('\n'),
    );

  it('time turns like a label’s time does: a second host asking once is a host', () => {
    const { interview } = show([]);
    expect(questions(interview).map((q) => q.join(' '))).toEqual([
      'Welcome back. Omar, how did the market start?',
      'Did the city help at all?',
      'What is next for the market?',
    ]);
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Nadia', 'Leo']);
  });

  it('leave a name alone over show notes as a heading (near miss)', () => {
    const { interview } = show(['Links:', 'The market’s website, and the city’s page on it.']);
    expect(answers(interview).at(-1)).toBe('The market’s website, and the city’s page on it.');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Omar']);
  });
});

describe('a lower-case handle over words in a script without capitals', () => {
  it('labels turns where it comes back (“toki:人の…”)', () => {
    const { interview } = importOk(
      [
        '学生インタビュアー座談会',
        '栗原:最初に、インタビューを始めたきっかけは何ですか?',
        'toki:人と話すのが好きだったからです。',
        '栗原:続けてみて、何が変わりましたか?',
        'toki:人の話を最後まで聞けるようになりました。',
        '栗原:これから始める人にひとことお願いします。',
        'toki:うまく聞けなくても大丈夫です。',
      ].join('\n'),
    );
    expect(questions(interview).map((q) => q.join(' '))).toEqual([
      '最初に、インタビューを始めたきっかけは何ですか?',
      '続けてみて、何が変わりましたか?',
      'これから始める人にひとことお願いします。',
    ]);
    expect(answers(interview)).toEqual([
      '人と話すのが好きだったからです。',
      '人の話を最後まで聞けるようになりました。',
      'うまく聞けなくても大丈夫です。',
    ]);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['toki']);
  });

  it('leaves such a word used once, and lower-case words over Latin text, as text (near miss)', () => {
    const { interview } = importOk(
      [
        '栗原:最初に、インタビューを始めたきっかけは何ですか?',
        'みお:人と話すのが好きだったからです。',
        'memo:この回は2時間話しました。',
        '栗原:続けてみて、何が変わりましたか?',
        'みお:note: I also keep a diary now.',
      ].join('\n'),
    );
    expect(answers(interview)).toEqual([
      '人と話すのが好きだったからです。',
      'memo:この回は2時間話しました。',
      'note: I also keep a diary now.',
    ]);
  });
});

describe('exchanges run into one paragraph, two spaces apart', () => {
  it('are split into questions and answers, three or more, short answers too', () => {
    const { interview } = importOk(
      [
        'Lockdown interview 3: answers from Ben',
        '',
        'This week we put our questions to Ben, coach of the reserves. (As of 16 April) Hi Ben, how are you and your family? We are fine, thanks, though the grandparents cannot visit.  Can you still go to work? Yes, both of us, and the kids are at home.  How do you keep in touch with the team? WhatsApp.  What do you miss most? The first, second and third half.  Anything to say to our fans? Stay healthy, and see you at the ground!',
      ].join('\n'),
    );
    expect(questions(interview).map((q) => q.join(' '))).toEqual([
      'Hi Ben, how are you and your family?',
      'Can you still go to work?',
      'How do you keep in touch with the team?',
      'What do you miss most?',
      'Anything to say to our fans?',
    ]);
    expect(answers(interview)).toEqual([
      'We are fine, thanks, though the grandparents cannot visit.',
      'Yes, both of us, and the kids are at home.',
      'WhatsApp.',
      'The first, second and third half.',
      'Stay healthy, and see you at the ground!',
    ]);
  });

  it('leave an answer typed with two spaces after each sentence whole (near miss)', () => {
    const { interview } = importOk(
      [
        'What was the hardest part?',
        'Honestly?  The travel.  Did I enjoy it?  Not always.  Would I do it again?  Yes.  Every time.',
        'And the best part?',
        'The people.  Always the people.',
      ].join('\n'),
    );
    expect(questions(interview)).toEqual([['What was the hardest part?'], ['And the best part?']]);
    expect(answers(interview)).toEqual([
      'Honestly? The travel. Did I enjoy it? Not always. Would I do it again? Yes. Every time.',
      'The people. Always the people.',
    ]);
  });
});

describe('a sharing button’s word', () => {
  it('closed by a full stop right after a question is its answer (“WhatsApp.”)', () => {
    const { dropped, interview } = importOk(
      [
        'How do you keep in touch with the team?',
        'WhatsApp.',
        'What do you miss most?',
        'The first, second and third half.',
      ].join('\n'),
    );
    expect(dropped).toEqual([]);
    expect(answers(interview)).toEqual(['WhatsApp.', 'The first, second and third half.']);
  });

  it('stays furniture after an answer, or without a stop (near miss)', () => {
    const { dropped } = importOk(
      [
        'How do you keep in touch with the team?',
        'Mostly by phone.',
        'WhatsApp.',
        'What do you miss most?',
        'The first, second and third half.',
        'Share',
        'WhatsApp',
      ].join('\n'),
    );
    expect(dropped).toEqual(['WhatsApp.', 'Share', 'WhatsApp']);
  });
});

describe('a headline’s words before a colon', () => {
  it('name no guest where they never come back (“Professor Profile: Martin Hale”)', () => {
    const { interview } = importOk(
      [
        'Professor Profile: Martin Hale',
        'Physics Prof. Martin Hale has taught here since 1996.',
        'Q: Where are you from?',
        'A: Outside Chicago.',
        'Q: What made you choose physics?',
        'A: I liked it. What else would it be?',
      ].join('\n'),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Martin Hale']);
  });

  it('name the guest where the name comes back, if only by surname (near miss)', () => {
    const { interview } = importOk(
      [
        'Jana Keller: “We were brave”',
        'After the final, Keller talked to us about the season.',
        'Q: How does it feel?',
        'A: Unreal. We were brave.',
        'Q: What comes next?',
        'A: A holiday, then the league.',
      ].join('\n'),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Jana Keller']);
  });
});
