import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Session 27: a review of session 26's rules (158234f, 92e2d2c and fresh-18's 77940fb, 51ae743,
// 31ece6a) on ordinary interview text of its own, each misread with the near misses the rule was
// made for.

const guests = (text: string) => importOk(text).interview.people.interviewees.map((p) => p.name);

// 158234f: a repost's lead "A talked to B at C" names A, the subject written again on the page,
// not the magazine's interviewer B. A reporter's own lead writes A again in the byline or a bio.
describe('a lead "A talked to B at C" where A is the reporter', () => {
  it('names the one talked to where the byline names the reporter', () => {
    expect(
      guests(
        [
          'Energy in the north',
          'By Jane Doe',
          'Jane Doe talked to Omar Reyes at the Fairbanks plant about the winter.',
          'How cold does it get?',
          'Cold enough that the pipes sing.',
          'What do you do then?',
          'We keep the heat on and hope.',
        ].join('\n'),
      ),
    ).toEqual(['Omar Reyes']);
  });

  it("names the one talked to where the reporter's bio closes the page", () => {
    const text = [
      'Energy in the north',
      'Jane Doe talked to Omar Reyes at the Fairbanks plant about the winter.',
      'How cold does it get?',
      'Cold enough that the pipes sing.',
      'What do you do then?',
      'We keep the heat on and hope.',
      'Jane Doe is a staff writer at the Courier.',
    ].join('\n');
    expect(guests(text)).toEqual(['Omar Reyes']);
    expect(answers(importOk(text).interview).join(' ')).toContain('We keep the heat on and hope.');
  });

  it('names the one talked to after "Our reporter NAME", her name again in a photo credit', () => {
    expect(
      guests(
        [
          'Energy in the north',
          'Our reporter Jane Doe talked to Omar Reyes at the Fairbanks plant about the winter.',
          'Photo: Jane Doe',
          'How cold does it get?',
          'Cold enough that the pipes sing.',
          'What do you do then?',
          'We keep the heat on and hope.',
        ].join('\n'),
      ),
    ).toEqual(['Omar Reyes']);
  });

  it('names the subject where the byline or a bio names the one talked to (the reporter)', () => {
    const lead =
      'Novelist Hanna Osei talked to Donna Chavez at Publishers Weekly about her new book.';
    const qa = [
      'What drew you to the ferry?',
      'I grew up taking it every summer.',
      'How long did the book take?',
      'Five years, with two false starts.',
    ];
    const bylined = importOk(
      ['Hanna Osei on The Night Ferry', 'By Donna Chavez', lead, ...qa].join('\n'),
    ).interview;
    expect(bylined.people.interviewees.map((p) => p.name)).toEqual(['Hanna Osei']);
    expect(bylined.people.interviewers.map((p) => p.name)).toEqual(['Donna Chavez']);
    expect(
      guests(
        [
          'Hanna Osei on The Night Ferry',
          lead,
          ...qa,
          'Donna Chavez is a staff writer at Publishers Weekly.',
        ].join('\n'),
      ),
    ).toEqual(['Hanna Osei']);
  });

  it("still names the subject of a repost's lead written again in the headline", () => {
    expect(
      guests(
        [
          'Hanna Osei on The Night Ferry',
          'Novelist Hanna Osei talked to Donna Chavez at Publishers Weekly about her new book.',
          'What drew you to the ferry?',
          'I grew up taking it every summer.',
          'How long did the book take?',
          'Five years, with two false starts.',
          'Hanna Osei is a writer and teacher in Providence.',
        ].join('\n'),
      ),
    ).toEqual(['Hanna Osei']);
  });
});

