import { AddInterviewIntro, LIBRARY_LINK_CLASS } from './add-interview-intro';

/**
 * The "Add an interview" page as prerendered (add.html): its intro, then,
 * without JavaScript, why the page needs it (it reads and keeps text in the
 * browser), and with JavaScript "Loading…" until the page's code has come
 * and renders the same intro in place.
 */
export function AddWithoutScript({ libraryHref }: { libraryHref: string }) {
  return (
    // Marked for the app, which keeps it on screen while the page's code is slow to come
    // (src/app/router.tsx).
    <div className="mx-auto max-w-5xl" data-kept-while-loading="">
      <AddInterviewIntro
        library={
          <a href={libraryHref} className={LIBRARY_LINK_CLASS}>
            Library
          </a>
        }
      />
      <p className="no-js-only max-w-3xl">
        This page reads an interview’s text and keeps it in your browser, so it needs JavaScript,
        which is turned off here. Turn it on and reload this page, or read the interviews in the{' '}
        <a href={libraryHref} className="underline underline-offset-2">
          library
        </a>
        .
      </p>
      <p role="status" className="js-only">
        Loading…
      </p>
    </div>
  );
}
