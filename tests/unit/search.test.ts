import fc from 'fast-check';
import { stemmer as english } from '@orama/stemmers/english';
import { describe, expect, it } from 'vitest';
import { fold, foldQuery } from '../../src/interview/fold';
import {
  buildSearchIndex,
  buildSearchUnits,
  search,
  searchIndexBuilder,
} from '../../src/interview/search';
import type { SearchUnit } from '../../src/interview/search-units';
import { hasStemmer, loadStemmer } from '../../src/interview/stemmers';
import { expectNearLinear, GROWTH_TEST_TIMEOUT } from '../support/growth';
import { seedInterview } from '../support/seed';

describe('fold', () => {
  it('ignores case, accents, quote and dash styles, and runs of whitespace', () => {
    expect(fold('Café  “Ruta” – Kyiv’s').text).toBe('cafe "ruta" - kyiv\'s');
    expect(foldQuery('  ZÜRICH\t')).toBe('zurich');
    expect(fold('a \u0301 b').text).toBe('a b');
  });

  it('maps every folded character back to the original (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (original) => {
        const { text, map } = fold(original);
        expect(map).toHaveLength(text.length + 1);
        expect(map.at(-1)).toBe(original.length);
        for (let i = 1; i < map.length; i += 1)
          expect(map[i]).toBeGreaterThanOrEqual(map[i - 1] ?? 0);
      }),
    );
  });
});

/** Paragraphs as search units: answers unless they start with "Q:". */
function unitsOf(...texts: string[]): SearchUnit[] {
  return texts.map((text, paragraph) => {
    const part = text.startsWith('Q:') ? 'question' : 'answer';
    return {
      key: `${part}:q:${paragraph}`,
      sectionId: 's',
      questionId: 'q',
      part,
      paragraph,
      text,
    };
  });
}

const found = (units: SearchUnit[], query: string, stem = english) =>
  search(buildSearchIndex(units, stem), query).map((hit) =>
    hit.unit.text.slice(hit.start, hit.end),
  );

