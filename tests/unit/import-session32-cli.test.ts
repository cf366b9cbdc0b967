import { describe, expect, it } from 'vitest';
import { importArticle } from '../../src/interview/import/import-article';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules made in session 32 from real pages run through the whole product by an outside grader;
// each page re-typed in our own words with its names changed.

describe(
  'a Japanese interview whose prompts open with a doubled bar ("──…") and rarely ask',
  { timeout: 30_000 },
  () => {
    const page = (bar: string) =>
      [
        '『海辺の時計』 森田広志監督インタビュー',
        '小さな港町で時計を直し続ける男の一年を描いた本作。監督に話を聞いた。',
        `${bar}公開にあたって、たくさんの取材を受けられたそうですね。`,
        '今回は自分で配給もしているので、できることは全部やろうと思いました。町でチラシを配ったりもしました。',
        `${bar}撮影はどこで行われたのですか。`,
        '静岡の港町です。ひと月ほど滞在して、町の人たちにも出てもらいました。',
        `${bar}俳優が録音も担当したと聞きました。`,
        'はい。役の中で録った音が、そのまま映画の音になっています。「どうやるの?」と何度も聞かれました。',
        `${bar}最後に、観客にひと言お願いします。`,
        'わからないところも含めて楽しんでもらえたら嬉しいです。',
      ].join('\n');

    it('reads each barred paragraph as a question without its bar, each answered', () => {
      const { interview } = importOk(page('──'));
      expect(questions(interview)).toEqual([
        ['公開にあたって、たくさんの取材を受けられたそうですね。'],
        ['撮影はどこで行われたのですか。'],
        ['俳優が録音も担当したと聞きました。'],
        ['最後に、観客にひと言お願いします。'],
      ]);
      expect(answers(interview)[3]).toBe('わからないところも含めて楽しんでもらえたら嬉しいです。');
    });

    it('the same with the other doubled bar ("――")', () => {
      const { interview } = importOk(page('――'));
      expect(questions(interview)).toHaveLength(4);
    });

    it('a page where the answers open with the bar too is no such interview (near miss)', () => {
      const both = page('──')
        .split('\n')
        .map((line, i) => (i >= 3 && i % 2 === 1 ? `──${line}` : line))
        .join('\n');
      const outcome = importArticle(both);
      const asked = outcome.ok ? questions(outcome.interview).flat() : [];
      expect(asked).not.toContain('公開にあたって、たくさんの取材を受けられたそうですね。');
    });
  },
);

describe(
  'a headline "Title Surname: words" over answers labelled by the surname alone',
  { timeout: 30_000 },
  () => {
    const page = (headline: string) =>
      [
        headline,
        'Lena Brunner hat die Stichwahl in Hall klar gewonnen. Im Interview spricht die neue Bürgermeisterin über ihre ersten Tage im Amt.',
        'Von Paul Egger',
        'Bürgermeisterin Lena Brunner, wie klingt das?',
        'Brunner: Neu und ungewohnt. Ich muss mich erst daran gewöhnen.',
        'Was haben Sie für die erste Woche geplant?',
        'Brunner: Ich möchte die Schulen der Stadt besuchen und dann die Nachbargemeinden.',
        'Bleibt der Stadtrat so groß wie bisher?',
        'Brunner: Das ist die Größe, die wir bevorzugen.',
      ].join('\n\n');

    it('is the title, not a first turn: the guest answers every question', () => {
      const { interview } = importOk(
        page('Neo-Bürgermeisterin Brunner: Nach der Hochzeit „das zweitbeste Gefühl“'),
      );
      expect(interview.title).toBe(
        'Neo-Bürgermeisterin Brunner: Nach der Hochzeit „das zweitbeste Gefühl“',
      );
      expect(questions(interview)).toEqual([
        ['Bürgermeisterin Lena Brunner, wie klingt das?'],
        ['Was haben Sie für die erste Woche geplant?'],
        ['Bleibt der Stadtrat so groß wie bisher?'],
      ]);
      expect(answers(interview)[0]).toBe('Neu und ungewohnt. Ich muss mich erst daran gewöhnen.');
      expect(interview.people.interviewers.map((p) => p.name)).not.toContain(
        'Neo-Bürgermeisterin Brunner',
      );
    });

    it('a first answer in the full form after a question stays a turn (near miss)', () => {
      const { interview } = importOk(
        page('Die neue Bürgermeisterin im Gespräch').replace(
          'Brunner: Neu und ungewohnt.',
          'Lena Brunner: Neu und ungewohnt.',
        ),
      );
      expect(answers(interview)[0]).toBe('Neu und ungewohnt. Ich muss mich erst daran gewöhnen.');
      expect(questions(interview)).toHaveLength(3);
    });
  },
);

