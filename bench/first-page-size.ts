import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

/** The first-page budget: JS + CSS, gzip level 9. */
export const firstPageBudgetKb = 120;

type ManifestChunk = {
  file: string;
  src?: string;
  imports?: string[];
  css?: string[];
  isDynamicEntry?: boolean;
};
type Manifest = Record<string, ManifestChunk>;

/** One built file and its sizes. */
export type SizedFile = { file: string; bytes: number; gzipBytes: number };

/** A set of files that load together, with their gzip total. */
export type FileSet = { name: string; files: SizedFile[]; gzipKb: number };

/** What `measureFirstPage` finds. */
export type FirstPageReport = {
  /** index.html's own script and link tags plus their static imports (the budget's strict reading). */
  entry: FileSet;
  /** The entry plus what the first screen also needs: its route chunk and English locale chunks. */
  firstScreens: FileSet[];
  /** Every lazy route chunk with its own static imports (excluding what the entry already loads). */
  routes: FileSet[];
  isWithinBudget: boolean;
  /**
   * Built scripts that carry the zod validator. The web app reads API answers structurally and
   * imports only types from the contracts; a value import of a contract module drags all of zod
   * (about 40 KB gzip) into that page, so any such chunk fails the check.
   */
  chunksWithValidator: string[];
};

/** Built JavaScript files under `assets/` that contain zod's runtime. */
export function findValidatorChunks(distDir: string): string[] {
  const assets = join(distDir, "assets");
  return readdirSync(assets)
    .filter((name) => name.endsWith(".js"))
    .filter((name) => readFileSync(join(assets, name), "utf8").includes("ZodError"))
    .map((name) => `assets/${name}`)
    .sort();
}

const firstScreenSpecs = [
  {
    name: "sign-in (signed out)",
    route: "features/auth/sign-in-page.tsx",
    namespaces: ["common", "auth"],
  },
  {
    name: "home: initiatives list (signed in)",
    route: "features/initiatives/initiative-list-page.tsx",
    namespaces: ["common", "initiatives"],
  },
];

function sizeOf(distDir: string, file: string): SizedFile {
  const content = readFileSync(join(distDir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** Files of a chunk with everything it imports statically (and their CSS), depth first. */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const css of chunk.css ?? []) seen.add(css);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

function fileSet(distDir: string, name: string, files: Iterable<string>): FileSet {
  const sized = [...new Set(files)].map((f) => sizeOf(distDir, f));
  const gzipBytes = sized.reduce((sum, f) => sum + f.gzipBytes, 0);
  return { name, files: sized, gzipKb: Math.round((gzipBytes / 1024) * 10) / 10 };
}

/** Script and stylesheet/modulepreload assets named by index.html, without the leading slash. */
export function assetsOfHtml(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) found.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\brel="([^"]+)"/.exec(m[0])?.[1] ?? "";
    const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
    if (href && /\b(modulepreload|stylesheet)\b/.test(rel)) found.push(href);
  }
  return found.map((p) => p.replace(/^\//, ""));
}

/**
 * Measures what the first page downloads: index.html's scripts and stylesheets with their static
 * imports (from the Vite manifest), each gzipped at level 9; also the first screens with their
 * lazy route chunk and English locale chunks, and every route chunk on its own.
 */
export function measureFirstPage(distDir = resolve("dist/web")): FirstPageReport {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const manifest = JSON.parse(
    readFileSync(join(distDir, ".vite/manifest.json"), "utf8"),
  ) as Manifest;
  const keyByFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const entryFiles = new Set<string>();
  for (const asset of assetsOfHtml(html)) {
    const key = keyByFile.get(asset);
    if (key) staticClosure(manifest, key, entryFiles);
    else entryFiles.add(asset);
  }
  const entry = fileSet(distDir, "entry (index.html + static imports)", entryFiles);
  const firstScreens = firstScreenSpecs.map((spec) => {
    const files = new Set(entryFiles);
    staticClosure(manifest, spec.route, files);
    for (const ns of spec.namespaces) staticClosure(manifest, `i18n/locales/en/${ns}.json`, files);
    return fileSet(distDir, spec.name, files);
  });
  const routes = Object.entries(manifest)
    .filter(([key, chunk]) => chunk.isDynamicEntry && key.startsWith("features/"))
    .map(([key]) => {
      const own = [...staticClosure(manifest, key)].filter((f) => !entryFiles.has(f));
      return fileSet(distDir, key, own);
    })
    .sort((a, b) => b.gzipKb - a.gzipKb);
  const largest = Math.max(entry.gzipKb, ...firstScreens.map((s) => s.gzipKb));
  return {
    entry,
    firstScreens,
    routes,
    isWithinBudget: largest <= firstPageBudgetKb,
    chunksWithValidator: findValidatorChunks(distDir),
  };
}

/** Prints the report as the bench and `npm test` show it. */
export function printReport(report: FirstPageReport): void {
  const line = (set: FileSet) => `${set.gzipKb.toFixed(1).padStart(7)} KB  ${set.name}`;
  console.log(`First page (JS + CSS, gzip -9), budget ${firstPageBudgetKb} KB:`);
  console.log(line(report.entry));
  for (const f of report.entry.files)
    console.log(`           ${(f.gzipBytes / 1024).toFixed(1)} KB  ${f.file}`);
  for (const screen of report.firstScreens) console.log(line(screen));
  console.log("\nRoute chunks (beyond the entry):");
  for (const route of report.routes) console.log(line(route));
  console.log(report.isWithinBudget ? "\nWithin budget." : "\nOVER BUDGET.");
  for (const chunk of report.chunksWithValidator) {
    console.log(`zod is bundled into ${chunk}: import only types from src/shared/contracts.`);
  }
}

/** True when the page sizes are within budget and no chunk carries the validator. */
export function isFirstPageHealthy(report: FirstPageReport): boolean {
  return report.isWithinBudget && report.chunksWithValidator.length === 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const report = measureFirstPage();
  printReport(report);
  process.exitCode = isFirstPageHealthy(report) ? 0 : 1;
}
