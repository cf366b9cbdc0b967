// `npm test`: builds the two test sites once, side by side, then runs the unit
// and component tests (whose bundle budget test reads the root build) and the
// browser tests (which serve both). Before, the budget test made a build of
// its own and the browser tests two more: one build fewer per run.
import { spawn, spawnSync } from 'node:child_process';
import { buildArgs, SITES_BUILT_VARIABLE, TEST_SITES } from './lib/test-sites';

function build(site: { base: string; outDir: string }): Promise<number> {
  const child = spawn('npx', buildArgs(site), { stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

const builds = await Promise.all([build(TEST_SITES.root), build(TEST_SITES.subPath)]);
if (builds.some((code) => code !== 0)) {
  console.error('npm test: building the test sites failed');
  process.exit(1);
}

const env = { ...process.env, [SITES_BUILT_VARIABLE]: '1' };
const run = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

const unit = run('npx', ['vitest', 'run']);
if (unit !== 0) process.exit(unit);
process.exit(run('npx', ['tsx', 'scripts/run-browser-tests.ts']));
