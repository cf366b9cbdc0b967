import { facetKey } from './facets';
import { UNNAMED_INTERVIEWER } from './placeholders';
import type { Interview } from './schema';

// A role for a name, as a press conference's transcript labels those who ask: "Moderator",
// "Reporter 2", "Host". It names nobody to cite.
const ROLE_ONLY = /^(?:moderator|host|presenter|reporter|journalist|chair)(?: \d{1,2})?$/iu;

/**
 * Who wrote the article: the byline, else the named interviewers (not the publication itself,
 * nor the importer's "Interviewer" or a role alone, which name nobody: a citation then starts
 * with the title).
 */
export function articleAuthors(interview: Interview): string[] {
  const byline = (interview.byline ?? []).map((author) => author.name);
  if (byline.length > 0) return byline;
  return interview.people.interviewers
    .map((person) => person.name)
    .filter(
      (name) =>
        name !== interview.source.publication &&
        facetKey(name) !== facetKey(UNNAMED_INTERVIEWER) &&
        !ROLE_ONLY.test(name),
    );
}
