"""What route handlers need: settings and a way to run SPARQL with the server's limits.

Route modules get it with `ctx = get_context(request)` and run queries with `ctx.select(...)`,
`ctx.ask(...)`, `ctx.construct(...)`: these go through the query executor (timeout, row cap,
worker processes), so a page can never hang the server.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from fastapi import Request
from rdflib import Graph
from rdflib.term import Node

from graph.dataset_base import BaseMismatch, stored_base
from graph.stores import Store
from graph.stores.base import StoreError

from .executor import ExecutorStore
from .settings import Settings

T = TypeVar("T")
log = logging.getLogger("samverkan.server")


@dataclass
class ServerContext:
    settings: Settings
    executor: Any  # server.executor.QueryExecutor
    _derived: dict[str, tuple[int, float, Any]] = field(default_factory=dict, repr=False)
    _base_generation: int = field(default=0, repr=False)

    @property
    def generation(self) -> int:
        """How many updates the store has had through this server (results derived from an older
        generation are not used)."""
        return int(getattr(self.executor, "generation", 0))

    def derived(self, name: str, compute: Callable[[], T], ttl: float = 60.0) -> T:
        """A result derived from the store (`compute()`), kept for `ttl` seconds and until the next
        update through this server: whole-store summaries that pages show on every request."""
        now, gen = time.monotonic(), self.generation
        hit = self._derived.get(name)
        if hit and hit[0] == gen and now - hit[1] < ttl:
            return hit[2]
        value = compute()
        self._derived[name] = (gen, now, value)
        return value

    def follow_base(self) -> None:
        """After an update through this server (a load of another build, say), serve under the base the
        store now records: one query per update. A store left with no base, or several, keeps the one
        served so far (with a warning for several)."""
        generation = self.generation
        if generation == self._base_generation:
            return
        self._base_generation = generation
        try:
            stored = stored_base(self.store)
        except (BaseMismatch, StoreError) as exc:
            log.warning("keeping the base %s: %s", self.settings.base, exc)
            return
        if stored and stored != self.settings.base:
            log.warning("the store's data now records the base %s (was %s): serving under it", stored,
                        self.settings.base)
            self.settings.base = stored

    @property
    def store(self) -> Store:
        """The store as the pages read it: through the executor, with its timeout and row cap."""
        return ExecutorStore(self.executor)

    def select(self, sparql: str) -> list[dict[str, Node]]:
        return self.store.select(sparql)

    def ask(self, sparql: str) -> bool:
        return self.store.ask(sparql)

    def construct(self, sparql: str) -> Graph:
        return self.store.construct(sparql)


def get_context(request: Request) -> ServerContext:
    ctx = request.app.state.context
    ctx.follow_base()
    return ctx
