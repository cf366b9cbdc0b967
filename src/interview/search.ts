import { fold } from './fold';
import type { Interview } from './schema';
import {
  paragraphKey,
  type SearchHit,
  type SearchScope,
  type SearchUnit,
  type Stemmer,
} from './search-units';

// Scripts written without spaces between words: each character is a word,
// so a query matches wherever its characters follow one another.
const UNSPACED =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
const WORD = new RegExp(`(?:(?![${UNSPACED}])[\\p{L}\\p{N}])+|[${UNSPACED}]`, 'gu');

/**
 * Every searchable paragraph, in reading order. Here, not in search-units.ts:
 * only a search needs them, and this module loads with the first search.
 */
export function buildSearchUnits(interview: Interview): SearchUnit[] {
  const unit =
    (
      part: SearchUnit['part'],
      owner: string,
      sectionId: string | undefined,
      questionId: string | undefined,
    ) =>
    (text: string, paragraph: number): SearchUnit => ({
      key: paragraphKey(part, owner, paragraph),
      sectionId,
      questionId,
      part,
      paragraph,
      text,
    });
  return [
    ...interview.intro.map(unit('intro', 'intro', undefined, undefined)),
    ...interview.sections.flatMap((section) =>
      section.questions.flatMap((q) => [
        ...q.question.map(unit('question', q.id, section.id, q.id)),
        ...q.answer.map(unit('answer', q.id, section.id, q.id)),
      ]),
    ),
  ];
}

type Word = { start: number; end: number; folded: string };

/** The words of a folded text: runs of letters and digits (apostrophes and hyphens split them). */
function words(folded: string): Word[] {
  return [...folded.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: match[0],
  }));
}

/** The words of one paragraph, as ids into the index's vocabulary, and where they are in its text. */
type UnitWords = { ids: Int32Array; stems: Int32Array; starts: Int32Array; ends: Int32Array };

/** What an index needs of a paragraph: its text (a worker's index holds nothing else). */
export type IndexedText = { text: string };

/** An interview's paragraphs as words, built once (and only when a search asks for it). */
export type SearchIndex<U extends IndexedText = SearchUnit> = {
  units: readonly U[];
  words: readonly UnitWords[];
  /** Folded words by id. */
  vocabulary: readonly string[];
  /** The stem id of each word id. */
  stemOf: Int32Array;
  stemIds: ReadonlyMap<string, number>;
  stem: Stemmer;
};

const identity: Stemmer = (word) => word;

/** A word's stem, folded: the stemmer reads the word with its accents, as its language writes it. */
function stemKey(stem: Stemmer, original: string): string {
  return fold(stem(original.toLowerCase())).text;
}

/** Builds a search index a few paragraphs at a time (see searchIndexBuilder). */
export type SearchIndexBuilder<U extends IndexedText = SearchUnit> = {
  /**
   * Indexes paragraphs while `more()` says so (at least one); returns the
   * index once every paragraph is in it.
   */
  step: (more: () => boolean) => SearchIndex<U> | undefined;
  /** Indexes the paragraphs not yet in the index, all at once. */
  finish: () => SearchIndex<U>;
};

/**
 * Splits every paragraph into words and stems each distinct word once, so
 * each search only compares numbers. Linear in the interview's text. Step by
 * step, so that the browser can build a long interview's index in slices
 * between frames rather than in one long task.
 */
export function searchIndexBuilder<U extends IndexedText>(
  units: readonly U[],
  stem: Stemmer = identity,
): SearchIndexBuilder<U> {
  const wordIds = new Map<string, number>();
  const vocabulary: string[] = [];
  const stemOfWord: number[] = [];
  const stemIds = new Map<string, number>();
  const idOf = (folded: string, original: string): number => {
    const known = wordIds.get(folded);
    if (known !== undefined) return known;
    const id = vocabulary.length;
    wordIds.set(folded, id);
    vocabulary.push(folded);
    const key = stemKey(stem, original);
    const stemId = stemIds.get(key) ?? stemIds.size;
    stemIds.set(key, stemId);
    stemOfWord.push(stemId);
    return id;
  };
  const indexUnit = (unit: U): UnitWords => {
    const { text, map } = fold(unit.text);
    const found = words(text);
    const ids = new Int32Array(found.length);
    const starts = new Int32Array(found.length);
    const ends = new Int32Array(found.length);
    found.forEach((word, i) => {
      starts[i] = map[word.start] ?? 0;
      ends[i] = map[word.end] ?? unit.text.length;
      ids[i] = idOf(word.folded, unit.text.slice(starts[i], ends[i]));
    });
    return { ids, stems: ids.map((id) => stemOfWord[id] ?? -1), starts, ends };
  };
  const perUnit: UnitWords[] = [];
  const index = (): SearchIndex<U> => ({
    units,
    words: perUnit,
    vocabulary,
    stemOf: Int32Array.from(stemOfWord),
    stemIds,
    stem,
  });
  return {
    step(more) {
      for (let next = perUnit.length; next < units.length; next += 1) {
        const unit = units[next];
        if (unit) perUnit.push(indexUnit(unit));
        if (next + 1 < units.length && !more()) return undefined;
      }
      return index();
    },
    finish() {
      for (let next = perUnit.length; next < units.length; next += 1) {
        const unit = units[next];
        if (unit) perUnit.push(indexUnit(unit));
      }
      return index();
    },
  };
}

