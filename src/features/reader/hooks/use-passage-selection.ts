import { useEffect, useState, type RefObject } from 'react';
import { followSelection } from '../../../lib/follow-selection';
import type { PassageSelection } from './read-selection';
import { SELECTION_MENU_ATTRIBUTE } from './selection-menu-attribute';

type SelectionReader = typeof import('./read-selection');
let selectionReader: Promise<SelectionReader> | undefined;
/** The selection's DOM reading loads with the first selection, not with the page. */
const loadSelectionReader = () => (selectionReader ??= import('./read-selection'));

/**
 * Follows the reader's text selection (mouse, touch or keyboard) inside the
 * answers under `root`. Focus moving into the selection's menu keeps it, so
 * keyboard users can reach the menu.
 */
export function usePassageSelection(
  root: RefObject<HTMLElement | null>,
  answers: ReadonlyMap<string, readonly string[]>,
) {
  const [selection, setSelection] = useState<PassageSelection | null>(null);

  useEffect(() => {
    let active = true;
    const stop = followSelection(
      SELECTION_MENU_ATTRIBUTE,
      (settled) => {
        if (!root.current) return;
        const current = document.getSelection();
        // Nothing selected yet: no need to load the reading code for it.
        if (!selectionReader && (!current || current.isCollapsed)) return;
        void loadSelectionReader().then(({ readSelection }) => {
          // While the code loaded, the page may have left or a new drag begun.
          if (!active || !root.current || !settled()) return;
          const next = readSelection(root.current, answers);
          const inMenu = document.activeElement?.closest(`[${SELECTION_MENU_ATTRIBUTE}]`);
          if (next || !inMenu) setSelection(next);
        });
      },
      // A selection made while the page was still starting (the text is on
      // screen before the app takes it over) gets its menu now.
      { now: true },
    );
    return () => {
      active = false;
      stop();
    };
  }, [root, answers]);

  return { selection, clear: () => setSelection(null) };
}
