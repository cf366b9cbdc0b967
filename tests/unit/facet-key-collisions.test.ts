import { describe, expect, it } from 'vitest';
import { facetKey, type Facet } from '../../src/interview/facets';
import { assignFacetKeys, valueIdentity } from '../../src/interview/facet-values';
import {
  buildLibraryWithKeys,
  EMPTY_KEY_LEDGER,
  libraryFiles,
  type FacetKeyLedger,
} from '../../src/interview/library-files';
import { parseFacetList, parseFacetPostings, parseLibraryShard } from '../../src/interview/parse';
import type { Interview } from '../../src/interview/schema';
import { seedInterview } from '../support/seed';

const seed = seedInterview();

/** The seed told by one guest, published on `date`, with its first topic renamed if asked. */
function guest(id: string, name: string, date: string, topic?: string): Interview {
  const [first] = seed.people.interviewees;
  if (first === undefined) throw new Error('the seed has no interviewee');
  return {
    ...seed,
    id,
    published: date,
    people: { ...seed.people, interviewees: [{ ...first, name }] },
    sections: seed.sections.map((section, i) =>
      i === 0 && topic !== undefined ? { ...section, label: topic } : section,
    ),
  };
}

function build(interviews: Interview[], ledger: FacetKeyLedger = EMPTY_KEY_LEDGER) {
  const built = buildLibraryWithKeys(interviews, ledger);
  const files = new Map(built.files.map((file) => [file.path, file.data]));
  const valid = <T>(result: { ok: true; data: T } | { ok: false; problems: unknown }): T => {
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.data;
  };
  const keyOf = (facet: Facet) =>
    Object.fromEntries(
      valid(parseFacetList(files.get(libraryFiles.facetList(facet)))).values.map((v) => [
        v.label,
        v.key,
      ]),
    );
  const postings = (facet: Facet, key: string) => {
    const data = files.get(libraryFiles.facetPostings(facet, key));
    return data === undefined ? undefined : valid(parseFacetPostings(data));
  };
  /** The ids of the interviews a value's page lists. */
  const listed = (facet: Facet, key: string) => {
    const found = postings(facet, key);
    if (found === undefined) return undefined;
    const shard = valid(parseLibraryShard(files.get(libraryFiles.shard('date', 1))));
    return found.date.map((position) => shard.entries[position]?.id);
  };
  const entry = (id: string) =>
    valid(parseLibraryShard(files.get(libraryFiles.shard('date', 1)))).entries.find(
      (e) => e.id === id,
    );
  return { ledger: built.ledger, keyOf, postings, listed, entry };
}

const wangWei = guest('wang-wei-2024', '王伟', '2024-05-01');
const wangWei2 = guest('wang-wei-2025', '汪伟', '2025-05-01');

describe('valueIdentity: which labels name the same value', () => {
  it('folds case, accents, spaces and punctuation, and Latin letters with no plain form', () => {
    const same = [
      ['Anna Kovalchuk', 'Anna  Kovalchuk'],
      ['Anna Kovalchuk', 'anna kovalchuk'],
      ['Anna Kovalchuk', ' Anna Kovalchuk '],
      ['José Martí', 'Jose Marti'],
      ['Łukasz Żółć', 'Lukasz Zolc'],
      ['Straße', 'Strasse'],
      ['Ёлкин', 'Елкин'],
      ['Γιάννης', 'Γιαννης'],
      ['Nguyễn', 'Nguyen'],
      ['أَحْمَد', 'أحمد'],
      ['שָׁלוֹם', 'שלום'],
      ['ガッコウ', 'ｶﾞｯｺｳ'],
    ];
    for (const [a, b] of same) expect(valueIdentity(a!), `${a} / ${b}`).toBe(valueIdentity(b!));
  });

  it('keeps apart what only reads alike in Latin letters', () => {
    const different = [
      ['王伟', '汪伟'],
      ['Анна Ковальчук', 'Anna Kovalchuk'],
      ['Ковальчук', 'Ковалчук'],
      ['Wang Wei', '王伟'],
      ['加藤 かとう', '加藤 がとう'],
      ['ハク', 'パク'],
      ['राम', 'रमा'],
    ];
    for (const [a, b] of different)
      expect(valueIdentity(a!), `${a} / ${b}`).not.toBe(valueIdentity(b!));
  });

  it('is the facet key for a label in plain ASCII words, as every such key always was', () => {
    expect(valueIdentity('Viktor Maiko')).toBe('viktor-maiko');
    expect(valueIdentity('Middle Corridor')).toBe(facetKey('Middle Corridor'));
  });
});

