// npm run interview:check -- FILE...
// Checks interview files, and the library's generated files, against their
// formats: one line per problem, with its JSON path, and a non-zero exit
// status when any file is invalid. With no FILE, checks every interview in
// public/interviews and the library's summary.
import path from 'node:path';
import { libraryFiles } from '../src/interview/library-files';
import {
  parseFacetList,
  parseFacetPostings,
  parseInterview,
  parseLibraryShard,
  parseLibrarySummary,
  type ParseResult,
} from '../src/interview/parse';
import { problemLines } from '../src/interview/problems';
import { interviewFilePaths, PUBLIC_DIR, readJsonFile } from './lib/interview-files';

/** The parser for a file, told apart by the fields only that kind of file has. */
function parserFor(data: unknown): (data: unknown) => ParseResult<unknown> {
  if (typeof data !== 'object' || data === null || 'sections' in data) return parseInterview;
  if ('facets' in data) return parseLibrarySummary;
  if ('entries' in data) return parseLibraryShard;
  if ('values' in data) return parseFacetList;
  if ('date' in data && 'title' in data) return parseFacetPostings;
  return parseInterview;
}

async function check(file: string): Promise<ParseResult<unknown>> {
  const json = await readJsonFile(file);
  return json.ok ? parserFor(json.data)(json.data) : json;
}

const args = process.argv.slice(2);
const files =
  args.length > 0
    ? args
    : [...(await interviewFilePaths()), path.join(PUBLIC_DIR, libraryFiles.summary())];
let invalid = 0;
for (const file of files) {
  const result = await check(file);
  if (result.ok) {
    console.log(`${file}: valid`);
  } else {
    invalid += 1;
    for (const line of problemLines(result.problems)) console.error(`${file}: ${line}`);
  }
}
if (invalid > 0) {
  console.error(`${invalid} of ${files.length} file${files.length > 1 ? 's' : ''} invalid`);
  process.exitCode = 1;
}
