"""The project folder (found upwards, --project, $SAMVERKAN_PROJECT, `samverkan init`) and the refusals:
a missing or empty records or sources folder, and replacing a store's data with a dataset that has no
records or far less, refused with exit status 2, naming the path, the store unchanged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph import project
from graph.cli import main
from graph.iris import DEFAULT_BASE, Iris
from graph.stores import open_store

from .paths import ROOT

ENV = {k: v for k, v in os.environ.items() if k != project.ENV}


def _cli(*args: str, cwd: Path = ROOT, module: str = "graph.cli", env: dict[str, str] | None = None
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, cwd=cwd,
                          env={**ENV, **(env or {})}, timeout=300, check=False)


def _quads(spec: str) -> int:
    with open_store(spec) as store:
        return store.quad_count()


# --------------------------------------------------------------------------- finding the project


def test_found_from_the_working_directory_upwards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(project.ENV, raising=False)
    assert project.find(start=ROOT / "graph" / "cli").root == ROOT
    found = project.find(start=ROOT)
    assert found.records == ROOT / "records" and found.sources == ROOT / "sources"
    assert found.store == f"oxigraph:{ROOT / 'var' / 'store'}" and found.dataset == ROOT / "var" / "graph.trig"


def test_explicit_and_environment_come_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = project.init(tmp_path / "other")
    monkeypatch.setenv(project.ENV, str(other.root))
    assert project.find(start=ROOT).root == other.root
    assert project.find(ROOT, start=tmp_path).root == ROOT


def test_not_found_says_where_it_looked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(project.ENV, raising=False)
    with pytest.raises(project.ProjectNotFound, match=str(tmp_path)):
        project.find(start=tmp_path)
    done = _cli("check", cwd=tmp_path)
    assert done.returncode == 2
    assert f"no samverkan.toml in {tmp_path.resolve()} or any folder above it" in done.stderr
    done = _cli("--project", str(tmp_path), "check", cwd=tmp_path)
    assert done.returncode == 2 and f"{tmp_path.resolve()} is not a samverkan project folder" in done.stderr
    done = _cli("serve", "--port", "9", cwd=tmp_path)  # no store made in ./var/store to serve nothing from
    assert done.returncode == 2 and f"no samverkan.toml in {tmp_path.resolve()}" in done.stderr
    assert not (tmp_path / "var").exists()


def test_project_option_before_or_after_the_command(tmp_path: Path) -> None:
    for args in (["--project", str(ROOT), "check"], ["check", "--project", str(ROOT)]):
        done = _cli(*args, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert f"records OK: {len(list((ROOT / 'records').glob('*.yaml')))} files" in done.stdout


def test_python_dash_m_samverkan_is_the_command(tmp_path: Path) -> None:
    done = _cli("--help", module="samverkan", cwd=tmp_path)
    assert done.returncode == 0 and "usage: samverkan" in done.stdout and "--project DIR" in done.stdout
    done = _cli("check", module="samverkan", cwd=tmp_path, env={project.ENV: str(ROOT)})
    assert done.returncode == 0 and "records OK" in done.stdout


def test_init_makes_an_empty_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "kronoberg"
    assert main(["init", str(folder), "--name", "Kronobergs län"]) == 0
    made = project.load(folder)
    assert made.name == "Kronobergs län" and made.records.is_dir()
    manifest = (made.sources / "manifest.yaml").read_text(encoding="utf-8")
    assert "documents: []" in manifest and "# documents:" in manifest  # none yet, the format as a comment
    assert (folder / "README.md").is_file()
    from graph.records import load_manifest

    assert load_manifest(made.sources) == {}
    # a second init over it is refused, and a build in it says that there is no record yet
    assert main(["init", str(folder)]) == 2
    assert "already is a samverkan project folder" in capsys.readouterr().err
    assert main(["--project", str(folder), "build", "--out", str(tmp_path / "g.nq")]) == 2
    assert f"records folder {made.records} holds no record" in capsys.readouterr().err
    assert not (tmp_path / "g.nq").exists()


# --------------------------------------------------------------------------- refused paths


@pytest.fixture()
def loaded(tmp_path: Path, built_graph: Path) -> str:
    """An on-disk store holding the real graph."""
    spec = f"oxigraph:{tmp_path / 'store'}"
    with open_store(spec) as store:
        store.load(built_graph, replace=True)
    return spec


@pytest.mark.parametrize("case", ["records-missing", "records-empty", "sources-missing", "sources-empty"])
def test_build_refuses_a_missing_or_empty_folder(tmp_path: Path, loaded: str, case: str) -> None:
    before = _quads(loaded)
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("not a record\n", encoding="utf-8")
    missing = tmp_path / "nonexistent"
    folder = {"records-missing": missing, "records-empty": empty, "sources-missing": missing,
              "sources-empty": empty}[case]
    option = "--records" if case.startswith("records") else "--sources"
    done = _cli("build", option, str(folder), "--store", loaded, "--out", str(tmp_path / "g.nq"))
    assert done.returncode == 2, done.stdout + done.stderr
    assert str(folder) in done.stderr
    assert {"records-missing": "does not exist", "records-empty": "holds no record",
            "sources-missing": "does not exist", "sources-empty": "has no manifest.yaml"}[case] in done.stderr
    assert _quads(loaded) == before
    assert not (tmp_path / "g.nq").exists()
    check = _cli("check", option, str(folder))
    assert check.returncode == 2 and str(folder) in check.stderr


def test_build_refuses_to_replace_a_store_with_less_than_half(tmp_path: Path, built_graph: Path) -> None:
    """A store holding three times the real graph (under three bases) would lose two thirds of its quads."""
    spec = f"oxigraph:{tmp_path / 'store'}"
    text = built_graph.read_text(encoding="utf-8")
    with open_store(spec) as store:
        for base in (DEFAULT_BASE, "http://example.org/a/", "http://example.org/b/"):
            copy = tmp_path / "copy.nq"
            copy.write_text(text.replace(Iris(DEFAULT_BASE).id, Iris(base).id), encoding="utf-8")
            store.load(copy)
    before = _quads(spec)
    done = _cli("build", "--store", spec)
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"refusing to replace the contents of {spec}" in done.stderr
    assert "would remove more than half of the store's quads" in done.stderr
    assert "the store holds:" in done.stderr and "people 136" in done.stderr and "--replace-anyway" in done.stderr
    assert _quads(spec) == before
    done = _cli("build", "--store", spec, "--replace-anyway")
    assert done.returncode == 0, done.stderr
    assert 0 < _quads(spec) < before / 2


def test_build_into_a_store_of_the_same_size_is_not_refused(tmp_path: Path, loaded: str) -> None:
    before = _quads(loaded)
    done = _cli("build", "--store", loaded)
    assert done.returncode == 0, done.stderr
    assert _quads(loaded) == before


@pytest.mark.parametrize("content", ["", "ontology"])
def test_serve_refuses_a_graph_without_data(tmp_path: Path, loaded: str, content: str) -> None:
    graph = tmp_path / "graph.ttl"
    graph.write_text("" if content == "" else (ROOT / "ontology" / "lgl.ttl").read_text(encoding="utf-8"),
                     encoding="utf-8")
    before = _quads(loaded)
    done = _cli("serve", "--graph", str(graph), "--store", loaded, "--port", "9")
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"the new dataset {graph} holds no records" in done.stderr
    assert "people 0" in done.stderr and "people 136" in done.stderr
    assert _quads(loaded) == before


def test_no_code_reads_data_beside_the_package() -> None:
    """The records, sources and var/ are the project's and the ontology, shapes and queries the package's:
    no module places them next to the code (config.ROOT / RECORDS / SOURCES are gone)."""
    import re

    pattern = re.compile(r"config\.(ROOT|RECORDS|SOURCES)\b|Path\(__file__\)[^\n]*\.parent\.parent")
    uses = [f"{path.relative_to(ROOT)}:{n}" for folder in ("graph", "server", "samverkan")
            for path in sorted((ROOT / folder).rglob("*.py"))
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert uses == [], "use graph.project (records, sources, var) or graph.config's package data instead"
