import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticLibrary } from '../../scripts/lib/synthetic-library';
import {
  catalogueEntryFor,
  compareByDate,
  compareByTitle,
  type CatalogueEntry,
} from '../../src/interview/catalogue';
import {
  FACET_KEY_PATTERN,
  FACETS,
  facetFileName,
  facetKey,
  type Facet,
} from '../../src/interview/facets';
import { facetValuesOf } from '../../src/interview/facet-values';
import {
  buildLibrary,
  libraryFiles,
  publishedIdFile,
  publishedIdFiles,
  type FacetPostings,
  type LibrarySummary,
} from '../../src/interview/library-files';

import { intersectAscending, pageEntries, planLibraryPage } from '../../src/interview/library-page';
import {
  LIBRARY_PAGE_SIZE,
  LIBRARY_SORTS,
  type LibraryPageQuery,
} from '../../src/interview/library-query';
import {
  parseFacetList,
  parseFacetPostings,
  parseLibraryShard,
  parseLibrarySummary,
  parsePublishedIds,
  type ParseResult,
} from '../../src/interview/parse';
import type { Interview } from '../../src/interview/schema';
import { seedInterview } from '../support/seed';

function valid<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.data;
}

/** Parses each file once: the property test below reads the same files many times. */
function memo<T>(read: (path: string) => T): (path: string) => T {
  const cache = new Map<string, T>();
  return (path) => {
    if (!cache.has(path)) cache.set(path, read(path));
    return cache.get(path) ?? read(path);
  };
}

/** A published library, read back through the parsers the app uses. */
function publish(interviews: Interview[]) {
  const files = new Map(buildLibrary(interviews).map((file) => [file.path, file.data]));
  const summary = valid(parseLibrarySummary(files.get(libraryFiles.summary())));
  const postings = memo((path): FacetPostings | null => {
    const data = files.get(path);
    return data === undefined ? null : valid(parseFacetPostings(data));
  });
  const shard = memo((path): CatalogueEntry[] => {
    const data = files.get(path);
    return data === undefined ? [] : valid(parseLibraryShard(data)).entries;
  });
  return {
    files,
    summary,
    postings: (facet: Facet, key: string) => postings(libraryFiles.facetPostings(facet, key)),
    shard: (order: 'date' | 'title', n: number) => shard(libraryFiles.shard(order, n)),
  };
}

type Published = ReturnType<typeof publish>;

/** One page as the app computes it: positions, then the shards that hold them. */
function appPage(library: Published, query: LibraryPageQuery) {
  const postings = FACETS.flatMap((facet) => {
    const key = query.filters[facet];
    return key === undefined ? [] : [library.postings(facet, key)];
  });
  const plan = planLibraryPage(library.summary, postings, query);
  const shards = new Map(plan.shards.map((n) => [n, library.shard(plan.order, n)]));
  const { entries, missing } = pageEntries(plan, library.summary.shardSize, shards);
  expect(missing).toEqual([]);
  return { plan, ids: entries.map((entry) => entry.id) };
}

/** The same page the slow, obvious way: every entry filtered, sorted and sliced. */
function expectedPage(
  all: { entry: CatalogueEntry; values: ReturnType<typeof facetValuesOf> }[],
  query: LibraryPageQuery,
) {
  const entries = all
    .filter(({ values }) =>
      FACETS.every((facet) => {
        const key = query.filters[facet];
        return key === undefined || values[facet].some((value) => value.key === key);
      }),
    )
    .map(({ entry }) => entry);
  const sorted = [...entries].sort(query.sort === 'title' ? compareByTitle : compareByDate);
  if (query.sort === 'oldest') {
    const dated = sorted.filter((entry) => entry.published !== undefined).reverse();
    sorted.splice(0, dated.length, ...dated);
  }
  const start = (query.page - 1) * LIBRARY_PAGE_SIZE;
  return {
    matches: entries.length,
    ids: sorted.slice(start, start + LIBRARY_PAGE_SIZE).map((entry) => entry.id),
  };
}

