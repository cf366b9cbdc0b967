import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildInSlices, WAITED_SLICE_MS } from '../../src/features/reader/build-in-slices';
import { buildSearchIndex, type SearchIndexBuilder } from '../../src/interview/search';

// A clock the test moves: each paragraph indexed takes 1 ms of it, so slices
// are counted in paragraphs, whatever the machine's load.
let now = 0;
afterEach(() => {
  vi.restoreAllMocks();
});

/** A builder of `units` paragraphs of 1 ms each that records its slices (paragraphs per step). */
function fakeBuilder(units: number) {
  const slices: number[] = [];
  let done = 0;
  const index = buildSearchIndex([]);
  const builder: SearchIndexBuilder = {
    step(more) {
      let slice = 0;
      while (done < units) {
        done += 1;
        slice += 1;
        now += 1;
        if (done < units && !more()) break;
      }
      slices.push(slice);
      return done === units ? index : undefined;
    },
    finish() {
      done = units;
      return index;
    },
  };
  return { builder, slices, index, done: () => done };
}

describe('buildInSlices', () => {
  it('builds in slices under 50 ms (a long task) once a query waits, each a task of its own', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const { builder, slices, index } = fakeBuilder(1000);
    // Other work queued while the index builds (input, a frame) runs between its slices.
    let otherTaskRanAfter: number | undefined;
    setTimeout(() => {
      otherTaskRanAfter = slices.length;
    }, 0);
    const built = await buildInSlices(builder, new AbortController().signal, WAITED_SLICE_MS);
    expect(built).toBe(index);
    expect(slices.reduce((sum, slice) => sum + slice, 0)).toBe(1000);
    expect(Math.max(...slices)).toBeLessThan(50);
    expect(slices.length).toBeGreaterThan(1000 / 50);
    expect(otherTaskRanAfter).toBeGreaterThan(0);
    expect(otherTaskRanAfter).toBeLessThan(slices.length);
  });

  it('builds in short slices while the reader types', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const { builder, slices } = fakeBuilder(100);
    await buildInSlices(builder, new AbortController().signal);
    expect(Math.max(...slices)).toBeLessThanOrEqual(10);
  });

  it('stops once aborted, and a later build goes on from where it stopped', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const { builder, slices, index, done } = fakeBuilder(500);
    const controller = new AbortController();
    const first = buildInSlices(builder, controller.signal, 10);
    // The first slice runs at once; the rest wait for tasks of their own.
    expect(slices).toEqual([10]);
    controller.abort();
    await expect(first).rejects.toThrow('no longer needed');
    expect(done()).toBe(10);
    const again = await buildInSlices(builder, new AbortController().signal, 40);
    expect(again).toBe(index);
    expect(done()).toBe(500);
    expect(slices.slice(1).every((slice) => slice <= 40)).toBe(true);
  });
});