describe(
  "what follows the last answer on a news page: a bookmark bar, tags, a paywall's notice",
  { timeout: 30_000 },
  () => {
    const page = (tail: string[]) =>
      [
        'A talk with the minister',
        'INTERVIEWER: Minister, what comes first?',
        'MINISTER: The budget comes first, then the schools.',
        'INTERVIEWER: And after that?',
        'MINISTER: The hospitals, as we promised.',
        ...tail,
      ].join('\n\n');

    it.each([
      [
        [
          'E-mail this to a friend\tPrintable version',
          'LINKS TO MORE SUNDAY AM STORIES',
          'Budget week ahead',
          'Bookmark with:',
          'Delicious',
          'Digg',
          'What are these?',
        ],
      ],
      [['Kommentieren', 'Schlagworte', 'Georg Brandl', 'Innsbruck']],
      [
        [
          'Cet article est réservé aux abonnés.',
          "Profitez d'un accès illimité à nos contenus dès 1 franc le premier mois.",
          "Je m'abonne",
        ],
      ],
      [['Publicado por ramoslol às 15:42', 'link do post | comentar | favorito']],
    ])('%j leaves the last answer, listed as dropped', (tail) => {
      const { interview } = importOk(page(tail));
      expect(answers(interview).at(-1)).toBe('The hospitals, as we promised.');
      expect(answers(interview)).toHaveLength(2);
    });

    it('an answer that tells the reader to share keeps its words (near miss)', () => {
      const { interview } = importOk(
        page(['Share this with your friends, she said, and laughed.']),
      );
      expect(answers(interview).at(-1)).toBe(
        'Share this with your friends, she said, and laughed.',
      );
    });
  },
);

describe(
  'initials with full stops ("V. F. D.:", "A. L.:") after the full name label the same guest',
  { timeout: 30_000 },
  () => {
    const page = (full: string, initials: string) =>
      [
        'Chacune a sa vision du festival',
        'L’une signe sa cinquième édition, l’autre l’a dirigé pendant vingt ans.',
        'La critique qui vous a le plus marquée?',
        `${full}: Ce ne sont pas vraiment des critiques, mais les réactions du public.`,
        'Marta Keller: Je n’ai jamais été chamboulée par les critiques!',
        'Le compliment le plus touchant?',
        `${initials}: Il y a quelques mois, à la gare de Genève.`,
        'Et le pire souvenir?',
        `${initials}: Une pluie de trois jours, en 2012.`,
      ].join('\n\n');

    it.each([
      ['Véronique Ferrero Delacoste', 'V. F. D.'],
      ['Anne Lamarre', 'A. L.'],
    ])('%s then %s: one guest, the words kept whole', (full, initials) => {
      const { interview } = importOk(page(full, initials));
      const guests = interview.people.interviewees.map((p) => p.name);
      expect(guests.filter((name) => name === full)).toHaveLength(1);
      expect(answers(interview)).toContain('Il y a quelques mois, à la gare de Genève.');
    });

    it('an answer labelled "A." whose words open with a capital stays an answer (near miss)', () => {
      const { interview } = importOk(
        [
          'Q. Where were you born?',
          'A. In Lyon.',
          'Q. And now?',
          'A. L. A. mostly, since 2019.',
        ].join('\n\n'),
      );
      expect(answers(interview)).toEqual(['In Lyon.', 'L. A. mostly, since 2019.']);
    });
  },
);