describe('values that read alike in Latin letters', () => {
  it('each have a key and a page of their own', () => {
    const library = build([wangWei, wangWei2]);
    const people = library.keyOf('person');
    expect(people['王伟']).toBe('wang-wei');
    expect(people['汪伟']).toBe('wang-wei-2');
    expect(library.listed('person', 'wang-wei')).toEqual(['wang-wei-2024']);
    expect(library.listed('person', 'wang-wei-2')).toEqual(['wang-wei-2025']);
    expect(library.postings('person', 'wang-wei-2')?.label).toBe('汪伟');
    // The card links each by its own key.
    expect(library.entry('wang-wei-2025')?.interviewees[0]?.key).toBe('wang-wei-2');
    expect(library.entry('wang-wei-2024')?.interviewees[0]?.key).toBe('wang-wei');
  });

  it('keep their keys when interviews are added, whatever their dates: the ledger says who had a key first', () => {
    // 汪伟 is published first; 王伟, added later, comes before it in every order the build knows.
    const first = build([wangWei2]);
    expect(first.keyOf('person')['汪伟']).toBe('wang-wei');
    const later = build([wangWei, wangWei2], first.ledger);
    expect(later.keyOf('person')).toMatchObject({ 汪伟: 'wang-wei', 王伟: 'wang-wei-2' });
    expect(later.listed('person', 'wang-wei')).toEqual(['wang-wei-2025']);
    // And the other way round.
    const other = build([wangWei, wangWei2], build([wangWei]).ledger);
    expect(other.keyOf('person')).toMatchObject({ 王伟: 'wang-wei', 汪伟: 'wang-wei-2' });
  });

  it('never give a key to another value, even after its value has left the library', () => {
    const first = build([wangWei]);
    const gone = build([seed], first.ledger);
    expect(gone.listed('person', 'wang-wei')).toBeUndefined();
    const back = build([seed, wangWei2], gone.ledger);
    expect(back.keyOf('person')['汪伟']).toBe('wang-wei-2');
    expect(back.listed('person', 'wang-wei')).toBeUndefined();
  });

  it('give a label in Latin letters its own words as its key, unless another value had them first', () => {
    const latin = guest('wang-wei-latin-2023', 'Wang Wei', '2023-01-01');
    const together = build([wangWei, latin]);
    expect(together.keyOf('person')).toMatchObject({ 'Wang Wei': 'wang-wei', 王伟: 'wang-wei-2' });
    // The card of the Latin name needs no key written: the browser makes its own.
    expect(together.entry('wang-wei-latin-2023')?.interviewees[0]).not.toHaveProperty('key');

    const after = build([wangWei, latin], build([wangWei]).ledger);
    expect(after.keyOf('person')).toMatchObject({ 王伟: 'wang-wei', 'Wang Wei': 'wang-wei-2' });
    expect(after.entry('wang-wei-latin-2023')?.interviewees[0]?.key).toBe('wang-wei-2');
  });

  it('skip a suffixed key that another value already has', () => {
    // "Часть 2" reads "chast-2", the key of the topic "Chast 2" in Latin letters.
    const library = build([
      guest('a-2024', 'A', '2024-01-01', 'Chast'),
      guest('b-2024', 'B', '2024-02-01', 'Chast 2'),
      guest('c-2024', 'C', '2024-03-01', 'Часть'),
    ]);
    expect(library.keyOf('topic')).toMatchObject({
      Chast: 'chast',
      'Chast 2': 'chast-2',
      Часть: 'chast-3',
    });
  });

  it('still answer a link made with a key in their own script, each its own', () => {
    const library = build([wangWei, wangWei2]);
    expect(library.postings('person', facetKey('汪伟'))).toMatchObject({ key: 'wang-wei-2' });
    expect(library.listed('person', facetKey('汪伟'))).toEqual(['wang-wei-2025']);
    expect(library.listed('person', facetKey('王伟'))).toEqual(['wang-wei-2024']);
  });

  it('are two values where kana differ only in their voicing marks, each with its own key', () => {
    const library = build([
      guest('kato-1', 'かとう', '2024-01-01'),
      guest('gato-1', 'がとう', '2024-02-01'),
      guest('gato-2', 'ガトウ', '2024-03-01'),
    ]);
    expect(library.keyOf('person')).toMatchObject({
      かとう: 'katou',
      がとう: 'gatou',
      ガトウ: 'gatou-2',
    });
    expect(library.listed('person', 'katou')).toEqual(['kato-1']);
    expect(library.listed('person', 'gatou')).toEqual(['gato-1']);
    // A link made with a key in their own script still finds each.
    expect(library.listed('person', facetKey('がとう'))).toEqual(['gato-1']);
    expect(library.listed('person', facetKey('かとう'))).toEqual(['kato-1']);
  });

  it('are one value where only case, accents or spaces differ', () => {
    const library = build([
      guest('anna-1', 'Anna Kovalchuk', '2024-01-01'),
      guest('anna-2', 'Anna  Kovalchuk', '2024-02-01'),
      guest('anna-3', 'ANNA KOVALCHUK', '2024-03-01'),
      guest('lukasz-1', 'Łukasz Żółć', '2024-04-01'),
      guest('lukasz-2', 'Lukasz Zolc', '2024-05-01'),
    ]);
    const people = library.keyOf('person');
    expect(Object.values(people).sort()).toEqual(['anna-kovalchuk', 'lukasz-zolc']);
    expect(library.listed('person', 'anna-kovalchuk')).toHaveLength(3);
    expect(library.listed('person', 'lukasz-zolc')).toHaveLength(2);
  });

  it('give the same files from the same interviews and ledger, and record every key given', () => {
    const a = build([wangWei, wangWei2]);
    const b = build([wangWei2, wangWei]);
    expect(b.ledger).toEqual(a.ledger);
    expect(a.ledger.person).toEqual({ 'wang-wei': '王伟', 'wang-wei-2': '汪伟' });
    // Plain keys too: a key once given is never given to another value.
    expect(a.ledger.topic).toMatchObject({ peace: 'peace' });
    expect(a.ledger.publication).toEqual({
      'the-times-of-central-asia': 'the-times-of-central-asia',
    });
  });
});

