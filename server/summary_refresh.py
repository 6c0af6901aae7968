"""Keeping the precomputed summaries (graph/summaries.py) current in a running server: written anew in
a background thread after every update, and at start when the store has none (a store loaded from a
file built without them), so an update answers as soon as the engine has applied it.

One refresh runs at a time; updates that arrive while it runs ask for one more, which then reads the
store as all of them left it. Until a refresh has written its graphs, the summary-backed examples
answer from the summaries before the update (at national scale about half a minute of the engine's
time; under a second on the real graph, 6 s of it nationally on a quiet machine).
"""

from __future__ import annotations

import logging
import threading

from fastapi import FastAPI, Request

from .context import ServerContext, get_context
from .executor import ExecutorStore
from .rerun import Rerunner

log = logging.getLogger(__name__)

#: seconds the summaries' queries and their rewrite may take (seconds at national scale on a busy machine)
SUMMARIES_TIMEOUT = 600.0


class SummaryRefresher:
    """Rewrites a server's summary graphs from its store, one run at a time, again if asked meanwhile."""

    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx
        self._runs = Rerunner(self._rewrite, "samverkan-summaries")

    def request(self) -> None:
        """Ask for a rewrite from the store as it is now (a running one is followed by one more)."""
        self._runs.request()

    def request_if_missing(self) -> None:
        """At start: a rewrite only when the store lacks one of the summary graphs."""
        from graph.sparql import iri, render
        from graph.summaries import graphs

        try:
            reader = self._reader()
            missing = [g for g in graphs(self.ctx.settings.base)
                       if not reader.ask(render("summary_present.rq", graph=iri(str(g))))]
        except Exception:  # noqa: BLE001 - the check is a convenience; log and leave the store as it is
            log.warning("could not check the store for the summaries", exc_info=True)
            return
        if missing:
            log.info("the store has no summaries (%d graphs missing): computing them", len(missing))
            self.request()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until no rewrite is under way or asked for (True) or `timeout` seconds have passed."""
        return self._runs.wait_idle(timeout)

    def _reader(self) -> ExecutorStore:
        return ExecutorStore(self.ctx.executor, timeout=SUMMARIES_TIMEOUT, max_rows=10**9, strict=True,
                             reader="the summaries")

    def _rewrite(self) -> None:
        from graph.summaries import update_text as summaries_update

        try:
            self.ctx.executor.run_update(summaries_update(self._reader().select, self.ctx.settings.base),
                                         timeout=SUMMARIES_TIMEOUT)
        except Exception:  # the updates stand; the summaries lag behind until the next rewrite
            log.exception("rewriting the summaries failed; they describe the store before the last update")


def refresher(app: FastAPI) -> SummaryRefresher:
    """The application's refresher (made on first use)."""
    found = getattr(app.state, "summary_refresher", None)
    if found is None:
        found = app.state.summary_refresher = SummaryRefresher(app.state.context)
    return found


def after_update(request: Request) -> None:
    """A hook of server/after_update.py: rewrite the summaries in the background after an update."""
    get_context(request)  # the server has a store (raises its own clear error otherwise)
    refresher(request.app).request()


def warm(app: FastAPI) -> threading.Thread:
    """At start: compute the summaries in the background when the store has none; the thread ends when
    they are written (a start-up warm-up that /ready waits for)."""
    found = refresher(app)

    def work() -> None:
        found.request_if_missing()
        found.wait_idle(SUMMARIES_TIMEOUT)

    thread = threading.Thread(target=work, name="samverkan-summaries-check", daemon=True)
    thread.start()
    return thread


__all__ = ["SUMMARIES_TIMEOUT", "SummaryRefresher", "after_update", "refresher", "warm"]
