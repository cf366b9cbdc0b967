import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Session 30 (cli): misreads found running the command line on real pages, each rule with a near
// miss of ordinary text it must leave as it is.

describe("a podcast page's availability and subscribe lines", () => {
  const page = (lines: string) => `Talking shop with Mara Quist

${lines}

Interviewer: How did the shop start?

Mara Quist: In my garage, with one sewing machine and a borrowed table.

Interviewer: And now?

Mara Quist: Twelve people and a building that used to be a bank. Spotify is on all day in the workroom.`;

  it('drops them as page furniture, never interview text', () => {
    const lines = [
      'This podcast interview is available on iTunes, Stitcher and wherever you listen.',
      // Its links run together, as copied from the page.
      'This podcast interview is available on iTunesStitcherPlayer FM and right here:',
      'Subscribe on Spotify',
      'Listen on Apple Podcasts',
    ];
    const { interview, dropped } = importOk(page(lines.join('\n\n')));
    expect(dropped).toEqual(expect.arrayContaining(lines));
    expect(interview.intro.join(' ')).not.toMatch(/iTunes|Spotify|Apple/u);
    expect(questions(interview)).toHaveLength(2);
  });

  it('keeps a sentence of the intro that names an app among its words', () => {
    const intro =
      'Mara Quist listens to Spotify while she sews, and told us why on the shop floor.';
    const { interview } = importOk(page(intro));
    expect(interview.intro).toContain(intro);
    expect(answers(interview).at(-1)).toContain('Spotify is on all day');
  });
});

describe("a series number before a headline: 'Interview #138: …'", () => {
  const page = (headline: string) => `${headline}

Lena Hart builds wooden boats in a barn on the coast.

Q: When did you build your first boat?

A: At fifteen, from a kit my uncle never finished.

Q: What wood do you like best?

A: Larch. It bends without complaint.`;

  it('is left out of the title, the rest kept', () => {
    for (const headline of [
      'Interview #138: Lena Hart on Building Small Boats',
      'Podcast Episode #12 – Lena Hart on Building Small Boats',
    ]) {
      expect(importOk(page(headline)).interview.title).toBe('Lena Hart on Building Small Boats');
    }
  });

  it('keeps a headline whose number or hashtag is part of it', () => {
    for (const headline of [
      'Room 101: Lena Hart on the boats she would sink',
      'Lena Hart on boat #138: the one that floated',
    ]) {
      expect(importOk(page(headline)).interview.title).toBe(headline);
    }
  });
});

