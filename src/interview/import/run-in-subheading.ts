// A daily's subheading printed run in before the question under it, once the page is copied as one
// paragraph: "لو القرار بيدي لماذا ترجلت الآن …؟" ("If it were up to me" / "Why did you step down
// now …?"). Two to four words, no punctuation, then an Arabic question word opening the question.
// ("ما", "من" and "لم" are left out: they are also "not", "from" and "did not".)
const SUBHEADED =
  /^((?:[\p{L}\p{M}]+ ){1,3}[\p{L}\p{M}]+) ((?:و|ف)?(?:لماذا|هل|ماذا|كيف|متى|أين) .+[؟?])$/u;
const QUESTION_WORD = /^(?:و|ف)?(?:لماذا|هل|ماذا|كيف|متى|أين)$/u;

/**
 * The questions split from such a paragraph, each with the subheading before it as a paragraph of
 * its own (to head a section), where two or more questions carry one.
 */
export function subheadingsApart(questions: readonly string[]): string[][] {
  const split = questions.map((q) => {
    const match = SUBHEADED.exec(q);
    const heading = match?.[1] ?? '';
    return match && !heading.split(' ').some((w) => QUESTION_WORD.test(w))
      ? [heading, match[2] ?? '']
      : [q];
  });
  return split.filter((parts) => parts.length === 2).length >= 2
    ? split
    : questions.map((q) => [q]);
}
