#!/usr/bin/env bash
# Set up and run the tests (and the linter). Usage: scripts/test.sh [pytest args]
# Installs what the tests need: the Python packages (.venv) and Debian's chromium for the page
# tests (driven by Playwright with the system browser; no browser download).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
scripts/apt-install.sh chromium chromium "the browser tests"
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"
