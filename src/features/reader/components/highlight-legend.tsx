import { MARK_STYLES } from './mark-styles';

const ENTRIES = [
  ['key-quote', 'Key quote'],
  ['passage', 'Shared passage'],
  ['search', 'Search match'],
  ['search-current', 'Current match'],
] as const;

/** What each highlight in the text means, each shown in its own look (on screen and on paper). */
export function HighlightLegend() {
  return (
    <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 font-sans text-sm text-stone-700 dark:text-stone-300">
      <span>Highlights:</span>
      {ENTRIES.map(([kind, label]) => (
        <span key={kind} className={`px-1 ${MARK_STYLES[kind] ?? ''}`}>
          {label}
        </span>
      ))}
    </p>
  );
}
