import type { Block, DraftMeta, DraftPerson } from '../../../interview/import/draft';
import { UNNAMED_INTERVIEWEE } from '../../../interview/placeholders';

// The details' panel, below the notes. Not named by its summary's words ("Details and people"):
// those find the summary, for a person scanning the page and for the tests alike.
const WHERE = 'the details below';

/**
 * A note as the page shows it: the importer's note says what it could not find, and each front
 * end says how to set it (the command line names its option). Undefined once the teacher has set
 * it, so the panel lists only what is still to decide.
 */
function pageNote(
  note: string,
  meta: DraftMeta,
  people: readonly DraftPerson[],
): string | undefined {
  if (note.startsWith('no interviewee name found')) {
    return people.some((p) => p.side === 'interviewee' && p.name === UNNAMED_INTERVIEWEE)
      ? `${note} (name them under People in ${WHERE})`
      : undefined;
  }
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

/** Moves focus to a paragraph's card (its list item takes focus) and shows it. */
function focusCard(blockId: string) {
  const card = document.getElementById(`block-${blockId}`);
  card?.focus();
  card?.scrollIntoView?.({ block: 'center' });
}

/**
 * A note, its leading "line N" a button to the paragraph from that line: the cards say their
 * source line only to a screen reader, so a sighted teacher could not find "line 8". A line run
 * on becomes several cards: the one holding the words the note quotes, else the first.
 */
function NoteText({
  note,
  blocks,
  showBlock,
}: {
  note: string;
  blocks: readonly Block[];
  showBlock: ((blockId: string) => void) | undefined;
}) {
  const match = /^line (\d+)(:.*)$/su.exec(note);
  const line = Number(match?.[1]);
  const quoted = /"([^"]+?)…?"/u.exec(match?.[2] ?? '')?.[1];
  const onLine = blocks.filter((b) => b.line === line);
  const block = onLine.find((b) => quoted !== undefined && b.text.includes(quoted)) ?? onLine[0];
  if (!match || !block) return note;
  return (
    <>
      <button
        type="button"
        className="underline underline-offset-2"
        onClick={() => {
          showBlock?.(block.id);
          focusCard(block.id);
        }}
      >
        line {line}
      </button>
      {match[2]}
    </>
  );
}

/** What the importer could not decide and is still undecided, in words for the teacher. */
export function DraftNotes({
  notes,
  meta,
  people,
  blocks,
  showBlock,
}: {
  notes: readonly string[];
  meta: DraftMeta;
  people: readonly DraftPerson[];
  blocks: readonly Block[];
  /** Lists a paragraph of a long draft not listed yet, so that it can take the focus. */
  showBlock?: (blockId: string) => void;
}) {
  const shown = notes.flatMap((note) => pageNote(note, meta, people) ?? []);
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
          <li key={i}>
            <NoteText note={note} blocks={blocks} showBlock={showBlock} />
          </li>
        ))}
      </ul>
    </section>
  );
}
