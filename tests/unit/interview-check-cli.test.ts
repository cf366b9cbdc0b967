import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editJson } from '../support/json-edit';
import { seedFiles, seedJson } from '../support/seed';

function runCheck(...files: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/interview-check.ts', ...files],
    { encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'interview-check-')), name);
  writeFileSync(file, content);
  return file;
}

describe('npm run interview:check', () => {
  it('passes valid files', () => {
    const library = path.resolve('public/library');
    const result = runCheck(
      seedFiles.interview,
      path.join(library, 'index.json'),
      path.join(library, 'date/1.json'),
      path.join(library, 'topic.json'),
      path.join(library, 'topic/energy.json'),
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('viktor-maiko-2026.json: valid');
    expect(result.stdout).toContain('library/index.json: valid');
    expect(result.stdout).toContain('library/topic/energy.json: valid');
    expect(result.status).toBe(0);
  });

  it('prints one line per problem with its JSON path and exits non-zero', () => {
    const doc = seedJson();
    editJson(doc, ['sections', 0, 'questions', 0, 'askedBy'], 'nobody');
    editJson(doc, ['keyQuotes', 0, 'text'], 'words never said');
    const broken = tempFile('broken.json', JSON.stringify(doc));
    const result = runCheck(seedFiles.interview, broken);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${broken}: $.sections[0].questions[0].askedBy: unknown speaker "nobody": expected one of tca, viktor-maiko`,
      `${broken}: $.keyQuotes[0].text: is not found word for word in one paragraph of the answer to "q1"`,
      '1 of 2 files invalid',
    ]);
  });

  it('reports a file that is not JSON, or missing', () => {
    const notJson = tempFile('notes.json', 'TCA: what?');
    const result = runCheck(notJson, '/no/such/file.json');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${notJson}: $: is not valid JSON`);
    expect(result.stderr).toContain('/no/such/file.json: $: cannot be read');
  });

  it('recognises a library file and checks it as one', () => {
    const shard = tempFile('1.json', JSON.stringify({ schemaVersion: 1, entries: [{ id: 'x' }] }));
    const result = runCheck(shard);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${shard}: $.entries[0].title: is missing`);
  });
});
