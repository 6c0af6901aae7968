"""A real OpenLink Virtuoso (Debian's virtuoso-opensource-7-bin) on loopback for the tests: a fresh
database in a temporary folder, a generated virtuoso.ini on free ports, SPARQL updates granted to
the anonymous SPARQL user; stopped and removed afterwards. In CI (CI=true) a missing engine fails
the run instead of skipping it."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from graph.processes import free_port, stop, wait_http

#: The row cap of the test engine: above the real graph (10,652 triples, so `validate` reads its
#: data in one answer) and low enough that a test can go past it cheaply.
RESULT_SET_MAX_ROWS = 20000

INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
CheckpointInterval = 60
DirsAllowed = {db}
ThreadsPerQuery = 2
MaxQueryMem = 512M

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}
MaxClientConnections = 8
ServerThreads = 8

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 400
"""


def missing(reason: str) -> None:
    """Skip the test, or fail it in CI (CI=true), where every engine must be there."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(reason)
    pytest.skip(reason)


@contextmanager
def virtuoso(folder: Path, max_rows: int = RESULT_SET_MAX_ROWS) -> Iterator[str]:
    """Start Virtuoso with a fresh database in `folder`; yield its SPARQL endpoint URL
    (``http://127.0.0.1:PORT/sparql``, updates allowed); stop it and remove the folder after."""
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if binary is None or isql is None:
        missing("Virtuoso is not installed (Debian: apt-get install virtuoso-opensource-7-bin; scripts/test.sh "
                "installs it)")
    db = folder / "virtuoso"
    db.mkdir(parents=True)
    sql_port, http_port = free_port(), free_port()
    ini = db / "virtuoso.ini"
    ini.write_text(INI.format(db=db, sql_port=sql_port, http_port=http_port, max_rows=max_rows), encoding="utf-8")
    log = db / "stdout.log"
    with log.open("w") as fh:
        proc = subprocess.Popen([binary, "-c", str(ini), "+foreground"], cwd=db, stdout=fh, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{http_port}/sparql"
    try:
        wait_http(url + "?query=ASK%7B%7D", proc, timeout=90, ok=300, log=db / "virtuoso.log")
        grant = subprocess.run([isql, str(sql_port), "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                               capture_output=True, text=True, timeout=60)
        if grant.returncode != 0:
            raise RuntimeError(f"isql-vt GRANT failed: {grant.stdout}{grant.stderr}")
        yield url
    finally:
        stop(proc)
        shutil.rmtree(db, ignore_errors=True)


@pytest.fixture(scope="session")
def virtuoso_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One Virtuoso for the test session (a fresh database takes Virtuoso ~10 s to create)."""
    with virtuoso(tmp_path_factory.mktemp("virtuoso")) as url:
        yield url
