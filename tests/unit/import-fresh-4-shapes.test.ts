import { describe, expect, it } from 'vitest';
import { importArticle } from '../../src/interview/import/import-article';
import type { Interview } from '../../src/interview/schema';

// Rules prompted by the fresh-4 pages (tests/fixtures/import/fresh-4): each is
// checked here on text of its own, as a caller of importArticle sees it.
function importOk(text: string) {
  const outcome = importArticle(text);
  if (!outcome.ok) throw new Error(outcome.error);
  return { ...outcome, dropped: outcome.report.dropped.map((d) => d.text) };
}

const answers = (interview: Interview) =>
  interview.sections.flatMap((s) => s.questions.flatMap((q) => q.answer));

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
