import { Link } from '../../../components/link';
import { paths, type ReaderParams } from '../../../config/paths';
import type { Interview, Section } from '../../../interview/schema';
import { textRuns } from '../../../interview/text-runs';
import type { ReaderModel } from '../reader-model';

type KeyQuotesPanelProps = {
  interview: Interview;
  model: ReaderModel;
  /** The sections shown: quotes elsewhere are left out. */
  sections: readonly Section[];
  keep: Partial<ReaderParams>;
  /** False for an answer hidden in discussion mode: its quotes stay hidden too. */
  answerShown: (questionId: string) => boolean;
};

/**
 * The interview's key quotes, each a link to its place in the text: folded
 * away to one line until asked for (it is as long as a screen), so the
 * questions come first; it works without JavaScript, and prints open.
 */
export function KeyQuotesPanel(props: KeyQuotesPanelProps) {
  const { interview, model, sections, keep, answerShown } = props;
  const labelOf = new Map(sections.map((s) => [s.id, s.label]));
  const onShow = interview.keyQuotes.filter((q) =>
    labelOf.has(model.sectionOfQuestion.get(q.questionId) ?? ''),
  );
  const quotes = onShow.filter((q) => answerShown(q.questionId));
  const hidden = onShow.length - quotes.length;
  if (onShow.length === 0) return null;
  return (
    <section
      aria-labelledby="key_quotes_heading"
      className={`my-6 rounded-xl border border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/30 print:border-stone-400 print:bg-transparent ${quotes.length === 0 ? 'print:hidden' : ''}`}
    >
      <details className="group print:details-content:[content-visibility:visible]">
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-xl px-4 py-2 font-sans hover:bg-amber-100 dark:hover:bg-amber-900/30 [&::-webkit-details-marker]:hidden">
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            fill="currentColor"
            className="size-5 shrink-0 transition-transform group-open:rotate-90 motion-reduce:transition-none print:hidden"
          >
            <path d="M7.2 4.2a1 1 0 0 1 1.4 0l5 5a1 1 0 0 1 0 1.4l-5 5a1 1 0 1 1-1.4-1.4L11.5 10 7.2 5.6a1 1 0 0 1 0-1.4Z" />
          </svg>
          <h2 id="key_quotes_heading" className="text-base font-semibold">
            Key quotes
          </h2>
          {/* The folded panel's count (on paper the quotes themselves print, open); with answers
          hidden for discussion, how many are hidden too: "0" alone read as none at all. */}
          <span className="text-sm text-stone-700 print:hidden dark:text-stone-300">
            {hidden > 0 ? (
              `${quotes.length} shown, ${hidden} hidden`
            ) : (
              <>
                {quotes.length}
                <span className="sr-only"> quotes</span>
              </>
            )}
          </span>
        </summary>
        {hidden > 0 && (
          <p className="px-5 pt-1 font-sans text-sm text-stone-700 print:hidden dark:text-stone-300">
            {hidden === 1 ? 'One key quote stays' : `${hidden} key quotes stay`} hidden until{' '}
            {hidden === 1 ? 'its answer is' : 'their answers are'} revealed.
          </p>
        )}
        {/* Each quote's link is a block, its padding a 44 px target for a one-line quote (the
        line's text alone was 20 px tall); the spacing around it shrinks by as much. On paper the
        words in their line, spaced as before, and set off as a quote by a rule at their left in
        the text's colour, not underlined as a link (on paper there is nothing to follow, and the
        amber underline printed as a faint grey line under every word). */}
        <ul className="space-y-2 px-5 pb-3 print:space-y-4 print:pt-1 print:pb-5">
          {quotes.map((quote) => {
            const sectionId = model.sectionOfQuestion.get(quote.questionId) ?? '';
            const speaker = model.speakers.get(
              model.questions.get(quote.questionId)?.answeredBy ?? '',
            );
            return (
              // On paper a quote stays on one sheet with who said it (on Letter the last one's
              // caption began the next sheet, alone).
              <li key={quote.id} className="print:break-inside-avoid">
                <figure>
                  <blockquote className="font-serif text-lg leading-snug print:border-l-2 print:border-current print:pl-3">
                    <Link
                      preventScrollReset
                      to={paths.anchor(interview.id, sectionId, quote.id, keep)}
                      className="block py-2.5 underline decoration-amber-500/60 underline-offset-4 hover:decoration-current print:inline print:p-0 print:no-underline"
                    >
                      “{textRuns(quote.text)}”
                    </Link>
                  </blockquote>
                  <figcaption className="font-sans text-sm print:mt-1 text-stone-700 dark:text-stone-300">
                    {speaker?.name}, on {labelOf.get(sectionId)}
                    {quote.note && ` · ${quote.note}`}
                  </figcaption>
                </figure>
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
