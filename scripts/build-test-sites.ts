// Builds the two test sites, as `npm test` does first. CI (.ci/run) runs this
// beside the lint and the type check, then `npm test` with TEST_SITES_BUILT=1.
import { buildTestSites } from './lib/build-test-sites';

if (!(await buildTestSites())) {
  console.error('building the test sites failed');
  process.exit(1);
}