describe('assignFacetKeys', () => {
  it('keeps a suffixed key within 80 characters, ending in a word', () => {
    const words = `${'a'.repeat(77)}-bc`;
    const { keys } = assignFacetKeys(
      [
        { identity: 'one', words },
        { identity: 'two', words },
      ],
      {},
    );
    expect(keys.get('one')).toBe(words);
    expect(keys.get('two')).toBe(`${'a'.repeat(77)}-2`);
  });
});

describe('the ledger in the repository (library-keys.json)', () => {
  it('is read as written, and refused with its JSON path where it gives one value two keys', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { readKeyLedger } = await import('../../scripts/lib/generated-files');
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-'));
    const file = path.join(dir, 'library-keys.json');
    expect(await readKeyLedger(file, path.join(dir, 'library'))).toEqual(EMPTY_KEY_LEDGER);
    const ledger = { ...EMPTY_KEY_LEDGER, person: { 'wang-wei': '汪伟' } };
    await writeFile(file, JSON.stringify(ledger));
    expect(await readKeyLedger(file)).toEqual(ledger);
    await writeFile(
      file,
      JSON.stringify({ ...ledger, person: { 'wang-wei': '汪伟', 'wang-wei-2': '汪伟' } }),
    );
    await expect(readKeyLedger(file)).rejects.toThrow(/\$\.person must give each value one key/);
    await writeFile(file, JSON.stringify({ ...ledger, person: { 'Wang Wei': '汪伟' } }));
    await expect(readKeyLedger(file)).rejects.toThrow(/person/);
    // Left with a merge's conflict markers: generate says which file, not only where JSON broke.
    await writeFile(file, '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> other\n');
    await expect(readKeyLedger(file)).rejects.toThrow(`${file}: is not JSON`);
  });

  it('is refused missing where a library was published: its keys would be given again', async () => {
    const { mkdir, mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { readKeyLedger } = await import('../../scripts/lib/generated-files');
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-'));
    const file = path.join(dir, 'library-keys.json');
    const library = path.join(dir, 'library');
    // No library yet: a new site starts with no keys given.
    expect(await readKeyLedger(file, library)).toEqual(EMPTY_KEY_LEDGER);
    await mkdir(library);
    await writeFile(path.join(library, 'index.json'), '{}');
    await expect(readKeyLedger(file, library)).rejects.toThrow(/library-keys\.json is missing/);
  });
});
