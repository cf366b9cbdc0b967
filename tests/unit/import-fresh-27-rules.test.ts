import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-27 pages (tests/fixtures/import/fresh-27), session 33's fixtures
// helper: each is checked here on text of its own (re-typed, names changed), as a caller of
// importArticle sees it. The first import loads the importer's modules: under load that takes
// seconds.

describe("a briefing transcript's reporters' turns opening 'Q '", { timeout: 30_000 }, () => {
  it('reads "Q …" paragraphs as questions where speakers are labelled in capitals', () => {
    const { interview } = importOk(`PRESS GAGGLE BY THE DEPUTY PRESS SECRETARY

Aboard Air Force One

MS. PARDO: Good morning. Two things before we land, then I'll take a few questions.

The trip's schedule has changed: the visit to the plant is now in the afternoon.

Q Why was the plant visit moved?

MS. PARDO: The governor asked for more time to bring the workers in.

Q (Inaudible.)

MS. PARDO: I'll come back to you.

Q Will the President meet the union leaders?

MS. PARDO: Yes, briefly, after the tour.`);
    expect(questions(interview)).toEqual([
      ['Why was the plant visit moved?'],
      ['(Inaudible.)'],
      ['Will the President meet the union leaders?'],
    ]);
    expect(answers(interview)[0]).toBe('The governor asked for more time to bring the workers in.');
  });

  it('leaves a lone "Q Street" paragraph in an answer, its words as written', () => {
    const { interview } = importOk(`REPORTER: Why did the clinic move?

DR. AMARI: The building flooded in March.

Q Street was closed all week, so we went to the school hall.

REPORTER: Will you go back?

DR. AMARI: Not before the summer.`);
    expect(questions(interview)).toEqual([['Why did the clinic move?'], ['Will you go back?']]);
    expect(answers(interview)).toContain(
      'Q Street was closed all week, so we went to the school hall.',
    );
  });
});

describe(
  'answers labelled by the guests, the first question a request',
  { timeout: 30_000 },
  () => {
    const page = (first: string) => `Two pupils on the title win

Our school's team won the schools' final again. We asked two players about the season.

${first}
Dana: I'm Dana Ross, year 11.
Omer: Omer Tal, year 10.
What do you play?
Dana: Point guard.
Omer: Shooting guard.
How many are in the squad?
Dana: Fifteen.
What did you feel at the final whistle?
Omer: Pure joy. We ran to the stands.
Dana: I thought of every early practice.`;

    it('reads a short request before the first labelled answer ("Introduce yourselves…") as the first question', () => {
      const { interview } = importOk(page('Introduce yourselves, names and year'));
      expect(questions(interview)).toEqual([
        ['Introduce yourselves, names and year'],
        ['What do you play?'],
        ['How many are in the squad?'],
        ['What did you feel at the final whistle?'],
      ]);
      expect(answers(interview)).toContain('Omer: Omer Tal, year 10.');
      expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Dana', 'Omer']);
    });

    it("leaves an interviewer's labelled question going on in a paragraph of its own as the question", () => {
      const { interview } = importOk(`North
Anna Berg: We walked along the river.
Where does it go?
Anna Novak: To the sea.
Anna Berg: The railway runs beside it.
Why was it built?
Anna Novak: For the mines.
Anna Berg: The archive is here.
When did it close?
Anna Novak: Last year.`);
      expect(questions(interview)[0]).toEqual(['We walked along the river.', 'Where does it go?']);
      expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Anna Novak']);
    });

    it('leaves a sentence closed by a full stop before the first labelled answer in the intro', () => {
      const { interview } = importOk(page('We met them after practice.'));
      expect(interview.intro).toContain('We met them after practice.');
      expect(questions(interview).flat()).not.toContain('We met them after practice.');
    });
  },
);

