// npm run interview:import -- ARTICLE.txt [-o OUT.json] [--id SLUG] [--date YYYY-MM-DD]
//   [--publication NAME] [--url URL] [--language TAG] [--force]
// Turns the raw text of a published Q&A interview into an interview file and
// prints a report on stderr. Without -o the JSON goes to stdout.
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  importArticle,
  MAX_ARTICLE_CHARS,
  type ImportOptions,
} from '../src/interview/import/import-article';
import { formatReport } from '../src/interview/import/report';
import { problemLines } from '../src/interview/problems';

const USAGE =
  'usage: npm run interview:import -- ARTICLE.txt [-o OUT.json] [--id SLUG] [--date YYYY-MM-DD] ' +
  '[--publication NAME] [--url URL] [--language TAG] [--force]';
// UTF-8 takes up to four bytes a character.
const MAX_BYTES = MAX_ARTICLE_CHARS * 4;

function fail(message: string, status = 1): never {
  console.error(`interview:import: ${message}`);
  process.exit(status);
}

function options() {
  try {
    return parseArgs({
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
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
}

async function readArticle(file: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    fail(`${file}: no such file`);
  }
  if (size > MAX_BYTES)
    fail(
      `${file}: too large (${size.toLocaleString('en')} bytes; the limit is ${MAX_BYTES.toLocaleString('en')})`,
    );
  const bytes = await readFile(file);
  if (bytes.includes(0)) fail(`${file}: not a text file (it holds binary data)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${file}: not UTF-8 text`);
  }
}

const { values, positionals } = options();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [file, ...extra] = positionals;
if (!file || extra.length > 0) fail(USAGE, 2);

const article = await readArticle(file);
const importOptions: ImportOptions = {
  ...(values.id !== undefined ? { id: values.id } : {}),
  ...(values.date !== undefined ? { published: values.date } : {}),
  ...(values.publication !== undefined ? { publication: values.publication } : {}),
  ...(values.url !== undefined ? { url: values.url } : {}),
  ...(values.language !== undefined ? { language: values.language } : {}),
};
const outcome = importArticle(article, importOptions);
if (!outcome.ok) {
  const details = outcome.problems
    ? `\n${problemLines(outcome.problems)
        .map((l) => `  ${l}`)
        .join('\n')}`
    : '';
  fail(`${file}: ${outcome.error}${details}`);
}

const json = `${JSON.stringify(outcome.interview, null, 2)}\n`;
if (values.out) {
  if (existsSync(values.out) && !values.force)
    fail(`${values.out} exists; add --force to overwrite it`);
  await mkdir(path.dirname(values.out), { recursive: true });
  await writeFile(values.out, json);
} else {
  process.stdout.write(json);
}
console.error(`Imported ${file}${values.out ? ` into ${values.out}` : ''}`);
console.error(formatReport(outcome.interview, outcome.report));
if (
  values.out &&
  path.resolve(path.dirname(values.out)).endsWith(path.join('public', 'interviews'))
) {
  console.error('Next: npm run generate, to list it in the library.');
}
