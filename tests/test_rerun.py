"""server/rerun.py: one run at a time, one more when asked during a run, and waiting until idle."""

from __future__ import annotations

import threading

from server.rerun import Rerunner


def test_a_request_during_a_run_asks_for_one_more_and_wait_idle_waits_for_it() -> None:
    started, release, runs = threading.Event(), threading.Event(), []

    def work() -> None:
        runs.append(len(runs))
        started.set()
        release.wait(10)

    r = Rerunner(work, "test-rerun")
    assert r.wait_idle(0)  # nothing asked yet
    r.request()
    assert started.wait(10)
    r.request()
    r.request()  # both during the first run: one more run, not two
    assert not r.wait_idle(0.2)
    release.set()
    assert r.wait_idle(10)
    assert runs == [0, 1]


def test_a_failing_run_still_ends_idle() -> None:
    def work() -> None:
        raise RuntimeError("boom")

    r = Rerunner(work, "test-rerun-failing")
    r.request()
    assert r.wait_idle(10)
