import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCommand, checkFiles } from '../../scripts/lib/check-files';
import { editJson } from '../support/json-edit';
import { seedFiles, seedJson } from '../support/seed';

// Every folder a test makes goes when the file ends: a run left some twenty behind.
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'interview-check-'));
  made.push(dir);
  return dir;
}

function tempFile(name: string, content: string, encoding: BufferEncoding = 'utf8'): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, content, encoding);
  return file;
}

/** A named pipe (opening one waits for a writer), or /dev/null where mkfifo is missing. */
function fifo(): string {
  const file = path.join(tempDir(), 'pipe.json');
  return spawnSync('mkfifo', [file]).status === 0 ? file : '/dev/null';
}

const library = path.resolve('public/library');

async function runCheck(...args: string[]) {
  return runCheckWithInput(undefined, ...args);
}

/** The command with `input` as its standard input (as interview:import's tests give it). */
async function runCheckWithInput(input: string | undefined, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await checkCommand(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...(input === undefined ? {} : { stdin: Readable.from([Buffer.from(input)]) }),
  });
  return { status, stdout, stderr };
}

// The checks run in this process; one test starts the command itself.
describe('npm run interview:check', () => {
  it('passes valid files, a byte order mark included', async () => {
    const withBom = tempFile('bom.json', `\uFEFF${JSON.stringify(seedJson())}`);
    const files = [
      seedFiles.interview,
      path.join(library, 'index.json'),
      path.join(library, 'date/1.json'),
      path.join(library, 'topic.json'),
      path.join(library, 'topic/energy.json'),
      withBom,
    ];
    const report = await checkFiles(files);
    expect(report.problems).toEqual([]);
    expect(report.valid).toEqual(files.map((file) => `${file}: valid`));
    expect(report.summary).toBeUndefined();
  });

  it('prints one line per problem with its JSON path', async () => {
    const doc = seedJson();
    editJson(doc, ['sections', 0, 'questions', 0, 'askedBy'], 'nobody');
    editJson(doc, ['keyQuotes', 0, 'text'], 'words never said');
    const broken = tempFile('broken.json', JSON.stringify(doc));
    const report = await checkFiles([seedFiles.interview, broken]);
    expect(report.problems).toEqual([
      `${broken}: $.sections[0].questions[0].askedBy: unknown speaker "nobody": expected one of tca, viktor-maiko`,
      `${broken}: $.keyQuotes[0].text: is not found word for word in one paragraph of the answer to "q1"`,
    ]);
    expect(report.summary).toBe('1 of 2 files invalid');
  });

  it('refuses a paragraph of 1,000,000 characters, naming its path and the limit', async () => {
    const doc = seedJson();
    editJson(doc, ['sections', 0, 'questions', 0, 'answer', 1], 'a'.repeat(1_000_000));
    const huge = tempFile('huge.json', JSON.stringify(doc));
    const report = await checkFiles([huge]);
    expect(report.problems).toEqual([
      `${huge}: $.sections[0].questions[0].answer[1]: must be at most 100,000 characters (it has 1,000,000)`,
    ]);
  });

  it('says in one line why a file is not JSON, missing, a folder or not a regular file', async () => {
    const notJson = tempFile('notes.json', 'TCA: what?');
    const folder = tempDir();
    const report = await checkFiles([notJson, '/no/such/file.json', folder, '/dev/null']);
    expect(report.problems).toEqual([
      `${notJson}: $: is not valid JSON at line 1, column 1: expected a value, but found "T"`,
      '/no/such/file.json: $: cannot be read: no such file or folder',
      `${folder}: $: cannot be read: it is a folder, not a file`,
      '/dev/null: $: cannot be read: it is not a regular file',
    ]);
  });

  it.each([
    ['a folder', () => tempDir(), 'cannot be read: it is a folder, not a file'],
    ['a named pipe', () => fifo(), 'cannot be read: it is not a regular file'],
    ['a missing file', () => '/no/such/file.json', 'cannot be read: no such file or folder'],
    [
      'UTF-16 text',
      () => tempFile('utf16.json', `\uFEFF${JSON.stringify(seedJson())}`, 'utf16le'),
      'cannot be read: it is UTF-16 text; save it as UTF-8',
    ],
    [
      'a title of 1,001 characters',
      () => {
        const doc = seedJson();
        editJson(doc, ['title'], 'T'.repeat(1_001));
        return tempFile('title.json', JSON.stringify(doc));
      },
      '$.title: must be at most 1,000 characters (it has 1,001)',
    ],
    ['bad JSON', () => tempFile('bad.json', '{bad'), 'is not valid JSON at line 1, column 2'],
    [
      'a paragraph of 1,000,000 characters',
      () => {
        const doc = seedJson();
        editJson(doc, ['sections', 0, 'questions', 0, 'answer', 1], 'a'.repeat(1_000_000));
        return tempFile('huge.json', JSON.stringify(doc));
      },
      'must be at most 100,000 characters (it has 1,000,000)',
    ],
  ])(
    'of one file that is %s, prints exactly one line, which says why',
    async (_what, make, why) => {
      const file = make();
      const report = await checkFiles([file]);
      expect(report.problems).toHaveLength(1);
      expect(report.problems[0]).toContain(`${file}: `);
      expect(report.problems[0]).toContain(why);
      expect(report.summary).toBeUndefined();
      expect(report.invalid).toBe(1);
    },
  );

  it('recognises a library file and checks it as one', async () => {
    const shard = tempFile('1.json', JSON.stringify({ schemaVersion: 1, entries: [{ id: 'x' }] }));
    const report = await checkFiles([shard]);
    expect(report.problems).toContain(`${shard}: $.entries[0].title: is missing`);
  });

  it(
    'exits non-zero with its problems on stderr, no stack trace',
    () => {
      const notJson = tempFile('notes.json', 'TCA: what?');
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/interview-check.ts', seedFiles.interview, notJson, tempDir()],
        { encoding: 'utf8' },
      );
      expect(result.status).toBe(1);
      expect(result.stdout).toBe(`${seedFiles.interview}: valid\n`);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(3);
      expect(lines.at(-1)).toBe('2 of 3 files invalid');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
    // Starting Node with a TypeScript loader takes seconds on a busy machine.
    60_000,
  );

  it('prints its usage for --help and -h, on stdout, with status 0', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await runCheck(flag);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^usage: npm run interview:check -- \[FILE\.\.\.\]/);
      // Standard input, which the README's table gives, is in the usage too.
      expect(result.stdout).toContain('- reads standard input');
      expect(result.stderr).toBe('');
    }
  });

  it('refuses an unknown option in one line with its usage, status 2, checking nothing', async () => {
    const result = await runCheck('--strict', seedFiles.interview);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^interview:check: Unknown option '--strict'; usage: npm run interview:check -- /,
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('takes every argument after -- as a file, one named like an option too', async () => {
    const dashed = path.join(tempDir(), '-h.json');
    writeFileSync(dashed, JSON.stringify(seedJson()));
    const result = await runCheck('--', seedFiles.interview, dashed);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${seedFiles.interview}: valid\n${dashed}: valid\n`);
    expect(result.stderr).toBe('');
  });

  it('reads standard input for -, as interview:import does, naming it "standard input"', async () => {
    const valid = await runCheckWithInput(JSON.stringify(seedJson()), '-');
    expect(valid).toEqual({ status: 0, stdout: 'standard input: valid\n', stderr: '' });

    const doc = seedJson();
    editJson(doc, ['title'], 'T'.repeat(1_001));
    const invalid = await runCheckWithInput(JSON.stringify(doc), '-', seedFiles.interview);
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toBe(`${seedFiles.interview}: valid\n`);
    expect(invalid.stderr).toBe(
      'standard input: $.title: must be at most 1,000 characters (it has 1,001)\n1 of 2 files invalid\n',
    );

    const empty = await runCheckWithInput('', '-');
    expect(empty.status).toBe(1);
    expect(empty.stderr).toBe('standard input: $: cannot be read: nothing came in (it is empty)\n');
  });

  it('refuses - given twice in one line, status 2, checking nothing', async () => {
    const result = await runCheckWithInput(JSON.stringify(seedJson()), '-', '-');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'interview:check: - (standard input) can be given once only; usage: npm run interview:check -- [FILE...] (with no FILE: every interview in public/interviews and the library; - reads standard input)\n',
    );
  });

  it('reads a file piped to it as -', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/interview-check.ts', '-'],
      { encoding: 'utf8', input: JSON.stringify(seedJson()) },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('standard input: valid\n');
    expect(result.status).toBe(0);
  }, 60_000);
});
