import { fileURLToPath } from "node:url";
import { preact } from "@preact/preset-vite";
import { defineConfig } from "vite";

/**
 * Builds the web app from `src/web` into `dist/web` (served by the API server as static files).
 * Each route is its own chunk (preact-iso `lazy`); the manifest lets `bench/first-page-size.ts`
 * follow the first page's imports. Under Vitest the root stays at the repository, so test discovery
 * is not narrowed to `src/web`.
 */
export const viteConfig = defineConfig({
  root: process.env.VITEST ? undefined : "src/web",
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    target: "es2022",
  },
  server: {
    proxy: { "/api": "http://localhost:3000" },
  },
});

// Vite reads the default export of its config file.
export default viteConfig;
