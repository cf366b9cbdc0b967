import { describe, expect, it } from 'vitest';
import { importOk, questions } from '../support/import-outcome';

// A blog post copied whole from the browser: the blog's name (and tagline) over its menu, then the
// post's own title. Users' pastes from WordPress and Substack took the blog's name for the headline.

const wordpress = [
  'Skip to content',
  'Life By The Books',
  'Reading, writing and talking about both',
  'Home',
  'About',
  'Author Interviews',
  'Reviews',
  'Contact',
  'Archive | Author Q & A RSS for this section',
  'An Interview with Margaret Ellery',
  'Posted on March 3, 2024 by Jen',
  "Margaret Ellery's debut novel, The Salt Orchard, came out last month, and she kindly agreed to answer a few questions for the blog.",
  'What made you want to write about the orchard?',
  'My grandmother had one on the coast, and the trees grew crooked from the wind. I always thought they looked like they were listening.',
  'How long did the book take you?',
  'Seven years, on and off. The first draft was terrible, and the second was worse.',
  'Who are you reading at the moment?',
  "I'm rereading Marilynne Robinson, slowly, a page or two at night.",
  'Tags: author interview, debut, The Salt Orchard',
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  'Comment',
  'Name *',
  'Email *',
  'Website',
  'Archives',
  'March 2024',
  'February 2024',
  'Categories',
  'Author Interviews',
  'Reviews',
];

describe("a blog's name over its menu", () => {
  it("is no headline: WordPress's post title under the menu is (one line a paragraph)", () => {
    const { interview, dropped } = importOk(wordpress.join('\n\n'));
    expect(interview.title).toBe('An Interview with Margaret Ellery');
    expect(interview.intro).toEqual([wordpress[11]]);
    expect(dropped).toEqual(
      expect.arrayContaining([
        'Life By The Books',
        'Reading, writing and talking about both',
        'About',
        'Author Interviews',
        'Contact',
        'Archive | Author Q & A RSS for this section',
      ]),
    );
    expect(questions(interview)).toHaveLength(3);
  });

  it('is no headline without blank lines either', () => {
    const { interview } = importOk(wordpress.join('\n'));
    expect(interview.title).toBe('An Interview with Margaret Ellery');
    expect(interview.intro).toEqual([wordpress[11]]);
  });

  it("is no headline over a newsletter's sign-in links (Substack)", () => {
    const { interview, dropped } = importOk(
      [
        'The Quiet Shelf',
        'Subscribe',
        'Sign in',
        'Ten Questions for Tomas Riedl',
        'The translator on Czech poetry, night trains and the word he could never get right',
        'Anna Kowal',
        'Mar 3, 2024',
        'Tomas Riedl has translated eleven books from Czech, most recently a selected Holan. We spoke by email.',
        'What drew you to Holan?',
        'His silence. He writes as if every word cost him a week of his life.',
        'Which word could you never get right?',
        'Litost. Everyone tries, and everyone fails, and I failed better than some.',
      ].join('\n\n'),
    );
    expect(interview.title).toBe('Ten Questions for Tomas Riedl');
    expect(dropped).toContain('The Quiet Shelf');
  });

  it('leaves a headline over a share row and a deck as the headline (near miss)', () => {
    const { interview } = importOk(
      [
        'Margaret Ellery Talks Orchards',
        'Share',
        'Tweet',
        'The Novelist On Wind And Patience',
        "Margaret Ellery's debut novel came out last month.",
        'What made you want to write about the orchard?',
        'My grandmother had one on the coast.',
        'How long did the book take you?',
        'Seven years, on and off.',
      ].join('\n\n'),
    );
    expect(interview.title).toBe('Margaret Ellery Talks Orchards');
    expect(interview.intro[0]).toBe('The Novelist On Wind And Patience');
  });

  it("keeps a post's own headline over a subscribe button and a subheading (near miss)", () => {
    const { interview, dropped } = importOk(
      [
        'What I Learned Translating Holan for Ten Years',
        'Notes from a long job',
        'Subscribe',
        'The First Book',
        'Tomas Riedl has translated eleven books from Czech. We spoke by email.',
        'What drew you to Holan?',
        'His silence. He writes as if every word cost him a week of his life.',
        'Which word could you never get right?',
        'Litost. Everyone tries, and everyone fails.',
      ].join('\n\n'),
    );
    expect(interview.title).toBe('What I Learned Translating Holan for Ten Years');
    expect(dropped).toEqual(['Subscribe']);
  });

  it('keeps short answers that name menu words after a question (near miss)', () => {
    const { interview } = importOk(
      [
        'Quick Fire With Ana Ruiz',
        'What do you listen to on the train?',
        'Podcasts',
        'What do you read first in a paper?',
        'News',
        'Which page of a website do you never open?',
        'About',
        'Last word?',
        'Contact',
      ].join('\n\n'),
    );
    expect(questions(interview)).toHaveLength(4);
    expect(interview.sections.flatMap((s) => s.questions.map((q) => q.answer[0]))).toEqual([
      'Podcasts',
      'News',
      'About',
      'Contact',
    ]);
  });
});
