import { describe, expect, it } from 'vitest';
import { answers, importOk } from '../support/import-outcome';

// Session 26: misreads users hit (session 25's outside check and earlier), each with a near miss
// of ordinary text the rule must leave as it is.

// A Blogger post reposting a trade magazine's interview: the intro says who asked ("Novelist Hanna
// Osei talked to Donna Chavez at Publishers Weekly"), the post ends with the links back.
const blogger = [
  'Between the Lines',
  'Notes on books and the people who write them',
  'Monday, March 4, 2019',
  'Hanna Osei on The Night Ferry',
  'Novelist Hanna Osei talked to Donna Chavez at Publishers Weekly about her new book, The Night Ferry.',
  'What drew you to the ferry?',
  'I grew up taking it every summer. It was the only place my family ever stopped arguing.',
  'How long did the book take?',
  'Five years, with two false starts.',
  'Read the full interview.',
  "Visit Hanna Osei's website.",
  'Posted by Deborah Kalb at 5:12 AM',
  'No comments:',
  'Post a Comment',
  'Newer Post Older Post Home',
  'Subscribe to: Post Comments (Atom)',
];

describe('a repost whose intro names who asked (Blogger)', () => {
  it("credits the answers to the guest, not to the magazine's interviewer", () => {
    const { interview } = importOk(blogger.join('\n'));
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Hanna Osei']);
  });

  it('still takes the one spoken with where the page names no one else', () => {
    const { interview } = importOk(
      [
        'Energy in the north',
        'Our reporter Jane Doe talked to Omar Reyes at the Fairbanks plant about the winter.',
        'How cold does it get?',
        'Cold enough that the pipes sing.',
        'What do you do then?',
        'We keep the heat on and hope.',
      ].join('\n'),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Omar Reyes']);
  });

  it('keeps a guest named with his firm ("talked to NAME at Acme") where the asker is not named again', () => {
    const { interview } = importOk(
      [
        'The future of retail',
        'Jane Doe talked to Omar Reyes at Acme Stores about the year ahead.',
        'How was Christmas?',
        'Better than we feared. Omar Reyes is not a man who fears much, my team says.',
        'And next year?',
        'Steady.',
      ].join('\n'),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Omar Reyes']);
  });

  it("drops the repost's links back after the last answer", () => {
    const { interview, dropped } = importOk(blogger.join('\n'));
    expect(answers(interview).at(-1)).toBe('Five years, with two false starts.');
    expect(dropped).toEqual(
      expect.arrayContaining(['Read the full interview.', "Visit Hanna Osei's website."]),
    );
  });

  it('keeps such words inside an answer, and an answer that is only them', () => {
    const { interview } = importOk(
      [
        'Ten questions for a web designer',
        'Where can people see your work?',
        "Visit Hanna Osei's website.",
        'What do you tell clients first?',
        'Read the full brief. Then visit the website of every rival.',
        'Visit the museum website and you will see why.',
      ].join('\n'),
    );
    expect(answers(interview)).toEqual([
      "Visit Hanna Osei's website.",
      'Read the full brief. Then visit the website of every rival.',
      'Visit the museum website and you will see why.',
    ]);
  });

  it('keeps such a line as the last answer, after its question', () => {
    const { interview } = importOk(
      [
        'Five questions for a web designer',
        'What do you do?',
        'I build sites for bakeries.',
        'Where can people see your work?',
        'Visit her website.',
      ].join('\n'),
    );
    expect(answers(interview).at(-1)).toBe('Visit her website.');
  });
});

// A city's transcript of a radio appearance (NYC.gov): the guest's full label once, then a title.
const radio = [
  'Transcript: Mayor de Blasio Appears Live on Hot 97',
  'November 3, 2017',
  'Rosenberg: Ladies and gentlemen, the Mayor of New York City, Bill de Blasio. Welcome back, Mr. Mayor.',
  'Mayor Bill de Blasio: Pleasure.',
  'Rosenberg: This mayoral race that we are watching, these debates – why does it feel like wrestling?',
  "Mayor: They are two Trump supporters who don't fit New York City.",
  'Stylez: What are you doing about the subway this winter?',
  'Mayor: We are putting more money into the subway than any administration before us.',
  'Rosenberg: Mayor, thanks for coming on.',
  'Mayor: Thank you, guys.',
];

describe("a transcript's full label once, then its first word", () => {
  it('is one speaker: "Mayor Bill de Blasio:" then "Mayor:"', () => {
    const { interview } = importOk(radio.join('\n\n'));
    const all = interview.sections.flatMap((s) => s.questions);
    expect(all.flatMap((q) => q.question).join(' ')).not.toContain('Pleasure');
    expect(all.flatMap((q) => q.answer)).toContain('Pleasure.');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Bill de Blasio']);
  });

  it('leaves two people of one title apart ("Senator Jane Doe:", "Senator John Roe:")', () => {
    const { interview } = importOk(
      [
        'Senators on the bridge',
        'Host: Senator, what happens next?',
        'Senator Jane Doe: We vote on Tuesday.',
        'Host: And you, Senator?',
        'Senator John Roe: I vote no.',
        'Host: Why?',
        'Senator: The money is not there.',
        'Host: Will it pass?',
        'Senator: We will see.',
      ].join('\n\n'),
    );
    expect(answers(interview)).toContain('Senator Jane Doe: We vote on Tuesday.');
  });
});

// A site's name over the headline: a city's domain name, a blog's name and tagline over a date
// line (Blogger without a menu), Medium's author line with its "Follow".
describe("a site's name and an author's follow button above the headline", () => {
  it('is no headline: a domain name alone on the first line, "Secondary Navigation"', () => {
    const { interview, dropped } = importOk(
      radio.join('\n\n').replace(/^/u, 'NYC.gov\n\nSecondary Navigation\n\n'),
    );
    expect(interview.title).toBe(radio[0]);
    expect(dropped).toEqual(expect.arrayContaining(['NYC.gov', 'Secondary Navigation']));
  });

  // Session 27: with Blogger's footer, as a page pasted whole has it (a news page sets its
  // headline and standfirst over its date line too).
  it("is no headline: a blog's name and tagline over a date line and the post's title", () => {
    const { interview } = importOk(
      [
        'Between the Lines',
        'Notes on books and the people who write them',
        'Monday, March 4, 2019',
        'Q&A with Hanna Osei',
        'Hanna Osei is the author of the new novel The Night Ferry. She lives in Providence.',
        'Q: What drew you to the ferry?',
        'A: I grew up taking it every summer.',
        'Q: How long did the book take?',
        'A: Five years, with two false starts.',
        'Posted by Deborah Kalb at 5:12 AM',
        'Newer Post Older Post Home',
        'Subscribe to: Post Comments (Atom)',
      ].join('\n'),
    );
    expect(interview.title).toBe('Q&A with Hanna Osei');
  });

  it("keeps a news page's short headline over its standfirst and date", () => {
    const { interview } = importOk(
      [
        'Winter Is Coming',
        'The grid operator on the cold months ahead',
        '4 March 2019',
        'Omar Reyes runs the northern grid. We asked him about the winter.',
        'Q: How cold does it get?',
        'A: Cold enough that the pipes sing.',
        'Q: What do you do then?',
        'A: We keep the heat on.',
      ].join('\n'),
    );
    expect(interview.title).toBe('Winter Is Coming');
  });

  it("makes Medium's author line a byline and drops its Follow", () => {
    const { interview, dropped } = importOk(
      [
        'An Interview with Priya Natarajan',
        'The composer on silence, software and her first opera',
        'Tom Ashby',
        'Follow',
        '6 min read',
        '·',
        'Mar 3, 2024',
        "Priya Natarajan's first opera opens in Leeds next month. We spoke over video.",
        'Why an opera?',
        'Because nobody asked me to write one, and I wanted to find out why.',
        'What surprised you?',
        'How much of it is waiting.',
      ].join('\n'),
    );
    expect(interview.intro).not.toContain('Follow');
    expect(interview.intro).not.toContain('Tom Ashby');
    expect(dropped).toContain('Follow');
  });

  it('keeps "Follow" answering a question', () => {
    const { interview } = importOk(
      [
        'Three words for new coaches',
        'Lead or follow?',
        'Follow',
        'And then?',
        'Lead, when they trust you.',
      ].join('\n'),
    );
    expect(answers(interview)[0]).toBe('Follow');
  });
});
