import { describe, it } from 'vitest';
import { importArticle } from '../../src/interview/import/import-article';
import { expectNearLinear } from '../support/growth';

// Finding speakers' full names must stay linear in the text: eight times the text may cost about
// eight times the work, not sixty-four.

// A speaker's surname label ("Ambassador Maiko:") is looked for after up to three capitalised
// words or initials in the intro (label-names.ts); tried at each letter of a long word in
// capitals there, each try read the word to its end: 4,000 capitals took 0.3 s, 16,000 1.7 s.
const capitalsInIntro = (n: number) =>
  [
    'An interview with Viktor Maiko',
    `Viktor Maiko spoke with TCA about ${'A'.repeat(n)} today.`,
    'TCA: Why did you go?',
    'Ambassador Maiko: Because it rained.',
    'TCA: And then?',
    'Ambassador Maiko: Then it stopped.',
  ].join('\n');

// A glossary's lines, each a different label ("Term Kab: …"), a question every hundred lines:
// each label was compared with every other (speakers.ts, a full name said once then its first
// word; a name misspelt once): 8,000 labels took 17.4 s of processor time, now 0.8 s.
const letters = (i: number) =>
  [...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
const asked = (i: number) => (i % 100 === 0 ? [`Q: What is number ${i}?`, 'A: A word.'] : []);
const manyLabels = (n: number) =>
  [
    'An interview with Ann Lee',
    'Ann Lee spoke with us.',
    ...Array.from({ length: n }, (_, i) => [
      ...asked(i),
      `Term K${letters(i)}: a word used ${i} times.`,
    ]),
  ]
    .flat()
    .join('\n');

// As many labels in capitals ("ABC:") and full names ("Abc Leeabc:"): each short label was
// tried on every turn of every full name it might shorten: 4,000 of each took 7.3 s, now 1.1 s.
const capitals = (i: number) =>
  [...i.toString(26).padStart(3, '0')]
    .map((d) => String.fromCharCode(65 + parseInt(d, 26)))
    .join('');
const shortAndFull = (n: number) =>
  [
    'An interview with Ann Lee',
    'Ann Lee spoke with us.',
    ...Array.from({ length: n }, (_, i) => [
      ...asked(i),
      `${capitals(i)}: a word used ${i} times.`,
      `Abc Lee${capitals(i).toLowerCase()}: another.`,
    ]),
  ]
    .flat()
    .join('\n');

describe('finding speakers’ names scales linearly', { timeout: 120_000 }, () => {
  it('a long word in capitals in the intro, a surname label', () => {
    expectNearLinear((n) => importArticle(capitalsInIntro(n)), 2000);
  });

  it('thousands of different labels', () => {
    expectNearLinear((n) => importArticle(manyLabels(n)), 600);
  });

  it('thousands of short labels and full names', () => {
    expectNearLinear((n) => importArticle(shortAndFull(n)), 300);
  });
});
