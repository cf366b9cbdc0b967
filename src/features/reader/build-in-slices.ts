import type { SearchIndex, SearchIndexBuilder } from '../../interview/search';

// A slice of an index's building while the reader types: short enough to
// leave typing responsive.
const SLICE_MS = 8;
// A slice once a query waits for the index: few enough slices not to be
// starved by other tasks on a busy machine (in 8 ms slices a 100-question
// index took 4-29 s at an 8x CPU slowdown), each well under 200 ms.
export const WAITED_SLICE_MS = 100;

/**
 * Builds a search index a slice of a few milliseconds at a time, each slice
 * a task of its own: the 2,000-question interview's index took one task of
 * 250-500 ms (12,000 paragraphs), which froze typing in the search field.
 * Loaded with the search, not by a first view.
 */
export function buildInSlices(
  builder: SearchIndexBuilder,
  signal: AbortSignal,
  sliceMs = SLICE_MS,
): Promise<SearchIndex> {
  return new Promise((resolve, reject) => {
    const slice = () => {
      if (signal.aborted) {
        reject(new Error('no longer needed'));
        return;
      }
      const end = performance.now() + sliceMs;
      const index = builder.step(() => performance.now() < end);
      if (index) resolve(index);
      else setTimeout(slice, 0);
    };
    slice();
  });
}
