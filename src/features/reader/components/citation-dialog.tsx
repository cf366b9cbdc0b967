import { useEffect, useRef } from 'react';
import { absoluteUrl } from '../../../config/paths';
import { cite, citationText } from '../../../interview/citation';
import type { Interview } from '../../../interview/schema';
import { CopyButton } from './copy-button';

/** What to cite: its description, speaker, link, and for a passage, its words. */
export type CiteTarget = {
  label: string;
  speaker: string;
  path: string;
  passage?: string;
  accessed: Date;
};

type CitationDialogProps = { interview: Interview; target: CiteTarget | null; onClose: () => void };

/** APA, MLA and Chicago citations of the interview or a part of it, each with a copy button. */
export function CitationDialog({ interview, target, onClose }: CitationDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  // The native modal dialog traps focus, closes on Escape and returns focus to the opener.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (target && !element.open) element.showModal();
    if (!target && element.open) element.close();
  }, [target]);

  const citations = target
    ? cite(interview, {
        speaker: target.speaker,
        url: absoluteUrl(target.path),
        accessed: target.accessed,
      })
    : [];
  return (
    <dialog
      ref={dialog}
      aria-labelledby="cite_title"
      onClose={onClose}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-xl bg-white p-0 text-stone-900 shadow-2xl backdrop:bg-stone-950/60 dark:bg-stone-900 dark:text-stone-100"
    >
      {target && (
        <div className="p-5 font-sans sm:p-6">
          <h2 id="cite_title" className="text-xl font-semibold">
            Cite {target.label}
          </h2>
          {target.passage && (
            <blockquote className="mt-3 border-l-4 border-sky-700 pl-3 font-serif text-stone-700 dark:border-sky-400 dark:text-stone-300">
              “{target.passage}”
            </blockquote>
          )}
          <ul className="mt-4 space-y-4">
            {citations.map((citation) => (
              <li
                key={citation.style}
                className="rounded-lg border border-stone-200 p-3 dark:border-stone-700"
              >
                <div className="flex items-center justify-between gap-2">
                  <h3 className="text-sm font-semibold text-stone-700 dark:text-stone-300">
                    {citation.label}
                  </h3>
                  <CopyButton
                    text={() => citationText(citation)}
                    label="Copy"
                    target={`${citation.style} citation`}
                    display="text"
                    icon="copy"
                  />
                </div>
                <p className="mt-1 font-serif break-words">
                  {citation.parts.map((part, i) =>
                    part.italic ? <i key={i}>{part.text}</i> : <span key={i}>{part.text}</span>,
                  )}
                </p>
              </li>
            ))}
          </ul>
          <form method="dialog" className="mt-5 text-right">
            <button
              type="submit"
              className="rounded-md bg-stone-800 px-4 py-2 font-medium text-white hover:bg-stone-700 dark:bg-stone-200 dark:text-stone-900"
            >
              Close
            </button>
          </form>
        </div>
      )}
    </dialog>
  );
}
