import { defineConfig } from '@playwright/test';

// Browser tests drive the system Chromium: Playwright's own browser download
// is not available everywhere. scripts/run-browser-tests.mjs finds it and sets
// CHROMIUM_PATH (or skips loudly outside CI when there is none).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = 4317;

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
  },
  // The production build, served by `vite preview` as a static host would
  // (unknown paths fall back to index.html).
  webServer: {
    command: `npx vite build --outDir dist-test --emptyOutDir && npx vite preview --outDir dist-test --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
