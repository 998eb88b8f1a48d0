#!/usr/bin/env bash
# Every test, in order of speed: system deps, lint/types/structure, unit + API tests (SQLite and a
# throwaway PostgreSQL), the production build with its first-page budget, browser journeys.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
bash scripts/ensure-system-deps.sh
echo "== lint, types, structure"
npm run --silent check
echo "== unit and API tests (SQLite + PostgreSQL)"
npx vitest run
echo "== build"
npm run --silent build
node --import tsx bench/first-page-size.ts
echo "== browser journeys (Chromium)"
npx playwright test
