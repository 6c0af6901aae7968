#!/usr/bin/env bash
# Set up the project's virtual environment (.venv) with everything it needs. Idempotent.
# Usage: scripts/setup.sh [--test]   (--test also installs what the tests need, including axe-core
# from npm into node_modules/ at the pinned version of package-lock.json)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
extras=""
if [ "${1:-}" = "--test" ]; then extras="[test]"; fi
stamp=".venv/.installed${extras}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ setup.py -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
  # (the filter hides setuptools' note that an editable install maps ontology/, shapes/, queries/ by a finder)
  PYTHONWARNINGS="ignore:Editable installation" .venv/bin/python -m pip install --quiet -e ".${extras}"
  touch "$stamp"
fi
if [ "${1:-}" = "--test" ]; then
  # axe-core (the accessibility engine tests/axe.py runs in chromium), pinned by package-lock.json.
  npm_stamp="node_modules/.installed"
  if [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f "$npm_stamp" ] || [ package-lock.json -nt "$npm_stamp" ]; then
    scripts/apt-install.sh npm npm "the accessibility tests (axe-core)"
    if command -v npm >/dev/null 2>&1; then
      npm ci --no-audit --no-fund --loglevel=error >/dev/null
      touch "$npm_stamp"
    fi
  fi
fi
