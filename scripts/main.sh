#!/usr/bin/env bash
# Set up, build the graph from the sources, validate it, and serve it on localhost with the
# embedded Oxigraph store (var/store). Extra arguments go to `samverkan serve` (e.g. --port 8080);
# a --base goes to the build as well (the server serves the base the data was built with).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mkdir -p var
base=()
args=("$@")
for i in "${!args[@]}"; do
  case "${args[$i]}" in
    --base=*) base=("${args[$i]}");;
    --base) base=(--base "${args[$((i + 1))]:-}");;
  esac
done
.venv/bin/samverkan build --out var/graph.trig "${base[@]}"
status=0
.venv/bin/samverkan validate --graph var/graph.trig --out var/validation.json > var/validation.txt || status=$?
case "$status" in
  0) echo "validation: no violations (report: var/validation.txt, /validation)";;
  1) echo "validation: violations found — see var/validation.txt (serving anyway; /validation validates any date on demand)";;
  *) cat var/validation.txt; echo "validation failed to run (exit $status)" >&2; exit "$status";;
esac
exec .venv/bin/samverkan serve --graph var/graph.trig --store oxigraph:var/store "$@"
