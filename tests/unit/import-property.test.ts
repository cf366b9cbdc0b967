import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../src/interview/import/import-article';

// Generated interviews, rendered to article text in each supported shape,
// imported back: the structure and every word must survive.

const WORDS = [
  'river',
  'market',
  'winter',
  'harbour',
  'council',
  'railway',
  'grain',
  'border',
  'school',
  'budget',
  'museum',
  'bridge',
  'village',
  'energy',
  'archive',
  'festival',
  'treaty',
  'orchard',
  'factory',
  'ferry',
  'we',
  'they',
  'built',
  'opened',
  'closed',
  'will',
  'could',
  'never',
  'always',
  'slowly',
  'together',
  'the',
  'a',
  'of',
  'for',
  'with',
  'after',
  'before',
  'every',
  'new',
  'old',
  'small',
  'long',
];
const CAPITALISED = [
  'North',
  'Harbour',
  'Winter',
  'Trade',
  'Memory',
  'Water',
  'Roads',
  'Schools',
  'Music',
  'Future',
];
const FIRST_NAMES = [
  'Anna',
  'Omar',
  'Lena',
  'Ivan',
  'Sara',
  'Tomas',
  'Mei',
  'Kofi',
  'Ines',
  'Yuri',
];
const SURNAMES = [
  'Berg',
  'Haddad',
  'Ortiz',
  'Sokolov',
  'Lind',
  'Novak',
  'Chen',
  'Mensah',
  'Duarte',
  'Petrov',
];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const words = (min: number, max: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((ws) => ws.join(' '));
const statement = words(3, 12).map((w) => `${capitalise(w)}.`);
const asking = words(3, 12).map((w) => `${capitalise(w)}?`);
const paragraph = fc.array(statement, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));
const heading = fc
  .uniqueArray(fc.constantFrom(...CAPITALISED), { minLength: 1, maxLength: 3 })
  .map((ws) => ws.join(' '));

type Shape = 'names' | 'capitals' | 'q-a' | 'question-answer' | 'numbered' | 'question-paragraphs';
const SHAPES: Shape[] = [
  'names',
  'capitals',
  'q-a',
  'question-answer',
  'numbered',
  'question-paragraphs',
];
// Unlabelled questions are one paragraph: nothing marks where a longer one ends.
const multiParagraphQuestions = (shape: Shape) =>
  shape !== 'numbered' && shape !== 'question-paragraphs';

const turn = (shape: Shape) =>
  fc.record({
    question: multiParagraphQuestions(shape)
      ? fc
          .tuple(fc.option(paragraph, { nil: undefined }), asking)
          .map(([context, q]) => (context ? [context, q] : [q]))
      : asking.map((q) => [q]),
    answer: fc.array(paragraph, { minLength: 1, maxLength: 4 }),
  });

const articleOfAnyText = fc.constantFrom(...SHAPES).chain((shape) =>
  fc.record({
    shape: fc.constant(shape),
    interviewer: fc.tuple(
      fc.constantFrom(...FIRST_NAMES),
      fc.constantFrom(...SURNAMES.slice(0, 5)),
    ),
    interviewee: fc.tuple(fc.constantFrom(...FIRST_NAMES), fc.constantFrom(...SURNAMES.slice(5))),
    intro: fc.array(paragraph, { maxLength: 2 }),
    headings: fc.boolean(),
    blankLines: fc.boolean(),
    noise: fc.boolean(),
    // Headings differ: the same short line three times over is page furniture, not a heading.
    sections: fc.uniqueArray(
      fc.record({ heading, turns: fc.array(turn(shape), { minLength: 1, maxLength: 3 }) }),
      { minLength: 1, maxLength: 4, selector: (section) => section.heading },
    ),
  }),
);

/** Every sentence of an article: its intro's, questions' and answers'. */
const sentencesOf = (a: {
  intro: string[];
  sections: { turns: { question: string[]; answer: string[] }[] }[];
}) =>
  [...a.intro, ...a.sections.flatMap((s) => s.turns.flatMap((t) => [...t.question, ...t.answer]))]
    .flatMap((text) => text.split(/(?<=[.?]) /))
    .map((sentence) => sentence.toLowerCase());

