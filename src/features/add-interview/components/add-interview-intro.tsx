import type { ReactNode } from 'react';
import { PAGE_TITLE_ID } from '../../../hooks/use-reveal-on-navigate';

/** The classes of the intro's link to the library, as a router link or a plain one. */
export const LIBRARY_LINK_CLASS = 'touch-link underline underline-offset-2';

/**
 * The top of the "Add an interview" page: a link to the library (`library`,
 * a router link in the app, a plain one in the prerendered add.html), the
 * page's title and what the page does. The same markup is prerendered, so
 * that it is on screen at the first paint while the page's code loads.
 */
export function AddInterviewIntro({ library }: { library: ReactNode }) {
  return (
    <>
      <p className="mt-6 text-sm">{library}</p>
      <h1 id={PAGE_TITLE_ID} className="mt-2 mb-2 font-serif text-3xl font-semibold outline-none">
        Add an interview
      </h1>
      <p className="mb-8 max-w-3xl text-stone-700 dark:text-stone-300">
        Bring a question-and-answer interview from a newspaper or a transcript. You check what was
        found (every paragraph marked intro, heading, question, answer or dropped), correct it, and
        keep it on this device to read, share in class from this device, print and cite like any
        interview here.
      </p>
    </>
  );
}