// 77940fb (fresh-18): where two or more questions are answered without a label, a name used once
// labels no one ("Salidas: …" in an answer). A vox pop's passers-by answer under their names.
describe('a vox pop after two plain answers', () => {
  const strike = [
    'Voices from the picket line',
    "Nurses at St Mary's have been on strike since Monday. We asked the union's Ruth Adler, and then nurses on the line.",
    'How many nurses are out?',
    'About four hundred, on every ward but the emergency department.',
    'What would end the strike?',
    "A staffing plan in writing, signed by the trust's board.",
    'Why are you out here?',
    'Grace Obi: Because we are twelve nurses short on every night shift, and somebody is going to get hurt.',
    'Lena Park: Because I have not had a proper break in a shift since June, and I am tired of apologising.',
    'How long can you keep this up?',
    'Rita Moss: As long as it takes. My husband has promised to do the school run until Christmas.',
    'Sam Doyle: Another week, maybe two. After that the rent is a problem, and everybody here knows it.',
  ].join('\n');

  it("credits each nurse's answer to her, not all to the first", () => {
    const { interview } = importOk(strike);
    const names = interview.people.interviewees.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['Grace Obi', 'Lena Park', 'Rita Moss', 'Sam Doyle']),
    );
    const answering = interview.sections
      .flatMap((s) => s.questions)
      .map((q) => interview.people.interviewees.find((p) => p.id === q.answeredBy)?.name);
    expect(answering.slice(2)).toEqual(['Grace Obi', 'Rita Moss']);
    expect(answers(interview)).toContain(
      'Lena Park: Because I have not had a proper break in a shift since June, and I am tired of apologising.',
    );
  });

  it('still keeps a list\'s keys answering as many questions as plain answers ("Salidas: …")', () => {
    const { interview } = importOk(
      [
        'Entrevista al presidente del Atlético Valdeolmos',
        'Hablamos con el presidente, Luis Prieto, sobre la temporada que viene.',
        '¿Cómo ha ido el verano?',
        'Movido, pero contento. Hemos cerrado la plantilla antes que nunca.',
        '¿Cuántos jugadores se han ido?',
        'Salidas: Pedro Gómez, Juan Ruiz y el portero suplente, que se va a estudiar fuera.',
        '¿Y cuántos han llegado?',
        'Fichajes: dos juveniles del Alcobendas y un delantero que jugó en Segunda B.',
        '¿Un objetivo para la temporada?',
        'Subir, como siempre. Y que la cantera siga creciendo.',
      ].join('\n\n'),
    );
    expect(answers(interview)).toContain(
      'Salidas: Pedro Gómez, Juan Ruiz y el portero suplente, que se va a estudiar fuera.',
    );
    expect(interview.people.interviewees.map((p) => p.name)).not.toContain('Salidas');
  });

  it('still keeps a list\'s keys used once in an answer as its words ("Pros: …", "Cons: …")', () => {
    const { interview } = importOk(
      [
        'Ten years of the night bus',
        'Ruth Adler has driven the N29 since 2015.',
        'How did you start?',
        'I answered an advert in the paper, the week my daughter was born.',
        'Would you recommend the job?',
        'Pros: the quiet roads and the regulars who bring me coffee at three in the morning.',
        'Cons: the drunk ones, and sleeping through every birthday party in the family.',
        'What is the worst night of the year?',
        'New Year, every year, without fail.',
      ].join('\n'),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Ruth Adler']);
    expect(answers(interview)).toContain(
      'Pros: the quiet roads and the regulars who bring me coffee at three in the morning.',
    );
  });
});

// 51ae743 (fresh-18): a lower-case handle before words in a script without capitals labels turns
// where it comes back ("toki:人の話を…"). A Japanese or Chinese answer's own "point：" and
// "instagram：" lines, each under an answer, are its text.
describe('lower-case words before a colon inside Japanese and Chinese answers', () => {
  it('keeps "point：" and "instagram：" lines in the answers, the questions whole', () => {
    const { interview } = importOk(
      [
        '料理家・山田花子さんに聞く、毎日のお弁当',
        '料理家の山田花子さんに、毎日のお弁当づくりのコツを聞きました。',
        '――お弁当づくりで一番大切なことは何ですか？',
        '前の晩に下ごしらえを済ませることです。朝は詰めるだけにしておくと、気持ちに余裕ができます。',
        'point：野菜は切ってから水気をよく拭いておくこと。',
        '――おかずは何品くらい入れますか？',
        '三品あれば十分です。色をそろえることを意識しています。',
        'point：赤・黄・緑の三色を一品ずつ入れること。',
        '――最近の楽しみは何ですか？',
        'お弁当の写真を撮って、毎日投稿しています。',
        'instagram：山田花子のお弁当日記',
        '――SNSで気をつけていることはありますか？',
        '無理をしないことです。続けることがいちばんです。',
        'instagram：山田花子のお弁当日記',
      ].join('\n'),
    );
    // (Their '――' marks are dashes, taken off like any label since session 28.)
    expect(questions(interview).map((q) => q.join(' '))).toEqual([
      'お弁当づくりで一番大切なことは何ですか？',
      'おかずは何品くらい入れますか？',
      '最近の楽しみは何ですか？',
      'SNSで気をつけていることはありますか？',
    ]);
    expect(answers(interview)).toContain('point：野菜は切ってから水気をよく拭いておくこと。');
    expect(answers(interview)).toContain('instagram：山田花子のお弁当日記');
    expect(interview.people.interviewees.map((p) => p.name)).not.toContain('point');
  });

  it('still reads a handle answering unlabelled questions as the guest ("mio:…" after "――…？")', () => {
    const { interview } = importOk(
      [
        '学生インタビュアーに聞く',
        '――インタビューを始めたきっかけは何ですか？',
        'mio:人と話すのが好きだったからです。',
        '――続けてみて、何が変わりましたか？',
        'mio:人の話を最後まで聞けるようになりました。',
      ].join('\n'),
    );
    expect(answers(interview)).toEqual([
      '人と話すのが好きだったからです。',
      '人の話を最後まで聞けるようになりました。',
    ]);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['mio']);
  });
});

