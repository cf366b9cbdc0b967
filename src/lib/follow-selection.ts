/**
 * Follows the document's text selection for a selection menu. `onSettled`
 * runs when the selection changes, but not while a mouse or finger is still
 * selecting: a menu appearing under the pointer would catch the drag, so it
 * runs once the pointer is up instead. A press inside the menu (an element
 * carrying `menuAttribute`) is not a new selection, so pressing the menu's
 * buttons keeps the selection they act on. `settled()` tells a caller that
 * finishes later (after loading code) whether a new drag began meanwhile.
 * With `now`, `onSettled` also runs at once, for a selection made before.
 * Returns the function that stops following.
 */
export function followSelection(
  menuAttribute: string,
  onSettled: (settled: () => boolean) => void,
  { now = false }: { now?: boolean } = {},
): () => void {
  let pointerDown = false;
  const settled = () => !pointerDown;
  const onSelectionChange = () => {
    if (!pointerDown) onSettled(settled);
  };
  const onPointerDown = (event: Event) => {
    const inMenu = event.target instanceof Element && event.target.closest(`[${menuAttribute}]`);
    if (!inMenu) pointerDown = true;
  };
  const onPointerUp = () => {
    if (!pointerDown) return;
    pointerDown = false;
    onSettled(settled);
  };
  document.addEventListener('selectionchange', onSelectionChange);
  document.addEventListener('pointerdown', onPointerDown, true);
  document.addEventListener('pointerup', onPointerUp, true);
  document.addEventListener('pointercancel', onPointerUp, true);
  if (now) onSettled(settled);
  return () => {
    document.removeEventListener('selectionchange', onSelectionChange);
    document.removeEventListener('pointerdown', onPointerDown, true);
    document.removeEventListener('pointerup', onPointerUp, true);
    document.removeEventListener('pointercancel', onPointerUp, true);
  };
}
