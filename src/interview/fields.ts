import * as z from 'zod/mini';
import { LIMITS } from './limits';
import { SLUG_PATTERN } from './slug-pattern';

// Zod compiles object parsers with `new Function` unless told not to; a strict
// Content-Security-Policy (no 'unsafe-eval') would block that. Every schema
// module imports this one, so the setting is in place before any parse.
z.config({ jitless: true });

export { LIMITS, SLUG_PATTERN };

/** A URL-safe id. */
export const slug = z
  .string()
  .check(
    z.regex(SLUG_PATTERN, 'must be a URL-safe id: lowercase letters, digits and single hyphens'),
    z.maxLength(80, 'must be at most 80 characters'),
  );

/**
 * A character that shows: not a space, not a control or format character
 * (NUL, ESC, zero-width space, direction marks and overrides, soft hyphen,
 * word joiner, byte order mark), not default-ignorable (Hangul fillers,
 * variation selectors), not a lone surrogate or a combining mark on its own,
 * not the blank Braille pattern. Unassigned code points count as visible:
 * which are assigned depends on the engine's Unicode version, and the browser
 * and `interview:check` must accept the same files.
 */
const VISIBLE_CHARACTER =
  /[^\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/u;

/** Plain text (never HTML): a string with at least one visible character, of at most `max` characters. */
const textOfAtMost = (max: number) =>
  z
    .string()
    .check(
      z.regex(
        VISIBLE_CHARACTER,
        'must show something, not only spaces, control or invisible characters',
      ),
      z.maxLength(max),
    );

/** A paragraph's plain text. */
export const text = textOfAtMost(LIMITS.textLength);

/** A name, speaker tag, topic label, publication or tag. */
export const nameText = textOfAtMost(LIMITS.nameLength);

/** A title, section heading, role or credit. */
export const headingText = textOfAtMost(LIMITS.headingLength);

/** A standfirst, bio, caption, text alternative, note or correction. */
export const noteText = textOfAtMost(LIMITS.noteLength);

/**
 * Why a date in the form YYYY-MM-DD is not a real one ("2025-02-30"), or undefined when it is
 * not in that form: "must be an ISO 8601 date" misled for a date written just so.
 */
function unrealDate(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (!parts) return undefined;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12) return `is not a real date: there is no month ${month}`;
  if (day < 1) return `is not a real date: there is no day ${day}`;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return `is not a real date: ${input.slice(0, 7)} has ${days} days`;
}

/** An ISO 8601 calendar date. */
export const isoDate = z.iso.date({
  error: (issue) => unrealDate(issue.input) ?? 'must be an ISO 8601 date (YYYY-MM-DD)',
});

/** An absolute http(s) URL. */
export const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
  .check(z.maxLength(2_000));

/**
 * Where an image is: an https URL, or a path below the interviews folder
 * ("images/maiko.jpg"), which the reader loads from its own site. Nothing
 * else: no http (mixed content), no scheme such as javascript: or data:, no
 * leading slash (the site may be served below a folder) and no ".." or hidden
 * segments.
 */
export const IMAGE_SOURCE_PATTERN =
  /^(?:https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:[/?#]\S*)?|(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*[A-Za-z0-9_~-][A-Za-z0-9._~-]*\.(?:avif|gif|jpe?g|png|svg|webp))$/;

/** An image's address: an https URL or a file below the interviews folder. */
export const imageSource = z
  .string()
  .check(
    z.regex(
      IMAGE_SOURCE_PATTERN,
      'must be an https URL or a path below the interviews folder such as "images/photo.jpg" (.avif, .gif, .jpg, .jpeg, .png, .svg or .webp)',
    ),
  );

/** A BCP 47 language tag. */
export const languageTag = z
  .string()
  .check(
    z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "en-GB"'),
  );

/** The version of the interview and catalogue formats this build reads and writes. */
export const SCHEMA_VERSION = 1;

/** The `schemaVersion` field, with a message that says which version is understood. */
export const schemaVersion = z.literal(SCHEMA_VERSION, {
  error: `must be ${SCHEMA_VERSION}: this app reads format version ${SCHEMA_VERSION}`,
});