describe('a first bare question going on with a statement', { timeout: 30_000 }, () => {
  const page = (first: string) => `Deputy chair Marta Kovac, the speaker the stadium cheered.

${first}

It was the biggest crowd I have ever spoken to. The rally was organised by another party, and the other politicians stayed away, but I had criticised the law since 1995 and saying so there was only natural.

How did it feel?

I did not expect such applause. At first I did not know what to expect at all.

Why did you agree to come?

I wanted to know who else would speak and about what. Once I knew, there was nothing to weigh.

Are you not afraid voters will remember it?

Voters remember when a politician stays silent.`;

  it('reads "How did you feel on the stadium? You were the only one …." before the exchanges as the first question', () => {
    const { interview } = importOk(
      page(
        'How did you feel at the stadium rally against the language law? You were the only speaker from outside the party and got the loudest applause.',
      ),
    );
    expect(questions(interview)).toHaveLength(4);
    expect(questions(interview)[0]?.[0]).toMatch(/^How did you feel at the stadium/u);
  });

  it('leaves a lead opening with a quoted question in the intro', () => {
    const { interview } = importOk(
      page(
        '“Why me?” Marta Kovac asked when the organisers called her in August. She went anyway, alone.',
      ),
    );
    expect(questions(interview)).toHaveLength(3);
    expect(interview.intro.join(' ')).toContain('“Why me?” Marta Kovac asked');
  });
});

describe("a site's menu of one or two words a line under its name", { timeout: 30_000 }, () => {
  const page = (item: string) => `Kuzey Postası
Gündem
Spor
${item}
Yazarlar
Ayla Demir Hoca ile Uzun Bir Sohbet
Emekli öğretmen Ayla Demir ile okul yıllarını ve yazdığı kitapları konuştuk.

Kendinizi tanıtır mısınız?

İzmir’de doğdum, kırk yıl köy okullarında öğretmenlik yaptım.

İlk kitabınız nasıl doğdu?

Öğrencilerimin sorularından. Her birini bir deftere yazıyordum.`;

  it('drops the name and a menu whose items are one or two capitalised words ("Kültür Sanat")', () => {
    const { interview, dropped } = importOk(page('Kültür Sanat'));
    expect(dropped).toEqual(
      expect.arrayContaining(['Kuzey Postası', 'Gündem', 'Kültür Sanat', 'Yazarlar']),
    );
    expect(interview.title).toBe('Ayla Demir Hoca ile Uzun Bir Sohbet');
  });

  it('keeps an answer listing one- and two-word items under a question', () => {
    const { dropped } = importOk(`${page('Kültür Sanat')}

Hangi dersleri verdiniz?

Türkçe
Hayat Bilgisi
Resim`);
    expect(dropped).not.toContain('Hayat Bilgisi');
  });
});

describe("a free-site builder's header", { timeout: 30_000 }, () => {
  const page = (first: string) => `${first}
Kérdések és válaszok
Nyitóoldal
Cikkek
Vendégkönyv
Kapcsolat
Beszélgetés a kerti tóról

– Mióta gondozod a tavat?
K.L: Húsz éve, amióta a házat megvettük.
– Mi a legnehezebb benne?
K.L: Az ősz, amikor a levelek beleesnek.
– Mit ajánlanál kezdőknek?
K.L: Kis tóval kezdjenek, és ne sajnálják rá az időt.`;

  it("drops the skip links ('Ugrás a tartalomhoz Lépj a menübe'), the site's name and its menu", () => {
    const { interview, dropped } = importOk(page('Ugrás a tartalomhoz Lépj a menübe'));
    expect(dropped).toEqual(
      expect.arrayContaining([
        'Ugrás a tartalomhoz Lépj a menübe',
        'Kérdések és válaszok',
        'Nyitóoldal',
        'Kapcsolat',
      ]),
    );
    expect(interview.title).toBe('Beszélgetés a kerti tóról');
  });

  it('keeps a first line that says more than the skip links', () => {
    const { interview } = importOk(page('Ugrás a tartalomhoz, ha már unod a bevezetőt.'));
    expect(interview.intro.join(' ')).toContain('Ugrás a tartalomhoz, ha már unod a bevezetőt.');
  });
});

