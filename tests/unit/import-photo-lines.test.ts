import { describe, expect, it } from 'vitest';
import { importOk } from '../support/import-outcome';

// Found by session 27's outside review on a Blogger Q&A: an image's file name
// with a dot inside and the photo's caption under it.
const article = [
  'Fünf Fragen an unsere Fotografin',
  'Wie bist du zur Fotografie gekommen?',
  'Mit der alten Kamera meines Vaters.',
  '54c672b4433cd.image.jpg',
  'Die Fotografin bei der Arbeit im Hafen. Foto: privat',
  'Was fotografierst du am liebsten?',
  'Menschen bei der Arbeit.',
].join('\n\n');

describe('a photo between two questions: its file name and its caption', () => {
  it('drop a file name with dots inside, and the caption heads no section', () => {
    const { interview, dropped } = importOk(article);
    expect(dropped).toEqual(['54c672b4433cd.image.jpg']);
    expect(interview.sections.map((s) => s.heading)).not.toContain(
      'Die Fotografin bei der Arbeit im Hafen. Foto: privat',
    );
    const questions = interview.sections.flatMap((s) => s.questions);
    expect(questions.map((q) => q.question.join(' '))).toEqual([
      'Wie bist du zur Fotografie gekommen?',
      'Was fotografierst du am liebsten?',
    ]);
    // The caption's words are kept (with the answer before it), not lost.
    expect(questions[0]?.answer.join(' ')).toContain('Die Fotografin bei der Arbeit im Hafen.');
  });

  it('a heading that opens with a photo word and has no caption before it stays a heading (near miss)', () => {
    const { interview } = importOk(
      [
        'Fünf Fragen an unsere Fotografin',
        'Wie bist du zur Fotografie gekommen?',
        'Mit der alten Kamera meines Vaters.',
        'Photo: the early years',
        'Was fotografierst du am liebsten?',
        'Menschen bei der Arbeit.',
      ].join('\n\n'),
    );
    expect(interview.sections.map((s) => s.heading)).toContain('Photo: the early years');
  });
});
