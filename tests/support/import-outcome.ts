import { importArticle, type ImportOptions } from '../../src/interview/import/import-article';
import type { Interview } from '../../src/interview/schema';

/** Imports an article that must import, with the texts of the lines it dropped as noise. */
export function importOk(text: string, options?: ImportOptions) {
  const outcome = importArticle(text, options);
  if (!outcome.ok) throw new Error(outcome.error);
  return { ...outcome, dropped: outcome.report.dropped.map((d) => d.text) };
}

/** Every question of an interview, in order, each as its paragraphs. */
export const questions = (interview: Interview) =>
  interview.sections.flatMap((s) => s.questions.map((q) => q.question));

/** Every answer paragraph of an interview, in order. */
export const answers = (interview: Interview) =>
  interview.sections.flatMap((s) => s.questions.flatMap((q) => q.answer));
