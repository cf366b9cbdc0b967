// The `interview:import` command, callable in-process (tests call it directly):
// arguments in, exit status out, every failure one line on stderr.
import { createReadStream } from 'node:fs';
import {
  chmod,
  link,
  mkdir,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importArticle, type ImportOptions } from '../../src/interview/import/import-article';
import { romanize } from '../../src/interview/romanize';
import { formatReport } from '../../src/interview/import/report';
import { describeIssue, problemLines } from '../../src/interview/problems';
import { httpUrl, isoDate, languageTag, nameText, slug } from '../../src/interview/fields';
import { decodeText, MAX_FILE_BYTES } from '../../src/lib/decode-text';
import {
  extractArticle,
  type ExtractedArticle,
} from '../../src/features/add-interview/lib/extract-article';

export const USAGE =
  'usage: npm run interview:import -- ARTICLE [-o OUT.json] [--id SLUG] [--date YYYY-MM-DD] ' +
  '[--publication NAME] [--url URL] [--language TAG] [--force]';

const HELP = `${USAGE}

ARTICLE          the article's text (.txt), the page saved as .html, or - for standard input
-o, --out FILE   write the interview file there (folders made); without it (or -o -), JSON on stdout
                 (with npm, run it as npm run -s, or npm's own lines come first)
--id SLUG        the interview's id (default: from the guest's name and year); an id another
                 file in -o's folder already holds is refused: give this one its own
--date DATE      the publication date, YYYY-MM-DD (default: the date found in the text)
--publication NAME
                 the publication's name
--url URL        the article's address
--language TAG   the interview's language, such as de or pt-BR (default: guessed from the
                 text's script and words, else en)
--force          overwrite -o's file
The report (title, people, sections, dropped lines) goes to stderr.
`;

export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Read when the file is `-`: an article piped or pasted in. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Standard input is a terminal: someone is to paste the article and end it. */
  stdinIsTerminal?: boolean;
};

/** What `-` reads, named in messages. */
const STDIN_NAME = 'standard input';
/** Names of standard input, read as `-` is. */
const STDIN_PATHS = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** A failure the command reports in one line, with its exit status. */
class CommandError extends Error {
  constructor(
    message: string,
    readonly status = 1,
  ) {
    super(message);
  }
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EFBIG: 'the file is over a size limit',
  ENXIO: 'cannot be opened by its name (a socket?): give it as - on standard input',
};

/** An error in words, on one line: a file system error by its meaning, any other by its message's first line. */
function reason(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (typeof code === 'string' && code in FILE_ERRORS) return FILE_ERRORS[code] ?? code;
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

async function readArticleFile(file: string): Promise<string> {
  const info = await stat(file).catch((error: unknown) => {
    throw new CommandError(`${file}: ${reason(error)}`);
  });
  if (info.isDirectory()) throw new CommandError(`${file}: is a folder, not a file`);
  // A pipe or a device (/dev/stdin, a named pipe, a process substitution) has no size to
  // look at first: it is read as standard input is, up to the limit.
  if (!info.isFile()) return readStream(file, createReadStream(file));
  if (info.size > MAX_FILE_BYTES) {
    throw new CommandError(
      `${file}: too large (${info.size.toLocaleString('en')} bytes; the limit is ${MAX_FILE_BYTES.toLocaleString('en')})`,
    );
  }
  const handle = await open(file, 'r');
  try {
    const decoded = decodeText(new Uint8Array(await handle.readFile()));
    if (!decoded.ok) throw new CommandError(`${file}: ${decoded.error}`);
    return decoded.text;
  } finally {
    await handle.close();
  }
}

/** A saved web page, told by its name or its first tag, as the browser tells one. */
function isWebPage(file: string, text: string): boolean {
  return /\.x?html?$/i.test(file) || /^\s*<(?:!doctype|html)/i.test(text);
}

/** The article of a saved web page as text, read as the browser reads one (in an inert document). */
async function articleOfPage(file: string, html: string): Promise<ExtractedArticle> {
  // jsdom only for web pages: it takes a second to load.
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM('');
  try {
    const article = await extractArticle(html, new window.DOMParser());
    if (article.text.trim() === '')
      throw new CommandError(`${file}: no article text was found in this web page`);
    return article;
  } finally {
    window.close();
  }
}

/** Standard input, a pipe or a device, read to its end or stopped at the size limit. */
async function readStream(
  name: string,
  stream: AsyncIterable<Uint8Array> | undefined,
): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stream ?? []) {
      size += chunk.length;
      // Stopped at the limit: a stream has no size to look at first.
      if (size > MAX_FILE_BYTES) {
        throw new CommandError(
          `${name}: too large (over ${MAX_FILE_BYTES.toLocaleString('en')} bytes, the limit)`,
        );
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof CommandError) throw error;
    throw new CommandError(`${name}: ${reason(error)}`);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  if (size === 0) throw new CommandError(`${name}: nothing came in (an empty article)`);
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new CommandError(`${name}: ${decoded.error}`);
  return decoded.text;
}

