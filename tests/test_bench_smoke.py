"""A small smoke run of the benchmark (the real benchmarks are not tests: see BENCHMARKS.md)."""

from __future__ import annotations

import re
import subprocess
import sys

from .servers import ROOT

PAGE_KINDS = ("start page", "search “Anna”", "search “Kalmar”", "search “Hornstra”", "search “Nära vård”",
              "search “suicid”", "search “2025-12-12”", "person (", "organisation", "structure",
              "group with seat table", "meeting", "document", "/validation, the default date, first",
              "/validation, the default date, cached", "/validation, another date, first",
              "/validation, another date, cached", "network people-bodies", "network people",
              "network organisations", "network structure", "ego view (")
NUMBER = re.compile(r"^\d+(\.\d+)?$")


def _rows(out: str, title: str) -> list[list[str]]:
    """The rows of the Markdown table under '## title' in the output."""
    lines = out.split(f"## {title}", 1)[1].splitlines()[1:]  # after the title line
    table = [ln for ln in lines[:next((i for i, ln in enumerate(lines) if not ln.startswith("|")), len(lines))]]
    return [[c.strip() for c in line.strip().strip("|").split("|")] for line in table[2:]]  # no header, rule


def test_bench_smoke_run() -> None:
    """The whole bench at the real scale, small: every section, no errors under load, and its pages part
    (the same `run_pages` that `bench --only pages` runs alone): every page kind with its numbers, the browser
    journey and the memory beside Oxigraph's server and the stack's two floors (timings are printed, never
    asserted: the machine is shared). One run for both, to keep the test suite's time."""
    result = subprocess.run([sys.executable, "-m", "graph.cli", "bench", "--scale", "real", "--repeat", "2",
                             "--clients", "3", "--duration", "2", "--page-repeat", "2"], cwd=ROOT,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    print(out)
    for title in ("Machine", "Load throughput", "Example queries", "Server under load", "Web pages", "Memory"):
        assert f"## {title}" in out, title
    load_row = next(line for line in out.splitlines() if line.startswith("| ") and line.count("|") == 6
                    and line.split("|")[1].strip().isdigit())
    assert load_row.split("|")[5].strip() == "0"  # no errors under load
    rows = _rows(out, "Web pages")
    for kind in PAGE_KINDS:
        row = next((r for r in rows if r[0].startswith(kind)), None)
        assert row is not None, f"no row for {kind!r} in:\n{out}"
        assert not re.search(r"\(\d{3}\)", row[1].rsplit("`", 1)[1]), row  # answered 200 (or 'computing')
        assert all(NUMBER.match(c.replace(",", "")) for c in row[2:6]), row  # first, median, slowest, KB
        assert row[7] == "yes" or row[7].startswith("no, "), row
    journey = _rows(out, "A reader's journey in headless chromium (seconds)")
    assert [r[0] for r in journey][-1] == "the whole journey" and len(journey) == 6, out
    assert all(NUMBER.match(r[1]) for r in journey), journey
    memory = _rows(out, "Memory (MiB; goal: ours ≤ 3× Oxigraph's server)")
    assert memory[0][0].startswith("our server") and NUMBER.match(memory[0][1].replace(",", "")), memory
    assert any(r[0].startswith("ratio") for r in memory), memory  # the oxigraph binary is a test dependency
    floors = [r for r in memory if r[0].startswith("the stack's floor")]
    assert [r[0].split(": ")[1].split(" ")[0] for r in floors] == ["asgi", "fastapi"], memory
    assert all(NUMBER.match(r[1].replace(",", "")) and "× Oxigraph's server" in r[3] for r in floors), floors


def test_raw_client_reads_sized_and_chunked_answers() -> None:
    """The load client's reader: a response is whole only with all of its body (Content-Length or
    chunked, as Oxigraph's server sends), and the bytes it used leave the next response intact."""
    from graph.bench.load import _parse_response

    sized = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
    chunked = b"HTTP/1.1 503 Busy\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
    assert _parse_response(sized[:-1]) is None and _parse_response(chunked[:-2]) is None
    assert _parse_response(sized + chunked) == (200, len(sized))
    assert _parse_response(chunked + sized) == (503, len(chunked))
    assert _parse_response(b"HTTP/1.1 204 No Content\r\n\r\n") == (204, 27)


def test_bench_front_smoke_run(tmp_path: object) -> None:
    """`bench --only front --scale real --floor`: the real graph loaded into a temporary store, ours beside
    `oxigraph serve` and the stack's two floors on it, every figure in the tables and no errors on any
    (timings printed, never asserted)."""
    result = subprocess.run([sys.executable, "-m", "graph.cli", "bench", "--only", "front", "--scale", "real",
                             "--clients", "4", "--duration", "1", "--rounds", "1", "--timeout", "60", "--floor"],
                            cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    print(out)
    load = _rows(out, "4 clients, small queries, 1 s")
    assert len(load) == 1 and len(load[0]) == 5, load  # round, ours, oxigraph serve, the two floors
    for cell in load[0][1:]:
        assert "req/s" in cell and " 0 errors of " in cell and "client CPU" in cell, cell
    memory = _rows(out, "memory after the runs: RSS / PSS of the process tree (MB)")
    assert all(re.match(r"^\d+ / \d+ \(\d+ processes, RSS \d+( \+ \d+)*\)$", c) for c in memory[0][1:]), memory
