"""The parameters every page keeps across navigation: the language (`?lang=sv|en`, else the
browser's Accept-Language, else Swedish) and the as-of date (`?at=YYYY-MM-DD`; by default the date
of the latest source document, which the page says). A malformed or impossible date is an
`InvalidDate`, answered by app.py with a 400 page that says what was wrong."""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass
from urllib.parse import urlencode

from fastapi import Request

from graph.sparql import render

from .context import ServerContext

LANGS = ("sv", "en")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class InvalidDate(ValueError):
    """A date parameter that is not a real calendar date in the form YYYY-MM-DD."""

    def __init__(self, name: str, value: str, reason: str) -> None:
        super().__init__(f"{name}={value!r}: {reason}")
        self.name, self.value, self.reason = name, value, reason

    def message(self, lang: str) -> str:
        if lang == "en":
            return f"The date {self.name}={self.value!r} cannot be used: {self.reason}. Write it as YYYY-MM-DD."
        return f"Datumet {self.name}={self.value!r} går inte att använda: {self.reason_sv}. Skriv det som ÅÅÅÅ-MM-DD."

    @property
    def reason_sv(self) -> str:
        return {"not in the form YYYY-MM-DD": "inte på formen ÅÅÅÅ-MM-DD",
                "no such day in the calendar": "någon sådan dag finns inte i kalendern"}.get(self.reason, self.reason)


def parse_date(value: str, name: str = "at") -> dt.date:
    """A calendar date from `YYYY-MM-DD`; InvalidDate for anything else (2026-13-45, 2026-02-30)."""
    m = _DATE.match(value.strip())
    if not m:
        raise InvalidDate(name, value, "not in the form YYYY-MM-DD")
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise InvalidDate(name, value, "no such day in the calendar") from None


def request_lang(request: Request) -> str:
    """`?lang=` if it names sv or en, else the first of sv/en in Accept-Language, else sv."""
    asked = request.query_params.get("lang")
    if asked in LANGS:
        return asked
    for part in (request.headers.get("accept-language") or "").split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in LANGS:
            return tag
    return "sv"


_LATEST: dict[int, tuple[float, dt.date | None]] = {}


def latest_document_date(ctx: ServerContext, ttl: float = 60.0) -> dt.date | None:
    """The date of the newest source document in the store (cached for `ttl` seconds per context)."""
    now = time.monotonic()
    cached = _LATEST.get(id(ctx))
    if cached and now - cached[0] < ttl:
        return cached[1]
    rows = ctx.select(render("latest_document_date.rq"))
    value = str(rows[0]["latest"]) if rows and rows[0].get("latest") is not None else ""
    latest = parse_date(value[:10]) if _DATE.match(value[:10]) else None
    _LATEST[id(ctx)] = (now, latest)
    return latest


@dataclass(frozen=True)
class PageParams:
    """What a page was asked for: language, the explicit as-of date (None: the default) and the
    default date (the latest document's)."""

    lang: str = "sv"
    explicit_at: dt.date | None = None
    default_at: dt.date | None = None
    path: str = "/"
    explicit_lang: bool = False
    other_query: tuple[tuple[str, str], ...] = ()
    explicit_lang: bool = False  # ?lang= was given: links keep it even when it is Swedish

    @property
    def at(self) -> dt.date | None:
        """The date the page answers as of: the asked one, else the latest document's."""
        return self.explicit_at or self.default_at

    def t(self, sv: str, en: str) -> str:
        """The text in the page's language."""
        return en if self.lang == "en" else sv

    def kept(self, **changes: str | None) -> dict[str, str]:
        """The query parameters to keep in links (only those that differ from the defaults)."""
        params: dict[str, str] = {}
        if self.explicit_at:
            params["at"] = self.explicit_at.isoformat()
        if self.lang != "sv" or self.explicit_lang:
            # kept when asked for, so Accept-Language cannot switch the language back on the next page
            params["lang"] = self.lang
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = value
        return params

    def here(self, **changes: str | None) -> str:
        """This page again, its own query parameters kept, with `changes` (e.g. lang="en")."""
        params = dict(self.other_query)
        params.update(self.kept(**changes))
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
        return self.path + ("?" + urlencode(params) if params else "")

    def href(self, path: str, **changes: str | None) -> str:
        """A local link that keeps the date and language (and applies `changes`)."""
        params = self.kept(**changes)
        if not params:
            return path
        return path + ("&" if "?" in path else "?") + urlencode(params)


def page_params(request: Request, ctx: ServerContext | None = None) -> PageParams:
    """The page parameters of a request; raises InvalidDate for a bad `?at=`."""
    lang = request_lang(request)
    raw = request.query_params.get("at")
    explicit = parse_date(raw) if raw else None
    default = None
    if ctx is not None:
        try:
            default = latest_document_date(ctx)
        except Exception:  # noqa: BLE001 - a page without a default date still renders
            default = None
    other = tuple((k, v) for k, v in request.query_params.multi_items() if k not in ("at", "lang"))
    return PageParams(lang=lang, explicit_at=explicit, default_at=default, path=request.url.path,
                      explicit_lang=request.query_params.get("lang") in LANGS,
                      other_query=other)
