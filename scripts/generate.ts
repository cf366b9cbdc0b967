// Writes the files derived from the zod schema and the interview files:
// public/interview.schema.json and the library's files in public/library/
// (see src/interview/library-files.ts), removing library files no interview
// needs any more. Run it after adding, editing or removing an interview.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generatedFiles, staleFiles } from './lib/generated-files';

try {
  const files = await generatedFiles();
  for (const file of files) {
    await mkdir(path.dirname(file.path), { recursive: true });
    await writeFile(file.path, file.content);
  }
  const stale = await staleFiles(files);
  for (const file of stale) await rm(file);
  console.log(
    `wrote ${files.length} files${stale.length > 0 ? `, removed ${stale.length} no longer needed` : ''}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
