import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Session 24's importer rules (tests/unit/import-fresh-15-shapes.test.ts and
// import-fresh-16-shapes.test.ts) tried on ordinary interview text by the session-25 review: each
// test here read wrong (most lost a line of answer as noise) before its fix.

const guests = (text: string) => importOk(text).interview.people.interviewees.map((p) => p.name);

describe("a show's calls and credits (fresh-15) inside an answer", () => {
  it('keeps an answer paragraph "Audio engineering by ear …"', () => {
    const { interview, dropped } = importOk(
      [
        'Five questions for Dana Ruiz',
        'How did you learn the trade?',
        'On the job, at a small studio in Leeds.',
        'Audio engineering by ear was how we all learned back then, with no manuals at all.',
        'And the best part of the job?',
        'The people, every time.',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
    expect(answers(interview)).toContain(
      'Audio engineering by ear was how we all learned back then, with no manuals at all.',
    );
  });
  it('keeps a last answer paragraph "Audio mixing by ear, mostly …" (a credit names someone)', () => {
    const line = 'Audio mixing by ear, mostly, and a lot of patience.';
    const { interview, dropped } = importOk(
      [
        'Five questions for Dana Ruiz',
        'How did you learn the trade?',
        'On the job, at a small studio in Leeds.',
        line,
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
    expect(answers(interview)).toContain(line);
  });

  it('keeps an answer paragraph "Follow the show …"', () => {
    const line =
      'Follow the show for a whole season and you will see how much the crew changes between venues.';
    const { interview, dropped } = importOk(
      [
        'Five questions for Dana Ruiz',
        'What does a tour look like from the inside?',
        'Long days, short nights.',
        line,
        'And the best part of the job?',
        'The people, every time.',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
    expect(answers(interview)).toContain(line);
  });

  it('keeps an answer paragraph "Spot a typo? …"', () => {
    const line = 'Spot a typo? You fix it, whoever wrote the page.';
    const { interview, dropped } = importOk(
      [
        'Five questions for Dana Ruiz',
        'What is the rule in your newsroom?',
        'Everyone owns every page.',
        line,
        'And the best part of the job?',
        'The people, every time.',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
    expect(answers(interview)).toContain(line);
  });
});

describe("a promotion box's call (fresh-15) at the end of the last answer", () => {
  it('keeps a last answer paragraph "Learn more about …" without a comma', () => {
    const line = 'Learn more about the people you work with than about the product.';
    const { interview, dropped } = importOk(
      [
        'Five questions for Dana Ruiz',
        'Why volunteer with us?',
        'Because it matters to people here.',
        'What would you tell a new manager?',
        'Listen first.',
        line,
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
    expect(answers(interview)).toContain(line);
  });
  it('keeps a last answer whose closing lines are a short line with no stop and "Find out more …"', () => {
    const { interview, dropped } = importOk(
      [
        'Five questions for Dana Ruiz',
        'Why volunteer with us?',
        'Because it matters to people here.',
        'Any last words?',
        'Thank you to everyone who came to the open day.',
        'See you all in June',
        'Find out more about volunteering in your area.',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
    expect(answers(interview)).toContain('See you all in June');
  });
  it('still drops a lone call to a website after the last answer (the rule kept)', () => {
    const { dropped } = importOk(
      [
        'Five questions for Colin Marsh',
        'Why this book?',
        'Because nobody else would write it.',
        'What next?',
        'A long sleep.',
        "Learn more about the book and author at Colin Marsh's website.",
      ].join('\n\n'),
    );
    expect(dropped).toEqual(["Learn more about the book and author at Colin Marsh's website."]);
  });
});

describe("a story platform's counters (fresh-15) in an answer", () => {
  it('keeps a phone number on a line of its own in an answer', () => {
    const { interview, dropped } = importOk(
      [
        'Five questions for Dana Ruiz',
        'How can people help?',
        'Anyone who wants to drive for us can ring me on',
        '0161 496 0000',
        'and I will call back the same day.',
        'And the best part of the job?',
        'The people, every time.',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
    expect(answers(interview)).toContain('0161 496 0000');
  });
});

describe("a blog's menu (fresh-16) in an answer", () => {
  it('keeps three one-word lines of an answer that are menu words', () => {
    const { interview, dropped } = importOk(
      [
        'Five questions for Dana Ruiz',
        'What do you read first in the paper?',
        'Always in this order:',
        'Results',
        'Fixtures',
        'Squad',
        'And the best part of the job?',
        'The people, every time.',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
    expect(answers(interview)).toContain('Fixtures');
  });
});

describe("Blogger's comment count (fresh-16) as an answer", () => {
  it('keeps "Inga kommentarer" answering a question', () => {
    const { interview, dropped } = importOk(
      [
        'Fem snabba frågor till Lina Berg',
        'Favoritmat?',
        'Pasta, alltid pasta.',
        'Tränarens beslut i går?',
        'Inga kommentarer',
        'Bästa minnet?',
        'Guldet 2019.',
      ].join('\n'),
    );
    expect(dropped).toEqual([]);
    expect(answers(interview)).toContain('Inga kommentarer');
  });
});

describe("a transcript's time after the label (fresh-16) in an answer", () => {
  it('keeps the times of a day in an answer written "Label: hh:mm …"', () => {
    const { interview } = importOk(
      [
        'A day with the head chef Ana Ruiz',
        'What does a Saturday look like?',
        'Market: 6:30 sharp, before the crowds.',
        'Prep: 9:00 with the whole brigade.',
        'Service: 12:00 until the last table leaves.',
        'And the best part of the job?',
        'The people, every time.',
      ].join('\n\n'),
    );
    expect(answers(interview)).toContain('Market: 6:30 sharp, before the crowds.');
  });
});

describe("a show's hosts (fresh-15) where a guest asks once", () => {
  it('keeps a guest who asks another guest once a guest', () => {
    const { interview } = importOk(`Two bakers, one oven

[00:00:01] Rina: Welcome back. Today I'm with Tom Hale and Ana Ruiz, who run the Mill Street bakery.
[00:00:05] Tom: Thanks for having us.
[00:00:07] Ana: Glad to be here.
[00:00:09] Rina: Tom, how did the two of you meet?
[00:00:12] Tom: At a market stall in 2015. She was selling rye, I was selling sourdough.
[00:00:20] Rina: Ana, what was your first impression?
[00:00:23] Ana: That his bread was better than mine. Tom, do you remember the price of it?
[00:00:30] Tom: Two pounds a loaf. Far too cheap.
[00:00:34] Rina: What comes next for the bakery?
[00:00:37] Ana: A second shop, in the old station.
[00:00:41] Rina: And when does it open?
[00:00:43] Ana: In the spring, if the ovens arrive.`);
    // Read as: Ana a host beside Rina, her answers questions, the last three turns one answer.
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Tom Hale', 'Ana Ruiz']);
    expect(questions(interview)).toEqual([
      ['Tom, how did the two of you meet?'],
      ['Ana, what was your first impression?'],
      ['What comes next for the bakery?'],
      ['And when does it open?'],
    ]);
  });
});

describe("a French lead's verb naming the guest (fresh-16)", () => {
  it('does not name someone the guest met in the lead', () => {
    expect(
      guests(
        [
          'Entretien avec un jeune milieu',
          'Formé à Lyon, Hugo Lambert a rencontré Karim Benzema à quinze ans. Il nous raconte.',
          'Comment as-tu commencé ?',
          'Au club du quartier, avec mon frère.',
          'Et maintenant ?',
          'Je travaille, tous les jours.',
        ].join('\n\n'),
      ),
    ).toEqual(['Hugo Lambert']);
  });
});

describe('a name in capitals over the first question (fresh-15)', () => {
  it('does not name a kicker in capitals above the first question', () => {
    expect(
      guests(
        [
          'Talking tactics with the new coach',
          'Jane Doe joined the club in May after six seasons abroad.',
          'COVER STORY',
          'What did you change first?',
          'The training times. We train in the morning now.',
          'What do the players say?',
          'They complain, then they win.',
        ].join('\n'),
      ),
    ).toEqual(['Jane Doe']);
  });
});

describe("a show's opening with two hosts (fresh-16)", () => {
  it('keeps the first question of two hosts asking one after the other', () => {
    const { interview } = importOk(
      [
        "Liam Brandt: 00:05 You're listening to The Root of It, the faculty's podcast. Liam Brandt: 00:12 Hi everyone, and welcome. Our first guest is of course Nora. Good to have you back, Nora.",
        'Nora Visser: 00:20 Hi Liam. Always a pleasure. We have two guests today. Do you want to introduce them?',
        "Liam Brandt: 00:26 I'd love to. Priya Raman is our producer. Thanks for coming on, Priya.",
        'Priya Raman: 00:31 Hello. It is strange being on this side of the mic.',
        'Liam Brandt: 00:35 And Tom Ashby, our next host. Thanks for coming on, Tom.',
        'Tom Ashby: 00:39 Hi, hi. Thanks for having me.',
        'Nora Visser: 00:42 Priya, what do you do when you are not producing the show?',
        'Liam Brandt: 00:47 And how did you end up producing a podcast at all?',
        'Priya Raman: 00:51 I run the dean’s communications office. A student asked me to, and I said yes.',
        'Nora Visser: 01:20 Tom, what made you want to take it on?',
        'Tom Ashby: 01:24 I listened to it in school. It is part of why I came here.',
        'Liam Brandt: 01:50 Priya, any advice for Tom?',
        'Priya Raman: 01:54 Ask short questions and then stop talking.',
      ].join('\n'),
    );
    // Read as: the first host's question put in the intro with the show's opening.
    expect(questions(interview)).toEqual([
      [
        'Priya, what do you do when you are not producing the show?',
        'And how did you end up producing a podcast at all?',
      ],
      ['Tom, what made you want to take it on?'],
      ['Priya, any advice for Tom?'],
    ]);
  });
});

describe("an image's name squashed from words (fresh-16) in an answer", () => {
  it('keeps a one-word lower-case line of an answer the page writes apart elsewhere', () => {
    const { dropped } = importOk(
      [
        'Five questions for Dana Ruiz',
        'How would you sum up the season?',
        'In one word:',
        'bittersweet',
        'Bitter sweet, yes, but mostly sweet.',
        'What next?',
        'Rest.',
      ].join('\n\n'),
    );
    // Dropped as an image's name squashed from words the page writes apart ("Bitter sweet").
    expect(dropped).toEqual([]);
  });
});

describe('a Korean name with its title in brackets (fresh-15)', () => {
  it('names the student the lead says won, not her professor', () => {
    expect(
      guests(
        [
          '[제3회 새봄문학상] 시 부문 당선자 인터뷰',
          '박지훈 기자',
          '김민수 교수(국어국문학과)의 지도를 받은 이하늘 학생(철학과 2)이 시 부문에 당선되었다.',
          '-당선을 축하한다. 소감 한마디 부탁한다\n 정말 기쁘고 감사하다.',
          '-시를 쓰게 된 계기가 있나\n 고등학교 때 선생님 덕분이다.',
          '-좋아하는 시인은 누구인가\n 윤동주 시인을 좋아한다.',
          '-앞으로의 계획은 무엇인가\n 계속 쓰고 싶다.',
        ].join('\n\n'),
      ),
    ).toEqual(['이하늘']);
  });
});

describe("a profile's headline over a role line (fresh-15)", () => {
  it('does not name the company over a role line', () => {
    expect(
      guests(
        [
          'Arup',
          'Graduate Structural Engineer',
          'Priya Shah joined us in 2022 after her master’s degree.',
          'What does a normal day look like?',
          'Site visits in the morning, models in the afternoon.',
          'What surprised you most?',
          'How much of the job is talking.',
        ].join('\n\n'),
      ),
    ).toEqual(['Priya Shah']);
  });
  it('still names a first name alone over a role line where no sentence names anyone', () => {
    expect(
      guests(
        [
          'Hollis',
          'Front Desk Volunteer',
          'How did you first get involved?',
          'I came three years ago, the month after I retired.',
          'What do you enjoy most?',
          'The people, every time.',
        ].join('\n\n'),
      ),
    ).toEqual(['Hollis']);
  });
});

// Near misses of session 24's rules that read right: kept so that they stay so.
describe('near misses of the transcript and dash rules (read right)', () => {
  it('keeps a host question continued on a stamped line', () => {
    const { interview } = importOk(`Coffee with the baker

[00:00:01] Rina: Welcome back to the show. Today I'm with Tom Hale.
[00:00:05] Tom: Thanks for having me.
[00:00:08] Rina: Tom, you started the bakery in 2015.
[00:00:11] How did that happen?
[00:00:13] Tom: By accident, really. My aunt left me her ovens.
[00:00:20] Rina: And what came next?
[00:00:22] Tom: A second shop, then a third. I never planned any of it.
[00:00:30] Rina: What do you bake first each morning?
[00:00:33] Tom: Rye, always rye.`);
    expect(questions(interview).flat().join(' ')).toContain('How did that happen?');
  });

  it('does not split a dash-turn answer at its rhetorical question', () => {
    const { interview } = importOk(
      [
        'Talking with Dana Ruiz',
        '-- Why did you leave the band?',
        '-- Why does anyone leave?  You get tired.  You want a life.',
        '-- And now?',
        '-- Now I teach.  Was it worth it?  Every day.',
        '-- Will you play again?',
        '-- Maybe, for friends.',
      ].join('\n'),
    );
    expect(questions(interview)).toHaveLength(3);
  });
});

// Found in this review but not from session 24's rules (d78e5a2, before them, reads them so
// too); no narrow fix in the time. Each runs as `it.fails`: it holds today's misreading, and it
// fails (so the run says so) the day a rule reads the shape right; then make it an `it`.
describe("shapes the importer misreads (not session 24's rules)", () => {
  it.fails('keeps a numbered list of questions inside an answer in its answer', () => {
    // Read as: the answer's list items join the fourth question ('Who is it for?' … 'What are you
    // reading?'), each a paragraph of it.
    const { interview } = importOk(
      [
        'Five questions for Dana Ruiz',
        '1. Where did you grow up?',
        'In Leeds, above my parents’ shop.',
        '2. When did you start writing?',
        'At school, badly.',
        '3. What do you ask yourself before you write?',
        'Three things, always:',
        '1. Who is it for?',
        '2. What do they know already?',
        '3. Why now?',
        '4. What are you reading?',
        'A history of the canals.',
        '5. What next?',
        'A novel, at last.',
      ].join('\n'),
    );
    expect(questions(interview)).toEqual([
      ['Where did you grow up?'],
      ['When did you start writing?'],
      ['What do you ask yourself before you write?'],
      ['What are you reading?'],
      ['What next?'],
    ]);
  });

  it.fails('does not name the interviewer after "interviewer"', () => {
    // Named 'Sam Jones': the writer's name comes first in the lead.
    expect(
      guests(
        [
          'Meet the new head chef',
          'Our interviewer Sam Jones sat with chef Ana Ruiz at her restaurant in May.',
          'What did you change first?',
          'The menu. It was far too long.',
          'What do the regulars say?',
          'They complain, then they order the new dishes.',
        ].join('\n\n'),
      ),
    ).toEqual(['Ana Ruiz']);
  });

  it.fails('keeps "No comment" answering a question', () => {
    // 'No comment' is dropped as a comment count (noise.ts's FURNITURE), even answering a question.
    const { dropped } = importOk(
      [
        'Five quick questions for Dana Ruiz',
        'Your coach’s decision yesterday?',
        'No comment',
        'Best memory?',
        'The final in 2019.',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
  });
});
