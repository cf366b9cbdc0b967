import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/interview/import/draft';
import { draftOf, renderDraftEditor } from './render-draft-editor';
import { bakerTranscript } from '../support/baker-transcript';

// A card's name was its role and line alone ("Answer , line 201"): a screen reader's user tabbing
// from card to card heard which role and line, never which paragraph.

function lineOf(draft: Draft, words: string): number {
  const line = draft.blocks.find((b) => b.text.includes(words))?.line;
  if (line === undefined) throw new Error(`no line for ${words}`);
  return line;
}

describe('a draft card’s name', () => {
  afterEach(cleanup);

  it('says the role, the line and the paragraph’s first words, as Tab reaches the card', async () => {
    const user = userEvent.setup();
    const long =
      'It rose at dawn, the first of the loaves, and it was sold by noon to the people who had waited outside since six.';
    const draft = draftOf(`${bakerTranscript(2)}\nQ: And the next one?\nA: ${long}`);
    renderDraftEditor(draft);
    const short = 'It rose at dawn, 2 times over, and sold by noon.';
    const card = screen.getByRole('listitem', {
      name: `Answer, line ${lineOf(draft, short)}: ${short}`,
    });
    // A long paragraph's name stops after its first words, at a word's end.
    expect(
      screen.getByRole('listitem', {
        name: `Answer, line ${lineOf(draft, long)}: It rose at dawn, the first of the loaves, and it was sold by…`,
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('listitem', {
        name: `Question, line ${lineOf(draft, 'loaf number 2,')}: What about loaf number 2, then?`,
      }),
    ).toBeTruthy();
    // Tabbing from the card before reaches it (past the previous card's buttons).
    const before = card.previousElementSibling;
    if (before instanceof HTMLElement) before.focus();
    for (let tab = 0; tab < 12 && document.activeElement !== card; tab += 1) await user.tab();
    expect(document.activeElement).toBe(card);
  }, 30_000);
});
