// Writes the public folder of a test site that holds more than the project's
// interviews: the project's own files, the seed, the interviews of
// other-script-interviews.ts, and their library.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseInterview } from '../../src/interview/parse';
import { libraryFiles } from './generated-files';
import { INTERVIEWS_DIR, PUBLIC_DIR, readSiteInterviews } from './interview-files';
import { otherScriptInterviews } from './other-script-interviews';

/** Whether a file of the project's public folder belongs in every site (not its interviews or library). */
function isSiteFile(source: string): boolean {
  const [top] = path.relative(PUBLIC_DIR, source).split(path.sep);
  return top !== 'interviews' && top !== 'library';
}

/** Writes `dir` afresh: the public folder, with the project's interviews and those in other scripts. */
export async function writeTestSitePublic(dir: string): Promise<void> {
  const own = await readSiteInterviews(INTERVIEWS_DIR);
  const seed = own.find((interview) => interview.id === 'viktor-maiko-2026');
  if (seed === undefined) throw new Error('the seed interview is missing');
  const interviews = [...own, ...otherScriptInterviews(seed)];
  await rm(dir, { recursive: true, force: true });
  await cp(PUBLIC_DIR, dir, { recursive: true, filter: isSiteFile });
  await mkdir(path.join(dir, 'interviews'), { recursive: true });
  for (const interview of interviews) {
    // Checked as every published interview is: a fixture the format refuses fails here.
    const checked = parseInterview(JSON.parse(JSON.stringify(interview)));
    if (!checked.ok) throw new Error(`${interview.id}: ${JSON.stringify(checked.problems)}`);
    await writeFile(
      path.join(dir, 'interviews', `${interview.id}.json`),
      JSON.stringify(interview),
    );
  }
  for (const file of libraryFiles(interviews, dir)) {
    await mkdir(path.dirname(file.path), { recursive: true });
    await writeFile(file.path, file.content);
  }
}
