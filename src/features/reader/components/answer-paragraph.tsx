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
 * to the answer's text, ending in a link to itself: always in view, and a
 * 44 px target for fingers, the keyboard and the mouse alike.
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
          paragraph's text, which maps selections to passages. */}
      <span
        aria-hidden="true"
        className="print-number paragraph-number hidden font-sans text-sm font-bold"
      >
        ¶{index + 1}
      </span>
      <p>
        {/* The text alone carries the data: a selection maps back to the answer through it. */}
        <span data-answer={questionId} data-paragraph={index}>
          <HighlightedText text={text} ranges={ranges} />
        </span>
        {/* A no-break space, and no break after it: the link never wraps onto a line of
            its own (Chromium breaks before a button even after a no-break space). */}
        <span className="whitespace-nowrap">
          {'\u00a0'}
          <CopyLinkButton
            path={paragraphPath}
            label="Copy link"
            target={`paragraph ${index + 1} of answer ${questionNumber}`}
            display="icon"
            placement="inline"
          />
        </span>
      </p>
      {menu}
    </div>
  );
}
