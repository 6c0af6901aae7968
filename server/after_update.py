"""What follows a successful update through the server (SPARQL Update, a Graph Store write): the hooks
the application registers at its start (the precomputed summaries, the search index, the start page's
data, the network pictures), run in order, so the update routes need not import the pages they refresh."""

from __future__ import annotations

import logging
from collections.abc import Callable

from fastapi import FastAPI, Request

Hook = Callable[[Request], None]

log = logging.getLogger(__name__)

def register(app: FastAPI, *hooks: Hook) -> None:
    """Add hooks to run after every successful update (server/app.py does, at start)."""
    app.state.after_update = [*getattr(app.state, "after_update", []), *hooks]


def run(request: Request, update: str | None = None) -> None:
    """Run the application's hooks after an update its request made (`update`: the SPARQL Update text
    the engine ran, for hooks that can follow it in part, `update_text`)."""
    request.state.samverkan_update = update
    for hook in getattr(request.app.state, "after_update", []):
        hook(request)


def update_text(request: Request) -> str | None:
    """The SPARQL Update text the request ran (None: not known)."""
    return getattr(request.state, "samverkan_update", None)
