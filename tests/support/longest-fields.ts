import { LIMITS } from '../../src/interview/fields';
import { editJson } from './json-edit';

/**
 * Text of exactly `length` characters: words for its first half, then one
 * unbroken word, so that it has to wrap between words and inside one.
 */
export function textOfLength(length: number, word = 'Long'): string {
  const words = `${word} text wraps `
    .repeat(Math.ceil(length / 2))
    .slice(0, Math.floor(length / 2));
  return words + 'W'.repeat(length - words.length);
}

type Key = string | number;

/** A short text field of the format, where it is in an interview file, and its limit. */
export type ShortField = { path: readonly Key[]; limit: number };

/** Every text field that is not a paragraph, with its limit (paragraphs have LIMITS.textLength). */
export const SHORT_FIELDS: readonly ShortField[] = [
  { path: ['title'], limit: LIMITS.headingLength },
  { path: ['standfirst'], limit: LIMITS.noteLength },
  { path: ['source', 'publication'], limit: LIMITS.nameLength },
  { path: ['people', 'interviewers', 0, 'name'], limit: LIMITS.nameLength },
  { path: ['people', 'interviewers', 0, 'label'], limit: LIMITS.nameLength },
  { path: ['people', 'interviewees', 0, 'role'], limit: LIMITS.headingLength },
  { path: ['byline', 0, 'name'], limit: LIMITS.nameLength },
  { path: ['byline', 0, 'bio'], limit: LIMITS.noteLength },
  { path: ['image', 'alt'], limit: LIMITS.noteLength },
  { path: ['image', 'caption'], limit: LIMITS.noteLength },
  { path: ['image', 'credit'], limit: LIMITS.headingLength },
  { path: ['sections', 0, 'label'], limit: LIMITS.nameLength },
  { path: ['sections', 0, 'heading'], limit: LIMITS.headingLength },
  { path: ['keyQuotes', 0, 'note'], limit: LIMITS.noteLength },
  { path: ['tags', 0], limit: LIMITS.nameLength },
  { path: ['corrections', 0, 'text'], limit: LIMITS.noteLength },
];

/** The JSON path of a field as problems name it: `$.people.interviewers[0].name`. */
export function jsonPath(path: readonly Key[]): string {
  return `$${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('')}`;
}

/**
 * Gives a parsed seed interview the fields the seed leaves out (a photo with
 * its file, a tag, a correction), so that every short field is there to edit.
 */
export function withEveryField(doc: unknown, photo = 'images/photo.svg'): void {
  editJson(doc, ['image', 'src'], photo);
  editJson(doc, ['image', 'alt'], 'The ambassador at his desk');
  editJson(doc, ['tags'], ['diplomacy']);
  editJson(doc, ['corrections'], [{ date: '2026-02-11', text: 'A date was corrected.' }]);
}

/** Sets every short field of a parsed seed interview (see withEveryField) to its longest allowed text. */
export function atEveryLimit(doc: unknown): void {
  withEveryField(doc);
  SHORT_FIELDS.forEach(({ path, limit }, n) => editJson(doc, path, textOfLength(limit, `F${n}`)));
}
