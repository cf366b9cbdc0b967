import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../src/interview/parse';
import { generatedFiles } from '../../scripts/lib/generated-files';
import { CATALOGUE_FILE, INTERVIEWS_DIR } from '../../scripts/lib/interview-files';

describe('generated files', async () => {
  const files = await generatedFiles();

  it.each(files.map((file) => [path.relative(process.cwd(), file.path), file] as const))(
    '%s matches its sources (run `npm run generate` after changing them)',
    (_name, file) => {
      expect(readFileSync(file.path, 'utf8')).toBe(file.content);
    },
  );

  it('the catalogue is valid and lists the seed interview', () => {
    const data: unknown = JSON.parse(
      readFileSync(path.join(INTERVIEWS_DIR, CATALOGUE_FILE), 'utf8'),
    );
    const result = parseCatalogue(data);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.data.interviews.map((entry) => entry.id)).toEqual([
      'viktor-maiko-2026',
    ]);
  });
});
