import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asImportRequest,
  readInWorker,
} from '../../src/features/add-interview/api/article-import-protocol';
import { interviewIdOf } from '../../src/interview/import/labels';
import { readArticle } from '../../src/interview/import/read-article';
import { romanize } from '../../src/interview/romanize';

// The Add page reads a text in a worker (article-import-worker.ts) without the romanizer, and
// gives the draft its id in Latin letters after (read-source.ts): the same draft, with the same
// id, as the importer makes with the romanizer.

const ARTICLE = `A baker on bread: "Flour is only the start"
By Ann Lee
Baker Tom Hale runs a bakery in Leeds.
Q: When do you start baking?
A: At three in the morning.
Q: Why so early?
A: People want bread with breakfast.`;

describe('the importer’s worker (its handler, without a worker)', () => {
  it('answers a text with the draft the importer reads from it', () => {
    const read = readArticle(ARTICLE);
    expect(read.ok).toBe(true);
    expect(readInWorker({ type: 'read', id: 3, text: ARTICLE })).toEqual({
      id: 3,
      status: 'read',
      draft: read.ok ? read.draft : undefined,
    });
  });

  it('answers a text it cannot read with the importer’s words', () => {
    expect(readInWorker({ type: 'read', id: 4, text: '  \n ' })).toEqual({
      id: 4,
      status: 'refused',
      error: 'the article is empty',
    });
  });

  it('reads only the page’s requests', () => {
    expect(asImportRequest({ type: 'read', id: 1, text: 'Q: Why?' })).toEqual({
      type: 'read',
      id: 1,
      text: 'Q: Why?',
    });
    for (const junk of [null, 'Q: Why?', { type: 'read', id: '1', text: '' }, { id: 1, text: '' }])
      expect(asImportRequest(junk)).toBeUndefined();
    // With what a saved page's metadata said: strings, each where it belongs.
    const page = { publication: 'Riverside Weekly', published: '2025-06-03' };
    expect(asImportRequest({ type: 'read', id: 2, text: 'Q: Why?', page })).toEqual({
      type: 'read',
      id: 2,
      text: 'Q: Why?',
      page,
    });
    for (const junk of [null, 'Riverside', { publication: 7 }, { url: ['https://a.example'] }])
      expect(asImportRequest({ type: 'read', id: 3, text: 'Q: Why?', page: junk })).toBeUndefined();
  });
});

describe('an id made again with the romanizer', () => {
  const texts = [
    `Арман Сейткали: Свобода слова есть
12 марта 2024
Вопрос: Как вы оцениваете работу редакций?
Ответ: Редакции работают свободно, и это важно.
Вопрос: Что мешает журналистам?
Ответ: Прежде всего нехватка денег.`,
    `Беседа о торговле
Министр рассказал нам о торговле, газе и новых маршрутах.
Экономика
— Как растёт торговля?
— Быстро, на треть за год.`,
    `森川: 最初の質問は何ですか？
田中: 答えはこれです。
森川: 二つ目の質問は？
田中: 二つ目の答えです。`,
    // Nothing recognised: every paragraph intro, the first line its title.
    'Αλέξης Τσίπρας\nΜια μέρα στην Αθήνα.',
    ARTICLE,
  ];

  it('is the id the importer gives with it', () => {
    for (const text of texts) {
      const without = readArticle(text);
      const withRomanizer = readArticle(text, { romanize });
      if (!without.ok || !withRomanizer.ok) throw new Error(`not read: ${text}`);
      expect(interviewIdOf(without.draft, romanize)).toBe(withRomanizer.draft.meta.id);
      expect(interviewIdOf(without.draft)).toBe(without.draft.meta.id);
    }
    expect(readArticle(texts[0] ?? '', { romanize })).toMatchObject({
      draft: { meta: { id: 'arman-seytkali-2024' } },
    });
  });

  it('is the id the importer gives with it, whatever the names and title', () => {
    const word = fc.constantFrom('Арман', 'Сейткали', 'Ştefan', '森川', 'Tom', 'Αλέξης', '2024');
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(name, name, (guest, title) => {
        const text = `${title}\n${guest}: Hello there.\nQ: Why?\n${guest}: Because.\nQ: And then?\n${guest}: Then more.`;
        const without = readArticle(text);
        const withRomanizer = readArticle(text, { romanize });
        if (!without.ok || !withRomanizer.ok) return;
        expect(interviewIdOf(without.draft, romanize)).toBe(withRomanizer.draft.meta.id);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
