import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '../../src/interview/fields';
import { parseJson, readInterview, type ParseResult } from '../../src/interview/parse';
import { problemLines } from '../../src/interview/problems';
import type { Interview } from '../../src/interview/schema';

/** The folder the app serves as its site root. */
export const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

/** The folder holding one `<id>.json` per interview. */
export const INTERVIEWS_DIR = path.join(PUBLIC_DIR, 'interviews');

/**
 * Reads a file's text, or says in one line why it cannot be: missing, a
 * folder, not a regular file (a named pipe would wait forever), or far too
 * large to be an interview.
 */
export async function readTextFile(file: string): Promise<ParseResult<string>> {
  const refuse = (message: string) => ({ ok: false as const, problems: [{ path: '$', message }] });
  try {
    // Looked at before it is opened: opening a named pipe waits for a writer.
    const info = await stat(file);
    if (info.isDirectory()) return refuse('cannot be read: it is a folder, not a file');
    if (!info.isFile()) return refuse('cannot be read: it is not a regular file');
    // Four bytes at most per character in UTF-8.
    if (info.size > 4 * LIMITS.fileLength) {
      return refuse(`cannot be read: it is ${info.size.toLocaleString('en')} bytes, far too large`);
    }
    return textOfBytes(await readFile(file));
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT') return refuse('cannot be read: no such file or folder');
    if (code === 'EACCES') return refuse('cannot be read: permission denied');
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return refuse(`cannot be read (${reason})`);
  }
}

/** An interview file's bytes as text, read as the browser reads them, or why they cannot be. */
export function textOfBytes(bytes: Uint8Array): ParseResult<string> {
  const refuse = (message: string) => ({ ok: false as const, problems: [{ path: '$', message }] });
  // The browser reads an interview as UTF-8 (as fetch does): UTF-16 would be a wall of U+FFFD.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return refuse('cannot be read: it is UTF-16 text; save it as UTF-8');
  }
  return { ok: true, data: Buffer.from(bytes).toString('utf8') };
}

/**
 * Standard input read to its end, as a file's bytes are (stopped past the size a file may
 * have: a stream has no size to look at first).
 */
export async function readTextStream(
  stream: AsyncIterable<Uint8Array> | undefined,
): Promise<ParseResult<string>> {
  const refuse = (message: string) => ({ ok: false as const, problems: [{ path: '$', message }] });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stream ?? []) {
      size += chunk.length;
      if (size > 4 * LIMITS.fileLength) {
        return refuse(
          `cannot be read: it is over ${(4 * LIMITS.fileLength).toLocaleString('en')} bytes, far too large`,
        );
      }
      chunks.push(chunk);
    }
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return refuse(`cannot be read (${reason})`);
  }
  if (size === 0) return refuse('cannot be read: nothing came in (it is empty)');
  return textOfBytes(Buffer.concat(chunks));
}

/** Reads and parses a JSON file: the data, or its problems (a file that cannot be read included). */
export async function readJsonFile(file: string): Promise<ParseResult<unknown>> {
  const source = await readTextFile(file);
  return source.ok ? parseJson(source.data) : source;
}

/** Reads and checks an interview file, exactly as the browser reads one (see readInterview). */
export async function readInterviewFile(file: string): Promise<ParseResult<Interview>> {
  const source = await readTextFile(file);
  return source.ok ? readInterview(source.data) : source;
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
