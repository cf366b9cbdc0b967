import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-17 pages (tests/fixtures/import/fresh-17): each is checked here on
// text of its own, as a caller of importArticle sees it, with a near miss that must stay as it is.

describe('a menu of one word a line under the site’s name', () => {
  it('is dropped whatever its words, three or more in the first lines', () => {
    const { dropped, interview } = importOk(
      [
        'Ruderclub Altwasser',
        'Mannschaft',
        'Regatten',
        'Verein',
        'Drei Fragen an unsere neue Trainerin',
        'Wie bist du zum Rudern gekommen?',
        'Über meine Schwester, sie hat mich einfach mitgenommen.',
        'Was gefällt dir am Verein?',
        'Die Leute. Hier hilft jeder jedem.',
      ].join('\n'),
    );
    expect(dropped).toEqual(expect.arrayContaining(['Mannschaft', 'Regatten', 'Verein']));
    expect(questions(interview)).toHaveLength(2);
  });

  it('keeps two such lines, and one-word lines further down (near miss)', () => {
    const { dropped, interview } = importOk(
      [
        'Landgasthof Krone',
        'Küche',
        'Wirtshaus',
        'Ein Gespräch mit dem Küchenchef über seine Heimat.',
        'Ihre Küche in drei Worten?',
        'Ehrlich',
        'Saisonal',
        'Leicht',
        'Und was kochen Sie zu Hause?',
        'Meistens gar nichts, ehrlich gesagt.',
      ].join('\n'),
    );
    expect(dropped).toEqual([]);
    expect(answers(interview)[0]).toBe('Ehrlich');
  });
});

describe("'Q ' and 'A ' without a colon", () => {
  it('label turns where each letter opens two paragraphs or more', () => {
    const { interview } = importOk(
      [
        '工学部の学生に聞きました',
        'Q 研究室ではどんなことをしていますか。',
        'A 水の中で動くロボットを作っています。',
        'Q 大学に入って変わったことはありますか。',
        'A 朝早く起きるようになりました。',
      ].join('\n\n'),
    );
    expect(questions(interview).map((q) => q[0])).toEqual([
      '研究室ではどんなことをしていますか。',
      '大学に入って変わったことはありますか。',
    ]);
    expect(answers(interview)[1]).toBe('朝早く起きるようになりました。');
  });

  it("keeps an answer's 'A few …' where no second 'Q ' asks (near miss)", () => {
    const { interview } = importOk(
      [
        'How long have you been rowing?',
        'A few years now. I started at university.',
        'Q and A sessions after races: do you enjoy them?',
        'A lot more than I used to, to be honest.',
      ].join('\n\n'),
    );
    expect(questions(interview)).toHaveLength(2);
    expect(answers(interview)).toEqual([
      'A few years now. I started at university.',
      'A lot more than I used to, to be honest.',
    ]);
  });
});

describe('a label shortened after its first use', () => {
  const page = (short: string) =>
    [
      'Dwie uczennice rozmawiały z bramkarką naszej drużyny.',
      'Kasia i Ola: Od kiedy bronisz?',
      'Tamara Olszewska: Od dziesiątego roku życia, najpierw w szkole.',
      'K i O: Co było najtrudniejsze?',
      `${short}: Pierwszy mecz w lidze. Bardzo się bałam.`,
      'K i O: Kto jest twoim wzorem?',
      `${short}: Moja pierwsza trenerka.`,
    ].join('\n\n');

  it("is the same speaker where its letters run in order through one name ('K i O', 'TA')", () => {
    const { interview } = importOk(page('TA'));
    expect(questions(interview).map((q) => q[0])).toEqual([
      'Od kiedy bronisz?',
      'Co było najtrudniejsze?',
      'Kto jest twoim wzorem?',
    ]);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Tamara Olszewska']);
  });

  it('stays apart where its letters fit no name (near miss)', () => {
    const { interview } = importOk(page('BR'));
    expect(interview.people.interviewees.map((p) => p.name)).not.toContain('Tamara Olszewska');
  });
});

