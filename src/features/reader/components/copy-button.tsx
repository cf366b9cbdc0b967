import { lazy, Suspense, useState } from 'react';
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
  /**
   * How the label and the target are read together: "Copy link" to "section Trade" (a link to
   * it), or "Copy" and "APA reference" with a space (the thing itself; "Copy to APA reference"
   * read as copying into it).
   */
  join?: ' to ' | ' ' | undefined;
  /** 'icon' shows the label to screen readers only; 'responsive' hides it on phones; 'text' always shows it. */
  display?: 'icon' | 'responsive' | 'text' | undefined;
  /** A link icon for links, a clipboard for text. */
  icon?: 'link' | 'copy';
  tone?: keyof typeof tones | undefined;
};

// The small tones are component classes (styles/index.css): every question
// has a copy button (2,000 in the long interview).
const tones = {
  light: 'tone-light',
  dark: 'tone-dark',
  /** A dialog's own action, as large as a primary touch target. */
  button:
    'min-h-11 border border-stone-300 px-3 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800',
};

// CSS masks (styles/index.css), not SVG paths in the script.
const ICONS = { link: 'icon-link', copy: 'icon-copy' };

const labelClass = { icon: 'sr-only', responsive: 'max-sm:sr-only', text: '' };

// Only where copying is impossible: its words load then.
const ManualCopyBox = lazy(() =>
  import('./manual-copy').then((module) => ({ default: module.ManualCopy })),
);

/** Where copying is impossible: the text, selected, to copy by hand, below its button. */
export function ManualCopy(props: { text: string; onDismiss: () => void }) {
  return (
    <Suspense fallback={null}>
      <ManualCopyBox {...props} />
    </Suspense>
  );
}

/**
 * A copy button with visible "Copied" feedback, and the text to copy by hand where
 * copying is impossible. Hidden on a page read without JavaScript, where it could do nothing.
 */
export function CopyButton(props: CopyButtonProps) {
  const { text, label, target, display = 'responsive', icon = 'link', tone = 'light' } = props;
  const join = props.join ?? ' to ';
  const { state, copy, dismiss } = useCopy();
  const [manualText, setManualText] = useState('');
  const copied = state === 'copied';
  return (
    // Not selectable: copying a selection of the text leaves the buttons' words out.
    <span data-pagefind-ignore className="copy-box">
      <button
        type="button"
        onClick={() => {
          const value = text();
          setManualText(value);
          void copy(value, props.html?.());
        }}
        // Named by an attribute, not a hidden span: a question has one (2,000 in the long interview).
        aria-label={target && !copied ? `${label}${join}${target}` : undefined}
        className={`copy-button ${tones[tone]}`}
      >
        <span aria-hidden="true" className={`size-4 shrink-0 ${ICONS[icon]}`} />
        <span className={copied ? '' : labelClass[display]}>{copied ? 'Copied' : label}</span>
        {target && copied && (
          <>
            {' '}
            <span className="sr-only">{`${join.trim()} ${target}`.trim()}</span>
          </>
        )}
      </button>
      <span role="status" className="sr-only">
        {copied ? `${label}${target ? `${join}${target}` : ''}: copied` : ''}
      </span>
      {state === 'manual' && <ManualCopy text={manualText} onDismiss={dismiss} />}
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
