import type * as z from 'zod/mini';
import {
  facetListSchema,
  facetPostingsSchema,
  librarySummarySchema,
  libraryShardSchema,
  publishedIdsSchema,
  type FacetList,
  type FacetPostings,
  type LibraryShard,
  type LibrarySummary,
  type PublishedIds,
} from './library-files';
import { LIMITS } from './fields';
import { locateJsonSyntaxError } from './json-syntax';
import { summarizeProblems } from './problem-summary';
import { count, describeIssue, problemsOf, type Problem } from './problems';
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

/** Checks a list of published ids (`library/ids/1.json`). */
export function parsePublishedIds(data: unknown): ParseResult<PublishedIds> {
  return parseWith(publishedIdsSchema, data);
}

/**
 * Parses JSON text, as the browser and `interview:check` both read files: a
 * byte order mark before it is ignored (as browsers do when they decode a
 * response), and a syntax error is reported at the path where the text stops
 * being JSON, with its line and column.
 */
export function parseJson(source: string): ParseResult<unknown> {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    return { ok: false, problems: [locateJsonSyntaxError(text)] };
  }
}

/**
 * Parses and checks the text of an interview file, refusing one too large to
 * be an interview; its problems as a person reads them (see summarizeProblems).
 */
export function readInterview(source: string): ParseResult<Interview> {
  if (source.length > LIMITS.fileLength) {
    return {
      ok: false,
      problems: [
        {
          path: '$',
          message: `must be at most ${count(LIMITS.fileLength, 'character')} (it has ${source.length.toLocaleString('en')})`,
        },
      ],
    };
  }
  const json = parseJson(source);
  const result = json.ok ? parseInterview(json.data) : json;
  if (result.ok) return result;
  return { ok: false, problems: summarizeProblems(result.problems) };
}
