import { useEffect, useState, type RefObject } from 'react';
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
    // While a mouse or finger is still selecting, a menu under the pointer
    // would catch the drag: it appears once the pointer is up.
    let pointerDown = false;
    let active = true;
    const apply = ({ readSelection }: SelectionReader) => {
      if (!active || !root.current || pointerDown) return;
      const next = readSelection(root.current, answers);
      const inMenu = document.activeElement?.closest(`[${SELECTION_MENU_ATTRIBUTE}]`);
      if (next || !inMenu) setSelection(next);
    };
    const update = () => {
      if (!root.current || pointerDown) return;
      const current = document.getSelection();
      // Nothing selected yet: no need to load the reading code for it.
      if (!selectionReader && (!current || current.isCollapsed)) return;
      void loadSelectionReader().then(apply);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!(
        event.target instanceof Element && event.target.closest(`[${SELECTION_MENU_ATTRIBUTE}]`)
      )) {
        pointerDown = true;
      }
    };
    const onPointerUp = () => {
      if (!pointerDown) return;
      pointerDown = false;
      update();
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    document.addEventListener('pointercancel', onPointerUp, true);
    // A selection made while the page was still starting (the text is on
    // screen before the app takes it over) gets its menu now.
    update();
    return () => {
      active = false;
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('pointercancel', onPointerUp, true);
    };
  }, [root, answers]);

  return { selection, clear: () => setSelection(null) };
}