describe(
  'a transcript copied as WebVTT cues with their timings in brackets',
  { timeout: 30_000 },
  () => {
    it('takes "[00:00:49.600 --> 00:00:55.120] " off each cue', () => {
      const { interview } = importOk(`Welcome to Build Notes

[00:00:18.160 --> 00:00:21.520] Hello and welcome to Build Notes.
[00:00:21.520 --> 00:00:30.760] I'm Ada Lowe, and today I'm talking to Ben Ruiz, who sold his analytics startup last spring.
[00:00:31.600 --> 00:00:35.120] Do you still go into an office?
[00:00:35.360 --> 00:00:36.640] Once a week.
[00:00:36.640 --> 00:00:39.480] The rest of the time I work from home.
[00:00:40.720 --> 00:00:43.880] How did the sale start?
[00:00:44.160 --> 00:00:49.320] A partner we had worked with for two years called me on a Friday.`);
      expect(questions(interview)).toEqual([
        ['Do you still go into an office?'],
        ['How did the sale start?'],
      ]);
      expect(answers(interview)).toContain('Once a week.');
    });

    it('leaves a line that only mentions a cue timing as written', () => {
      const { interview } = importOk(`How do subtitles know when to appear?

Each cue has a timing line, like [00:00:01.000 --> 00:00:04.000] in the file, and the player reads it.

Is that hard to edit by hand?

Not really, but it is slow.`);
      expect(answers(interview)[0]).toContain('like [00:00:01.000 --> 00:00:04.000] in the file');
    });
  },
);

describe(
  "a Croatian portal's share button and an agency's photo credit",
  { timeout: 30_000 },
  () => {
    const page = (share: string, credit: string) => `"Sretan sam što sam opet u reprezentaciji"
${share}
${credit}
Na konferenciji za medije uoči utakmica govorio je vezni igrač Luka Perić.

Kako je opet biti u reprezentaciji?

“Jako sam sretan što sam opet ovdje.”

Kako ste se prilagodili na novu ligu?

“Od prvog dana imao sam povjerenje trenera.”`;

    it("drops 'Podijeli :' and a credit in the agency's slug form ('xxMarkoxHorvatx via Guliver')", () => {
      const { dropped } = importOk(page('Podijeli :', 'xxMarkoxHorvatx via Guliver'));
      expect(dropped).toEqual(
        expect.arrayContaining(['Podijeli :', 'xxMarkoxHorvatx via Guliver']),
      );
    });

    it('keeps a sentence opening with the share word and a line naming a sender "via" a service', () => {
      const { interview } = importOk(
        page('Podijeli s nama svoje mišljenje o utakmici.', 'Marko Horvat via Guliver'),
      );
      expect(interview.intro.join(' ')).toContain('Podijeli s nama svoje mišljenje o utakmici.');
      expect(interview.intro.join(' ')).toContain('Marko Horvat via Guliver');
    });
  },
);

describe("a Korean paper's answers each under an 'A. NAME ROLE' line", { timeout: 30_000 }, () => {
  const page = (first: string, second: string, third: string) => `한울신문
HOME 기획
한울신문 동아리 Q&A 선배들이 답합니다
승인 2020.04.02 09:30
이도윤 기자
동아리 가입을 망설이는 신입생을 위해 선배들에게 물었다.

Q. 모임은 언제 열리나요
A. ${first}
매주 목요일 저녁 7시에 학생회관에서 모입니다. 시험 기간에는 쉽니다.

Q. 경험이 없어도 들어갈 수 있나요
A. ${second}
저도 처음에는 아무것도 몰랐습니다. 선배들이 하나하나 알려 줍니다.

Q. 회비는 얼마인가요
A. ${third}
한 학기에 이만 원입니다. 모두 행사에 씁니다.`;

  it("labels each answer with its line's person, the rest of the line the role", () => {
    const { interview } = importOk(
      page('김민재 회장', '최유나(경영학과 18) 동문 (한결은행 기획부)', '윤서아 총무'),
    );
    expect(questions(interview)).toEqual([
      ['모임은 언제 열리나요'],
      ['경험이 없어도 들어갈 수 있나요'],
      ['회비는 얼마인가요'],
    ]);
    expect(answers(interview)).toEqual([
      '매주 목요일 저녁 7시에 학생회관에서 모입니다. 시험 기간에는 쉽니다.',
      '저도 처음에는 아무것도 몰랐습니다. 선배들이 하나하나 알려 줍니다.',
      '한 학기에 이만 원입니다. 모두 행사에 씁니다.',
    ]);
    const guests = interview.people.interviewees;
    const answerer = (n: number) =>
      guests.find((p) => p.id === interview.sections[0]?.questions[n]?.answeredBy);
    expect(answerer(0)).toMatchObject({ name: '김민재', role: '회장' });
    expect(answerer(1)).toMatchObject({
      name: '최유나',
      role: '(경영학과 18) 동문 (한결은행 기획부)',
    });
    expect(answerer(2)).toMatchObject({ name: '윤서아', role: '총무' });
  });

  it("leaves an answer's first words on its 'A.' line as the answer's", () => {
    const { interview } = importOk(page('물론 가능합니다', '처음엔 어렵습니다', '이만 원입니다'));
    expect(answers(interview)[0]).toContain('물론 가능합니다');
    expect(answers(interview).join(' ')).toContain('처음엔 어렵습니다');
    expect(interview.people.interviewees.map((p) => p.name)).not.toContain('물론');
  });
});

