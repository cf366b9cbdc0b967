// npm run interview:check -- FILE...
// Checks interview and catalogue files against the format: one line per problem,
// with its JSON path, and a non-zero exit status when any file is invalid.
// With no FILE, checks every file in public/interviews.
import path from 'node:path';
import { parseCatalogue, parseInterview, type ParseResult } from '../src/interview/parse';
import { problemLines } from '../src/interview/problems';
import {
  CATALOGUE_FILE,
  INTERVIEWS_DIR,
  interviewFilePaths,
  readJsonFile,
} from './lib/interview-files';

function isCatalogue(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'interviews' in data && !('sections' in data);
}

async function check(file: string): Promise<ParseResult<unknown>> {
  const json = await readJsonFile(file);
  if (!json.ok) return json;
  return isCatalogue(json.data) ? parseCatalogue(json.data) : parseInterview(json.data);
}

const args = process.argv.slice(2);
const files =
  args.length > 0
    ? args
    : [...(await interviewFilePaths()), path.join(INTERVIEWS_DIR, CATALOGUE_FILE)];
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
