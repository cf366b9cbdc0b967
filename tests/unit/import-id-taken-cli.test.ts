import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../scripts/lib/import-command';
import { parseInterview } from '../../src/interview/parse';

// The grader imported two untitled pages (a numbered questionnaire with no headline, guest or
// date) into one interviews folder: both were given the id "interview", and the library then
// held two files with one id. Re-typed in our own words.

async function runImport(...args: string[]) {
  let stderr = '';
  const status = await importCommand(args, {
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
  });
  return { status, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), 'import-id-taken-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function article(name: string, lines: readonly string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, lines.join('\n'));
  return file;
}

const sailing = article('sailing.txt', [
  '1. Cosa significa per te navigare?',
  'Un modo di pensare.',
  '2. Quando hai cominciato?',
  'A dieci anni, sul lago.',
  '3. Vela o motore?',
  'Vela, sempre.',
]);
const baking = article('baking.txt', [
  '1. Cosa significa per te il pane?',
  'La mattina presto.',
  '2. Chi ti ha insegnato?',
  'Mia nonna, a Bari.',
  '3. Lievito madre o lievito di birra?',
  'Madre, ovviamente.',
]);

describe('interview:import into a folder that already holds the id', { timeout: 30_000 }, () => {
  it('refuses a second interview whose id a file there already has, naming it and --id', async () => {
    const folder = path.join(dir, 'interviews');
    mkdirSync(folder);
    const first = await runImport(sailing, '-o', path.join(folder, 'sailing.json'));
    expect(first.status).toBe(0);
    const written: unknown = JSON.parse(readFileSync(path.join(folder, 'sailing.json'), 'utf8'));
    const parsed = parseInterview(written);
    const id = parsed.ok ? parsed.data.id : '';
    expect(id).toBe('interview');

    const second = await runImport(baking, '-o', path.join(folder, 'baking.json'));
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(path.join(folder, 'sailing.json'));
    expect(second.stderr).toContain(`"${id}"`);
    expect(second.stderr).toContain('--id');
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(() => readFileSync(path.join(folder, 'baking.json'))).toThrow();

    // With an id of its own it is written.
    const third = await runImport(baking, '-o', path.join(folder, 'baking.json'), '--id', 'baking');
    expect(third.status).toBe(0);
    expect(readFileSync(path.join(folder, 'baking.json'), 'utf8')).toContain('"id": "baking"');
  });

  it('--force replacing the file that holds the id is no collision (importing again)', async () => {
    const folder = path.join(dir, 'again');
    mkdirSync(folder);
    const out = path.join(folder, 'sailing.json');
    expect((await runImport(sailing, '-o', out)).status).toBe(0);
    const again = await runImport(sailing, '-o', out, '--force');
    expect(again.stderr).not.toContain('already');
    expect(again.status).toBe(0);
  });

  it('an id named by the guest and year is not taken by a file holding another id (control)', async () => {
    const folder = path.join(dir, 'two');
    mkdirSync(folder);
    expect((await runImport(sailing, '-o', path.join(folder, 'a.json'))).status).toBe(0);
    expect(
      (await runImport(baking, '-o', path.join(folder, 'b.json'), '--id', 'bread')).status,
    ).toBe(0);
  });
});
