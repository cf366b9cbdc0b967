import type { ReactNode } from 'react';
import type { MarkRange } from '../../../interview/highlight';
import { CopyLinkButton } from './copy-button';
import { HighlightedText } from './highlighted-text';

type AnswerParagraphProps = {
  questionId: string;
  index: number;
  text: string;
  ranges: readonly MarkRange[];
  /** The link to this whole paragraph, made when asked for. */
  paragraphPath: () => string;
  questionNumber: number;
  /** The selection menu, when the selection ends here. */
  menu: ReactNode;
};

/**
 * One paragraph of an answer, marked up so a text selection can be mapped back
 * to the answer's text, with a keyboard-reachable "link to this paragraph".
 */
export function AnswerParagraph({
  questionId,
  index,
  text,
  ranges,
  paragraphPath,
  questionNumber,
  menu,
}: AnswerParagraphProps) {
  return (
    <div className="group relative">
      {/* On paper, the number citations locate it by (Q2 ¶3). Outside the
          paragraph, whose text maps selections to passages. */}
      <span
        aria-hidden="true"
        className="print-number paragraph-number hidden font-sans text-sm font-bold"
      >
        ¶{index + 1}
      </span>
      <p data-answer={questionId} data-paragraph={index}>
        <HighlightedText text={text} ranges={ranges} />
      </p>
      {menu}
      <span className="absolute -bottom-1 -left-10 opacity-0 group-hover:opacity-100 focus-within:opacity-100 max-lg:static max-lg:block max-lg:h-0 max-lg:focus-within:h-auto max-lg:overflow-hidden">
        <CopyLinkButton
          path={paragraphPath}
          label="Copy link"
          target={`paragraph ${index + 1} of answer ${questionNumber}`}
          display="icon"
        />
      </span>
    </div>
  );
}
