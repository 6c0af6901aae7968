"""The web pages measured (`samverkan bench --only pages`, issue 19 items 5 and 6).

A fresh server is started on a store (opened read-only), and as soon as it answers every page kind is
requested three times in a row: the start page, searches, a person, an organisation, a group with its
seat table, a meeting, a document, /validation (the first run and cached), each network and the ego
view. The first request after the server's start counts: each row gives the first, the median and the
slowest time, the bytes, the goal and whether it is met (on the slowest) or missed by how much.
Then a reader's journey in headless chromium (search a person, open the county's structure, open its
network: until the picture is settled), and the server's memory (its process tree) next to Oxigraph's
own server on the same store. The resources come from the data (queries/bench_pages.rq): the first
person seated in a group with seat rules of the county's own structure, and so on.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlparse

import httpx

from .. import config, project
from ..dataset_base import stored_base
from ..iris import ID_PATH, Iris
from ..processes import free_port, oxigraph_binary, stop, wait_http
from .chromium import CHROMIUM, CHROMIUM_ARGS, LOCAL_HOSTS

if TYPE_CHECKING:
    from .measure import Report

PAGE_GOAL = 0.3  # seconds, every page
PICTURE_GOAL = 2.0  # seconds, the network pictures
SEARCH_GOAL = 0.05  # seconds
VALIDATION_FIRST_GOAL = 5.0
VALIDATION_CACHED_GOAL = 0.2
SIZE_GOAL = 1.5 * 1024 * 1024  # bytes, every page
MEMORY_GOAL = 3.0  # our server's memory over Oxigraph's server's
# "Anna" a common first name, "Kalmar" a county's name, "Hornstra" a surname found once (Petra Hornstra)
SEARCHES = ("Anna", "Kalmar", "Hornstra", "Nära vård", "suicid", "2025-12-12")
NETWORKS = ("people-bodies", "people", "organisations", "structure")
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
SHOWN_BASE = re.compile(r"https?%3A%2F%2F[^&#]*?%2F" + quote(ID_PATH, safe=""))  # a quoted <base>id/, shown "…"
HEADERS = ["page", "request", "first s", "median s", "slowest s", "KB", "goal", "met?"]


@dataclass
class Resources:
    """One resource of each kind to request, from the data (queries/bench_pages.rq), under the base
    the store's data records (graph/dataset_base.py)."""

    base: str
    structure: str
    group: str
    person: str
    name: str
    org: str | None
    meeting: str | None
    doc: str | None

    def path(self, iri: str) -> str:
        """The server's path of one of the resources (/id/...), whatever the base's host."""
        return Iris(self.base).local_path(iri) or urlparse(iri).path


@dataclass
class Timing:
    page: str
    path: str
    goal: float
    times: list[float] = field(default_factory=list)
    size: int = 0
    status: str = "200"

    def row(self) -> list[str]:
        slowest = max(self.times)
        shown = SHOWN_BASE.sub("…", self.path)
        return [self.page, f"`{shown}`" + ("" if self.status == "200" else f" ({self.status})"),
                f"{self.times[0]:.3f}", f"{statistics.median(self.times):.3f}", f"{slowest:.3f}",
                f"{self.size / 1024:,.0f}", f"≤ {self.goal:g} s, ≤ 1.5 MB", verdict(slowest, self.goal, self.size)]


def verdict(seconds: float, goal: float, size: int = 0) -> str:
    """'yes', or 'no' with by how much the time (and size) goal is missed."""
    misses = []
    if seconds > goal:
        ratio = seconds / goal
        misses.append(f"{ratio:.2f}× the time" if ratio < 1.1 else f"{ratio:.1f}× the time")
    if size > SIZE_GOAL:
        misses.append(f"{size / SIZE_GOAL:.1f}× the size")
    return "yes" if not misses else "no, " + " and ".join(misses)


