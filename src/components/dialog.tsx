import { useEffect, useRef, type ReactNode } from 'react';

type DialogProps = {
  open: boolean;
  onClose: () => void;
  /** The dialog's heading; it names the dialog for screen readers. */
  title: ReactNode;
  /** A unique id for the heading. */
  titleId: string;
  children: ReactNode;
  /** Wider for the lesson builder. */
  size?: 'normal' | 'wide';
};

/**
 * A modal dialog that closes the ways people expect: Escape, a tap on the
 * backdrop, and a Close button in a header that stays in view however long
 * the content (down to 320 px wide). The native <dialog> traps focus and
 * returns it to the opener.
 */
export function Dialog({ open, onClose, title, titleId, children, size = 'normal' }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      // A click whose target is the <dialog> itself landed on its backdrop:
      // the content fills the dialog's box, so clicks inside hit the content.
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
      className={`m-auto max-h-[calc(100dvh-1rem)] w-[calc(100vw-1rem)] overflow-hidden rounded-xl bg-white p-0 text-stone-900 shadow-2xl backdrop:bg-stone-950/60 sm:max-h-[calc(100dvh-2rem)] dark:bg-stone-900 dark:text-stone-100 print:hidden ${
        size === 'wide'
          ? 'sm:w-[min(48rem,calc(100vw-2rem))]'
          : 'sm:w-[min(40rem,calc(100vw-2rem))]'
      }`}
    >
      {open && (
        <div className="flex max-h-[inherit] flex-col font-sans">
          <header className="flex items-start gap-3 border-b border-stone-200 px-4 py-3 sm:px-6 dark:border-stone-700">
            <h2
              id={titleId}
              className="min-w-0 flex-1 self-center text-lg font-semibold break-words"
            >
              {title}
            </h2>
            <form method="dialog" className="shrink-0">
              <button
                type="submit"
                className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md border border-stone-300 px-3 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
              >
                <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
                  <path d="M5.3 5.3a1 1 0 0 1 1.4 0L10 8.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4L10 11.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 10 5.3 6.7a1 1 0 0 1 0-1.4Z" />
                </svg>
                Close
              </button>
            </form>
          </header>
          <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-4 py-4 sm:px-6">
            {children}
          </div>
        </div>
      )}
    </dialog>
  );
}
