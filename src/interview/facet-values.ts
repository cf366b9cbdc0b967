import anyAscii from 'any-ascii';
import type { CatalogueEntry } from './catalogue';
import { facetKey, hash, isAsciiKey, type Facet } from './facets';
import { isPlaceholder } from './placeholders';

// Apart from facets.ts, which every page's first view loads (its keys build
// the library's links): only the build and the library's files need this.
// any-ascii's tables are some 540 KB: nothing a browser loads may import this
// module's code (tests/unit/bundle-budget.test.ts looks for them).

// Runs of letters of a script other than Latin (digits, spaces and punctuation are "Common").
const OTHER_SCRIPTS = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+/gu;

/**
 * The key of a facet value in the library's links and files: its facetKey
 * where that is ASCII words (`viktor-maiko`, as every such key always was),
 * else the label in Latin letters (any-ascii), so every value has a page of
 * the built site and a link a teacher can read and paste anywhere:
 * "Анна Ковальчук" → `anna-kovalchuk`, "王小明" → `wang-xiao-ming` (a
 * syllable a word), "Łukasz" → `lukasz`. Written into the catalogue at
 * generate time (withPathKeys), so the browser never romanizes.
 */
export function pathKey(label: string): string {
  const key = facetKey(label);
  if (isAsciiKey(key)) return key;
  const latin = anyAscii(
    label.replace(
      OTHER_SCRIPTS,
      // any-ascii writes Chinese and Korean syllables in capitals, run together: WangXiaoMing.
      (run) => ` ${anyAscii(run).replace(/(?<=[a-z])(?=[A-Z])/g, ' ')} `,
    ),
  );
  const romanized = facetKey(latin);
  return /[a-z0-9]/i.test(latin) && isAsciiKey(romanized) ? romanized : `x-${hash(label.trim())}`;
}

/** What an interview's facets are read from: its catalogue entry, or the same fields of the interview. */
export type FacetSource = Pick<CatalogueEntry, 'topics' | 'publication' | 'published'> & {
  interviewees: readonly { name: string }[];
};

/** The facet values of one interview, each once (two topics with one key count once). */
export function facetValuesOf(entry: FacetSource): Record<Facet, { key: string; label: string }[]> {
  const unique = (labels: string[]) => {
    const byKey = new Map<string, string>();
    for (const label of labels) {
      const key = pathKey(label);
      if (!byKey.has(key)) byKey.set(key, label);
    }
    return [...byKey].map(([key, label]) => ({ key, label }));
  };
  const named = (facet: 'person' | 'publication', labels: string[]) =>
    unique(labels.filter((label) => !isPlaceholder(facet, label)));
  return {
    topic: unique(entry.topics),
    person: named(
      'person',
      entry.interviewees.map((person) => person.name),
    ),
    publication: named('publication', [entry.publication]),
    year: unique(entry.published === undefined ? [] : [entry.published.slice(0, 4)]),
  };
}

/**
 * A catalogue entry with the keys of its labels whose pathKey is not their
 * facetKey (labels in other scripts), which the library's cards link to:
 * the first view computes facetKey, and cannot romanize.
 */
export function withPathKeys(entry: CatalogueEntry): CatalogueEntry {
  const differs = (label: string) => pathKey(label) !== facetKey(label);
  const topicKeys = entry.topics.some(differs) ? entry.topics.map(pathKey) : undefined;
  return {
    ...entry,
    interviewees: entry.interviewees.map((person) =>
      differs(person.name) ? { ...person, key: pathKey(person.name) } : person,
    ),
    ...(differs(entry.publication) ? { publicationKey: pathKey(entry.publication) } : {}),
    ...(topicKeys ? { topicKeys } : {}),
  };
}
