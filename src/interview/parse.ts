import type * as z from 'zod/mini';
import {
  facetListSchema,
  facetPostingsSchema,
  librarySummarySchema,
  libraryShardSchema,
  type FacetList,
  type FacetPostings,
  type LibraryShard,
  type LibrarySummary,
} from './library-files';
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

/** Checks a library summary (`library/index.json`). */
export function parseLibrarySummary(data: unknown): ParseResult<LibrarySummary> {
  return parseWith(librarySummarySchema, data);
}

/** Checks a shard of library entries (`library/date/1.json`). */
export function parseLibraryShard(data: unknown): ParseResult<LibraryShard> {
  return parseWith(libraryShardSchema, data);
}

/** Checks a facet value's interview positions (`library/topic/energy.json`). */
export function parseFacetPostings(data: unknown): ParseResult<FacetPostings> {
  return parseWith(facetPostingsSchema, data);
}

/** Checks a facet's full list of values (`library/topic.json`). */
export function parseFacetList(data: unknown): ParseResult<FacetList> {
  return parseWith(facetListSchema, data);
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
