import { describe, expect, it } from 'vitest';
import { buildInterview } from '../../src/interview/import/build-interview';
import type { Draft } from '../../src/interview/import/draft';
import {
  editDraft,
  editWithHistory,
  startHistory,
  type DraftAction,
} from '../../src/interview/import/edit-draft';
import { readArticle } from '../../src/interview/import/read-article';

const ARTICLE = `A baker on bread: "Flour is only the start"
By Ann Lee
Baker Tom Hale runs a bakery in Leeds. We asked him about bread.
Ovens
Q: When do you start baking?
A: At three in the morning.
The first loaves are out by six.
Q: Why so early?
A: People want bread with breakfast.
Flour
Q: Which flour do you use?
A: Flour is only the start. I buy from a mill nearby.
Share`;

function draftOf(text = ARTICLE): Draft {
  const read = readArticle(text);
  if (!read.ok) throw new Error(read.error);
  return read.draft;
}

const id = (draft: Draft, text: string) => {
  const block = draft.blocks.find((b) => b.text.startsWith(text));
  if (!block) throw new Error(`no block "${text}"`);
  return block.id;
};

function apply(draft: Draft, ...actions: DraftAction[]): Draft {
  return actions.reduce(editDraft, draft);
}

function built(draft: Draft) {
  const result = buildInterview(draft);
  if (!result.interview) throw new Error(JSON.stringify(result.problems));
  return result.interview;
}

/** Every word of the source is in some block, whatever was done. */
function allText(draft: Draft): string {
  return draft.blocks.map((b) => b.text).join(' ');
}

describe('the draft a text reads into', () => {
  it('marks every paragraph with a role and builds a valid interview', () => {
    const draft = draftOf();
    expect(draft.blocks.map((b) => b.role)).toEqual([
      'meta',
      'meta',
      'intro',
      'heading',
      'question',
      'answer',
      'answer',
      'question',
      'answer',
      'heading',
      'question',
      'answer',
      'dropped',
    ]);
    const interview = built(draft);
    expect(interview.sections.map((s) => [s.label, s.questions.length])).toEqual([
      ['Ovens', 2],
      ['Flour', 1],
    ]);
    expect(interview.keyQuotes.map((q) => [q.questionId, q.text])).toEqual([
      ['q3', 'Flour is only the start.'],
    ]);
  });

  it('degrades to a draft of intro paragraphs when no question is found', () => {
    const read = readArticle('Council approves budget\n\nThe council met on Tuesday.');
    expect(read.ok && read.found).toBe(false);
    if (!read.ok) return;
    expect(read.draft.blocks.map((b) => b.role)).toEqual(['meta', 'intro']);
    expect(read.draft.notes[0]).toContain('No questions and answers were recognised');
    expect(buildInterview(read.draft).problems.map((p) => p.path)).toContain('$.sections');
  });
});