/** The whole index at once (see searchIndexBuilder). */
export function buildSearchIndex<U extends IndexedText>(
  units: readonly U[],
  stem: Stemmer = identity,
): SearchIndex<U> {
  return searchIndexBuilder(units, stem).finish();
}

/** Knuth–Morris–Pratt: for each prefix of the pattern, the longest proper prefix that is also its suffix. */
function failureTable(pattern: Int32Array): Int32Array {
  const table = new Int32Array(pattern.length);
  let k = 0;
  for (let i = 1; i < pattern.length; i += 1) {
    while (k > 0 && pattern[i] !== pattern[k]) k = table[k - 1] ?? 0;
    if (pattern[i] === pattern[k]) k += 1;
    table[i] = k;
  }
  return table;
}

export type SearchOptions = {
  scope?: SearchScope;
  /** Leaves out paragraphs the reader cannot see (other sections, hidden answers). */
  include?: (unit: SearchUnit) => boolean;
};

function inScope(unit: SearchUnit, scope: SearchScope): boolean {
  if (scope === 'questions') return unit.part === 'question';
  if (scope === 'answers') return unit.part === 'answer';
  return true;
}

/**
 * Every occurrence of the query's words in every paragraph, in reading
 * order, as numbers: for each match, its paragraph's place in the index and
 * where it starts and ends in that paragraph's text (three numbers a match).
 * Numbers, so that a worker can hand them to the page in one buffer
 * (search-worker.ts); `hitsAt` makes them hits again. Words match in any
 * inflection the stemmer knows ("pipelines" finds "pipeline"), ignoring
 * case, accents and punctuation between them; while the query still ends in
 * a letter, its last word also matches the start of a longer one, as a
 * find-as-you-type field does. Linear in the paragraphs' words plus the
 * query (Knuth–Morris–Pratt over stem ids), however the words repeat.
 */
export function matchOffsets(index: SearchIndex<IndexedText>, query: string): Int32Array {
  const foldedQuery = fold(query);
  const terms = words(foldedQuery.text);
  const last = terms.at(-1);
  if (!last) return new Int32Array(0);
  const original = (word: Word) =>
    query.slice(foldedQuery.map[word.start] ?? 0, foldedQuery.map[word.end] ?? query.length);
  const head = new Int32Array(terms.length - 1);
  for (let i = 0; i < head.length; i += 1) {
    const term = terms[i];
    const id = term ? index.stemIds.get(stemKey(index.stem, original(term))) : undefined;
    if (id === undefined) return new Int32Array(0);
    head[i] = id;
  }
  const lastStem = index.stemIds.get(stemKey(index.stem, original(last))) ?? -1;
  const asPrefix = /[\p{L}\p{N}]$/u.test(query);
  const lastMatches = Uint8Array.from(index.vocabulary, (word, id) =>
    Number(index.stemOf[id] === lastStem || (asPrefix && word.startsWith(last.folded))),
  );
  const failure = failureTable(head);

  const found: number[] = [];
  index.words.forEach(({ ids, stems, starts, ends }, u) => {
    // matched: the longest start of the head that ends just before word i.
    let matched = 0;
    // Where the next hit may start: hits do not overlap.
    let free = 0;
    for (let i = 0; i < ids.length; i += 1) {
      const first = i - head.length;
      if (matched === head.length && first >= free && lastMatches[ids[i] ?? 0] === 1) {
        found.push(u, starts[first] ?? 0, ends[i] ?? 0);
        free = i + 1;
      }
      if (head.length === 0) continue;
      if (matched === head.length) matched = failure[matched - 1] ?? 0;
      while (matched > 0 && stems[i] !== head[matched]) matched = failure[matched - 1] ?? 0;
      if (stems[i] === head[matched]) matched += 1;
    }
  });
  return Int32Array.from(found);
}

/**
 * The hits that `matchOffsets` gave as numbers, in the paragraphs of
 * `units` (the same paragraphs, in the same order, as the index's), in
 * reading order: only those in `scope` that `include` keeps.
 */
export function hitsAt(
  units: readonly SearchUnit[],
  offsets: Int32Array,
  { scope = 'all', include = () => true }: SearchOptions = {},
): SearchHit[] {
  const hits: SearchHit[] = [];
  let kept: SearchUnit | undefined;
  let keep = false;
  for (let i = 0; i + 2 < offsets.length; i += 3) {
    const unit = units[offsets[i] ?? -1];
    if (!unit) continue;
    if (unit !== kept) {
      kept = unit;
      keep = inScope(unit, scope) && include(unit);
    }
    if (keep) hits.push({ unit, start: offsets[i + 1] ?? 0, end: offsets[i + 2] ?? 0 });
  }
  return hits;
}

/**
 * Every occurrence of the query's words, in reading order, in the paragraphs
 * in `scope` that `include` keeps (see matchOffsets).
 */
export function search(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {},
): SearchHit[] {
  return hitsAt(index.units, matchOffsets(index, query), options);
}
