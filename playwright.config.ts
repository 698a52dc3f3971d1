import { defineConfig } from '@playwright/test';

export default defineConfig<{ cpuThrottle: number }>({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'full-speed' },
    // Fixes and holds once more on a page running 4× slower, as on an old laptop with many tabs
    // (issue 12: "Replace with" on Draft.js and Post holds failed on a busy machine).
    { name: 'cpu-4x', testMatch: ['**/fixes.spec.ts', '**/post-hold.spec.ts'], use: { cpuThrottle: 4 } },
  ],
});
