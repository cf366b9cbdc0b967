import type * as z from 'zod/mini';

/** One thing wrong with a document, where it is and what is wrong, in words for people. */
export type Problem = { path: string; message: string };

/** At most this many characters of a value are quoted in a message. */
const QUOTE_LIMIT = 60;

/**
 * A value as a message quotes it: in double quotes, control and invisible
 * characters escaped (a message must not drive a terminal), cut short when long.
 */
export function quoted(value: string): string {
  const long = value.length > QUOTE_LIMIT;
  const escaped = (long ? value.slice(0, QUOTE_LIMIT) : value).replace(
    /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}"\\]/gu,
    (char) =>
      char === '"' || char === '\\'
        ? `\\${char}`
        : `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
  return `"${escaped}${long ? '…' : ''}"`;
}

/** "1 item", "5,000 items". */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

/** A path inside a JSON document in JSONPath form, e.g. `$.sections[0].questions[2].id`. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    // A field name that is not a plain word is written as a quoted index.
    return /^[A-Za-z_$][\w$]{0,59}$/.test(name) ? `${text}.${name}` : `${text}[${quoted(name)}]`;
  }, '$');
}

/**
 * The problems of a failed parse, in document order, each at the deepest path
 * that is wrong: an unknown field is named by its own path, not its object's.
 */
export function problemsOf(error: z.core.$ZodError): Problem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: pathText([...issue.path, key]),
          message: 'is not a field of the format (check its spelling)',
        }))
      : [{ path: pathText(issue.path), message: issue.message }],
  );
}

/** "$.id: must be …" lines, one per problem. */
export function problemLines(problems: readonly Problem[]): string[] {
  return problems.map((problem) => `${problem.path}: ${problem.message}`);
}

/**
 * Zod error map for checks that carry no message of their own. zod/mini's
 * built-in messages say only "Invalid input", which tells an author nothing.
 */
export const describeIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is missing'
        : `must be ${withArticle(issue.expected)}, not ${kindOf(issue.input)}`;
    case 'unrecognized_keys':
      return `has unknown fields ${issue.keys.map(quoted).join(', ')}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${issue.origin === 'array' ? ' items long' : ''}`;
    case 'too_big':
      return `must be at most ${count(Number(issue.maximum), issue.origin === 'array' ? 'item' : 'character')}${
        typeof issue.input === 'string' || Array.isArray(issue.input)
          ? ` (it has ${issue.input.length.toLocaleString('en')})`
          : ''
      }`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    default:
      return undefined;
  }
};

function withArticle(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return withArticle(typeof value);
}
