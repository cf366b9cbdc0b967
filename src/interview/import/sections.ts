import type { Interview, Person } from '../schema';
import { uniqueSlug } from '../slug';
import { INTERVIEWEE, type DraftSection } from './structure';

/** The short topic label of a heading: "Trade and Economic Prospects in Central Asia" → "Trade". */
function shortLabel(heading: string): string {
  const core = heading.replace(/^(?:on|about|the|a|an)\s+/iu, '');
  const first = core.split(/\s+(?:and|&|vs\.?|versus)\s+|\s*[:–—]\s+|,\s+/u)[0] ?? core;
  const words = first.split(/\s+/);
  const label = (words.length > 4 ? words.slice(0, 3) : words).join(' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

type BuiltSection = Interview['sections'][number];

/** Sections with ids, labels and headings; questions numbered q1, q2, … across the interview. */
export function buildSections(
  drafts: readonly DraftSection[],
  people: ReadonlyMap<string, Person>,
  warnings: string[],
): BuiltSection[] {
  const taken = new Set<string>();
  let number = 0;
  const questionsOf = (draft: DraftSection) =>
    draft.questions.map((q) => {
      number += 1;
      taken.add(`q${number}`);
      return {
        id: `q${number}`,
        askedBy: people.get(q.askedBy)?.id ?? '',
        question: q.question,
        answeredBy: people.get(q.answeredBy ?? INTERVIEWEE)?.id ?? '',
        answer: q.answer,
      };
    });
  const withQuestions = drafts.map((draft) => ({ draft, questions: questionsOf(draft) }));

  if (drafts.every((d) => d.heading === undefined)) {
    const all = withQuestions.flatMap((s) => s.questions);
    // Without headings: one section, or parts of five questions when there are many.
    const size = all.length <= 8 ? all.length : 5;
    const parts: BuiltSection[] = [];
    for (let start = 0; start < all.length; start += size) {
      const questions = all.slice(start, start + size);
      const label =
        all.length <= 8 ? 'Interview' : `Questions ${start + 1}–${start + questions.length}`;
      parts.push({ id: uniqueSlug(label, taken, 'part'), label, heading: label, questions });
    }
    return parts;
  }
  return withQuestions.map(({ draft, questions }) => {
    if (draft.heading === undefined)
      warnings.push('the questions before the first heading form a section "Opening questions"');
    const heading = draft.heading ?? 'Opening questions';
    const label = draft.heading === undefined ? 'Opening' : shortLabel(heading);
    return { id: uniqueSlug(label, taken, 'section'), label, heading, questions };
  });
}
