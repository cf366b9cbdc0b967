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
const LATIN = /\p{Script=Latin}+/gu;

/** The longest key, as an id (fields.ts `slug`). */
const MAX_KEY_LENGTH = 80;

/**
 * The words of a label in Latin letters, as a key: its facetKey where that is
 * ASCII words (`viktor-maiko`, as every such key always was), else the label
 * in Latin letters (any-ascii), so every value has a page of the built site
 * and a link a teacher can read and paste anywhere: "Анна Ковальчук" →
 * `anna-kovalchuk`, "王小明" → `wang-xiao-ming` (a syllable a word), "Łukasz"
 * → `lukasz`. Two values may read alike (王伟 and 汪伟 are both `wang-wei`):
 * the library gives the second its own key (assignFacetKeys).
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

/**
 * What makes two labels one value: the same words whatever their case, accents,
 * spaces and punctuation ("Anna  Kovalchuk" is "Anna Kovalchuk"), and Latin
 * letters with no plain form read plainly ("Łukasz Żółć" is "Lukasz Zolc",
 * "Straße" "Strasse"), as a reader types them. Letters of other scripts stay as
 * they are: 王伟 and 汪伟, or "Анна Ковальчук" and "Anna Kovalchuk", only read
 * alike once written in Latin letters, and may be two people.
 */
export function valueIdentity(label: string): string {
  return facetKey(label.replace(LATIN, (run) => anyAscii(run)));
}

/**
 * The keys given so far, per facet: key → the identity (valueIdentity) of the
 * value it names. Kept in the repository (library-keys.json) and only ever
 * added to, so a key is never given to another value, whatever is added or
 * removed later.
 */
export type KeyLedger = Readonly<Record<string, string>>;

/** A value to key: its identity, and its label's words in Latin letters (pathKey). */
export type Keyable = { identity: string; words: string };

/** `words` with `-n`, cut so that the key stays within MAX_KEY_LENGTH. */
function suffixed(words: string, n: number): string {
  const suffix = `-${n}`;
  let cut = words.slice(0, MAX_KEY_LENGTH - suffix.length);
  while (cut.endsWith('-')) cut = cut.slice(0, -1);
  return `${cut}${suffix}`;
}

/**
 * The key of each value of one facet (by identity), and the ledger with the
 * keys given now. A value the ledger names keeps its key. Then each value whose
 * label is plain ASCII words takes those words if no value had them before;
 * then every other value, in the order given (the caller's: first published
 * first), takes its words if free, else its words with the first free suffix
 * from `-2` (`wang-wei-2`). A key is free if the ledger has not given it and no
 * value has it now.
 */
export function assignFacetKeys(
  values: readonly Keyable[],
  ledger: KeyLedger,
): { keys: Map<string, string>; ledger: KeyLedger } {
  const keys = new Map<string, string>();
  const taken = new Set(Object.keys(ledger));
  for (const [key, identity] of Object.entries(ledger)) keys.set(identity, key);
  const give = (identity: string, key: string) => {
    keys.set(identity, key);
    taken.add(key);
  };
  for (const { identity, words } of values) {
    if (!keys.has(identity) && identity === words && !taken.has(words)) give(identity, words);
  }
  for (const { identity, words } of values) {
    if (keys.has(identity)) continue;
    let key = words;
    for (let n = 2; taken.has(key); n += 1) key = suffixed(words, n);
    give(identity, key);
  }
  const given = [...keys].map(([identity, key]) => [key, identity] as const);
  given.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { keys, ledger: Object.fromEntries(given) };
}

/**
 * What an interview's facets are read from: its catalogue entry (with the keys
 * the library gave its labels), or the same fields of an interview.
 */
export type FacetSource = Pick<
  CatalogueEntry,
  'topics' | 'publication' | 'published' | 'publicationKey' | 'topicKeys'
> & {
  interviewees: readonly { name: string; key?: string | undefined }[];
};

/**
 * The facet values of one interview, each once (two topics with one key count
 * once), by the keys its entry holds, else their facetKey (as its card links
 * them): no romanizing here.
 */
export function facetValuesOf(entry: FacetSource): Record<Facet, { key: string; label: string }[]> {
  const unique = (values: { key: string; label: string }[]) => {
    const byKey = new Map<string, string>();
    for (const { key, label } of values) if (!byKey.has(key)) byKey.set(key, label);
    return [...byKey].map(([key, label]) => ({ key, label }));
  };
  const named = (facet: 'person' | 'publication', values: { key: string; label: string }[]) =>
    unique(values.filter(({ label }) => !isPlaceholder(facet, label)));
  return {
    topic: unique(
      entry.topics.map((label, i) => ({ key: entry.topicKeys?.[i] ?? facetKey(label), label })),
    ),
    person: named(
      'person',
      entry.interviewees.map(({ name, key }) => ({ key: key ?? facetKey(name), label: name })),
    ),
    publication: named('publication', [
      { key: entry.publicationKey ?? facetKey(entry.publication), label: entry.publication },
    ]),
    year:
      entry.published === undefined
        ? []
        : [{ key: entry.published.slice(0, 4), label: entry.published.slice(0, 4) }],
  };
}

/** The keys the library gave each facet's values, by identity (valueIdentity). */
export type FacetKeys = Record<'topic' | 'person' | 'publication', ReadonlyMap<string, string>>;

/**
 * A catalogue entry with the keys of its labels whose key is not their
 * facetKey (labels in other scripts, or a second value read alike), which the
 * library's cards link to: the first view computes facetKey, and cannot romanize.
 */
export function withPathKeys(entry: CatalogueEntry, keys: FacetKeys): CatalogueEntry {
  const keyOf = (facet: keyof FacetKeys, label: string) =>
    keys[facet].get(valueIdentity(label)) ?? pathKey(label);
  const differs = (facet: keyof FacetKeys, label: string) =>
    keyOf(facet, label) !== facetKey(label);
  const topicKeys = entry.topics.some((topic) => differs('topic', topic))
    ? entry.topics.map((topic) => keyOf('topic', topic))
    : undefined;
  return {
    ...entry,
    interviewees: entry.interviewees.map((person) =>
      differs('person', person.name) ? { ...person, key: keyOf('person', person.name) } : person,
    ),
    ...(differs('publication', entry.publication)
      ? { publicationKey: keyOf('publication', entry.publication) }
      : {}),
    ...(topicKeys ? { topicKeys } : {}),
  };
}
