"""What `samverkan build --store` keeps with the store's state (issue 19): the network data and every
default picture (graph/network/cache.py) and the default structure's validation as of the latest
document (graph/validation/stored.py); a server started on the store reads them back, so its first
network page, /validation and a group's seat table are as fast as the next request."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest

from graph.cli import main
from graph.network import cache
from graph.network.projections import KINDS
from graph.validation import stored

from .conftest import BASE
from .servers import run_server

GROUP_ID = "lansgemensam-ledning"  # a group with seat rules in the county's own structure


def test_the_build_keeps_networks_and_validation_and_the_server_reads_them_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store"
    monkeypatch.setenv("SAMVERKAN_NETWORK_CACHE", str(tmp_path / "cache"))
    assert main(["build", "--store", f"oxigraph:{store}", "--base", BASE]) == 0
    folders = list((tmp_path / "cache").iterdir())
    assert [f.name for f in folders] == [cache.fingerprint(store)]
    written = {f.name: f.stat().st_mtime_ns for f in folders[0].iterdir()}
    assert "data.pickle" in written
    assert sum(n.startswith("view-") for n in written) == len(KINDS) * 2  # every kind, the structure and all
    kept = [n for n in written if n.startswith("validation-")]
    assert len(kept) == 1
    report = stored.read_report(folders[0] / kept[0])
    assert report is not None and report["scope"] == BASE + "id/org/lansgemensam-ledning-i-samverkan"
    assert stored.report_file(store, report["scope"], dt.date.fromisoformat(report["as_of"])) == folders[0] / kept[0]

    env = {"SAMVERKAN_NETWORK_CACHE": str(tmp_path / "cache")}
    with run_server(tmp_path, None, f"oxigraph:{store}", env=env) as server:
        first = httpx.get(server.url + "/validation", headers={"Accept": "text/html"}, timeout=60)
        assert first.status_code == 200 and first.headers["X-Validation-Cache"] == "hit"
        group = httpx.get(f"{server.url}/id/org/{GROUP_ID}", headers={"Accept": "text/html"}, timeout=60)
        assert group.status_code == 200 and 'class="data seats"' in group.text and "http-equiv" not in group.text
        for kind in KINDS:
            r = httpx.get(f"{server.url}/viz/{kind}", timeout=60)
            assert r.status_code == 200 and "viz-data" in r.text
    assert {f.name: f.stat().st_mtime_ns for f in folders[0].iterdir()} == written  # nothing computed again
