import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parseInterview } from '../../src/interview/parse';
import { importCommand } from '../../scripts/lib/import-command';
import { seedFiles } from '../support/seed';

// The command runs in-process: no child process to time out on a busy machine.
async function runImport(...args: string[]) {
  return runImportWith(undefined, ...args);
}

async function runImportWith(input: string | Buffer | undefined, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await importCommand(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...(input !== undefined ? { stdin: Readable.from([Buffer.from(input)]) } : {}),
  });
  return { status, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), 'interview-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

/** A failure is one line on stderr, never a stack trace. */
function expectOneLine(stderr: string) {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('npm run interview:import', { timeout: 30_000 }, () => {
  it('writes a valid interview file and reports on stderr', async () => {
    const out = path.join(dir, 'maiko.json');
    const result = await runImport(seedFiles.article, '-o', out);
    expect(result.status).toBe(0);
    const written: unknown = JSON.parse(readFileSync(out, 'utf8'));
    const parsed = parseInterview(written);
    expect(parsed.ok).toBe(true);
    for (const line of [
      'title:       Ukrainian Ambassador to Kazakhstan',
      'published:   2026-02-10 (from "10 February 2026")',
      'interviewee: Viktor Maiko, Ukraine’s Ambassador to Kazakhstan (tag "Ambassador Maiko")',
      'byline:      Askar Alimzhanov (with bio)',
      'sections:    5: Trade (1),',
      'questions:   5',
      'key quotes:  1 proposed',
      'paragraphs:  92 read: 46 kept, 46 dropped as page noise',
      'ticker ×8, lines 1, 6, 11, 16, 21, 26, 31, 36: "• KGS/USD = 0.01144 0%"',
      'page furniture, line 140: "Suggested Articles"',
    ]) {
      expect(result.stderr).toContain(line);
    }
  });

  it('writes JSON to stdout without -o, and takes the id from --id', async () => {
    const result = await runImport(seedFiles.article, '--id', 'maiko-interview');
    expect(result.status).toBe(0);
    const written: unknown = JSON.parse(result.stdout);
    expect(parseInterview(written).ok && written).toMatchObject({ id: 'maiko-interview' });
  });

  it('writes JSON to stdout with -o -, as - reads standard input, and leaves no file named "-"', async () => {
    const cwd = process.cwd();
    const here = mkdtempSync(path.join(dir, 'dash-'));
    process.chdir(here);
    try {
      const result = await runImport(seedFiles.article, '-o', '-');
      expect(result.status).toBe(0);
      expect(parseInterview(JSON.parse(result.stdout)).ok).toBe(true);
      expect(readdirSync(here)).toEqual([]);
      expect(result.stderr).toMatch(/^Imported \S+ to standard output\n/);
    } finally {
      process.chdir(cwd);
    }
  });

  it('writes to a device such as /dev/null without --force: there is no file to keep', async () => {
    const result = await runImport(seedFiles.article, '-o', '/dev/null');
    expect(result.stderr).not.toContain('--force');
    expect(result.status).toBe(0);
  });

  it('refuses to overwrite a file without --force', async () => {
    const out = file('existing.json', '{"keep": true}');
    const result = await runImport(seedFiles.article, '-o', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('exists; add --force to overwrite it');
    expect(readFileSync(out, 'utf8')).toBe('{"keep": true}');
    expect(
      (await runImport(seedFiles.article, '-o', out, '--force', '--id', 'existing')).status,
    ).toBe(0);
  });

  it("overwrites with --force through a symbolic link, keeping the link and the file's mode", async () => {
    const target = file('linked-target.json', '{"old": true}');
    chmodSync(target, 0o640);
    const out = path.join(dir, 'linked.json');
    symlinkSync(target, out);
    expect(
      (await runImport(seedFiles.article, '-o', out, '--force', '--id', 'linked')).status,
    ).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain('"schemaVersion": 1');
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it('reads UTF-16 text with a byte-order mark, and UTF-8 with one', async () => {
    const text = readFileSync(seedFiles.article, 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const fromUtf16 = await runImport(file('utf16.txt', utf16));
    expect(fromUtf16.status).toBe(0);
    const fromBom = await runImport(file('bom.txt', `\uFEFF${text}`));
    expect(fromBom.stdout).toBe(fromUtf16.stdout);
  });

  it('reads the article from standard input when the file is -', async () => {
    const text = readFileSync(seedFiles.article, 'utf8');
    const fromFile = await runImport(seedFiles.article);
    const fromStdin = await runImportWith(text, '-');
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromStdin.stderr).toContain('Imported standard input');
    const empty = await runImportWith('', '-');
    expect(empty.status).toBe(1);
    expect(empty.stderr).toBe(
      'interview:import: standard input: nothing came in (an empty article)\n',
    );
    const huge = await runImportWith(Buffer.alloc(9_000_000, 'a'), '-');
    expect(huge.status).toBe(1);
    expect(huge.stderr).toBe(
      'interview:import: standard input: too large (over 8,000,000 bytes, the limit)\n',
    );
  });

  it('reads a pipe given as - (a child process, with a generous timeout)', () => {
    const out = path.join(dir, 'from-pipe.json');
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/interview-import.ts', '-', '-o', out, '--id', 'from-pipe'],
      { encoding: 'utf8', timeout: 60_000, input: readFileSync(seedFiles.article, 'utf8') },
    );
    expect(result.status).toBe(0);
    expect(parseInterview(JSON.parse(readFileSync(out, 'utf8'))).ok).toBe(true);
  }, 90_000);

  it('reads /dev/stdin as it reads -, from a shell pipe or a socket (child processes, generous timeouts)', () => {
    const command = `node --import tsx scripts/interview-import.ts /dev/stdin < "${seedFiles.article}"`;
    for (const [how, args, input] of [
      [
        'a pipe',
        [
          '-c',
          `cat "${seedFiles.article}" | node --import tsx scripts/interview-import.ts /dev/stdin`,
        ],
        undefined,
      ],
      [
        'a socket',
        ['-c', 'node --import tsx scripts/interview-import.ts /dev/stdin'],
        readFileSync(seedFiles.article, 'utf8'),
      ],
      ['a file', ['-c', command], undefined],
    ] as const) {
      const result = spawnSync('bash', args, { encoding: 'utf8', timeout: 60_000, input });
      expect(result.stderr, how).toContain('Imported /dev/stdin');
      expect(result.status, how).toBe(0);
      expect(parseInterview(JSON.parse(result.stdout)).ok, how).toBe(true);
    }
  }, 200_000);

  it('reads a named pipe given by its name, and stops a device that never ends at the size limit', async () => {
    const fifo = path.join(dir, 'a-pipe');
    if (spawnSync('mkfifo', [fifo]).status === 0) {
      const writing = writeFile(fifo, readFileSync(seedFiles.article));
      const fromPipe = await runImport(fifo);
      await writing;
      expect(fromPipe.stderr).toContain(`Imported ${fifo}`);
      expect(fromPipe.status).toBe(0);
      expect(fromPipe.stdout).toBe((await runImport(seedFiles.article)).stdout);
    }
    if (existsSync('/dev/zero')) {
      const endless = await runImport('/dev/zero');
      expect(endless.status).toBe(1);
      expect(endless.stderr).toBe(
        'interview:import: /dev/zero: too large (over 8,000,000 bytes, the limit)\n',
      );
    }
  }, 30_000);

  it('reads a saved web page as the browser does: its article, never its markup or scripts', async () => {
    const answers = [
      ['What brought you to the river?', 'My grandmother fished it every summer of her life.'],
      ['And what keeps you there?', 'The light on the water at six in the morning.'],
      ['Will you ever leave?', 'Only when the river does.'],
    ];
    const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ann Lee: the river keeper | The River Times</title><script>document.title = 'tracked';</script>
<style>p { color: red }</style></head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Ann Lee: the river keeper</h1><p>Ann Lee has kept the river for forty years. We met her on the bank.</p>
${answers.map(([q, a]) => `<p><strong>Q:</strong> ${q}</p><p><strong>A:</strong> ${a}</p>`).join('\n')}
</article><footer>© The River Times</footer></body></html>`;
    for (const name of ['saved.html', 'saved-page.txt']) {
      const result = await runImport(file(name, page));
      expect(result.status).toBe(0);
      const parsed = parseInterview(JSON.parse(result.stdout));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const interview = parsed.data;
      expect(interview.title).toBe('Ann Lee: the river keeper');
      expect(interview.sections.flatMap((s) => s.questions.map((q) => q.question[0]))).toEqual(
        answers.map(([q]) => q),
      );
      expect(result.stdout).not.toMatch(/<|DOCTYPE|tracked|color: red/);
      expect(result.stderr).toContain('read as a saved web page');
    }
    // jsdom and Readability load on first use: 5.5 s at load 11 on the shared 2-core machine.
  }, 60_000);

  it("titles a saved page by its headline, not the <title>'s site name after a short one", async () => {
    // Readability keeps the whole <title> when the part before " | " is four words or fewer.
    const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>BGS 5+5: Mimi Naja | The Bluegrass Situation</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>BGS 5+5: Mimi Naja</h1>
<p>Mimi Naja plays mandolin in Fruition.</p>
<p>What was the first moment you knew you wanted to be a musician?</p>
<p>Walking past the old upright piano in our basement when I was four.</p>
<p>What’s the toughest time you ever had writing a song?</p>
<p>“Counting the Days”, written as a relationship came apart.</p>
<p>What rituals do you have before a show?</p>
<p>A walk to a coffee shop between soundcheck and doors.</p>
</article><footer>© The Bluegrass Situation</footer></body></html>`;
    const result = await runImport(file('short-headline.html', page));
    expect(result.status).toBe(0);
    const parsed = parseInterview(JSON.parse(result.stdout));
    expect(parsed.ok && parsed.data.title).toBe('BGS 5+5: Mimi Naja');
  }, 30_000);

  it.each([
    ['an empty file', 'empty.txt', '', 'the file is empty'],
    ['a blank file', 'blank.txt', '\n  \n', 'the article is empty'],
    [
      'a binary file',
      'image.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'not text (it holds binary data',
    ],
    [
      'text that is not UTF-8',
      'latin1.txt',
      Buffer.from([0x51, 0x3a, 0x20, 0xe9, 0xe9, 0x3f]),
      'not UTF-8 text',
    ],
    [
      'text without questions and answers',
      'news.txt',
      'Council approves budget\n\nThe council met on Tuesday.',
      'no questions and answers found',
    ],
  ])(
    'rejects %s: one line on stderr, non-zero exit, no file written',
    async (_name, name, content, message) => {
      const out = path.join(dir, `${name}.json`);
      const result = await runImport(file(name, content), '-o', out);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(message);
      expectOneLine(result.stderr);
      expect(existsSync(out)).toBe(false);
    },
  );

  it('rejects a file over the size limit without reading it', async () => {
    const out = path.join(dir, 'huge.json');
    const result = await runImport(file('huge.txt', Buffer.alloc(9_000_000, 'a')), '-o', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/too large \(9,000,000 bytes; the limit is 8,000,000\)/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an article whose paragraph is over the format’s limit, saying where, no trace', async () => {
    const out = path.join(dir, 'long.json');
    const long = 'The river rose and the town built a wall. '.repeat(25_000).trim();
    const article = `An interview with Ann Lee\n\nQ: Tell us everything?\n\nA: ${long}\n\nQ: And then?\n\nA: It rained.\n`;
    const result = await runImport(file('long.txt', article), '-o', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `$.sections[0].questions[0].answer[0]: must be at most 100,000 characters (it has ${long.length.toLocaleString('en')})`,
    );
    expectOneLine(result.stderr);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a paragraph of 1,000,000 characters in one line', async () => {
    const out = path.join(dir, 'million.json');
    const article = `An interview with Ann Lee\n\nQ: Tell us everything?\n\nA: ${'a'.repeat(1_000_000)}\n\nQ: And then?\n\nA: It rained.\n`;
    const result = await runImport(file('million.txt', article), '-o', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('must be at most 100,000 characters (it has 1,000,000)');
    expectOneLine(result.stderr);
    expect(existsSync(out)).toBe(false);
  });

  it('never writes a field over the format’s limit: a long bio is dropped, a long --publication refused', async () => {
    const bio = `Ann Lee ${'wrote about rivers and the towns along them. '.repeat(120)}`.trim();
    const article = `An interview with Ann Lee\n\nQ: Tell us everything?\n\nA: The river rose.\n\nQ: And then?\n\nA: It rained.\n\nAnn Lee\n\n${bio}\n`;
    const source = file('long-bio.txt', article);
    const out = path.join(dir, 'long-bio.json');
    const imported = await runImport(source, '-o', out);
    expect(imported.status).toBe(0);
    const written = parseInterview(JSON.parse(readFileSync(out, 'utf8')));
    expect(written.ok && written.data.byline).toEqual([{ name: 'Ann Lee' }]);

    const publication = 'The River Times '.repeat(13).trim();
    const refused = await runImport(source, '--publication', publication);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      `--publication "${publication}": must be at most 200 characters (it has ${publication.length})`,
    );
    expectOneLine(refused.stderr);
  });

  it('says so in one line when the input is a folder or missing', async () => {
    const folder = path.join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    const fromFolder = await runImport(folder);
    expect(fromFolder.stderr).toContain('is a folder, not a file');
    expectOneLine(fromFolder.stderr);

    const missing = await runImport(path.join(dir, 'missing.txt'));
    expect(missing.stderr).toContain('no such file');
    expectOneLine(missing.stderr);
  });

  it('says so in one line when -o names a folder, even with --force', async () => {
    const folder = path.join(dir, 'out-folder');
    mkdirSync(folder, { recursive: true });
    const result = await runImport(seedFiles.article, '-o', folder, '--force');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is a folder; give a file name');
    expectOneLine(result.stderr);
  });

  it.each([
    ['--date', '10/02/2026', 'must be an ISO 8601 date (YYYY-MM-DD)'],
    // In the form asked for, but no such day: said so.
    ['--date', '2025-02-30', 'is not a real date: 2025-02 has 28 days'],
    ['--url', 'www.times.ca/ann-lee', 'must be an absolute http(s) URL'],
    ['--language', 'English', 'must be a language tag such as "en" or "en-GB"'],
    ['--id', 'Ann Lee', 'must be a URL-safe id: lowercase letters, digits and single hyphens'],
  ])(
    'names the option when %s is wrong, before reading the article (status 2)',
    async (flag, value, why) => {
      const out = path.join(dir, 'wrong-option.json');
      const result = await runImport(path.join(dir, 'missing.txt'), flag, value, '-o', out);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`interview:import: ${flag} "${value}": ${why}\n`);
      expect(existsSync(out)).toBe(false);
    },
  );

  it('refuses an empty -o (an unset variable, say) instead of writing to stdout', async () => {
    const result = await runImport(seedFiles.article, '-o', '');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('interview:import: -o is empty: give the file to write\n');
  });

  it('says it reads one article at a time when given two', async () => {
    const result = await runImport(seedFiles.article, seedFiles.article);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^interview:import: one article at a time \(got 2\); usage: /);
  });

  it('says in words why -o cannot be written: not permitted', async () => {
    // /sys refuses new folders to root too; elsewhere the test says nothing.
    if (!existsSync('/sys/kernel')) return;
    const result = await runImport(seedFiles.article, '-o', '/sys/interview/x.json');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'interview:import: /sys/interview/x.json: cannot be written (not permitted)\n',
    );
  });

  it('exits at once with a reason when -o is under /proc, where no folder can be made (a child process)', () => {
    // Node's recursive mkdir spins for ever there: /proc answers ENOENT for a folder whose parent exists.
    if (!existsSync('/proc/self')) return;
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/interview-import.ts',
        seedFiles.article,
        '-o',
        '/proc/interview/x.json',
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'interview:import: /proc/interview/x.json: cannot be written (no such file or folder)\n',
    );
  }, 90_000);

  it('leaves nothing half-written when the write fails: the old file stays whole (a child process under ulimit -f)', () => {
    const out = file('kept-whole.json', '{"keep": true}');
    const missing = path.join(dir, 'never-made.json');
    const command = [
      'ulimit -f 4', // 4 KB: the interview file is 14 KB
      `node --import tsx scripts/interview-import.ts "${seedFiles.article}" -o "${out}" --force --id kept-whole`,
      `node --import tsx scripts/interview-import.ts "${seedFiles.article}" -o "${missing}"`,
    ].join('; ');
    const result = spawnSync('bash', ['-c', command], { encoding: 'utf8', timeout: 90_000 });
    expect(result.stderr).toContain(`${out}: cannot be written (`);
    expect(readFileSync(out, 'utf8')).toBe('{"keep": true}');
    expect(existsSync(missing)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([]);
  }, 120_000);

  it('explains its usage in one line when called wrongly', async () => {
    const bare = await runImport();
    expect(bare.status).toBe(2);
    expectOneLine(bare.stderr);
    const unknown = await runImport('--nope', 'x.txt');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe(
      `interview:import: Unknown option '--nope'; usage: npm run interview:import -- ARTICLE [-o OUT.json] [--id SLUG] [--date YYYY-MM-DD] [--publication NAME] [--url URL] [--language TAG] [--force]\n`,
    );
  });

  it('runs as npm run interview:import (a child process, with a generous timeout)', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/interview-import.ts', path.join(dir, 'missing.txt')],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('interview:import:');
    expectOneLine(result.stderr);
  }, 90_000);
});

describe('interview:import --help', () => {
  // The language is guessed from the text since this session; the help said "default en".
  it('says the language is guessed from the text when --language is left out', async () => {
    const { status, stdout } = await runImport('--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/--language TAG[^\n]*guessed from the\s+text/u);
  });
});
