import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importOk } from '../support/import-outcome';
import { romanize } from '../../src/interview/romanize';
import { needsRomanizing, slugify } from '../../src/interview/slug';
import { buildInterview } from '../../src/interview/import/build-interview';
import { draftFromInterview } from '../../src/interview/import/from-interview';
import { editDraft } from '../../src/interview/import/edit-draft';
import type { Draft } from '../../src/interview/import/draft';

// An interview's ids are its links (README, "Link contract"): they should read
// like its names in any script, not "interview" and "section-2".

describe('slugify', () => {
  it('writes Latin letters without their marks, as before', () => {
    expect(slugify('Ukraine’s Ambassador')).toBe('ukraines-ambassador');
    expect(slugify('Ştefan Ţiriac, Łukasz Żuław', 8, romanize)).toBe('stefan-tiriac-lukasz-zulaw');
    expect(slugify('Müller Ölziibat', 8, romanize)).toBe(slugify('Müller Ölziibat'));
  });

  it('writes other scripts in Latin letters when given a romanizer', () => {
    expect(slugify('Арман Сейткали 2024', 8, romanize)).toBe('arman-seytkali-2024');
    expect(slugify('Віктор Майко', 8, romanize)).toBe('viktor-mayko');
    expect(slugify('Қасым-Жомарт Тоқаев', 8, romanize)).toBe('qasym-zhomart-toqaev');
    expect(slugify('Ўзбекистон ва Ғарб', 8, romanize)).toBe('ozbekiston-va-garb');
    expect(slugify('Αλέξης Τσίπρας', 8, romanize)).toBe('aleksis-tsipras');
  });

  it('leaves out what neither can write, as before', () => {
    expect(slugify('Арман Сейткали')).toBe('');
    expect(slugify('森川洋一 2019', 8, romanize)).toBe('2019');
  });

  it('tells which texts need a romanizer', () => {
    expect(needsRomanizing('Ştefan Ţiriac — “Ça va?” 2024')).toBe(false);
    expect(needsRomanizing('Interview: Арман')).toBe(true);
    expect(needsRomanizing('森川')).toBe(true);
    expect(needsRomanizing('Łukasz')).toBe(true);
    // Digits of other scripts: the romanizer writes Arabic-Indic ones as 0–9.
    expect(needsRomanizing('Section ٣')).toBe(true);
    expect(needsRomanizing('A €5 billion deal')).toBe(true);
    expect(needsRomanizing('col·laboració')).toBe(true);
    // Text in plain ASCII never loads it.
    expect(needsRomanizing('A $5 billion deal: “yes” — and no')).toBe(false);
  });

  it('needs the romanizer wherever it changes an id: the Add page (which loads it only then) and the command line (always) agree', () => {
    // Text of every kind: Latin with accents, other scripts' letters and digits, symbols; the
    // currency signs the romanizer spells (€5 is e5 to it) and Catalan's middle dot (l·l, which
    // it joins).
    const pieces = fc.constantFrom(
      ...'a Z 7 é Ł ß Ж қ Ω ש ٣ ١٢ ३ ௩ ² ① ３ Ⅻ 森 — ’ , . - _ / € ₹ ¥ £ $ · l·l'.split(' '),
      ' ',
      'Section 2',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        if (!needsRomanizing(text)) expect(slugify(text, 8, romanize)).toBe(slugify(text));
      }),
      { seed: 20261128, numRuns: 2000 },
    );
  });
});

const russian = `Арман Сейткали: Свобода слова есть
12 марта 2024
Вопрос: Как вы оцениваете работу редакций?
Ответ: Редакции работают свободно, и это важно.
Вопрос: Что мешает журналистам?
Ответ: Прежде всего нехватка денег.`;

const withHeadings = `Беседа о торговле
Министр рассказал нам о торговле, газе и новых маршрутах.
Экономика
— Как растёт торговля?
— Быстро, на треть за год.
Энергетика
— А что с газом?
— Газ идёт по новому маршруту.`;

describe('an imported interview in another script', () => {
  it('is named by its interviewee and year', () => {
    expect(importOk(russian, { romanize }).interview.id).toBe('arman-seytkali-2024');
  });

  it('has sections named by their headings', () => {
    expect(importOk(withHeadings, { romanize }).interview.sections.map((s) => s.id)).toEqual([
      'ekonomika',
      'energetika',
    ]);
  });

  it('without a romanizer keeps the ids it had', () => {
    expect(importOk(withHeadings).interview.sections.map((s) => s.id)).toEqual([
      'section',
      'section-2',
    ]);
  });

  it('whose names no romanizer writes is named "interview" and its year, not a bare year', () => {
    const japanese = `森川洋一インタビュー
2019年5月1日
Q: 最初の質問は何ですか？
A: 答えはこれです。
Q: 二つ目の質問は？
A: 二つ目の答えです。`;
    const { id } = importOk(japanese, { romanize, published: '2019-05-01' }).interview;
    expect(id).toBe('interview-2019');
  });

  it('without a title, whose names no romanizer writes, is named "interview" and its year too', () => {
    const untitled = `森川: 最初の質問は何ですか？
田中: 答えはこれです。
森川: 二つ目の質問は？
田中: 二つ目の答えです。`;
    const { interview } = importOk(untitled, { romanize, published: '2019-05-01' });
    expect(interview.title).toBe('Interview with 田中');
    expect(interview.id).toBe('interview-2019');
  });
});