describe("a host's two or three words inside a guest's answer", () => {
  const show = (reply: string) =>
    [
      'Ruth Okafor: Welcome to Night Shift. Tell me about the bakery, Sam.',
      'Sam Reyes: We open at four. My dad started it, and I took over when he retired.',
      'Sam Reyes: I tried to change the bread once. The regulars nearly rioted.',
      `Ruth Okafor: ${reply}`,
      'Sam Reyes: So the bread stays as it is, and I change the cakes instead.',
      'Ruth Okafor: What is the hardest part of the job?',
      'Sam Reyes: The hours. You never get used to the alarm.',
    ].join('\n\n');

  it('stay in the answer, with their label, and ask nothing', () => {
    const { interview } = importOk(show('Fair enough!'));
    expect(questions(interview).map((q) => q[0])).toEqual([
      'Welcome to Night Shift. Tell me about the bakery, Sam.',
      'What is the hardest part of the job?',
    ]);
    expect(answers(interview)).toContain('Ruth Okafor: Fair enough!');
  });

  it('ask where they ask or thank (near miss)', () => {
    const { interview } = importOk(show('Thank you, Sam.'));
    expect(questions(interview).map((q) => q[0])).toContain('Thank you, Sam.');
  });
});

describe("an image's file name with capitals", () => {
  it('is dropped where it has an image extension and no space', () => {
    const { dropped, interview } = importOk(
      [
        'Fünf Fragen an unsere Fotografin',
        'IMG_2041.JPG',
        'Wie bist du zur Fotografie gekommen?',
        'Mit der alten Kamera meines Vaters.',
        'Was fotografierst du am liebsten?',
        'Menschen bei der Arbeit.',
      ].join('\n\n'),
    );
    expect(dropped).toContain('IMG_2041.JPG');
    expect(questions(interview)).toHaveLength(2);
  });

  it('stays where spaces make it a phrase (near miss)', () => {
    const { dropped, interview } = importOk(
      [
        'Wie heißt dein erstes Bild auf dem Rechner?',
        'Sommer 2019.jpg',
        'Und dein liebstes?',
        'Das gleiche, bis heute.',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
    expect(answers(interview)[0]).toBe('Sommer 2019.jpg');
  });
});

describe("a CMS's hits and pager lines, a syndication credit, an audio file's line", () => {
  it('are dropped', () => {
    const { dropped } = importOk(
      [
        'Zwei Fragen an den Platzwart',
        'Zugriffe: 1203',
        'episode 12 final.mp3 (transcribed by Sonix)',
        'Wie lange machst du das schon?',
        'Seit zwölf Jahren, jeden Samstag.',
        'Was ist das Schwierigste?',
        'Der Regen im November.',
        'This story originally appeared on Vereinsheim.de.',
        '« Vorheriger Beitrag',
        'Nächster Beitrag »',
      ].join('\n\n'),
    );
    expect(dropped).toEqual(
      expect.arrayContaining([
        'Zugriffe: 1203',
        'episode 12 final.mp3 (transcribed by Sonix)',
        'This story originally appeared on Vereinsheim.de.',
        '« Vorheriger Beitrag',
        'Nächster Beitrag »',
      ]),
    );
  });

  it('stay where they answer a question (near miss)', () => {
    const { dropped, interview } = importOk(
      [
        'Where did the story of your first novel begin?',
        'This story first appeared in a school magazine I edited.',
        'And the song you played us, what was the file called?',
        'Demo for Anna.mp3',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
    expect(answers(interview)).toEqual([
      'This story first appeared in a school magazine I edited.',
      'Demo for Anna.mp3',
    ]);
  });
});

describe('initials in a script without capitals, each closed by a stop, before a dash', () => {
  const page = (lead: string) =>
    [
      'नई किताब पर बातचीत',
      lead,
      'ने. श. - आपकी नई किताब किस बारे में है ?',
      'अ. व. - यह एक छोटे शहर के स्कूल की कहानी है।',
      'ने. श. - आप रोज़ कितना लिखते हैं ?',
      'अ. व. - सुबह दो घंटे, बस।',
    ].join('\n');

  it('label turns, and name the one person the text spells them out for', () => {
    const { interview } = importOk(page('नेहा शर्मा ने अमित वर्मा से उनकी नई किताब पर बात की।'));
    expect(questions(interview).map((q) => q[0])).toEqual([
      'आपकी नई किताब किस बारे में है ?',
      'आप रोज़ कितना लिखते हैं ?',
    ]);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['अमित वर्मा']);
  });

  it('name no one where two people fit them (near miss)', () => {
    const { interview } = importOk(
      page('नेहा शर्मा ने अमित वर्मा और अजय विश्वकर्मा से उनकी नई किताब पर बात की।'),
    );
    const names = interview.people.interviewees.map((p) => p.name);
    expect(names).not.toContain('अमित वर्मा');
    expect(names).not.toContain('अजय विश्वकर्मा');
  });
});
