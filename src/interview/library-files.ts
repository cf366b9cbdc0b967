import * as z from 'zod/mini';
import {
  catalogueEntryFor,
  catalogueEntrySchema,
  compareByDate,
  compareByTitle,
  compareLabels,
  type CatalogueEntry,
} from './catalogue';
import {
  assignFacetKeys,
  facetValuesOf,
  pathKey,
  valueIdentity,
  withPathKeys,
  type FacetKeys,
} from './facet-values';
import {
  FACET_KEY_PATTERN,
  FACETS,
  facetKey,
  isAsciiKey,
  type Facet,
  type FacetValue,
} from './facets';
import { schemaVersion, slug, text } from './fields';
import { libraryFiles, type LibraryOrder } from './library-layout';
import { isPlaceholder } from './placeholders';
import type { Interview } from './schema';

// The library is published as many small static files, so that its first view
// loads a summary and one page of interviews however large the library grows:
//
//   library/index.json           the summary: counts, and each facet's most common values
//   library/date/<n>.json        interviews newest first, LIBRARY_SHARD_SIZE per file
//   library/title/<n>.json       the same interviews alphabetically
//   library/<facet>.json         every value of a facet, with counts ("Show all topics")
//   library/<facet>/<key>.json   the interviews with one value, as positions in both orders
//   library/ids/<n>.json         the published ids, spread over files by a hash of each
//                                (publishedIdFile): one file says whether an id is published
//
// A filter reads its value's positions, intersects them with the other
// filters', and loads only the shards that hold the page asked for.

/** Interviews per shard file. */
export const LIBRARY_SHARD_SIZE = 20;

/** How many of a facet's values the summary names (the rest are in its full list). */
export const FACET_TOP = 12;

/**
 * Published ids a file of `library/ids/` holds on average: 10,000 interviews
 * make 50 files of about 5 KB, one of which answers whether
 * an id is published.
 */
export const IDS_PER_FILE = 200;

/** How many files list the published ids of a library of `total` interviews (one at least). */
export function publishedIdFiles(total: number): number {
  return Math.max(1, Math.ceil(total / IDS_PER_FILE));
}

/** The file (from 1) that lists `id` if it is published: a hash of it (32-bit FNV-1a), so the files hold about as many each. */
export function publishedIdFile(id: string, files: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % files) + 1;
}

export { libraryFiles, type LibraryOrder };

const whole = z.int().check(z.minimum(0, 'must be a whole number, 0 or more'));
const atLeastOne = z.int().check(z.minimum(1, 'must be a whole number of at least 1'));
const facetKeyField = z
  .string()
  .check(z.regex(FACET_KEY_PATTERN, 'must be a facet key: letters and digits joined by hyphens'));

const facetValueSchema = z.strictObject({ key: facetKeyField, label: text, count: atLeastOne });

const facetSummarySchema = z.strictObject({
  /** How many distinct values the facet has. */
  values: whole,
  /** The most common values (years: the latest), at most FACET_TOP. */
  top: z.array(facetValueSchema),
});

/** library/index.json */
export const librarySummarySchema = z.strictObject({
  schemaVersion,
  total: whole,
  /** How many interviews have a date: they come first in the date order. */
  dated: whole,
  shardSize: atLeastOne,
  facets: z.strictObject({
    topic: facetSummarySchema,
    person: facetSummarySchema,
    publication: facetSummarySchema,
    year: facetSummarySchema,
  }),
});

/** library/date/<n>.json and library/title/<n>.json */
export const libraryShardSchema = z.strictObject({
  schemaVersion,
  entries: z.array(catalogueEntrySchema),
});

const ascending = z
  .array(whole)
  .check(
    z.refine(
      (positions) => positions.every((p, i) => i === 0 || p > (positions[i - 1] ?? -1)),
      'must be positions in ascending order, each once',
    ),
  );

