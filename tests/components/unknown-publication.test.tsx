import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readerHead } from '../../src/app/page-head';
import { KeptInterviewFacts } from '../../src/features/add-interview/components/kept-interviews';
import { InterviewCard } from '../../src/features/library/components/interview-card';
import { HandoutHeader } from '../../src/features/print/components/handout-header';
import { InterviewHeader } from '../../src/features/reader/components/interview-header';
import { catalogueEntryFor } from '../../src/interview/catalogue';
import type { Interview } from '../../src/interview/schema';
import { seedInterview } from '../support/seed';
import { stubScreenMedia } from './screen-media';
import { renderWithRouter } from './render';

// An interview imported from a page that names no publication holds the importer's placeholder,
// "Unknown publication": the reader showed it under the title as if it were a newspaper's name.
// Citations already leave it out; so does every other place that names the publication.

function unpublished(url?: string): Interview {
  const seed = seedInterview();
  return { ...seed, source: { publication: 'Unknown publication', ...(url ? { url } : {}) } };
}

describe('an interview whose publication the importer did not find', { timeout: 30_000 }, () => {
  stubScreenMedia();
  afterEach(cleanup);
  const sections = seedInterview().sections.map((s) => s.id);

  it('names no publication under the title; the date follows alone', () => {
    const interview = unpublished();
    render(
      <InterviewHeader interview={interview} sectionIds={sections} answerShown={() => true} />,
    );
    expect(screen.queryByText(/Unknown publication/)).toBeNull();
    expect(screen.getByText(/10 February 2026/).closest('p')?.textContent).toMatch(
      /^10 February 2026 · By /,
    );
  });

  it('links its address by the address’s host where there is one', () => {
    render(
      <InterviewHeader
        interview={unpublished('https://news.example.org/a/1')}
        sectionIds={sections}
        answerShown={() => true}
      />,
    );
    expect(screen.getByRole('link', { name: 'news.example.org' }).getAttribute('href')).toBe(
      'https://news.example.org/a/1',
    );
  });

  it('names none on its library card', () => {
    renderWithRouter(<InterviewCard entry={catalogueEntryFor(unpublished())} />);
    expect(screen.queryByText(/Unknown publication/)).toBeNull();
  });

  it('names none on its card among the interviews kept on this device', () => {
    render(<KeptInterviewFacts interview={unpublished()} />);
    expect(screen.queryByText(/Unknown publication/)).toBeNull();
    expect(screen.getByText(/Viktor Maiko/).textContent).toBe('Viktor Maiko · 10 February 2026');
  });

  it('names none in the printed header', () => {
    render(<HandoutHeader interview={unpublished()} path="/i/x" lesson={false} />);
    expect(document.body.textContent).not.toContain('Unknown publication');
  });

  it('gives the page’s Article no publisher', () => {
    const head = readerHead(unpublished(), undefined, {
      origin: 'https://x.example',
      baseUrl: '/',
    });
    expect(JSON.stringify(head.jsonLd)).not.toContain('Unknown publication');
    expect(head.description).not.toContain('Unknown publication');
    expect(head.jsonLd).not.toHaveProperty('publisher');
  });
});
