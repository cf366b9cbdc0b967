import { fold, foldQuery, type Folded } from './fold';
import type { Interview } from './schema';

/** A paragraph the reader can search, and where it is. */
export type SearchUnit = {
  key: string;
  sectionId: string | undefined;
  questionId: string | undefined;
  part: 'intro' | 'question' | 'answer';
  paragraph: number;
  text: string;
  folded: Folded;
};

/** A match, in the original text of its paragraph. */
export type SearchHit = { unit: SearchUnit; start: number; end: number };

/** The key of a paragraph, shared by search hits and the renderer. */
export function paragraphKey(part: SearchUnit['part'], owner: string, paragraph: number): string {
  return `${part}:${owner}:${paragraph}`;
}

/** Every searchable paragraph, folded once per interview so each keystroke only scans. */
export function buildSearchUnits(interview: Interview): SearchUnit[] {
  const unit =
    (
      part: SearchUnit['part'],
      owner: string,
      sectionId: string | undefined,
      questionId: string | undefined,
    ) =>
    (text: string, paragraph: number): SearchUnit => ({
      key: paragraphKey(part, owner, paragraph),
      sectionId,
      questionId,
      part,
      paragraph,
      text,
      folded: fold(text),
    });
  return [
    ...interview.intro.map(unit('intro', 'intro', undefined, undefined)),
    ...interview.sections.flatMap((section) =>
      section.questions.flatMap((q) => [
        ...q.question.map(unit('question', q.id, section.id, q.id)),
        ...q.answer.map(unit('answer', q.id, section.id, q.id)),
      ]),
    ),
  ];
}

/** Every occurrence of the query, in reading order, ignoring case, accents, quote styles and spacing. */
export function search(units: readonly SearchUnit[], query: string): SearchHit[] {
  const needle = foldQuery(query);
  if (needle === '') return [];
  const hits: SearchHit[] = [];
  for (const unit of units) {
    const { text, map } = unit.folded;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      hits.push({ unit, start: map[at] ?? 0, end: map[at + needle.length] ?? unit.text.length });
    }
  }
  return hits;
}
