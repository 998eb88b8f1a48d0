import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assetsOfHtml, isFirstPageHealthy, measureFirstPage } from "./first-page-size";

function fakeDist(entryBytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "first-page-"));
  mkdirSync(join(dir, "assets"));
  mkdirSync(join(dir, ".vite"));
  writeFileSync(
    join(dir, "index.html"),
    '<script type="module" crossorigin src="/assets/index.js"></script><link rel="stylesheet" href="/assets/index.css"><link rel="icon" href="/x.ico">',
  );
  writeFileSync(join(dir, "assets/index.js"), entryBytes);
  writeFileSync(join(dir, "assets/index.css"), "body{color:red}");
  writeFileSync(join(dir, "assets/shared.js"), "export const a = 1;");
  writeFileSync(join(dir, "assets/route.js"), "export const b = 2;");
  const manifest = {
    "index.html": {
      file: "assets/index.js",
      isEntry: true,
      imports: ["_shared.js"],
      css: ["assets/index.css"],
    },
    "_shared.js": { file: "assets/shared.js" },
    "features/auth/sign-in-page.tsx": {
      file: "assets/route.js",
      isDynamicEntry: true,
      imports: ["index.html"],
    },
  };
  writeFileSync(join(dir, ".vite/manifest.json"), JSON.stringify(manifest));
  return dir;
}

describe("first page size", () => {
  it("reads script, stylesheet and modulepreload tags only", () => {
    const html =
      '<script src="/a.js"></script><link rel="modulepreload" href="/b.js"><link rel="stylesheet" href="/c.css"><link rel="icon" href="/d.ico">';
    expect(assetsOfHtml(html)).toEqual(["a.js", "b.js", "c.css"]);
  });

  it("follows static imports and CSS, and lists route chunks beyond the entry", () => {
    const report = measureFirstPage(fakeDist(Buffer.from("console.log(1)")));
    expect(report.entry.files.map((f) => f.file).sort()).toEqual([
      "assets/index.css",
      "assets/index.js",
      "assets/shared.js",
    ]);
    expect(report.routes.map((r) => [r.name, r.files.map((f) => f.file)])).toEqual([
      ["features/auth/sign-in-page.tsx", ["assets/route.js"]],
    ]);
    expect(report.isWithinBudget).toBe(true);
    expect(report.chunksWithValidator).toEqual([]);
    expect(isFirstPageHealthy(report)).toBe(true);
  });

  it("fails when a chunk carries zod's runtime", () => {
    const dir = fakeDist(Buffer.from("console.log(1)"));
    writeFileSync(join(dir, "assets/route.js"), "class ZodError extends Error {}");
    const report = measureFirstPage(dir);
    expect(report.chunksWithValidator).toEqual(["assets/route.js"]);
    expect(report.isWithinBudget).toBe(true);
    expect(isFirstPageHealthy(report)).toBe(false);
  });

  it("fails the budget when the entry is too large", () => {
    // Random bytes do not compress, so 130 KB stays above 120 KB after gzip.
    const report = measureFirstPage(fakeDist(randomBytes(130 * 1024)));
    expect(report.entry.gzipKb).toBeGreaterThan(120);
    expect(report.isWithinBudget).toBe(false);
  });
});
