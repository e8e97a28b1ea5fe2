import { defineConfig, devices } from "@playwright/test";

// One definition for the server (webServer inherits process.env) and for the test process,
// whose factories write to the same database file the server reads.
process.env.DATABASE_URL ??= "file:./e2e/.data/e2e.db";
process.env.NEXTAUTH_SECRET ??= "e2e-only-secret-never-used-outside-tests";
process.env.NEXTAUTH_URL ??= "http://localhost:3100";
process.env.NEXT_DIST_DIR ??= ".next-e2e";
process.env.NEXT_TELEMETRY_DISABLED ??= "1"; // the machine is offline

const isCI = !!process.env.CI;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: "list",
  use: {
    baseURL: process.env.NEXTAUTH_URL,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Debian's Chromium: Playwright cannot download its own here, and the machine is offline.
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "npm run e2e:server",
    url: `${process.env.NEXTAUTH_URL}/login`,
    reuseExistingServer: !isCI,
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