def pick(store_spec: str) -> Resources:
    """The resources to time, from the store (opened read-only, closed again)."""
    from ..sparql import iri, render
    from ..stores import open_store

    store = open_store(store_spec, read_only=True)
    try:
        base = stored_base(store) or config.base_iri()
        home = str(Iris(base).home_structure())
        rows = store.select(render("bench_pages.rq", structure=iri(home)))
    finally:
        store.close()
    if not rows:
        raise RuntimeError(f"queries/bench_pages.rq found nothing under {home}")
    r = rows[0]
    text = {k: (str(v) if v is not None else None) for k, v in r.items()}
    return Resources(base=base, structure=text["structure"] or "", group=text["group"] or "",
                     person=text["person"] or "", name=text["name"] or "", org=text.get("org"),
                     meeting=text.get("meeting"), doc=text.get("doc"))


def rss_kib(pids: list[int]) -> tuple[int, int]:
    """Resident (VmRSS) and proportional (Pss, shared pages divided among the processes) memory, KiB,
    summed over the processes."""
    rss = pss = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    rss += int(line.split()[1])
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            continue
    return rss, pss


class PageRun:
    """A server on the store and the timings of its pages."""

    def __init__(self, store_spec: str, work: Path, repeat: int, search_index: Path | None,
                 network_cache: Path | None) -> None:
        self.store_spec = store_spec
        self.repeat = repeat
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = work / "pages-server.log"
        cmd = [sys.executable, "-m", "graph.cli", "serve", "--store", store_spec, "--port", str(self.port),
               "--log-level", "warning", "--timeout", "120"]
        if search_index is not None:
            cmd += ["--search-index", str(search_index)]
        env = dict(os.environ, SAMVERKAN_NETWORK_CACHE=str(network_cache or work / "network-cache"))
        self.started = time.perf_counter()
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(cmd, cwd=project.current().root, stdout=log, stderr=subprocess.STDOUT, env=env)
        # /sparql without a query is the service description: it answers once the server listens
        # (after the search index is built or found), and it is none of the pages timed
        wait_http(self.url + "/sparql", self.proc, timeout=1800, log=self.log)
        self.answers_after = time.perf_counter() - self.started
        # then until the start-up warm-ups have ended (/ready: 200), as a readiness probe waits before
        # sending readers; the first page timed is the first request after that
        wait_http(self.url + "/ready", self.proc, timeout=1800, ok=300, log=self.log)
        self.ready_after = time.perf_counter() - self.started
        # a browser's Accept: without it the resource pages answer Turtle (content negotiation)
        self.client = httpx.Client(timeout=600, follow_redirects=True, headers={"Accept": ACCEPT_HTML})

    def get(self, path: str) -> tuple[float, httpx.Response]:
        started = time.perf_counter()
        r = self.client.get(self.url + path)
        return time.perf_counter() - started, r

    def time(self, page: str, path: str, goal: float) -> Timing:
        t = Timing(page, path, goal)
        for _ in range(self.repeat):
            seconds, r = self.get(path)
            t.times.append(seconds)
            t.size = max(t.size, len(r.content))
            if r.status_code != 200:
                t.status = str(r.status_code)
            elif 'http-equiv="refresh"' in r.text and t.status == "200":
                t.status = "computing"
        return t

    def validation(self, page: str, path: str) -> tuple[Timing, Timing]:
        """The first run until the report is there (a run over 5 s answers 202 'computing' and the page
        reloads itself: the time until the report counts), then `repeat` cached requests."""
        first = Timing(page + ", first", path, VALIDATION_FIRST_GOAL)
        started = time.perf_counter()
        while True:
            _, r = self.get(path)
            if r.status_code != 202 or time.perf_counter() - started > 900:
                break
        first.times.append(time.perf_counter() - started)
        first.size = len(r.content)
        cache = r.headers.get("X-Validation-Cache", "?")
        first.status = "200" if r.status_code == 200 else str(r.status_code)
        first.page += f" (cache {cache})"
        cached = self.time(page + ", cached", path, VALIDATION_CACHED_GOAL)
        return first, cached

    def memory(self) -> tuple[int, int, str]:
        """RSS and PSS (KiB) summed over the server's process tree, and each process's RSS in words."""
        from .measure import process_tree

        pids = process_tree(self.proc.pid)
        rss, pss = rss_kib(pids)
        each = [f"{rss_kib([pid])[0] / 1024:,.0f}" for pid in pids]
        parts = f"main {each[0]} MiB" + (f" + {len(each) - 1} workers {' / '.join(each[1:])} MiB" if each[1:] else "")
        return rss, pss, parts

    def close(self) -> None:
        self.client.close()
        stop(self.proc)


