// Writes the public folder of a test site that holds more than the project's
// interviews: the project's own files, the seed, the interviews of
// other-script-interviews.ts, and their library.
import { parseInterview } from '../../src/interview/parse';
import { INTERVIEWS_DIR, readSiteInterviews } from './interview-files';
import { otherScriptInterviews } from './other-script-interviews';
import { writeSitePublic } from './site-public';

/** Writes `dir` afresh: the public folder, with the project's interviews and those in other scripts. */
export async function writeTestSitePublic(dir: string): Promise<void> {
  const own = await readSiteInterviews(INTERVIEWS_DIR);
  const seed = own.find((interview) => interview.id === 'viktor-maiko-2026');
  if (seed === undefined) throw new Error('the seed interview is missing');
  const interviews = [...own, ...otherScriptInterviews(seed)];
  for (const interview of interviews) {
    // Checked as every published interview is: a fixture the format refuses fails here.
    const checked = parseInterview(JSON.parse(JSON.stringify(interview)));
    if (!checked.ok) throw new Error(`${interview.id}: ${JSON.stringify(checked.problems)}`);
  }
  await writeSitePublic(dir, interviews);
}
