import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import type { Interview } from '../../../interview/schema';
import type { ReaderModel } from '../reader-model';

/** The interview's key quotes, each a link to its place in the text. */
export function KeyQuotesPanel({ interview, model }: { interview: Interview; model: ReaderModel }) {
  if (interview.keyQuotes.length === 0) return null;
  const labelOf = new Map(interview.sections.map((s) => [s.id, s.label]));
  const answererOf = new Map(
    interview.sections.flatMap((s) => s.questions.map((q) => [q.id, q.answeredBy] as const)),
  );
  return (
    <section
      aria-labelledby="key_quotes_heading"
      className="my-8 rounded-xl border border-amber-300 bg-amber-50 p-5 dark:border-amber-800 dark:bg-amber-950/30"
    >
      <h2 id="key_quotes_heading" className="font-sans text-lg font-semibold">
        Key quotes
      </h2>
      <ul className="mt-3 space-y-4">
        {interview.keyQuotes.map((quote) => {
          const sectionId = model.sectionOfQuestion.get(quote.questionId) ?? '';
          const speaker = model.speakers.get(answererOf.get(quote.questionId) ?? '');
          return (
            <li key={quote.id}>
              <figure>
                <blockquote className="font-serif text-lg leading-snug">
                  <Link
                    preventScrollReset
                    to={paths.anchor(interview.id, sectionId, quote.id)}
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
