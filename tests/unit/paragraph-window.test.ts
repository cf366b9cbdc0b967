import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  firstWindow,
  showing,
  withEarlier,
  withNext,
} from '../../src/features/add-interview/lib/paragraph-window';

describe('the paragraphs the Add page lists', () => {
  it('a draft of a page or less: every paragraph, still once splits have taken it past a page', () => {
    expect(clampWindow(firstWindow(150), 150)).toEqual({ start: 0, end: 150 });
    expect(clampWindow(firstWindow(200), 230)).toEqual({ start: 0, end: 230 });
  });

  it('a longer one: a page, the next and the one before added on request', () => {
    const first = firstWindow(1_000);
    expect(clampWindow(first, 1_000)).toEqual({ start: 0, end: 200 });
    expect(withNext(first, 1_000)).toEqual({ start: 0, end: 400 });
    expect(withNext({ start: 0, end: 900 }, 1_000)).toEqual({ start: 0, end: 1_000 });
    expect(withEarlier({ start: 400, end: 600 })).toEqual({ start: 200, end: 600 });
    expect(withEarlier({ start: 100, end: 300 })).toEqual({ start: 0, end: 300 });
  });

  it('a jump lists the page of its paragraph: added where it adjoins, else alone', () => {
    const first = firstWindow(1_000);
    expect(showing(first, 150, 1_000)).toBe(first);
    expect(showing(first, 250, 1_000)).toEqual({ start: 0, end: 400 });
    expect(showing(first, 750, 1_000)).toEqual({ start: 600, end: 800 });
    expect(showing({ start: 600, end: 800 }, 450, 1_000)).toEqual({ start: 400, end: 800 });
  });

  it('a draft that has lost paragraphs: the window ends with it, or lists its last page', () => {
    expect(clampWindow({ start: 400, end: 600 }, 500)).toEqual({ start: 400, end: 500 });
    expect(clampWindow({ start: 400, end: 600 }, 300)).toEqual({ start: 100, end: 300 });
  });
});
