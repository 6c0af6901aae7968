"""Store backends behind one interface (graph.stores.base.Store).

- ``oxigraph:PATH`` — embedded Oxigraph, persistent on disk (the default for the main job);
- ``oxigraph:`` or ``memory`` — embedded Oxigraph in memory;
- ``rdflib`` — rdflib's in-memory Dataset (small runs, the baseline in benchmarks);
- ``http(s)://...`` — a remote SPARQL 1.1 endpoint (see graph.stores.remote).
"""

from __future__ import annotations

from .base import QuerySyntaxError, Store, StoreError, open_store

__all__ = ["QuerySyntaxError", "Store", "StoreError", "open_store"]
