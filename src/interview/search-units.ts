/** A paragraph the reader can search, and where it is. */
export type SearchUnit = {
  key: string;
  sectionId: string | undefined;
  questionId: string | undefined;
  part: 'intro' | 'question' | 'answer';
  paragraph: number;
  text: string;
};

/** Which paragraphs a search looks in: all of them, only the questions, or only the answers. */
export type SearchScope = 'all' | 'questions' | 'answers';

export const SEARCH_SCOPES: readonly SearchScope[] = ['all', 'questions', 'answers'];

/** A match, in the original text of its paragraph. */
export type SearchHit = { unit: SearchUnit; start: number; end: number };

/** Reduces a lowercase word to its stem ("pipelines" → "pipelin"), in the interview's language. */
export type Stemmer = (word: string) => string;

/** The key of a paragraph, shared by search hits and the renderer. */
export function paragraphKey(part: SearchUnit['part'], owner: string, paragraph: number): string {
  return `${part}:${owner}:${paragraph}`;
}
