import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

// E2E_PORT and E2E_WEB_DIR let two checkouts or builds run their journeys side by side.
const port = Number(process.env.E2E_PORT ?? 3100);
const webDir = process.env.E2E_WEB_DIR ?? "dist/web";
const baseURL = `http://127.0.0.1:${port}`;
// A fresh SQLite folder per run: the demo seed starts from a known state every time.
const dataDir = mkdtempSync(join(tmpdir(), "kollega-e2e-"));

/**
 * Playwright journeys in Debian's Chromium (never a downloaded browser) against the real server
 * with demo data. The web app must be built first (`npm run build:web`); the server serves it.
 */
export const playwrightConfig = defineConfig({
  testDir: "e2e",
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
    locale: "en-GB",
    timezoneId: "UTC",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  webServer: {
    command: "npx tsx src/server/main.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      KOLLEGA_DEMO: "1",
      KOLLEGA_DATA_DIR: dataDir,
      KOLLEGA_SERVE_WEB_DIR: webDir,
      PUBLIC_URL: baseURL,
      LOGIN_RATE_LIMIT: "1000",
      LOG_LEVEL: "warn",
    },
  },
});

// Playwright reads the default export of its config file.
export default playwrightConfig;