// No sentence twice: with the generator's few words, a text that repeats itself ("River river
// river." twice; a paragraph saying one sentence twice, then that sentence) comes up in about one
// run in three, and the importer drops such repeats as page furniture by design (a caption printed
// twice, an image's alt text run into its caption, a teaser). Real interviews say each thing once.
const article = articleOfAnyText.filter((a) => {
  const sentences = sentencesOf(a);
  return new Set(sentences).size === sentences.length;
});

type Article = typeof article extends fc.Arbitrary<infer T> ? T : never;

function render(a: Article): string {
  const [askerFirst, askerLast] = a.interviewer;
  const [guestFirst, guestLast] = a.interviewee;
  const labels = {
    names: [`${askerFirst} ${askerLast}`, `${guestFirst} ${guestLast}`, askerLast, guestLast],
    capitals: [
      `${askerFirst} ${askerLast}`.toUpperCase(),
      guestLast.toUpperCase(),
      askerLast.toUpperCase(),
      guestLast.toUpperCase(),
    ],
    'q-a': ['Q', 'A', 'Q', 'A'],
    'question-answer': ['Question', 'Answer', 'Question', 'Answer'],
    numbered: [],
    'question-paragraphs': [],
  }[a.shape];
  const lines = [
    `${guestFirst} ${guestLast} on the ${CAPITALISED[0]}`,
    '3 March 2025',
    ...(a.noise ? ['Share', '• EUR/USD = 1.0823 0.1%'] : []),
    ...a.intro,
  ];
  let n = 0;
  for (const section of a.sections) {
    if (a.headings) lines.push(section.heading);
    for (const { question, answer } of section.turns) {
      n += 1;
      const first = n === 1;
      const [q0 = '', ...qRest] = question;
      const [a0 = '', ...aRest] = answer;
      if (labels.length > 0) {
        lines.push(
          `${labels[first ? 0 : 2]}: ${q0}`,
          ...qRest,
          `${labels[first ? 1 : 3]}: ${a0}`,
          ...aRest,
        );
      } else {
        lines.push(a.shape === 'numbered' ? `${n}. ${q0}` : q0, a0, ...aRest);
      }
    }
  }
  if (a.noise) lines.push('Related', 'Another story about winter');
  return lines.join(a.blankLines ? '\n\n' : '\n');
}

// The same 300 cases every run, so CI passes or fails on the code, not on chance (with a new seed
// each run, 3 runs in 10 failed in session 20, on texts that repeat themselves, which the
// generator no longer makes, and on a heading counted into an answer, since fixed; 20 other
// seeds passed in session 21). PROPERTY_SEED=<number> explores other cases.
const SEED = Number(process.env.PROPERTY_SEED ?? 20_261_127);

describe('the importer, on generated interviews in every supported shape', () => {
  // A few hundred imports: CPU-bound, so a busy machine gets a generous, explicit timeout.
  it('gets back the same structure and words', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(article, (a) => {
        const outcome = importArticle(render(a));
        if (!outcome.ok) throw new Error(`${a.shape}: ${outcome.error}\n${render(a)}`);
        const { interview, report } = outcome;
        const expected = a.sections.flatMap((s) => s.turns);
        const got = interview.sections.flatMap((s) =>
          s.questions.map(({ question, answer }) => ({ question, answer })),
        );
        expect(got).toEqual(expected);
        if (a.headings) {
          expect(interview.sections.map((s) => s.heading)).toEqual(
            a.sections.map((s) => s.heading),
          );
        }
        expect(interview.intro).toEqual(a.intro);
        expect(interview.published).toBe('2025-03-03');
        expect(report.kept + report.dropped.length).toBe(report.paragraphs);
        expect(report.dropped.map((d) => d.text)).toEqual(
          a.noise
            ? [
                '3 March 2025',
                'Share',
                '• EUR/USD = 1.0823 0.1%',
                'Related',
                'Another story about winter',
              ]
            : ['3 March 2025'],
        );
        const names = [...interview.people.interviewers, ...interview.people.interviewees].map(
          (p) => p.name,
        );
        if (a.shape === 'names' || a.shape === 'capitals') {
          expect(names).toEqual([a.interviewer.join(' '), a.interviewee.join(' ')]);
        } else {
          expect(interview.people.interviewees[0]?.name).toBe(a.interviewee.join(' '));
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
