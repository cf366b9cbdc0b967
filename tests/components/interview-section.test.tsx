import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InterviewSection } from '../../src/features/reader/components/interview-section';
import type { Section } from '../../src/interview/schema';
import { seedInterview } from '../support/seed';
import { renderWithRouter } from './render';

function renderSection(section: Section) {
  return renderWithRouter(
    <InterviewSection
      interviewId="a-2025"
      section={section}
      lesson={{}}
      open
      linkTarget={false}
      onOpenChange={() => {}}
      onCite={() => {}}
    >
      <p>Text</p>
    </InterviewSection>,
  );
}

describe('a section’s header', () => {
  const questions = seedInterview().sections[0]!.questions.slice(0, 1);

  // The importer names the one section of an interview without headings "Interview", its label
  // and heading alike: the header read "INTERVIEW" over "Interview", and so did the handout.
  it('says its topic once when the topic label is the heading', () => {
    const { container } = renderSection({
      id: 'interview',
      label: 'Interview',
      heading: 'Interview',
      questions,
    });
    const toggle = within(container).getByRole('button', { expanded: true });
    expect(toggle.textContent?.replace(/\s+/g, ' ').trim()).toBe('Interview, 1 question');
    expect(within(container).getAllByText('Interview')).toHaveLength(2); // the toggle's and the printed header's
  });

  it('gives the topic and the heading when they differ', () => {
    const { container } = renderSection({
      id: 'peace',
      label: 'Peace',
      heading: 'On the prospects of peace',
      questions,
    });
    const toggle = within(container).getByRole('button', { expanded: true });
    expect(toggle.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Peace: On the prospects of peace, 1 question',
    );
    expect(screen.getAllByText('On the prospects of peace')).toHaveLength(2);
  });
});