describe('turns run together on one line: "CityBeat: …? Dana Frost: … CityBeat: …?"', () => {
  const page = `Q&A: Muralist Dana Frost on Painting the West End

Dana Frost has painted more than forty walls across the city. We talked with her before her new mural opens on Saturday.

CityBeat: How did you start painting walls? Dana Frost: A friend needed help with a bakery sign in 2009, and I never stopped. CityBeat: What makes a wall good for a mural? Frost: Light in the afternoon and people who walk past it every day.

CityBeat: Is there a wall you still want? Frost: The old water tower. I ask every year and every year they say no.

CityBeat: What is the new mural about? Frost: The neighbors who kept the block going when the factory closed. Their faces are on it.`;

  it('splits before each label that comes back, so each question has its answer', () => {
    const { interview } = importOk(page);
    expect(questions(interview).map((q) => q.join(' '))).toEqual([
      'How did you start painting walls?',
      'What makes a wall good for a mural?',
      'Is there a wall you still want?',
      'What is the new mural about?',
    ]);
    expect(answers(interview)[0]).toBe(
      'A friend needed help with a bakery sign in 2009, and I never stopped.',
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Dana Frost']);
  });

  it('leaves a label-like word inside an answer alone where it does not come back', () => {
    const text = `${page}\n\nCityBeat: Anything else? Frost: One thing. Warning: the paint is still wet.`;
    const { interview } = importOk(text);
    expect(answers(interview).at(-1)).toBe('One thing. Warning: the paint is still wet.');
  });
});

describe('two guests labelled by full names, whose first exchange has short replies', () => {
  const page = (
    opening: string,
    first: string,
    second: string,
  ) => `Feature flags at scale: a conversation with Edith Harbaugh and John Kodumal

In this episode, host Dawn Parzych talks with the company's two founders about how it began.

Dawn Parzych: ${opening}

Edith Harbaugh: ${first}

John Kodumal: ${second}

Dawn Parzych: How did the two of you meet?

Edith Harbaugh: We met at a startup in 2008. John was the engineer everyone went to with hard questions.

Dawn Parzych: Where did the idea for feature flags come from?

John Kodumal: At Atlassian we built our own flag system, and it was the thing everyone wanted to keep.`;

  it('reads it as the first question, not the intro', () => {
    const { interview } = importOk(
      page(
        "Let's start with the year you founded the company.",
        'That was 2014, in a tiny office in Oakland.',
        'With two desks and one plant.',
      ),
    );
    expect(questions(interview)[0]).toEqual(["Let's start with the year you founded the company."]);
    expect(interview.intro.join(' ')).not.toContain('2014');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual([
      'Edith Harbaugh',
      'John Kodumal',
    ]);
  });

  it('still leaves a welcome answered by thanks in the intro', () => {
    const { interview } = importOk(
      page('Welcome to the show, Edith and John.', 'Thanks for having us.', 'Glad to be here.'),
    );
    expect(questions(interview)[0]).toEqual(['How did the two of you meet?']);
  });
});

describe('a note on a question left unanswered, on a line run on into several paragraphs', () => {
  it('quotes the first words of the question, so the page can lead to its card', () => {
    const text = `A word with the mayor

Q: What comes first this year?

A: The bridge.

Q: Will taxes rise? A: Not this year. Q: And the depot? A: Sold. Q: And after the bridge, what will the council do with the old depot on Mill Street?`;
    const { report } = importOk(text);
    expect(report.warnings).toContain(
      'line 7: a question has no answer ("And after the bridge, what will the…"); it is the last, kept at the end of the answer before it',
    );
  });
});

describe('a podcast transcript naming each speaker in full once, then by first name', () => {
  // The shape of LaunchDarkly's "To Be Continuous" transcripts: two hosts, two guests.
  const page = `In episode 12 of Ship It Weekly, Nora and Sam are joined by Ruth Okafor, CEO of Tidepool, and Leo Brandt, CTO of Lanternfish.

ABOUT THE GUESTS

Ruth Okafor is co-founder and CEO of Tidepool.

TRANSCRIPT

Nora Whitfield: What made you decide to start a company?

Ruth Okafor: My first startup was with five friends from college. It went about as well as you would expect, but it convinced me to try again.

Nora: Now would be a good time to introduce yourself.

Ruth: I am Ruth Okafor, and I run Tidepool with Sam.

Nora: Leo, what made you decide to start one?

Leo Brandt: Nora and I met at a dinner in 2007. We knew then that we would build something together.

Nora: And the timing?

Leo: It took a few years to line up, but we knew it was coming.`;

  it('reads the first exchange as the first question, each full name the same speaker', () => {
    const { interview } = importOk(page);
    expect(questions(interview)[0]).toEqual(['What made you decide to start a company?']);
    expect(interview.intro.join(' ')).not.toContain('five friends');
    expect(answers(interview)[0]).toMatch(/^My first startup/u);
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Nora Whitfield']);
  });

  it("drops the transcript's own heading, 'TRANSCRIPT' or 'Episode Transcript'", () => {
    for (const heading of ['TRANSCRIPT', 'Episode Transcript', 'Transcript:']) {
      const { interview, dropped } = importOk(page.replace('TRANSCRIPT', heading));
      expect(dropped).toContain(heading);
      expect(interview.sections.map((s) => s.heading)).not.toContain(heading);
    }
  });
});

describe("a site's name over its menu, over the headline", () => {
  const page = (top: string, menu: string) => `${top}

${menu}

Brief Interview with Noah Hurowitz

Noah Hurowitz is a reporter at a city news site. He reads at our series on Thursday.

How has the union drive been for you?

It’s been really exciting, after a rough few months of layoffs.

What do you think is going to be the song of the summer?

Something with a lot of bass.

What can people expect from your reading?

Probably a lot of blushing on my part.`;

  it('is furniture: the headline titles the page', () => {
    const { interview, dropped } = importOk(page('Ryan Sartor', 'Home About Readings Contact'));
    expect(interview.title).toBe('Brief Interview with Noah Hurowitz');
    expect(dropped).toContain('Ryan Sartor');
  });

  it('stays the headline over sharing buttons', () => {
    const { interview } = importOk(page('Reading Nights Return', 'Facebook Twitter Email'));
    expect(interview.title).toBe('Reading Nights Return');
  });
});

describe("a headline naming a place, then the guest's role and name", () => {
  const page = (
    lead: string,
  ) => `Interview #18: Hot Springs, SD City Administrator Nolan Schroeder (with podcast)

${lead}

Q: How long have you held the job?

A: Four years, since I finished school.

Q: What is the council's biggest project?

A: The new water main under Main Street.`;

  it('names the guest the lead opens on, not the place', () => {
    const { interview } = importOk(
      page('Nolan Schroeder is younger than most city managers. We talked about the council.'),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Nolan Schroeder']);
  });

  it('keeps "Name, role" where the lead opens on no name the headline gives', () => {
    const text = `Dana Frost, muralist and teacher\n\nThe mural opens on Saturday.\n\nQ: Why walls?\n\nA: They stay.\n\nQ: Why here?\n\nA: My street.`;
    expect(importOk(text).interview.people.interviewees.map((p) => p.name)).toEqual(['Dana Frost']);
  });
});
