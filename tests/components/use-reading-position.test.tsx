import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  useReadingPosition,
  type ReadingPosition,
} from '../../src/features/reader/hooks/use-reading-position';
import type { Section } from '../../src/interview/schema';
import { seedInterview } from '../support/seed';

// The browser's IntersectionObserver with the reading line in the test's hands: `crossing` holds
// the ids of the elements the line crosses, and `frame()` reports to each observer what changed
// for its targets (every new target once), as the browser does at each frame.
const crossing = new Set<string>();
const observers = new Set<FakeObserver>();
class FakeObserver {
  readonly targets = new Map<Element, boolean | undefined>();
  constructor(
    private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void,
  ) {
    observers.add(this);
  }
  observe(target: Element) {
    this.targets.set(target, undefined);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
    observers.delete(this);
  }
  frame() {
    const entries = [...this.targets]
      .filter(([target, was]) => was !== crossing.has(target.id))
      .map(([target]) => ({ target, isIntersecting: crossing.has(target.id) }));
    for (const entry of entries) this.targets.set(entry.target, entry.isIntersecting);
    if (entries.length > 0) this.callback(entries);
  }
}
const watchedCount = () => [...observers].reduce((sum, o) => sum + o.targets.size, 0);

/** Moves the reading line onto the elements with these ids, then lets frames pass until all is reported. */
function lineOn(...ids: string[]) {
  crossing.clear();
  for (const id of ids) crossing.add(id);
  act(() => {
    for (let i = 0; i < 5; i += 1) for (const observer of observers) observer.frame();
  });
}

// The bench's long interview: 20 sections of 100 questions, the seed's first question repeated.
const seed = seedInterview();
const [firstSection] = seed.sections;
const [firstQuestion] = firstSection?.questions ?? [];
if (!firstSection || !firstQuestion) throw new Error('the seed has a question');
const sections: Section[] = Array.from({ length: 20 }, (_, s) => ({
  ...firstSection,
  id: `part-${s + 1}`,
  label: `Part ${s + 1}`,
  questions: Array.from({ length: 100 }, (_, q) => ({
    ...firstQuestion,
    id: `q${s * 100 + q + 1}`,
  })),
}));
const sectionOf = new Map(sections.flatMap((s) => s.questions.map((q) => [q.id, s.id] as const)));

beforeEach(() => {
  observers.clear();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  for (const section of sections) {
    const element = document.createElement('section');
    element.id = section.id;
    for (const question of section.questions) {
      const article = document.createElement('article');
      article.id = question.id;
      element.append(article);
    }
    document.body.append(element);
  }
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  crossing.clear();
});

const shown = (position: ReadingPosition) => ({
  marked: position.questionId,
  bar: position.reading && `${position.reading.sectionLabel}, ${position.reading.questionNumber}`,
});

describe('useReadingPosition', () => {
  it('marks the question and names the section being read, from one observer of the sections and the questions of the section read', () => {
    const seen: ReturnType<typeof shown>[] = [];
    const { result } = renderHook(() => {
      const position = useReadingPosition(sections, sectionOf);
      seen.push(shown(position));
      return position;
    });
    // Above the first section (the page's top): nothing is being read.
    const first = document.getElementById('part-1');
    if (first) first.getBoundingClientRect = () => new DOMRect(0, 900, 800, 100);
    lineOn();
    expect(shown(result.current)).toEqual({ marked: undefined, bar: undefined });
    if (first) first.getBoundingClientRect = () => new DOMRect(0, -90_000, 800, 100);

    lineOn('part-1', 'q2');
    expect(shown(result.current)).toEqual({ marked: 'q2', bar: 'Part 1, 2' });
    // Between two questions the last one read stays marked.
    lineOn('part-1');
    expect(shown(result.current)).toEqual({ marked: 'q2', bar: 'Part 1, 2' });
    // On a section's heading its first question counts.
    lineOn('part-2');
    expect(shown(result.current)).toEqual({ marked: 'q101', bar: 'Part 2, 101' });
    lineOn('part-2', 'q150');
    expect(shown(result.current)).toEqual({ marked: 'q150', bar: 'Part 2, 150' });
    // A jump to the last question (its link) marks it at once, no other question of its section
    // on the way.
    seen.length = 0;
    lineOn('part-20', 'q2000');
    expect(shown(result.current)).toEqual({ marked: 'q2000', bar: 'Part 20, 2000' });
    expect(seen.filter((s) => s.bar?.startsWith('Part 20') && s.marked !== 'q2000')).toEqual([]);
    // Between the sections (past the last) the last question read stays marked.
    lineOn();
    expect(shown(result.current)).toEqual({ marked: 'q2000', bar: 'Part 20, 2000' });
    // Back at the top.
    lineOn('part-1', 'q1');
    expect(shown(result.current)).toEqual({ marked: 'q1', bar: 'Part 1, 1' });
  });

  it('watches the 20 sections and the 100 questions of the section read, not 2,020 blocks', () => {
    renderHook(() => useReadingPosition(sections, sectionOf));
    lineOn('part-7', 'q650');
    expect(watchedCount()).toBe(120);
    lineOn('part-8', 'q701');
    expect(watchedCount()).toBe(120);
  });
});
