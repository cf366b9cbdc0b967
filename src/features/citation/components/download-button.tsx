type DownloadButtonProps = {
  label: string;
  fileName: string;
  type: string;
  /** The file's text, made when the button is pressed. */
  content: () => string;
};

const buttonClass =
  'inline-flex min-h-11 items-center gap-1.5 rounded-md border border-stone-300 px-3 py-1 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800';

/** Saves a text file made on the spot (a BibTeX or RIS record). */
export function DownloadButton({ label, fileName, type, content }: DownloadButtonProps) {
  return (
    <button
      type="button"
      className={buttonClass}
      onClick={() => {
        const url = URL.createObjectURL(new Blob([content()], { type: `${type};charset=utf-8` }));
        const link = document.createElement('a');
        link.href = url;
        link.download = fileName;
        link.click();
        // The download has its own copy of the data by now.
        setTimeout(() => URL.revokeObjectURL(url), 0);
      }}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
        <path d="M10 2.5a1 1 0 0 1 1 1v7.1l2.3-2.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L9 10.6V3.5a1 1 0 0 1 1-1ZM4 15.5a1 1 0 0 1 1 1h10a1 1 0 1 1 0 2H5a2 2 0 0 1-2-2 1 1 0 0 1 1-1Z" />
      </svg>
      {label}
    </button>
  );
}