/**
 * Makes the folders `folder` needs, one at a time. Node's recursive mkdir never returns under
 * /proc (or through a dangling link): there a folder's mkdir fails ENOENT though its parent
 * exists, and Node then makes the parent and tries again, for ever.
 */
async function makeFolders(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let at = path.resolve(folder); !(await stat(at).catch(() => undefined));) {
    const parent = path.dirname(at);
    if (parent === at) break;
    missing.unshift(at);
    at = parent;
  }
  for (const each of missing) {
    await mkdir(each).catch((error: unknown) => {
      const code = error instanceof Error && 'code' in error ? error.code : undefined;
      // Made meanwhile, or a link: writing the file says whether it can be used.
      if (code !== 'EEXIST') throw error;
    });
  }
}

/** Puts the file in place unless one is there; where hard links are not supported (FAT), renames it. */
async function linkOrRename(temporary: string, out: string): Promise<void> {
  try {
    await link(temporary, out);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    await rename(temporary, out);
  }
}

async function writeOutput(
  out: string,
  json: string,
  force: boolean,
  id: string,
  idGiven: boolean,
): Promise<void> {
  const existing = await stat(out).catch(() => undefined);
  if (existing?.isDirectory()) throw new CommandError(`${out}: is a folder; give a file name`);
  // A device or a pipe (-o /dev/stdout, /dev/null) is written to as it is, --force or not:
  // there is no old file to keep.
  if (existing && !existing.isFile()) {
    await writeFile(out, json).catch((error: unknown) => {
      throw new CommandError(`${out}: cannot be written (${reason(error)})`);
    });
    return;
  }
  if (existing && !force) throw new CommandError(`${out} exists; add --force to overwrite it`);
  const holder = await fileWithId(out, id);
  if (holder) {
    // Refused rather than renamed "-2": importing the same article again would list it twice,
    // and the id is the interview's address, which the person should choose.
    const how = idGiven ? 'choose another' : 'give this one its own with --id SLUG';
    throw new CommandError(
      `${holder} already has the id "${id}"; ${how} (and name the file SLUG.json), or replace that file with -o ${holder} --force`,
    );
  }
  // Written whole beside the target, then put in its place in one step: a
  // write that fails (disk full, a size limit) leaves the old file as it was.
  // Through a symbolic link, the file it points at is the one replaced (the link stays), and
  // it keeps its permissions.
  const target = existing ? await realpath(out) : out;
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`,
  );
  try {
    await makeFolders(path.dirname(target));
    await writeFile(temporary, json, { flag: 'wx' });
    if (existing) await chmod(temporary, existing.mode & 0o7777);
    // Without --force, link refuses a file that appeared meanwhile; rename would replace it.
    if (force) await rename(temporary, target);
    else await linkOrRename(temporary, target);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'EEXIST') throw new CommandError(`${out} exists; add --force to overwrite it`);
    throw new CommandError(`${out}: cannot be written (${reason(error)})`);
  } finally {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

/**
 * The file in `out`'s folder, other than `out` itself, that already holds the interview id `id`,
 * if any: two files with one id are two interviews at one address. An article with no guest,
 * headline or date is given the id "interview"; importing two such, each into a file of its own,
 * gave the library two files with that id. Files that are not interviews are passed over.
 */
async function fileWithId(out: string, id: string): Promise<string | undefined> {
  const folder = path.dirname(out);
  const names: string[] = await readdir(folder).catch(() => []);
  // Through a symbolic link, the file it points at is the one replaced: no other file.
  const self = await realpath(out).catch(() => path.resolve(out));
  // The file named by the id first: in an interviews folder that is where an id lives.
  const ordered = [`${id}.json`, ...names.filter((name) => name !== `${id}.json`)];
  for (const name of ordered) {
    const file = path.join(folder, name);
    if (!name.endsWith('.json') || !names.includes(name)) continue;
    if ((await realpath(file).catch(() => file)) === self) continue;
    const text = await readFile(file, 'utf8').catch(() => '');
    try {
      const data: unknown = JSON.parse(text);
      if (typeof data === 'object' && data !== null && 'id' in data && data.id === id) return file;
    } catch {
      // Not JSON: no interview's file.
    }
  }
  return undefined;
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        id: { type: 'string' },
        date: { type: 'string' },
        publication: { type: 'string' },
        url: { type: 'string' },
        language: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // Node's message goes on to explain `--` at length: its first sentence says what is wrong.
    const [what] = reason(error).split('. ');
    throw new CommandError(`${what}; ${USAGE}`, 2);
  }
}

type FieldOptions = {
  id?: string | undefined;
  date?: string | undefined;
  publication?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
};

/** Each option that becomes a field is checked by that field's rule: a wrong value is named by its option. */
function checkOptions(values: FieldOptions): void {
  const checks = [
    ['--id', values.id, slug],
    ['--date', values.date, isoDate],
    ['--publication', values.publication, nameText],
    ['--url', values.url, httpUrl],
    ['--language', values.language, languageTag],
  ] as const;
  for (const [option, value, field] of checks) {
    if (value === undefined) continue;
    // The messages interview:check gives the same field.
    const result = field.safeParse(value, { error: describeIssue });
    if (!result.success) {
      const why = result.error.issues[0]?.message ?? 'is not valid';
      throw new CommandError(`${option} "${value}": ${why}`, 2);
    }
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (extra.length > 0) {
    throw new CommandError(`one article at a time (got ${positionals.length}); ${USAGE}`, 2);
  }
  if (!file) throw new CommandError(USAGE, 2);
  if (values.out === '') throw new CommandError('-o is empty: give the file to write', 2);
  checkOptions(values);

  // /dev/stdin is opened anew otherwise, which a socket (Node's spawn gives one) refuses.
  const fromStdin = file === '-' || STDIN_PATHS.has(file);
  const name = file === '-' ? STDIN_NAME : file;
  if (fromStdin && io.stdinIsTerminal) {
    io.stderr(
      'Paste the article, then press Ctrl+D on a line of its own (Ctrl+Z, Enter on Windows).\n',
    );
  }
  const source = fromStdin ? await readStream(name, io.stdin) : await readArticleFile(file);
  const page = isWebPage(file, source);
  // A saved page's metadata (publication, address, date) comes after the options, before the text.
  const { text: article, facts } = page
    ? await articleOfPage(name, source)
    : { text: source, facts: undefined };
  const options: ImportOptions = {
    ...(facts ? { page: facts } : {}),
    ...(values.id !== undefined ? { id: values.id } : {}),
    ...(values.date !== undefined ? { published: values.date } : {}),
    ...(values.publication !== undefined ? { publication: values.publication } : {}),
    ...(values.url !== undefined ? { url: values.url } : {}),
    ...(values.language !== undefined ? { language: values.language } : {}),
    romanize,
  };
  const outcome = importArticle(article, options);
  if (!outcome.ok) {
    // One line: the first problem, with its JSON path, and how many more there are.
    const [first, ...more] = outcome.problems ? problemLines(outcome.problems) : [];
    const details = first
      ? `: ${first}${more.length > 0 ? ` (and ${more.length.toLocaleString('en')} more)` : ''}`
      : '';
    throw new CommandError(`${name}: ${outcome.error}${details}`);
  }
  const json = `${JSON.stringify(outcome.interview, null, 2)}\n`;
  // "-o -" is standard output, as the file "-" is standard input (not a file named "-").
  const out = values.out === '-' ? undefined : values.out;
  if (out)
    await writeOutput(out, json, values.force, outcome.interview.id, values.id !== undefined);
  else io.stdout(json);
  io.stderr(`Imported ${name}${out ? ` into ${out}` : values.out ? ' to standard output' : ''}\n`);
  if (page) {
    io.stderr(
      'read as a saved web page: its article only, found by Mozilla Readability (its scripts never ran); the line numbers below are of that text\n',
    );
  }
  io.stderr(`${formatReport(outcome.interview, outcome.report)}\n`);
  if (
    values.out &&
    path.resolve(path.dirname(values.out)).endsWith(path.join('public', 'interviews'))
  )
    io.stderr('Next: npm run generate, to list it in the library.\n');
  return 0;
}

/** Runs the command; never throws: a failure is a message on stderr and a non-zero status. */
export async function importCommand(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    const status = error instanceof CommandError ? error.status : 1;
    const message =
      error instanceof CommandError ? error.message : `unexpected error: ${reason(error)}`;
    io.stderr(`interview:import: ${message}\n`);
    return status;
  }
}
