import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Misreads left from earlier sets (session 31, importer2), each with a near miss where the rule
// must not fire.

describe('a time given in an answer, on a line of its own', () => {
  const page = (...times: string[]) =>
    [
      "The captain on Saturday's derby",
      'Ann Pike has captained the first team for three seasons.',
      'Q: When is the game, and when should fans arrive?',
      'A: Saturday at home, under the lights. Here is what you need:',
      ...times,
      'Q: Who is fit?',
      'A: Everyone but our keeper.',
    ].join('\n\n');

  it("stays in the answer, not a heading over the next question ('Doors: 7pm')", () => {
    const { interview } = importOk(page('Kick-off: 19:45', 'Doors: 7pm'));
    expect(interview.sections).toHaveLength(1);
    expect(answers(interview)).toEqual([
      'Saturday at home, under the lights. Here is what you need:',
      'Kick-off: 19:45',
      'Doors: 7pm',
      'Everyone but our keeper.',
    ]);
  });

  it("stays there with words after the time ('Doors: 18.30 Uhr für Mitglieder')", () => {
    const { interview } = importOk(page('Doors: 18.30 Uhr für Mitglieder'));
    expect(answers(interview)).toContain('Doors: 18.30 Uhr für Mitglieder');
  });

  it('leaves a heading closed by a colon and a title over the next question (near miss)', () => {
    const { interview } = importOk(page('Part Two: The Fitness Test'));
    expect(interview.sections.map((s) => s.heading)).toContain('Part Two: The Fitness Test');
    expect(questions(interview)).toEqual([
      ['When is the game, and when should fans arrive?'],
      ['Who is fit?'],
    ]);
  });
});

