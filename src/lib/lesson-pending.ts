/**
 * On <html>, from the page's head script until the app has applied the
 * address: a lesson link's page (`?sections=`, `?mode=discuss`, a prompt,
 * pins) is built as the whole interview, which the lesson would shrink or
 * grow under the reader; meanwhile the reader's text keeps its place
 * unpainted (index.css). The boot script also unmarks it after a few
 * seconds, for an app that never comes.
 */
export const LESSON_PENDING_CLASS = 'lesson-pending';

/**
 * On <html> beside LESSON_PENDING_CLASS, for a lesson the boot script can
 * show itself before the app has started (`showLessonEarly` in landing.ts):
 * sections alone, in the interview's order. The page then shows the
 * sections, question index entries and key quotes marked
 * LESSON_SHOWN_ATTRIBUTE, and holds the lesson bar's place (index.css), as
 * the app will render them.
 */
export const LESSON_EARLY_CLASS = 'lesson-early';

/** On a section, question index entry or key quote the early lesson shows. */
export const LESSON_SHOWN_ATTRIBUTE = 'data-lesson-shown';

/** The custom property on <html> holding the lesson bar's words (a CSS string) while its place is held. */
export const LESSON_NOTE_PROPERTY = '--lesson-note';

/**
 * Shows the text again: called once the page shows what its address asks
 * for (the first landing after hydration, see useRevealOnNavigate), whether
 * or not it turned out to be a lesson (an unknown section, a pin the app
 * cannot read, an error page).
 */
export function showPendingText(): void {
  document.documentElement.classList.remove(LESSON_PENDING_CLASS, LESSON_EARLY_CLASS);
}
