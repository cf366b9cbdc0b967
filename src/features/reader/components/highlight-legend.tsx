import type { MarkKind } from '../shown-mark-kinds';
import { MARK_STYLES } from './mark-styles';

/**
 * Each highlight, its label, and whether only the app marks it: a shared
 * passage comes from a link's parameters and a match from the search, both
 * read with JavaScript, so a page read without it has key quotes alone.
 */
const ENTRIES = [
  ['key-quote', 'Key quote', false],
  ['passage', 'Shared passage', true],
  ['search', 'Search match', true],
  ['search-current', 'Current match', true],
] as const;

/**
 * What each highlight in the text means, each shown in its own look (on screen and on paper):
 * only the kinds the text on show has (shownMarkKinds), none at all without any.
 */
export function HighlightLegend({ kinds }: { kinds: readonly MarkKind[] }) {
  if (kinds.length === 0) return null;
  return (
    <p className="highlight-legend flex flex-wrap items-baseline gap-x-3 gap-y-1 font-sans text-sm text-stone-700 dark:text-stone-300">
      <span>Highlights:</span>
      {ENTRIES.filter(([kind]) => kinds.includes(kind)).map(([kind, label, needsScript]) => (
        <span
          key={kind}
          className={`px-1 ${MARK_STYLES[kind] ?? ''}${needsScript ? ' no-js:hidden' : ''}`}
        >
          {label}
        </span>
      ))}
    </p>
  );
}
