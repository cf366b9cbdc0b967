import { useState } from 'react';
import { absoluteUrl } from '../../../config/paths';
import { useCopy } from '../hooks/use-copy';

type CopyButtonProps = {
  /** The text to copy, made when the button is pressed. */
  text: () => string;
  /** The same as HTML (italics), put on the clipboard beside the text. */
  html?: (() => string) | undefined;
  /** Visible label, e.g. "Copy link". */
  label: string;
  /** What is copied, for screen readers: "section Trade". */
  target?: string | undefined;
  /** 'icon' shows the label to screen readers only; 'responsive' hides it on phones; 'text' always shows it. */
  display?: 'icon' | 'responsive' | 'text' | undefined;
  /** A link icon for links, a clipboard for text. */
  icon?: 'link' | 'copy';
  tone?: keyof typeof tones | undefined;
  /** 'inline' sits in a line of text (a paragraph's end) without making the line taller. */
  placement?: 'block' | 'inline' | undefined;
};

function LinkIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0" fill="currentColor">
      <path d="M8.5 11.5a3 3 0 0 0 4.24 0l3-3a3 3 0 0 0-4.24-4.24l-.88.88 1.06 1.06.88-.88a1.5 1.5 0 1 1 2.12 2.12l-3 3a1.5 1.5 0 0 1-2.12 0l-.53-.53-1.06 1.06.53.53Zm3-3a3 3 0 0 0-4.24 0l-3 3a3 3 0 1 0 4.24 4.24l.88-.88-1.06-1.06-.88.88a1.5 1.5 0 0 1-2.12-2.12l3-3a1.5 1.5 0 0 1 2.12 0l.53.53 1.06-1.06-.53-.53Z" />
    </svg>
  );
}

function ClipboardIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0" fill="currentColor">
      <path d="M7 2a2 2 0 0 0-2 2v1H4a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h7a2 2 0 0 0 2-2v-1h1a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2H7Zm4 13v1a.5.5 0 0 1-.5.5H4a.5.5 0 0 1-.5-.5V7a.5.5 0 0 1 .5-.5h1V13a2 2 0 0 0 2 2h4ZM6.5 4a.5.5 0 0 1 .5-.5h7a.5.5 0 0 1 .5.5v9a.5.5 0 0 1-.5.5H7a.5.5 0 0 1-.5-.5V4Z" />
    </svg>
  );
}

// Phones get 44 px targets (a thumb, not a cursor); wider screens keep the
// quieter 32 px tools beside headings.
// Touch screens of any width get them too (a tablet's thumb is no finer).
const SMALL =
  'min-h-8 min-w-8 max-sm:min-h-11 max-sm:min-w-11 pointer-coarse:min-h-11 pointer-coarse:min-w-11';
const tones = {
  light: `${SMALL} px-2 text-stone-600 hover:bg-stone-200 hover:text-stone-900 dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100`,
  dark: `${SMALL} px-2 text-white hover:bg-stone-700`,
  /** A dialog's own action, as large as a primary touch target. */
  button:
    'min-h-11 border border-stone-300 px-3 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800',
};

/** At a paragraph's end: quiet until the paragraph is hovered. */
const INLINE_TONE = `${SMALL} px-2 text-stone-500 group-hover:text-sky-800 hover:bg-stone-200 dark:text-stone-400 dark:group-hover:text-sky-300 dark:hover:bg-stone-800`;

const labelClass = { icon: 'sr-only', responsive: 'max-sm:sr-only', text: '' };

/**
 * A copy button with visible "Copied" feedback, and the text to copy by hand where
 * copying is impossible. Hidden on a page read without JavaScript, where it could do nothing.
 */
export function CopyButton(props: CopyButtonProps) {
  const { text, label, target, display = 'responsive', icon = 'link', tone = 'light' } = props;
  const inline = props.placement === 'inline';
  const { state, copy, dismiss } = useCopy();
  const [manualText, setManualText] = useState('');
  return (
    // Not selectable: copying a selection of the text leaves the buttons' words out.
    <span
      data-pagefind-ignore
      className={`relative inline-flex shrink-0 select-none print:hidden no-js:hidden ${inline ? '-my-3 ml-0.5 align-middle' : ''}`}
    >
      <button
        type="button"
        onClick={() => {
          const value = text();
          setManualText(value);
          void copy(value, props.html?.());
        }}
        className={`inline-flex items-center justify-center gap-1.5 rounded-md py-1 font-sans text-sm font-normal ${inline ? INLINE_TONE : tones[tone]}`}
      >
        {icon === 'link' ? <LinkIcon /> : <ClipboardIcon />}
        <span className={state === 'copied' ? '' : labelClass[display]}>
          {state === 'copied' ? 'Copied' : label}
        </span>
        {target && (
          <>
            {' '}
            <span className="sr-only">to {target}</span>
          </>
        )}
      </button>
      <span role="status" className="sr-only">
        {state === 'copied' ? `${label}${target ? ` to ${target}` : ''}: copied` : ''}
      </span>
      {state === 'manual' && (
        <span className="absolute top-full right-0 z-30 mt-1 w-72 whitespace-normal max-w-[calc(100vw-2rem)] rounded-md border border-stone-300 bg-white p-3 font-sans text-sm font-normal text-stone-900 shadow-lg dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100">
          <label className="block">
            <span className="mb-1 block">Copying is not available here. Copy this by hand:</span>
            <input
              readOnly
              value={manualText}
              // The reader asked for this text; putting it under the cursor, selected, saves a step.
              autoFocus
              onFocus={(event) => event.currentTarget.select()}
              onKeyDown={(event) => event.key === 'Escape' && dismiss()}
              className="w-full rounded border border-stone-300 bg-stone-50 px-2 py-1 dark:border-stone-600 dark:bg-stone-800"
            />
          </label>
          <button type="button" onClick={dismiss} className="mt-2 underline underline-offset-2">
            Done
          </button>
        </span>
      )}
    </span>
  );
}

type CopyLinkButtonProps = Omit<CopyButtonProps, 'text' | 'label' | 'icon'> & {
  /** The in-app link (from `paths`), or a function that makes it when asked. */
  path: string | (() => string);
  label?: string;
};

/** "Copy link" for an in-app link: copies its full URL. */
export function CopyLinkButton({ path, label = 'Copy link', ...rest }: CopyLinkButtonProps) {
  return (
    <CopyButton
      text={() => absoluteUrl(typeof path === 'string' ? path : path())}
      label={label}
      icon="link"
      {...rest}
    />
  );
}
