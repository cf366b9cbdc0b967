// The publication that interviews: what an interviewer's acronym stands for, or who "spoke with"
// the guest in the intro.

const CONNECTORS = new Set('of and the for de du la le & on in'.split(' '));

/** The phrase an acronym stands for: "TCA" in "The Times of Central Asia spoke with…". */
export function expandAcronym(acronym: string, corpus: string): string | undefined {
  if (!/^[A-Z]{2,6}$/.test(acronym)) return undefined;
  // (From a word's first capital only, as NAME: a long word in capitals in the intro was read to its
  // end from each of its letters.)
  const phrases =
    corpus.match(
      /(?=[A-Z])(?<![A-Z][\p{L}’'-]*?)(?:The\s+)?[A-Z][\p{L}’'-]*(?:\s+(?:(?:of|and|the|for|de|&|on|in)\s+)*[A-Z][\p{L}’'-]*)+/gu,
    ) ?? [];
  return phrases.find((phrase) => {
    const initials = phrase
      .split(/\s+/)
      .filter((word, i) => !CONNECTORS.has(word.toLowerCase()) && !(i === 0 && word === 'The'))
      .map((word) => word[0])
      .join('');
    return initials === acronym;
  });
}

/** A publication the intro names as the interviewer: "The Times of Central Asia spoke with…". */
export function findPublication(intro: string): string | undefined {
  const subject =
    /(?:^|\.\s+)((?:The\s+)?[A-Z][\p{L}’'-]*(?:\s+(?:(?:of|and|the|for|&)\s+)*[A-Z][\p{L}’'-]*){0,6})\s+(?:spoke|talked|sat down|met)\s+(?:with|to)\b/u.exec(
      intro,
    )?.[1];
  // "We spoke with…", "I talked to…" name no publication.
  return subject && !/^(?:we|i|he|she|they|it|this|our|my)$/iu.test(subject) ? subject : undefined;
}
