import { facetKey } from './facets';
import { UNNAMED_INTERVIEWER } from './placeholders';
import type { Interview } from './schema';

/**
 * Who wrote the article: the byline, else the named interviewers (not the publication itself,
 * nor the importer's "Interviewer", which names nobody: a citation then starts with the title).
 */
export function articleAuthors(interview: Interview): string[] {
  const byline = (interview.byline ?? []).map((author) => author.name);
  if (byline.length > 0) return byline;
  return interview.people.interviewers
    .map((person) => person.name)
    .filter(
      (name) =>
        name !== interview.source.publication && facetKey(name) !== facetKey(UNNAMED_INTERVIEWER),
    );
}