def page_timings(run: PageRun, res: Resources) -> list[Timing]:
    """Every page kind, `repeat` requests each, in the order a first visitor might open them."""
    out = [run.time("start page", "/", PAGE_GOAL)]
    for q in SEARCHES:
        out.append(run.time(f"search “{q}”", "/search?q=" + quote(q), SEARCH_GOAL))
    out.append(run.time(f"person ({res.name})", res.path(res.person), PAGE_GOAL))
    if res.org:
        out.append(run.time("organisation", res.path(res.org), PAGE_GOAL))
    out.append(run.time("structure", res.path(res.structure), PAGE_GOAL))
    out.append(run.time("group with seat table", res.path(res.group), PAGE_GOAL))
    if res.meeting:
        out.append(run.time("meeting", res.path(res.meeting), PAGE_GOAL))
    if res.doc:
        out.append(run.time("document", res.path(res.doc), PAGE_GOAL))
    structure = quote(res.structure, safe="")
    out += run.validation("/validation, the default date", f"/validation?structure={structure}")
    out += run.validation("/validation, another date", f"/validation?structure={structure}&at=2025-12-12")
    out.append(run.time("/viz (the list)", "/viz", PAGE_GOAL))
    for kind in NETWORKS:
        out.append(run.time(f"network {kind}", f"/viz/{kind}", PICTURE_GOAL))
    out.append(run.time(f"ego view ({res.name})", "/viz/ego?node=" + quote(res.name), PICTURE_GOAL))
    return out


def wait_until(page: Any, expression: str, timeout: float = 30_000, every: float = 0.05) -> None:
    """Wait until the JavaScript `expression` is truthy in the page (`timeout` in ms, as Playwright's), asked
    from here every `every` seconds.
    Playwright's wait_for_function runs its predicate through eval inside the page once the first check
    fails, which the pages' Content-Security-Policy (script-src 'self') refuses: on a slow machine the
    wait then errs instead of waiting. page.evaluate is not subject to the page's policy."""
    deadline = time.monotonic() + timeout / 1000
    while not page.evaluate(f"() => Boolean({expression})"):
        if time.monotonic() > deadline:
            raise TimeoutError(f"not true after {timeout / 1000:.0f} s: {expression}")
        time.sleep(every)


def browser_journey(url: str, res: Resources) -> list[list[str]]:
    """Search a person from the start page, open their page, open the county's structure, open its
    network: seconds per step in headless chromium, the network until its picture is settled."""
    from playwright.sync_api import sync_playwright

    structure_id = res.path(res.structure).rsplit("/", 1)[-1]
    rows: list[list[str]] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1300, "height": 1000})
            page.route("**/*", lambda r: r.continue_() if urlparse(r.request.url).hostname in LOCAL_HOSTS
                       or r.request.url.startswith(("data:", "blob:")) else r.abort())
            total = time.perf_counter()

            def step(name: str, action: Callable[[], object], goal: float) -> None:
                started = time.perf_counter()
                action()
                seconds = time.perf_counter() - started
                rows.append([name, f"{seconds:.2f}", f"≤ {goal:g} s", verdict(seconds, goal)])

            step("open the start page", lambda: page.goto(url + "/", wait_until="load"), PAGE_GOAL)

            def search() -> None:
                with page.expect_navigation(wait_until="load"):
                    page.press("#home-q", "Enter")
            page.fill("#home-q", res.name)  # the typing is the reader's time, not the page's
            step(f"search “{res.name}” (typed in the start page's box; from Enter to the loaded hits)", search,
                 PAGE_GOAL)

            def person() -> None:
                with page.expect_navigation(wait_until="load"):
                    page.locator(f'main a[href*="{res.path(res.person)}"]').first.click()
            step("click the person in the hits", person, PAGE_GOAL)
            step("open the county's structure (its address)",
                 lambda: page.goto(url + res.path(res.structure), wait_until="load"), PAGE_GOAL)

            def network() -> None:
                page.goto(f"{url}/viz/structure?body={quote(structure_id)}", wait_until="load")
                # asked every 10 ms: the step's time is the picture's, within 10 ms
                wait_until(page, "window.samverkanViz && window.samverkanViz.ready", timeout=120_000, every=0.01)
            step("open its network, until the picture is settled", network, PICTURE_GOAL)
            rows.append(["the whole journey", f"{time.perf_counter() - total:.2f}", "–", "–"])
        finally:
            browser.close()
    return rows


