import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DetailProblems,
  DraftDetails,
} from '../../src/features/add-interview/components/draft-details';
import { draftFromInterview } from '../../src/interview/import/from-interview';
import { seedInterview } from '../support/seed';

// jsdom and the first render take seconds at the machine's usual load (5.7 s once): 30 s.
describe('DraftDetails', { timeout: 30_000 }, () => {
  afterEach(cleanup);

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

  it('names each field by its label alone, its hint its description', () => {
    // A screen reader read "Id Lowercase letters, digits and hyphens: …" as the field's name.
    render(
      <DraftDetails
        draft={draftFromInterview(seedInterview())}
        problems={[]}
        dispatch={() => undefined}
      />,
    );
    for (const name of ['Title', 'Publication', 'Address of the article']) {
      expect(screen.getByRole('textbox', { name }).getAttribute('aria-describedby')).toBeNull();
    }
    expect(screen.getByLabelText('Date published')).toBeTruthy();
    screen.getByRole('textbox', { name: 'Language', description: 'A tag such as en, ru or uz' });
    screen.getByRole('textbox', {
      name: 'Id',
      description: 'Lowercase letters, digits and hyphens: the interview’s link is /i/<id>',
    });
  });

  it('a problem adds to the hint: the field is described by both', () => {
    render(
      <DraftDetails
        draft={draftFromInterview(seedInterview())}
        problems={[{ path: '$.id', message: 'is the id of a published interview' }]}
        dispatch={() => undefined}
      />,
    );
    screen.getByRole('textbox', {
      name: 'Id',
      description: /^Lowercase letters.*is the id of a published interview$/,
    });
  });

  it('names each person’s group, so fields named alike are told apart', () => {
    // Every person's fields are "Name", "Speaker tag", "Role", "Side": a screen reader going
    // through them could not tell whose they were.
    const draft = draftFromInterview(seedInterview());
    render(<DraftDetails draft={draft} problems={[]} dispatch={() => undefined} />);
    expect(draft.people.length).toBeGreaterThan(1);
    draft.people.forEach((person, i) => {
      const group = screen.getByRole('group', { name: `Person ${i + 1}: ${person.name}` });
      expect(within(group).getByRole('textbox', { name: 'Name' })).toHaveProperty(
        'value',
        person.name,
      );
      within(group).getByRole('textbox', { name: 'Speaker tag' });
      within(group).getByRole('combobox', { name: 'Side' });
    });
  });

  it('names a person not yet named by their number and side', () => {
    const draft = draftFromInterview(seedInterview());
    const unnamed = {
      ...draft,
      people: [...draft.people, { key: 'x', side: 'interviewee' as const, name: '', label: '' }],
    };
    render(<DraftDetails draft={unnamed} problems={[]} dispatch={() => undefined} />);
    screen.getByRole('group', { name: `Person ${unnamed.people.length}: unnamed, answers` });
  });

  it('names a problem by the field as the form labels it, not by a JSON path', () => {
    // A teacher read "$.id is the id of a published interview: choose another".
    const { container } = render(
      <DetailProblems
        problems={[
          { path: '$.id', message: 'is the id of a published interview: choose another' },
          { path: '$.source.url', message: 'must be an https address' },
          { path: '$.people.interviewees[1].name', message: 'must not be empty' },
          { path: '$.sections', message: 'must hold a question' },
        ]}
      />,
    );
    const items = within(container)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Id: is the id of a published interview: choose another',
      'Address of the article: must be an https address',
      'People: must not be empty',
      'The interview: must hold a question',
    ]);
    expect(container.textContent).not.toContain('$.');
  });
});
