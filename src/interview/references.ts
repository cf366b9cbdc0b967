import { LIMITS } from './fields';
import { count, pathText, quoted } from './problems';
import type { Interview } from './schema';

/** A problem the structure alone cannot catch, at its path inside the document. */
export type ReferenceProblem = { path: (string | number)[]; message: string };

/** Every broken reference in a structurally valid interview: duplicate ids, unknown speakers, key quotes not in their answer. */
export function findReferenceProblems(interview: Interview): ReferenceProblem[] {
  return [
    ...tooManyQuestions(interview),
    ...duplicatePeople(interview),
    ...duplicateAnchors(interview),
    ...unknownSpeakers(interview),
    ...misplacedKeyQuotes(interview),
  ];
}

// Each section's list is limited on its own; this limits the whole interview.
function tooManyQuestions({ sections }: Interview): ReferenceProblem[] {
  let seen = 0;
  for (const [s, section] of sections.entries()) {
    if (seen + section.questions.length > LIMITS.questions) {
      return [
        {
          path: ['sections', s, 'questions', LIMITS.questions - seen],
          message: `is one question too many: an interview may hold ${count(LIMITS.questions, 'question')}`,
        },
      ];
    }
    seen += section.questions.length;
  }
  return [];
}

type IdAt = { id: string; path: (string | number)[] };

function duplicatesAmong(ids: IdAt[]): ReferenceProblem[] {
  const firstSeen = new Map<string, IdAt>();
  const problems: ReferenceProblem[] = [];
  for (const entry of ids) {
    const first = firstSeen.get(entry.id);
    if (first) {
      problems.push({
        path: entry.path,
        message: `duplicate id ${quoted(entry.id)} (already used at ${pathText(first.path)})`,
      });
    } else {
      firstSeen.set(entry.id, entry);
    }
  }
  return problems;
}

function duplicatePeople({ people }: Interview): ReferenceProblem[] {
  return duplicatesAmong([
    ...people.interviewers.map((p, i) => ({ id: p.id, path: ['people', 'interviewers', i, 'id'] })),
    ...people.interviewees.map((p, i) => ({ id: p.id, path: ['people', 'interviewees', i, 'id'] })),
  ]);
}

// Sections, questions and key quotes share one namespace: each id is also
// a URL fragment and an HTML id in the reader.
function duplicateAnchors({ sections, keyQuotes }: Interview): ReferenceProblem[] {
  const ids: IdAt[] = [];
  sections.forEach((section, s) => {
    ids.push({ id: section.id, path: ['sections', s, 'id'] });
    section.questions.forEach((question, q) => {
      ids.push({ id: question.id, path: ['sections', s, 'questions', q, 'id'] });
    });
  });
  keyQuotes.forEach((quote, k) => ids.push({ id: quote.id, path: ['keyQuotes', k, 'id'] }));
  return duplicatesAmong(ids);
}

function unknownSpeakers({ people, sections }: Interview): ReferenceProblem[] {
  const known = new Set([...people.interviewers, ...people.interviewees].map((p) => p.id));
  const problems: ReferenceProblem[] = [];
  sections.forEach((section, s) => {
    section.questions.forEach((question, q) => {
      for (const field of ['askedBy', 'answeredBy'] as const) {
        const speaker = question[field];
        if (!known.has(speaker)) {
          problems.push({
            path: ['sections', s, 'questions', q, field],
            message: `unknown speaker ${quoted(speaker)}: expected one of ${[...known].join(', ')}`,
          });
        }
      }
    });
  });
  return problems;
}

function misplacedKeyQuotes({ sections, keyQuotes }: Interview): ReferenceProblem[] {
  const answers = new Map(
    sections.flatMap((section) => section.questions.map((q) => [q.id, q.answer] as const)),
  );
  const problems: ReferenceProblem[] = [];
  keyQuotes.forEach((quote, k) => {
    const answer = answers.get(quote.questionId);
    if (!answer) {
      problems.push({
        path: ['keyQuotes', k, 'questionId'],
        message: `no question has the id ${quoted(quote.questionId)}`,
      });
    } else if (!answer.some((paragraph) => paragraph.includes(quote.text))) {
      problems.push({
        path: ['keyQuotes', k, 'text'],
        message: `is not found word for word in one paragraph of the answer to ${quoted(quote.questionId)}`,
      });
    }
  });
  return problems;
}
