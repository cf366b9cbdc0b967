import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/interview/import/draft';
import { draftOf, renderDraftEditor } from './render-draft-editor';
import { bakerTranscript } from '../support/baker-transcript';

// A 1 MB transcript of short turns is some 20,000 paragraphs: listed all at once, each with its
// buttons, they held the page's thread for tens of seconds (a minute at a load of 10), and every
// correction after that for as long again. The editor lists them a page at a time.

function longDraft(turns: number): Draft {
  return draftOf(bakerTranscript(turns));
}

// Each “Next problem” test lists 200 cards in jsdom and presses through them: one took 96 s at a
// load of 30 (2 cores), another 159 s in a fresh-clone CI at a load of 25, hence their 300 s.

// Found by their words, not by role and name: each role query reads every card's buttons, which
// took jsdom seconds a query with hundreds of cards listed.

/** The section of the paragraphs. */
function paragraphs(): HTMLElement {
  const section = screen.getByText('Paragraphs of the source').closest('section');
  if (!section) throw new Error('no section');
  return section;
}

/** The paragraphs' cards listed (the list's own items, not the lists inside a card). */
function cards(): HTMLElement[] {
  const list = paragraphs().querySelector('ol');
  return [...(list?.children ?? [])].filter((child) => child instanceof HTMLElement);
}

/** A button, by its words, or by its name where its words are shorter on a phone ("Next"). */
function button(name: string): HTMLElement {
  return (
    screen.queryByText(name, { selector: 'button' }) ??
    screen.getByLabelText(name, { selector: 'button' })
  );
}

describe('DraftEditor with a long text', () => {
  afterEach(cleanup);

  it('lists the first 200 paragraphs, says how many there are, and shows the next 200 on request', () => {
    const draft = longDraft(300);
    expect(draft.blocks.length).toBeGreaterThan(600);
    renderDraftEditor(draft);
    expect(cards()).toHaveLength(200);
    expect(
      within(paragraphs()).getByText(`Paragraphs 1–200 of ${draft.blocks.length} shown.`, {
        exact: false,
      }),
    ).toBeTruthy();
    expect(screen.queryByText('It rose at dawn, 150 times over, and sold by noon.')).toBeNull();

    fireEvent.click(button('Show paragraphs 201–400'));
    expect(cards()).toHaveLength(400);
    expect(screen.getByText('It rose at dawn, 150 times over, and sold by noon.')).toBeTruthy();
    // The focus goes on to the first paragraph shown, where reading goes on.
    expect(document.activeElement).toBe(cards()[200]);
  }, 60_000);

  it('a note’s “line N” shows that paragraph, not yet listed, and takes the focus to it', () => {
    const draft = longDraft(300);
    const far = draft.blocks[500];
    if (far?.line === undefined) throw new Error('no line');
    renderDraftEditor({ ...draft, notes: [`line ${far.line}: a question has no answer`] });
    expect(document.getElementById(`block-${far.id}`)).toBeNull();

    fireEvent.click(button(`line ${far.line}`));
    expect(document.activeElement?.id).toBe(`block-${far.id}`);
    // Its page is listed, the paragraphs before it one press away.
    expect(cards()).toHaveLength(200);
    expect(button('Show paragraphs 201–400')).toBeTruthy();
  }, 60_000);

  it('the outline of a long interview lists its sections with their counts, and a section’s button focuses its first question', () => {
    const draft = longDraft(300);
    renderDraftEditor(draft);
    const outline = screen.getByText('Structure found').closest('section');
    if (!outline) throw new Error('no outline');
    // 300 questions in 60 parts: the parts are listed, not the questions (10,000 rows froze it).
    expect(within(outline).queryByText('What about loaf number 148, then?')).toBeNull();
    expect(within(outline).getAllByText('5 questions', { exact: false }).length).toBe(50);
    expect(within(outline).queryByText('Questions 296–300')).toBeNull();

    const first = draft.blocks.find((b) => b.text.includes('loaf number 146,'));
    if (!first) throw new Error('no question 146');
    expect(document.getElementById(`block-${first.id}`)).toBeNull();
    fireEvent.click(within(outline).getByText('Questions 146–150', { selector: 'button' }));
    expect(document.activeElement?.id).toBe(`block-${first.id}`);

    fireEvent.click(within(outline).getByText('Show sections 51–60', { selector: 'button' }));
    expect(within(outline).getByText('Questions 296–300', { selector: 'button' })).toBeTruthy();
  }, 60_000);

  it('“Next problem” lists the page of a problem not yet listed and focuses its card', () => {
    const draft = longDraft(300);
    const last = draft.blocks.at(-1);
    if (!last) throw new Error('no paragraphs');
    // The last answer made a question: a question without an answer, 400 paragraphs past the page.
    renderDraftEditor({
      ...draft,
      blocks: draft.blocks.map((b) => (b === last ? { ...b, role: 'question' as const } : b)),
    });
    expect(document.getElementById(`block-${last.id}`)).toBeNull();
    fireEvent.click(button('Next problem'));
    // The problem is marked at the question's last paragraph, after which its answer would come.
    expect(document.activeElement?.id).toBe(`block-${last.id}`);
  }, 300_000);

  it('“Next problem” pressed again goes on to the next problem, not back to the first', async () => {
    const user = userEvent.setup();
    const draft = longDraft(300);
    // Two answers made questions: two questions without an answer, one listed, one far past the page.
    const made = [draft.blocks[20], draft.blocks.at(-1)];
    renderDraftEditor({
      ...draft,
      blocks: draft.blocks.map((b) => (made.includes(b) ? { ...b, role: 'question' as const } : b)),
    });
    // A real press moves the focus to the button before its handler runs. Each press goes on past
    // the card it focused last; the far problem is reached, then it starts again at the first.
    const index = (id: string | undefined) => draft.blocks.findIndex((b) => `block-${b.id}` === id);
    const reached: number[] = [];
    for (let press = 0; press < 6 && !reached.includes(draft.blocks.length - 1); press += 1) {
      await user.click(button('Next problem'));
      reached.push(index(document.activeElement?.id));
    }
    expect(reached[0]).toBe(20);
    expect(reached.at(-1)).toBe(draft.blocks.length - 1);
    expect(reached).toEqual([...reached].sort((x, y) => x - y));
    let last = draft.blocks.length - 1;
    for (let press = 0; press < 3 && last >= draft.blocks.length - 1; press += 1) {
      await user.click(button('Next problem'));
      last = index(document.activeElement?.id);
    }
    expect(last).toBe(20);
  }, 300_000);

  it('a short interview is listed whole, with nothing to show more', () => {
    const draft = longDraft(40);
    renderDraftEditor(draft);
    expect(cards()).toHaveLength(draft.blocks.length);
    expect(screen.queryByText(/^Show paragraphs/, { selector: 'button' })).toBeNull();
  }, 30_000);
});
