import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-11 pages (tests/fixtures/import/fresh-11): each is checked here on
// text of its own, as a caller of importArticle sees it.

describe('page furniture', () => {
  it('drops a "continue reading" link in the languages interviews reach us in', () => {
    const { interview, dropped } = importOk(`Un entretien presque vrai

Vous avez gagné hier. Que s’est-il passé ?
J’ai couru plus vite que les autres.
Et demain ?
Je courrai encore.

Continuer la lecture de « Un entretien presque vrai »`);
    expect(dropped).toEqual(['Continuer la lecture de « Un entretien presque vrai »']);
    expect(questions(interview)).toHaveLength(2);
    for (const line of ['Czytaj dalej', 'Weiterlesen »', 'Leer más', 'Continue reading →']) {
      const { dropped: also } = importOk(
        `Q: Why?\n\nA: Because.\n\nQ: When?\n\nA: Now.\n\n${line}`,
      );
      expect(also).toEqual([line]);
    }
  });

  it('drops a cut copy of an earlier line ("… Przemierza E...") between exchanges, not an answer that trails off', () => {
    const { interview, dropped } =
      importOk(`Pasjonaci cz. 3. Na emeryturze nie ma nudy. Przemierza Europę na rowerze

Jak Pan to godził?

Kosztem innych rzeczy...

Pasjonaci cz. 3. Na emeryturze nie ma nudy. Przemierza E...

Skąd ta aktywność?

Żartuję, że potrzebuję drugiej emerytury.`);
    expect(dropped).toEqual(['Pasjonaci cz. 3. Na emeryturze nie ma nudy. Przemierza E...']);
    expect(answers(interview)).toEqual([
      'Kosztem innych rzeczy...',
      'Żartuję, że potrzebuję drugiej emerytury.',
    ]);
  });

  it('drops a call in capitals ending with "!" (a gallery\'s "SEE THE PHOTOS …!")', () => {
    const { interview, dropped } = importOk(`Jak Pan to godził?

Kosztem innych rzeczy.

ZOBACZCIE ZDJĘCIA Z WYPRAW PANA ZENONA!

Skąd ta aktywność?

Żartuję, że potrzebuję drugiej emerytury.`);
    expect(dropped).toEqual(['ZOBACZCIE ZDJĘCIA Z WYPRAW PANA ZENONA!']);
    expect(questions(interview)).toEqual([['Jak Pan to godził?'], ['Skąd ta aktywność?']]);
  });

  it('keeps a turn in capitals ending with "!" (a transcript written in capitals)', () => {
    const { interview, dropped } =
      importOk(`Anchor Jane Doe spoke with Senator John Smith on Tuesday.

JANE DOE: SENATOR, WILL THE BUDGET PASS THIS WEEK?

JOHN SMITH: ABSOLUTELY, WE HAVE THE VOTES AND WE WILL GET IT DONE!

JANE DOE: AND IF IT DOES NOT, WHAT HAPPENS TO THE PARKS?

JOHN SMITH: THEY CLOSE ON FRIDAY, AND THAT IS A DISGRACE!`);
    expect(dropped).toEqual([]);
    expect(answers(interview)).toEqual([
      'ABSOLUTELY, WE HAVE THE VOTES AND WE WILL GET IT DONE!',
      'THEY CLOSE ON FRIDAY, AND THAT IS A DISGRACE!',
    ]);
  });

  it("drops a document viewer's lines (size, start page, download, transcription)", () => {
    const { dropped } = importOk(`AN INTERVIEW WITH ANN LEE

Size: px
Start display at page:

Download "AN INTERVIEW WITH ANN LEE"

Transcription

Q: Where were you born?

A: In Dayton.

Q: When?

A: In spring.`);
    expect(dropped).toEqual([
      'Size: px',
      'Start display at page:',
      'Download "AN INTERVIEW WITH ANN LEE"',
      'Transcription',
    ]);
  });
});

