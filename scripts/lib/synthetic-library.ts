// Libraries of any size for the scale bench and the library tests: valid
// interviews built from the seed's own questions and answers, with the
// spread of a real collection (a few common topics and many rare ones, people
// interviewed more than once, some forty publications, thirty years, a few
// undated articles). Deterministic: the same size gives the same library.
import type { Interview } from '../../src/interview/schema';

/** A small, fast, seeded random number generator (mulberry32): numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPIC_WORDS = [
  'Energy',
  'Trade',
  'Security',
  'Peace',
  'Education',
  'Climate',
  'Water',
  'Health',
  'Transport',
  'Agriculture',
  'Culture',
  'Migration',
  'Technology',
  'Finance',
  'Media',
  'Diplomacy',
  'Labour',
  'Housing',
  'Justice',
  'Tourism',
  'Sport',
  'Science',
  'Mining',
  'Religion',
  'Youth',
  'Language',
];
const TOPIC_QUALIFIERS = [
  '',
  'Regional',
  'Public',
  'Rural',
  'Digital',
  'Foreign',
  'Local',
  'Future of',
  'Reform of',
  'History of',
  'Women in',
  'Investment in',
];
const FIRST_NAMES = [
  'Aigerim',
  'Bakyt',
  'Dana',
  'Erlan',
  'Gulnara',
  'Ivan',
  'Jamshid',
  'Karina',
  'Lola',
  'Marat',
  'Nodira',
  'Oleg',
  'Parisa',
  'Rustam',
  'Saule',
  'Timur',
  'Umida',
  'Viktor',
  'Zarina',
  'Anna',
];
const LAST_NAMES = [
  'Abenova',
  'Bekov',
  'Chernenko',
  'Dzhaksybekov',
  'Ermekova',
  'Fayzullaev',
  'Gafurova',
  'Hakimov',
  'Ibragimova',
  'Jumabaev',
  'Kasymova',
  'Levchenko',
  'Mirzaev',
  'Nurlanova',
  'Orlov',
  'Petrenko',
  'Rakhimova',
  'Sultanov',
  'Tokayeva',
  'Usmanov',
  'Valikhanov',
  'Yusupova',
  'Zhumabekov',
];
const PUBLICATIONS = Array.from({ length: 40 }, (_, i) =>
  i === 0
    ? 'The Times of Central Asia'
    : `${['Steppe', 'Caspian', 'Silk Road', 'Tien Shan', 'Oasis'][i % 5]} ${['Herald', 'Review', 'Courier', 'Observer', 'Gazette', 'Journal', 'Post', 'Monitor'][Math.floor(i / 5)]}`,
);
const ROLES = ['Minister of Energy', 'Ambassador', 'Mayor', 'Professor of Economics', 'Writer'];

/** An index drawn with Zipf-like weights: the first items are common, the rest rare. */
function zipf(next: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n ** next() - 1));
}

/** The topic vocabulary: some three hundred labels. */
function topicLabel(index: number): string {
  const word = TOPIC_WORDS[index % TOPIC_WORDS.length] ?? 'Energy';
  const qualifier = TOPIC_QUALIFIERS[Math.floor(index / TOPIC_WORDS.length)] ?? '';
  return qualifier === '' ? word : `${qualifier} ${word.toLowerCase()}`;
}

/** The seed's question-and-answer turns, to fill synthetic interviews with real prose. */
function seedTurns(seed: Interview) {
  return seed.sections.flatMap((section) => section.questions);
}

/** Interview number `n` of a synthetic library of `size`. */
export function syntheticInterview(seed: Interview, n: number, size: number): Interview {
  const next = random(n * 7919 + size);
  const turns = seedTurns(seed);
  const topicCount = TOPIC_WORDS.length * TOPIC_QUALIFIERS.length;
  const people = Math.max(1, Math.round(size * 0.6));
  const person = zipf(next, people);
  const first = FIRST_NAMES[person % FIRST_NAMES.length] ?? 'Anna';
  const last = LAST_NAMES[Math.floor(person / FIRST_NAMES.length) % LAST_NAMES.length] ?? 'Orlov';
  const name =
    person < FIRST_NAMES.length * LAST_NAMES.length
      ? `${first} ${last}`
      : `${first} ${last} ${Math.floor(person / (FIRST_NAMES.length * LAST_NAMES.length)) + 1}`;
  const publication = PUBLICATIONS[zipf(next, PUBLICATIONS.length)] ?? 'The Times of Central Asia';
  const undated = next() < 0.04;
  const year = 1996 + Math.floor(next() * 31);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  const labels = new Set<string>();
  const sectionCount = 3 + Math.floor(next() * 4);
  while (labels.size < sectionCount) labels.add(topicLabel(zipf(next, topicCount)));
  let q = 0;
  const sections = [...labels].map((label, s) => ({
    id: `part-${s + 1}`,
    label,
    heading: `${label}: ${name} on what comes next`,
    questions: Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
      const turn = turns[Math.floor(next() * turns.length)] ?? turns[0];
      if (!turn) throw new Error('the seed has no questions');
      q += 1;
      return {
        id: `q${q}`,
        askedBy: 'interviewer',
        question: turn.question,
        answeredBy: 'interviewee',
        answer: turn.answer.slice(0, 2 + Math.floor(next() * 3)),
      };
    }),
  }));

  return {
    schemaVersion: 1,
    id: `interview-${n}`,
    title: `${name}: ${sections.map((section) => section.label.toLowerCase()).join(', ')} (no. ${n})`,
    language: 'en',
    ...(undated ? {} : { published }),
    source: { publication },
    people: {
      interviewers: [{ id: 'interviewer', name: publication, label: 'Q' }],
      interviewees: [
        { id: 'interviewee', name, label: last, role: ROLES[person % ROLES.length] ?? 'Writer' },
      ],
    },
    intro: [`${publication} spoke with ${name} about ${[...labels].join(', ').toLowerCase()}.`],
    sections,
    keyQuotes: [],
  };
}

/** A whole synthetic library of `size` interviews. */
export function syntheticLibrary(seed: Interview, size: number): Interview[] {
  return Array.from({ length: size }, (_, n) => syntheticInterview(seed, n + 1, size));
}
