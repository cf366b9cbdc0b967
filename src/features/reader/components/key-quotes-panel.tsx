import { Link } from 'react-router-dom';
import { paths, type ReaderParams } from '../../../config/paths';
import type { Interview, Section } from '../../../interview/schema';
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

/** The interview's key quotes, each a link to its place in the text. */
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
      className={`my-8 rounded-xl border border-amber-300 bg-amber-50 p-5 dark:border-amber-800 dark:bg-amber-950/30 print:border-stone-400 print:bg-transparent ${quotes.length === 0 ? 'print:hidden' : ''}`}
    >
      <h2 id="key_quotes_heading" className="font-sans text-lg font-semibold">
        Key quotes
      </h2>
      {hidden > 0 && (
        <p className="mt-2 font-sans text-sm text-stone-700 dark:text-stone-300">
          {hidden === 1 ? 'One key quote stays' : `${hidden} key quotes stay`} hidden until{' '}
          {hidden === 1 ? 'its answer is' : 'their answers are'} revealed.
        </p>
      )}
      <ul className="mt-3 space-y-4">
        {quotes.map((quote) => {
          const sectionId = model.sectionOfQuestion.get(quote.questionId) ?? '';
          const speaker = model.speakers.get(
            model.questions.get(quote.questionId)?.answeredBy ?? '',
          );
          return (
            <li key={quote.id}>
              <figure>
                <blockquote className="font-serif text-lg leading-snug">
                  <Link
                    preventScrollReset
                    to={paths.anchor(interview.id, sectionId, quote.id, keep)}
                    className="underline decoration-amber-500/60 underline-offset-4 hover:decoration-current"
                  >
                    “{quote.text}”
                  </Link>
                </blockquote>
                <figcaption className="mt-1 font-sans text-sm text-stone-700 dark:text-stone-300">
                  {speaker?.name}, on {labelOf.get(sectionId)}
                  {quote.note && ` · ${quote.note}`}
                </figcaption>
              </figure>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
