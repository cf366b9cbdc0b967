// A site's public folder written afresh for a build of its own (the test site with interviews in
// other scripts, the library bench's sites of N interviews): the project's own files, the given
// interviews and their library.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Interview } from '../../src/interview/schema';
import { libraryFiles } from './generated-files';
import { PUBLIC_DIR } from './interview-files';

/** Whether a file of the project's public folder belongs in every site (not its interviews or library). */
function isSiteFile(source: string): boolean {
  const [top] = path.relative(PUBLIC_DIR, source).split(path.sep);
  return top !== 'interviews' && top !== 'library';
}

/** Writes `dir` afresh: the project's public folder with `interviews` and their library. */
export async function writeSitePublic(
  dir: string,
  interviews: readonly Interview[],
): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await cp(PUBLIC_DIR, dir, { recursive: true, filter: isSiteFile });
  await mkdir(path.join(dir, 'interviews'), { recursive: true });
  for (const interview of interviews)
    await writeFile(
      path.join(dir, 'interviews', `${interview.id}.json`),
      JSON.stringify(interview),
    );
  for (const file of libraryFiles(interviews, dir)) {
    await mkdir(path.dirname(file.path), { recursive: true });
    await writeFile(file.path, file.content);
  }
}
