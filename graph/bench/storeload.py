"""The load alone (issue 16 point 2, `samverkan bench --only storeload --data FILE`): a dataset file
bulk-loaded into a fresh on-disk Oxigraph store as the build loads it, its stages timed apart (bulk
load, compaction), strict and trusted (lenient IRI checks, the build's own file), each in a child
process whose CPU time and peak memory (max RSS) are read from the kernel; a whole-country query
before and after the compaction (why the load compacts before the store is served); what the build
does after the load (search index, networks, default validation), each timed; and rdflib in memory
on the file's first quads, the baseline, in the same run. The load average is noted beside."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .measure import Report, count_lines, machine
from .run import _write_markdown

#: The whole-country query timed before and after the compaction: the question on the facts
#: (queries/summary_kommun_participation.rq; the example itself reads the precomputed summary, which a
#: freshly loaded file may not hold).
SCAN_QUERY = "summary_kommun_participation"


def _child(mode: str, data: Path, work: Path) -> dict[str, float]:
    """One measured step, in this (child) process: what it timed, in seconds."""
    if mode == "rdflib":
        from ..stores import open_store

        store = open_store("rdflib")
        started = time.perf_counter()
        store.load(data)
        return {"load": time.perf_counter() - started}
    if mode == "after":
        return _after_load(work / "store", work)
    from ..stores.oxigraph_store import OxigraphStore

    shutil.rmtree(work / "store", ignore_errors=True)  # a fresh directory, as the build loads beside the old store
    store = OxigraphStore(work / "store")
    if mode == "compaction":
        return _compaction(store, data, work / "store")
    started = time.perf_counter()
    store.load(data, replace=True, trusted=mode == "trusted")
    out = {**store.last_load, "load": time.perf_counter() - started}
    store.close()
    return out


def _compaction(store: Any, data: Path, path: Path) -> dict[str, float]:
    """The whole-country query on the store as the server's workers open it (read-only, so RocksDB
    never compacts it), right after the bulk load and again after the compaction."""
    from ..sparql import render
    from ..stores.oxigraph_store import OxigraphStore

    query = render(f"{SCAN_QUERY}.rq")

    def scan() -> float:  # the better of two runs: the first of a process also pays its warm-up
        reader = OxigraphStore(path, read_only=True)
        times = []
        for _ in range(2):
            t = time.perf_counter()
            list(getattr(reader.query(query), "rows", []))
            times.append(time.perf_counter() - t)
        reader.close()
        return min(times)

    store.load(data, replace=True, trusted=True, compact=False)
    store.close()
    before = scan()
    writer = OxigraphStore(path)
    writer.compact()
    compaction = writer.last_load["compaction"]
    writer.close()
    return {"query before compaction": before, "query after compaction": scan(), "compaction": compaction}


def _after_load(store_dir: Path, work: Path) -> dict[str, float]:
    """What `samverkan build --store` does after the load, each step timed."""
    os.environ["SAMVERKAN_NETWORK_CACHE"] = str(work / "netcache")
    from ..config import base_iri
    from ..network.cache import precompute_for_store
    from ..search_index import build_for_store
    from ..validation.stored import precompute_default

    spec = f"oxigraph:{store_dir}"
    out = {}
    for name, step in (("search index", lambda: build_for_store(spec, work / "search.sqlite", force=True)),
                       ("networks", lambda: precompute_for_store(spec)),
                       ("default validation", lambda: precompute_default(spec, base_iri()))):
        started = time.perf_counter()
        step()
        out[name] = time.perf_counter() - started
    return out


def _measured(mode: str, data: Path, work: Path) -> tuple[dict[str, float], float, float, tuple[float, float]]:
    """Run one step in a child process: (its timings, its CPU seconds, its peak memory in MiB, the load
    average before and after)."""
    before = os.getloadavg()[0]
    proc = subprocess.Popen([sys.executable, "-m", "graph.bench.storeload", mode, str(data), str(work)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"the {mode} step failed (exit status {proc.returncode})")
    return (json.loads(output.strip().splitlines()[-1]), usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
            (before, os.getloadavg()[0]))


def run_storeload(data: Path, rdflib_limit: int, out: Path | None, after: bool = True) -> Report:
    """`samverkan bench --only storeload`: the table described above, appended to `out` if given."""
    report = Report()
    report.table("Machine", ["", ""], machine())
    quads = count_lines(data) if data.suffix in (".nq", ".nquads", ".nt") else None
    with tempfile.TemporaryDirectory(prefix="samverkan-storeload-") as tmp:
        work = Path(tmp)
        rows = []
        head = work / ("head" + data.suffix)
        with data.open("rb") as src, head.open("wb") as dst:
            dst.writelines(itertools.islice(src, rdflib_limit))
        base_n = count_lines(head)
        base, base_cpu, base_mem, base_load = _measured("rdflib", head, work)
        base_rate = base_n / base["load"]
        head.unlink()
        for mode in ("strict", "trusted"):
            times, cpu, mem, load = _measured(mode, data, work)
            n = quads or 0
            rate = n / times["load"] if n else float("nan")
            rows.append([f"Oxigraph on disk, {mode} (bulk load + compaction)", f"{times['load']:.1f}",
                         f"{times['bulk load']:.1f}", f"{times['compaction']:.1f}", f"{cpu:.1f}", f"{rate:,.0f}",
                         f"{rate / base_rate:.1f}×", f"{mem:,.0f}", f"{load[0]:.1f} / {load[1]:.1f}"])
        rows.append([f"rdflib in memory (baseline; the file's first {base_n:,} quads)", f"{base['load']:.1f}", "–",
                     "–", f"{base_cpu:.1f}", f"{base_rate:,.0f}", "1.0×", f"{base_mem:,.0f}",
                     f"{base_load[0]:.1f} / {base_load[1]:.1f}"])
        report.table(f"Load of {data.name} ({quads:,} quads) into a fresh on-disk store" if quads else
                     f"Load of {data.name} into a fresh on-disk store",
                     ["store", "seconds", "of which bulk load", "of which compaction", "CPU s", "quads/s",
                      "vs rdflib", "peak memory MiB", "load average before / after"], rows)
        times, _, _, load = _measured("compaction", data, work)
        report.table(f"{SCAN_QUERY}.rq (the whole-country question on the facts) on the freshly loaded store, "
                     "opened read-only as the server's workers open it (ms, the better of two runs)",
                     ["before compaction", "after compaction", "slower before", "compaction s", "load average"],
                     [[f"{times['query before compaction'] * 1000:,.0f}",
                       f"{times['query after compaction'] * 1000:,.0f}",
                       f"{times['query before compaction'] / times['query after compaction']:.1f}×",
                       f"{times['compaction']:.1f}", f"{load[0]:.1f} / {load[1]:.1f}"]])
        if after:
            times, cpu, mem, load = _measured("after", data, work)
            report.table("After the load, as `samverkan build --store` does (seconds; not part of the load)",
                         ["step", "seconds"], [[k, f"{v:.1f}"] for k, v in times.items()]
                         + [["CPU s / peak MiB / load average", f"{cpu:.1f} / {mem:,.0f} / {load[0]:.1f}"]])
    report.notes.append("Each row is one child process (`python -m graph.bench.storeload`); CPU and peak memory "
                        "from the kernel's accounting of it (wait4). 'trusted' is the build's own file, loaded "
                        "with Oxigraph's lenient parsing (IRIs not re-checked).")
    if out is not None:
        _write_markdown(out, report, f"samverkan bench --only storeload --data {data} --rdflib-limit {rdflib_limit}")
    return report


if __name__ == "__main__":
    print(json.dumps(_child(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))))
