"""The store spec (a StoreSpec value parsed once from text such as ``oxigraph:PATH``) and the
registry of store backends it is parsed against.

In the manner of rdflib's plugin registry (rdflib/plugin.py: ``register(name, kind, module,
class)``, ``get(name, kind)``): each backend module registers itself with ``register(Backend(...))``
when it is imported, and ``StoreSpec.parse`` asks the registry. The built-in backends are named
here lazily (``register_lazy``: their name, aliases and URL prefixes and the modules that register
them), so a process imports only the backend it opens: a query worker of the embedded store never
loads httpx or rdflib's store. This module imports no backend, and the backends import it and base, so there
is no import circle. Callers ask the spec questions (``persistent``, ``path``, ``is_remote``,
``in_memory``) and open it (``spec.open(read_only=...)``) instead of testing the text.

Spec forms of the built-in backends:

- ``oxigraph:PATH`` — embedded Oxigraph, persistent on disk; ``oxigraph:``, ``oxigraph`` or
  ``memory`` — embedded Oxigraph in memory;
- ``rdflib`` or ``rdflib:FILE`` — rdflib's in-memory Dataset (FILE loaded when opened);
- ``http(s)://...`` or ``remote:query=URL,...`` — a remote SPARQL 1.1 endpoint.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .base import Store

#: What the text after ``NAME:`` is to a backend: the directory the store lives in (persistent;
#: empty: in memory), a file loaded into memory when the store is opened, or the endpoint.
Location = Literal["directory", "file", "endpoint"]


@dataclass(frozen=True)
class Backend:
    """A registered store backend: its name, how to open a spec of it, what its location names.

    `open(spec, read_only)` makes the Store (the backend's own code, imported when the backend
    registers). `aliases` are whole specs meaning this backend with no location (``memory``);
    `prefixes` are spec beginnings that belong to it as they stand (``http://``, kept in the
    location). `usage` is how the spec is written, for the message a wrong spec gets; `library`
    the distribution it runs on (for the benchmarks' system table).
    """

    name: str
    open: Callable[[StoreSpec, bool], Store]
    location: Location
    usage: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    library: str | None = None


_BACKENDS: dict[str, Backend] = {}


@dataclass(frozen=True)
class LazyBackend:
    """A backend known by name before its module is imported: what a spec of it looks like (its
    aliases and URL prefixes) and the modules whose import registers it."""

    name: str
    modules: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()


_LAZY: dict[str, LazyBackend] = {}
#: backend names in the order they were first named (lazily or not): the order `backends()` gives,
#: whichever of them a process happened to import first
_ORDER: dict[str, None] = {}


def register_lazy(lazy: LazyBackend) -> None:
    """Name a backend whose modules are imported (and so register it) only when a spec of it is used."""
    _ORDER.setdefault(lazy.name)
    if lazy.name not in _BACKENDS:
        _LAZY[lazy.name] = lazy


def _import(name: str) -> None:
    """Import the modules of a lazily named backend (they register it)."""
    lazy = _LAZY.pop(name, None)
    if lazy is not None:
        for module in lazy.modules:
            importlib.import_module(module)


def _import_all() -> None:
    for name in list(_LAZY):
        _import(name)


def register(backend: Backend) -> None:
    """Register (or replace) a backend under its name; its aliases and prefixes with it."""
    _LAZY.pop(backend.name, None)
    _ORDER.setdefault(backend.name)
    _BACKENDS[backend.name] = backend


def unregister(name: str) -> Backend | None:
    """Remove a backend from the registry (what it was, or None)."""
    _LAZY.pop(name, None)
    return _BACKENDS.pop(name, None)


def backend(name: str) -> Backend:
    """The registered backend of that name (KeyError when there is none)."""
    _import(name)
    return _BACKENDS[name]


def backends() -> list[Backend]:
    """The registered backends, in the order they were first named (every lazily named one imported)."""
    _import_all()
    return [_BACKENDS[name] for name in _ORDER if name in _BACKENDS]


def library_versions() -> dict[str, str]:
    """The version of each library a registered backend runs on ({"pyoxigraph": "0.4.9", ...})."""
    versions = {}
    for b in backends():
        if b.library and b.library not in versions:
            try:
                versions[b.library] = metadata.version(b.library)
            except metadata.PackageNotFoundError:
                versions[b.library] = "?"
    return versions


def _usage() -> str:
    forms = [form for b in backends() for form in b.usage]
    return ", ".join(forms[:-1]) + " or " + forms[-1] if len(forms) > 1 else "".join(forms)


@dataclass(frozen=True)
class StoreSpec:
    """Which store to use: a registered backend and its location (a directory, a file, an endpoint
    URL or options; "" for none), parsed once from the text the user gave (kept in `text`)."""

    backend: str
    location: str = ""
    text: str = field(default="", compare=False)

    @classmethod
    def parse(cls, spec: str | StoreSpec) -> StoreSpec:
        """The spec the text names (a StoreSpec is returned as it is); ValueError saying the forms
        the registered backends accept when no backend takes it."""
        if isinstance(spec, StoreSpec):
            return spec
        for b in (*_BACKENDS.values(), *_LAZY.values()):
            if spec in b.aliases:
                return cls(b.name, "", spec)
            if b.prefixes and spec.startswith(b.prefixes):
                return cls(b.name, spec, spec)
        name, _, rest = spec.partition(":")
        if name in _BACKENDS or name in _LAZY:
            return cls(name, rest, spec)
        raise ValueError(f"unknown store {spec!r}: use {_usage()}")

    def _backend(self) -> Backend:
        _import(self.backend)
        try:
            return _BACKENDS[self.backend]
        except KeyError:
            raise ValueError(f"no store backend {self.backend!r} is registered: use {_usage()}") from None

    @property
    def persistent(self) -> bool:
        """Whether the store lives on disk here (and keeps its contents between runs)."""
        return self._backend().location == "directory" and bool(self.location)

    @property
    def is_remote(self) -> bool:
        """Whether the store is a SPARQL endpoint reached over HTTP."""
        return self._backend().location == "endpoint"

    @property
    def in_memory(self) -> bool:
        """Whether the store lives in this process's memory (each process opening it has its own)."""
        return not (self.persistent or self.is_remote)

    @property
    def path(self) -> Path | None:
        """The store's directory (persistent stores) or the file an in-memory store loads; else None."""
        if self._backend().location in ("directory", "file") and self.location:
            return Path(self.location)
        return None

    def open(self, read_only: bool = False) -> Store:
        """Open the store; `read_only` opens a persistent store for reading only (others ignore it)."""
        return self._backend().open(self, read_only)

    def __str__(self) -> str:
        return self.text or (f"{self.backend}:{self.location}" if self.location else self.backend)


def open_store(spec: str | StoreSpec, read_only: bool = False) -> Store:
    """Open a store from a spec: 'oxigraph:PATH', 'oxigraph:' / 'memory', 'rdflib', or an http(s) URL."""
    return StoreSpec.parse(spec).open(read_only)


# the built-in backends, imported when a spec of theirs is used (graph/stores/__init__.py)
register_lazy(LazyBackend("oxigraph", ("graph.stores.oxigraph_store",), aliases=("memory",)))
register_lazy(LazyBackend("rdflib", ("graph.stores.rdflib_store",)))
register_lazy(LazyBackend("remote", ("graph.stores.remote", "graph.stores.virtuoso"),
                          prefixes=("http://", "https://")))
