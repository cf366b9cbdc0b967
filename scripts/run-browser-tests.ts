// Runs the Playwright suite on the system Chromium (its headless shell when
// installed: scripts/lib/chromium.ts). Without one, CI fails
// (CI=true) and a developer's machine skips the suite with a loud message.
import { spawnSync } from 'node:child_process';
import { CHROMIUM_CANDIDATES, findTestChromium, HEADLESS_SHELL } from './lib/chromium';

const chromium = findTestChromium();
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

if (!chromium) {
  const banner = [
    '',
    '!'.repeat(72),
    '!! BROWSER TESTS NOT RUN: no Chromium found.',
    `!! Looked for: ${[HEADLESS_SHELL, ...CHROMIUM_CANDIDATES].join(', ')}`,
    '!! Install it (Debian: apt-get install -y chromium chromium-headless-shell) or set CHROMIUM_PATH.',
    '!'.repeat(72),
    '',
  ].join('\n');
  console.error(banner);
  process.exit(inCi ? 1 : 0);
}

console.log(`Browser tests on ${chromium}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
