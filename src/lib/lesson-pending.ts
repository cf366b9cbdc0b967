/**
 * On <html>, from the boot script until the app has applied the address: a
 * lesson link's page (`?sections=`, `?mode=discuss`, a prompt, pins) is
 * built as the whole interview, which the lesson would shrink or grow under
 * the reader; meanwhile the reader's text keeps its place unpainted
 * (index.css). The boot script also unmarks it after a few seconds, for an
 * app that never comes.
 */
export const LESSON_PENDING_CLASS = 'lesson-pending';

/**
 * Shows the text again: called once the page shows what its address asks
 * for (the first landing after hydration, see useRevealOnNavigate), whether
 * or not it turned out to be a lesson (an unknown section, a pin the app
 * cannot read, an error page).
 */
export function showPendingText(): void {
  document.documentElement.classList.remove(LESSON_PENDING_CLASS);
}
