import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DraftDetails } from '../../src/features/add-interview/components/draft-details';
import { draftFromInterview } from '../../src/interview/import/from-interview';
import { seedInterview } from '../support/seed';

describe('DraftDetails', () => {
  it('lets a phone type an id and a language tag as written: no capital, no correction', () => {
    // A phone's keyboard starts a text field with a capital and corrects words: "Maiko-2026"
    // or "En" then failed as an id or language tag, to be put right by hand.
    render(
      <DraftDetails
        draft={draftFromInterview(seedInterview())}
        problems={[]}
        dispatch={() => undefined}
      />,
    );
    for (const name of [/^Id/, /^Language/]) {
      const field = screen.getByRole('textbox', { name });
      expect(field.getAttribute('autocapitalize')).toBe('none');
      expect(field.getAttribute('autocorrect')).toBe('off');
      expect(field.getAttribute('spellcheck')).toBe('false');
    }
    // The title is prose: the keyboard's help stays.
    expect(screen.getByRole('textbox', { name: /^Title/ }).getAttribute('autocapitalize')).toBe(
      null,
    );
  });
});
