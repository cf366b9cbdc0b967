import { expect } from 'vitest';

// Processor time of this process, in microseconds: unlike the clock, it does
// not count the time other processes on a busy machine take from us.
function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

function cost(run: () => void, times: number): number {
  const start = cpuMicros();
  for (let i = 0; i < times; i += 1) run();
  return cpuMicros() - start;
}

// Each timed sample lasts at least this long, so the timer's grain does not decide a ratio.
const SAMPLE_MICROS = 5_000;

/**
 * How many times more work `run(8n)` is than `run(n)`: about 8 when the work
 * is linear in n, about 9 for n log n, about 64 when it is quadratic. Each
 * size is measured several times, interleaved, and the cheapest sample counts,
 * so neither a busy machine nor a collection pause skews a side.
 */
export function growthOver8x(run: (n: number) => void, n: number, rounds = 5): number {
  run(8 * n);
  // Enough repetitions of the small run to be timed well; the large one runs as often.
  let times = 1;
  while (cost(() => run(n), times) < SAMPLE_MICROS && times < 1 << 20) times *= 2;
  let small = Infinity;
  let large = Infinity;
  for (let round = 0; round < rounds; round += 1) {
    small = Math.min(
      small,
      cost(() => run(n), times),
    );
    large = Math.min(
      large,
      cost(() => run(8 * n), times),
    );
  }
  return large / small;
}

/**
 * On a loaded machine one measurement can come out high (another process
 * evicts our caches mid-run); quadratic work comes out high every time. So a
 * ratio over the limit is measured again, up to this many times in all.
 */
export const GROWTH_ATTEMPTS = 3;

/** The least of up to `attempts` ratios from `measure`, stopping at the first under `limit`. */
export function leastOf(attempts: number, limit: number, measure: () => number): number {
  let least = Infinity;
  for (let attempt = 0; attempt < attempts && least >= limit; attempt += 1) {
    least = Math.min(least, measure());
  }
  return least;
}

/**
 * Fails when the work grows faster than n log n: eight times the input may
 * cost at most 20 times the work (quadratic work would cost about 64).
 */
export function expectNearLinear(run: (n: number) => void, n: number): void {
  const ratio = leastOf(GROWTH_ATTEMPTS, 20, () => growthOver8x(run, n));
  expect(ratio, `8× the input cost ${ratio.toFixed(1)}× the work`).toBeLessThan(20);
}

/** A generous limit for a test that measures growth: it does real work on large inputs on purpose. */
export const GROWTH_TEST_TIMEOUT = 60_000;