describe('a headline naming a place, then the guest, then another place', () => {
  const page = (headline: string, lead: string) =>
    [
      headline,
      lead,
      'Q: How long have you painted the prairie?',
      "A: Since I was twelve, with my grandmother's brushes.",
      'Q: Why New York?',
      'A: A gallery there saw my work online.',
    ].join('\n\n');

  it('names the guest, not the place after her that the lead opens on', () => {
    const { interview } = importOk(
      page(
        'Hot Springs, SD artist Jane Doe on her first show in New York',
        'New York galleries rarely show prairie painters. Jane Doe is the exception.',
      ),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Jane Doe']);
  });

  it("still names the guest the lead opens on after the place and role (near miss: 'Hot Springs, SD City Administrator')", () => {
    const { interview } = importOk(
      page(
        'Hot Springs, SD City Administrator Nolan Schroeder on the water main',
        'Nolan Schroeder is younger than most city managers.',
      ),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Nolan Schroeder']);
  });
});

describe("a byline with the time and date after a bar (an Austrian daily's 'Von NAME | 10.30 Uhr, …')", () => {
  const page = (byline: string) =>
    [
      '10 Fragen an Lena Berger: „Man darf scheitern!“',
      byline,
      'Die Moderatorin über Humor und Angst.',
      '1 Was mögen Sie an sich?',
      'Meine humorvolle Art.',
      '2 Was fehlt Ihnen?',
      'Mehr Schlaf.',
    ].join('\n\n');

  it('reads the author and the date, as a Colombian daily\'s "Por NAME | Publicado el …"', () => {
    const { interview } = importOk(page('Von Anna Muster | 10.30 Uhr, 12. März 2024'));
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Anna Muster']);
    expect(interview.published).toBe('2024-03-12');
    expect(interview.intro.join('\n')).not.toContain('Anna Muster');
  });

  it('reports the line with the dropped date lines, its time and date lost nowhere', () => {
    const { dropped } = importOk(page('Von Anna Muster | 10.30 Uhr, 12. März 2024'));
    expect(dropped).toContain('Von Anna Muster | 10.30 Uhr, 12. März 2024');
  });

  it('reads a time in colons the same way', () => {
    const { interview } = importOk(page('Von Anna Muster | 10:30, 12. März 2024'));
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Anna Muster']);
  });

  it('keeps a line of opening hours after a bar in the intro (near miss)', () => {
    const { interview } = importOk(page('Von Montag bis Freitag | 10.30 Uhr, im Studio'));
    expect(interview.intro).toContain('Von Montag bis Freitag | 10.30 Uhr, im Studio');
  });
});

describe("a Korean magazine's popular-articles headings after the last answer", () => {
  const page = (...after: string[]) =>
    [
      '“기자님 후배가 되고 싶어요”',
      '박하늘(23·서울 마포구) 독자를 만났다.',
      '- 할 일이 없어 전화를 기다리고 있었다고 했는데.',
      '= 하하, 정말 시간이 남아서 기다렸다.',
      '- 자기소개를 해달라.',
      '= 올해 4학년이다.',
      '- 인터뷰를 신청한 계기는.',
      '= 잡지를 오래 읽었다.',
      '- 즐겨 읽는 칼럼은.',
      '= 동네 병원 이야기, 편집 이야기. 아, 다 외부 필자들이네. (웃음)',
      ...after,
    ].join('\n');

  it("drops '한겨레21 인기기사' and '한겨레 인기기사' (the magazine's and the paper's most read)", () => {
    const { interview, dropped } = importOk(page('한겨레21 인기기사', '한겨레 인기기사'));
    expect(dropped).toEqual(expect.arrayContaining(['한겨레21 인기기사', '한겨레 인기기사']));
    expect(answers(interview).at(-1)).toBe(
      '동네 병원 이야기, 편집 이야기. 아, 다 외부 필자들이네. (웃음)',
    );
  });

  it('keeps an answer that speaks of popular articles (near miss)', () => {
    const { interview } = importOk(page('- 인기기사는 무엇인가.', '= 인기기사는 늘 바뀐다.'));
    expect(answers(interview).at(-1)).toBe('인기기사는 늘 바뀐다.');
  });
});

describe("a head of state's site's accessibility toolbar and tagline over the headline", () => {
  const page = (...top: string[]) =>
    [
      ...top,
      'Możemy przegrać bitwę o Polskę',
      'Prezydent mówi o swojej wizji państwa.',
      'Panie Prezydencie, czy wierzy Pan w IV RP?',
      'Wierzę, choć to praca na lata.',
      'Czy lewica jest Pana przeciwnikiem?',
      'Nie, przeciwnikiem jest bezczynność.',
    ].join('\n\n');

  it('drops the toolbar lines and the site line; the headline titles the page', () => {
    const lines = [
      'Narzędzia dostępności',
      'Oficjalna strona Prezydenta Rzeczypospolitej Polskiej',
      'Dodatkowe narzędzia',
    ];
    const { interview, dropped } = importOk(page(...lines));
    expect(dropped).toEqual(expect.arrayContaining(lines));
    expect(interview.title).toBe('Możemy przegrać bitwę o Polskę');
  });

  it('keeps a lead sentence about the official website (near miss)', () => {
    const { interview } = importOk(
      page('Oficjalna strona Prezydenta opublikowała wywiad w całości.'),
    );
    expect(interview.intro).toContain('Oficjalna strona Prezydenta opublikowała wywiad w całości.');
  });
});

describe("a Spanish 'Lee también' (read also) after the last answer", () => {
  const page = (...after: string[]) =>
    [
      'Premier: “El presupuesto es la prioridad”',
      'El jefe del gabinete habló con este diario.',
      '—¿Quién reemplaza a la ministra?',
      'Por ahora el cargo lo asume la viceministra.',
      '—Algunos congresistas dicen que la renuncia muestra debilidad.',
      'Respeto las opiniones, pero es una decisión de la ministra.',
      ...after,
    ].join('\n');

  it('begins the related links: the headline under it and the follow line go too', () => {
    const { interview, dropped } = importOk(
      page(
        'Lee también',
        'Congreso aprueba el presupuesto del sector público para 2019',
        'Síguenos en Twitter',
      ),
    );
    expect(dropped).toEqual(
      expect.arrayContaining(['Congreso aprueba el presupuesto del sector público para 2019']),
    );
    expect(answers(interview).at(-1)).toBe(
      'Respeto las opiniones, pero es una decisión de la ministra.',
    );
  });

  it("keeps an answer's sentence that says 'lee también' (near miss)", () => {
    const { interview } = importOk(page('—¿Y usted qué lee?', 'Lee también poesía, dice mi hija.'));
    expect(answers(interview).at(-1)).toBe('Lee también poesía, dice mi hija.');
  });
});

describe("a radio interview's unlabelled opening: the host greets the guest by name", () => {
  const page = (greeting: string, reply: string) =>
    [
      'Interview mit dem Hafenfunk',
      'Die Hafenmeisterin hat dem Sender ein Interview gegeben.',
      `Das Interview der Woche, am Mikrofon ist Jo Lake. Es ist kalt am Hafen. ${greeting}`,
      reply,
      'Das ist mal ein anderes Wetter. Überall liegt Eis auf den Tauen.',
      'Das hat mich tatsächlich überrascht, so früh im Jahr. Wir holen die Boote jetzt schon rein.',
      'Wie lange bleibt der Hafen offen?',
      'Solange die Fahrrinne frei ist, meist bis Januar.',
      'Was wünschen Sie sich für das neue Jahr?',
      'Einen milden Winter und eine ruhige See.',
    ].join('\n\n');

  it('reads the greeting and the exchange after it as the first questions', () => {
    const { interview } = importOk(page('Guten Tag, Frau Pike.', 'Guten Tag, ich grüße Sie.'));
    expect(questions(interview).map((q) => q[0]?.slice(0, 22))).toEqual([
      'Das Interview der Woch',
      'Das ist mal ein andere',
      'Wie lange bleibt der H',
      'Was wünschen Sie sich ',
    ]);
    expect(answers(interview)[0]).toBe('Guten Tag, ich grüße Sie.');
  });

  it('leaves a lead that greets no one by name in the intro (near miss)', () => {
    const { interview } = importOk(
      page('Es wird Winter.', 'Die Boote liegen schon im Trockendock.'),
    );
    expect(questions(interview).map((q) => q[0]?.slice(0, 22))).toEqual([
      'Wie lange bleibt der H',
      'Was wünschen Sie sich ',
    ]);
  });
});

describe("a menu's item printed again under the menu, over a section word", () => {
  const page = (...top: string[]) =>
    [
      'Harbour Public Radio',
      'Listen Live',
      'News',
      'Harbour Companion',
      'Events',
      'Donate',
      ...top,
      'Practically speaking',
      'Governor Ann Pike talks about ice, ropes and a practical way of governing',
      'By Jo Lake',
      'Q: How cold does the harbour get?',
      'A: Cold enough that the ropes freeze to the posts.',
      'Q: What do you do then?',
      'A: We keep the boats in and the kettle on.',
    ].join('\n\n');

  it("is the magazine's masthead: dropped with its section, the headline titles the page", () => {
    const { interview, dropped } = importOk(page('Harbour Companion', 'Politics'));
    expect(dropped).toEqual(expect.arrayContaining(['Politics']));
    expect(dropped.filter((line) => line === 'Harbour Companion')).toHaveLength(2);
    expect(interview.title).toBe('Practically speaking');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Ann Pike']);
  });

  it('keeps a headline that no menu item repeats (near miss)', () => {
    const { interview } = importOk(page('Harbour Winter', 'Politics'));
    expect(interview.title).not.toBe('Practically speaking');
  });
});
