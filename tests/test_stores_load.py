"""OxigraphStore.load (graph/stores/oxigraph_store.py): the build's own file loaded trusted (Oxigraph's
lenient parsing) gives exactly the quads of a strict load; the compaction can be left to the caller
(compact()); the stages are timed in last_load; a broken file is refused, trusted or not, naming it;
and the bench's storeload part runs on a small file (a smoke run: no timing asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.bench.storeload import run_storeload
from graph.stores.base import StoreError
from graph.stores.oxigraph_store import OxigraphStore


def test_a_trusted_load_holds_what_a_strict_one_holds(built_graph: Path, tmp_path: Path) -> None:
    strict, trusted = OxigraphStore(tmp_path / "strict"), OxigraphStore(tmp_path / "trusted")
    n = strict.load(built_graph)
    assert trusted.load(built_graph, trusted=True) == n > 0
    assert set(strict.store) == set(trusted.store)
    assert set(trusted.last_load) == {"bulk load", "compaction"}
    strict.close()
    trusted.close()


def test_the_compaction_can_be_left_to_the_caller(built_graph: Path, tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    n = store.load(built_graph, trusted=True, compact=False)
    assert set(store.last_load) == {"bulk load"}
    store.compact()
    assert "compaction" in store.last_load and store.quad_count() == n
    store.close()
    reader = OxigraphStore(tmp_path / "store", read_only=True)
    assert reader.quad_count() == n
    reader.close()


@pytest.mark.parametrize("trusted", [False, True])
def test_a_broken_file_is_refused_trusted_or_not(tmp_path: Path, trusted: bool) -> None:
    bad = tmp_path / "bad.nq"
    bad.write_text('<urn:x:a> <urn:x:b> "c" <urn:x:g> .\n<urn:x:a> <urn:x:b> "unterminated <urn:x:g> .\n')
    store = OxigraphStore(tmp_path / "store")
    with pytest.raises(StoreError, match="bad.nq"):
        store.load(bad, trusted=trusted)
    store.close()


def test_the_storeload_bench_runs(built_graph: Path, tmp_path: Path) -> None:
    out = tmp_path / "BENCHMARKS.md"
    report = run_storeload(built_graph, 2000, out, after=False)
    titles = [title for title, _, _ in report.sections]
    assert any(t.startswith("Load of") for t in titles) and any("before compaction" in h for _, hs, _ in
                                                                 report.sections for h in hs)
    load = next(rows for title, _, rows in report.sections if title.startswith("Load of"))
    assert [r[0].split(",")[-1].strip() for r in load[:2]] == ["strict (bulk load + compaction)",
                                                              "trusted (bulk load + compaction)"]
    assert "rdflib" in load[2][0] and "2,000" in load[2][0]
    assert "samverkan bench --only storeload" in out.read_text()
