import { readFileSync } from 'node:fs';
import { parseInterview } from '../../src/interview/parse';
import type { Interview } from '../../src/interview/schema';

/** Where the seed interview's files live in the repository. */
export const seedFiles = {
  article: new URL('../fixtures/times-of-central-asia-maiko.txt', import.meta.url),
  interview: new URL('../../public/interviews/viktor-maiko-2026.json', import.meta.url),
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
