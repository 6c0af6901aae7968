"""The project folder: where a county's data lives (records/, sources/ with manifest.yaml, var/), found
from the working directory upwards by its marker file samverkan.toml, or given with --project DIR /
$SAMVERKAN_PROJECT; and `samverkan init`, which makes an empty one.

The code and what ships with it (ontology, shapes, queries, page assets) live in the installed
package; only the data lives here, so one installation serves any number of projects.
"""

from __future__ import annotations

import contextlib
import os
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MARKER = "samverkan.toml"
ENV = "SAMVERKAN_PROJECT"


class ProjectNotFound(ValueError):
    """No project folder where one was looked for (the message says where)."""


@dataclass(frozen=True)
class Project:
    """One project folder and the places in it."""

    root: Path
    name: str = ""
    base: str | None = None  # [project] base = "https://..." : the base IRI of its data (graph/config.base_iri)

    @property
    def records(self) -> Path:
        return self.root / "records"

    @property
    def sources(self) -> Path:
        return self.root / "sources"

    @property
    def var(self) -> Path:
        """Built and derived files: the dataset, validation output, the default store, caches."""
        return self.root / "var"

    @property
    def dataset(self) -> Path:
        return self.var / "graph.trig"

    @property
    def store(self) -> str:
        """The default store: embedded Oxigraph on disk under var/store."""
        return f"oxigraph:{self.var / 'store'}"


def load(root: Path) -> Project:
    """The project whose folder is root (it must hold samverkan.toml)."""
    root = root.expanduser().resolve()
    marker = root / MARKER
    if not marker.is_file():
        raise ProjectNotFound(f"{root} is not a samverkan project folder: it has no {MARKER} "
                              f"(make one with `samverkan init {root}`)")
    try:
        data = tomllib.loads(marker.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ProjectNotFound(f"{marker}: not valid TOML: {exc}") from exc
    section = data.get("project", {})
    base = str(section["base"]) if section.get("base") else None
    return Project(root=root, name=str(section.get("name", "")), base=base)


def find(explicit: str | Path | None = None, start: Path | None = None) -> Project:
    """The project folder: the one given (--project), else $SAMVERKAN_PROJECT, else the nearest folder
    holding samverkan.toml from the working directory (or start) upwards."""
    if explicit:
        return load(Path(explicit))
    if os.environ.get(ENV):
        return load(Path(os.environ[ENV]))
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / MARKER).is_file():
            return load(folder)
    raise ProjectNotFound(f"no samverkan project folder found: no {MARKER} in {here} or any folder above it; "
                          f"give --project DIR or set ${ENV}, or make one with `samverkan init DIR`")


_current: Project | None = None


def current() -> Project:
    """The project this process works on: the one set by using(), else find()."""
    return _current or find()


@contextlib.contextmanager
def using(explicit: str | Path | None) -> Iterator[None]:
    """Work on the given project folder (--project) for the duration; without one, find() decides."""
    global _current
    previous = _current
    _current = load(Path(explicit)) if explicit else None
    try:
        yield
    finally:
        _current = previous


def var_dir() -> Path:
    """The current project's var/ folder, or ./var when there is no project (a server over a remote store)."""
    try:
        return current().var
    except ProjectNotFound:
        return Path("var")


TOML_TEMPLATE = """\
# A samverkan project folder: the data of one collaboration structure.
#   records/   one YAML record per source document (format: docs/records.md in the samverkan repository)
#   sources/   the documents' text and manifest.yaml listing them
#   var/       what the commands build: the dataset (var/graph.trig), the default store (var/store), caches
[project]
name = "{name}"
"""

MANIFEST_TEMPLATE = """\
# The source documents the graph is built from. One entry per document; `id` is the
# document's stable identifier (its named graph is <base>id/doc/<id>), `file` is relative
# to this folder, `original` is the file name the document arrived under. For example:
#
# documents:
#   - id: 2026-03-12-lansgemensam-ledning
#     file: 2026-03-12-protokoll-lansgemensam-ledning.txt
#     original: protokoll.pdf
#     title: Protokoll Länsgemensam ledning i samverkan, 12 mars 2026
#     kind: protokoll-lansgemensam-ledning
#     date: 2026-03-12
#     publisher: Länsgemensam ledning i samverkan (Kalmar län)
#     language: sv
#     text_quality: clean   # or ocr
documents: []
"""

README_TEMPLATE = """\
# {name}

A samverkan project folder: add each document to sources/ and sources/manifest.yaml, draft its record
with `samverkan ingest sources/FILE`, review it into records/, then `samverkan build --out var/graph.trig`.
"""


def init(root: Path, name: str | None = None) -> Project:
    """Make an empty project folder (samverkan.toml, records/, sources/manifest.yaml, README.md);
    refuse a folder that already is one or that holds records or sources."""
    root = root.expanduser().resolve()
    if (root / MARKER).exists():
        raise ValueError(f"{root} already is a samverkan project folder ({MARKER} exists)")
    for sub in ("records", "sources"):
        if (root / sub).exists() and any((root / sub).iterdir()):
            raise ValueError(f"{root / sub} exists and is not empty: not making a project over it")
    name = name or root.name
    (root / "records").mkdir(parents=True, exist_ok=True)
    (root / "sources").mkdir(exist_ok=True)
    (root / "sources" / "manifest.yaml").write_text(MANIFEST_TEMPLATE, encoding="utf-8")
    if not (root / "README.md").exists():
        (root / "README.md").write_text(README_TEMPLATE.format(name=name), encoding="utf-8")
    (root / MARKER).write_text(TOML_TEMPLATE.format(name=name.replace('"', "'")), encoding="utf-8")
    return load(root)