describe('labels', () => {
  it("reads a reporter's 'Name – Outlet:' label as the name's, the outlet apart", () => {
    const { interview } =
      importOk(`Editor's note: the ambassador Daniel Harlow spoke to reporter Minh Thu in Washington.

Minh Thu – VOA: Thank you for your time. How does it feel to be back?

Ambassador Harlow: It feels good, after a busy week.

Minh Thu – VOA: What changes for ordinary people?

Ambassador Harlow: Students and trade, most of all.

Minh Thu – VOA: Thank you.`);
    expect(questions(interview)).toEqual([
      ['Thank you for your time. How does it feel to be back?'],
      ['What changes for ordinary people?'],
    ]);
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Minh Thu']);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Daniel Harlow']);
  });

  it('reads a title with a word in lower case before the name as a label ("Đại sứ Harlow:")', () => {
    const { interview } =
      importOk(`Lời Toà Soạn: đại sứ Daniel Harlow đã dành cho VOA một cuộc phỏng vấn ngắn.

Minh Thư – VOA: Cảm giác của ông khi trở lại thế nào?

Đại sứ Harlow: Thật sự là một cảm giác đặc biệt.

Minh Thư – VOA: Điều gì sẽ thay đổi cho người dân?

Đại sứ Harlow: Giáo dục và thương mại.`);
    expect(answers(interview)).toEqual([
      'Thật sự là một cảm giác đặc biệt.',
      'Giáo dục và thương mại.',
    ]);
    expect(interview.people.interviewees.map((p) => [p.name, p.label])).toEqual([
      ['Daniel Harlow', 'Đại sứ Harlow'],
    ]);
  });
});

describe('transcripts', () => {
  it("reads a WebVTT transcript: voice tags label the turns, a speaker's cues in a row are one turn, timings are dropped as furniture", () => {
    const { interview, dropped } = importOk(`WEBVTT - Our listeners ask

0:00:00.680 --> 0:00:03.199
<v Speaker 1>Hello, and welcome to the show.

0:00:03.360 --> 0:00:09.280
<v Speaker 2>First, from Owl Lamp. Which person from

0:00:09.320 --> 0:00:13.240
<v Speaker 2>the whole year would you like to meet?

0:00:13.480 --> 0:00:17.720
<v Speaker 1>The lighthouse keeper. She rowed out

0:00:17.720 --> 0:00:22.280
<v Speaker 1>in a storm.

0:00:22.360 --> 0:00:28.600
<v Speaker 2>And from Deb: what surprised you?

0:00:28.720 --> 0:00:35.840
<v Speaker 1>That you could rent a hermit.`);
    expect(questions(interview)).toEqual([
      ['First, from Owl Lamp. Which person from the whole year would you like to meet?'],
      ['And from Deb: what surprised you?'],
    ]);
    expect(answers(interview)).toEqual([
      'The lighthouse keeper. She rowed out in a storm.',
      'That you could rent a hermit.',
    ]);
    expect(dropped).toHaveLength(7);
    expect(dropped.every((line) => line.includes(' --> '))).toBe(true);
  });
});

describe('run-in labels', () => {
  it("splits one long paragraph of run-in labels ('Ruth Okafor:' then 'RO:') at each label", () => {
    const { interview } = importOk(`An interview with Samuel Doyle for the river archive

Ruth Okafor: Thank you for coming in today, Mr. Doyle. I appreciate the survey you sent back. Where were you born? Samuel Doyle: I was born in Marietta, on the river, in a house my father built. RO: Tell me about your father, then. SD: He ran the ferry. He ran it for forty years, in every kind of weather, and I rode with him from the time I could stand. RO: What did the ferry carry? SD: Cars, cattle, and once a piano for the church. RO: What was your schooling? SD: I finished high school in Marietta and went to the river instead of college.`);
    expect(questions(interview)).toEqual([
      [
        'Thank you for coming in today, Mr. Doyle. I appreciate the survey you sent back. Where were you born?',
      ],
      ['Tell me about your father, then.'],
      ['What did the ferry carry?'],
      ['What was your schooling?'],
    ]);
    expect(answers(interview)[1]).toBe(
      'He ran the ferry. He ran it for forty years, in every kind of weather, and I rode with him from the time I could stand.',
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Samuel Doyle']);
  });

  it('leaves a long answer that quotes a few labels whole', () => {
    const { interview } = importOk(`Q: What did the sign say?

A: It said Warning: deep water. Below it someone had written Note: no lifeguard, and below that, in a child's hand, Danger: my brother swims here. We laughed about it for years, my sister and I, and we still send each other photographs of signs like it whenever we find one on a trip somewhere.

Q: Do you still swim there?

A: Every summer.`);
    expect(questions(interview)).toHaveLength(2);
    expect(answers(interview)[0]).toMatch(/^It said Warning: deep water\..*trip somewhere\.$/u);
  });
});