// Editing a kept interview (or an interview file) builds it again from a draft: the ids it was kept
// with are its links, and stay, whatever the romanizer would make of its names now.
describe('an interview edited again', () => {
  it('keeps the ids it was kept with', () => {
    // Kept before ids were romanized, or while the romanizer could not load.
    const kept = importOk(withHeadings, { id: 'trade-2024' }).interview;
    const rebuilt = buildInterview(draftFromInterview(kept), romanize).interview;
    expect(rebuilt?.sections.map((s) => s.id)).toEqual(kept.sections.map((s) => s.id));
    expect(rebuilt?.people).toEqual(kept.people);
    expect(rebuilt?.keyQuotes.map((q) => q.id)).toEqual(kept.keyQuotes.map((q) => q.id));
  });

  it('keeps ids a file chose, not those its headings would give', () => {
    const kept = importOk(withHeadings, { romanize, id: 'trade-2024' }).interview;
    const chosen = {
      ...kept,
      sections: kept.sections.map((s, i) => ({ ...s, id: ['economy', 'energy'][i] ?? s.id })),
    };
    const rebuilt = buildInterview(draftFromInterview(chosen), romanize).interview;
    expect(rebuilt?.sections.map((s) => s.id)).toEqual(['economy', 'energy']);
  });

  // Question links (`#q2`) are links too: dropping a question, or making one of an answer's
  // paragraph, renumbered every question after it, so a saved `#q3` opened another question.
  const interviewOfFour = importOk(
    `Беседа о торговле
Министр рассказал нам о торговле, газе и новых маршрутах.
Экономика
— Как растёт торговля?
— Быстро, на треть за год. Почему? Спрос растёт.
— А экспорт?
— Растёт тоже.
Энергетика
— А что с газом?
— Газ идёт по новому маршруту.
— Когда откроют?
— Весной.`,
    { romanize, id: 'trade-2024' },
  ).interview;
  const blockOf = (draft: Draft, text: string) => {
    const block = draft.blocks.find((b) => b.text.includes(text));
    if (!block) throw new Error(`no block "${text}"`);
    return block.id;
  };
  const questionIds = (draft: Draft) =>
    buildInterview(draft, romanize).interview?.sections.map((s) => s.questions.map((q) => q.id));

  // The first answer's "Почему? Спрос растёт." is the reporter's question and its answer, run
  // in: split off, and "Почему?" made a question (a question the interview did not have).
  const askRunIn = (draft: Draft) => {
    const split = editDraft(draft, {
      type: 'splitBlock',
      blockId: blockOf(draft, 'Быстро'),
      at: '— Быстро, на треть за год.'.length,
    });
    const rest = blockOf(split, 'Почему?');
    return editDraft(
      editDraft(split, { type: 'splitBlock', blockId: rest, at: 'Почему?'.length }),
      { type: 'setRole', blockId: rest, role: 'question' },
    );
  };

  it('keeps its question ids when a question is dropped', () => {
    const draft = draftFromInterview(interviewOfFour);
    expect(questionIds(draft)).toEqual([
      ['q1', 'q2'],
      ['q3', 'q4'],
    ]);
    const dropped = editDraft(draft, {
      type: 'setRole',
      blockId: blockOf(draft, 'А экспорт?'),
      role: 'dropped',
    });
    expect(questionIds(dropped)).toEqual([['q1'], ['q3', 'q4']]);
  });

  it('gives a question it did not have a new id, and keeps the others', () => {
    const draft = draftFromInterview(interviewOfFour);
    const asked = askRunIn(draft);
    expect(questionIds(asked)).toEqual([
      ['q1', 'q5', 'q2'],
      ['q3', 'q4'],
    ]);
  });

  it('never gives a dropped question’s id to another question', () => {
    const draft = draftFromInterview(interviewOfFour);
    const last = editDraft(draft, {
      type: 'setRole',
      blockId: blockOf(draft, 'Когда откроют?'),
      role: 'dropped',
    });
    const asked = askRunIn(last);
    expect(questionIds(asked)).toEqual([['q1', 'q5', 'q2'], ['q3']]);
  });

  // Review (session 21): joining a question's paragraph into the answer before it removes the
  // block that carried its id, and the id is then given to the next new question.
  it('never gives the id of a question joined into an answer to another question', () => {
    const draft = draftFromInterview(interviewOfFour);
    const joined = editDraft(draft, {
      type: 'joinWithPrevious',
      blockId: blockOf(draft, 'Когда откроют?'),
    });
    expect(questionIds(joined)).toEqual([['q1', 'q2'], ['q3']]);
    const asked = askRunIn(joined);
    // A saved `#q4` opened "Когда откроют?": it must not now open "Почему?".
    expect(questionIds(asked)).toEqual([['q1', 'q5', 'q2'], ['q3']]);
  });

  it('keeps a question id when a question is moved to another section', () => {
    const draft = draftFromInterview(interviewOfFour);
    const heading = blockOf(draft, 'Энергетика');
    const moved = editDraft(
      editDraft(draft, { type: 'setRole', blockId: heading, role: 'dropped' }),
      { type: 'insertHeading', beforeBlockId: blockOf(draft, 'А экспорт?'), text: 'Энергетика' },
    );
    expect(questionIds(moved)).toEqual([['q1'], ['q2', 'q3', 'q4']]);
  });
});
