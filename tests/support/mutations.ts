// A corpus of broken interview files: the seed with random fields deleted,
// retyped, renamed, emptied, made invisible, duplicated or cut short. The same
// seed number gives the same corpus.

type Key = string | number;
type Json = unknown;

function isObject(value: Json): value is Record<Key, Json> {
  return typeof value === 'object' && value !== null;
}

/** Every path in a JSON value, the root first. */
function allPaths(value: Json, path: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => allPaths(item, [...path, i], out));
  else if (isObject(value))
    for (const key of Object.keys(value)) allPaths(value[key], [...path, key], out);
  return out;
}

function at(value: Json, path: readonly Key[]): Json {
  return path.reduce<Json>((node, key) => (isObject(node) ? node[key] : undefined), value);
}

/** Strings that show nothing: zero-width space, RLM, NUL, soft hyphen, word joiner, Hangul filler, RLO, a lone surrogate, ESC, BOM, … */
export const INVISIBLE_TEXTS = [
  '\u200B',
  '\u200F',
  '\u0000',
  '\u00AD',
  '\u2060',
  '\u3164',
  '\u202E',
  '\uD800',
  '\u001B',
  '\uFEFF',
  '\u200B\u200C\u200D',
  ' \u2800 ',
  '\u0301',
  '\u115F\u1160',
  '\uFE0F',
  '\u180E',
  '\t\n',
];

const VALUES: Json[] = [null, 0, 1.5, true, [], {}, '', ' ', 'x', -1, [1, 2], { a: 1 }];

/** A small random number generator with a seed, so a failing corpus can be made again. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  };
  return { next, pick };
}

/** `count` broken copies of `source` (a JSON text), as texts. */
export function mutatedCorpus(source: string, count: number, seed = 1): string[] {
  const { next, pick } = generator(seed);
  const paths = (doc: Json, keep: (path: Key[], value: Json) => boolean) =>
    allPaths(doc).filter((path) => keep(path, at(doc, path)));
  const set = (doc: Json, path: Key[], value: Json) => {
    const parent = at(doc, path.slice(0, -1));
    const key = path.at(-1);
    if (isObject(parent) && key !== undefined) parent[key] = value;
  };
  const mutations: ((doc: Json) => void)[] = [
    (doc) => {
      const path = pick(paths(doc, (p) => p.length > 0));
      const parent = at(doc, path.slice(0, -1));
      const key = path.at(-1);
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else if (isObject(parent) && key !== undefined) delete parent[key];
    },
    (doc) => set(doc, pick(paths(doc, (p) => p.length > 0)), pick(VALUES)),
    (doc) => {
      const path = pick(paths(doc, (_, v) => isObject(v) && !Array.isArray(v)));
      const object = at(doc, path);
      if (isObject(object)) object[pick(['extra', 'Title', 'questionz', '__proto__x', 'a b'])] = 1;
    },
    (doc) => set(doc, pick(paths(doc, (_, v) => typeof v === 'string')), pick(INVISIBLE_TEXTS)),
    (doc) => {
      const list = at(doc, pick(paths(doc, (_, v) => Array.isArray(v) && v.length > 0)));
      if (Array.isArray(list)) list.push(structuredClone(list[0]));
    },
    (doc) => {
      const path = pick(paths(doc, (_, v) => typeof v === 'string'));
      set(doc, path, `${String(at(doc, path)).toUpperCase()} x`);
    },
    (doc) => {
      const fields = ['askedBy', 'answeredBy', 'questionId'];
      set(doc, pick(paths(doc, (p) => fields.includes(String(p.at(-1))))), 'nobody');
    },
    (doc) => set(doc, pick(paths(doc, (_, v) => Array.isArray(v))), []),
  ];
  return Array.from({ length: count }, () => {
    if (next() < 0.1) {
      const cut = source.slice(0, Math.floor(next() * source.length));
      return next() < 0.3 ? `\uFEFF${source}` : cut;
    }
    const doc: Json = JSON.parse(source);
    for (let i = 0, n = 1 + Math.floor(next() * 3); i < n; i += 1) pick(mutations)(doc);
    return JSON.stringify(doc);
  });
}
