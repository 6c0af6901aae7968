"""Readiness: /ready answers 200 once the start-up warm-ups have ended (the default validation, the
start page's data, the search index read once, the network data, the summaries when the store had
none), 503 with what is still warming before that. The server answers every request from its first
second; a request that arrives while a warm-up runs shares the two cores with it and is slower. A
deployment (a load balancer's or orchestrator's readiness probe) and the page benchmark
(graph/bench/pages.py) wait for 200 before sending readers, so that the first request after a start is
as fast as the next."""

from __future__ import annotations

import threading

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

router = APIRouter(tags=["Service"])


def warming(request: Request) -> list[str]:
    """The names of the start-up warm-ups still running (app.state.warmups, set by the app's start)."""
    warmups: dict[str, threading.Thread] = getattr(request.app.state, "warmups", {})
    return sorted(name for name, thread in warmups.items() if thread.is_alive())


@router.api_route("/ready", methods=["GET", "HEAD"], summary="Readiness: 200 once the start-up warm-ups have ended")
def ready(request: Request) -> JSONResponse:
    """200 `{"ready": true, "warming": []}` when every start-up warm-up has ended; 503 with the ones still
    running (`"warming": ["networks", …]`) and Retry-After: 1 before that."""
    still = warming(request)
    if still:
        return JSONResponse({"ready": False, "warming": still}, status_code=503, headers={"Retry-After": "1"})
    return JSONResponse({"ready": True, "warming": []})
