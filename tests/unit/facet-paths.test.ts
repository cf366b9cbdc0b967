import { describe, expect, it } from 'vitest';
import { otherScriptInterviews } from '../../scripts/lib/other-script-interviews';
import { facetKey, type Facet } from '../../src/interview/facets';
import { buildLibrary, libraryFiles } from '../../src/interview/library-files';
import { libraryPath } from '../../src/config/paths';
import { parseFacetList, parseFacetPostings, parseLibraryShard } from '../../src/interview/parse';
import { seedInterview } from '../support/seed';

const seed = seedInterview();
const files = new Map(
  buildLibrary([seed, ...otherScriptInterviews(seed)]).map((file) => [file.path, file.data]),
);

function values(facet: Facet) {
  const result = parseFacetList(files.get(libraryFiles.facetList(facet)));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.data.values;
}

function postings(facet: Facet, key: string) {
  const data = files.get(libraryFiles.facetPostings(facet, key));
  if (data === undefined) return undefined;
  const result = parseFacetPostings(data);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.data;
}

describe('facet values named in other scripts', () => {
  it('have readable ASCII keys, so each has a page of its own', () => {
    const people = Object.fromEntries(values('person').map((value) => [value.label, value.key]));
    expect(people).toEqual({
      'Viktor Maiko': 'viktor-maiko',
      'Анна Ковальчук': 'anna-kovalchuk',
      'Łukasz Żółć': 'lukasz-zolc',
      王小明: 'wang-xiao-ming',
      김민지: 'gim-min-ji',
      'Γιάννης Παπαδόπουλος': 'giannis-papadopoylos',
      'ليلى أحمد': 'lyla-hmd',
      // They read alike in Latin letters; 汪伟 was published first.
      汪伟: 'wang-wei',
      王伟: 'wang-wei-2',
    });
    expect(
      values('publication')
        .map((value) => value.key)
        .sort(),
    ).toEqual([
      'athinaiki-epitheorisi',
      'kazakhstanskaya-pravda',
      'ren-min-ri-bao',
      'the-times-of-central-asia',
    ]);
    for (const facet of ['person', 'publication', 'topic'] as const) {
      for (const value of values(facet)) {
        expect(libraryPath({ filters: { [facet]: value.key } }), value.label).toBe(
          `/${facet}/${value.key}`,
        );
        expect(postings(facet, value.key)?.label, value.label).toBe(value.label);
      }
    }
  });

  it('keep the keys of labels that already had ASCII ones', () => {
    for (const facet of ['person', 'publication', 'topic'] as const) {
      for (const value of values(facet)) {
        const old = facetKey(value.label);
        if (/^[a-z0-9-]+$/.test(old)) expect(value.key).toBe(old);
      }
    }
  });

  it('still answer links made with their earlier keys in their own script', () => {
    // `/?person=анна-ковальчук`, as the card linked before: the same interviews, and the key
    // its links now use.
    for (const [facet, label, key] of [
      ['person', 'Анна Ковальчук', 'anna-kovalchuk'],
      ['person', '王小明', 'wang-xiao-ming'],
      ['person', 'Łukasz Żółć', 'lukasz-zolc'],
      ['topic', 'Энергетика', 'energetika'],
      ['publication', '人民日报', 'ren-min-ri-bao'],
    ] as const) {
      const old = postings(facet, facetKey(label));
      expect(old, label).toEqual({ ...postings(facet, key), key });
    }
  });

  it('are in the catalogue, so a card links to them without romanizing anything', () => {
    const shard = parseLibraryShard(files.get(libraryFiles.shard('date', 1)));
    if (!shard.ok) throw new Error(JSON.stringify(shard.problems));
    const anna = shard.data.entries.find((entry) => entry.id === 'anna-kovalchuk-2025');
    expect(anna?.interviewees.map((person) => person.key)).toEqual([
      'anna-kovalchuk',
      'lukasz-zolc',
    ]);
    expect(anna?.publicationKey).toBe('kazakhstanskaya-pravda');
    expect(anna?.topicKeys).toEqual([
      'torgovlya',
      'sredniy-koridor',
      'energetika',
      'security',
      'peace',
    ]);
    // Labels whose keys need nothing written have none: the seed's entry is as it was.
    const maiko = shard.data.entries.find((entry) => entry.id === seed.id);
    expect(maiko?.interviewees[0]).not.toHaveProperty('key');
    expect(maiko).not.toHaveProperty('publicationKey');
    expect(maiko).not.toHaveProperty('topicKeys');
  });
});
