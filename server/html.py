"""The pages' shared layout: one local stylesheet, a navigation bar, no external resources.
With the page's parameters (server/page_params.py) the layout declares the page's language, keeps
the as-of date and the language in every navigation link, and shows the date control and the
language switch. For keyboard and screen-reader users (WCAG 2.1 AA) it has a skip link to the main
content as the first Tab stop, landmarks (banner, navigation, search for the date, main,
contentinfo), the current page marked in the navigation, and wide tables that scroll inside their
own labelled, focusable region instead of widening the page."""

from __future__ import annotations

import re
from html import escape

from fastapi.responses import HTMLResponse

from .page_params import PageParams

NAV = [("/", "Start", "Home"), ("/search", "Sök", "Search"), ("/query", "Frågor", "Queries"),
       ("/viz", "Nätverk", "Networks"), ("/validation", "Validering", "Validation"),
       ("/ontology", "Ontologi", "Ontology"), ("/docs", "API", "API")]
SITE = {"sv": "Samverkan Kalmar län", "en": "Samverkan Kalmar län (collaboration in Kalmar county)"}
SKIP = {"sv": "Hoppa till innehållet", "en": "Skip to content"}
FOOTER = {"sv": '<span lang="sv">Länsgemensam ledning i samverkan</span> – kunskapsgraf. '
                "Varje uppgift hänvisar till sin källa.",
          "en": '<span lang="sv">Länsgemensam ledning i samverkan</span> – knowledge graph. '
                "Every fact cites its source."}


def _brand(lang: str) -> str:
    """The site's name; on an English page its Swedish proper name is marked as Swedish."""
    if lang == "en":
        return '<span lang="sv">Samverkan Kalmar län</span> (collaboration in Kalmar county)'
    return escape(SITE["sv"])


def _nav(p: PageParams, known: bool) -> str:
    """The main menu; the link of the section the page belongs to (when `known`) carries aria-current."""
    links = []
    for href, sv, en in NAV:
        here = known and (p.path == href or (href != "/" and p.path.startswith(href + "/")))
        current = ' aria-current="page"' if here else ""
        links.append(f'<li><a href="{escape(p.href(href))}"{current}>{escape(en if p.lang == "en" else sv)}</a></li>')
    return "<ul>" + "".join(links) + "</ul>"


def _date_control(params: PageParams) -> str:
    """The as-of form: a date field (GET ?at=), the language kept, and what the default is."""
    t = params.t
    value = params.explicit_at.isoformat() if params.explicit_at else ""
    default = params.default_at.isoformat() if params.default_at else ""
    hidden = "".join(f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">'
                     for k, v in params.other_query + tuple(params.kept(at=None).items()))
    if params.explicit_at:
        state = t(f"Visar läget {value}.", f"Showing the state on {value}.")
        state += f' <a href="{escape(params.here(at=None))}">{escape(t("Senaste", "Latest"))}</a>'
    elif default:
        state = t(f"Visar läget {default}, datum för det senaste dokumentet.",
                  f"Showing the state on {default}, the date of the latest document.")
    else:
        state = ""
    return (f'<form class="asof" method="get" action="{escape(params.path)}" role="search" '
            f'aria-label="{escape(t("Datum", "Date"))}">{hidden}'
            f'<label for="asof-at">{escape(t("Läget den", "As of"))}</label> '
            f'<input id="asof-at" name="at" type="date" value="{escape(value or default)}"> '
            f'<button type="submit">{escape(t("Visa", "Show"))}</button> '
            f'<span class="muted">{state}</span></form>')


def page(title: str, body: str, status_code: int = 200, head: str = "",
         params: PageParams | None = None) -> HTMLResponse:
    """A full HTML page around an already-escaped body. With `params`: the page's language, links
    that keep the date and language, the date control and the language switch."""
    p = params or PageParams()
    lang = p.lang if p.lang in SITE else "sv"
    switch = ""
    controls = ""
    if params is not None:
        other = "en" if lang == "sv" else "sv"
        name = "English" if other == "en" else "Svenska"
        switch = (f'<a class="lang-switch" href="{escape(p.here(lang=other))}" lang="{other}" '
                  f'hreflang="{other}">{name}</a>')
        controls = _date_control(p)
    full_title = escape(title) if title == SITE["sv"] else f"{escape(title)} – {escape(SITE['sv'])}"
    html = f"""<!doctype html>
<html lang="{escape(lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{full_title}</title>
<link rel="stylesheet" href="/static/style.css">
<script src="/static/layout.js" defer></script>{head}
</head><body>
<a class="skip" href="#main">{escape(SKIP[lang])}</a>
<header><a class="brand" href="{escape(p.href('/'))}">{_brand(lang)}</a>
<nav aria-label="{escape(p.t('Huvudmeny', 'Main menu'))}">{_nav(p, params is not None)}</nav>{switch}</header>
{controls}
<main id="main" tabindex="-1"><h1>{escape(title)}</h1>
{body}
</main>
<footer>{FOOTER[lang]}</footer>
</body></html>"""
    return HTMLResponse(html, status_code=status_code)


def table(headers: list[str], rows: list[list[str]], label: str | None = None) -> str:
    """An HTML table; cells are given already escaped (they may hold links). It sits in its own
    region that scrolls sideways when the table is wider than the screen (WCAG 1.4.10 reflow);
    the region is named by `label`, else by the column headers, and can be scrolled by keyboard
    (static/layout.js keeps it a Tab stop only while it overflows)."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{keep_dates(c)}</td>" for c in row) + "</tr>" for row in rows)
    return scrolling(f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>',
                     label or " · ".join(headers))


_TEXT_DATE = re.compile(r"(>|^)([^<]*?)(?=<|$)")
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def keep_dates(cell_html: str) -> str:
    """A cell's dates (2026-03-12) kept on one line: a narrow column breaks between words, never at a date's
    hyphens. Only text between tags is touched, never an attribute (a link's /id/meeting/2026-03-12-...)."""
    return _TEXT_DATE.sub(lambda m: m.group(1) + _DATE.sub(r'<span class="date">\g<0></span>', m.group(2)),
                          cell_html)


def scrolling(table_html: str, name: str) -> str:
    """A table in its own region, named `name`, that scrolls sideways when the table is wider than the screen."""
    return f'<div class="table-wrap" role="region" tabindex="0" aria-label="{escape(name)}">{table_html}</div>'


SAFE_SCHEMES = {"http", "https", "ftp", "mailto", "urn", "tel"}
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")


def safe_href(value: str) -> str | None:
    """The value when it may be a link's target: a relative reference or an IRI of a harmless scheme.
    None for javascript:, data:, vbscript: and any other scheme (browsers drop tabs, newlines and
    leading control characters before reading the scheme, so those are dropped here too)."""
    folded = re.sub(r"[\x00-\x20\x7f]", "", value)
    m = _SCHEME.match(folded)
    if m and m.group(1).lower() not in SAFE_SCHEMES:
        return None
    return value


def link(target: str, text_html: str) -> str:
    """An <a> to `target` around already-escaped text; a target of an unsafe scheme is shown, not linked."""
    href = safe_href(target)
    if href is None:
        return f'<span class="iri">{text_html}</span>'
    return f'<a href="{escape(href)}">{text_html}</a>'
