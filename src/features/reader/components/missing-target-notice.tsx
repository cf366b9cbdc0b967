import { Link } from 'react-router-dom';
import { Notice } from '../../../components/notice';
import { paths } from '../../../config/paths';
import type { MissingTarget } from '../../../interview/anchors';
import type { Interview } from '../../../interview/schema';

/** Says which part of a link does not exist, above the interview it still shows. */
export function MissingTargetNotice({
  interview,
  missing,
}: {
  interview: Interview;
  missing: readonly MissingTarget[];
}) {
  if (missing.length === 0) return null;
  return (
    <Notice level="inline" title="Part of this link was not found">
      <ul className="list-disc space-y-1 pl-6">
        {missing.map((item) => (
          <li key={`${item.kind}:${item.id}`}>
            {item.kind === 'section'
              ? `This interview has no section “${item.id}”.`
              : `This interview has no question or quote “#${item.id}”.`}
          </li>
        ))}
      </ul>
      <p>The whole interview is shown below. Its sections are:</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {interview.sections.map((section) => (
          <li key={section.id}>
            <Link
              preventScrollReset
              to={paths.section(interview.id, section.id)}
              className="underline underline-offset-2"
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
