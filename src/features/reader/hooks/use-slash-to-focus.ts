import { useEffect, type RefObject } from 'react';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The "/" key focuses the field, as on many sites, unless the reader is
 * typing elsewhere; `reveal` first shows a field that is tucked away (the
 * phone bar's search).
 */
export function useSlashToFocus(field: RefObject<HTMLInputElement | null>, reveal: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key !== '/' ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        isTyping(event.target)
      )
        return;
      event.preventDefault();
      if (field.current?.offsetParent === null) reveal();
      field.current?.focus({ preventScroll: true });
      field.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [field, reveal]);
}
