import { useState } from 'react';
import { Link } from 'react-router-dom';
import { absoluteUrl, paths } from '../../../config/paths';
import type { Section } from '../../../interview/schema';
import { CopyButton } from './copy-button';

/** Choose sections (and discussion mode) and get a link that shows just those. */
export function LessonLinkBuilder({
  interviewId,
  sections,
}: {
  interviewId: string;
  sections: readonly Section[];
}) {
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [discuss, setDiscuss] = useState(false);
  const ordered = sections.map((s) => s.id).filter((id) => chosen.includes(id));
  const path = paths.interview(interviewId, {
    ...(ordered.length > 0 ? { sections: ordered } : {}),
    mode: discuss ? 'discuss' : 'read',
  });
  return (
    <div className="mt-3 rounded-lg border border-stone-300 p-4 font-sans text-sm dark:border-stone-700">
      <fieldset>
        <legend className="font-semibold">Sections for the lesson</legend>
        <ul className="mt-2 space-y-1">
          {sections.map((section) => (
            <li key={section.id}>
              <label className="inline-flex items-start gap-2">
                <input
                  type="checkbox"
                  className="mt-1 size-4"
                  checked={chosen.includes(section.id)}
                  onChange={(event) =>
                    setChosen(
                      event.target.checked
                        ? [...chosen, section.id]
                        : chosen.filter((id) => id !== section.id),
                    )
                  }
                />
                <span>
                  <span className="font-medium">{section.label}</span>: {section.heading}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label className="mt-3 inline-flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1 size-4"
          checked={discuss}
          onChange={(event) => setDiscuss(event.target.checked)}
        />
        <span>Discussion mode: hide answers until revealed</span>
      </label>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        {ordered.length === 0
          ? 'No section chosen: the link shows all of them.'
          : `The link shows ${ordered.length} of ${sections.length} sections.`}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code className="min-w-0 flex-1 rounded bg-stone-100 px-2 py-1 break-all dark:bg-stone-800">
          {path}
        </code>
        <CopyButton text={() => absoluteUrl(path)} label="Copy lesson link" display="text" />
        <Link to={path} className="underline underline-offset-2">
          Open it
        </Link>
      </div>
    </div>
  );
}
