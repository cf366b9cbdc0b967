// Writes the files derived from the zod schemas and the interview files:
// public/interview.schema.json, public/catalogue.schema.json and the catalogue
// public/interviews/index.json. Run it after adding or editing an interview.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generatedFiles } from './lib/generated-files';

try {
  for (const file of await generatedFiles()) {
    await writeFile(file.path, file.content);
    console.log(`wrote ${path.relative(process.cwd(), file.path)}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