def served_memory(argv: list[str], query_path: str, work: Path, name: str) -> tuple[int, int]:
    """A server started as `argv` (with `{port}` in it), after answering the example queries once at
    `query_path`: its resident and proportional memory (KiB)."""
    from .measure import example_queries

    port = free_port()
    log = work / f"{name}.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen([a.replace("{port}", str(port)) for a in argv], stdout=fh,
                                stderr=subprocess.STDOUT, cwd=project.current().root)
    try:
        url = f"http://127.0.0.1:{port}{query_path}"
        wait_http(f"{url}?query=ASK%7B%7D", proc, timeout=600, log=log)
        with httpx.Client(timeout=600) as client:
            for q in example_queries().values():
                client.post(url, data={"query": q}, headers={"Accept": "application/sparql-results+json"}
                            ).raise_for_status()  # a figure after answers, not after errors
        rss, pss = rss_kib([proc.pid])
        return rss, pss
    finally:
        stop(proc)


def oxigraph_memory(store_path: Path, work: Path) -> tuple[int, int] | None:
    """Oxigraph's own server, read-only on the same store, after answering the example queries once:
    its resident and proportional memory (KiB); None without the binary."""
    binary = oxigraph_binary()
    if binary is None:
        return None
    return served_memory([binary, "serve-read-only", "--location", str(store_path), "--bind", "127.0.0.1:{port}"],
                         "/query", work, "oxigraph-server")


def floor_memory(store_path: Path, work: Path) -> dict[str, tuple[int, int]]:
    """The stack's floor (graph/bench/floor_server.py, each form) on the same store, after the example
    queries once: what any server on Python and uvicorn (and FastAPI) holds at the least (KiB)."""
    return {form: served_memory([sys.executable, "-m", "graph.bench.floor_server", form, str(store_path), "{port}"],
                                "/sparql", work, f"floor-{form}") for form in ("asgi", "fastapi")}


def prepare_as_built(store_spec: str, network_cache: Path) -> str:
    """What `samverkan build --store` does after loading (graph/cli/build.py), for a store loaded
    otherwise: the network data and default pictures, and the default validation, kept in
    `network_cache` for the server. A sentence with the seconds each took, for the report."""
    from ..config import base_iri
    from ..network.cache import precompute_for_store
    from ..validation.stored import precompute_default

    before = os.environ.get("SAMVERKAN_NETWORK_CACHE")
    os.environ["SAMVERKAN_NETWORK_CACHE"] = str(network_cache)
    try:
        started = time.perf_counter()
        networks = precompute_for_store(store_spec)
        middle = time.perf_counter()
        validation = precompute_default(store_spec, base_iri())
        done = time.perf_counter()
    finally:
        if before is None:
            os.environ.pop("SAMVERKAN_NETWORK_CACHE", None)
        else:
            os.environ["SAMVERKAN_NETWORK_CACHE"] = before
    return (f"Before the server's start, as the build does (load average {os.getloadavg()[0]:.1f}): the networks "
            f"{middle - started:.1f} s ({networks}); the default validation {done - middle:.1f} s ({validation}).")


