import type { SearchIndex, SearchIndexBuilder } from '../../interview/search';

// A slice of an index's building while the reader types: short enough to
// leave typing responsive.
const SLICE_MS = 8;
// A slice once a query waits for the index: long enough not to be starved by
// other tasks on a busy machine (in 8 ms slices a 100-question index took
// 4-29 s at an 8x CPU slowdown), short enough not to be a long task (50 ms,
// the line of the Long Tasks API and of total blocking time). In 100 ms
// slices the 2,000-question interview's index made a dozen long tasks
// between Enter and its matches.
export const WAITED_SLICE_MS = 40;

/**
 * A new task, soon: a message to ourselves. setTimeout(0) would do, but
 * nested timeouts wait at least 4 ms each, which a build of hundreds of
 * slices would spend idle. Other tasks queued meanwhile (input, a frame)
 * run first.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Builds a search index a slice of a few milliseconds at a time, each slice
 * a task of its own: the 2,000-question interview's index took one task of
 * 250-500 ms (12,000 paragraphs), which froze typing in the search field.
 * Loaded with the search, not by a first view. Stops, and rejects, once
 * `signal` is aborted (the index is not wanted any more); what was built
 * stays in the builder, for the next call to go on from.
 */
export async function buildInSlices(
  builder: SearchIndexBuilder,
  signal: AbortSignal,
  sliceMs = SLICE_MS,
): Promise<SearchIndex> {
  for (;;) {
    if (signal.aborted) throw new Error('no longer needed');
    const end = performance.now() + sliceMs;
    const index = builder.step(() => performance.now() < end);
    if (index) return index;
    await nextTask();
  }
}
