import { describe, expect, it } from 'vitest';
import { answers, importOk } from '../support/import-outcome';

// Rules made from session 29's held-out set fresh-22 (session 30), each on a page of its own.

const questionTexts = (text: string) =>
  importOk(text).interview.sections.flatMap((s) => s.questions.map((q) => q.question.join(' ')));

describe('"Full Name, role, unit:" labels a guest whose "Full Name:" comes back', () => {
  const page = [
    'These women love what they do',
    'We asked two of our communicators, Nadia Khoury and Ioana Petrescu, about their work.',
    'How did you get into humanitarian work?',
    'Nadia Khoury, communications manager, World Vision Syria Response: I was a news reporter first.',
    'Nadia has worked with World Vision since 2016. ©World Vision',
    'Ioana Petrescu, communications specialist, World Vision Romania: I studied journalism.',
    'What is the hardest part of your job?',
    'Nadia Khoury: Hearing a story and knowing you cannot fix it.',
    'Ioana Petrescu: The first weeks of the war.',
    'What keeps you going?',
    'Nadia Khoury: The children.',
    'Ioana Petrescu: My colleagues.',
  ].join('\n\n');

  it('credits the first answers to the two guests, the label and role off the words', () => {
    const { interview } = importOk(page);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual([
      'Nadia Khoury',
      'Ioana Petrescu',
    ]);
    expect(interview.people.interviewees[0]?.role).toBe(
      'communications manager, World Vision Syria Response',
    );
    // The photo's caption between the two answers asks nothing.
    expect(answers(interview).slice(0, 3)).toEqual([
      'I was a news reporter first.',
      'Nadia has worked with World Vision since 2016. ©World Vision',
      'Ioana Petrescu: I studied journalism.',
    ]);
    expect(questionTexts(page)).toHaveLength(3);
  });

  it('a sentence naming a guest before a colon ("Nadia Khoury, who …, told us:") stays words', () => {
    const told = page
      .replace(
        'Nadia Khoury, communications manager, World Vision Syria Response:',
        'Nadia Khoury, who joined in 2016, told us:',
      )
      .replace(
        'Ioana Petrescu, communications specialist, World Vision Romania:',
        'Ioana Petrescu:',
      );
    const { interview } = importOk(told);
    expect(JSON.stringify(interview)).toContain(
      'Nadia Khoury, who joined in 2016, told us: I was a news reporter first.',
    );
    expect(interview.people.interviewees.map((p) => p.role)).not.toContain('who joined in 2016');
  });

  it('a name with a role used once, its name never a label again, stays words', () => {
    const once = [
      'A day at the border',
      'Where did it start?',
      'Nadia Khoury, communications manager, World Vision Syria Response: I was a news reporter.',
      'And now?',
      'Now I write about families.',
    ].join('\n\n');
    expect(answers(importOk(once).interview)).toContain(
      'Nadia Khoury, communications manager, World Vision Syria Response: I was a news reporter.',
    );
  });
});

describe('bare turns: a paragraph after an answer that asks inside and trails off ("...") asks', () => {
  const answer = (n: number) =>
    `Réponse ${n}. ${'Nous avons beaucoup travaillé avec les habitants de tous les quartiers, et nous continuerons. '.repeat(3)}`.trim();
  const page = (middle: string) =>
    [
      'Interview – Gaëtan Peyrard : « Oui, je serai candidat »',
      'Le maire annonce sa candidature.',
      'Pourquoi le faire maintenant, et avec quelles ambitions ?',
      answer(1),
      middle,
      answer(2),
      'Vous partirez avec une liste d’union ?',
      answer(3),
      'Quand présenterez-vous votre programme ?',
      answer(4),
      // Related links after the last answer end its run (they are cut later).
      'À lire aussi',
      'Municipales 2020 à Saint-Étienne : la gauche cherche encore sa tête de liste',
      'Partager sur Facebook',
      'Partager sur Twitter',
      'Choisissez votre station',
      'Radio France',
    ].join('\n\n');

  it('a question of two sentences and a statement ending "..." (over 200 characters) asks', () => {
    const asked =
      "Vous avez pris goût au pouvoir ? Ou vous voulez récolter ce que vous avez semé ? Parce que tous les chantiers lancés, en matière de logement ou d'économie, n'auront pas abouti d'ici la fin du mandat...";
    expect(asked.length).toBeGreaterThan(200);
    expect(questionTexts(page(asked))).toEqual([
      'Pourquoi le faire maintenant, et avec quelles ambitions ?',
      asked,
      'Vous partirez avec une liste d’union ?',
      'Quand présenterez-vous votre programme ?',
    ]);
  });

  it("an answer's second paragraph trailing off without asking, or asking and closed by a stop, stays the answer", () => {
    const trails =
      "Nous avons pris goût au travail, pas au pouvoir. Nous voulons récolter ce que nous avons semé, parce que tous les chantiers lancés n'auront pas abouti d'ici la fin du mandat...";
    const closed =
      "Vous me demandez si j'ai pris goût au pouvoir ? Non. Tous les chantiers lancés, en matière de logement ou d'économie, n'auront pas abouti d'ici la fin du mandat.";
    expect(questionTexts(page(trails))).toHaveLength(3);
    expect(questionTexts(page(closed))).toHaveLength(3);
  });
});