describe(
  "a page's first lines: a skip link in another language, a site named by its .tv domain",
  { timeout: 30_000 },
  () => {
    const page = (first: string) =>
      [
        first,
        'Chacune a sa vision du festival',
        'L’une signe sa cinquième édition, l’autre l’a dirigé pendant vingt ans.',
        'La critique qui vous a le plus marquée?',
        'Anne Lamarre: Ce ne sont pas vraiment des critiques.',
        'Le compliment le plus touchant?',
        'Anne Lamarre: Il y a quelques mois, à la gare.',
      ].join('\n\n');

    it.each([
      'Aller au contenu principal',
      'Saltar al contenido',
      'Przejdź do treści',
      'Północna.tv',
    ])('"%s" is dropped, the headline under it titles the interview', (first) => {
      const { interview, dropped } = importOk(page(first));
      expect(interview.title).toBe('Chacune a sa vision du festival');
      expect(dropped).toContain(first);
    });

    it('a .tv site named again only in its copyright line is dropped too', () => {
      const { interview, dropped } = importOk(
        `${page('Północna.tv')}\n\nPółnocna.tv © 2024. Wszelkie prawa zastrzeżone.`,
      );
      expect(interview.title).toBe('Chacune a sa vision du festival');
      expect(dropped).toContain('Północna.tv');
    });

    it('a headline naming a place to go is kept (near miss)', () => {
      const { interview } = importOk(page('Aller au contenu des choses: un festival'));
      expect(interview.title).toBe('Aller au contenu des choses: un festival');
    });
  },
);

describe('Portuguese "Perg. -" and "Resp -" labels', { timeout: 30_000 }, () => {
  const page = [
    'Entrevista ao Rui (jogador do clube).',
    'Perg. - Chegou ao clube com apenas 17 anos. Hesitou?',
    'Resp - Nunca tive medo de nada. Foi o momento certo.',
    'Perg - Conhecia o clube?',
    'Resp - Sabia que tinha ganho títulos, mas não muito mais.',
    'Perg. - E a lesão?',
    'Resp - Foi o momento mais difícil.',
  ].join('\n\n');

  it('label the turns and leave the text', () => {
    const { interview } = importOk(page);
    expect(questions(interview)).toEqual([
      ['Chegou ao clube com apenas 17 anos. Hesitou?'],
      ['Conhecia o clube?'],
      ['E a lesão?'],
    ]);
    expect(answers(interview)[0]).toBe('Nunca tive medo de nada. Foi o momento certo.');
  });

  it('a word that opens so ("Perguntei-lhe …") labels nothing (near miss)', () => {
    const { interview } = importOk(
      page.replace('Resp - Foi o momento mais difícil.', 'Perguntei-lhe depois. - Foi difícil.'),
    );
    expect(answers(interview).at(-1)).toBe('Perguntei-lhe depois. - Foi difícil.');
  });
});

