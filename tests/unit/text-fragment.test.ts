import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directiveFor } from '../../src/interview/passage-directive';
import {
  decodeTextDirective,
  describeDirective,
  encodeTextDirective,
  findPassage,
  snapToWords,
  textDirectivesOf,
  type PassageText,
} from '../../src/interview/text-fragment';
import { seedInterview } from '../support/seed';

const texts: PassageText[] = seedInterview().sections.flatMap((s) =>
  s.questions.map((q) => ({ key: q.id, text: q.answer.join('\n') })),
);
const textOf = (key: string) => texts.find((t) => t.key === key)?.text ?? '';

describe('text directive encoding', () => {
  it('writes the Text Fragments syntax, encoding -, , and & inside terms', () => {
    expect(
      encodeTextDirective({
        prefix: 'a-b',
        textStart: 'x, y & z',
        textEnd: 'end',
        suffix: 'well-known',
      }),
    ).toBe('a%2Db-,x%2C%20y%20%26%20z,end,-well%2Dknown');
    expect(encodeTextDirective({ textStart: 'the war will end' })).toBe('the%20war%20will%20end');
  });

  it('reads what it writes (property)', () => {
    const term = fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((t) => t.trim() === t && t !== '');
    fc.assert(
      fc.property(
        fc.record(
          { textStart: term, textEnd: term, prefix: term, suffix: term },
          { requiredKeys: ['textStart'] },
        ),
        (directive) => {
          expect(decodeTextDirective(encodeTextDirective(directive))).toEqual(directive);
        },
      ),
    );
  });

  it('reads prefix and suffix only where marked with a hyphen', () => {
    expect(decodeTextDirective('before-,start,end,-after')).toEqual({
      prefix: 'before',
      textStart: 'start',
      textEnd: 'end',
      suffix: 'after',
    });
    expect(decodeTextDirective('start,-after')).toEqual({ textStart: 'start', suffix: 'after' });
    expect(decodeTextDirective('one%2C%20two')).toEqual({ textStart: 'one, two' });
  });

  it('rejects what is not a directive', () => {
    for (const raw of ['', ',', 'a,b,c', '%E0%A4%A', 'a,'])
      expect(decodeTextDirective(raw)).toBeUndefined();
  });

  it('describes a directive in words for a notice', () => {
    expect(describeDirective({ textStart: 'we are', textEnd: 'partners' })).toBe(
      'we are … partners',
    );
  });
});

describe('textDirectivesOf', () => {
  it('reads the text directives of an address, still percent-encoded', () => {
    expect(textDirectivesOf('https://x.org/i/tom-hale#:~:text=A%20loaf%20that')).toEqual([
      'A%20loaf%20that',
    ]);
    // After a fragment, several, and beside other directives.
    expect(textDirectivesOf('/i/a/b?q=1#q4:~:text=in%2C-,a,b,-out&unknown=1&text=more')).toEqual([
      'in%2C-,a,b,-out',
      'more',
    ]);
  });

  it('finds none where the fragment has no text directive', () => {
    for (const address of [
      '/i/tom-hale',
      '/i/tom-hale#q4',
      '/i/tom-hale?x=:~:text=a',
      '/i/tom-hale#:~:',
      '/i/tom-hale#:~:text=',
      '/i/tom-hale#:~:note=a',
    ])
      expect(textDirectivesOf(address)).toEqual([]);
  });
});

describe('findPassage', () => {
  it('finds an exact passage', () => {
    const match = findPassage(texts, { textStart: 'the war will end this year.' });
    expect(match?.key).toBe('q5');
    expect(match && textOf('q5').slice(match.start, match.end)).toBe('the war will end this year.');
  });

  it('finds a passage from its first and last words, across paragraphs', () => {
    const match = findPassage(texts, {
      textStart: 'Ukraine will not voluntarily',
      textEnd: 'truly believe in that.',
    });
    const text = match ? textOf('q5').slice(match.start, match.end) : '';
    expect(text.startsWith('Ukraine will not voluntarily cede')).toBe(true);
    expect(text.endsWith('I truly believe in that.')).toBe(true);
    expect(text).toContain('\n');
  });

  it('forgives whitespace, case and quote style, never words', () => {
    expect(findPassage(texts, { textStart: "ukraine's   black sea ports" })).toBeDefined();
    expect(findPassage(texts, { textStart: 'the war will end next year.' })).toBeUndefined();
    expect(
      findPassage(texts, { textStart: 'the war will end this year. I believe in that.' }),
    ).toBeUndefined();
  });

  it('uses prefix and suffix to choose among equal passages', () => {
    const repeated: PassageText[] = [
      { key: 'a', text: 'We said yes. Then they said yes. Later we said yes again.' },
    ];
    expect(findPassage(repeated, { textStart: 'said yes' })).toMatchObject({ start: 3 });
    expect(findPassage(repeated, { prefix: 'they', textStart: 'said yes' })).toMatchObject({
      start: 23,
    });
    expect(findPassage(repeated, { textStart: 'said yes', suffix: 'again' })).toMatchObject({
      start: 42,
    });
    expect(findPassage(repeated, { prefix: 'nobody', textStart: 'said yes' })).toBeUndefined();
  });
});

describe('directiveFor', () => {
  const select = (key: string, words: string) => {
    const start = textOf(key).indexOf(words);
    return { key, start, end: start + words.length };
  };

  it('is the passage itself when short and unique', () => {
    expect(directiveFor(texts, select('q4', 'not, and will not be, a target'))).toEqual({
      textStart: 'not, and will not be, a target',
    });
  });

  it('is first and last words when the passage is long', () => {
    const passage =
      'Ukraine has never targeted Kazakhstan’s economy or infrastructure. We value Kazakhstan’s consistent support';
    const directive = directiveFor(texts, select('q4', passage));
    expect(directive).toEqual({
      textStart: 'Ukraine has never',
      textEnd: 'Kazakhstan’s consistent support',
    });
  });

  it('adds context only when the passage would otherwise be ambiguous', () => {
    const many: PassageText[] = [
      { key: 'a', text: 'We said yes. Then they said yes. Later we said yes again.' },
    ];
    expect(directiveFor(many, { key: 'a', start: 3, end: 11 })).toEqual({ textStart: 'said yes' });
    expect(directiveFor(many, { key: 'a', start: 23, end: 31 })).toEqual({
      textStart: 'said yes',
      prefix: 'they',
    });
    expect(directiveFor(many, { key: 'a', start: 42, end: 50 })).toEqual({
      textStart: 'said yes',
      suffix: 'again.',
    });
  });

  it('always finds back the selected passage (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.nat(), fc.nat(), (passage, a, b) => {
        const length = passage.text.length;
        const span = snapToWords(passage.text, Math.min(a, b) % length, Math.max(a, b) % length);
        fc.pre(span.end > span.start);
        const selection = { key: passage.key, ...span };
        const found = findPassage(texts, directiveFor(texts, selection));
        expect(found).toEqual(selection);
      }),
      { numRuns: 200 },
    );
  });
});

describe('snapToWords', () => {
  it('widens a selection to whole words and trims spaces', () => {
    const text = 'the war will end this year';
    expect(snapToWords(text, 5, 14)).toEqual({ start: 4, end: 16 });
    expect(text.slice(4, 16)).toBe('war will end');
  });
});