describe("an image's file name with its spaces put back is dropped, not asked", () => {
  const page = (line: string) =>
    [
      "'Why I became a humanitarian worker'",
      'Australian humanitarian worker Harriet Boyd has just moved to Geneva.',
      'You always wanted to work in the humanitarian sector, so why did you train as an architect?',
      'When I was in Year 9 or 10, I told my parents I would be an aid worker.',
      'What kind of work did you do in the DRC?',
      'We designed household shelters for Congolese refugees coming home.',
      line,
      'UNHCR Site Planner and Shelter Officer Harriet Boyd in Bangladesh. Images supplied by Harriet Boyd. © UNHCR',
      'You were in Bangladesh at the height of the Rohingya crisis. What was it like?',
      'Fast and exhausting. I was there for six months.',
    ].join('\n');

  it('"NAME 20171011 3451 Ph 00067 Place Resized 1" is dropped, the caption no answer', () => {
    const line = 'Harriet Boyd 20171011 3451 Ph 00067 Balukhali Bangladesh Resized 1';
    const { interview, dropped } = importOk(page(line));
    expect(dropped).toContain(line);
    expect(questionTexts(page(line))).toHaveLength(3);
    expect(answers(interview).join(' ')).not.toContain('Resized');
  });

  it('a line of names and numbers with punctuation, or without an eight-digit stamp, is kept', () => {
    for (const line of [
      'Team Sheet 2017 Final 3451 Harriet Boyd Bangladesh',
      'Harriet Boyd, 20171011, 3451 Ph 00067 Balukhali Bangladesh.',
    ])
      expect(importOk(page(line)).dropped).not.toContain(line);
  });
});

describe('a related headline that asks, after the related header, is no question', () => {
  const interview = [
    "'Why I became a humanitarian worker'",
    'Australian humanitarian worker Harriet Boyd has just moved to Geneva.',
    'You always wanted to work in the humanitarian sector, so why did you train as an architect?',
    'When I was in Year 9 or 10, I told my parents I would be an aid worker in Africa.',
    'What would you say to someone who wants to do this work?',
    'Get a skill that is needed in the field, and be patient.',
  ];
  const related = [
    'Related stories',
    "Meet the midwife delivering babies in Cox's Bazar",
    'What is World Refugee Day?',
    'Australia for UNHCR is the national partner of UNHCR in Australia. ABN 35 092 843 322',
  ];

  it('drops the header, its headlines and the legal line after it', () => {
    const page = [...interview, ...related].join('\n\n');
    const { dropped } = importOk(page);
    expect(questionTexts(page)).toHaveLength(2);
    expect(dropped).toEqual(expect.arrayContaining(related));
  });

  it('an interview going on after a "Read more" line, a long answer after its question, keeps it', () => {
    const page = [
      ...interview.slice(0, 4),
      'Read more',
      'What would you say to someone who wants to do this work?',
      'Get a skill that is needed in the field, whether that is engineering, medicine, logistics or law, and be patient: the first job is the hardest to get.',
    ].join('\n\n');
    expect(questionTexts(page)).toHaveLength(2);
  });
});

