import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { absoluteUrl } from '../../../config/paths';
import { bibtex, ris } from '../../../interview/citation';
import { locatorText } from '../../../interview/locator';
import type { Interview } from '../../../interview/schema';
import { CopyButton, CopyLinkButton } from '../../reader/components/copy-button';
import { citationEngineQueryOptions } from '../api/get-citation-engine';
import { formatCitations, plainText, richHtml } from '../format-citations';
import type { CiteTarget } from './citation-dialog';
import { DownloadButton } from './download-button';
import { RichText } from './rich-text';

const sectionHeading = 'text-sm font-semibold text-stone-700 dark:text-stone-300';

/** The citations of what is cited, its BibTeX and RIS, and its link: the dialog's content, loaded with it. */
export function CitationList({ interview, target }: { interview: Interview; target: CiteTarget }) {
  const engine = useQuery(citationEngineQueryOptions());
  const citations = useMemo(
    () => (engine.data ? formatCitations(engine.data, interview, target.locator) : []),
    [engine.data, interview, target.locator],
  );
  const where = target.locator ? locatorText(target.locator) : undefined;
  return (
    <div className="space-y-5">
      {target.passage && (
        <figure>
          <blockquote className="border-l-4 border-sky-700 pl-3 font-serif text-stone-700 dark:border-sky-400 dark:text-stone-300">
            “{target.passage}”
          </blockquote>
          {where && (
            <figcaption className="mt-1 text-sm text-stone-600 dark:text-stone-400">
              {where}: question {target.locator?.question}
              {target.locator?.paragraph !== undefined &&
                `, paragraph ${target.locator.paragraph} of the answer`}
            </figcaption>
          )}
        </figure>
      )}
      {!interview.canonicalUrl && (
        <p className="text-sm text-stone-700 dark:text-stone-300">
          The original article’s address is not recorded for this interview, so the citations name
          its publication without a link.
        </p>
      )}
      {engine.isPending && (
        <p role="status" className="text-stone-700 dark:text-stone-300">
          Formatting citations…
        </p>
      )}
      {engine.isError && (
        <p role="alert" className="text-red-800 dark:text-red-300">
          The citation styles could not be loaded. Check the connection and open this again.
        </p>
      )}
      {citations.length > 0 && (
        <ul className="space-y-4">
          {citations.map((citation) => (
            <li
              key={citation.style}
              className="rounded-lg border border-stone-200 p-3 dark:border-stone-700"
            >
              <h3 className="font-semibold">{citation.label}</h3>
              <div className="mt-2 flex flex-wrap items-start justify-between gap-x-2">
                <h4 className={sectionHeading}>
                  {citation.style === 'apa'
                    ? 'Reference'
                    : citation.style === 'mla'
                      ? 'Works cited'
                      : 'Bibliography'}
                </h4>
                <CopyButton
                  text={() => plainText(citation.reference)}
                  html={() => richHtml(citation.reference)}
                  label="Copy"
                  target={`${citation.label} reference`}
                  join=" "
                  display="text"
                  tone="button"
                  icon="copy"
                />
              </div>
              <p className="font-serif break-words">
                <RichText text={citation.reference} />
              </p>
              <div className="mt-2 flex flex-wrap items-start justify-between gap-x-2">
                <h4 className={sectionHeading}>{citation.inTextLabel}</h4>
                <CopyButton
                  text={() => plainText(citation.inText)}
                  html={() => richHtml(citation.inText)}
                  label="Copy"
                  target={`${citation.label} ${citation.inTextLabel.toLowerCase()}`}
                  join=" "
                  display="text"
                  tone="button"
                  icon="copy"
                />
              </div>
              <p className="font-serif break-words">
                <RichText text={citation.inText} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="cite_managers" className="text-sm">
        <h3 id="cite_managers" className="font-semibold">
          For reference managers
        </h3>
        <p className="mt-1 text-stone-700 dark:text-stone-300">
          Zotero, EndNote, Mendeley and BibTeX import these.
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <DownloadButton
            label="Download BibTeX"
            fileName={`${interview.id}.bib`}
            type="application/x-bibtex"
            content={() => bibtex(interview)}
          />
          <CopyButton
            text={() => bibtex(interview)}
            label="Copy BibTeX"
            display="text"
            tone="button"
            icon="copy"
          />
          <DownloadButton
            label="Download RIS"
            fileName={`${interview.id}.ris`}
            type="application/x-research-info-systems"
            content={() => ris(interview)}
          />
          <CopyButton
            text={() => ris(interview)}
            label="Copy RIS"
            display="text"
            tone="button"
            icon="copy"
          />
        </div>
      </section>
      <section aria-labelledby="cite_link" className="text-sm">
        <h3 id="cite_link" className="font-semibold">
          Link to {target.label} in this reader
        </h3>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <code className="min-w-0 flex-1 rounded bg-stone-100 px-2 py-1 break-all dark:bg-stone-800">
            {absoluteUrl(target.path)}
          </code>
          <CopyLinkButton path={target.path} display="text" tone="button" />
        </div>
      </section>
    </div>
  );
}
