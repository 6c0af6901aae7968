#!/usr/bin/env bash
# Set up and run the tests (and the linter). Usage: scripts/test.sh [pytest args]
# Installs what the tests need: the Python packages (.venv) and Debian's chromium for the page
# tests (driven by Playwright with the system browser; no browser download) and Debian's Virtuoso
# (the second real engine of the remote-store tests, tests/virtuoso.py).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
scripts/apt-install.sh chromium chromium "the browser tests"
scripts/apt-install.sh virtuoso-t virtuoso-opensource-7-bin "the Virtuoso remote-store tests"
.venv/bin/ruff check .
# Two test processes by default (SAMVERKAN_TEST_PROCESSES=1: one), each taking whole files (--dist loadfile:
# a file's servers and fixtures start once): most tests wait on servers, engines and a browser, so two
# processes on two cores take ~12 min where one took ~15.
exec .venv/bin/python -m pytest -n "${SAMVERKAN_TEST_PROCESSES:-2}" --dist loadfile "$@"
