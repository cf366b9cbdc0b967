import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInterview } from '../../src/interview/parse';
import { seedFiles } from '../support/seed';

function runImport(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/interview-import.ts', ...args],
    {
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), 'interview-import-'));
function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

describe('npm run interview:import', () => {
  it('writes a valid interview file and reports on stderr', () => {
    const out = path.join(dir, 'maiko.json');
    const result = runImport(seedFiles.article, '-o', out);
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

  it('writes JSON to stdout without -o, and takes the id from --id', () => {
    const result = runImport(seedFiles.article, '--id', 'maiko-interview');
    expect(result.status).toBe(0);
    const written: unknown = JSON.parse(result.stdout);
    expect(parseInterview(written).ok && written).toMatchObject({ id: 'maiko-interview' });
  });

  it('refuses to overwrite a file without --force', () => {
    const out = file('existing.json', '{"keep": true}');
    const result = runImport(seedFiles.article, '-o', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('exists; add --force to overwrite it');
    expect(readFileSync(out, 'utf8')).toBe('{"keep": true}');
    expect(runImport(seedFiles.article, '-o', out, '--force').status).toBe(0);
  });

  it.each([
    ['an empty file', 'empty.txt', '\n  \n', 'the article is empty'],
    [
      'a binary file',
      'image.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'not a text file',
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
    'rejects %s: message on stderr, non-zero exit, no file written',
    (_name, name, content, message) => {
      const out = path.join(dir, `${name}.json`);
      const result = runImport(file(name, content), '-o', out);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(message);
      expect(existsSync(out)).toBe(false);
    },
  );

  it('rejects a file over the size limit without reading it', () => {
    const out = path.join(dir, 'huge.json');
    const result = runImport(file('huge.txt', Buffer.alloc(8_000_001, 'a')), '-o', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/too large \(8,000,001 bytes; the limit is 8,000,000\)/);
    expect(existsSync(out)).toBe(false);
  });

  it('explains its usage when called wrongly', () => {
    expect(runImport().status).toBe(2);
    expect(runImport('--nope', 'x.txt').stderr).toContain('usage: npm run interview:import');
    expect(runImport(path.join(dir, 'missing.txt')).stderr).toContain('no such file');
  });
});
