import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuestionIndex } from '../../src/features/reader/components/question-index';
import { buildOutline } from '../../src/interview/outline';
import { seedInterview } from '../support/seed';
import { renderWithRouter } from './render';

const outline = buildOutline(seedInterview());

describe('QuestionIndex', () => {
  it('lists each question as a link to its deep link, under its topic', () => {
    renderWithRouter(
      <QuestionIndex interviewId="viktor-maiko-2026" outline={outline} currentId={undefined} />,
    );
    const topics = screen
      .getAllByRole('listitem')
      .filter((item) => item.parentElement?.parentElement?.tagName !== 'LI');
    expect(topics).toHaveLength(5);
    const energy = within(topics[2] ?? document.body);
    expect(energy.getByRole('link', { name: 'Energy' }).getAttribute('href')).toBe(
      '/i/viktor-maiko-2026/energy',
    );
    expect(
      energy
        .getByRole('link', { name: /^How does Ukraine view its energy cooperation/ })
        .getAttribute('href'),
    ).toBe('/i/viktor-maiko-2026/energy#q3');
  });

  it('marks the question being read, and only that one', () => {
    renderWithRouter(
      <QuestionIndex interviewId="viktor-maiko-2026" outline={outline} currentId="q4" />,
    );
    const current = screen
      .getAllByRole('link')
      .filter((link) => link.getAttribute('aria-current') === 'true');
    expect(current.map((link) => link.getAttribute('href'))).toEqual([
      '/i/viktor-maiko-2026/security#q4',
    ]);
  });
});