// 158234f: a transcript's full label once, then its first word ("Mayor Bill de Blasio:" then
// "Mayor:") is one speaker. A host and a guest may share a first name.
describe('a host "John:" and a guest "John Smith:"', () => {
  const podcast = [
    'Boat People, episode 12: John Smith',
    'John: Welcome to the show. Today my guest is John Smith, who builds wooden boats by hand in Maine.',
    'John Smith: Thanks for having me, John. It is good to be here.',
    'John: How did you start?',
    'Smith: My grandfather had a yard in Camden, and I swept it every summer until he let me hold a plane.',
    'John: What is the hardest part of the work?',
    'Smith: Waiting for the wood to dry. You cannot hurry cedar.',
    'John: Thanks for coming on.',
    'Smith: Any time.',
  ].join('\n\n');

  it("are two speakers: the guest's greeting is no part of a question", () => {
    const { interview } = importOk(podcast);
    expect(questions(interview).flat().join(' ')).not.toContain('Thanks for having me');
    expect(questions(interview).map((q) => q.at(-1))).toEqual([
      'How did you start?',
      'What is the hardest part of the work?',
      'Thanks for coming on.',
    ]);
  });

  it("names the host by his label, not by the guest's full name", () => {
    const { interview } = importOk(podcast);
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['John']);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['John Smith']);
  });

  it('joins a German or Spanish title too ("Bürgermeister Hans Weber:" then "Bürgermeister:")', () => {
    const { interview } = importOk(
      [
        'Interview: Bürgermeister Hans Weber im Radio',
        'Moderatorin: Herzlich willkommen, Herr Bürgermeister.',
        'Bürgermeister Hans Weber: Danke.',
        'Moderatorin: Wann wird die Brücke fertig?',
        'Bürgermeister: Im Mai, wenn das Wetter mitspielt.',
        'Moderatorin: Und was kostet sie?',
        'Bürgermeister: Zwölf Millionen Euro, wie geplant.',
      ].join('\n\n'),
    );
    expect(answers(interview)[0]).toBe('Danke.');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Hans Weber']);
    const spanish = importOk(
      [
        'La alcaldesa Marta Ruiz, en la radio',
        'Locutor: Buenos días, alcaldesa.',
        'Alcaldesa Marta Ruiz: Buenos días.',
        'Locutor: ¿Cuándo abre el puente?',
        'Alcaldesa: En mayo, si el tiempo acompaña.',
        'Locutor: ¿Y cuánto cuesta?',
        'Alcaldesa: Doce millones, lo previsto.',
      ].join('\n\n'),
    ).interview;
    expect(answers(spanish)[0]).toBe('Buenos días.');
  });

  it('still joins "Coach Ana Ruiz:" and "Coach:", a title', () => {
    const { interview } = importOk(
      [
        'Coach Ana Ruiz on the new season',
        'Host: Coach, welcome back to the programme.',
        'Coach Ana Ruiz: Glad to be here.',
        'Host: How is the squad looking?',
        'Coach: Younger than last year, and hungrier.',
        'Host: Who should we watch?',
        'Coach: Our goalkeeper. She is seventeen.',
      ].join('\n\n'),
    );
    expect(questions(interview).flat().join(' ')).not.toContain('Glad to be here');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Ana Ruiz']);
  });
});

