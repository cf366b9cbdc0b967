import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInterview, parseJson, type ParseResult } from '../../src/interview/parse';
import { problemLines } from '../../src/interview/problems';
import type { Interview } from '../../src/interview/schema';

/** The folder the app serves as its site root. */
export const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

/** The folder holding one `<id>.json` per interview. */
export const INTERVIEWS_DIR = path.join(PUBLIC_DIR, 'interviews');

/** Reads and parses a JSON file: the data, or its problems (a file that cannot be read included). */
export async function readJsonFile(file: string): Promise<ParseResult<unknown>> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '$', message: `cannot be read (${reason})` }] };
  }
  return parseJson(source);
}

async function readInterviewFile(file: string): Promise<ParseResult<Interview>> {
  const json = await readJsonFile(file);
  return json.ok ? parseInterview(json.data) : json;
}

/** The interview files of a site: every `*.json` in its interviews folder. */
export async function interviewFilePaths(dir: string = INTERVIEWS_DIR): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Every interview of a site, checked; throws listing every problem when one is invalid or misnamed. */
export async function readSiteInterviews(dir: string = INTERVIEWS_DIR): Promise<Interview[]> {
  const interviews: Interview[] = [];
  const errors: string[] = [];
  for (const file of await interviewFilePaths(dir)) {
    const result = await readInterviewFile(file);
    const name = path.relative(process.cwd(), file);
    if (!result.ok) {
      errors.push(...problemLines(result.problems).map((line) => `${name}: ${line}`));
    } else if (path.basename(file) !== `${result.data.id}.json`) {
      errors.push(
        `${name}: $.id: is "${result.data.id}", so the file must be named ${result.data.id}.json`,
      );
    } else {
      interviews.push(result.data);
    }
  }
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return interviews;
}
