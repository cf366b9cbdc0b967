import { render, screen, within } from '@testing-library/react';
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

describe('the lines under the title', () => {
  // The importer titles an article without a headline "Interview with NAME" (a press
  // conference, a questionnaire): the line under it said the same again, on screen and on paper.
  it('do not say "Interview with …" again when the title says just that', () => {
    const seed = seedInterview();
    const guest = { ...seed.people.interviewees[0]!, name: 'Mourinho', role: undefined };
    const interview = {
      ...seed,
      title: 'Interview with Mourinho',
      people: { ...seed.people, interviewees: [guest] },
    };
    const { container } = render(
      <InterviewHeader interview={interview} sectionIds={everySection} answerShown={shown} />,
    );
    expect(within(container).getAllByText(/Interview with/)).toHaveLength(1);
    expect(
      within(container).getByRole('heading', { level: 1, name: 'Interview with Mourinho' }),
    ).toBeTruthy();
  });

  it('still name the guest under a title that names them among other words', () => {
    const seed = seedInterview();
    const guest = {
      ...seed.people.interviewees[0]!,
      name: 'Mourinho',
      role: 'Manchester United manager',
    };
    const interview = {
      ...seed,
      title: 'Interview with Mourinho after the derby',
      people: { ...seed.people, interviewees: [guest] },
    };
    const { container } = render(
      <InterviewHeader interview={interview} sectionIds={everySection} answerShown={shown} />,
    );
    expect(within(container).getByText(/Interview with/, { selector: 'p' }).textContent).toBe(
      'Interview with Mourinho, Manchester United manager',
    );
  });
});
