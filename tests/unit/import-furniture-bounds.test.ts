import { describe, expect, it } from 'vitest';
import { answers, importOk } from '../support/import-outcome';

// Review (session 21): fresh-12's furniture patterns match whole lines that begin with common
// words, so a guest's own paragraph that happens to begin so is dropped as page furniture.
const interview = (paragraph: string) =>
  importOk(`Water for every village
The minister spoke to us about water, wells and the villages that wait for them.
Q: What do the villages ask of you first?
A: Three things, and the first is simple.
${paragraph}
Q: And the second?
A: Roads, so that the pumps can be mended in time.`).interview;

describe('a guest’s paragraph that begins like page furniture', () => {
  for (const paragraph of [
    'Clean water for every family, within a year.',
    'Get free access to clean water, for every family, within a year.',
    'Listen, nobody here has ever heard of Spotify or of podcasts at all.',
    'Find us on the road any morning: we walk to the wells with the women.',
  ])
    it(`keeps "${paragraph}"`, () => {
      expect(answers(interview(paragraph)).join('\n')).toContain(paragraph);
    });
});
