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