/** library/<facet>/<key>.json */
export const facetPostingsSchema = z
  .strictObject({
    schemaVersion,
    key: facetKeyField,
    label: text,
    /** Positions of the value's interviews in the date order and in the title order. */
    date: ascending,
    title: ascending,
  })
  .check(
    z.refine(
      (postings) => postings.date.length === postings.title.length,
      'must list as many positions in "date" as in "title"',
    ),
  );

/** library/<facet>.json */
export const facetListSchema = z.strictObject({
  schemaVersion,
  values: z.array(facetValueSchema),
});

/** library/ids/<n>.json: the published ids publishedIdFile puts in this file, in order. */
export const publishedIdsSchema = z.strictObject({
  schemaVersion,
  ids: z.array(slug),
});

/** The facets whose values are named by people, and keyed by the ledger (years are their own key). */
type NamedFacet = 'topic' | 'person' | 'publication';

const ledgerOf = z
  .record(slug, z.string().check(z.regex(FACET_KEY_PATTERN, 'must be a value’s identity')))
  .check(
    z.refine(
      (ledger) => new Set(Object.values(ledger)).size === Object.keys(ledger).length,
      'must give each value one key',
    ),
  );

/**
 * library-keys.json: every key given to a topic, person and publication, and
 * the value (its valueIdentity) it names. \`npm run generate\` reads it and
 * adds the keys it gives; a key, once given, names the same value for ever.
 */
export const keyLedgerSchema = z.strictObject({
  about: z.string(),
  schemaVersion,
  topic: ledgerOf,
  person: ledgerOf,
  publication: ledgerOf,
});

export type FacetKeyLedger = z.infer<typeof keyLedgerSchema>;

export const EMPTY_KEY_LEDGER: FacetKeyLedger = {
  about:
    'Every key the library has given a topic, person or publication (its links: /person/<key>), and the value it names. Written by `npm run generate`, which only adds to it: a key is never given to another value. Commit it; never edit or remove an entry.',
  schemaVersion: 1,
  topic: {},
  person: {},
  publication: {},
};

export type LibrarySummary = z.infer<typeof librarySummarySchema>;
export type LibraryShard = z.infer<typeof libraryShardSchema>;
export type FacetPostings = z.infer<typeof facetPostingsSchema>;
export type FacetList = z.infer<typeof facetListSchema>;
export type PublishedIds = z.infer<typeof publishedIdsSchema>;

/** One file of the published library: its path below the site root, and its JSON. */
export type LibraryFile = { path: string; data: unknown };

type Collected = { labels: Map<string, number>; date: number[]; title: number[] };

/** The label most interviews use for a key (ties: the first alphabetically). */
function commonLabel(labels: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [label, n] of labels) {
    if (n > bestCount || (n === bestCount && compareLabels(label, best) < 0)) {
      best = label;
      bestCount = n;
    }
  }
  return best;
}

function shards(entries: CatalogueEntry[], order: LibraryOrder): LibraryFile[] {
  const files: LibraryFile[] = [];
  for (let start = 0; start < entries.length; start += LIBRARY_SHARD_SIZE) {
    files.push({
      path: libraryFiles.shard(order, start / LIBRARY_SHARD_SIZE + 1),
      data: { schemaVersion: 1, entries: entries.slice(start, start + LIBRARY_SHARD_SIZE) },
    });
  }
  return files;
}

/** A facet's values in the order a reader scans them: years newest first, others by label. */
function listOrder(facet: Facet) {
  return facet === 'year'
    ? (a: FacetValue, b: FacetValue) => compareLabels(b.key, a.key)
    : (a: FacetValue, b: FacetValue) => compareLabels(a.label, b.label);
}

/** The values the summary names: the latest years, or the most common others. */
function topValues(facet: Facet, values: FacetValue[]): FacetValue[] {
  const order =
    facet === 'year'
      ? listOrder(facet)
      : (a: FacetValue, b: FacetValue) => b.count - a.count || compareLabels(a.label, b.label);
  return [...values].sort(order).slice(0, FACET_TOP);
}

