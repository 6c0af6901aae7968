from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Dataset

from graph.build import build, build_to_file
from graph.ingest.pipeline import Context, load_context
from graph.iris import DEFAULT_BASE

from .servers import Server, run_server

BASE = DEFAULT_BASE


@pytest.fixture(scope="module")
def ctx() -> Context:
    """The ingest's context (the known people, organisations and groups of the records), loaded once per module:
    a module's tests may not see another module's changes to it."""
    return load_context()


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return build(base=BASE)


@pytest.fixture(scope="session")
def union(dataset: Dataset) -> Dataset:
    return Dataset(store=dataset.store, default_union=True)


@pytest.fixture(scope="session")
def built_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real dataset built once for the session, as N-Quads."""
    out = tmp_path_factory.mktemp("graph") / "graph.nq"
    build_to_file(out, base=BASE)
    return out


@pytest.fixture(scope="session")
def live_server(built_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The real server on loopback over an on-disk Oxigraph store with the real data; read-only
    (no update token), query timeout 3 s, row cap 2000."""
    tmp = tmp_path_factory.mktemp("live")
    with run_server(tmp, built_graph, f"oxigraph:{tmp / 'store'}", "--timeout", "3", "--max-rows", "2000",
                    env={"SAMVERKAN_UPDATE_TOKEN": ""}) as server:
        yield server


OTHER_BASE = "https://example.org/k/"  # a base other than the default, on no host a test server runs on


@pytest.fixture(scope="session")
def other_base_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The real data built under OTHER_BASE and served (no --base: the server reads the base from the
    store) on a random loopback port, over its own on-disk store; read-only."""
    tmp = tmp_path_factory.mktemp("other-base")
    graph = tmp / "graph.nq"
    build_to_file(graph, base=OTHER_BASE)
    with run_server(tmp, graph, f"oxigraph:{tmp / 'store'}",
                    env={"SAMVERKAN_UPDATE_TOKEN": "", "SAMVERKAN_BASE": ""}) as server:
        yield server


@pytest.fixture(scope="module")
def own_prebinding_decisions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Pre-binding decisions kept on disk (graph/validation/prebinding.py) go to a temporary file for
    the module, not var/cache, and start empty."""
    from graph.validation import prebinding as validate_prebinding

    with pytest.MonkeyPatch.context() as m:
        m.setenv("SAMVERKAN_PREBINDING_CACHE", str(tmp_path_factory.mktemp("decisions") / "prebinding.json"))
        m.setattr(validate_prebinding, "_decisions", None)
        yield
