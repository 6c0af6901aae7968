"""The pages' shared layout: one local stylesheet, a navigation bar, no external resources."""

from __future__ import annotations

from html import escape

from fastapi.responses import HTMLResponse

NAV = [("/", "Start"), ("/search", "Sök"), ("/query", "Frågor"), ("/viz", "Nätverk"),
       ("/validation", "Validering"), ("/ontology", "Ontologi"), ("/docs", "API")]


def page(title: str, body: str, status_code: int = 200, head: str = "") -> HTMLResponse:
    """A full HTML page around an already-escaped body."""
    nav = " ".join(f'<a href="{href}">{escape(label)}</a>' for href, label in NAV)
    html = f"""<!doctype html>
<html lang="sv"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} – Samverkan Kalmar län</title>
<link rel="stylesheet" href="/static/style.css">{head}
</head><body>
<header><a class="brand" href="/">Samverkan Kalmar län</a><nav>{nav}</nav></header>
<main><h1>{escape(title)}</h1>
{body}
</main>
<footer>Länsgemensam ledning i samverkan – kunskapsgraf. Varje uppgift hänvisar till sin källa.</footer>
</body></html>"""
    return HTMLResponse(html, status_code=status_code)


def table(headers: list[str], rows: list[list[str]]) -> str:
    """An HTML table; cells are given already escaped (they may hold links)."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
