"""A real OpenLink Virtuoso (Debian's virtuoso-opensource-7-bin) on loopback for the tests, started
by graph.engines.virtuoso_server: a fresh database in a temporary folder, a generated virtuoso.ini on
free ports, SPARQL updates granted to the anonymous SPARQL user; stopped and removed afterwards. In
CI (CI=true) a missing engine fails the run instead of skipping it."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from graph.engines import MAX_ROWS as RESULT_SET_MAX_ROWS
from graph.engines import EngineMissing, virtuoso_server

__all__ = ["RESULT_SET_MAX_ROWS", "engine_endpoint", "missing", "virtuoso_endpoint"]


def missing(reason: str) -> None:
    """Skip the test, or fail it in CI (CI=true), where every engine must be there."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(reason)
    pytest.skip(reason)


def engine_endpoint(start: Callable[[Path], AbstractContextManager[str]], folder: Path) -> Iterator[str]:
    """A fixture's body for an engine started by graph.engines (`start(folder)`): its endpoint URL while
    the tests run, the engine stopped after; a missing engine skips (fails in CI)."""
    try:
        server = start(folder)
        url = server.__enter__()
    except EngineMissing as exc:
        missing(str(exc))
        return
    try:
        yield url
    finally:
        server.__exit__(None, None, None)


@pytest.fixture(scope="session")
def virtuoso_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One Virtuoso for the test session (a fresh database takes Virtuoso ~10 s to create)."""
    yield from engine_endpoint(virtuoso_server, tmp_path_factory.mktemp("virtuoso"))
