#!/usr/bin/env bash
# Set up and run the tests (and the linter). Usage: scripts/test.sh [pytest args]
# Installs what the tests need: the Python packages (.venv) and Debian's chromium for the page
# tests (driven by Playwright with the system browser; no browser download).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium for the browser tests..."
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "warning: chromium is not installed and cannot be installed here; browser tests will fail" >&2
  fi
fi
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"
