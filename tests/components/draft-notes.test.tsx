import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftNotes } from '../../src/features/add-interview/components/draft-notes';
import type { Block, DraftMeta, DraftPerson } from '../../src/interview/import/draft';

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

// Cards say their source line only to a screen reader: "line 8" has to lead a sighted teacher there.
const BLOCKS: Block[] = [
  { id: 'p0', text: 'by Amy Harris 07.03.2013', line: 1, role: 'intro' },
  { id: 'p4', text: 'The band 311 has been bringing…', line: 8, role: 'intro' },
  { id: 'p5', text: 'NH: Always great crowds in Cincy!', line: 8, role: 'intro' },
];

const PEOPLE: DraftPerson[] = [{ key: 'nh', side: 'interviewee', name: 'Nick Hexum', label: 'NH' }];

const panel = () => screen.queryByRole('region', { name: 'What the importer could not decide' });

describe('DraftNotes', () => {
  afterEach(cleanup);

  it('says where to settle each note in the page: the details above', () => {
    render(<DraftNotes people={PEOPLE} notes={NOTES} meta={IMPORTED} blocks={BLOCKS} />);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'line 8: a question has no answer; it is the last, kept at the end of the answer before it',
      'no publication name found: set to "Unknown publication" (change it in the details below)',
      'no publication date found: set it in the details below',
      'no headline found: titled "Interview with Nick Hexum" (change it in the details below)',
    ]);
  });

  it('drops a note once the teacher has set what it asks for, and the panel with the last', () => {
    const { rerender } = render(
      <DraftNotes
        people={PEOPLE}
        notes={NOTES}
        meta={{ ...IMPORTED, published: '2013-07-03' }}
        blocks={BLOCKS}
      />,
    );
    expect(screen.queryByText(/no publication date found/)).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);

    rerender(
      <DraftNotes
        people={PEOPLE}
        notes={NOTES.slice(1)}
        blocks={BLOCKS}
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
    render(
      <DraftNotes
        people={PEOPLE}
        notes={NOTES.slice(1)}
        meta={{ ...IMPORTED, published: '' }}
        blocks={BLOCKS}
      />,
    );
    expect(panel()).not.toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('takes the teacher to the paragraph a note names by its line', () => {
    render(
      <>
        <DraftNotes people={PEOPLE} notes={NOTES} meta={IMPORTED} blocks={BLOCKS} />
        <ol>
          {BLOCKS.map((block) => (
            <li key={block.id} id={`block-${block.id}`} tabIndex={0}>
              {block.text}
            </li>
          ))}
        </ol>
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'line 8' }));
    expect(document.activeElement?.id).toBe('block-p4');
  });

  it('takes the teacher to the card holding the words a note quotes, of several from one line', () => {
    // A run-on line becomes several cards; the question left unanswered is the second.
    const note =
      'line 8: a question has no answer ("Always great crowds in Cincy!"); kept with the next question';
    render(
      <>
        <DraftNotes people={PEOPLE} notes={[note]} meta={IMPORTED} blocks={BLOCKS} />
        <ol>
          {BLOCKS.map((block) => (
            <li key={block.id} id={`block-${block.id}`} tabIndex={0}>
              {block.text}
            </li>
          ))}
        </ol>
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'line 8' }));
    expect(document.activeElement?.id).toBe('block-p5');
  });

  it('asks for the guest\'s name under People while the guest is "Interviewee"', () => {
    const note = 'no interviewee name found: named "Interviewee"';
    const unnamed: DraftPerson[] = [
      { key: 'nh', side: 'interviewee', name: 'Interviewee', label: 'NH' },
    ];
    const { rerender } = render(
      <DraftNotes notes={[note]} meta={IMPORTED} people={unnamed} blocks={BLOCKS} />,
    );
    expect(screen.getByRole('listitem').textContent).toBe(
      `${note} (name them under People in the details below)`,
    );
    rerender(<DraftNotes notes={[note]} meta={IMPORTED} people={PEOPLE} blocks={BLOCKS} />);
    expect(panel()).toBeNull();
  });
});
