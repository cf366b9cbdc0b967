import type { Interview } from '../schema';
import type { Block, Draft, DraftPerson } from './draft';
import { isInterviewWord } from './section-words';

/**
 * A draft of an interview that is already in the format (a `.json` file, or
 * one kept on this device), to correct it the same way as an imported text.
 */
export function draftFromInterview(interview: Interview): Draft {
  const people: DraftPerson[] = [
    ...interview.people.interviewers.map((p) => ({ ...p, side: 'interviewer' as const })),
    ...interview.people.interviewees.map((p) => ({ ...p, side: 'interviewee' as const })),
  ].map(({ id, side, name, label, role }) => ({
    key: id,
    id,
    side,
    name,
    label,
    ...(role ? { role } : {}),
  }));
  const blocks: Block[] = [];
  const add = (block: Omit<Block, 'id'>) => {
    const full = { id: `p${blocks.length}`, ...block };
    blocks.push(full);
    return full.id;
  };
  for (const text of interview.intro) add({ text, role: 'intro' });
  const headless =
    interview.sections.length === 1 && isInterviewWord(interview.sections[0]?.heading);
  const answerBlocks = new Map<string, string[]>();
  for (const section of interview.sections) {
    // One section of the importer's making needs no heading paragraph.
    // Its ids are its links: kept as they were, whatever its headings and names would give now.
    if (!headless)
      add({ text: section.heading, role: 'heading', label: section.label, sectionId: section.id });
    for (const q of section.questions) {
      q.question.forEach((text, i) =>
        add({
          text,
          role: 'question',
          speaker: q.askedBy,
          ...(i === 0 ? { opens: true, questionId: q.id } : {}),
        }),
      );
      answerBlocks.set(
        q.id,
        q.answer.map((text) => add({ text, role: 'answer', speaker: q.answeredBy })),
      );
    }
  }
  const keyQuotes = interview.keyQuotes.flatMap((quote) => {
    const blockId = (answerBlocks.get(quote.questionId) ?? []).find((id) =>
      blocks.find((b) => b.id === id)?.text.includes(quote.text),
    );
    return blockId
      ? [{ blockId, text: quote.text, id: quote.id, ...(quote.note ? { note: quote.note } : {}) }]
      : [];
  });
  return {
    version: 1,
    meta: {
      id: interview.id,
      title: interview.title,
      ...(interview.standfirst ? { standfirst: interview.standfirst } : {}),
      language: interview.language,
      ...(interview.published ? { published: interview.published } : {}),
      publication: interview.source.publication,
      ...(interview.source.url ? { url: interview.source.url } : {}),
      ...(interview.image ? { image: interview.image } : {}),
      byline: interview.byline ?? [],
      ...(interview.canonicalUrl ? { canonicalUrl: interview.canonicalUrl } : {}),
      ...(interview.tags ? { tags: interview.tags } : {}),
      ...(interview.corrections ? { corrections: interview.corrections } : {}),
    },
    people,
    blocks,
    keyQuotes,
    notes: [],
    questionIds: interview.sections.flatMap((s) => s.questions.map((q) => q.id)),
  };
}
