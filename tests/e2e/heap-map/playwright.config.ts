// Runs only the heap-map browser tests, without the site's preview server (they serve their own
// fixture page): npx playwright test -c tests/e2e/heap-map/playwright.config.ts
import { defineConfig, devices } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list'], ['html', { open: 'never', outputFolder: '../../../test-results/heap-map-report' }]],
  outputDir: '../../../test-results/heap-map',
  use: { headless: true, trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'debian-chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--no-first-run'] } },
    },
  ],
});
