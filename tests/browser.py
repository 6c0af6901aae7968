"""Headless Debian chromium driven by Playwright, with every request leaving loopback blocked and
recorded, console errors collected, and screenshots saved."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlparse

import pytest

from graph.bench.chromium import CHROMIUM, CHROMIUM_ARGS, LOCAL_HOSTS


@dataclass
class Watch:
    outside: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)


@contextlib.contextmanager
def browser_page(width: int = 1300, height: int = 1000) -> Iterator[tuple[object, Watch]]:
    """A page in headless chromium that refuses (and records) every request not to loopback."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not shutil.which("chromium") and not shutil.os.path.exists(CHROMIUM):
        pytest.fail("Debian's chromium is not installed (scripts/test.sh installs it)")
    watch = Watch()
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})

            def route(r: object) -> None:
                url = r.request.url
                host = urlparse(url).hostname or ""
                if url.startswith(("data:", "blob:", "about:")) or host in LOCAL_HOSTS:
                    r.continue_()
                else:
                    watch.outside.append(url)
                    r.abort()

            page.route("**/*", route)
            page.on("console", lambda m: watch.console_errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: watch.page_errors.append(str(e)))
            yield page, watch
        finally:
            browser.close()