describe('facet keys', () => {
  it('fold case, accents and punctuation, in any script', () => {
    expect(facetKey('Middle Corridor')).toBe('middle-corridor');
    expect(facetKey('  ENERGY ')).toBe('energy');
    expect(facetKey('Ukraine’s Ambassador')).toBe('ukraines-ambassador');
    expect(facetKey('Café & Société')).toBe('cafe-societe');
    expect(facetKey('Энергетика и транспорт')).toBe('энергетика-и-транспорт');
    expect(facetKey('İstanbul')).toBe('istanbul');
    expect(facetKey('2026')).toBe('2026');
  });

  it('keep the marks that make another letter outside Latin, Greek and Cyrillic: が is not か', () => {
    const different = [
      ['かとう', 'がとう'],
      ['ハク', 'パク'],
      ['ｶﾞｯｺｳ', 'カッコウ'],
      // Rām and Ramā: a vowel sign is part of the word, not an accent on it.
      ['राम', 'रमा'],
    ];
    for (const [a, b] of different) {
      expect(facetKey(a!), `${a} / ${b}`).not.toBe(facetKey(b!));
      expect(facetKey(a!)).toMatch(FACET_KEY_PATTERN);
      expect(facetKey(b!)).toMatch(FACET_KEY_PATTERN);
    }
    // The same letters however they are written: composed, decomposed or half-width.
    expect(facetKey('が')).toBe(facetKey('か\u3099'));
    expect(facetKey('ｶﾞｯｺｳ')).toBe(facetKey('ガッコウ'));
  });

  it('fold accents on Latin, Greek and Cyrillic letters and Arabic and Hebrew vowel points, giving the keys they always had', () => {
    // Keys given before kana's voicing marks were kept: a key given is a public link.
    const before: [string, string][] = [
      ['Łukasz Żółć', 'łukasz-zołc'],
      ['Nguyễn Thị Minh Khai', 'nguyen-thi-minh-khai'],
      ['Анна Ковальчук', 'анна-ковальчук'],
      ['Ёлкин Андрей', 'елкин-андреи'],
      ['Γιάννης Παπαδόπουλος', 'γιαννης-παπαδοπουλος'],
      ['Αθηναϊκή Επιθεώρηση', 'αθηναικη-επιθεωρηση'],
      ['ليلى أحمد', 'ليلى-احمد'],
      ['أَحْمَد', 'احمد'],
      ['שָׁלוֹם', 'שלום'],
      ['王小明', '王小明'],
      ['人民日报', '人民日报'],
      ['김민지', '김민지'.normalize('NFKD')],
      ['สมชาย', 'สมชาย'],
    ];
    for (const [label, key] of before) expect(facetKey(label), label).toBe(key);
  });

  it('are always valid keys, at most 80 characters, and the same for the same label', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }), (label) => {
        const key = facetKey(label);
        expect(key).toMatch(FACET_KEY_PATTERN);
        expect(Array.from(key).length).toBeLessThanOrEqual(80);
        expect(facetKey(label)).toBe(key);
      }),
    );
  });

  it('give text without letters a key of its own', () => {
    expect(facetKey('???')).toMatch(/^x-[0-9a-f]{16}$/);
    expect(facetKey('???')).not.toBe(facetKey('!!!'));
  });

  it('name files in ASCII: readable keys as they are, others hashed', () => {
    expect(facetFileName('middle-corridor')).toBe('middle-corridor');
    expect(facetFileName('энергетика')).toMatch(/^_[0-9a-f]{16}$/);
    expect(facetFileName('энергетика')).not.toBe(facetFileName('энергия'));
  });
});

