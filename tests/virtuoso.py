"""A real OpenLink Virtuoso (Debian's virtuoso-opensource-7-bin) on loopback for the tests, started
by graph.engines.virtuoso_server: a fresh database in a temporary folder, a generated virtuoso.ini on
free ports, SPARQL updates granted to the anonymous SPARQL user; stopped and removed afterwards. In
CI (CI=true) a missing engine fails the run instead of skipping it."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from graph.engines import MAX_ROWS as RESULT_SET_MAX_ROWS
from graph.engines import EngineMissing, virtuoso_server

__all__ = ["RESULT_SET_MAX_ROWS", "missing", "virtuoso_endpoint"]


def missing(reason: str) -> None:
    """Skip the test, or fail it in CI (CI=true), where every engine must be there."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def virtuoso_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One Virtuoso for the test session (a fresh database takes Virtuoso ~10 s to create)."""
    try:
        server = virtuoso_server(tmp_path_factory.mktemp("virtuoso"))
        url = server.__enter__()
    except EngineMissing as exc:
        missing(str(exc))
        return
    try:
        yield url
    finally:
        server.__exit__(None, None, None)
