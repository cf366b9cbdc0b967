import type * as z from 'zod/mini';

/** One thing wrong with a document, where it is and what is wrong, in words for people. */
export type Problem = { path: string; message: string };

/** A path inside a JSON document in JSONPath form, e.g. `$.sections[0].questions[2].id`. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
    '$',
  );
}

/** The problems of a failed parse, in document order. */
export function problemsOf(error: z.core.$ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: pathText(issue.path), message: issue.message }));
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
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${issue.origin === 'array' ? ' items long' : ''}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${issue.origin === 'array' ? ' items long' : ''}`;
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
