"""The checks that refuse a wrong path instead of building nothing or wiping a store: input folders that
are missing or hold no record, and replacing a store's data with a dataset that has none or far less."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .sparql import load_query
from .stores import Store, StoreSpec, open_store


class Refused(ValueError):
    """A command refused to run on what it was given (the message names the path and why)."""


def require_inputs(records_dir: Path, sources_dir: Path) -> None:
    """Refuse a records folder that does not exist or holds no record, and a sources folder that does not
    exist or has no manifest.yaml."""
    if not records_dir.is_dir():
        raise Refused(f"records folder {records_dir} does not exist")
    if not any(records_dir.glob("*.yaml")):
        raise Refused(f"records folder {records_dir} holds no record (no *.yaml file)")
    if not sources_dir.is_dir():
        raise Refused(f"sources folder {sources_dir} does not exist")
    if not (sources_dir / "manifest.yaml").is_file():
        raise Refused(f"sources folder {sources_dir} has no manifest.yaml")


@dataclass(frozen=True)
class Contents:
    """What a store holds, in brief: its quads in named graphs and the counts of queries/counts.rq."""

    quads: int
    counts: dict[str, int]

    @property
    def empty(self) -> bool:
        """No records' facts (no people, organisations, meetings, ...), whatever else (an ontology) it holds."""
        return not any(self.counts.values())

    def describe(self) -> str:
        return f"{self.quads} quads in named graphs (" + ", ".join(f"{k} {v}" for k, v in self.counts.items()) + ")"


def contents(store: Store) -> Contents:
    """Count what the store holds: its quads in the project's named graphs (Store.quad_count: a remote
    engine's own system graphs left out) and the records' kinds (SPARQL, so any backend)."""
    quads = store.quad_count()
    counts = {k: int(v) for k, v in store.select(load_query("counts.rq"))[0].items()}
    return Contents(quads, counts)


def _refusal(old: Contents, new: Contents, name: str, new_file: Path) -> Refused | None:
    """Why replacing a store holding `old` by a dataset holding `new` is refused, or None."""
    if new.empty:
        why = "holds no records"
    elif new.quads * 2 < old.quads:
        why = "would remove more than half of the store's quads"
    else:
        return None
    return Refused(f"refusing to replace the contents of {name}: the new dataset {new_file} {why}.\n"
                   f"  the store holds:       {old.describe()}\n"
                   f"  the new dataset holds: {new.describe()}\n"
                   "  give --replace-anyway to replace it all the same")


def check_replace(store: Store, name: str, new_file: Path, anyway: bool = False) -> None:
    """Refuse to replace a non-empty store's contents with the dataset in new_file when that holds no
    records or fewer than half the store's quads, unless anyway (--replace-anyway)."""
    if anyway:
        return
    old = contents(store)
    if old.quads == 0:
        return
    with open_store("memory") as scratch:
        scratch.load(new_file)
        refused = _refusal(old, contents(scratch), name, new_file)
    if refused:
        raise refused


def replace_on_disk(spec: StoreSpec, graph: Path, anyway: bool = False, digest: str | None = None,
                    trusted: bool = False) -> int:
    """Replace an on-disk Oxigraph store by `graph` crash-safely (graph/stores/ondisk.py: built beside
    it and swapped in whole), refused as check_replace refuses, unless anyway. The new dataset is
    counted in the store built beside the old one, before the swap (not loaded a second time to be
    counted): a refusal leaves the old store as it was. Returns the quads loaded."""
    from .stores.ondisk import replace_store

    assert spec.path is not None, "an on-disk store"
    old = None
    if not anyway and (spec.path / "CURRENT").exists():
        with spec.open() as store:
            old = contents(store)

    def accept(new: Store) -> None:
        if old is not None and old.quads:
            refused = _refusal(old, contents(new), str(spec), graph)
            if refused:
                raise refused

    return replace_store(spec.path, graph, digest, accept=accept, trusted=trusted)  # trusted: the build's own file