describe('search', () => {
  const index = buildSearchIndex(buildSearchUnits(seedInterview()), english);

  it('finds every occurrence in reading order, in the original text', () => {
    const hits = search(index, 'middle corridor');
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits)
      expect(hit.unit.text.slice(hit.start, hit.end).toLowerCase()).toBe('middle corridor');
    const order = hits.map((h) => index.units.indexOf(h.unit));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('matches typographic quotes with straight ones, and ignores accents and case', () => {
    const [hit] = search(index, "UKRAINE'S BLACK SEA PORTS");
    expect(hit && hit.unit.text.slice(hit.start, hit.end)).toBe('Ukraine’s Black Sea ports');
    expect(search(index, 'kazakh oil').length).toBe(search(index, 'Kazakh Óil').length);
  });

  it('finds plurals and inflections of what is typed, and what is typed in other forms', () => {
    expect(search(index, 'pipelines').map((h) => h.unit.text.slice(h.start, h.end))).toEqual([
      'Pipeline',
      'pipeline',
    ]);
    const units = unitsOf('Strikes on tankers.', 'He strikes a tanker.', 'Striking.');
    expect(found(units, 'strike on tanker')).toEqual(['Strikes on tankers']);
    expect(found(units, 'tankers')).toEqual(['tankers', 'tanker']);
    expect(found(units, 'striking ')).toEqual(['Strikes', 'strikes', 'Striking']);
  });

  it('matches the start of a longer word only while the last word is being typed', () => {
    const units = unitsOf('Kazakhstan and Kazakh oil', 'the warships of war');
    expect(found(units, 'kazakh')).toEqual(['Kazakhstan', 'Kazakh']);
    expect(found(units, 'kazakh ')).toEqual(['Kazakh']);
    expect(found(units, 'kazakh oil')).toEqual(['Kazakh oil']);
    expect(found(units, 'war.')).toEqual(['war']);
  });

  it('matches words, not the middle of words', () => {
    expect(found(unitsOf('toward the award, the war'), 'war')).toEqual(['war']);
  });

  it('splits words at apostrophes and hyphens in the text and the query alike', () => {
    const units = unitsOf('Ukraine’s ports and co-operation');
    expect(found(units, 'ukraine')).toEqual(['Ukraine']);
    expect(found(units, "ukraine's port")).toEqual(['Ukraine’s ports']);
    expect(found(units, 'co operation')).toEqual(['co-operation']);
  });

  it('finds repeated words without overlapping matches', () => {
    expect(found(unitsOf('no no no no no'), 'no no ')).toEqual(['no no', 'no no']);
    expect(found(unitsOf('a b a b a c'), 'a b a c')).toEqual(['a b a c']);
  });

  it('matches scripts written without spaces character by character', () => {
    expect(found(unitsOf('我爱中国人。'), '中国', (w) => w)).toEqual(['中国']);
  });

  it('searches only the questions or only the answers when asked', () => {
    const units = unitsOf('Q: What about oil?', 'Oil, and more oil.');
    const scoped = (scope: 'all' | 'questions' | 'answers') =>
      search(buildSearchIndex(units), 'oil', { scope }).map((h) => h.unit.part);
    expect(scoped('all')).toEqual(['question', 'answer', 'answer']);
    expect(scoped('questions')).toEqual(['question']);
    expect(scoped('answers')).toEqual(['answer', 'answer']);
  });

  it('leaves out paragraphs the reader cannot see', () => {
    const units = unitsOf('oil', 'oil');
    const hits = search(buildSearchIndex(units), 'oil', { include: (u) => u.paragraph === 1 });
    expect(hits.map((h) => h.unit.paragraph)).toEqual([1]);
  });

  it('finds nothing for an empty query, punctuation alone or absent words', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, '…')).toEqual([]);
    expect(search(index, 'photosynthesis')).toEqual([]);
    expect(search(index, 'photosynthesis oil')).toEqual([]);
  });

  it('builds the same index a paragraph at a time as in one go', () => {
    const units = buildSearchUnits(seedInterview());
    const builder = searchIndexBuilder(units, english);
    let steps = 1;
    let stepped = builder.step(() => false);
    for (; !stepped; steps += 1) stepped = builder.step(() => false);
    // One paragraph a step: nothing to search until the last one is in.
    expect(steps).toBe(units.length);
    for (const query of ['middle corridor', 'pipelines', 'the'])
      expect(search(stepped, query)).toEqual(search(index, query));
  });

  it('finishes an index begun a paragraph at a time with the paragraphs not yet in it', () => {
    const units = buildSearchUnits(seedInterview());
    const builder = searchIndexBuilder(units, english);
    for (let i = 0; i < 10; i += 1) builder.step(() => false);
    const finished = builder.finish();
    expect(finished.words).toHaveLength(units.length);
    for (const query of ['middle corridor', 'pipelines', 'the'])
      expect(search(finished, query)).toEqual(search(index, query));
  });

  it('tells which question and part each hit is in', () => {
    const [hit] = search(index, 'truly believe');
    expect(hit?.unit).toMatchObject({
      part: 'answer',
      questionId: 'q5',
      sectionId: 'peace',
      key: 'answer:q5:6',
    });
  });
});

describe('stemmers', () => {
  it('load by language tag, and there is none for a language without one', async () => {
    expect(hasStemmer('en-GB')).toBe(true);
    expect((await loadStemmer('en-GB'))?.('pipelines')).toBe('pipelin');
    expect((await loadStemmer('uk'))?.('нафти')).toBe((await loadStemmer('uk'))?.('нафта'));
    expect(hasStemmer('zh')).toBe(false);
    expect(await loadStemmer('zh')).toBeUndefined();
  });
});

describe(
  'search and fold stay linear in their input (8× the input, at most 20× the work)',
  { timeout: GROWTH_TEST_TIMEOUT },
  () => {
    const paragraph = (n: number) => 'Café “Ruta”  —  a a\u0301 '.repeat(n);

    it('fold', () => {
      expectNearLinear((n) => fold(paragraph(n)), 1000);
    });

    it('building the index', () => {
      expectNearLinear((n) => buildSearchIndex(unitsOf(paragraph(n)), english), 1000);
    });

    it('a query of many repeated words over a text of the same word', () => {
      // Naive matching would compare every word of the query at every word of the text.
      const index = (n: number) => buildSearchIndex(unitsOf('no '.repeat(n * 10)));
      const indexes = new Map([1000, 8000].map((n) => [n, index(n)]));
      const run = (n: number) => {
        const built = indexes.get(n) ?? index(n);
        search(built, `${'no '.repeat(n)}yes`);
      };
      expectNearLinear(run, 1000);
    });
  },
);
