import type { SourceParagraph } from './paragraphs';

// A Japanese interviewer's prompt opened by a doubled bar ("──撮影は…", "――最後に…"), its words in
// a script without capitals. The bar marks the interviewer whether the prompt asks ("…ですか。")
// or not ("…そうですね。", "…お願いします。"), as most of such a page's prompts do not.
const BARRED = /^(?:──|――|——)\s?\p{Lo}/u;

/**
 * Whether a page's interviewer opens each turn with a doubled bar and the guest never does: three
 * or more barred paragraphs, each followed by an unbarred one (its answer), and no unbarred
 * paragraph asking with "?" at its end (a "?" inside quotes, 「どうやるの?」, asks nothing).
 */
export function barredPrompts(content: readonly SourceParagraph[]): boolean {
  const first = content.findIndex((p) => BARRED.test(p.text));
  if (first < 0) return false;
  const after = content.slice(first);
  const barred = after.filter((p) => BARRED.test(p.text));
  const answered = after.filter(
    (p, i) => BARRED.test(p.text) && after[i + 1] && !BARRED.test(after[i + 1]?.text ?? ''),
  );
  const plainAsks = after.some((p) => !BARRED.test(p.text) && /[?？][」』”"’)）]*$/u.test(p.text));
  return barred.length >= 3 && answered.length === barred.length && !plainAsks;
}