describe('the published library', () => {
  const seed = seedInterview();

  it('holds the seed in both orders, with its facets', () => {
    const library = publish([seed]);
    expect(library.summary).toMatchObject({ total: 1, dated: 1, shardSize: 20 });
    expect(library.summary.facets.topic.top.map((value) => value.label)).toEqual([
      'Energy',
      'Middle Corridor',
      'Peace',
      'Security',
      'Trade',
    ]);
    expect(library.shard('date', 1).map((entry) => entry.id)).toEqual(['viktor-maiko-2026']);
    expect(library.shard('title', 1).map((entry) => entry.id)).toEqual(['viktor-maiko-2026']);
    expect(library.postings('person', 'viktor-maiko')).toMatchObject({
      label: 'Viktor Maiko',
      date: [0],
      title: [0],
    });
    expect(library.postings('year', '2026')?.date).toEqual([0]);
  });

  it('lists no placeholder the importer writes for a publication or a guest it did not find', () => {
    const unnamed: Interview = {
      ...seed,
      id: 'unnamed-2025',
      published: '2025-01-01',
      source: { publication: 'Unknown publication' },
      people: {
        ...seed.people,
        interviewees: seed.people.interviewees.map((person) => ({
          ...person,
          name: 'Interviewee',
        })),
      },
    };
    const library = publish([seed, unnamed]);
    const labels = (facet: Facet) => library.summary.facets[facet].top.map((value) => value.label);
    expect(labels('person')).toEqual(['Viktor Maiko']);
    expect(labels('publication')).toEqual(['The Times of Central Asia']);
    expect(library.summary.facets.person.values).toBe(1);
    expect(library.summary.facets.publication.values).toBe(1);
    expect(library.postings('person', 'interviewee')).toBeNull();
    expect(library.postings('publication', 'unknown-publication')).toBeNull();
    // The interview is still listed, and by its year and topics.
    expect(library.postings('year', '2025')?.date).toEqual([1]);
  });

  it('is empty but valid with no interviews', () => {
    const library = publish([]);
    expect(library.summary.total).toBe(0);
    expect(appPage(library, { filters: {}, sort: 'newest', page: 1 }).ids).toEqual([]);
  });

  it('keeps each file small: shards of 20, a summary naming at most 12 values a facet', () => {
    const interviews = syntheticLibrary(seed, 300);
    const library = publish(interviews);
    expect(library.summary.total).toBe(300);
    expect(library.shard('date', 15)).toHaveLength(20);
    expect(library.shard('date', 16)).toHaveLength(0);
    for (const facet of FACETS)
      expect(library.summary.facets[facet].top.length).toBeLessThanOrEqual(12);
    expect(library.summary.facets.person.values).toBeGreaterThan(12);
    const summaryBytes = JSON.stringify(library.files.get(libraryFiles.summary())).length;
    expect(summaryBytes).toBeLessThan(6_000);
    // The full list of people names every one, alphabetically.
    const people = valid(parseFacetList(library.files.get(libraryFiles.facetList('person'))));
    expect(people.values).toHaveLength(library.summary.facets.person.values);
    const labels = people.values.map((value) => value.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('lists each published id in the one file of library/ids/ its hash names, about 200 a file', () => {
    const interviews = syntheticLibrary(seed, 400);
    const library = publish(interviews);
    const count = publishedIdFiles(library.summary.total);
    expect(count).toBe(2);
    const lists = Array.from(
      { length: count },
      (_, i) => valid(parsePublishedIds(library.files.get(libraryFiles.publishedIds(i + 1)))).ids,
    );
    // Every file is written (a new id's file is never missing), and none beyond.
    expect(library.files.has(libraryFiles.publishedIds(count + 1))).toBe(false);
    for (const list of lists) expect(list.length).toBeGreaterThan(150);
    for (const list of lists) expect(list.length).toBeLessThan(250);
    for (const { id } of interviews) expect(lists[publishedIdFile(id, count) - 1]).toContain(id);
    expect(lists.flat()).toHaveLength(400);
    // An empty library still has its one (empty) file.
    expect(publish([]).files.get(libraryFiles.publishedIds(1))).toEqual({
      schemaVersion: 1,
      ids: [],
    });
  });

  it('lists the most common values first, and years newest first', () => {
    const library = publish(syntheticLibrary(seed, 300));
    const counts = library.summary.facets.topic.top.map((value) => value.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const years = library.summary.facets.year.top.map((value) => value.key);
    expect(years).toEqual([...years].sort().reverse());
  });

  it('counts labels that differ only in case as one value, named as most interviews name it', () => {
    const variant = (id: string, label: string): Interview => ({
      ...seed,
      id,
      sections: seed.sections.map((section, i) => (i === 0 ? { ...section, label } : section)),
    });
    const library = publish([
      variant('a', 'Energy'),
      variant('b', 'ENERGY'),
      variant('c', 'ENERGY'),
    ]);
    expect(library.postings('topic', 'energy')).toMatchObject({ label: 'ENERGY' });
    expect(library.postings('topic', 'energy')?.date).toHaveLength(3);
    // The seed's own "Energy" section, and the renamed first one, are one topic in each.
    expect(library.summary.facets.topic.top.find((value) => value.key === 'energy')?.count).toBe(3);
  });

  it('lists undated interviews last, newest or oldest first', () => {
    const dated = (id: string, published: string | undefined): Interview => {
      const { published: _, ...rest } = seed;
      return { ...rest, id, title: id, ...(published === undefined ? {} : { published }) };
    };
    const interviews = [
      dated('undated', undefined),
      dated('old', '2001-01-01'),
      dated('new', '2024-05-01'),
      dated('middle', '2010-03-03'),
    ];
    const library = publish(interviews);
    const ids = (sort: LibraryPageQuery['sort']) =>
      appPage(library, { filters: {}, sort, page: 1 }).ids;
    expect(ids('newest')).toEqual(['new', 'middle', 'old', 'undated']);
    expect(ids('oldest')).toEqual(['old', 'middle', 'new', 'undated']);
    expect(ids('title')).toEqual(['middle', 'new', 'old', 'undated']);
  });

  it('alphabetises titles ignoring opening quotes, numbers by value', () => {
    const titled = (id: string, title: string): Interview => ({ ...seed, id, title });
    const library = publish([
      titled('b', '“Banks will follow”'),
      titled('a10', 'Part 10'),
      titled('a2', 'Part 2'),
      titled('c', 'a quiet word'),
    ]);
    expect(appPage(library, { filters: {}, sort: 'title', page: 1 }).ids).toEqual([
      'c',
      'b',
      'a2',
      'a10',
    ]);
  });

  it('gives every page of every filter and order exactly what a full scan would', () => {
    const interviews = syntheticLibrary(seed, 170);
    const library = publish(interviews);
    const entries = interviews.map(catalogueEntryFor).map((entry) => ({
      entry,
      values: facetValuesOf(entry),
    }));
    const keysOf = (facet: Facet) =>
      valid(parseFacetList(library.files.get(libraryFiles.facetList(facet)))).values.map(
        (value) => value.key,
      );
    const keys = Object.fromEntries(FACETS.map((facet) => [facet, keysOf(facet)]));
    const query = fc.record({
      topic: fc.option(fc.constantFrom(...(keys.topic ?? []), 'no-such-topic'), { nil: undefined }),
      person: fc.option(fc.constantFrom(...(keys.person ?? [])), { nil: undefined, freq: 3 }),
      publication: fc.option(fc.constantFrom(...(keys.publication ?? [])), { nil: undefined }),
      year: fc.option(fc.constantFrom(...(keys.year ?? [])), { nil: undefined }),
      sort: fc.constantFrom(...LIBRARY_SORTS),
      page: fc.integer({ min: 1, max: 10 }),
    });
    fc.assert(
      fc.property(query, ({ sort, page, ...chosen }) => {
        const filters = Object.fromEntries(
          Object.entries(chosen).filter(([, key]) => key !== undefined),
        );
        const q: LibraryPageQuery = { filters, sort, page };
        const expected = expectedPage(entries, q);
        const actual = appPage(library, q);
        expect(actual.ids).toEqual(expected.ids);
        expect(actual.plan.matches).toBe(expected.matches);
        expect(actual.plan.pageCount).toBe(Math.max(1, Math.ceil(expected.matches / 20)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('planning a page', () => {
  const summary: LibrarySummary = {
    schemaVersion: 1,
    total: 95,
    dated: 90,
    shardSize: 20,
    facets: {
      topic: { values: 0, top: [] },
      person: { values: 0, top: [] },
      publication: { values: 0, top: [] },
      year: { values: 0, top: [] },
    },
  };

  it('loads one shard for a page of the whole library, and nothing else', () => {
    const plan = planLibraryPage(summary, [], { filters: {}, sort: 'newest', page: 3 });
    expect(plan).toMatchObject({ order: 'date', matches: 95, pageCount: 5, shards: [3] });
    expect(plan.positions[0]).toBe(40);
  });

  it('reads the date order backwards for oldest first, undated still last', () => {
    const first = planLibraryPage(summary, [], { filters: {}, sort: 'oldest', page: 1 });
    expect(first.positions.slice(0, 3)).toEqual([89, 88, 87]);
    expect(first.shards).toEqual([4, 5]);
    const last = planLibraryPage(summary, [], { filters: {}, sort: 'oldest', page: 5 });
    expect(last.positions).toEqual([89 - 80, 8, 7, 6, 5, 4, 3, 2, 1, 0, 90, 91, 92, 93, 94]);
  });

  it('shows nothing past the last page, and says which is last', () => {
    const plan = planLibraryPage(summary, [], { filters: {}, sort: 'title', page: 6 });
    expect(plan).toMatchObject({ order: 'title', matches: 95, pageCount: 5, positions: [] });
  });

  it('matches nothing when a filter value is not in the library', () => {
    const postings: FacetPostings = {
      schemaVersion: 1,
      key: 'energy',
      label: 'Energy',
      date: [1, 2],
      title: [5, 6],
    };
    const plan = planLibraryPage(summary, [postings, null], {
      filters: {},
      sort: 'newest',
      page: 1,
    });
    expect(plan).toMatchObject({ matches: 0, pageCount: 1, positions: [], shards: [] });
  });

  it('intersects ascending lists', () => {
    expect(
      intersectAscending([
        [1, 3, 5, 7],
        [3, 4, 5],
        [0, 3, 5, 9],
      ]),
    ).toEqual([3, 5]);
    expect(intersectAscending([[1, 2], []])).toEqual([]);
    expect(intersectAscending([])).toEqual([]);
  });
});

describe('library file formats', () => {
  it('reject positions out of order and lists of unequal length, naming the path', () => {
    const result = parseFacetPostings({
      schemaVersion: 1,
      key: 'energy',
      label: 'Energy',
      date: [3, 1],
      title: [0],
    });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain('$.date');
  });

  it('reject a summary whose facet key is not a key', () => {
    const result = parseLibrarySummary({
      schemaVersion: 1,
      total: 1,
      dated: 1,
      shardSize: 20,
      facets: {
        topic: { values: 1, top: [{ key: 'Not A Key', label: 'x', count: 1 }] },
        person: { values: 0, top: [] },
        publication: { values: 0, top: [] },
        year: { values: 0, top: [] },
      },
    });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      '$.facets.topic.top[0].key',
    ]);
  });
});