/**
 * The postings of keys a label had before pathKey romanized it (`анна-ковальчук`,
 * now `anna-kovalchuk`), at their old file, so every link made with them
 * still lists what it did: the interviews of every value whose labels had that
 * key, under the key of the value most of them have.
 */
function earlierKeyFiles(
  facet: Facet,
  earlier: Map<string, FacetPostings[]>,
  fileNames: Map<string, string>,
): LibraryFile[] {
  return [...earlier].map(([old, [first, ...more]]) => {
    if (first === undefined) throw new Error(`no postings for "${old}"`);
    const main = more.reduce((best, p) => (p.date.length > best.date.length ? p : best), first);
    const union = (order: 'date' | 'title') =>
      [...new Set([first, ...more].flatMap((p) => p[order]))].sort((a, b) => a - b);
    const file = libraryFiles.facetPostings(facet, old);
    const clash = fileNames.get(file);
    if (clash !== undefined) throw new Error(`${file} would hold both "${clash}" and "${old}"`);
    fileNames.set(file, old);
    const postings = { ...main, date: union('date'), title: union('title') };
    return { path: file, data: postings satisfies FacetPostings };
  });
}

/** Every file of the published library, built from the interviews (buildLibraryWithKeys). */
export function buildLibrary(
  interviews: readonly Interview[],
  ledger: FacetKeyLedger = EMPTY_KEY_LEDGER,
): LibraryFile[] {
  return buildLibraryWithKeys(interviews, ledger).files;
}

/**
 * The keys of every topic, person and publication (assignFacetKeys): values
 * the ledger does not name yet in the order they were first published (oldest
 * first, undated last), then by identity, so the same interviews and ledger
 * give the same keys on any machine.
 */
function facetKeys(
  entries: readonly CatalogueEntry[],
  ledger: FacetKeyLedger,
): { keys: FacetKeys; ledger: FacetKeyLedger } {
  const labelsOf: Record<NamedFacet, (entry: CatalogueEntry) => string[]> = {
    topic: (entry) => entry.topics,
    person: (entry) => entry.interviewees.map((person) => person.name),
    publication: (entry) => [entry.publication],
  };
  const assign = (facet: NamedFacet) => {
    const values = new Map<string, { labels: Map<string, number>; first: string }>();
    for (const entry of entries) {
      for (const label of labelsOf[facet](entry)) {
        if (facet !== 'topic' && isPlaceholder(facet, label)) continue;
        const identity = valueIdentity(label);
        const value = values.get(identity) ?? { labels: new Map(), first: '\uffff' };
        values.set(identity, value);
        value.labels.set(label, (value.labels.get(label) ?? 0) + 1);
        const published = entry.published ?? '\ufffe';
        if (published < value.first) value.first = published;
      }
    }
    const order = [...values]
      .map(([identity, { labels, first }]) => ({
        identity,
        words: pathKey(commonLabel(labels)),
        first,
      }))
      .sort((a, b) =>
        a.first !== b.first ? (a.first < b.first ? -1 : 1) : a.identity < b.identity ? -1 : 1,
      );
    return assignFacetKeys(order, ledger[facet]);
  };
  const topic = assign('topic');
  const person = assign('person');
  const publication = assign('publication');
  return {
    keys: { topic: topic.keys, person: person.keys, publication: publication.keys },
    ledger: {
      ...ledger,
      topic: { ...topic.ledger },
      person: { ...person.ledger },
      publication: { ...publication.ledger },
    },
  };
}

/**
 * Every file of the published library, and the ledger of keys with those it
 * gave (see keyLedgerSchema). Pure: the same interviews and ledger give the
 * same files, byte for byte, on any machine.
 */
