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
    globalSetup: ["test/vitest-global-setup.ts"],
    environment: "node",
    env: { TZ: "UTC" },
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
