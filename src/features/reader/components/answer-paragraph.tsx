import { useEffect, useState, type ReactNode } from 'react';
import { absoluteUrl } from '../../../config/paths';
import type { MarkRange } from '../../../interview/highlight';
import { announce, useAnnouncement } from '../hooks/use-announcement';
import { useCopy } from '../hooks/use-copy';
import { ManualCopy } from './copy-button';
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
 * "Copy link" at a paragraph's end, as few elements as it can be: every answer
 * paragraph has one (11,600 in the 2,000-question interview), so its icon is
 * CSS (`.paragraph-link`) and its name one attribute. A no-break space before
 * it, and no break after that: it never wraps onto a line of its own
 * (Chromium breaks before a button even after a no-break space). It speaks
 * through ParagraphLinkStatus.
 */
function ParagraphLink({ path, name }: { path: () => string; name: string }) {
  const { state, copy, dismiss } = useCopy();
  const [manualText, setManualText] = useState('');
  const copied = state === 'copied';
  // Said in the reader's one status region (ParagraphLinkStatus), while "Copied" shows.
  useEffect(() => (copied ? announce(`Copy link to ${name}: copied`) : undefined), [copied, name]);
  return (
    // Positioned (a paint layer) only while its popup shows: thousands of
    // layers made every frame's pre-paint and hit tests slower.
    <span
      data-pagefind-ignore
      className={state === 'manual' ? 'relative whitespace-nowrap' : 'whitespace-nowrap'}
    >
      {'\u00a0'}
      <button
        type="button"
        aria-label={copied ? undefined : `Copy link to ${name}`}
        onClick={() => {
          const url = absoluteUrl(path());
          setManualText(url);
          void copy(url);
        }}
        className="paragraph-link"
      >
        {copied && (
          <>
            Copied<span className="sr-only">{` link to ${name}`}</span>
          </>
        )}
      </button>
      {state === 'manual' && <ManualCopy text={manualText} onDismiss={dismiss} />}
    </span>
  );
}

/** The status region every paragraph link speaks through: one in the reader. */
export function ParagraphLinkStatus() {
  return (
    <span role="status" data-pagefind-ignore className="sr-only">
      {useAnnouncement()}
    </span>
  );
}

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
    // Positioned only for the selection menu it holds (see ParagraphLink).
    <div className={menu ? 'group relative' : 'group'}>
      {/* On paper, the number citations locate it by (Q2 ¶3). Outside the
          paragraph's text, which maps selections to passages. */}
      <span aria-hidden="true" className="paragraph-number">
        {`¶${index + 1}`}
      </span>
      <p>
        {/* The text alone carries the data: a selection maps back to the answer through it. */}
        <span data-answer={questionId} data-paragraph={index}>
          <HighlightedText text={text} ranges={ranges} />
        </span>
        {/* The menu next in tab order after the selected words, before the paragraph's link:
        after the paragraph, Tab from a keyboard selection went to that link first. */}
        {menu}
        <ParagraphLink
          path={paragraphPath}
          name={`paragraph ${index + 1} of answer ${questionNumber}`}
        />
      </p>
    </div>
  );
}
