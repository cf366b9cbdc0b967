// Builds the two test sites (scripts/lib/test-sites.ts) side by side: for
// `npm test` (scripts/test.ts), for CI (scripts/build-test-sites.ts), which
// builds them beside the lint and the type check, and for the browser tests
// run alone (playwright.config.ts).
import { spawn } from 'node:child_process';
import { writeTestSitePublic } from './test-site-public';
import { buildArgs, PUBLIC_DIR_VARIABLE, TEST_SITES } from './test-sites';

function build(site: { base: string; outDir: string; publicDir: string }): Promise<number> {
  const child = spawn('npx', buildArgs(site), {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, [PUBLIC_DIR_VARIABLE]: site.publicDir },
  });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

/** Whether both test sites were built. */
export async function buildTestSites(): Promise<boolean> {
  await writeTestSitePublic(TEST_SITES.subPath.publicDir);
  const builds = await Promise.all([build(TEST_SITES.root), build(TEST_SITES.subPath)]);
  return builds.every((code) => code === 0);
}
