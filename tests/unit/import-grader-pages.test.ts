import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Session 34 (importer): the outside grader's real pages (short excerpts, kept as they were
// given in tests/fixtures/grader-pages/), each rule beside a near miss it must leave alone.

const page = (name: string) =>
  readFileSync(new URL(`../fixtures/grader-pages/${name}`, import.meta.url), 'utf8');

describe(
  'a transcript tool’s leaked debug and prompt header over WebVTT cues',
  { timeout: 30_000 },
  () => {
    const header = [
      'Debug Information',
      'Processing Details',
      '- VTT File: 35e02f52.vtt',
      '- Processing Time: September 11, 2025 at 12:51 PM',
      '- Total Chunks: 1',
      '- Transcript Length: 78,871 characters',
      '- Caption Count: 792 captions',
      'Prompts Used',
      'Prompt 1: Context Setup',
      'You are an expert data extractor tasked with analyzing a podcast transcript.',
      'I will provide you with part 1 of 1 from a podcast transcript.',
      'I will then ask you to extract different types of information from this content in subsequent messages. Please confirm you have received and understood the transcript content.',
      'Transcript section:',
    ];

    it('the grader’s podcast transcript: the header is dropped, titling, naming and dating nothing', () => {
      const { interview, dropped, report } = importOk(page('p1-transcript.txt'));
      expect(dropped).toEqual(expect.arrayContaining(header));
      expect(interview.title).not.toMatch(/Debug|Processing/u);
      // The host names himself and his guest in the welcome; the show's name is no one.
      expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Dave Zorob']);
      expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Justin Jackson']);
      // The processing time is the tool's, not the episode's date.
      expect(interview.published).toBeUndefined();
      expect(report.publishedFrom).toBeUndefined();
      const intro = interview.intro.join('\n');
      for (const line of header) expect(intro).not.toContain(line);
      // Every word of the episode is kept, without its cue timings.
      expect(interview.intro[0]).toBe('This podcast is hosted by Transistor.fm.');
      expect(intro).toContain("Let's get into it.");
      expect(questions(interview)).toEqual([
        ['Have you started going into the Spotify office or is the megaphone office remote?'],
      ]);
      expect(answers(interview)).toContain('I go in like once a week.');
      expect(JSON.stringify(interview)).not.toMatch(/-->|\d\d:\d\d:\d\d/u);
    });

    // The grader's cues as WebVTT also writes them, the hours left out under one, and a page
    // that ran an answer's cues into one paragraph: the timings leave the words, none of them.
    const cues = page('p1-transcript.txt')
      .split('\n')
      .filter((line) => line.startsWith('[00:'));
    const hourless = cues.map((line) => line.replace(/(?<=\[| --> )00:/gu, ''));

    it('cues without hours lose their timings as the grader’s do', () => {
      const { interview } = importOk(hourless.join('\n'));
      expect(interview.intro[0]).toBe('This podcast is hosted by Transistor.fm.');
      expect(questions(interview)).toEqual([
        ['Have you started going into the Spotify office or is the megaphone office remote?'],
      ]);
      expect(JSON.stringify(interview)).not.toContain('-->');
    });

    it('cues run into one paragraph lose every timing, keeping every word', () => {
      const { interview } = importOk([...cues.slice(0, -5), cues.slice(-5).join(' ')].join('\n'));
      expect(answers(interview)).toEqual([
        "I go in like once a week. Yeah, so Spotify has worked from anywhere. Okay. So they've like, you know, during the pandemic, totally committed to this remote culture. Got it.",
      ]);
    });

    it('a timing inside a sentence, on a page of no cues, stays (near miss)', () => {
      const line = 'The clip we used [01:03.600 --> 01:09.120] is the one the station sent us.';
      const { interview } = importOk(
        [
          'Notes from the Edit Suite',
          line,
          'Which cut took longest?',
          'The opening, by far.',
          'And the music?',
          'We wrote it last.',
        ].join('\n\n'),
      );
      expect(interview.intro).toContain(line);
    });

    it('a welcome naming a fan’s favourite, not a guest or host, names no one (near miss)', () => {
      const { interview } = importOk(
        [
          'Hello and welcome to Ship Your SaaS.',
          "I'm a big fan of Nate Okafor's blog, so today we read its best posts together with the team.",
          'Which post did you pick first?',
          'The one on pricing.',
          'Why that one?',
          'It changed how we sell.',
        ].join('\n'),
      );
      expect(interview.people.interviewers.map((p) => p.name)).not.toContain('Nate Okafor');
    });

    it('a page that lists its own “Processing Details” as prose keeps them (near miss)', () => {
      const text = [
        'Inside the Cannery',
        'Processing Details',
        'Every tin is checked by hand before it is sealed, and the line stops when one is not right.',
        '- Sealing Time: about four seconds a tin',
        '- Shift Length: eight hours',
        'What surprised you most on the floor?',
        'How quiet it is once the machines are warm.',
        'Who trains the new workers?',
        'The oldest hands do, for two weeks each.',
      ].join('\n\n');
      const { interview, dropped } = importOk(text);
      expect(dropped).not.toContain('Processing Details');
      expect(dropped).not.toContain('- Sealing Time: about four seconds a tin');
      expect(interview.intro.join('\n')).toContain('Every tin is checked by hand');
    });
  },
);

describe('a German government press conference’s verbatim record', { timeout: 30_000 }, () => {
  it('the grader’s page: reporter asks, the spokesman answers; titled and dated by its headline; the donation box dropped', () => {
    const { interview, dropped } = importOk(page('p2-presser.txt'));
    expect(interview.title).toBe('Bundesregierung für Desinteressierte: BPK vom 06. Dezember 2021');
    expect(interview.published).toBe('2021-12-06');
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Hoenig']);
    expect(interview.people.interviewees).toEqual([
      expect.objectContaining({ name: 'Seibert', role: 'Staatssekretär' }),
    ]);
    expect(questions(interview)).toEqual([
      [
        'Herr Seibert, wie bewertet die Kanzlerin den Fackelaufmarsch bei der sächsischen Gesundheitsministerin Köpping am Wochenende?',
      ],
    ]);
    expect(answers(interview)[0]).toMatch(/^Dazu muss man sehr klar sein\./u);
    expect(dropped).toEqual(
      expect.arrayContaining([
        'Artikel',
        'Bitte unterstützt unsere Arbeit finanziell:',
        'Konto: Jung & Naiv',
        'IBAN: DE854 3060 967 104 779 2900',
        'GLS Gemeinschaftsbank',
        'PayPal ► http://www.paypal.me/JungNaiv',
      ]),
    );
  });

  // Re-typed in our own words in the record's shape: reporters asking once each, a follow-up,
  // a deputy spokeswoman and a ministry's spokesman.
  const record = [
    'Artikel',
    'Regierungspressekonferenz vom 12. Mai 2025',
    'Themen: Haushalt, Bahnstreik',
    'FRAGE JUNG: Frau Hoffmann, wann legt die Regierung den Haushalt vor?',
    "SRS'IN HOFFMANN: Der Entwurf kommt im Juni ins Kabinett.",
    'ZUSATZFRAGE JUNG: Und warum erst im Juni?',
    "SRS'IN HOFFMANN: Weil die Gespräche mit den Ressorts noch laufen.",
    'FRAGE DR. RINKE: An das Verkehrsministerium: Wie lange dauert der Streik noch?',
    'KRAUSE (BMV): Das kann ich Ihnen heute nicht sagen.',
  ];

  it('reporters asking once each, a deputy spokeswoman and a ministry’s spokesman', () => {
    const { interview, dropped } = importOk(record.join('\n\n'));
    expect(interview.title).toBe('Regierungspressekonferenz vom 12. Mai 2025');
    expect(interview.published).toBe('2025-05-12');
    expect(dropped).toContain('Artikel');
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Jung', 'Dr. Rinke']);
    expect(interview.people.interviewees).toEqual([
      expect.objectContaining({ name: 'Hoffmann', role: 'stellvertretende Regierungssprecherin' }),
      expect.objectContaining({ name: 'Krause', role: 'BMV' }),
    ]);
    expect(questions(interview)).toHaveLength(3);
  });

  it('an interview’s “FRAGE NAME:” with no office answering, and a call for support without bank details, stay (near miss)', () => {
    const text = [
      'Artikel',
      'Ein Gespräch über Bienen',
      'Bitte unterstützt unsere Arbeit:',
      'Wir freuen uns über jede Nachricht.',
      'FRAGE MÜLLER: Wie viele Völker haben Sie?',
      'Zwölf, im Sommer manchmal vierzehn.',
      'Und im Winter?',
      'Dann bleiben meist zehn.',
    ];
    const { interview, dropped } = importOk(text.join('\n\n'));
    expect(dropped).not.toContain('Bitte unterstützt unsere Arbeit:');
    expect(dropped).not.toContain('Artikel');
    expect(interview.people.interviewers.map((p) => p.name)).not.toContain('Müller');
  });
});

describe('a Korean guest named before “과의 인터뷰”', { timeout: 30_000 }, () => {
  it('the grader’s page: 임시완, named in the lead “… 임시완과의 인터뷰를 마치고”', () => {
    const { interview } = importOk(page('p5-ko.txt'));
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['임시완']);
    expect(questions(interview)).toHaveLength(5);
  });

  // Re-typed in our own words in the same shape, each lead naming no one.
  const qa = [
    '-가장 기억에 남는 장면은?',
    '▶ 마지막 장면이요. 정말 추웠어요.',
    '-다음 작품은 정해졌나요?',
    '▶ 아직 고민 중이에요.',
  ];
  it.each([
    [
      'a role before the particle (with the director)',
      '영화 개봉을 앞두고 감독과의 인터뷰를 마쳤습니다.',
    ],
    ['a pronoun (with her)', '촬영을 마친 뒤 그녀와의 인터뷰를 진행했습니다.'],
    // A band's name of six syllables is no person's two to four.
    ['a band’s longer name', '이번 주에는 밴드 새벽하늘소리와의 인터뷰를 준비했습니다.'],
  ])('%s names no one (near miss)', (_, lead) => {
    const { interview } = importOk([lead, ...qa].join('\n'));
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Interviewee']);
  });
});

