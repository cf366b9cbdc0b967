import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect } from 'react';
import { absoluteUrl } from '../../../config/paths';
import { useOrigin } from '../../../hooks/use-origin';
import { articleAuthors } from '../../../interview/authors';
import type { Interview } from '../../../interview/schema';
import { publicationName } from '../../../interview/placeholders';
import { formatDate } from '../../../lib/format';
import { handoutCitationQueryOptions } from '../api/get-handout-citation';
import { RichText } from '../../citation/components/rich-text';
import { QrCode, qrEncoderQuery } from '../../lesson/components/qr-code';
import { footLink, PRINTED_LINK_PROPERTY } from '../../../lib/landing';
import { isFromThisDevice } from '../../reader/api/get-interview';
import { usePrinted } from '../hooks/use-printed';
import { QueryProvider } from '../../../components/query-provider';

/**
 * The title as a sentence of the plain citation line: ended with a full stop unless it ends its
 * own ("… this year?", "… In That.”"). Without one it ran into the publication: "L'invité du jour
 * – Sud Radio Média Sud Radio, 12 March 2025."
 */
function endSentence(title: string): string {
  return /[.!?…。！？][\p{Pe}\p{Pf}"']*$/u.test(title) ? title : `${title}.`;
}

/** The line printed for the citation until the APA one has loaded. */
function plainCitation(
  interview: Interview,
  authors: readonly string[],
  publication: string | undefined,
): string {
  const where = [publication, interview.published && formatDate(interview.published)]
    .filter(Boolean)
    .join(', ');
  return [
    authors.length ? `${authors.join(', ')}.` : '',
    endSentence(interview.title),
    where ? `${where}.` : '',
    interview.canonicalUrl ?? '',
  ]
    .filter(Boolean)
    .join(' ');
}

type HandoutHeaderProps = {
  interview: Interview;
  /** The in-app link to this view (a lesson's link in a lesson). */
  path: string;
  lesson: boolean;
};

/**
 * What only paper needs: where the interview comes from, how to cite it,
 * and the link (with its QR code) back to this view. Hidden on screen.
 */
export function HandoutHeader(props: HandoutHeaderProps) {
  return (
    <QueryProvider>
      <HandoutHeaderContent {...props} />
    </QueryProvider>
  );
}

function HandoutHeaderContent({ interview, path, lesson }: HandoutHeaderProps) {
  const origin = useOrigin();
  const url = origin ? absoluteUrl(path, origin) : path;
  // A prerendered page brings the citation in its data. Elsewhere (an
  // interview kept on this device) it loads with "Print handout", the
  // citation dialog or the lesson builder; printed from the browser's menu
  // before that, a plain line stands in for it.
  const queryClient = useQueryClient();
  useEffect(() => {
    const prefetch = () => void queryClient.prefetchQuery(handoutCitationQueryOptions(interview));
    window.addEventListener('beforeprint', prefetch);
    return () => window.removeEventListener('beforeprint', prefetch);
  }, [queryClient, interview]);
  const { data: citation } = useQuery({
    ...handoutCitationQueryOptions(interview),
    enabled: false,
  });
  const keptHere = isFromThisDevice(interview);
  // The QR code is made only for paper: encoding it took one 238 ms task on
  // the 2,000-question interview's load. Its encoder loads now, so that a
  // print has it at once. Through useQuery, as the code did: with
  // prefetchQuery in an effect, early-input.spec's "buttons pressed before the
  // app starts" failed 2 of 2 runs (the citation dialog never showed; cause
  // not found), with useQuery it passed 4 of 4.
  const printed = usePrinted();
  useQuery({ ...qrEncoderQuery, enabled: !keptHere });
  const authors = articleAuthors(interview);
  const publication = publicationName(interview.source.publication);
  // The foot of every printed sheet names this view's link (index.css, @page), not the address
  // the page was loaded at; a kept interview's link opens only here, so its sheets name none.
  // Set once the page is printed (then in the same commit, before the browser lays it out for
  // paper), not at each change of the view: an inherited custom property on <html>, it restyled
  // the whole page when set, 10,600 elements and 0.15-0.9 s on the 2,000-question interview, as
  // this header came and at each search (docs/measurements.md, session 32).
  useLayoutEffect(() => {
    if (!printed) return;
    const style = document.documentElement.style;
    if (keptHere) style.removeProperty(PRINTED_LINK_PROPERTY);
    else style.setProperty(PRINTED_LINK_PROPERTY, footLink(url));
    return () => void style.removeProperty(PRINTED_LINK_PROPERTY);
  }, [keptHere, url, printed]);
  // Left unprinted, the view still takes the link the page was loaded at (the boot script's) off
  // the foot as it goes: a library reached from here in the page must not print this view's link.
  useLayoutEffect(
    () => () => void document.documentElement.style.removeProperty(PRINTED_LINK_PROPERTY),
    [],
  );
  return (
    <div className="handout-header hidden font-sans text-sm print:block">
      {/* The QR code beside the details, not on a row of its own below them: stacked, the header
      took 291 of an A4 sheet's 1,003 px, and a discussion handout's first section (kept whole
      with its question and writing lines) no longer fitted below it, leaving a quarter of the
      first sheet empty. */}
      <div className="flex items-start gap-4">
        {/* Who was interviewed, where and when print once, in the lines under the title
        (interview-header.tsx): listed here too, they printed twice. The interviewer is named here
        only when those lines cannot (no byline, interviewers named in the file). */}
        <dl className="grid min-w-0 flex-1 grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          {!interview.byline?.length && authors.length > 0 && (
            <>
              <dt className="font-semibold">Interviewer</dt>
              <dd>{authors.join(', ')}</dd>
            </>
          )}
          {interview.canonicalUrl && (
            <>
              <dt className="font-semibold">Original article</dt>
              <dd className="break-all">{interview.canonicalUrl}</dd>
            </>
          )}
          <dt className="font-semibold">Cite as</dt>
          <dd>
            {citation ? (
              <RichText text={citation} />
            ) : (
              plainCitation(interview, authors, publication)
            )}
            <span className="block text-xs">
              {citation ? 'APA 7th edition. ' : ''}Passages are numbered as Q2 ¶3: question 2,
              paragraph 3 of its answer.
            </span>
          </dd>
        </dl>
        {!keptHere && origin && printed && (
          <QrCode
            text={url}
            label={`QR code of the ${lesson ? 'lesson' : 'reader'} link`}
            modulePx={1.5}
            minPx={96}
          />
        )}
      </div>
      {keptHere ? (
        // Its reader link opens only in the browser that keeps it: no QR code a class would scan in vain.
        <p className="mt-3 border-y border-stone-400 py-2">
          <span className="font-semibold">Printed from a copy kept on one device</span>: its reader
          link opens only in the browser that keeps it.
          {interview.canonicalUrl && (
            <>
              {' '}
              Read online: <span className="break-all">{interview.canonicalUrl}</span>
            </>
          )}
        </p>
      ) : (
        <p className="mt-3 border-y border-stone-400 py-2">
          <span className="font-semibold">{lesson ? 'Lesson link' : 'Read online'}:</span>{' '}
          <span className="break-all">{url}</span>
        </p>
      )}
    </div>
  );
}
