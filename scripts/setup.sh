#!/usr/bin/env bash
# Set up the project's virtual environment (.venv) with everything it needs. Idempotent.
# Usage: scripts/setup.sh [--test]   (--test also installs what the tests need)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
extras=""
if [ "${1:-}" = "--test" ]; then extras="[test]"; fi
stamp=".venv/.installed${extras}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
  .venv/bin/python -m pip install --quiet -e ".${extras}"
  touch "$stamp"
fi
