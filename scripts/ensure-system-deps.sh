#!/usr/bin/env bash
# Installs what the tests need beyond npm, only when missing (idempotent, instant when present):
# Debian's Chromium (browser journeys), DejaVu fonts (PDFs with non-Latin text), poppler-utils
# (pdftoppm, to look at PDFs in tests) and a PostgreSQL server (API tests on PostgreSQL).
set -euo pipefail

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || missing+=(fonts-dejavu-core)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
has_pg=0
command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && has_pg=1
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null && has_pg=1
[[ $has_pg == 1 ]] || missing+=(postgresql)

[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "Missing system packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
for p in "${missing[@]}"; do echo "installed $p"; done
