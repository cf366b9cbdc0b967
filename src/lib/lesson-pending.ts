/**
 * On <html>, from the boot script until the app shows the lesson: a lesson
 * link's page (`?sections=`, `?mode=discuss`, a prompt, pins) is built as
 * the whole interview, which the lesson would shrink or grow under the
 * reader; meanwhile the reader's text keeps its place unpainted (index.css).
 */
export const LESSON_PENDING_CLASS = 'lesson-pending';
