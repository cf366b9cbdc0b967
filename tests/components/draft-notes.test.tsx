import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftNotes } from '../../src/features/add-interview/components/draft-notes';
import type { DraftMeta } from '../../src/interview/import/draft';

// The importer's notes on a pasted page with no headline, date or publication (a real page,
// CityBeat's Q&A with Nick Hexum, pasted by a reviewer): the command line completes each with
// its option, the page left "no publication date found: set it" (set it where?) and kept every
// note after the teacher had set what it asked for.
const NOTES = [
  'line 8: a question has no answer; it is the last, kept at the end of the answer before it',
  'no publication name found: set to "Unknown publication"',
  'no publication date found: set it',
  'no headline found: titled "Interview with Nick Hexum"',
];

const IMPORTED: DraftMeta = {
  id: 'nick-hexum',
  title: 'Interview with Nick Hexum',
  language: 'en',
  publication: 'Unknown publication',
  byline: [],
};

const panel = () => screen.queryByRole('region', { name: 'What the importer could not decide' });

describe('DraftNotes', () => {
  afterEach(cleanup);

  it('says where to settle each note in the page: the details above', () => {
    render(<DraftNotes notes={NOTES} meta={IMPORTED} />);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'line 8: a question has no answer; it is the last, kept at the end of the answer before it',
      'no publication name found: set to "Unknown publication" (change it in “Details and people”)',
      'no publication date found: set it in “Details and people”',
      'no headline found: titled "Interview with Nick Hexum" (change it in “Details and people”)',
    ]);
  });

  it('drops a note once the teacher has set what it asks for, and the panel with the last', () => {
    const { rerender } = render(
      <DraftNotes notes={NOTES} meta={{ ...IMPORTED, published: '2013-07-03' }} />,
    );
    expect(screen.queryByText(/no publication date found/)).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);

    rerender(
      <DraftNotes
        notes={NOTES.slice(1)}
        meta={{
          ...IMPORTED,
          published: '2013-07-03',
          publication: 'CityBeat',
          title: 'Q&A with 311’s Nick Hexum',
        }}
      />,
    );
    expect(panel()).toBeNull();
  });

  it('keeps a note whose field is still as the importer left it', () => {
    render(<DraftNotes notes={NOTES.slice(1)} meta={{ ...IMPORTED, published: '' }} />);
    expect(panel()).not.toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });
});
