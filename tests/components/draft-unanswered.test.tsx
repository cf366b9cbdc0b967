import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { draftOf, renderDraftEditor } from './render-draft-editor';
import { bakerTranscript } from '../support/baker-transcript';

// A question left without an answer was three problems on its card, two of them the schema's
// words about a field the teacher never sees ("must be a URL-safe id: lowercase letters, digits
// and single hyphens", "unknown speaker "": expected one of …") and counted three times in the
// bar: one thing to fix, said once, in words that say how to fix it.

/** A paragraph's card, by its role and first words as its name says them. */
function card(name: RegExp): HTMLElement {
  return screen.getByRole('listitem', { name });
}

describe('a question without an answer', () => {
  afterEach(cleanup);

  it('is one problem on its card, saying what to do, counted once', async () => {
    const user = userEvent.setup();
    renderDraftEditor(draftOf(bakerTranscript(4)));
    expect(screen.getByRole('status').textContent).toBe('Ready to keep');

    await user.click(
      within(card(/^Answer, line \d+: It rose at dawn, 2 times/u)).getByRole('button', {
        name: 'Drop',
      }),
    );
    expect(screen.getByRole('status').textContent).toBe('1 problem to fix');
    const question = card(/^Question, line \d+: What about loaf number 2,/u);
    expect(within(question).getByRole('listitem').textContent).toBe(
      '⚠ Question 2 has no answer: mark the next paragraph as its answer, or drop the question',
    );
    expect(document.body.textContent).not.toMatch(/URL-safe|unknown speaker|at least one/u);

    // The last answer made a question: the question's two paragraphs, nothing after them to mark.
    // Said once, at its last paragraph, after which its answer would come.
    await user.click(
      within(card(/^Answer, line \d+: It rose at dawn, 4 times/u)).getByRole('button', {
        name: 'Question',
      }),
    );
    expect(screen.getByRole('status').textContent).toBe('2 problems to fix');
    expect(
      within(card(/^Question, line \d+: What about loaf number 4,/u)).queryByRole('list'),
    ).toBe(null);
    expect(
      within(card(/^Question, line \d+: It rose at dawn, 4 times/u)).getByRole('listitem')
        .textContent,
    ).toBe(
      '⚠ Question 4 has no answer and no paragraph follows it: drop the question, or mark it as part of the answer before it',
    );

    // Done as it says: the dropped paragraph marked as the answer again.
    await user.click(
      within(card(/^Dropped: .*It rose at dawn, 2 times/u)).getByRole('button', {
        name: 'Answer',
      }),
    );
    expect(screen.getByRole('status').textContent).toBe('1 problem to fix');
  }, 30_000);
});
