import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { Draft } from '../../../interview/import/draft';
import { warmArticleImport } from '../api/article-import-client';
import { useSourceReading, type Reading, type SourceKind } from '../hooks/use-source-reading';
import { fromAddress, fromFile, fromText } from '../lib/read-source';

const primary =
  'min-h-11 rounded-md bg-stone-900 px-4 font-medium text-white hover:bg-stone-700 disabled:opacity-50 aria-disabled:opacity-50 dark:bg-stone-100 dark:text-stone-900';
const secondary =
  'min-h-11 rounded-md border border-stone-500 px-4 font-medium hover:bg-stone-100 dark:border-stone-400 dark:hover:bg-stone-800';
// In the text's weight: inside their labels, fields took the labels' bold.
const input =
  'mt-1 block w-full rounded-md border border-stone-500 bg-white p-2 text-base font-normal dark:border-stone-500 dark:bg-stone-900';

const SAID: Record<SourceKind, string> = {
  text: 'Reading the text…',
  file: 'Reading the file…',
  address: 'Opening the address…',
};

/**
 * What a read of this kind is doing, under the way it came in: said once it
 * has run a moment (a short text's read is over before), with a way to stop
 * it, and why it stopped.
 */
function ReadingStatus({
  kind,
  reading,
  onStop,
}: {
  kind: SourceKind;
  reading: Reading | undefined;
  onStop: () => void;
}) {
  const mine = reading?.kind === kind ? reading : undefined;
  const status = useRef<HTMLParagraphElement>(null);
  const said =
    mine?.state === 'said' ? (mine.what ?? SAID[kind]) : mine?.state === 'stopped' ? mine.why : '';
  // Empty, the status takes no room; it is there all the same, so that what it comes to say is
  // announced.
  return (
    <div className="flex flex-wrap items-center gap-x-3">
      <p role="status" ref={status} tabIndex={-1} className="text-sm">
        {said && <span className="mt-2 block">{said}</span>}
      </p>
      {mine?.state === 'said' && (
        <button
          type="button"
          className={`${secondary} mt-2`}
          onClick={() => {
            onStop();
            // The button goes with the read: the focus stays here, on why it stopped, rather than
            // dropping to the page's start.
            status.current?.focus();
          }}
        >
          Stop reading
        </button>
      )}
    </div>
  );
}

/** The three ways in: pasted text, a file (chosen or dropped), the address of an interview file. */
export function SourceForm({
  onDraft,
  initialAddress = '',
}: {
  onDraft: (draft: Draft) => void;
  initialAddress?: string;
}) {
  const [text, setText] = useState('');
  const [address, setAddress] = useState(initialAddress);
  const [dragging, setDragging] = useState(false);
  const { reading, running, error, read, stop } = useSourceReading(onDraft);
  const fileHint = useId();
  const blankHint = useId();
  const textId = useId();
  const textHint = useId();
  const addressId = useId();
  const addressHint = useId();
  // Pasted blank lines only: the field looks filled, yet "Read this text" stays disabled. Said
  // under the field, and given as the field's and the button's description.
  const blank = text !== '' && text.trim() === '';
  const message = useRef<HTMLParagraphElement>(null);
  // A refusal is shown above the three ways in, which a phone has scrolled past to reach the
  // file's or the address's field. The message comes into view and takes the focus (which it
  // may have already, from a refusal before).
  useEffect(() => {
    if (!error) return;
    message.current?.focus({ preventScroll: true });
    message.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  // The button of the read running stays where it is (a disabled one would drop the focus to
  // the page), but pressing it again does nothing.
  const readingText = running && reading?.kind === 'text';
  const readingAddress = running && reading?.kind === 'address';
  const stopReading = () => stop('Stopped: nothing was read.');

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void read('file', (signal, say) => fromFile(file, signal, say));
  };

  return (
    <div className="space-y-8">
      <p
        ref={message}
        role="alert"
        tabIndex={-1}
        className={
          error
            ? 'rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100'
            : 'sr-only'
        }
      >
        {error}
      </p>
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          if (!readingText) void read('text', (signal) => fromText(text, signal));
        }}
      >
        {/* The hint describes the field, not names it: it was read as part of the field's name. */}
        <label className="block font-semibold" htmlFor={textId}>
          Paste the article’s text
        </label>
        <p id={textHint} className="text-sm text-stone-700 dark:text-stone-300">
          Select everything on the interview’s page, copy and paste it here: menus and links are
          dropped for you.
        </p>
        <textarea
          id={textId}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            // The text read is no longer the one shown: its draft would not be this text's.
            if (readingText)
              stop(
                'Stopped: the text was changed. Press “Read this text” to read it as it is now.',
              );
            warmArticleImport();
          }}
          rows={8}
          aria-describedby={blank ? `${textHint} ${blankHint}` : textHint}
          className={input}
        />
        {blank && (
          <p id={blankHint} className="mt-1 text-sm text-stone-700 dark:text-stone-300">
            Only blank lines so far: paste the article’s text to read it.
          </p>
        )}
        <button
          type="submit"
          className={`${primary} mt-2`}
          disabled={text.trim() === ''}
          aria-disabled={readingText || undefined}
          aria-describedby={blank ? blankHint : undefined}
        >
          Read this text
        </button>
        <ReadingStatus kind="text" reading={reading} onStop={stopReading} />
      </form>

      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        // Its dashed edge shows where a file can be dropped: 3:1 or more against the page and its
        // own fill (WCAG 1.4.11), in either scheme; stone-300 had 1.43:1.
        className={`rounded-md border-2 border-dashed p-4 ${dragging ? 'border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-sky-950' : 'border-stone-500 dark:border-stone-400'}`}
      >
        <label className="font-semibold">
          Or choose a file, or drop it here
          <input
            type="file"
            accept=".txt,.text,.md,.html,.htm,.json,text/plain,text/html,application/json"
            aria-describedby={fileHint}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void read('file', (signal, say) => fromFile(file, signal, say));
              e.target.value = '';
            }}
            // The page's reset takes the browser's look from the field's button: given one back
            // (its ink and background the page's, in either scheme), else "Choose File No file
            // chosen" read as one line of bold text.
            className="mt-2 block min-h-11 w-full text-base font-normal file:mr-3 file:min-h-11 file:rounded-md file:border file:border-stone-500 file:px-4 file:font-medium"
          />
        </label>
        <p id={fileHint} className="mt-1 text-sm text-stone-700 dark:text-stone-300">
          A text file, a saved web page (.html: only its article is read, its scripts never run) or
          an interview file (.json).
        </p>
        <ReadingStatus kind="file" reading={reading} onStop={stopReading} />
      </div>

      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          if (!readingAddress)
            void read('address', (signal, say) => fromAddress(address.trim(), signal, say));
        }}
      >
        <label className="block font-semibold" htmlFor={addressId}>
          Or the address of an interview file
        </label>
        <p id={addressHint} className="text-sm text-stone-700 dark:text-stone-300">
          An interview .json on another site, if that site lets others read it.
        </p>
        <input
          id={addressId}
          type="url"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          placeholder="https://…"
          aria-describedby={addressHint}
          className={`${input} min-h-11`}
        />
        <button
          type="submit"
          className={`${primary} mt-2`}
          disabled={address.trim() === ''}
          aria-disabled={readingAddress || undefined}
        >
          Open
        </button>
        <ReadingStatus kind="address" reading={reading} onStop={stopReading} />
      </form>
    </div>
  );
}