describe('correcting a draft', () => {
  it('changes a role, and shows the problem it makes at that paragraph', () => {
    const draft = draftOf();
    const why = id(draft, 'Why so early?');
    const edited = editDraft(draft, { type: 'setRole', blockId: why, role: 'answer' });
    // "Why so early?" now continues the first answer: one question fewer.
    expect(built(edited).sections[0]?.questions).toHaveLength(1);

    const stray = editDraft(draft, {
      type: 'setRole',
      blockId: id(draft, 'When do you start'),
      role: 'intro',
    });
    const { problems, interview } = buildInterview(stray);
    expect(interview).toBeUndefined();
    expect(problems.map((p) => p.blockId)).toContain(id(draft, 'At three'));
  });

  it('drops and restores a paragraph, losing nothing', () => {
    const draft = draftOf();
    const first = id(draft, 'The first loaves');
    const dropped = editDraft(draft, { type: 'setRole', blockId: first, role: 'dropped' });
    expect(built(dropped).sections[0]?.questions[0]?.answer).toEqual(['At three in the morning.']);
    expect(allText(dropped)).toBe(allText(draft));
    const restored = editDraft(dropped, { type: 'restore', blockId: first });
    expect(built(restored)).toEqual(built(draft));
    // Page noise restored comes back as intro.
    const share = editDraft(draft, { type: 'restore', blockId: id(draft, 'Share') });
    expect(built(share).intro.at(-1)).toBe('Share');
  });

  it('splits a paragraph in two and joins them back', () => {
    const draft = draftOf();
    const block = id(draft, 'Flour is only');
    const split = editDraft(draft, { type: 'splitBlock', blockId: block, at: 25 });
    expect(built(split).sections[1]?.questions[0]?.answer).toEqual([
      'Flour is only the start.',
      'I buy from a mill nearby.',
    ]);
    const second = split.blocks[split.blocks.findIndex((b) => b.id === block) + 1];
    const joined = editDraft(split, { type: 'joinWithPrevious', blockId: second?.id ?? '' });
    expect(built(joined)).toEqual(built(draft));
  });

  it('splits a question in two and joins it back', () => {
    const draft = draftOf('Q: One?\nQ: Two?\nA: Yes.\nQ: Three?\nA: No.');
    expect(built(draft).sections[0]?.questions[0]?.question).toEqual(['One?', 'Two?']);
    const two = id(draft, 'Two?');
    const split = editDraft(draft, { type: 'toggleOpens', blockId: two });
    // "One?" is now a question of its own, with no answer: shown at its paragraph.
    expect(buildInterview(split).problems).toContainEqual(
      expect.objectContaining({ blockId: id(draft, 'One?') }),
    );
    expect(editDraft(split, { type: 'toggleOpens', blockId: two })).toEqual(draft);
  });

  it('merges sections by dropping a heading, and splits them with a new one', () => {
    const draft = draftOf();
    const merged = editDraft(draft, {
      type: 'setRole',
      blockId: id(draft, 'Flour'),
      role: 'dropped',
    });
    expect(built(merged).sections.map((s) => s.questions.length)).toEqual([3]);
    const split = editDraft(draft, {
      type: 'insertHeading',
      beforeBlockId: id(draft, 'Why so early?'),
      text: 'Mornings and breakfast',
    });
    expect(built(split).sections.map((s) => [s.label, s.heading])).toEqual([
      ['Ovens', 'Ovens'],
      ['Mornings', 'Mornings and breakfast'],
      ['Flour', 'Flour'],
    ]);
    const renamed = editDraft(split, {
      type: 'setHeading',
      blockId: id(split, 'Mornings'),
      label: 'Breakfast',
    });
    expect(built(renamed).sections[1]?.label).toBe('Breakfast');
  });

  it('gives a whole turn to the speaker chosen for one of its paragraphs', () => {
    const draft = apply(draftOf(), { type: 'addPerson', side: 'interviewee' });
    const added = draft.people.at(-1)?.key ?? '';
    const edited = editDraft(draft, {
      type: 'setSpeaker',
      blockId: id(draft, 'The first loaves'),
      speaker: added,
    });
    expect(edited.blocks.filter((b) => b.speaker === added).map((b) => b.text)).toEqual([
      'At three in the morning.',
      'The first loaves are out by six.',
    ]);
    expect(built(edited).sections[0]?.questions[0]?.answeredBy).toBe('interviewee');
  });

  it('marks a key quote only with words of an answer paragraph', () => {
    const draft = draftOf();
    const answer = id(draft, 'People want');
    const marked = editDraft(draft, {
      type: 'addKeyQuote',
      blockId: answer,
      text: 'bread with breakfast',
    });
    expect(built(marked).keyQuotes.at(-1)).toMatchObject({
      questionId: 'q2',
      text: 'bread with breakfast',
    });
    expect(
      editDraft(draft, { type: 'addKeyQuote', blockId: answer, text: 'words not there' }),
    ).toBe(draft);
    expect(
      editDraft(draft, { type: 'addKeyQuote', blockId: id(draft, 'Why so early?'), text: 'early' }),
    ).toBe(draft);
  });

  it('edits details, and shows a bad one as a problem at its path', () => {
    const draft = editDraft(draftOf(), { type: 'setMeta', patch: { published: '2024-13-40' } });
    expect(buildInterview(draft).problems).toContainEqual(
      expect.objectContaining({ path: '$.published' }),
    );
    const cleared = editDraft(draft, { type: 'setMeta', patch: { published: '' } });
    expect(built(cleared).published).toBeUndefined();
  });
});

describe('undo and redo', () => {
  it('takes back every change in order, and redoes it', () => {
    const draft = draftOf();
    let state = startHistory(draft);
    state = editWithHistory(state, {
      type: 'setRole',
      blockId: id(draft, 'Ovens'),
      role: 'dropped',
    });
    state = editWithHistory(state, { type: 'setMeta', patch: { title: 'Bread' } });
    expect(state.present.meta.title).toBe('Bread');
    state = editWithHistory(state, { type: 'undo' });
    state = editWithHistory(state, { type: 'undo' });
    expect(state.present).toEqual(draft);
    state = editWithHistory(state, { type: 'redo' });
    expect(state.present.blocks.find((b) => b.text === 'Ovens')?.role).toBe('dropped');
    // A change that changes nothing is not a step to undo.
    expect(editWithHistory(state, { type: 'restore', blockId: id(draft, 'Flour is') })).toBe(state);
  });
});

describe('a date that is not a real one', () => {
  it('is said so on the Add page as interview:check says it, at its JSON path', () => {
    // A draft read from a file can hold any date; the Details field's date picker cannot.
    const draft = apply(draftOf(), { type: 'setMeta', patch: { published: '2025-02-30' } });
    expect(buildInterview(draft).problems).toContainEqual({
      path: '$.published',
      message: 'is not a real date: 2025-02 has 28 days',
    });
  });
});
