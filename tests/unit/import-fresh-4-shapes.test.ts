import { describe, expect, it } from 'vitest';
import { answers, importOk } from '../support/import-outcome';

// Rules prompted by the fresh-4 pages (tests/fixtures/import/fresh-4): each is
// checked here on text of its own, as a caller of importArticle sees it.

describe('sharing and related links in Polish', () => {
  it('drops a Polish share button and whatever follows a "Czytaj także" header, instead of refusing', () => {
    const { interview, dropped } = importOk(`Trener o szkoleniu młodzieży
Jakie są pana obowiązki?
– Nadzoruję kursy trenerskie w województwie.
Czy kadry wojewódzkie mają sens?
– Mają, jeśli są częścią jednego systemu.
Udostępnij
Czytaj także
Akademie w Polsce: ilu trenerów na jednego zawodnika?`);
    expect(answers(interview)).toEqual([
      expect.stringContaining('Nadzoruję kursy trenerskie w województwie.'),
      expect.stringContaining('Mają, jeśli są częścią jednego systemu.'),
    ]);
    expect(dropped).toEqual(
      expect.arrayContaining([
        'Udostępnij',
        'Czytaj także',
        'Akademie w Polsce: ilu trenerów na jednego zawodnika?',
      ]),
    );
  });
});

describe('a one-line menu', () => {
  it('is dropped in Portuguese and Polish, and where a two-word item is not capitalised', () => {
    const { dropped } = importOk(`Notícias Elenco Jogos Fórum
Strona główna Artykuły Wywiady Kontakt
Blog Projects About
Five questions for a coach
Why coach?
Because I stopped playing.
What next?
A club of my own.`);
    expect(dropped).toEqual(
      expect.arrayContaining([
        'Notícias Elenco Jogos Fórum',
        'Strona główna Artykuły Wywiady Kontakt',
        'Blog Projects About',
      ]),
    );
  });

  it('keeps a lower-case line that merely uses menu words', () => {
    const { interview } = importOk(`Five questions for a coach
Why coach?
home about contact
What next?
A club of my own.`);
    expect(answers(interview)).toContain('home about contact');
  });
});

describe('a transcript with each timestamp on a line of its own', () => {
  it('leaves the timestamps out of the questions and answers', () => {
    const { interview } = importOk(`[00:00:00]

Are you still pressing ahead with the plan?

[00:00:04]

Very much so. We will do whatever it takes.

[00:00:12]

Will you publish the costs?

[00:00:19]

Yes, in the spring.`);
    expect(interview.sections.flatMap((s) => s.questions.map((q) => q.question))).toEqual([
      ['Are you still pressing ahead with the plan?'],
      ['Will you publish the costs?'],
    ]);
    expect(answers(interview)).toEqual([
      'Very much so. We will do whatever it takes.',
      'Yes, in the spring.',
    ]);
  });

  it('keeps a bare time that answers a question', () => {
    const { interview } = importOk(`When do the doors open?
9:00
When do they close?
17:30
Is that every day?
Except Sundays.`);
    expect(answers(interview)).toEqual(['9:00', '17:30', 'Except Sundays.']);
  });
});
