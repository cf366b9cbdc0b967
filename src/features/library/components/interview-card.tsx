import { Link } from '../../../components/link';
import { PrintedUrl } from '../../../components/printed-url';
import { paths } from '../../../config/paths';
import type { CatalogueEntry } from '../../../interview/catalogue';
import { facetKey } from '../../../interview/facets';
import { isPlaceholder, publicationName } from '../../../interview/placeholders';
import { formatDate, plural } from '../../../lib/format';

// A transparent border: in forced colours (Windows high contrast) the background is dropped and
// the border drawn, so each chip keeps its edge.
// At least 44 px wide on phones too: a topic of two letters (贸易) was 36 px.
const chipClass =
  'inline-flex min-h-8 items-center justify-center rounded-full border border-transparent bg-stone-100 px-3 text-sm text-stone-800 underline-offset-2 hover:bg-stone-200 hover:underline thumb:min-h-11 thumb:min-w-11 dark:bg-stone-800 dark:text-stone-200 dark:hover:bg-stone-700';

const facetLinkClass =
  'underline decoration-stone-400 underline-offset-2 hover:decoration-current dark:decoration-stone-500';

/**
 * One interview in the library: enough to choose it, a link to read it, and
 * links to the library filtered by its people, publication and topics (by the
 * keys the catalogue gives for labels in other scripts, which the first view
 * cannot romanize: src/interview/facet-values.ts).
 */
export function InterviewCard({ entry }: { entry: CatalogueEntry }) {
  // The importer's "Unknown publication" names none: the card says nothing of it.
  const publication = publicationName(entry.publication);
  return (
    <article className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      {/* The title is in the interview's language (the page is in English): read in its voice. */}
      <h3 lang={entry.language} className="font-serif text-xl leading-snug font-semibold">
        {/* A target for a thumb (touch-link) even where the title fits one short line. */}
        <Link
          to={paths.interview(entry.id)}
          className="touch-link underline decoration-stone-300 underline-offset-4 hover:decoration-current dark:decoration-stone-600"
        >
          {entry.title}
        </Link>
      </h3>
      <PrintedUrl path={paths.interview(entry.id)} />
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {entry.interviewees.map((person, i) => (
          <span key={person.name}>
            {i > 0 && '; '}
            {isPlaceholder('person', person.name) ? (
              <span className="font-medium">{person.name}</span>
            ) : (
              <Link
                to={paths.library({ filters: { person: person.key ?? facetKey(person.name) } })}
                className={`font-medium ${facetLinkClass}`}
                aria-label={`Interviews with ${person.name}`}
              >
                {person.name}
              </Link>
            )}
            {person.role && `, ${person.role}`}
          </span>
        ))}
      </p>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        {publication !== undefined && (
          <Link
            to={paths.library({
              filters: { publication: entry.publicationKey ?? facetKey(publication) },
            })}
            className={facetLinkClass}
            aria-label={`Interviews from ${publication}`}
          >
            {publication}
          </Link>
        )}
        {entry.published && (
          <>
            {publication !== undefined && ' · '}
            <time dateTime={entry.published}>{formatDate(entry.published)}</time>
          </>
        )}
        {(entry.published ?? publication !== undefined) && ' · '}
        {plural(entry.questionCount, 'question')} · {entry.readingMinutes} min read
      </p>
      <ul aria-label="Topics" className="mt-3 flex flex-wrap gap-2">
        {entry.topics.map((topic, i) => (
          <li key={`${i}-${topic}`}>
            <Link
              to={paths.library({ filters: { topic: entry.topicKeys?.[i] ?? facetKey(topic) } })}
              className={chipClass}
              aria-label={`Interviews on ${topic}`}
            >
              {topic}
            </Link>
          </li>
        ))}
      </ul>
    </article>
  );
}
