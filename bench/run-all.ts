// `npm run bench`: every benchmark in turn. The web build must exist for the first-page size
// (`npm run build`); it is built here when missing.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { isFirstPageHealthy, measureFirstPage, printReport } from "./first-page-size";
import { formatGroupsBench, runGroupsBench } from "./groups.bench";
import { runMatchingBench } from "./matching.bench";

if (!existsSync("dist/web/index.html")) execSync("npm run build:web", { stdio: "inherit" });
console.log("## First page of the web app\n");
const page = measureFirstPage();
printReport(page);
console.log("\n## Exact maximum-weight matching (pairs)\n");
const matching = await runMatchingBench();
console.log("\n## Candidate graph, pairs and groups of 4 on synthetic peers\n");
console.log(formatGroupsBench(runGroupsBench(Number(process.env.BENCH_RUNS ?? 3))));
const weightDiffers = matching.some((r) => r.reference && !r.reference.weightMatches);
if (!isFirstPageHealthy(page) || weightDiffers) process.exitCode = 1;