def run_pages(report: Report, store_spec: str, repeat: int = 3, search_index: Path | None = None,
              network_cache: Path | None = None, browser: bool = True, memory: bool = True) -> None:
    """Time every page kind on a fresh server over `store_spec` (an on-disk store, served read-only),
    then the browser journey and the memory; tables into `report` (graph.bench.measure.Report)."""
    from ..stores import StoreSpec

    spec = StoreSpec.parse(store_spec)
    work = Path(tempfile.mkdtemp(prefix="samverkan-pages-"))
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    network_cache = network_cache or work / "network-cache"
    try:
        res = pick(store_spec)
        if spec.persistent:
            report.notes.append(prepare_as_built(store_spec, network_cache))
        run = PageRun(store_spec, work, repeat, search_index, network_cache)
        try:
            timings = page_timings(run, res)
            report.table(f"Web pages ({repeat} requests each, the first right after the server's start)",
                         HEADERS, [t.row() for t in timings])
            missed = [t for t in timings if verdict(max(t.times), t.goal, t.size) != "yes"]
            report.notes.append(
                f"Pages: the server answered {run.answers_after:.1f} s after its start and was ready (/ready: its "
                f"start-up warm-ups ended) after {run.ready_after:.1f} s; load average before the "
                f"pages {load} (1/5/15 min) on {os.cpu_count()} cores shared with other work. {len(timings)} "
                f"kinds of request, {len(timings) - len(missed)} within their goals on the slowest of "
                f"{repeat}. Resources from queries/bench_pages.rq: person {res.path(res.person)}, group "
                f"{res.path(res.group)}, organisation {res.path(res.org) if res.org else '–'}, meeting "
                f"{res.path(res.meeting) if res.meeting else '–'}, document {res.path(res.doc) if res.doc else '–'}.")
            if browser:
                try:
                    rows = browser_journey(run.url, res)
                    report.table("A reader's journey in headless chromium (seconds)", ["step", "seconds", "goal",
                                                                                      "met?"], rows)
                except Exception as exc:  # noqa: BLE001 - the journey is reported as not run, with why
                    report.notes.append(f"The browser journey could not run: {type(exc).__name__}: "
                                        f"{str(exc).splitlines()[0] if str(exc) else ''}")
            ours = run.memory() if memory else None
        finally:
            run.close()
        if ours is not None and spec.persistent and spec.path is not None:
            theirs = oxigraph_memory(spec.path, work)
            rss, pss, parts = ours
            rows = [[f"our server after the pages ({parts})", f"{rss / 1024:,.0f}",
                     f"{pss / 1024:,.0f}", "–"]]
            if theirs is not None:
                rows.append(["`oxigraph serve-read-only` on the same store, after the example queries",
                             f"{theirs[0] / 1024:,.0f}", f"{theirs[1] / 1024:,.0f}", "–"])
                ratio = rss / theirs[0]
                rows.append(["ratio (resident)", f"{ratio:.1f}×", f"{pss / theirs[1]:.1f}×",
                             "yes" if ratio <= MEMORY_GOAL else f"no, {ratio / MEMORY_GOAL:.1f}× the goal"])
                for form, (f_rss, f_pss) in floor_memory(spec.path, work).items():
                    f_ratio = f_rss / theirs[0]
                    rows.append([f"the stack's floor on the same store: {form} + pyoxigraph in one process, "
                                 "nothing else (graph/bench/floor_server.py), after the example queries",
                                 f"{f_rss / 1024:,.0f}", f"{f_pss / 1024:,.0f}",
                                 f"{f_ratio:.1f}× Oxigraph's server" + (" (within 3×)" if f_ratio <= MEMORY_GOAL
                                                                         else " (over 3×)")])
            report.table("Memory (MiB; goal: ours ≤ 3× Oxigraph's server)", ["process", "resident (RSS)",
                                                                             "proportional (PSS)", "met?"], rows)
            report.notes.append("Memory: RSS summed over the server's process tree counts the pages the "
                                "worker processes share with the main process once per process; PSS divides "
                                "shared pages among them (the machine's real cost).")
    finally:
        shutil.rmtree(work, ignore_errors=True)
