import { describe, expect, it } from 'vitest';
import { answers, importOk } from '../support/import-outcome';

// Session 30 (lead): leftovers of session 29's end review, each rule with a near miss.

// "Hon" is a Cantonese surname as well as a minister's "The Hon": only after "The" or "Rt", or
// written "Hon.", is it a title to leave out of a name.
const profile = (guest: string) => `Interview with ${guest}
Hong Kong, 3 May 2024

Q: What brought you back to the harbour?

A: My grandmother ran a ferry kiosk here, and I wanted to paint the boats she sold tickets for.

Q: What comes next?

A: An exhibition in Kowloon in the autumn, with the ferry company's old posters beside my work.`;

describe("'Hon' before a name", () => {
  it('is kept when it is the surname (Hon Kwok Wing)', () => {
    const { interview } = importOk(profile('Hon Kwok Wing'));
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Hon Kwok Wing']);
  });

  it("is left out after 'The' (The Hon Julie Collins)", () => {
    const { interview } = importOk(profile('The Hon Julie Collins'));
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Julie Collins']);
  });
});

describe("a dateline's place before the guest's name", () => {
  it('is no one: the name the headline gives is the guest', () => {
    const { interview } = importOk(profile('Mei Ling Chan'));
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Mei Ling Chan']);
  });

  it("a name and a role after its comma still name the guest: 'Mei Ling Chan, painter'", () => {
    const text = profile('a painter').replace('Hong Kong, 3 May 2024', 'Mei Ling Chan, painter');
    expect(importOk(text).interview.people.interviewees.map((p) => p.name)).toEqual([
      'Mei Ling Chan',
    ]);
  });
});

// A site's menu of one item a line may hold "Interview" (a section of the site); a post may also
// be headed by that one word.
const menuPage = (items: string) => `Harbour Notes
${items}
A painter of ferries

Q: What brought you back to the harbour?

A: My grandmother ran a ferry kiosk here, and I wanted to paint the boats she sold tickets for.

Q: What comes next?

A: An exhibition in Kowloon in the autumn, with the ferry company's old posters beside my work.`;

describe("a menu item 'Interview'", () => {
  it('is part of the menu when a menu word follows it', () => {
    const { interview, report } = importOk(menuPage('Home\nInterview\nReviews\nContact'));
    expect(interview.title).toBe('A painter of ferries');
    expect(report.dropped.map((d) => d.text)).toEqual(
      expect.arrayContaining(['Home', 'Interview', 'Reviews', 'Contact']),
    );
  });

  it("is the post's headline when no menu word follows it", () => {
    const text = menuPage('Home\nNews\nInterview').replace('A painter of ferries\n', '');
    expect(importOk(text).interview.title).toBe('Interview');
  });
});

// German papers and broadcasters credit the interviewer after the last answer.
const credited = (credit: string) => `Interview mit dem Stadtradio
Datum 14. Dezember 2024

Wie war das Jahr für den Hafen?

Gut. Wir haben mehr Schiffe gesehen als je zuvor, und die neuen Kräne laufen.

Was wünschen Sie sich für das neue Jahr?

Dass die Fähre wieder jede Stunde fährt.

${credit}

Seite teilen`;

describe('a closing credit naming the interviewer', () => {
  it("'Die Fragen stellte …' names the interviewer and is no part of the last answer", () => {
    const { interview } = importOk(credited('Die Fragen stellte Evi Seibert.'));
    expect(answers(interview).at(-1)).toBe('Dass die Fähre wieder jede Stunde fährt.');
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Evi Seibert']);
  });

  it("'Das Gespräch führten A und B.' leaves the last answer; both are the byline", () => {
    const { interview } = importOk(credited('Das Gespräch führten Anna Roth und Jan Weber.'));
    expect(answers(interview).at(-1)).toBe('Dass die Fähre wieder jede Stunde fährt.');
    expect(interview.byline?.map((a) => a.name)).toEqual(['Anna Roth', 'Jan Weber']);
  });

  it('a last answer that says who asked the questions stays the answer', () => {
    const text = credited('Die Fragen stellte mir meine Tochter, und sie waren gut.');
    expect(answers(importOk(text).interview).at(-1)).toContain('Die Fragen stellte mir');
  });
});
