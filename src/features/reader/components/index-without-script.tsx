import type { ReactNode } from 'react';
import { plural } from '../../../lib/format';
import { ListIcon } from './reader-icons';

/** The id of the question index a page read without JavaScript shows, after the text. */
const INDEX_ID = 'index_without_script';

/**
 * The question index of a page read without JavaScript, after the interview's text in the
 * document: beside it from 768 px (in the grid's first column, where the reader's bar stands
 * with JavaScript), below it on a phone. The bar's own index, above the text, held each
 * question's first words as its title, and a text fragment link (`#:~:text=`, Chrome's "Copy
 * link to highlight") of a question's words landed on that copy, the first in the document
 * (the browser matches in document order, whatever the layout), not on the question. Without
 * JavaScript the bar is not shown (styles/index.css). In <noscript>: the app never renders its
 * children (React leaves a <noscript>'s content to the server's markup), and a browser running
 * scripts neither shows nor matches it.
 */
export function IndexWithoutScript({ children }: { children: ReactNode }) {
  return (
    <noscript>
      <nav
        id={INDEX_ID}
        aria-labelledby={`${INDEX_ID}_heading`}
        className="mt-10 print:hidden md:sticky md:top-4 md:col-start-1 md:row-start-1 md:mt-0 md:max-h-[calc(100vh-2rem)] md:self-start md:overflow-y-auto md:p-1 md:pt-7"
      >
        <h2 id={`${INDEX_ID}_heading`} className="mb-3 font-sans text-base font-semibold">
          Questions
        </h2>
        {children}
      </nav>
    </noscript>
  );
}

/**
 * On a phone without JavaScript, where the reader's bar would be: a link to the question index
 * after the text (an anchor link needs no script), looking like the bar's button.
 */
export function IndexLinkWithoutScript({ count }: { count: number }) {
  return (
    <noscript>
      <a
        href={`#${INDEX_ID}`}
        className="mt-6 flex min-h-11 items-center gap-2 rounded-md px-2 font-sans hover:bg-stone-200 print:hidden md:hidden dark:hover:bg-stone-800"
      >
        <ListIcon />
        <span className="leading-tight">
          <span className="block text-sm font-semibold">Questions</span>
          <span className="block text-xs text-stone-600 dark:text-stone-400">
            {plural(count, 'question')}, after the text
          </span>
        </span>
      </a>
    </noscript>
  );
}
