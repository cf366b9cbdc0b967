import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import type { CatalogueEntry } from '../../../interview/catalogue';
import { formatDate, plural } from '../../../lib/format';

/** One interview in the library: enough to choose it, and a link to read it. */
export function InterviewCard({ entry }: { entry: CatalogueEntry }) {
  return (
    <article className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <h2 className="font-serif text-xl leading-snug font-semibold">
        <Link
          to={paths.interview(entry.id)}
          className="underline decoration-stone-300 underline-offset-4 hover:decoration-current"
        >
          {entry.title}
        </Link>
      </h2>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {entry.interviewees.map((person, i) => (
          <span key={person.name}>
            {i > 0 && '; '}
            <span className="font-medium">{person.name}</span>
            {person.role && `, ${person.role}`}
          </span>
        ))}
      </p>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        {entry.publication}
        {entry.published && (
          <>
            {' · '}
            <time dateTime={entry.published}>{formatDate(entry.published)}</time>
          </>
        )}
        {' · '}
        {plural(entry.questionCount, 'question')} · {entry.readingMinutes} min read
      </p>
      <ul aria-label="Topics" className="mt-3 flex flex-wrap gap-2">
        {entry.topics.map((topic) => (
          <li
            key={topic}
            className="rounded-full bg-stone-100 px-3 py-0.5 text-sm text-stone-700 dark:bg-stone-800 dark:text-stone-300"
          >
            {topic}
          </li>
        ))}
      </ul>
    </article>
  );
}
