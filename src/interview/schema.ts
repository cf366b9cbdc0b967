import * as z from 'zod/mini';
import {
  httpUrl,
  imageSource,
  isoDate,
  headingText,
  languageTag,
  LIMITS,
  nameText,
  noteText,
  schemaVersion,
  slug,
  text,
} from './fields';
import { findReferenceProblems } from './references';

const paragraphs = z
  .array(text)
  .check(z.minLength(1, 'must hold at least one paragraph'), z.maxLength(LIMITS.paragraphs));

/** A list of at most LIMITS.listItems. */
const list = <T extends z.core.SomeType>(item: T) =>
  z.array(item).check(z.maxLength(LIMITS.listItems));

const person = z.strictObject({
  id: slug,
  name: nameText,
  label: nameText.check(z.describe('Short speaker tag shown before each turn, e.g. "TCA"')),
  role: z.optional(headingText.check(z.describe('e.g. "Ukraine’s Ambassador to Kazakhstan"'))),
});

const author = z.strictObject({
  name: nameText,
  bio: z.optional(noteText),
});

const question = z.strictObject({
  id: slug,
  askedBy: slug.check(z.describe('id of a person in people')),
  question: paragraphs,
  answeredBy: slug.check(z.describe('id of a person in people')),
  answer: paragraphs,
});

const section = z.strictObject({
  id: slug,
  label: nameText.check(z.describe('Short topic label, e.g. "Energy"')),
  heading: headingText.check(z.describe('Full heading as published')),
  questions: z
    .array(question)
    .check(z.minLength(1, 'must hold at least one question'), z.maxLength(LIMITS.questions)),
});

const keyQuote = z.strictObject({
  id: slug,
  questionId: slug,
  text: text.check(z.describe('Exact passage from one paragraph of that question’s answer')),
  note: z.optional(noteText),
});

const pixels = z.int().check(z.positive('must be a positive number of pixels'));

/** The article's photo. Its caption shows only with the photo itself (`src`). */
const image = z
  .strictObject({
    src: z.optional(
      imageSource.check(
        z.describe('The photo: an https URL, or a file below the interviews folder'),
      ),
    ),
    alt: z.optional(
      noteText.check(z.describe('What the photo shows, for readers who cannot see it')),
    ),
    width: z.optional(pixels.check(z.describe('The photo’s width in pixels (keeps its place)'))),
    height: z.optional(pixels.check(z.describe('The photo’s height in pixels'))),
    caption: noteText,
    credit: z.optional(headingText),
  })
  .check(
    z.refine((photo) => photo.src === undefined || photo.alt !== undefined, {
      message: 'is missing: a photo (src) needs a text alternative',
      path: ['alt'],
    }),
    z.refine((photo) => (photo.width === undefined) === (photo.height === undefined), {
      message: 'must be given with width, or both left out',
      path: ['height'],
    }),
  );

const correction = z.strictObject({
  date: isoDate,
  text: noteText,
});

const interviewShape = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion,
  id: slug.check(z.describe('The file is interviews/<id>.json and the reader is at /i/<id>')),
  title: headingText,
  standfirst: z.optional(noteText),
  language: languageTag,
  published: z.optional(isoDate.check(z.describe('Leave out when the article is undated'))),
  source: z.strictObject({
    publication: nameText,
    url: z.optional(httpUrl),
  }),
  canonicalUrl: z.optional(httpUrl.check(z.describe('The article’s own address'))),
  people: z.strictObject({
    interviewers: list(person).check(z.minLength(1, 'must name at least one interviewer')),
    interviewees: list(person).check(z.minLength(1, 'must name at least one interviewee')),
  }),
  byline: z.optional(list(author)),
  image: z.optional(image),
  intro: z
    .array(text)
    .check(z.maxLength(LIMITS.paragraphs), z.describe('Paragraphs before the first question')),
  sections: z
    .array(section)
    .check(z.minLength(1, 'must hold at least one section'), z.maxLength(LIMITS.questions)),
  keyQuotes: z
    .array(keyQuote)
    .check(z.maxLength(LIMITS.keyQuotes), z.describe('Passages highlighted in the answers')),
  tags: z.optional(list(nameText)),
  corrections: z.optional(list(correction)),
});

/** The interview format: structure first, then the references between its parts. */
export const interviewSchema = interviewShape.check(
  z.superRefine((interview, ctx) => {
    for (const problem of findReferenceProblems(interview)) {
      ctx.issues.push({ code: 'custom', input: interview, ...problem });
    }
  }),
);

export type Interview = z.infer<typeof interviewShape>;
export type Person = z.infer<typeof person>;
export type Section = z.infer<typeof section>;
export type Question = z.infer<typeof question>;
export type KeyQuote = z.infer<typeof keyQuote>;
export type InterviewImage = z.infer<typeof image>;
