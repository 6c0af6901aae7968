"""The distribution works outside the checkout: the wheel built from the repository, installed into a
fresh virtual environment, runs build, validate, viz and serve from another working directory with this
repository as the project folder, finding the ontology, shapes, queries and page assets inside itself.

No download: the wheel is built without build isolation (setuptools from the test extra) and the new
environment reaches the dependencies through a .pth line to this environment's site-packages (a .pth
line adds a folder to sys.path without running the .pth files in it, so the editable install of this
checkout is not seen)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import httpx
import pytest

from graph import project
from graph.processes import free_port, stop, wait_http

from .paths import ROOT

pytestmark = pytest.mark.packaging

#: What the wheel is built from (a copy, so no build/ or *.egg-info is left in the checkout).
DISTRIBUTION = ["pyproject.toml", "setup.py", "README.md", "LICENSE", "graph", "server", "samverkan", "ontology",
                "shapes", "queries"]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], Path]:
    """(the new environment's bin folder, the environment variables to run it with, a working directory
    outside the repository)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in DISTRIBUTION:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(ROOT / name, src / name)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--no-build-isolation",
                            "--no-index", "-w", str(tmp / "dist")], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "Deprecat" not in built.stdout + built.stderr  # e.g. setuptools' "project.license as a TOML table"
    wheel = next((tmp / "dist").glob("samverkan-*.whl"))

    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    (Path(purelib) / "_samverkan_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", project.ENV)}
    env.update({project.ENV: str(ROOT), "SAMVERKAN_PREBINDING_CACHE": str(tmp / "prebinding.json"),
                "SAMVERKAN_NETWORK_CACHE": str(tmp / "network-cache")})
    done = subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--ignore-installed",
                           str(wheel)], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    return venv / "bin", env, elsewhere


def _run(installed: tuple[Path, dict[str, str], Path], *args: str) -> subprocess.CompletedProcess[str]:
    bin_dir, env, cwd = installed
    return subprocess.run([str(bin_dir / args[0]), *args[1:]], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=300)


def test_the_code_and_its_data_come_from_the_wheel(installed: tuple[Path, dict[str, str], Path]) -> None:
    done = _run(installed, "python", "-c", "import graph.config as c, server.app as a, graph.network.render as r, "
                "graph.ingest.templates as t, graph.ingest.learned_decisions as d, "
                "graph.ingest.learned_attendance as la, graph.ingest.learned_mentions as lm; print(c.__file__, "
                "c.ONTOLOGY_DIR, "
                "c.SHAPES_DIR, c.QUERIES_DIR, a.STATIC, r.ASSETS_DIR, t.INDEX_FILE if t.load_index() else "
                "'no index of tuned templates', d.MODEL_FILE if d.shipped_model() else 'no decision model', "
                "la.MODEL_FILE if la.shipped_model() else 'no attendance model', "
                "lm.MODEL_FILE if lm.shipped_model() else 'no mention model', sep='\\n')")
    assert done.returncode == 0, done.stderr
    paths = done.stdout.split()
    site = str(installed[0].parent)
    assert all(p.startswith(site) for p in paths), paths  # none from the checkout
    assert paths[1].endswith("samverkan/ontology") and paths[3].endswith("samverkan/queries")
    done = _run(installed, "python", "-m", "samverkan", "--help")
    assert done.returncode == 0 and "usage: samverkan" in done.stdout and "init" in done.stdout


def test_build_validate_viz_and_serve(installed: tuple[Path, dict[str, str], Path]) -> None:
    cwd = installed[2]
    done = _run(installed, "samverkan", "build", "--out", "graph.trig")
    assert done.returncode == 0, done.stderr
    assert "people: 136" in done.stdout and (cwd / "graph.trig").stat().st_size > 100_000

    done = _run(installed, "samverkan", "validate", "--at", "2026-03-12")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Validering per 2026-03-12" in done.stdout and "Samordnande grupp Barn och unga" in done.stdout

    done = _run(installed, "samverkan", "viz", "people", "--out", "people.html")
    assert done.returncode == 0, done.stderr
    assert "<html" in (cwd / "people.html").read_text(encoding="utf-8")

    port = free_port()
    log = cwd / "serve.log"
    bin_dir, env, _ = installed
    with log.open("w") as fh:
        proc = subprocess.Popen([str(bin_dir / "samverkan"), "serve", "--graph", "graph.trig", "--store",
                                 f"oxigraph:{cwd / 'store'}", "--port", str(port), "--workers", "1",
                                 "--log-level", "warning"], cwd=cwd, env=env, stdout=fh, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/sparql", proc, timeout=90, ok=201, log=log)
        html = {"Accept": "text/html"}
        start = httpx.get(url + "/", headers=html, timeout=60)
        assert start.status_code == 200 and "<title>Samverkan Kalmar län</title>" in start.text
        person = httpx.get(url + "/id/person/chris-landergren", headers=html, timeout=60)
        assert person.status_code == 200 and "Chris Landergren" in person.text
        assert httpx.get(url + "/static/style.css", timeout=60).status_code == 200  # package data
        query = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> }"
        answer = httpx.post(url + "/sparql", data={"query": query}, headers={"Accept": "text/csv"}, timeout=60)
        assert answer.status_code == 200 and answer.text.split() == ["n", "136"]
    finally:
        stop(proc)
