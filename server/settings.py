"""Server settings: command-line flags override environment variables (SAMVERKAN_*)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from graph import config, project


def default_workers() -> int:
    """Query worker processes when none are asked for: one per core, at least 2 (so that one slow query
    never holds every worker: server/fairness.py's slow lane keeps one free) and at most 8 (each holds its
    own Python and store handle, ~45 MB). README "The endpoint's limits and safety" says why 2 here."""
    return max(2, min(os.cpu_count() or 2, 8))


def _env(name: str, default: str) -> str:
    return os.environ.get(f"SAMVERKAN_{name}", default)


@dataclass
class Settings:
    base: str = field(default_factory=lambda: config.base_iri(None))  # at start: the store's own (app.py)
    requested_base: str | None = field(default_factory=lambda: config.configured_base(None))  # --base, env, toml
    store: str = field(default_factory=lambda: _env("STORE", f"oxigraph:{project.var_dir() / 'store'}"))
    query_timeout: float = field(default_factory=lambda: float(_env("QUERY_TIMEOUT", "10")))
    max_rows: int = field(default_factory=lambda: int(_env("MAX_ROWS", "10000")))
    max_bytes: int = field(default_factory=lambda: int(_env("MAX_BYTES", str(50 * 1024 * 1024))))  # per /sparql answer
    per_client: int = field(default_factory=lambda: int(_env("PER_CLIENT", "4")))  # queries waiting or running
    max_queue: int = field(default_factory=lambda: int(_env("MAX_QUEUE", "64")))  # queries waiting for a worker
    slow_after: float = field(default_factory=lambda: float(_env("SLOW_AFTER", "0.5")))  # s: slow-lane threshold
    max_request_bytes: int = field(default_factory=lambda: int(_env("MAX_REQUEST_BYTES", str(1024 * 1024))))
    update_token: str | None = field(default_factory=lambda: os.environ.get("SAMVERKAN_UPDATE_TOKEN") or None)
    allow_service: bool = field(default_factory=lambda: _env("ALLOW_SERVICE", "") in ("1", "true", "yes"))
    cors_origins: list[str] = field(default_factory=lambda: [o for o in _env("CORS_ORIGINS", "").split(",") if o])
    workers: int = field(default_factory=lambda: int(_env("QUERY_WORKERS", str(default_workers()))))
    graph_file: str | None = field(default_factory=lambda: os.environ.get("SAMVERKAN_GRAPH") or None)
    search_index: str | None = field(default_factory=lambda: os.environ.get("SAMVERKAN_SEARCH_INDEX") or None)
    # where this server is reached from outside (https://data.example.org/), for absolute links in the dataset's
    # description (/.well-known/void); never taken from a request's Host header; unset: links stay relative
    public_url: str | None = field(default_factory=lambda: os.environ.get("SAMVERKAN_PUBLIC_URL") or None)