describe('a Japanese dialogue’s pull quote and section heading', { timeout: 30_000 }, () => {
  it('the grader’s page: the pull quote the answer says in full is dropped, the heading under it heads the section', () => {
    const { interview, dropped } = importOk(page('p4-ja-taidan.txt'));
    expect(dropped).toEqual([
      '「選手の人間味を伝えること、言語化できない思いを言葉にすることが僕の使命だと思っていて、インタビュー中、選手が口を開いてくれるまでじっと待つことも少なくありません」(松岡さん)',
    ]);
    expect(interview.intro).toEqual([]);
    expect(interview.sections[0]?.heading).toBe('「応援したい」選手にあるもの');
    expect(interview.title).not.toBe('「応援したい」選手にあるもの');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['松岡']);
    // Every word of the answer that the pull quote repeats is kept.
    expect(answers(interview).join('')).toContain('じっと待つことも少なくありません。');
  });

  // Re-typed in our own words in the same shape.
  const dialogue = (top: string[]) =>
    [
      ...top,
      '増田 それは経験から来るお話ですよね。',
      '松岡 そうですね。相手が話したくなるまで待つのが一番大事だと思っています。',
      '増田 待つのは難しくないですか。',
      '松岡 難しいです。でも、急いで聞いても本当の言葉は出てきません。',
    ].join('\n\n');

  it('a quote in corner brackets that no answer says stays in the intro (near miss)', () => {
    const quote = '「言葉は急がせると逃げてしまう。だから僕は待つことにしているんです」(松岡さん)';
    const { interview, dropped } = importOk(dialogue(['対談 松岡修造×増田明美', quote]));
    expect(dropped).not.toContain(quote);
    expect(interview.intro).toContain(quote);
  });

  it('a line opening on a quoted word that closes a sentence is no heading (near miss)', () => {
    const line = '「待つ」ことの大切さを二人が語った。';
    const { interview } = importOk(dialogue(['対談 松岡修造×増田明美', line]));
    expect(interview.sections[0]?.heading).not.toBe(line);
    expect(interview.intro).toContain(line);
  });
});
