import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HandoutHeader } from '../../src/features/print/components/handout-header';
import { seedInterview } from '../support/seed';
import { stubScreenMedia } from './screen-media';

// Who was interviewed, where and when print in the lines under the title (interview-header.tsx):
// the handout's header listed them again, so every handout printed them twice.
describe('the handout’s header', () => {
  stubScreenMedia();
  afterEach(cleanup);

  const terms = () => screen.queryAllByRole('term').map((term) => term.textContent);

  it('does not repeat the interviewee, publication, date or byline', () => {
    render(
      <HandoutHeader interview={seedInterview()} path="/i/viktor-maiko-2026" lesson={false} />,
    );
    expect(terms()).toEqual(['Original article', 'Cite as']);
  });

  it('names the interviewer when the lines under the title cannot: no byline', () => {
    const seed = seedInterview();
    const interview = {
      ...seed,
      byline: [],
      people: {
        ...seed.people,
        interviewers: [{ id: 'ann', name: 'Ann Lee', label: 'AL' }],
      },
    };
    render(<HandoutHeader interview={interview} path="/i/viktor-maiko-2026" lesson={false} />);
    expect(terms()).toEqual(['Interviewer', 'Original article', 'Cite as']);
    expect(screen.getByText('Ann Lee')).toBeTruthy();
  });
});

// Printed before its APA citation has loaded (the browser's Print on an interview kept on this
// device), the header gives a plain line instead: it ran the title into the publication, "L'invité
// du jour – Sud Radio Média Sud Radio, 12 March 2025.".
describe('the handout’s plain citation line', () => {
  stubScreenMedia();
  afterEach(cleanup);

  const citation = () =>
    screen
      .getAllByRole('definition')
      .map((d) => d.firstChild?.textContent ?? '')
      .find((text) => text.includes('2026'));

  it('ends the title before the publication and the date', () => {
    const interview = { ...seedInterview(), title: 'L’invité du jour' };
    render(<HandoutHeader interview={interview} path="/i/viktor-maiko-2026" lesson={false} />);
    expect(citation()).toContain('L’invité du jour. The Times of Central Asia, 10 February 2026.');
    cleanup();
    const unpublished = { ...interview, source: { publication: 'Unknown publication' } };
    render(<HandoutHeader interview={unpublished} path="/i/viktor-maiko-2026" lesson={false} />);
    expect(citation()).toContain('L’invité du jour. 10 February 2026.');
  });

  it('adds no full stop after a title that ends its own sentence', () => {
    const seed = seedInterview();
    render(<HandoutHeader interview={seed} path="/i/viktor-maiko-2026" lesson={false} />);
    expect(citation()).toContain(
      'I Truly Believe In That.” The Times of Central Asia, 10 February',
    );
    cleanup();
    const asking = { ...seed, title: 'Will the war end this year?' };
    render(<HandoutHeader interview={asking} path="/i/viktor-maiko-2026" lesson={false} />);
    expect(citation()).toContain('Will the war end this year? The Times of Central Asia, 10 Feb');
  });
});
