// `npm test`: builds the two test sites once, side by side, then runs the unit
// and component tests (whose bundle budget test reads the root build) and the
// browser tests (which serve both). Before, the budget test made a build of
// its own and the browser tests two more: one build fewer per run. With
// TEST_SITES_BUILT=1 the sites already built are used (for running the tests
// again after one build). CI (.ci/run) runs this as it is, beside the lint and
// the type check.
import { spawnSync } from 'node:child_process';
import { buildTestSites } from './lib/build-test-sites';
import { SITES_BUILT_VARIABLE, sitesBuilt } from './lib/test-sites';

if (sitesBuilt()) {
  console.log(`npm test: using the test sites already built (${SITES_BUILT_VARIABLE}=1)`);
} else if (!(await buildTestSites())) {
  console.error('npm test: building the test sites failed');
  process.exit(1);
}

const env = { ...process.env, [SITES_BUILT_VARIABLE]: '1' };
const run = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

const unit = run('npx', ['vitest', 'run']);
if (unit !== 0) process.exit(unit);
process.exit(run('npx', ['tsx', 'scripts/run-browser-tests.ts']));
