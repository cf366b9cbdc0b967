import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles, staleFiles } from '../../scripts/lib/generated-files';
import { PUBLIC_DIR } from '../../scripts/lib/interview-files';
import { libraryFiles } from '../../src/interview/library-files';
import { parseLibraryShard, parseLibrarySummary } from '../../src/interview/parse';

const readJson = (file: string): unknown =>
  JSON.parse(readFileSync(path.join(PUBLIC_DIR, file), 'utf8'));

describe('generated files', async () => {
  const files = await generatedFiles();

  it.each(files.map((file) => [path.relative(process.cwd(), file.path), file] as const))(
    '%s matches its sources (run `npm run generate` after changing them)',
    (_name, file) => {
      expect(readFileSync(file.path, 'utf8')).toBe(file.content);
    },
  );

  it('leaves no library file behind that no interview needs (run `npm run generate`)', async () => {
    expect(await staleFiles(files)).toEqual([]);
  });

  it('the library is valid and lists the seed interview', () => {
    const summary = parseLibrarySummary(readJson(libraryFiles.summary()));
    expect(summary.ok && summary.data.total).toBe(1);
    const shard = parseLibraryShard(readJson(libraryFiles.shard('date', 1)));
    expect(shard.ok ? shard.data.entries.map((entry) => entry.id) : shard.problems).toEqual([
      'viktor-maiko-2026',
    ]);
  });
});
