"""The pages' shared layout: one local stylesheet, a navigation bar, no external resources.
With the page's parameters (server/page_params.py) the layout declares the page's language, keeps
the as-of date and the language in every navigation link, and shows the date control and the
language switch."""

from __future__ import annotations

from html import escape

from fastapi.responses import HTMLResponse

from .page_params import PageParams

NAV = [("/", "Start", "Home"), ("/search", "Sök", "Search"), ("/query", "Frågor", "Queries"),
       ("/viz", "Nätverk", "Networks"), ("/validation", "Validering", "Validation"),
       ("/ontology", "Ontologi", "Ontology"), ("/docs", "API", "API")]
SITE = {"sv": "Samverkan Kalmar län", "en": "Samverkan Kalmar län (collaboration in Kalmar county)"}


def _date_control(params: PageParams) -> str:
    """The as-of form: a date field (GET ?at=), the language kept, and what the default is."""
    t = params.t
    value = params.explicit_at.isoformat() if params.explicit_at else ""
    default = params.default_at.isoformat() if params.default_at else ""
    hidden = "".join(f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">'
                     for k, v in params.other_query + ((("lang", params.lang),)
                                                       if params.lang != "sv" or params.explicit_lang else ()))
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
    lang = p.lang
    nav = " ".join(f'<a href="{escape(p.href(href))}">{escape(en if lang == "en" else sv)}</a>'
                   for href, sv, en in NAV)
    switch = ""
    controls = ""
    if params is not None:
        other = "en" if lang == "sv" else "sv"
        name = "English" if other == "en" else "Svenska"
        switch = (f'<a class="lang-switch" href="{escape(p.here(lang=other))}" lang="{other}" '
                  f'hreflang="{other}">{name}</a>')
        controls = _date_control(p)
    site = SITE[lang] if lang in SITE else SITE["sv"]
    full_title = escape(title) if title == SITE["sv"] else f"{escape(title)} – {escape(SITE['sv'])}"
    html = f"""<!doctype html>
<html lang="{escape(lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{full_title}</title>
<link rel="stylesheet" href="/static/style.css">{head}
</head><body>
<header><a class="brand" href="{escape(p.href('/'))}">{escape(site)}</a>
<nav aria-label="{escape(p.t('Huvudmeny', 'Main menu'))}">{nav}</nav>{switch}</header>
{controls}
<main><h1>{escape(title)}</h1>
{body}
</main>
<footer>{escape(p.t("Länsgemensam ledning i samverkan – kunskapsgraf. Varje uppgift hänvisar till sin källa.",
                    "Länsgemensam ledning i samverkan – knowledge graph. Every fact cites its source."))}</footer>
</body></html>"""
    return HTMLResponse(html, status_code=status_code)


def table(headers: list[str], rows: list[list[str]]) -> str:
    """An HTML table; cells are given already escaped (they may hold links)."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
