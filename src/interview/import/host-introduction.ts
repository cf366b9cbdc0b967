import { NAME, isJobTitle, isNotAPerson, withoutTitles } from './names';

// A podcast host's introduction in the unlabelled welcome: "I'm Owen Pryce from Castwave, and
// today on the program I have Nate Okafor, the co-founder of …". Without labels the turns name
// no one, and the first capitalised words of the welcome are the show's ("Ship Your SaaS").

// The host, naming themself: "I'm NAME from …", "I am NAME, and …", "my name is NAME".
const HOST = new RegExp(
  `(?:\\bI[’']m|\\bI am|\\b[Mm]y name is)\\s+(${NAME})(?=,|\\s+(?:from|of|and|here|with)\\b)`,
  'u',
);
// The guest the host introduces: "today on the program(,) I have NAME", "my guest (today) is
// NAME", "I'm joined (today) by NAME", "joining me (today) is NAME".
const GUEST = new RegExp(
  `(?:\\bon the (?:program|programme|show|podcast),?\\s+(?:I|we) have|\\bmy guest (?:today |this week )?is|\\bI[’']m joined (?:today |this week )?by|\\b[Jj]oining me (?:today |this week )?is)\\s+(${NAME})`,
  'u',
);

const person = (found: string | undefined) =>
  found !== undefined && !isJobTitle(found) && !isNotAPerson(found)
    ? withoutTitles(found)
    : undefined;

/** The host who names themself in the intro, as they are the one who asks. */
export function introducedHost(intro: string): string | undefined {
  return person(HOST.exec(intro)?.[1]);
}

/** The guest the host introduces in the intro. */
export function introducedGuest(intro: string): string | undefined {
  return person(GUEST.exec(intro)?.[1]);
}
