import type { DraftProblem } from '../../../interview/import/build-interview';
import type { Draft, DraftMeta } from '../../../interview/import/draft';
import type { DraftAction } from '../../../interview/import/edit-draft';

const input =
  'mt-1 block min-h-11 w-full rounded-md border border-stone-500 bg-white px-2 text-base dark:border-stone-500 dark:bg-stone-900';

type Field = {
  key: keyof Pick<DraftMeta, 'title' | 'publication' | 'published' | 'url' | 'language' | 'id'>;
  label: string;
  type?: string;
  hint?: string;
  /** Typed as written: a phone's keyboard neither capitalises nor corrects it. */
  code?: boolean;
};

const FIELDS: Field[] = [
  { key: 'title', label: 'Title' },
  { key: 'publication', label: 'Publication' },
  { key: 'published', label: 'Date published', type: 'date' },
  { key: 'url', label: 'Address of the article', type: 'url' },
  { key: 'language', label: 'Language', hint: 'A tag such as en, ru or uz', code: true },
  {
    key: 'id',
    label: 'Id',
    hint: 'Lowercase letters, digits and hyphens: the interview’s link is /i/<id>',
    code: true,
  },
];

function problemsAt(problems: readonly DraftProblem[], path: string) {
  return problems.filter(
    (p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`),
  );
}

function Problems({ problems, id }: { problems: readonly DraftProblem[]; id: string }) {
  if (problems.length === 0) return null;
  return (
    <span id={id} className="mt-1 block text-sm text-red-800 dark:text-red-300">
      {problems.map((p) => p.message).join('; ')}
    </span>
  );
}

const pathOf = (key: Field['key']) =>
  key === 'publication' || key === 'url' ? `$.source.${key}` : `$.${key}`;

/** The problems not shown beside a paragraph, each named as the form labels its field. */
export function DetailProblems({ problems }: { problems: readonly DraftProblem[] }) {
  return (
    <ul className="mt-1 list-disc pl-5 text-sm text-red-800 dark:text-red-300">
      {problems.map((p, i) => (
        <li key={i}>
          {FIELDS.find((f) => problemsAt([p], pathOf(f.key)).length)?.label ??
            (p.path.startsWith('$.people') ? 'People' : 'The interview')}
          : {p.message}
        </li>
      ))}
    </ul>
  );
}

/** The interview's details and people, editable, with their problems beside them. */
export function DraftDetails({
  draft,
  id: draftId = draft.meta.id,
  problems,
  dispatch,
}: {
  draft: Draft;
  /** The id as the interview would have it now (a suggested one follows the guest and title). */
  id?: string;
  problems: readonly DraftProblem[];
  dispatch: (action: DraftAction) => void;
}) {
  return (
    <div className="space-y-6">
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">Details</legend>
        {FIELDS.map((field) => {
          const at = problemsAt(problems, pathOf(field.key));
          const id = `detail-${field.key}-problem`;
          const hintId = `detail-${field.key}-hint`;
          // The hint describes the field, not names it: a screen reader read "Id Lowercase
          // letters, digits and hyphens: …" as the field's name. A problem adds to it.
          const describedBy =
            [field.hint && hintId, at.length > 0 && id].filter(Boolean).join(' ') || undefined;
          return (
            <div
              key={field.key}
              className={`text-sm ${field.key === 'title' ? 'sm:col-span-2' : ''}`}
            >
              <label>
                {field.label}
                <input
                  type={field.type ?? 'text'}
                  {...(field.code
                    ? { autoCapitalize: 'none', autoCorrect: 'off', spellCheck: false }
                    : {})}
                  value={(field.key === 'id' ? draftId : draft.meta[field.key]) ?? ''}
                  aria-invalid={at.length > 0}
                  aria-describedby={describedBy}
                  onChange={(e) =>
                    dispatch({ type: 'setMeta', patch: { [field.key]: e.target.value } })
                  }
                  className={input}
                />
              </label>
              {field.hint && (
                <span id={hintId} className="mt-1 block text-xs text-stone-600 dark:text-stone-400">
                  {field.hint}
                </span>
              )}
              <Problems problems={at} id={id} />
            </div>
          );
        })}
      </fieldset>

      <fieldset>
        <legend className="mb-2 font-semibold">People</legend>
        <ul className="space-y-3">
          {draft.people.map((person, i) => {
            const side = person.side === 'interviewer' ? 'interviewers' : 'interviewees';
            const index = draft.people.filter((p) => p.side === person.side).indexOf(person);
            const at = problemsAt(problems, `$.people.${side}[${index}]`);
            const speaks = draft.blocks.some(
              (b) => b.speaker === person.key && b.role !== 'dropped',
            );
            return (
              <li
                key={person.key}
                className="rounded-md border border-stone-200 p-3 dark:border-stone-700"
              >
                {/* Every person's fields are named alike ("Name", "Role"…): the group's name says
                    whose they are to a screen reader; on screen the card and its values do. */}
                <fieldset className="grid gap-2 sm:grid-cols-2">
                  <legend className="sr-only">
                    {`Person ${i + 1}: ${
                      person.name.trim() ||
                      `unnamed, ${person.side === 'interviewer' ? 'asks' : 'answers'}`
                    }`}
                  </legend>
                  <label className="text-sm">
                    Name
                    <input
                      value={person.name}
                      onChange={(e) =>
                        dispatch({
                          type: 'setPerson',
                          key: person.key,
                          patch: { name: e.target.value },
                        })
                      }
                      className={input}
                    />
                  </label>
                  <label className="text-sm">
                    Speaker tag
                    <input
                      value={person.label}
                      onChange={(e) =>
                        dispatch({
                          type: 'setPerson',
                          key: person.key,
                          patch: { label: e.target.value },
                        })
                      }
                      className={input}
                    />
                  </label>
                  <label className="text-sm">
                    Role
                    <input
                      value={person.role ?? ''}
                      onChange={(e) =>
                        dispatch({
                          type: 'setPerson',
                          key: person.key,
                          patch: { role: e.target.value },
                        })
                      }
                      className={input}
                    />
                  </label>
                  <label className="text-sm">
                    Side
                    <select
                      value={person.side}
                      onChange={(e) =>
                        dispatch({
                          type: 'setPerson',
                          key: person.key,
                          patch: {
                            side: e.target.value === 'interviewer' ? 'interviewer' : 'interviewee',
                          },
                        })
                      }
                      className={input}
                    >
                      <option value="interviewer">Asks (interviewer)</option>
                      <option value="interviewee">Answers (interviewee)</option>
                    </select>
                  </label>
                </fieldset>
                <Problems problems={at} id={`person-${i}-problem`} />
                {!speaks && (
                  <button
                    type="button"
                    onClick={() => dispatch({ type: 'removePerson', key: person.key })}
                    className="mt-2 min-h-11 rounded-md border border-stone-300 px-3 text-sm dark:border-stone-600"
                  >
                    Remove {person.name}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        <div className="mt-3 flex flex-wrap gap-2">
          <button
            type="button"
            onClick={() => dispatch({ type: 'addPerson', side: 'interviewer' })}
            className="min-h-11 rounded-md border border-stone-300 px-3 text-sm dark:border-stone-600"
          >
            Add someone who asks
          </button>
          <button
            type="button"
            onClick={() => dispatch({ type: 'addPerson', side: 'interviewee' })}
            className="min-h-11 rounded-md border border-stone-300 px-3 text-sm dark:border-stone-600"
          >
            Add someone who answers
          </button>
        </div>
      </fieldset>
    </div>
  );
}