// 92e2d2c: Blogger's name and tagline over the post's date line, the post's title under it, are
// its masthead. A news page sets its headline and standfirst over its date, then a byline.
describe("a news page's headline and standfirst over its date line", () => {
  it('keeps the headline, and the byline is no title', () => {
    const { interview } = importOk(
      [
        'Winter Is Coming',
        'The grid operator on the cold months ahead',
        '4 March 2019',
        'By Jane Doe',
        'Omar Reyes runs the northern grid. We asked him about the winter.',
        'Q: How cold does it get?',
        'A: Cold enough that the pipes sing.',
        'Q: What do you do then?',
        'A: We keep the heat on.',
      ].join('\n'),
    );
    expect(interview.title).toBe('Winter Is Coming');
    expect(interview.byline?.map((a) => a.name)).toEqual(['Jane Doe']);
  });

  it("keeps the headline over a kicker's line", () => {
    const { interview, dropped } = importOk(
      [
        'Mayor Wants More Buses',
        'City hall on its transport plan for the spring',
        'March 4, 2019',
        'Ten Questions for the Mayor',
        'Mayor Ana Ruiz took office in January. We asked her about the buses.',
        'Q: How many buses will you add?',
        'A: Sixty by the summer.',
        'Q: Who pays?',
        'A: The state, mostly.',
      ].join('\n'),
    );
    expect(interview.title).toBe('Mayor Wants More Buses');
    expect(dropped).not.toContain('City hall on its transport plan for the spring');
    // Named 'Ten Questions' (the kicker) until session 27.
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  it("still drops a Blogger post's masthead, its footer there", () => {
    const { interview, dropped } = importOk(
      [
        'Between the Lines',
        'Notes on books and the people who write them',
        'Monday, March 4, 2019',
        'Q&A with Hanna Osei',
        'Hanna Osei is the author of the new novel The Night Ferry. She lives in Providence.',
        'Q: What drew you to the ferry?',
        'A: I grew up taking it every summer.',
        'Q: How long did the book take?',
        'A: Five years, with two false starts.',
        'Posted by Deborah Kalb at 5:12 AM',
        'Subscribe to: Post Comments (Atom)',
      ].join('\n'),
    );
    expect(interview.title).toBe('Q&A with Hanna Osei');
    expect(dropped).toContain('Notes on books and the people who write them');
  });
});

// 158234f: a repost's closing links ("Read the full interview.", "Visit Hanna Osei's website.")
// after the last answer are furniture. A last answer may end on such words of its own.
describe("a last answer's own closing sentence", () => {
  it('keeps "Visit their website." as the answer\'s last paragraph', () => {
    const { interview, dropped } = importOk(
      [
        'Five questions for a food bank volunteer',
        'What do you do on a Saturday?',
        'I drive the van. We collect from four supermarkets before ten.',
        'How can readers help?',
        'Give a morning. The food bank on Elm Street always needs drivers, and they train you.',
        'Visit their website.',
      ].join('\n'),
    );
    expect(answers(interview).at(-1)).toBe('Visit their website.');
    expect(dropped).toEqual([]);
  });

  it('keeps "Visit the council\'s website." too', () => {
    const { interview } = importOk(
      [
        'Five questions for a recycling officer',
        'What goes in the blue bin?',
        'Paper, card, tins and plastic bottles. Not film, never film.',
        'And if I am not sure?',
        'Leave it out. A wrong item can spoil a whole lorry.',
        "Visit the council's website.",
      ].join('\n'),
    );
    expect(answers(interview).at(-1)).toBe("Visit the council's website.");
  });
});

// 92e2d2c: a domain name alone on the first line ("NYC.gov") is the site's name, furniture. A
// firm's profile is headed by its name, the page's subject.
describe('a domain name alone on the first line', () => {
  it("is the headline of a firm's profile that names the firm again", () => {
    const { interview, dropped } = importOk(
      [
        'Booking.com',
        'Senior Software Engineer, Amsterdam',
        'Maya Lind joined Booking.com in 2019 after five years at a bank.',
        'Q: What do you work on?',
        'A: The search page. Every millisecond counts.',
        'Q: What do you like most?',
        'A: The people, and the canal outside my window.',
      ].join('\n'),
    );
    expect(dropped).not.toContain('Booking.com');
    expect(interview.title).toBe('Booking.com');
  });

  it('keeps a headline that opens with one ("Booking.com\'s CEO on …")', () => {
    const { interview } = importOk(
      [
        "Booking.com's CEO on travel after the pandemic",
        'Glenn Fogel has run the company since 2017. We asked him what comes next.',
        'Q: Are people travelling again?',
        'A: More than in 2019, and for longer.',
        'Q: What changed?',
        'A: People work from anywhere now.',
      ].join('\n'),
    );
    expect(interview.title).toBe("Booking.com's CEO on travel after the pandemic");
  });
});

// 31ece6a (fresh-18): a headline's "NAME: …" names the guest only where NAME comes back without
// a colon ("Professor Profile: Martin Hale" is a series' name). A series or a place may come back.
describe("a headline's words before a colon", () => {
  const qa = [
    'Q: What keeps you going?',
    'A: Curiosity, mostly.',
    'Q: What comes next?',
    'A: More of the same, I hope.',
  ];

  it('are a series\' name written again in the lead: "Member Spotlight: Jane Doe"', () => {
    expect(
      guests(
        [
          'Member Spotlight: Jane Doe',
          "This month's Member Spotlight shines on a nurse: Doe has been with the club for thirty years.",
          ...qa,
        ].join('\n'),
      ),
    ).toEqual(['Jane Doe']);
  });

  it('are a series\' name welcoming the reader: "Professor Profile: Martin Hale"', () => {
    expect(
      guests(
        [
          'Professor Profile: Martin Hale',
          'Welcome to Professor Profile, where we meet the people who teach you. This week: Hale, the geologist who runs the field course in Skye.',
          ...qa,
        ].join('\n'),
      ),
    ).toEqual(['Martin Hale']);
  });

  it('are a country, the guest its ambassador named in the lead', () => {
    expect(
      guests(
        [
          'South Africa: the ambassador on trade and tourism',
          'Ambassador Thandi Mokoena has served in Astana since 2021. South Africa opened its embassy here in 1994.',
          ...qa,
        ].join('\n'),
      ),
    ).toEqual(['Thandi Mokoena']);
  });

  it('are a country of one word, the guest its ambassador ("Kazakhstan: Ukraine\'s ambassador …")', () => {
    expect(
      guests(
        [
          "Kazakhstan: Ukraine's ambassador on the war and the grain corridor",
          'Ambassador Petro Vrublevskyi has represented Ukraine in Astana since 2019.',
          ...qa,
        ].join('\n'),
      ),
    ).toEqual(['Petro Vrublevskyi']);
  });

  it('still name the guest over a coach\'s role ("Jane Doe: the coach who …", "Coach Tom Lee" in the lead)', () => {
    expect(
      guests(
        [
          'Jane Doe: the coach who turned the club around',
          'When Coach Tom Lee left in 2019, the board turned to Jane Doe. Three seasons later the club is top of the league.',
          ...qa,
        ].join('\n'),
      ),
    ).toEqual(['Jane Doe']);
  });

  it('still name the guest: "Taylor Swift: the interview", "Taylor Swift: Red Carpet Confessions"', () => {
    expect(guests(['Taylor Swift: the interview', ...qa].join('\n'))).toEqual(['Taylor Swift']);
    expect(
      guests(
        [
          'Taylor Swift: Red Carpet Confessions',
          'Swift talked to us in Nashville before the last night of the tour.',
          ...qa,
        ].join('\n'),
      ),
    ).toEqual(['Taylor Swift']);
  });
});

// Found on the way: Japanese and Chinese pages labelled by name or by "问："/"答：", asking with
// a full-width "？", an answer running on into a paragraph of its own.
describe('labelled Japanese and Chinese pages asking with "？"', () => {
  it('keeps an answer\'s second paragraph in the answer ("記者：…？" / "北村：…")', () => {
    const { interview } = importOk(
      [
        '陶芸家・北村さんに聞く',
        '益子で窯を開いて二十年になる北村さんに話を聞いた。',
        '記者：なぜ益子だったのですか？',
        '北村：土が合ったからです。最初に触ったとき、手が離れなくなりました。',
        'それから毎年、春の陶器市に出ています。',
        '記者：いちばん難しいことは何ですか？',
        '北村：待つことです。窯の火は急がせられません。',
      ].join('\n'),
    );
    expect(questions(interview)).toEqual([
      ['なぜ益子だったのですか？'],
      ['いちばん難しいことは何ですか？'],
    ]);
    expect(answers(interview)).toContain('それから毎年、春の陶器市に出ています。');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['北村']);
  });

  it('reads "问：" and "答：" as question and answer, an answer\'s "twitter：" line in it', () => {
    const { interview } = importOk(
      [
        '专访独立游戏开发者林小雨',
        '林小雨的新作《雨夜》上个月发售。我们和她聊了聊开发的经过。',
        '问：这款游戏做了多久？',
        '答：差不多三年。一开始只有我一个人，后来朋友加入了。',
        'twitter：林小雨的开发日志',
        '问：最难的是什么？',
        '答：坚持下去。没有收入的时候，很难相信自己。',
        'twitter：林小雨的开发日志',
      ].join('\n'),
    );
    expect(questions(interview)).toEqual([['这款游戏做了多久？'], ['最难的是什么？']]);
    expect(answers(interview).filter((a) => a.startsWith('twitter：'))).toHaveLength(2);
    expect(interview.intro).toEqual(['林小雨的新作《雨夜》上个月发售。我们和她聊了聊开发的经过。']);
    const people = [...interview.people.interviewers, ...interview.people.interviewees];
    expect(people.map((p) => p.name)).not.toContain('问');
  });
});
