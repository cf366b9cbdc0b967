import type { ReaderModel } from '../reader/reader-model';
import type { FoundPassage } from '../reader/reader-view';

/** The words of a found passage (a passage over paragraphs joined by “…”). */
export function passageText(model: ReaderModel, passage: FoundPassage): string {
  const answer = model.questions.get(passage.questionId)?.answer ?? [];
  return passage.ranges
    .map((range) => (answer[range.paragraph] ?? '').slice(range.start, range.end))
    .join(' … ');
}
