import type * as z from 'zod/mini';
import { catalogueSchema, type Catalogue } from './catalogue';
import { describeIssue, problemsOf, type Problem } from './problems';
import { interviewSchema, type Interview } from './schema';

/** The outcome of checking untrusted data: typed data, or every problem found with its path. */
export type ParseResult<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

function parseWith<T>(schema: z.ZodMiniType<T>, data: unknown): ParseResult<T> {
  const result = schema.safeParse(data, { error: describeIssue });
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, problems: problemsOf(result.error) };
}

/** Checks untrusted data against the interview format. */
export function parseInterview(data: unknown): ParseResult<Interview> {
  return parseWith(interviewSchema, data);
}

/** Checks untrusted data against the catalogue format. */
export function parseCatalogue(data: unknown): ParseResult<Catalogue> {
  return parseWith(catalogueSchema, data);
}

/** Parses JSON text, reporting a syntax error as a problem at the document root. */
export function parseJson(source: string): ParseResult<unknown> {
  try {
    return { ok: true, data: JSON.parse(source) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '$', message: `is not valid JSON (${reason})` }] };
  }
}
