"""A small smoke run of the benchmark (the real benchmarks are not tests: see BENCHMARKS.md)."""

from __future__ import annotations

import subprocess
import sys

from .servers import ROOT


def test_bench_smoke_run() -> None:
    result = subprocess.run([sys.executable, "-m", "graph.cli", "bench", "--scale", "real", "--repeat", "2",
                             "--clients", "3", "--duration", "2"], cwd=ROOT, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    for title in ("Machine", "Load throughput", "Example queries", "Server under load"):
        assert f"## {title}" in out, title
    load_row = next(line for line in out.splitlines() if line.startswith("| ") and line.count("|") == 6
                    and line.split("|")[1].strip().isdigit())
    assert load_row.split("|")[5].strip() == "0"  # no errors under load