export function buildLibraryWithKeys(
  interviews: readonly Interview[],
  previous: FacetKeyLedger,
): { files: LibraryFile[]; ledger: FacetKeyLedger } {
  const plain = interviews.map(catalogueEntryFor);
  const { keys, ledger } = facetKeys(plain, previous);
  const byDate = plain.map((entry) => withPathKeys(entry, keys)).sort(compareByDate);
  const byTitle = [...byDate].sort(compareByTitle);
  const titlePosition = new Map(byTitle.map((entry, position) => [entry.id, position]));

  const collected: Record<Facet, Map<string, Collected>> = {
    topic: new Map(),
    person: new Map(),
    publication: new Map(),
    year: new Map(),
  };
  byDate.forEach((entry, datePosition) => {
    const values = facetValuesOf(entry);
    for (const facet of FACETS) {
      for (const { key, label } of values[facet]) {
        const value: Collected = collected[facet].get(key) ?? {
          labels: new Map(),
          date: [],
          title: [],
        };
        collected[facet].set(key, value);
        value.labels.set(label, (value.labels.get(label) ?? 0) + 1);
        value.date.push(datePosition);
        value.title.push(titlePosition.get(entry.id) ?? 0);
      }
    }
  });

  const files: LibraryFile[] = [];
  const fileNames = new Map<string, string>();
  const facetSummary = (facet: Facet) => {
    const values: FacetValue[] = [];
    // Keys that labels in other scripts had before pathKey: their values' postings.
    const earlier = new Map<string, FacetPostings[]>();
    for (const [key, value] of collected[facet]) {
      const label = commonLabel(value.labels);
      values.push({ key, label, count: value.date.length });
      const file = libraryFiles.facetPostings(facet, key);
      const clash = fileNames.get(file);
      if (clash !== undefined) throw new Error(`${file} would hold both "${clash}" and "${key}"`);
      fileNames.set(file, key);
      const postings = {
        schemaVersion: 1,
        key,
        label,
        date: value.date,
        title: value.title.sort((a, b) => a - b),
      } satisfies FacetPostings;
      files.push({ path: file, data: postings });
      // Keys in their own script (an ASCII facetKey always was the value's key, or is now another's).
      for (const old of new Set([...value.labels.keys()].map(facetKey))) {
        if (old !== key && !isAsciiKey(old))
          earlier.set(old, [...(earlier.get(old) ?? []), postings]);
      }
    }
    files.push(...earlierKeyFiles(facet, earlier, fileNames));
    const list = {
      schemaVersion: 1,
      values: [...values].sort(listOrder(facet)),
    } satisfies FacetList;
    files.push({ path: libraryFiles.facetList(facet), data: list });
    return { values: values.length, top: topValues(facet, values) };
  };

  const summary = {
    schemaVersion: 1,
    total: byDate.length,
    dated: byDate.filter((entry) => entry.published !== undefined).length,
    shardSize: LIBRARY_SHARD_SIZE,
    facets: {
      topic: facetSummary('topic'),
      person: facetSummary('person'),
      publication: facetSummary('publication'),
      year: facetSummary('year'),
    },
  } satisfies LibrarySummary;
  return {
    files: [
      { path: libraryFiles.summary(), data: summary },
      ...shards(byDate, 'date'),
      ...shards(byTitle, 'title'),
      ...files,
      ...publishedIdLists(byTitle),
    ],
    ledger,
  };
}

/** Every file of `library/ids/`, each written even if empty: asked for a new id, none is missing. */
function publishedIdLists(entries: readonly CatalogueEntry[]): LibraryFile[] {
  const count = publishedIdFiles(entries.length);
  const lists = Array.from({ length: count }, (): string[] => []);
  for (const { id } of entries) lists[publishedIdFile(id, count) - 1]?.push(id);
  return lists.map((ids, i) => ({
    path: libraryFiles.publishedIds(i + 1),
    data: { schemaVersion: 1, ids: ids.sort() } satisfies PublishedIds,
  }));
}
