import { SELECTION_MENU_ATTRIBUTE, type PassageSelection } from '../hooks/use-passage-selection';
import { CopyLinkButton } from './copy-button';

type SelectionMenuProps = {
  selection: PassageSelection;
  /** The link to the selected passage, made when asked for. */
  passagePath: () => string;
  onCite: () => void;
  /** Adds the passage to the lesson being built. */
  onPin: () => void;
  onDismiss: () => void;
};

/** "Copy link to quote" and "Cite" for the selected passage, just below it. */
export function SelectionMenu(props: SelectionMenuProps) {
  const { selection, passagePath, onCite, onPin, onDismiss } = props;
  return (
    <div
      {...{ [SELECTION_MENU_ATTRIBUTE]: '' }}
      role="group"
      aria-label="Selected passage"
      style={{ top: selection.top, left: `min(${selection.left}px, calc(100% - 16rem))` }}
      // Keeps the selection when the menu is clicked.
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={(event) => event.key === 'Escape' && onDismiss()}
      onBlur={(event) => {
        if (
          !event.currentTarget.contains(event.relatedTarget) &&
          document.getSelection()?.isCollapsed
        )
          onDismiss();
      }}
      className="absolute z-30 flex w-max items-center gap-1 rounded-lg bg-stone-900 p-1 font-sans text-sm text-white shadow-lg print:hidden dark:bg-stone-700"
    >
      <CopyLinkButton path={passagePath} label="Copy link to quote" tone="dark" />
      <button
        type="button"
        onClick={onCite}
        className="min-h-8 rounded-md px-2 py-1 hover:bg-stone-700 dark:hover:bg-stone-600"
      >
        Cite
      </button>
      <button
        type="button"
        onClick={onPin}
        className="min-h-8 rounded-md px-2 py-1 hover:bg-stone-700 dark:hover:bg-stone-600"
      >
        Pin to lesson
      </button>
    </div>
  );
}
