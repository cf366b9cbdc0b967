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

// A site's copyright line, a year first: "© 2024 Some Gazette", "Copyright © 2022 The Harbour
// Weekly. All rights reserved.", "© 2019-2024 Eastport Evening Post". The year tells it from a
// photo's credit ("© Jonas Reiter", "© Privat") and a notice ("© Riproduzione riservata").
const COPYRIGHT_LINE =
  /^(?:Copyright )?(?:©|\(c\)) ?(?:[Cc]opyright )?\d{4}(?: ?[-–] ?\d{4})?,? ((?:The )?\p{Lu}[\p{L}’'&-]*(?: (?:of|and|the|for|&|\p{Lu}[\p{L}’'&-]*)){0,5})\.?(?: All [Rr]ights [Rr]eserved\.?)?$/u;
// A platform's or photo agency's line is not the publication's: "© 2025 Substack Inc". Nor is
// the notice a footer writes in capitals where the name would be: "© 2024 All Rights Reserved".
const NOT_A_PUBLISHER =
  /^(?:substack|medium|wordpress|automattic|blogger|google|wix|squarespace|tumblr|ghost|getty|reuters|shutterstock|alamy|afp|ap|all rights reserved$)\b/iu;

/**
 * The publication a page's copyright line names, where nothing else does: the last such line in
 * the page's second half (its footer; a credit under a photo above is the photographer's).
 */
export function copyrightHolder(lines: readonly string[]): string | undefined {
  for (let i = lines.length - 1; i >= lines.length / 2; i -= 1) {
    const name = COPYRIGHT_LINE.exec(lines[i] ?? '')?.[1];
    if (name && !NOT_A_PUBLISHER.test(name)) return name;
  }
  return undefined;
}

// Substack's subscribe line names the newsletter: "Thank you for reading Small Hours! Subscribe
// for free to receive new posts and support my work." (its footer's copyright is the author's).
const THANKS = /^Thank you for reading ((?:The )?\p{Lu}[^!\n]{0,60})! Subscribe\b/u;

/** A newsletter's name, as its subscribe line or its masthead over "Subscribe" / "Sign in" gives it. */
export function newsletterName(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const name = THANKS.exec(line)?.[1];
    if (name) return name;
  }
  return lines[1] === 'Subscribe' && lines[2] === 'Sign in' ? lines[0] : undefined;
}
