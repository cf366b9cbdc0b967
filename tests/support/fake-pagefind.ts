// A stand-in for Pagefind's module (pagefind/pagefind.js) in unit tests of
// the search worker, which imports it by address: each search answers with
// the next of `answers`, as a test sets them.

/** What a match's data says in these tests: its id. */
type FakeMatch = { id: string; score: number; data: () => Promise<string> };

export const answers: FakeMatch[][] = [];

/** Matches of `ids`, best first, each one's data its id. */
export function fakeMatches(ids: string[]): FakeMatch[] {
  return ids.map((id, index) => ({
    id,
    score: ids.length - index,
    data: () => Promise.resolve(id),
  }));
}

export const options = () => Promise.resolve();
export const init = () => Promise.resolve();
export const mergeIndex = () => Promise.resolve();
export const preload = () => Promise.resolve();
export function search() {
  const results = answers.shift();
  if (!results) throw new Error('The test gave this search no answer.');
  return Promise.resolve({ results });
}
