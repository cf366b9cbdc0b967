import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../src/lib/one-at-a-time';

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('oneAtATime (the library search’s queue)', () => {
  it('runs tasks one after the other, and skips one whose words are gone by its turn', async () => {
    const run = oneAtATime();
    const ran: string[] = [];
    const slow = deferred<string>();
    // A slow search of "p", then "pi" (dropped while "p" runs), then "pipeline".
    const first = run(() => {
      ran.push('p');
      return slow.promise;
    });
    const dropped = new AbortController();
    const second = run(() => {
      ran.push('pi');
      return Promise.resolve('pi');
    }, dropped.signal);
    const third = run(() => {
      ran.push('pipeline');
      return Promise.resolve('pipeline');
    });
    dropped.abort();
    await Promise.resolve();
    expect(ran).toEqual(['p']);

    slow.resolve('p');
    await expect(first).resolves.toBe('p');
    await expect(second).rejects.toThrow(/abort/i);
    await expect(third).resolves.toBe('pipeline');
    expect(ran).toEqual(['p', 'pipeline']);
  });

  it('goes on after a task that failed', async () => {
    const run = oneAtATime();
    const failed = run(() => Promise.reject(new Error('index chunk not found')));
    const next = run(() => Promise.resolve('answered'));
    await expect(failed).rejects.toThrow('index chunk not found');
    await expect(next).resolves.toBe('answered');
  });
});
