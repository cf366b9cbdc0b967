import { Notice } from '../components/notice';

type SectionNotFoundProps = { title: string; interviewHref: string; libraryHref: string };

const link = 'font-medium underline underline-offset-2';

/**
 * What an unknown section of a known interview says without JavaScript (its
 * interview's 404.html): the page names the interview and links to it. With
 * JavaScript the app shows the interview itself, with a notice.
 */
export function SectionNotFound({ title, interviewHref, libraryHref }: SectionNotFoundProps) {
  return (
    <Notice title="Section not found">
      <p>
        The interview <cite>{title}</cite> has no section at this address.{' '}
        <a href={interviewHref} className={link}>
          Read the interview
        </a>
      </p>
      <p>
        <a href={libraryHref} className={`touch-link ${link}`}>
          Back to the library
        </a>
      </p>
    </Notice>
  );
}
