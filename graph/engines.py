"""Local SPARQL engines on loopback, started for the tests and the benchmarks: `oxigraph serve
--union-default-graph` and OpenLink Virtuoso (Debian's virtuoso-opensource-7-bin) with a fresh
database, each in a folder of its own, stopped (and the folder removed) afterwards."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .processes import free_port, oxigraph_binary, stop, wait_http

#: Virtuoso's row cap (ResultSetMaxRows) where the caller gives none: above the real graph (12,565
#: quads with its summaries and reference sources on 2026-12-02: `validate` and the Graph Store's default
#: graph read it in one answer), below the answers that test the paging past it (41,184 rows).
MAX_ROWS = 20000

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




class EngineMissing(RuntimeError):
    """The engine's program is not installed here."""


@contextmanager
def virtuoso_server(folder: Path, max_rows: int = MAX_ROWS) -> Iterator[str]:
    """Start Virtuoso with a fresh database in `folder` (a generated virtuoso.ini on free loopback
    ports; updates granted to the anonymous SPARQL user with isql-vt); yield its endpoint URL
    (``http://127.0.0.1:PORT/sparql``); stop it and remove the database after. A fresh database
    takes Virtuoso about 10 s to create."""
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if binary is None or isql is None:
        raise EngineMissing("Virtuoso is not installed (Debian: apt-get install virtuoso-opensource-7-bin; "
                            "scripts/test.sh installs it)")
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


@contextmanager
def oxigraph_server(folder: Path) -> Iterator[str]:
    """`oxigraph serve --union-default-graph` (the one dataset rule) on a free loopback port with its
    database in `folder`; yield its query URL (``http://127.0.0.1:PORT/query``)."""
    binary = oxigraph_binary()
    if binary is None:
        raise EngineMissing("the oxigraph server (PyPI package 'oxigraph') is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = folder / "oxigraph.log"
    with log.open("w") as fh:
        proc = subprocess.Popen([binary, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}",
                                 "--union-default-graph"], stdout=fh, stderr=subprocess.STDOUT)
    try:
        wait_http(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", proc, timeout=30, ok=201, log=log)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        stop(proc)
