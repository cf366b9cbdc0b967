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