describe('a byline or a photo caption just before the first question', { timeout: 30_000 }, () => {
  const page = (before: string[]) =>
    [
      'Neuer Bürgermeister Huber: Nach der Hochzeit „das schönste Gefühl“',
      'Anton Huber hat die Stichwahl in Hallstadt gewonnen. Im Interview spricht er über die ersten Tage.',
      ...before,
      'Bürgermeister Anton Huber, wie klingt das?',
      'Huber: Neu und ungewohnt. Nach der Hochzeit ist das wohl das schönste Gefühl.',
      'Was haben Sie als Erstes vor?',
      'Huber: Ich besuche die Schulen der Stadt, weil sie für unsere Zukunft so wichtig sind.',
      'Und die Koalition?',
      'Huber: Wir reden ab Dienstag mit allen Fraktionen im Gemeinderat.',
    ].join('\n');

  it('a byline in German ("Von Eva Lindner") heads no section', () => {
    const { interview } = importOk(page(['Von Eva Lindner']));
    expect(interview.sections.map((s) => s.heading ?? '')).not.toContain('Von Eva Lindner');
  });

  it('a caption repeating the standfirst heads no section', () => {
    const text = [
      'View from the harbour',
      'On Sunday 4 March 2007, Jane Hollis interviewed the Harbour Master - facing his last season in the port.',
      'Tom Bright MP',
      'The Harbour Master - facing his last season in the port',
      'JANE HOLLIS: Is the harbour ready for the storms this winter, do you think?',
      'TOM BRIGHT: It is. We have rebuilt the sea wall and the pumps are new.',
      'JANE HOLLIS: And the fishermen, are they happy with the new quay?',
      'TOM BRIGHT: Most of them are. A few miss the old steps, and I understand that.',
      'JANE HOLLIS: What comes next?',
      'TOM BRIGHT: A new lifeboat station, if the council agrees to pay for it.',
    ].join('\n');
    const { interview } = importOk(text);
    expect(interview.sections.map((s) => s.heading ?? '')).not.toContain(
      'The Harbour Master - facing his last season in the port',
    );
  });

  it('a heading of its own there still opens the first section (near miss)', () => {
    const { interview } = importOk(page(['Die ersten hundert Tage']));
    expect(interview.sections[0]?.heading).toBe('Die ersten hundert Tage');
    // "Von …" over words that are no names is a heading too.
    const topic = importOk(page(['Von der Wahl zum Amt']));
    expect(topic.interview.sections[0]?.heading).toBe('Von der Wahl zum Amt');
  });
});

describe('an archive record with each label on a line over its value', { timeout: 30_000 }, () => {
  const page = (record: string[]) =>
    [
      'Speech Archive',
      'Transcripts from the Mayors of Eastport',
      'Lowe, Harriet',
      ...record,
      'Interview with Sam Reed, Radio East',
      'SAM REED:',
      'Mayor, good morning. Will the ferry run this winter?',
      'MAYOR:',
      'It will. We have found the money for two more crossings a day.',
      'SAM REED:',
      'And the fares, will they go up?',
      'MAYOR:',
      'Not this year. We froze them in the spring budget.',
    ].join('\n');

  it('dates the interview by the record and drops each of its lines on its own', () => {
    const record = [
      'Period of Service: 03/05/2011 - 01/06/2019',
      'Release Date:',
      '25/10/2013',
      'Release Type:',
      'Interview',
      'Transcript ID:',
      '23053',
    ];
    const { interview, report } = importOk(page(record));
    expect(interview.published).toBe('2013-10-25');
    const dropped = report.dropped.map((d) => d.text);
    for (const line of record) expect(dropped).toContain(line);
    expect(questions(interview)).toHaveLength(2);
  });

  it('the same lines with no date or figure among their values are no record (near miss)', () => {
    const { report } = importOk(
      page(['Release Type:', 'Interview', 'Venue:', 'Town Hall', 'Released by:', 'Lowe, Harriet']),
    );
    expect(report.dropped.map((d) => d.text)).not.toContain('Release Type:');
  });
});

describe('a key quote the headline quotes', { timeout: 30_000 }, () => {
  const page = (title: string) =>
    [
      title,
      'Anna Berg has run the harbour for ten years.',
      'Q: How does it feel to leave?',
      'A: Strange. I’m proud of what we’ve built here, and I will miss the early mornings.',
      'Q: What comes next?',
      'A: Das ist wohl das schönste Gefühl, sagt man hier. And then a long holiday.',
      'Q: Any regrets?',
      'A: None at all.',
    ].join('\n');
  const quotes = (title: string) => importOk(page(title)).interview.keyQuotes.map((q) => q.text);

  it('in English quotes holding an apostrophe', () => {
    expect(quotes('Anna Berg: “I’m proud of what we’ve built here”')).toEqual([
      'I’m proud of what we’ve built here',
    ]);
  });

  it('in German quotes („…“)', () => {
    expect(quotes('Anna Berg über den Abschied: „das schönste Gefühl“')).toEqual([
      'das schönste Gefühl',
    ]);
  });

  it('no quote where the answers do not say it (near miss)', () => {
    expect(quotes('Anna Berg: „Ich bleibe im Hafen“')).toEqual([]);
  });
});
