// A post in which its author reprints an interview she gave ("Below are the questions I was asked
// and the answers I gave"): she is the guest, not the blog that asked, which her reflection names
// ("for the girls over at Swoon Shelf"). Her name is the post's own line, "Posted on … by NAME".

import { CAP, isNameLine } from './names';

// The writer saying the questions were put to her; not "the questions I asked him".
const ASKED_ME =
  /\b(?:questions? (?:I|we) (?:was|were) asked|answers? (?:I|we) gave|(?:I was|I've been|I have been) interviewed|interviewed me|sent me (?:some |a few |these )?questions|here are my answers)\b/iu;

// A name with initials, as authors sign: "R.J. Harlow", "J. K. Rowling".
const INITIALLED = new RegExp(`^(?:\\p{Lu}\\.\\s?){1,3}${CAP}$`, 'u');

/**
 * The post's author where its intro says the questions were put to her, else undefined. Her line
 * may be in the intro or anywhere on the page (`page`: WordPress's footer under the post, "Posted
 * on May 31, 2017 by Nora Whitfield", where the intro said "… sent me some questions. Here are my
 * answers:").
 */
export function authorAsked(
  intro: readonly string[],
  page: readonly string[] = [],
): string | undefined {
  if (!intro.some((line) => ASKED_ME.test(line))) return undefined;
  for (const line of [...intro, ...page]) {
    if (line.length > 120 || !/^posted\s/iu.test(line)) continue;
    const at = line.lastIndexOf(' by ');
    const name = line.slice(at + 4).trim();
    if (at > 0 && (isNameLine(name) || INITIALLED.test(name))) return name;
  }
  return undefined;
}
