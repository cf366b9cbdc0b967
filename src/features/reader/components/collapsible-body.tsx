import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

type CollapsibleBodyProps = {
  id: string;
  open: boolean;
  /** Called when the browser reveals collapsed content by itself (find-in-page, a fragment link). */
  onReveal: () => void;
  children: ReactNode;
};

function supportsUntilFound(element: HTMLElement): boolean {
  return 'onbeforematch' in element;
}

/**
 * The body of a collapsible section. Collapsed, it is `hidden="until-found"`:
 * out of sight, yet the browser's find-in-page and fragment links still reach
 * it and fire `beforematch`, which opens the section. React would write the
 * attribute as `hidden=""`, so it is set through the element. Browsers without
 * until-found get plain `hidden`; the reader opens sections itself for links,
 * and for find-in-page (useFindInPageFallback).
 */
export function CollapsibleBody({ id, open, onReveal, children }: CollapsibleBodyProps) {
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (open) element.removeAttribute('hidden');
    else element.setAttribute('hidden', supportsUntilFound(element) ? 'until-found' : '');
  }, [open]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.addEventListener('beforematch', onReveal);
    return () => element.removeEventListener('beforematch', onReveal);
  }, [onReveal]);

  return (
    <div id={id} ref={ref} className="section-body">
      {children}
    </div>
  );
}
