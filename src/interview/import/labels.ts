import { UNNAMED_INTERVIEWEE } from '../placeholders';
import { slugify, type Romanize } from '../slug';
import type { Draft, DraftPerson } from './draft';
import { labelWords } from './syllable-words';

// What the importer names an interview and its sections by. Apart from the
// builder (build-interview.ts), which checks the interview with its schema:
// the importer, which runs in a worker of its own on the Add page, needs
// these and none of the schema's code.

/** The short topic label of a heading: "Trade and Economic Prospects in Central Asia" → "Trade". */
export function shortLabel(heading: string): string {
  // A heading that asks is labelled by its topic: "What Is the Fourth Age?" → "Fourth Age".
  // (The topic opens past the blanks, and the topic's end is looked for from a run of blanks' start
  // only: a heading typed on the Add page with a run of thousands of blanks is labelled at once.)
  const asked = /^(?:what|why|how|who)\s+(?:is|are|was|were)\s+(\S.*|\s)\?$/iu.exec(heading)?.[1];
  const core = (asked ?? heading).replace(/^(?:on|about|the|a|an)\s+/iu, '');
  const first = core.split(/(?<!\s)(?:\s+(?:and|&|vs\.?|versus)\s+|\s*[:–—]\s+)|,\s+/u)[0] ?? core;
  const words = first.split(/\s+/);
  const label = labelWords(words).join(' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * A URL-safe id for an interview: its interviewee and year, or its title, or
 * "interview" and its year (a name in a script `romanize` cannot write leaves
 * only the year, and a bare number names nothing; nor does "interview-with").
 */
export function interviewIdFor(
  intervieweeName: string,
  published: string | undefined,
  title: string,
  romanize?: Romanize,
): string {
  const year = published?.slice(0, 4) ?? '';
  const byName =
    slugify(intervieweeName, 8, romanize) && slugify(`${intervieweeName} ${year}`, 8, romanize);
  const byTitle = slugify(title, 8, romanize);
  // The title the importer gives an untitled text, "Interview with 森川", names nothing either.
  const generic = /^interview(?:-with)?$/.test(byTitle);
  return byName || (byTitle && !generic ? byTitle : slugify(`interview ${year}`));
}

/**
 * The draft's id: while it is the one suggested, made from the guest's name, title and year as
 * they are now (named in the editor, the guest was left out of an id made before), else the id
 * as it was given or edited by hand.
 */
export function draftId(draft: Pick<Draft, 'meta' | 'people'>, romanize?: Romanize): string {
  return draft.meta.idSuggested ? interviewIdOf(draft, romanize) : draft.meta.id;
}

/** The interviewee's name, unless the text gave none (people.ts then says "Interviewee"). */
export function intervieweeName(people: readonly DraftPerson[]): string | undefined {
  const interviewee = people.find((p) => p.side === 'interviewee');
  return interviewee && interviewee.name !== UNNAMED_INTERVIEWEE ? interviewee.name : undefined;
}

/**
 * The id the importer gives a draft (readArticle), made again from the draft
 * with `romanize`: the Add page reads a text in a worker without the
 * romanizer (the page has its own, for the editor's ids), and gives a draft
 * whose name or title is in another script its id in Latin letters after.
 */
export function interviewIdOf(draft: Pick<Draft, 'meta' | 'people'>, romanize?: Romanize): string {
  return interviewIdFor(
    intervieweeName(draft.people) ?? '',
    draft.meta.published,
    draft.meta.title,
    romanize,
  );
}
