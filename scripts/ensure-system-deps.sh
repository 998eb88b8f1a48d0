#!/usr/bin/env bash
# Installs what the tests need beyond npm, only when missing (idempotent, instant when present):
# Debian's Chromium (browser journeys), DejaVu fonts (PDFs with non-Latin text), poppler-utils
# (pdftoppm, to look at PDFs in tests) and a PostgreSQL server (API tests on PostgreSQL).
# As root it installs with apt; otherwise it says what is missing and exits 1.
set -euo pipefail

has_pg_server() {
  local dir
  local dirs=()
  IFS=: read -r -a dirs <<<"${PATH:-}"
  dirs+=(/usr/local/bin /usr/lib/postgresql/*/bin)
  for dir in "${dirs[@]}"; do
    [[ -x $dir/initdb && -x $dir/pg_ctl && -x $dir/postgres ]] && return 0
  done
  return 1
}

find_missing() {
  missing=()
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  [[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || missing+=(fonts-dejavu-core)
  command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
  has_pg_server || missing+=(postgresql)
}

# PostgreSQL refuses to run as root; as root the tests run it as this user.
needs_pg_user() {
  [[ $(id -u) -eq 0 ]] && ! id -u postgres >/dev/null 2>&1
}

find_missing
if [[ ${#missing[@]} -eq 0 ]] && ! needs_pg_user; then
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "Missing system packages for the tests: ${missing[*]}" >&2
  echo "Install them as root: apt-get install -y --no-install-recommends ${missing[*]}" >&2
  echo "(or skip PostgreSQL tests with KOLLEGA_TEST_SKIP_PG=1, or point KOLLEGA_TEST_PG_URL" \
    "at a server)" >&2
  exit 1
fi

if [[ ${#missing[@]} -gt 0 ]]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing system packages: ${missing[*]}, and apt-get is not available here." >&2
    exit 1
  fi
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get update >"$log" 2>&1 ||
    ! apt-get install -y --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
    cat "$log" >&2
    echo "apt-get could not install: ${missing[*]}" >&2
    exit 1
  fi
  wanted=("${missing[@]}")
  find_missing
  if [[ ${#missing[@]} -gt 0 ]]; then
    echo "Installed packages but still missing: ${missing[*]}" >&2
    exit 1
  fi
  for p in "${wanted[@]}"; do echo "installed $p"; done
fi

if needs_pg_user; then
  useradd --system --user-group --home-dir /var/lib/postgresql --no-create-home \
    --shell /usr/sbin/nologin postgres
  echo "created system user postgres"
fi
