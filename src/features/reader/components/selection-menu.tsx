import { toParagraphRanges } from '../../../interview/passages';
import type { CiteTarget } from '../../citation/components/citation-dialog';
import type { PassageSelection } from '../hooks/read-selection';
import { SELECTION_MENU_ATTRIBUTE } from '../hooks/selection-menu-attribute';
import { CopyLinkButton } from './copy-button';

type SelectionMenuProps = {
  selection: PassageSelection;
  /** The answer the selection is in, by paragraph, and its question's number. */
  answer: readonly string[];
  questionNumber: number;
  /** The link to the selected passage, made when asked for. */
  passagePath: () => string;
  onCite: (target: CiteTarget) => void;
  /** Adds the passage to the lesson being built. */
  onPin: (questionId: string, start: number, end: number, text: string) => void;
  onDismiss: () => void;
};

/** "Copy link to quote" and "Cite" for the selected passage, just below it. */
export function SelectionMenu(props: SelectionMenuProps) {
  const { selection, passagePath, onDismiss } = props;
  const { questionId, start, end } = selection;
  const text = props.answer.join('\n').slice(start, end);
  const cite = () =>
    props.onCite({
      label: 'the selected passage',
      path: passagePath(),
      passage: text,
      locator: {
        question: props.questionNumber,
        paragraph: (toParagraphRanges(props.answer, start, end)[0]?.paragraph ?? 0) + 1,
      },
    });
  return (
    // A span: it sits inside the paragraph, after the selected words (answer-paragraph.tsx).
    <span
      {...{ [SELECTION_MENU_ATTRIBUTE]: '' }}
      role="group"
      aria-label="Selected passage"
      style={{ top: selection.top, left: `min(${selection.left}px, calc(100% - 16rem))` }}
      // Keeps the selection when the menu is clicked. (select-none: the menu sits inside the
      // paragraph, and a selection carried past it must not copy its buttons' words.)
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={(event) => event.key === 'Escape' && onDismiss()}
      onBlur={(event) => {
        if (
          !event.currentTarget.contains(event.relatedTarget) &&
          document.getSelection()?.isCollapsed
        )
          onDismiss();
      }}
      className="absolute z-30 flex w-max select-none items-center gap-1 rounded-lg bg-stone-900 p-1 font-sans text-sm text-white shadow-lg print:hidden dark:bg-stone-700"
    >
      <CopyLinkButton path={passagePath} label="Copy link to quote" tone="dark" />
      <button
        type="button"
        onClick={cite}
        data-cite
        className="min-h-11 min-w-11 rounded-md px-2 py-1 hover:bg-stone-700 md:min-h-8 pointer-coarse:min-h-11 dark:hover:bg-stone-600"
      >
        Cite
      </button>
      <button
        type="button"
        onClick={() => props.onPin(questionId, start, end, text)}
        className="min-h-11 min-w-11 rounded-md px-2 py-1 hover:bg-stone-700 md:min-h-8 pointer-coarse:min-h-11 dark:hover:bg-stone-600"
      >
        Pin to lesson
      </button>
    </span>
  );
}
