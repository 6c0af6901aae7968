"""The query page at /query: an editor that works with no network, listing the example queries
kept in queries/example_*.rq; each runs against /sparql and shows a table with a CSV download."""

from __future__ import annotations

import json
from html import escape

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response

from graph import config

from .html import page

router = APIRouter(tags=["Query page"])
DEFAULT_QUERY = """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }
ORDER BY ?name
LIMIT 20"""


def example_queries() -> list[dict[str, str]]:
    """The example queries: files queries/example_*.rq whose first line is '# Example: <title>'."""
    out = []
    for path in sorted(config.QUERIES_DIR.glob("example_*.rq")):
        text = path.read_text(encoding="utf-8")
        first, _, _ = text.partition("\n")
        title = first.removeprefix("# Example:").strip() if first.startswith("# Example:") else path.stem
        comments = [ln[1:].strip() for ln in text.splitlines()[1:] if ln.startswith("#")]
        out.append({"id": path.stem, "title": title, "description": " ".join(comments), "query": text})
    return out


@router.get("/query/examples", summary="The example queries (JSON)")
def examples() -> JSONResponse:
    return JSONResponse(example_queries())


@router.get("/query", summary="Query page", include_in_schema=False)
def query_page() -> Response:
    items = "".join(
        f'<li><a href="#" class="example" data-id="{escape(e["id"])}">{escape(e["title"])}</a>'
        f'<br><span class="muted">{escape(e["description"])}</span></li>' for e in example_queries())
    # JSON inside <script>: not HTML-escaped (script text is not decoded), but "</" cannot close the element
    data = json.dumps({e["id"]: e["query"] for e in example_queries()}, ensure_ascii=False).replace("</", "<\\/")
    body = f"""
<div class="query-layout">
<section>
<p>Skriv en SPARQL-fråga eller välj ett exempel. Frågan körs mot <code>/sparql</code> på den här servern.</p>
<textarea id="sparql" class="sparql" spellcheck="false">{escape(DEFAULT_QUERY)}</textarea>
<p><button id="run">Kör frågan</button> <a id="csv" href="#" download="resultat.csv" hidden>Ladda ner CSV</a>
<span id="status" class="muted"></span></p>
<div id="results"></div>
</section>
<aside><h2>Exempelfrågor</h2><ul id="examples">{items}</ul></aside>
</div>
<script id="example-data" type="application/json">{data}</script>
<script src="/static/query.js"></script>"""
    return page("Frågor", body)
