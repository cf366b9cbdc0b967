import { describe, expect, it } from 'vitest';
import { buildInterview } from '../../src/interview/import/build-interview';
import { draftFromInterview } from '../../src/interview/import/from-interview';
import { readArticle } from '../../src/interview/import/read-article';

function built(text: string) {
  const read = readArticle(text);
  if (!read.ok) throw new Error(read.error);
  const result = buildInterview(read.draft);
  if (!result.interview) throw new Error(JSON.stringify(result.problems));
  return result.interview;
}

const FRENCH = `L'invité du jour – Sud Radio Média
- Vous présentez deux émissions chaque soir depuis quatre ans. Vous ne regrettez pas d'avoir quitté la Suisse ?
- Non, même si j'aime toujours beaucoup la Suisse. Les deux pays ont leur charme, et ici l'art de la parole est très différent.
- Différent en quoi ?
- Les Français, eux, aiment la parole, et cela a beaucoup de charme pour nous qui venons de loin.
`;

const ENGLISH = `A baker on bread
Q: When do you start baking?
A: At three in the morning, when the street is still quiet.
Q: Why so early?
A: People want bread with breakfast.
`;

// The one section the importer makes of a text without headings was "Interview" in English
// whatever the interview's language: a French reader's header read "Interview" over French.
describe('the importer’s one section', { timeout: 30_000 }, () => {
  it('is labelled in the interview’s language when the importer knows the word', () => {
    const interview = built(FRENCH);
    expect(interview.language).toBe('fr');
    expect(interview.sections.map((s) => [s.heading, s.label])).toEqual([
      ['Entretien', 'Entretien'],
    ]);
    // Read back into the editor, it is still the importer's section: no heading paragraph.
    const draft = draftFromInterview(interview);
    expect(draft.blocks.filter((b) => b.role === 'heading')).toEqual([]);
  });

  it('is "Interview" in English and in a language the table has no word for', () => {
    expect(built(ENGLISH).sections[0]?.label).toBe('Interview');
  });
});
