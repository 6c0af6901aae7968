"""What follows a successful update through the server (SPARQL Update, a Graph Store write): the hooks
the application registers at its start (the precomputed summaries, the search index, the start page's
data, the network pictures), run in order, so the update routes need not import the pages they refresh."""

from __future__ import annotations

import logging
from collections.abc import Callable

from fastapi import FastAPI, Request

Hook = Callable[[Request], None]

log = logging.getLogger(__name__)

#: seconds the summaries' queries and their rewrite may take (seconds at national scale on a busy machine)
SUMMARIES_TIMEOUT = 600.0


def register(app: FastAPI, *hooks: Hook) -> None:
    """Add hooks to run after every successful update (server/app.py does, at start)."""
    app.state.after_update = [*getattr(app.state, "after_update", []), *hooks]


def run(request: Request) -> None:
    """Run the application's hooks after an update its request made."""
    for hook in getattr(request.app.state, "after_update", []):
        hook(request)


def summaries(request: Request) -> None:
    """Rewrite the precomputed summaries (graph/summaries.py) from the store as the update left it,
    before the update's answer, so the next example query reads the new facts. Should it fail, the
    update stands and the old summaries stay (logged)."""
    from graph.summaries import update_text

    from .context import get_context
    from .executor import ExecutorStore

    ctx = get_context(request)
    reader = ExecutorStore(ctx.executor, timeout=SUMMARIES_TIMEOUT, max_rows=10**9, strict=True,
                           reader="the summaries")
    try:
        ctx.executor.run_update(update_text(reader.select, ctx.settings.base), timeout=SUMMARIES_TIMEOUT)
    except Exception:  # the user's update is done; the summaries lag behind it until the next one
        log.exception("rewriting the summaries after an update failed; they describe the store before it")
