import { useEffect } from 'react';

/**
 * Where the browser cannot search collapsed content (no hidden="until-found"),
 * opens everything when the reader starts a find-in-page (Ctrl/Cmd+F).
 */
export function useFindInPageFallback(openAll: () => void) {
  useEffect(() => {
    if ('onbeforematch' in document.body) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') openAll();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openAll]);
}
