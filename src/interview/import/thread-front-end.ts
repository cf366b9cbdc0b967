// A Reddit front end's comment head: the author's handle and the comment's age, perhaps edited
// ("u/ReedWarbler 3d ago", "u/ReedWarbler 14d ago edited 14d ago").
const COMMENT_HEAD =
  /^u\/([\p{L}\d_-]{3,20}) \d{1,3}(?:[smhdwy]| \p{L}{3,7}) ago(?: edited \d{1,3}(?:[smhdwy]| \p{L}{3,7}) ago)?$/u;
// The comment's score alone on the line over its head: "3", "-2", "1.2k".
const SCORE = /^-?\d{1,6}(?:[.,]\d)?k?$/u;

/**
 * A thread as a Reddit front end prints it: each comment under a line of its author's handle and
 * age, the score alone on the line above. Where two heads or more, and one handle comes back,
 * each handle labels the words under it ("@ReedWarbler: …", as an archive's karma lines do), the
 * age goes (its line becomes `joined`, which splitParagraphs skips); the scores stay for the
 * noise to drop (isCommentScore).
 */
export function labelFrontEndComments(lines: string[], joined: string): void {
  const heads = lines.flatMap((line, i) => {
    const name = COMMENT_HEAD.exec(line)?.[1];
    return name && lines[i + 1] ? [{ i, name }] : [];
  });
  const names = heads.map((h) => h.name);
  if (heads.length < 2 || new Set(names).size === names.length) return;
  for (const { i, name } of heads) {
    lines[i + 1] = `@${name}: ${lines[i + 1] ?? ''}`;
    lines[i] = joined;
  }
}

/** Whether a line is a comment's score right over its author's handle ("@name: …"). */
export function isCommentScore(text: string, next: string | undefined): boolean {
  return SCORE.test(text) && /^@[\p{L}\d_-]{3,20}: /u.test(next ?? '');
}

// A thread's counters, sort and link lines: "38 Upvotes 21 Comments", "Sort by: Best", "View all
// comments".
const THREAD_LINE =
  /^(?:\d[\d,.]*k? (?:upvotes?|points?|votes?) \d[\d,.]*k? comments?|sort(?: comments)? by:? (?:best|top|new|old|controversial|q&a)|view (?:all|more) comments)$/iu;

/** Whether a whole line is a thread's counters, sort or comments link. */
export function isThreadLine(text: string): boolean {
  return THREAD_LINE.test(text);
}
