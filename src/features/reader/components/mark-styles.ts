/**
 * How each kind of highlight looks: one look per kind, in the text and in the
 * legend alike. Each also shows without background colours (printing drops
 * them by default): key quotes in bold, shared passages underlined, search
 * matches underlined with dots, the current match outlined.
 */
export const MARK_STYLES: Readonly<Record<string, string>> = {
  'key-quote':
    'bg-amber-200/70 text-inherit dark:bg-amber-200 dark:text-stone-950 print:bg-transparent print:font-bold print:text-inherit',
  passage:
    'bg-emerald-100 text-inherit underline decoration-emerald-700 decoration-2 underline-offset-4 dark:bg-emerald-900 dark:text-emerald-50 dark:decoration-emerald-300 print:bg-transparent print:text-inherit',
  search:
    'bg-sky-200 text-stone-950 dark:bg-sky-800 dark:text-white print:bg-transparent print:text-inherit print:underline print:decoration-dotted print:decoration-2',
  'search-current':
    'bg-sky-700 text-white dark:bg-sky-300 dark:text-stone-950 print:bg-transparent print:text-inherit print:outline-2 print:outline-current',
};

/** Kinds from the outermost highlight to the innermost: a shared passage stays one run, and holds the others. */
export const MARK_LAYERS = [['passage'], ['key-quote'], ['search', 'search-current']] as const;
