// Structure check (run in `npm test`): the dependency rules of docs/DESIGN that lint cannot see.
// - src/domain imports nothing outside src/domain (pure: no node:, no npm packages but none needed)
// - only repo files (repo.ts, *-repo.ts) and migrations touch the database builder
// - a module never imports another module's repo
// - src/web never imports src/server
// - no barrels (index.ts), no utils/helpers/manager files
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const problems = [];

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

function importsOf(file) {
  const text = fs.readFileSync(file, "utf8");
  return [
    ...text.matchAll(
      /(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2]);
}

const rel = (f) => path.relative(root, f).split(path.sep).join("/");
const resolveImport = (file, spec) => rel(path.resolve(path.dirname(file), spec));

for (const file of walk(path.join(root, "src"))) {
  const r = rel(file);
  const base = path.basename(file);
  if (base === "index.ts" || base === "index.tsx") problems.push(`${r}: no barrel files`);
  if (/^(utils|helpers|manager|data)\.tsx?$/.test(base))
    problems.push(`${r}: name says nothing of the domain`);
  const isTest = /\.test\.tsx?$/.test(base);
  for (const spec of importsOf(file)) {
    const target = spec.startsWith(".") ? resolveImport(file, spec) : spec;
    if (r.startsWith("src/domain/") && !isTest) {
      if (!spec.startsWith(".") || !target.startsWith("src/domain/")) {
        problems.push(`${r}: the domain must stay pure but imports ${spec}`);
      }
    }
    if (r.startsWith("src/web/") && target.startsWith("src/server/")) {
      problems.push(`${r}: the web app must not import the server (${spec})`);
    }
    const mod = r.match(/^src\/server\/modules\/([^/]+)\//)?.[1];
    const targetRepo = target.match(/^src\/server\/modules\/([^/]+)\/repo$/)?.[1];
    if (targetRepo && mod !== targetRepo) {
      problems.push(`${r}: imports the repo of module ${targetRepo}; call its service instead`);
    }
  }
  const text = fs.readFileSync(file, "utf8");
  const isRepo = /(^|-)repo\.ts$/.test(base) || r.includes("/db/") || isTest;
  if (
    r.startsWith("src/server/") &&
    !isRepo &&
    /\.(selectFrom|insertInto|updateTable|deleteFrom)\(/.test(text)
  ) {
    problems.push(`${r}: only repo files may query the database`);
  }
}

if (problems.length > 0) {
  console.error(`Structure check failed:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("Structure check passed.");
