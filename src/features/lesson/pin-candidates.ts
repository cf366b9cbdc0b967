import type { Interview } from '../../interview/schema';
import { joinedOffset } from '../../interview/passages';
import type { SearchHit } from '../../interview/search-units';
import { sentences } from '../../interview/sentences';
import type { ReaderModel } from '../reader/reader-model';
import type { NewPin } from './lesson-draft';

/** A passage the builder offers to pin: a key quote, or the current search match's sentence. */
export type PinCandidate = NewPin & { source: string };

/** Makes a pin of a range of an answer's joined text. */
export type PinOf = (questionId: string, start: number, end: number, text: string) => NewPin;

/** The sentence around a search match in an answer, as a passage to pin. */
function matchSentence(
  model: ReaderModel,
  hit: SearchHit,
): { questionId: string; start: number; end: number; text: string } | undefined {
  const { questionId, part, paragraph, text } = hit.unit;
  if (part !== 'answer' || !questionId) return undefined;
  let cursor = 0;
  for (const sentence of sentences(text)) {
    const at = text.indexOf(sentence, cursor);
    if (at < 0) break;
    cursor = at + sentence.length;
    if (hit.start >= at && hit.start < cursor) {
      const offset = joinedOffset(model.questions.get(questionId)?.answer ?? [], paragraph, 0);
      return { questionId, start: offset + at, end: offset + cursor, text: sentence };
    }
  }
  return undefined;
}

/** The passages the builder offers: the current search match's sentence, then the key quotes on show. */
export function pinCandidates(options: {
  interview: Interview;
  model: ReaderModel;
  shownSectionIds: ReadonlySet<string>;
  currentHit: SearchHit | undefined;
  pinOf: PinOf;
}): PinCandidate[] {
  const { interview, model, shownSectionIds, currentHit, pinOf } = options;
  const keyQuotes = interview.keyQuotes.flatMap((quote): PinCandidate[] => {
    const answer = model.questions.get(quote.questionId)?.answer ?? [];
    const paragraph = answer.findIndex((text) => text.includes(quote.text));
    if (paragraph < 0 || !shownSectionIds.has(model.sectionOfQuestion.get(quote.questionId) ?? ''))
      return [];
    const start = joinedOffset(answer, paragraph, (answer[paragraph] ?? '').indexOf(quote.text));
    return [
      {
        ...pinOf(quote.questionId, start, start + quote.text.length, quote.text),
        source: 'key quote',
      },
    ];
  });
  const match = currentHit && matchSentence(model, currentHit);
  return [
    ...(match
      ? [
          {
            ...pinOf(match.questionId, match.start, match.end, match.text),
            source: 'the current search match',
          },
        ]
      : []),
    ...keyQuotes,
  ];
}
