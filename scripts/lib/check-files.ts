// npm run interview:check's work, in a module so tests can call it in-process.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { libraryFiles } from '../../src/interview/library-files';
import {
  parseFacetList,
  parseFacetPostings,
  parseJson,
  parseLibraryShard,
  parseLibrarySummary,
  readInterview,
  type ParseResult,
} from '../../src/interview/parse';
import { problemLines } from '../../src/interview/problems';
import { summarizeProblems } from '../../src/interview/problem-summary';
import { interviewFilePaths, PUBLIC_DIR, readTextFile, readTextStream } from './interview-files';

/** The parser for a library file, told apart by the fields only that kind of file has; undefined for an interview. */
function libraryParserFor(data: unknown): ((data: unknown) => ParseResult<unknown>) | undefined {
  if (typeof data !== 'object' || data === null || 'sections' in data) return undefined;
  if ('facets' in data) return parseLibrarySummary;
  if ('entries' in data) return parseLibraryShard;
  if ('values' in data) return parseFacetList;
  if ('date' in data && 'title' in data) return parseFacetPostings;
  return undefined;
}

/** What `-` reads, named in its lines as interview:import names it. */
const STDIN_NAME = 'standard input';
/** Names of standard input, read as `-` is (opened by name, a pipe would be refused as no regular file). */
const STDIN_PATHS = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

async function check(file: string, stdin?: Stdin): Promise<ParseResult<unknown>> {
  const source = STDIN_PATHS.has(file) ? await readTextStream(stdin) : await readTextFile(file);
  if (!source.ok) return source;
  const json = parseJson(source.data);
  if (!json.ok) return json;
  // An interview is read exactly as the browser reads it.
  return libraryParserFor(json.data)?.(json.data) ?? readInterview(source.data);
}

/**
 * What `interview:check` prints: a line per valid file, a line per problem,
 * and, of several files, a summary when any is invalid (of one file, its
 * problem lines say it all: a file that cannot be read is one line).
 */
export type CheckReport = {
  valid: string[];
  problems: string[];
  summary: string | undefined;
  /** Files that are not valid: the exit status is non-zero when there are any. */
  invalid: number;
};

/** Standard input, read when a file is `-`. */
type Stdin = AsyncIterable<Uint8Array>;

/**
 * Checks interview and library files (every interview and the library's summary when none are
 * given); `-` is standard input.
 */
export async function checkFiles(args: readonly string[], stdin?: Stdin): Promise<CheckReport> {
  const files =
    args.length > 0
      ? args
      : [...(await interviewFilePaths()), path.join(PUBLIC_DIR, libraryFiles.summary())];
  const report: CheckReport = { valid: [], problems: [], summary: undefined, invalid: 0 };
  for (const file of files) {
    const result = await check(file, stdin);
    const name = file === '-' ? STDIN_NAME : file;
    if (result.ok) {
      report.valid.push(`${name}: valid`);
    } else {
      report.invalid += 1;
      report.problems.push(
        ...problemLines(summarizeProblems(result.problems)).map((line) => `${name}: ${line}`),
      );
    }
  }
  if (report.invalid > 0 && files.length > 1) {
    report.summary = `${report.invalid} of ${files.length} files invalid`;
  }
  return report;
}

export const CHECK_USAGE =
  'usage: npm run interview:check -- [FILE...] (with no FILE: every interview in public/interviews and the library; - reads standard input)';

export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Read when a file is `-` (or /dev/stdin): an interview piped in. */
  stdin?: Stdin;
};

/**
 * The whole command: options read as options (`--help`; `--` ends them), never
 * as file names; a line per valid file on stdout, problems on stderr. The
 * status: 0 all valid, 1 a file invalid, 2 called wrongly or failed.
 */
export async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  let files: string[];
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h', default: false } },
    });
    if (values.help) {
      io.stdout(`${CHECK_USAGE}\n`);
      return 0;
    }
    files = positionals;
    // Standard input is read once: a second `-` would be checked as empty.
    if (files.filter((file) => STDIN_PATHS.has(file)).length > 1) {
      throw new Error('- (standard input) can be given once only');
    }
  } catch (error) {
    // Node's message goes on to explain `--` at length: its first sentence says what is wrong.
    const [what] = (error instanceof Error ? error.message : String(error)).split('. ');
    io.stderr(`interview:check: ${what}; ${CHECK_USAGE}\n`);
    return 2;
  }
  try {
    const { valid, problems, summary, invalid } = await checkFiles(files, io.stdin);
    for (const line of valid) io.stdout(`${line}\n`);
    for (const line of problems) io.stderr(`${line}\n`);
    if (summary) io.stderr(`${summary}\n`);
    return invalid > 0 ? 1 : 0;
  } catch (error) {
    // Whatever went wrong, one line: never a stack trace.
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    io.stderr(`interview:check: ${message}\n`);
    return 2;
  }
}
