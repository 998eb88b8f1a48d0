import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "src/**/*.test.ts",
      "test/**/*.test.ts",
      "bench/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    exclude: ["e2e/**", "node_modules/**", "dist/**"],
    // One throwaway PostgreSQL server per run; see test/vitest-global-setup.ts.
    globalSetup: ["test/vitest-global-setup.ts"],
    environment: "node",
    env: { TZ: "UTC" },
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // An unhandled error or rejection fails the run (the default; stated so nobody flips it).
    dangerouslyIgnoreUnhandledErrors: false,
  },
});
