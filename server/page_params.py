"""The parameters every page keeps across navigation: the language (`?lang=sv|en`, else the
browser's Accept-Language, else Swedish) and the as-of date (`?at=YYYY-MM-DD`; by default the date
of the latest source document, which the page says). A malformed or impossible date is an
`InvalidDate` (graph/dates.py), answered by app.py with a 400 page that says what was wrong."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlencode

from fastapi import Request

from graph.asof import latest_document_date as asof_latest_document_date
from graph.dates import parse_day

from .context import ServerContext

LANGS = ("sv", "en")


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


def latest_document_date(ctx: ServerContext) -> dt.date | None:
    """The date of the newest source document in the store, kept by the context (ServerContext.derived)."""
    return ctx.derived("latest-document-date", lambda: asof_latest_document_date(ctx.select))


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
    explicit = parse_day(raw, "at") if raw else None
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
