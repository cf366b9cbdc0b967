import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-24 pages (tests/fixtures/import/fresh-24), session 30's fixtures
// helper: each is checked here on text of its own, as a caller of importArticle sees it.

describe('a questionnaire run into one paragraph, each answer after a dash', () => {
  it('splits each numbered question from its answer at the dash, a number after the dash too', () => {
    const { interview } = importOk(
      `Kwestionariusz Tygodnika Anna Nowak, pianistka. Nagrała dwie płyty. 1. Kiedy poczuła Pani, że jest dorosła? – Dość późno. 2. Co Panią ostatnio zdenerwowało? – Hałas na ulicy. Nic więcej. 3. Czego ma Pani za dużo… – Nut na biurku. – 4 Starość to… – …sprawa głowy. 5. Z kim zjadłaby Pani kolację? – Z Chopinem.`,
    );
    expect(questions(interview)).toEqual([
      ['Kiedy poczuła Pani, że jest dorosła?'],
      ['Co Panią ostatnio zdenerwowało?'],
      ['Czego ma Pani za dużo…'],
      ['Starość to…'],
      ['Z kim zjadłaby Pani kolację?'],
    ]);
    expect(answers(interview)).toEqual([
      'Dość późno.',
      'Hałas na ulicy. Nic więcej.',
      'Nut na biurku.',
      '…sprawa głowy.',
      'Z Chopinem.',
    ]);
  });

  it('leaves a numbered list whose items hold a dash, but ask nothing, inside its answer', () => {
    const { interview } = importOk(`Które miasta poleca Pani na wiosnę?

Trzy: 1. Kraków – miasto królów. 2. Gdańsk – port i bursztyn. 3. Toruń – pierniki. 4. Lublin – stare miasto.

A na lato?

Morze, zawsze morze.`);
    expect(questions(interview)).toEqual([['Które miasta poleca Pani na wiosnę?'], ['A na lato?']]);
    expect(answers(interview)[0]).toBe(
      'Trzy: 1. Kraków – miasto królów. 2. Gdańsk – port i bursztyn. 3. Toruń – pierniki. 4. Lublin – stare miasto.',
    );
  });

  it('keeps a short headline quoted from an answer below the menu, and drops the menu', () => {
    const { interview, dropped } = importOk(`Tygodnik Nowy
Wywiady
Wybrałabym morze

Kwestionariusz Tygodnika Anna Nowak, pianistka. 1. Kiedy poczuła Pani, że jest dorosła? – Dość późno. 2. Co Panią ostatnio zdenerwowało? – Hałas na ulicy. 3. Gdyby nie muzyka, to… – …wybrałabym morze. 4. Z kim zjadłaby Pani kolację? – Z Chopinem.`);
    expect(interview.title).toBe('Wybrałabym morze');
    expect(dropped).toEqual(['Tygodnik Nowy', 'Wywiady']);
  });

  it('drops a menu item of one word even where an answer says it', () => {
    const { dropped } = importOk(`Tygodnik Nowy
Wywiady
Kultura

Kwestionariusz Tygodnika Anna Nowak, pianistka. 1. Kiedy poczuła Pani, że jest dorosła? – Dość późno. 2. Co Pani kocha? – Kultura to mój dom. 3. Gdyby nie muzyka, to… – …morze. 4. Z kim zjadłaby Pani kolację? – Z Chopinem.`);
    expect(dropped).toEqual(['Tygodnik Nowy', 'Wywiady', 'Kultura']);
  });
});