describe('a lead asking the reader, then naming the labelled guests, is the intro', () => {
  const page = (lead: string) =>
    [
      'These women work in dangerous places—and they love what they do',
      'What does a typical workday look like to you?',
      'Opening your laptop at the kitchen table? Sitting in rush hour traffic?',
      'For thousands of humanitarian workers, no two days look the same.',
      lead,
      'How did you get into humanitarian work?',
      'Nadia Khoury: I was a news reporter first.',
      'Ioana Petrescu: I studied journalism.',
      'What is the hardest part of your job?',
      'Nadia Khoury: Hearing a story and knowing you cannot fix it.',
      'Ioana Petrescu: The first weeks of the war.',
      'What keeps you going?',
      'Nadia Khoury: The children.',
      'Ioana Petrescu: My colleagues.',
    ].join('\n\n');

  it('keeps the lead and its question in the intro: three questions, two guests', () => {
    const text = page('We asked two of our communicators, Nadia Khoury and Ioana Petrescu.');
    const { interview } = importOk(text);
    expect(questionTexts(text)).toEqual([
      'How did you get into humanitarian work?',
      'What is the hardest part of your job?',
      'What keeps you going?',
    ]);
    expect(interview.intro[0]).toBe('What does a typical workday look like to you?');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual([
      'Nadia Khoury',
      'Ioana Petrescu',
    ]);
  });

  it('a first answer left unlabelled that names no guest stays the first answer', () => {
    const text = page('It depends on the week, and on where the work takes us.');
    expect(questionTexts(text)[0]).toContain('What does a typical workday look like to you?');
  });
});

