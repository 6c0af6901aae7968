"""What every benchmark shares: the report (tables and notes written to BENCHMARKS.md), percentiles
and formatting, the machine's description, the example queries, and process CPU/idle measurements."""

from __future__ import annotations

import contextlib
import os
import platform
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import config
from ..processes import stop


@dataclass
class Report:
    sections: list[tuple[str, list[str], list[list[str]]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def table(self, title: str, headers: list[str], rows: list[list[str]]) -> None:
        self.sections.append((title, headers, rows))
        print(f"\n## {title}\n" + _md(headers, rows), flush=True)

    def markdown(self) -> str:
        out = [f"\n## {t}\n\n" + _md(h, r) for t, h, r in self.sections]
        if self.notes:
            out.append("\n### Notes\n\n" + "\n".join(f"- {n}" for n in self.notes) + "\n")
        return "".join(out)


def _md(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(q * (len(s) - 1))))
    return s[k]


def ms(x: float) -> str:
    return f"{x * 1000:.1f}"


def machine() -> list[list[str]]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal"))
                 .split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    from ..stores import library_versions

    versions = library_versions()
    return [["CPU", cpu], ["cores", str(os.cpu_count())], ["memory", mem], ["OS", platform.platform()],
            ["Python", platform.python_version()], ["pyoxigraph", versions["pyoxigraph"]],
            ["rdflib", versions["rdflib"]]]


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def example_queries() -> dict[str, str]:
    return {p.stem.removeprefix("example_"): p.read_text(encoding="utf-8")
            for p in sorted(config.QUERIES_DIR.glob("example_*.rq"))}


def count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


class Servers:
    """Processes the benchmark starts (our server, an Oxigraph server), stopped at the end."""

    def __init__(self) -> None:
        self.procs: list[subprocess.Popen] = []

    def stop(self) -> None:
        for p in self.procs:
            stop(p)


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far, from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def process_tree(pid: int) -> list[int]:
    """A process and its descendants (e.g. a server and its worker processes)."""
    out = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children").read_text().split() if (task / "children").exists() else []
        for child in children:
            out += process_tree(int(child))
    return out


def wait_idle(pids: list[int], window: float = 3.0, busy: float = 0.05, timeout: float = 900) -> float:
    """Wait until the processes (and this one) use under `busy` of a core over `window` seconds:
    after a bulk load RocksDB compacts in background threads for minutes, and on a 2-core machine
    that would be timed as query latency. Returns the seconds waited."""
    def used_so_far() -> float:  # a process that ended meanwhile (a replaced worker) counts no more
        total = time.process_time()
        for pid in pids:
            with contextlib.suppress(OSError):
                total += cpu_seconds(pid)
        return total

    started = time.monotonic()
    while time.monotonic() - started < timeout:
        before = used_so_far()
        time.sleep(window)
        used = used_so_far() - before
        if used / window < busy:
            break
    return time.monotonic() - started
