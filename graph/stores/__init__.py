"""Store backends behind one interface (graph.stores.base.Store), chosen by a StoreSpec.

- ``oxigraph:PATH`` — embedded Oxigraph, persistent on disk (the default for the main job);
- ``oxigraph:`` or ``memory`` — embedded Oxigraph in memory;
- ``rdflib`` — rdflib's in-memory Dataset (small runs, the baseline in benchmarks);
- ``http(s)://...`` — a remote SPARQL 1.1 endpoint (see graph.stores.remote; engines with quirks of
  their own, such as Virtuoso (graph.stores.virtuoso), register in remote.ENGINES).

Parse a spec once with ``StoreSpec.parse(text)`` and ask it (``spec.persistent``, ``spec.path``,
``spec.is_remote``, ``spec.open(read_only=...)``); ``open_store(text)`` is the short way to open one.
A new backend is a module that subclasses Store and calls ``register(Backend(...))`` (graph.stores.spec);
the built-in ones are named lazily in graph.stores.spec and imported when a spec of theirs is used, so a
process pays only for the backend it opens.
"""

from __future__ import annotations

from .base import QuerySyntaxError, Store, StoreError
from .spec import Backend, StoreSpec, library_versions, open_store, register, unregister

__all__ = ["Backend", "QuerySyntaxError", "Store", "StoreError", "StoreSpec", "library_versions", "open_store",
           "register", "unregister"]
