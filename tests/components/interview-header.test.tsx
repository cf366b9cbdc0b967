import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InterviewHeader } from '../../src/features/reader/components/interview-header';
import { seedInterview } from '../support/seed';

const everySection = seedInterview().sections.map((section) => section.id);
const shown = () => true;

describe('the interview header', () => {
  it('gives the reading time of what is shown: its sections, less the answers hidden', () => {
    const interview = seedInterview();
    const { rerender } = render(
      <InterviewHeader interview={interview} sectionIds={everySection} answerShown={shown} />,
    );
    expect(screen.getByText(/min read/).textContent).toBe(' · 6 min read');
    // Discussion mode, every answer hidden: the questions and the intro.
    rerender(
      <InterviewHeader interview={interview} sectionIds={everySection} answerShown={() => false} />,
    );
    expect(screen.getByText(/min read/).textContent).toBe(' · 1 min read');
    // A lesson of two sections.
    rerender(
      <InterviewHeader
        interview={interview}
        sectionIds={['energy', 'peace']}
        answerShown={shown}
      />,
    );
    expect(screen.getByText(/min read/).textContent).toBe(' · 3 min read');
  });

  it('shows no caption without a photo', () => {
    const interview = seedInterview();
    expect(interview.image?.caption).toBeTruthy();
    render(<InterviewHeader interview={interview} sectionIds={everySection} answerShown={shown} />);
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.queryByText(/Photo:/)).toBeNull();
    expect(screen.queryByText(interview.image?.caption ?? '')).toBeNull();
  });

  it('shows the photo with its alt text, caption and credit, keeping its shape', () => {
    const interview = {
      ...seedInterview(),
      image: {
        src: 'images/maiko.jpg',
        alt: 'Viktor Maiko speaking at a lectern',
        width: 1200,
        height: 800,
        caption: 'Viktor Maiko in Astana',
        credit: 'TCA',
      },
    };
    render(<InterviewHeader interview={interview} sectionIds={everySection} answerShown={shown} />);
    const photo = screen.getByRole('img', { name: 'Viktor Maiko speaking at a lectern' });
    expect(photo.getAttribute('src')).toBe('/interviews/images/maiko.jpg');
    expect(photo.getAttribute('width')).toBe('1200');
    expect(screen.getByRole('figure')).toHaveProperty(
      'textContent',
      'Viktor Maiko in Astana Photo: TCA',
    );
  });

  it('loads an https photo from its address', () => {
    const interview = {
      ...seedInterview(),
      image: { src: 'https://example.org/a.webp', alt: 'A photo', caption: 'A caption' },
    };
    render(<InterviewHeader interview={interview} sectionIds={everySection} answerShown={shown} />);
    expect(screen.getByRole('img', { name: 'A photo' }).getAttribute('src')).toBe(
      'https://example.org/a.webp',
    );
  });
});
