import type { DraftMeta } from '../../../interview/import/draft';

const WHERE = '“Details and people”';

/**
 * A note as the page shows it: the importer's note says what it could not find, and each front
 * end says how to set it (the command line names its option). Undefined once the teacher has set
 * it, so the panel lists only what is still to decide.
 */
function pageNote(note: string, meta: DraftMeta): string | undefined {
  if (note.startsWith('no publication date found')) {
    return meta.published?.trim() ? undefined : `${note} in ${WHERE}`;
  }
  if (note.startsWith('no publication name found')) {
    return /"(.*)"/u.exec(note)?.[1] === meta.publication
      ? `${note} (change it in ${WHERE})`
      : undefined;
  }
  if (note.startsWith('no headline found')) {
    return /"(.*)"/u.exec(note)?.[1] === meta.title ? `${note} (change it in ${WHERE})` : undefined;
  }
  return note;
}

/** What the importer could not decide and is still undecided, in words for the teacher. */
export function DraftNotes({ notes, meta }: { notes: readonly string[]; meta: DraftMeta }) {
  const shown = notes.flatMap((note) => pageNote(note, meta) ?? []);
  if (shown.length === 0) return null;
  return (
    <section
      aria-labelledby="notes-title"
      className="mb-6 rounded-md border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950"
    >
      <h2 id="notes-title" className="font-semibold">
        What the importer could not decide
      </h2>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {shown.map((note, i) => (
          <li key={i}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
