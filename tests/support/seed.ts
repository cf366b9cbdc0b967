import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInterview } from '../../src/interview/parse';
import type { Interview } from '../../src/interview/schema';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the seed interview's files live in the repository (paths, usable in any test environment). */
export const seedFiles = {
  article: path.join(here, '../fixtures/times-of-central-asia-maiko.txt'),
  interview: path.join(here, '../../public/interviews/viktor-maiko-2026.json'),
};

/** The raw JSON of the curated seed interview, a fresh copy each call so tests may mutate it. */
export function seedJson(): Record<string, unknown> {
  const data: unknown = JSON.parse(readFileSync(seedFiles.interview, 'utf8'));
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('seed');
  return Object.fromEntries(Object.entries(data));
}

/** The curated seed interview, validated. */
export function seedInterview(): Interview {
  const result = parseInterview(seedJson());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.data;
}
