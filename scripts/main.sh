#!/usr/bin/env bash
# Set up, build the graph from the sources, validate it, and serve it on localhost.
# Usage: scripts/main.sh [--port 8000]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mkdir -p var
.venv/bin/samverkan build --out var/graph.trig
exec .venv/bin/samverkan serve --graph var/graph.trig "$@"
