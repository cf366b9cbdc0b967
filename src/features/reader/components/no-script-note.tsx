import type { ReactNode } from 'react';

/**
 * What a reader without JavaScript misses of a link: a static host cannot apply a link's
 * parameters, and CSS cannot read them, so it is said to every reader without JavaScript (not in
 * <noscript>: Chromium does not show that when scripts are blocked through DevTools, as the
 * browser tests block them). Not on paper: a handout is the whole interview, with no links to
 * follow (`print:hidden` alone lost to the more specific `no-js:block`). `children` end the
 * sentence: what the reader has instead.
 */
export function NoScriptNote({ children }: { children: ReactNode }) {
  return (
    <p
      lang="en"
      data-pagefind-ignore
      className="mt-4 hidden rounded-md border border-stone-300 px-3 py-2 font-sans text-sm text-stone-700 no-js:block no-js:print:hidden dark:border-stone-700 dark:text-stone-300"
    >
      Lesson, passage and search links need JavaScript, which is off: {children}.
    </p>
  );
}