describe("a host's welcome that opens on the subject, answered by the guest's thanks, is the first question", () => {
  const page = (welcome: string) =>
    [
      'Virginia Governor Exit Interview',
      'Read a partial transcript of this interview below:',
      `Trent: ${welcome}`,
      'McCall: Great to be with you.',
      'Trent: Let me start by saying congratulations. Why is unemployment so low?',
      'McCall: Because people are back to work, and we diversified the economy.',
      'Trent: You also restored voting rights. Why was that so important to you?',
      'McCall: Because once you have paid your debt to society, you should be a full citizen again.',
    ].join('\n\n');

  it('"The rate is the lowest in a decade. Hello, everyone, and welcome to …" asks', () => {
    const text = page(
      "Virginia's unemployment rate is the lowest in nearly a decade, now down to 3.6 percent. Hello, everyone, and welcome to Newsmakers. I'm Robert Trent. Governor, thank you very much for joining us.",
    );
    expect(questionTexts(text)).toHaveLength(3);
    expect(questionTexts(text)[0]).toMatch(/^Virginia's unemployment rate/u);
  });

  it('a welcome that opens with the greeting, or a short start ("Okay, here we go."), stays the intro', () => {
    for (const welcome of [
      "Hello, everyone, and welcome to Newsmakers. I'm Robert Trent. Governor, thank you very much for joining us.",
      "Okay, here we go. On today's show we're talking to the Governor about his eight years in office. Governor, welcome to the show.",
    ]) {
      const text = page(welcome);
      expect(questionTexts(text)).toHaveLength(2);
      expect(questionTexts(text)[0]).toMatch(/^Let me start/u);
    }
  });
});

describe('the guest named where the lead names an outlet in the same words', () => {
  const page = (lead: string) =>
    [
      'Full Interview: One-on-one interview with Governor Daniel Whitcomb',
      lead,
      'Q: You have announced a new plant. What does it mean for the state?',
      'A: “It means jobs, thousands of them.”',
      'Q: What does your budget do for schools?',
      'A: “It raises every teacher’s pay.”',
    ].join('\n\n');

  it('"… interview with WBKR News …" in the lead names no one: the headline names the governor', () => {
    const text = page(
      'The governor sat down for a one-on-one interview with WBKR News to talk about his budget.',
    );
    expect(importOk(text).interview.people.interviewees.map((p) => p.name)).toEqual([
      'Daniel Whitcomb',
    ]);
  });

  it('a lead naming a person the same way still names the guest', () => {
    const text = page(
      'In a one-on-one interview with Mara Ellison, the state treasurer, we talked about the budget.',
    ).replace('with Governor Daniel Whitcomb', 'on the budget');
    expect(importOk(text).interview.people.interviewees.map((p) => p.name)).toEqual([
      'Mara Ellison',
    ]);
  });
});

describe('a headline "Interview – NAME : « … »" names the guest', () => {
  const page = (headline: string) =>
    [
      'France Bleu',
      'Saint-Étienne Loire',
      'Infos',
      'Sports',
      'Politique',
      headline,
      'Par Marion Lebrun, France Bleu Saint-Étienne Loire',
      'Invité de France Bleu Saint-Étienne Loire ce jeudi matin, le maire annonce sa candidature.',
      'Pourquoi le faire maintenant ?',
      "C'est une décision qui ne se prend pas à la légère.",
      'Quand présenterez-vous votre programme ?',
      "Au début de l'année prochaine.",
    ].join('\n\n');

  it('names Gaëtan Peyrard, not the station', () => {
    const text = page(
      'Interview – Gaëtan Peyrard : « Oui, je serai candidat à un nouveau mandat »',
    );
    expect(importOk(text).interview.people.interviewees.map((p) => p.name)).toEqual([
      'Gaëtan Peyrard',
    ]);
  });

  it('"Interview – Municipales : …" (a topic, no name) names no one by it', () => {
    const text = page('Interview – Municipales : « Oui, je serai candidat »');
    expect(importOk(text).interview.people.interviewees.map((p) => p.name)).not.toContain(
      'Municipales',
    );
  });
});

describe('a French date line with its weekday and time: "Publié le jeudi 17 octobre 2019 à 9:47"', () => {
  const page = (line: string) =>
    [
      'Interview – Gaëtan Peyrard : « Oui, je serai candidat »',
      line,
      'Le maire annonce sa candidature.',
      'Pourquoi le faire maintenant ?',
      "C'est une décision qui ne se prend pas à la légère.",
      'Quand présenterez-vous votre programme ?',
      "Au début de l'année prochaine.",
    ].join('\n\n');

  it('is the page date, dropped from the intro', () => {
    const { interview, dropped } = importOk(page('Publié le jeudi 17 octobre 2019 à 9:47'));
    expect(dropped).toContain('Publié le jeudi 17 octobre 2019 à 9:47');
    expect(interview.published).toBe('2019-10-17');
  });

  it('a sentence holding a date ("Le maire 17 octobre 2019") is no date line', () => {
    const { interview } = importOk(page('Le conseil du jeudi 17 octobre 2019 à 9:47 a voté.'));
    expect(interview.intro).toContain('Le conseil du jeudi 17 octobre 2019 à 9:47 a voté.');
  });
});

describe('a call to hear the whole programme where it airs, after the last answer, is furniture', () => {
  const page = (last: string) =>
    [
      'Ufal e Sociedade entrevista a professora Jéssica Moura',
      'Lucinda Lemos: nesta edição recebemos a professora Jéssica Moura. Seja bem-vinda.',
      'Jéssica Moura: obrigada, Lucinda.',
      'Lucinda Lemos: Vamos começar pelo projeto. Como ele nasceu?',
      'Jéssica Moura: nasceu de uma conversa com os alunos do primeiro ano.',
      last,
    ].join('\n\n');

  it('"Ouça o programa completo na Rádio Ufal." is dropped, not the last answer', () => {
    const line = 'Ouça o programa completo na Rádio Ufal.';
    const { interview, dropped } = importOk(page(line));
    expect(dropped).toContain(line);
    expect(answers(interview).join(' ')).not.toContain('Ouça');
  });

  it('an answer that says to listen ("Ouça o programa, é o melhor conselho.") stays', () => {
    const line = 'Jéssica Moura: ouça o programa dos alunos, é o melhor conselho que posso dar.';
    expect(answers(importOk(page(line)).interview).join(' ')).toContain(
      'ouça o programa dos alunos',
    );
  });
});

describe("the top menu's button printed again under the last answer is furniture", () => {
  const page = (foot: string[]) =>
    [
      'Australia for UNHCR',
      'Donate now',
      'Our work',
      'Our stories',
      'Get involved',
      "'Why I became a humanitarian worker'",
      'Australian humanitarian worker Harriet Boyd has just moved to Geneva.',
      'You always wanted to work in the humanitarian sector, so why did you train as an architect?',
      'When I was in Year 9 or 10, I told my parents I would be an aid worker in Africa.',
      'What would you say to someone who wants to do this work?',
      'Get a skill that is needed in the field, and be patient.',
      ...foot,
    ].join('\n\n');

  it('"Donate now" again at the foot is dropped, not the last answer', () => {
    const { interview, dropped } = importOk(page(['Donate now', 'Share']));
    expect(dropped.filter((t) => t === 'Donate now')).toHaveLength(2);
    expect(answers(interview).join(' ')).not.toContain('Donate now');
  });

  it('a short answer the same as a menu line ("Our stories") right after a question stays', () => {
    const { interview } = importOk(
      page(['And what do you read at night?', 'Our stories', 'Share']),
    );
    expect(answers(interview)).toContain('Our stories');
  });
});

describe('an observance ("World Humanitarian Day") is no guest', () => {
  const page = (lead: string) =>
    [
      "'Why I became a humanitarian worker'",
      lead,
      'Australian humanitarian worker Harriet Boyd has just moved to Geneva.',
      'You always wanted to work in the humanitarian sector, so why did you train as an architect?',
      'When I was in Year 9 or 10, I told my parents I would be an aid worker in Africa.',
      'What would you say to someone who wants to do this work?',
      'Get a skill that is needed in the field, and be patient.',
    ].join('\n\n');

  it('names Harriet Boyd, not "Humanitarian Day"', () => {
    const text = page(
      'In honour of World Humanitarian Day on August 19, we asked UNHCR field workers what drives them.',
    );
    expect(importOk(text).interview.people.interviewees.map((p) => p.name)).toEqual([
      'Harriet Boyd',
    ]);
  });

  it('a person named first in the lead is still the guest ("Doris Day")', () => {
    const text = page('In honour of Doris Day, we asked field workers what drives them.').replace(
      'Australian humanitarian worker Harriet Boyd has just moved to Geneva.',
      'The singer moved to Geneva.',
    );
    expect(importOk(text).interview.people.interviewees.map((p) => p.name)).toEqual(['Doris Day']);
  });
});

describe("a local station's name between the site's name and its one-word menu is furniture", () => {
  const page = (head: string[]) =>
    [
      ...head,
      'Interview – Gaëtan Peyrard : « Oui, je serai candidat »',
      'Le maire annonce sa candidature.',
      'Pourquoi le faire maintenant ?',
      "C'est une décision qui ne se prend pas à la légère.",
      'Quand présenterez-vous votre programme ?',
      "Au début de l'année prochaine.",
    ].join('\n');

  it('drops "Saint-Étienne Loire" and the menu under it', () => {
    const head = [
      'France Bleu',
      'Saint-Étienne Loire',
      'Infos',
      'Sports',
      'Émissions',
      'Politique',
    ];
    expect(importOk(page(head)).dropped).toEqual(expect.arrayContaining(head.slice(1)));
  });

  it('a name over three one-word lines (a short list) is kept', () => {
    const head = ['France Bleu', 'Marion Lebrun', 'Infos', 'Sports', 'Politique'];
    expect(importOk(page(head)).dropped).not.toContain('Marion Lebrun');
  });
});

describe("a breadcrumb's sub-section under the menu item it extends is furniture", () => {
  const page = (lines: string[]) =>
    [
      'World Vision Canada',
      'Sponsor a child',
      'Give a gift',
      'Donate',
      'Stories',
      ...lines,
      'What is the hardest part of your job?',
      'Hearing a story and knowing you cannot fix it.',
      'What keeps you going?',
      'The children. They are funnier and braver than any adult I know.',
    ].join('\n');

  it('"Stories from the field" is dropped; the headline under it titles the page', () => {
    const { interview, dropped } = importOk(
      page([
        'Stories from the field',
        'These women work in dangerous places—and they love what they do',
      ]),
    );
    expect(dropped).toContain('Stories from the field');
    expect(interview.title).toBe('These women work in dangerous places—and they love what they do');
  });

  it('a headline extending the menu item, a lead under it, stays ("Stories of hope from Lebanon")', () => {
    const { dropped } = importOk(
      page(['Stories of hope from Lebanon', 'Two of our communicators tell us about their work.']),
    );
    expect(dropped).not.toContain('Stories of hope from Lebanon');
  });
});

describe("an icon's alt text before its value is furniture", () => {
  const page = (line: string) =>
    [
      "'Why I became a humanitarian worker'",
      line,
      'Australian humanitarian worker Harriet Boyd has just moved to Geneva.',
      'You always wanted to work in the humanitarian sector, so why did you train as an architect?',
      'When I was in Year 9 or 10, I told my parents I would be an aid worker in Africa.',
      'What would you say to someone who wants to do this work?',
      'Get a skill that is needed in the field, and be patient.',
    ].join('\n\n');

  it('"Location icon Worldwide" is dropped', () => {
    expect(importOk(page('Location icon Worldwide')).dropped).toContain('Location icon Worldwide');
  });

  it('a sentence about a location icon stays', () => {
    const line = 'The location icon on her map marks every camp she has built.';
    expect(importOk(page(line)).dropped).not.toContain(line);
  });
});
