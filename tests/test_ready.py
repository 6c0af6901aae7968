"""/ready: 503 with what is still warming while the start-up warm-ups run, 200 once they have ended."""

from __future__ import annotations

import threading
import time

import httpx
import uvicorn
from fastapi import FastAPI

from graph.processes import free_port
from server import routes_ready

from .servers import Server


def test_the_built_server_becomes_ready_and_says_so(live_server: Server) -> None:
    deadline = time.monotonic() + 300
    while (r := httpx.get(live_server.url + "/ready", timeout=30)).status_code == 503:
        assert r.headers["retry-after"] == "1"
        assert r.json()["ready"] is False and r.json()["warming"], r.text
        assert set(r.json()["warming"]) <= {"validation", "start page", "search", "networks", "summaries"}, r.text
        assert time.monotonic() < deadline, f"still warming after 300 s: {r.text}"
        time.sleep(0.5)
    assert r.status_code == 200
    assert r.json() == {"ready": True, "warming": []}
    head = httpx.head(live_server.url + "/ready", timeout=30)
    assert head.status_code == 200 and head.content == b""


def test_a_warm_up_still_running_is_named_until_it_ends() -> None:
    release = threading.Event()
    warm_up = threading.Thread(target=release.wait, daemon=True)
    warm_up.start()
    done = threading.Thread(target=lambda: None)
    done.start()
    done.join()
    app = FastAPI()
    app.include_router(routes_ready.router)
    app.state.warmups = {"networks": warm_up, "search": done}
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    serving = threading.Thread(target=server.run, daemon=True)
    serving.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        url = f"http://127.0.0.1:{port}/ready"
        r = httpx.get(url, timeout=10)
        assert (r.status_code, r.json(), r.headers["retry-after"]) == (503, {"ready": False, "warming": ["networks"]},
                                                                       "1")
        release.set()
        warm_up.join(10)
        r = httpx.get(url, timeout=10)
        assert (r.status_code, r.json()) == (200, {"ready": True, "warming": []})
    finally:
        release.set()
        server.should_exit = True
        serving.join(10)
