import { describe, expect, it } from 'vitest';
import { anchorIndex, canonicalFragment, resolveTarget } from '../../src/interview/anchors';
import { seedInterview } from '../support/seed';

const anchors = anchorIndex(seedInterview());

describe('anchorIndex', () => {
  it('finds sections, questions and key quotes with the section that holds them', () => {
    expect(anchors.get('energy')).toEqual({ kind: 'section', id: 'energy', sectionId: 'energy' });
    expect(anchors.get('q4')).toEqual({ kind: 'question', id: 'q4', sectionId: 'security' });
    expect(anchors.get('war-will-end-this-year')).toEqual({
      kind: 'key-quote',
      id: 'war-will-end-this-year',
      sectionId: 'peace',
      questionId: 'q5',
    });
    expect(anchors.size).toBe(5 + 5 + 6);
  });
});

describe('resolveTarget', () => {
  it('is the top of the interview without a section or fragment', () => {
    expect(resolveTarget(anchors, undefined, '')).toEqual({ target: { kind: 'top' }, missing: [] });
  });

  it('is the section of the path', () => {
    expect(resolveTarget(anchors, 'trade', '')).toEqual({
      target: { kind: 'section', sectionId: 'trade' },
      missing: [],
    });
  });

  it('prefers the fragment, which is more precise, over the section', () => {
    expect(resolveTarget(anchors, 'trade', '#q3').target).toEqual({
      kind: 'anchor',
      anchor: { kind: 'question', id: 'q3', sectionId: 'energy' },
    });
  });

  it('decodes the fragment', () => {
    expect(resolveTarget(anchors, undefined, '#%71%34').target).toMatchObject({
      anchor: { id: 'q4' },
    });
  });

  it('reports an unknown section and falls back to the top', () => {
    expect(resolveTarget(anchors, 'sport', '')).toEqual({
      target: { kind: 'top' },
      missing: [{ kind: 'section', id: 'sport' }],
    });
  });

  it('reports an unknown fragment and falls back to the section', () => {
    expect(resolveTarget(anchors, 'peace', '#q42')).toEqual({
      target: { kind: 'section', sectionId: 'peace' },
      missing: [{ kind: 'anchor', id: 'q42' }],
    });
  });

  it('reports both when both are unknown, section first', () => {
    expect(resolveTarget(anchors, 'sport', '#q42').missing).toEqual([
      { kind: 'section', id: 'sport' },
      { kind: 'anchor', id: 'q42' },
    ]);
  });

  it("ignores the app's own element ids, and reports every other unknown fragment", () => {
    for (const own of ['#main_content', '#passage_0', '#q1__question', '#trade__heading']) {
      expect(resolveTarget(anchors, undefined, own)).toEqual({
        target: { kind: 'top' },
        missing: [],
      });
    }
    for (const id of ['__proto__', '%E0%A4%A', 'Q9']) {
      expect(resolveTarget(anchors, undefined, `#${id}`).missing).toEqual([{ kind: 'anchor', id }]);
    }
  });

  it('matches ids whatever their letter case', () => {
    expect(resolveTarget(anchors, 'PEACE', '#Q1').target).toMatchObject({
      kind: 'anchor',
      anchor: { id: 'q1' },
    });
    expect(resolveTarget(anchors, 'Peace', '').target).toEqual({
      kind: 'section',
      sectionId: 'peace',
    });
  });

  it('does not treat a question id as a section in the path', () => {
    expect(resolveTarget(anchors, 'q1', '').missing).toEqual([{ kind: 'section', id: 'q1' }]);
  });
});

describe('canonicalFragment', () => {
  it('spells an id as the interview does', () => {
    expect(canonicalFragment(anchors, '#Q5')).toBe('#q5');
    expect(canonicalFragment(anchors, '#War-Will-End-This-Year')).toBe('#war-will-end-this-year');
    expect(canonicalFragment(anchors, '#%51%35')).toBe('#q5');
  });

  it('leaves every other fragment as it is', () => {
    for (const fragment of ['', '#q5', '#Q99', '#__proto__', '#%E0%A4%A', '#main_content']) {
      expect(canonicalFragment(anchors, fragment)).toBe(fragment);
    }
  });
});