describe(
  "a party site's leaked title line naming its guest after offices",
  { timeout: 30_000 },
  () => {
    const page = (lead: string) => `Demokratická strana regiónov
Domov
Články
${lead}

03.05.2011

Ako ste prežili prvý deň v parlamente? Prišli ste medzi prvými.

Bolo to dlhé ráno. Najprv som hľadal kanceláriu, potom som celý deň sedel na výboroch a večer som ešte čítal návrhy zákonov, ktoré prídu na rad.

Čo vás prekvapilo najviac?

Koľko ľudí pracuje v zákulisí. Bez asistentov by žiadny poslanec nestihol ani polovicu práce, ktorú od neho voliči čakajú.

Budete hlasovať za rozpočet?

Nie v tejto podobe. Chcem vidieť, koľko peňazí pôjde do regiónov.`;

    it('names the guest at its end, not the offices and adjective before ("Riaditeľ Ekonomického …", "NR SR")', () => {
      const { interview } = importOk(
        page(
          'title=Riaditeľ Ekonomického ústavu, muž, ktorý vyhral voľby na východe. Podpredseda DSR a poslanec NR SR Tomáš Kollár.',
        ),
      );
      expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Tomáš Kollár']);
    });

    it('names a guest whose name follows a Slovak office word directly ("Riaditeľka …")', () => {
      const { interview } = importOk(
        page('Riaditeľka Ekonomického ústavu Zuzana Hrušková o prvom dni v parlamente.'),
      );
      expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Zuzana Hrušková']);
    });

    it('keeps a two-word name opening in capitals whole ("TJ Kollár")', () => {
      const { interview } = importOk(page('Podpredseda DSR TJ Kollár o prvom dni v parlamente.'));
      expect(interview.people.interviewees.map((p) => p.name)).toEqual(['TJ Kollár']);
    });
  },
);

describe("a Lithuanian guest's initials as her answers' label", { timeout: 30_000 }, () => {
  const page = (headline: string, line: string) => `2010-05-04
${headline}
${line}

Kaip pradėjote dirbti savivaldybėje?

DKV: Atėjau čia po studijų ir likau. Iš pradžių maniau, kad tik metams, bet darbas įtraukė.

Kas sunkiausia?

DKV: Sunkiausia pasakyti žmonėms, kad pinigų nėra, nors jie teisūs.

Ką darysite toliau?

DKV: Dirbsiu tol, kol žmonės manimi pasitiki.`;

  it("names her from the headline's initial and surname and the genitive written out", () => {
    const { interview } = importOk(
      page('D. Vaitkienė: „Darbas įtraukė"', 'Dainos Vaitkienės interviu „Kauno dienai”'),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Daina Vaitkienė']);
  });

  it('leaves the initials where no surname in the text fits them', () => {
    const { interview } = importOk(
      page('Savivaldybė: „Darbas įtraukė"', 'Dainos Petrauskienės interviu „Kauno dienai”'),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['DKV']);
  });
});
