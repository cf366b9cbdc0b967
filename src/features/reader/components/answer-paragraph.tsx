import type { ReactNode } from 'react';
import type { MarkRange } from '../../../interview/highlight';
import { useAnnouncement } from '../hooks/use-announcement';
import type { ParagraphLinkCopy } from '../hooks/use-paragraph-link-copy';
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
  /** This paragraph's link copied, or to copy by hand (useParagraphLinkCopy); else undefined. */
  link: ParagraphLinkCopy | undefined;
  /** Copies a paragraph's link (useParagraphLinkCopy's `copy`). */
  onCopyLink: (questionId: string, paragraph: number, name: string, path: () => string) => void;
  /** Closes the link's text to copy by hand. */
  onDismissLink: () => void;
};

type ParagraphLinkProps = {
  name: string;
  link: ParagraphLinkCopy | undefined;
  onCopy: () => void;
  onDismiss: () => void;
};

/**
 * "Copy link" at a paragraph's end, as few elements as it can be: every answer
 * paragraph has one (11,600 in the 2,000-question interview), so its icon is
 * CSS (`.paragraph-link`) and its name one attribute, and it holds no state or
 * effect of its own (useParagraphLinkCopy holds the one link in use). A
 * no-break space before it, and no break after that: it never wraps onto a
 * line of its own (Chromium breaks before a button even after a no-break
 * space). It speaks through ParagraphLinkStatus.
 */
function ParagraphLink({ name, link, onCopy, onDismiss }: ParagraphLinkProps) {
  const copied = link?.state === 'copied';
  return (
    // Positioned (a paint layer) only while its popup shows: thousands of
    // layers made every frame's pre-paint and hit tests slower.
    <span
      data-pagefind-ignore
      className={link?.state === 'manual' ? 'relative whitespace-nowrap' : 'whitespace-nowrap'}
    >
      {'\u00a0'}
      <button
        type="button"
        aria-label={copied ? undefined : `Copy link to ${name}`}
        onClick={onCopy}
        className="paragraph-link"
      >
        {copied && (
          <>
            Copied<span className="sr-only">{` link to ${name}`}</span>
          </>
        )}
      </button>
      {link?.state === 'manual' && <ManualCopy text={link.url} onDismiss={onDismiss} />}
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
  link,
  onCopyLink,
  onDismissLink,
}: AnswerParagraphProps) {
  const name = `paragraph ${index + 1} of answer ${questionNumber}`;
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
          name={name}
          link={link}
          onCopy={() => onCopyLink(questionId, index, name, paragraphPath)}
          onDismiss={onDismissLink}
        />
      </p>
    </div>
  );
}
