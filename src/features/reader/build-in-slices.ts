import type { SearchIndex, SearchIndexBuilder } from '../../interview/search';

// A slice of an index's building: short enough to leave the page responsive.
const SLICE_MS = 8;

/**
 * Builds a search index a slice of a few milliseconds at a time, each slice
 * a task of its own: the 2,000-question interview's index took one task of
 * 250-500 ms (12,000 paragraphs), which froze typing in the search field.
 * Loaded with the search, not by a first view.
 */
export function buildInSlices(
  builder: SearchIndexBuilder,
  signal: AbortSignal,
): Promise<SearchIndex> {
  return new Promise((resolve, reject) => {
    const slice = () => {
      if (signal.aborted) {
        reject(new Error('no longer needed'));
        return;
      }
      const end = performance.now() + SLICE_MS;
      const index = builder.step(() => performance.now() < end);
      if (index) resolve(index);
      else setTimeout(slice, 0);
    };
    slice();
  });
}
