// Where a passage is in an interview, as citations and the printed handout
// number it.

/** A passage's place in the interview: "Q2 ¶3" is question 2, the third paragraph of its answer. */
export type Locator = { question: number; paragraph?: number | undefined };

/** "Q2 ¶3", or "Q2" for a whole question: the numbering the printed handout uses too. */
export function locatorText({ question, paragraph }: Locator): string {
  return paragraph === undefined ? `Q${question}` : `Q${question} ¶${paragraph}`;
}
