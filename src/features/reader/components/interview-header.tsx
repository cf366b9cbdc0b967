import { Fragment, useMemo, type ReactNode } from 'react';
import { PAGE_TITLE_ID } from '../../../hooks/use-reveal-on-navigate';
import { dataUrls } from '../../../config/paths';
import type { Interview, InterviewImage } from '../../../interview/schema';
import { readingMinutes, wordCounts } from '../../../interview/reading-time';
import { formatDate } from '../../../lib/format';
import { publicationName } from '../../../interview/placeholders';
import { foldQuery } from '../../../interview/fold';

/**
 * The article's photo with its caption and credit. Its box keeps the photo's
 * shape before it loads (its width and height, or 3:2), so nothing moves.
 */
function Photo({ image, src }: { image: InterviewImage; src: string }) {
  const sized = image.width !== undefined && image.height !== undefined;
  return (
    <figure className="mt-6">
      <img
        src={dataUrls.image(src)}
        alt={image.alt ?? ''}
        width={image.width}
        height={image.height}
        decoding="async"
        className={`w-full rounded-lg bg-stone-200 dark:bg-stone-800 ${sized ? 'h-auto' : 'aspect-[3/2] object-contain'}`}
      />
      <figcaption className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        {image.caption}
        {image.credit && (
          <>
            {' '}
            <span>Photo: {image.credit}</span>
          </>
        )}
      </figcaption>
    </figure>
  );
}

/** An address's host, without "www.": what a link to an unnamed publication says. */
function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname.replace(/^www\./u, '') : url;
}

/**
 * Whether the title is the line naming the guests, as the importer titles an article without a
 * headline ("Interview with Mourinho"): under it, that line said the same again, on screen and on
 * paper. A guest's role is more than the title says, so its line stays.
 */
function titleNamesGuests({ title, people }: Interview): boolean {
  if (people.interviewees.some((person) => person.role)) return false;
  const line = `Interview with ${people.interviewees.map((person) => person.name).join(' and ')}`;
  return foldQuery(title) === foldQuery(line);
}

/**
 * Title, who was interviewed, where and when it was published, and by whom,
 * and how long what is shown takes to read. Its words are counted here, in a
 * part that hydrates after the rest (reader-lazy-parts.tsx): counted in the
 * reader's first render, they were most of hydration's longest task on a
 * long interview (docs/measurements.md, session 32), and their code was in
 * the first view.
 */
export function InterviewHeader({
  interview,
  sectionIds,
  answerShown,
}: {
  interview: Interview;
  /** The sections shown: a lesson's, or the whole interview's. */
  sectionIds: readonly string[];
  /** False for an answer discussion mode hides: its words do not count. */
  answerShown: (questionId: string) => boolean;
}) {
  const { source, image, byline = [] } = interview;
  const words = useMemo(() => wordCounts(interview), [interview]);
  const minutes = readingMinutes(words, sectionIds, (id) => !answerShown(id));
  // The importer's "Unknown publication" names none: nothing is said (an address by its host).
  const publication = publicationName(source.publication);
  const facts: ReactNode[] = [
    ...(source.url
      ? [
          <a href={source.url} className="underline underline-offset-2">
            {publication ?? hostOf(source.url)}
          </a>,
        ]
      : publication
        ? [publication]
        : []),
    ...(interview.published
      ? [<time dateTime={interview.published}>{formatDate(interview.published)}</time>]
      : []),
    ...(byline.length > 0 ? [`By ${byline.map((author) => author.name).join(' and ')}`] : []),
  ];
  return (
    <header className="mt-8 mb-6 max-w-3xl print:mt-0 print:mb-4">
      <h1
        id={PAGE_TITLE_ID}
        className="outline-none font-serif text-3xl leading-tight font-semibold text-balance sm:text-4xl"
      >
        {interview.title}
      </h1>
      {interview.standfirst && (
        <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{interview.standfirst}</p>
      )}
      {!titleNamesGuests(interview) && (
        <p className="mt-4 text-stone-800 dark:text-stone-200">
          Interview with{' '}
          {interview.people.interviewees.map((person, i) => (
            <span key={person.id}>
              {i > 0 && ' and '}
              <span className="font-semibold">{person.name}</span>
              {person.role && `, ${person.role}`}
            </span>
          ))}
        </p>
      )}
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        {facts.map((fact, at) => (
          <Fragment key={at}>
            {at > 0 && ' · '}
            {fact}
          </Fragment>
        ))}
        {/* How long it takes on screen: no fact about the interview to print. */}
        <span className="print:hidden">
          {facts.length > 0 && ' · '}
          {minutes} min read
        </span>
      </p>
      {/* On paper its address, or the handout's header gives it instead (index.css). */}
      {interview.canonicalUrl && (
        <p className="original-link mt-1 text-sm">
          <a href={interview.canonicalUrl} className="touch-link underline underline-offset-2">
            Read the original article
          </a>
        </p>
      )}
      {image?.src && <Photo image={image} src={image.src} />}
    </header>
  );
}
