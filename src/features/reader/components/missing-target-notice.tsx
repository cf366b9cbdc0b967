import { Link } from '../../../components/link';
import { Notice } from '../../../components/notice';
import { paths, type ReaderParams } from '../../../config/paths';
import type { Interview } from '../../../interview/schema';
import { describeIgnored } from '../ignored-params';
import type { Missing } from '../reader-view';

/** An id or words from the URL as the notice shows them: cut short, however long the link. */
const shown = (value: string) => (value.length > 80 ? `${value.slice(0, 80)}…` : value);

function describe(item: Missing): string | undefined {
  switch (item.kind) {
    case 'section':
      return `This interview has no section “${shown(item.id)}”.`;
    case 'anchor':
      return `This interview has no question or quote “#${shown(item.id)}”.`;
    case 'lesson-section':
      return `The lesson asks for a section “${shown(item.id)}” that this interview does not have.`;
    case 'pin':
      return `The lesson’s passage “${shown(item.words)}” was not found in this interview. It may have been corrected since the lesson was made.`;
    case 'passage':
      return `The quoted words “${shown(item.words)}” were not found in this interview. It may have been corrected since the link was made.`;
    case 'ignored':
      return describeIgnored(item.item);
  }
}

type MissingTargetNoticeProps = {
  interview: Interview;
  missing: readonly Missing[];
  keep: Partial<ReaderParams>;
};

/** Says which part of a link does not exist, above the interview it still shows. */
export function MissingTargetNotice({ interview, missing, keep }: MissingTargetNoticeProps) {
  const said = missing.flatMap((item) => describe(item) ?? []);
  if (said.length === 0) return null;
  return (
    <Notice level="inline" title="Part of this link was not found">
      <ul className="list-disc space-y-1 pl-6">
        {said.map((words, i) => (
          <li key={i}>{words}</li>
        ))}
      </ul>
      <p>The interview is shown below. Its sections are:</p>
      {/* A list of links a finger picks from, not words in a sentence: 44 px targets on touch. */}
      <ul className="flex flex-wrap gap-x-4">
        {interview.sections.map((section) => (
          <li key={section.id}>
            <Link
              preventScrollReset
              to={paths.section(interview.id, section.id, keep)}
              className="inline-flex min-h-9 min-w-11 items-center justify-center underline underline-offset-2 pointer-coarse:min-h-11"
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
