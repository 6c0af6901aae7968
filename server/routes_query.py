"""The query page at /query: an editor that works with no network, with the usual prefixes
(graph.config.PREFIXES) declared at the top of the query (shown and editable), the example queries
kept in queries/example_*.rq, results as a table whose IRIs link to this site's pages under their
labels, and syntax errors explained in one line with their position and a hint for the common
mistakes (an undeclared prefix -> the PREFIX line to add, a misspelt keyword, unbalanced braces,
an unclosed string) instead of the parser's list of expected characters."""

from __future__ import annotations

import difflib
import json
import re
from html import escape
from typing import Annotated

from fastapi import APIRouter, Body, Request
from fastapi.responses import JSONResponse, Response
from rdflib import URIRef

from graph import config
from graph.iris import DEFAULT_BASE, LOCAL_PATHS, Iris

from .context import get_context
from .html import page
from .labels import Labeller
from .page_params import page_params
from .sparql_text import blank_out

router = APIRouter(tags=["Query page"])
PREFIX_LINES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in config.PREFIXES.items())
DEFAULT_BODY = """SELECT ?person ?name WHERE { ?person a foaf:Person ; foaf:name ?name }
ORDER BY ?name
LIMIT 20"""
DEFAULT_QUERY = PREFIX_LINES + "\n\n" + DEFAULT_BODY
FUNCTIONS = ["STRLANG", "STRDT", "DATATYPE", "IRI", "URI", "BNODE", "RAND", "ABS", "CEIL", "FLOOR", "ROUND", "CONCAT",
             "STRLEN", "SUBSTR", "ENCODE_FOR_URI", "STRENDS", "STRBEFORE", "STRAFTER", "REPLACE", "MONTH", "DAY",
             "HOURS", "MINUTES", "SECONDS", "TIMEZONE", "TZ", "UUID", "STRUUID", "MD5", "SHA1", "SHA256", "SHA384",
             "SHA512", "ISIRI", "ISURI", "ISBLANK", "ISLITERAL", "ISNUMERIC", "SAMETERM", "TRUE", "FALSE", "A",
             "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "INSERT", "DELETE", "DATA", "WITH", "USING",
             "DEFAULT", "ALL", "SILENT", "TO", "INTO", "UNDEF", "LATERAL"]
KEYWORDS = ["SELECT", "CONSTRUCT", "DESCRIBE", "ASK", "WHERE", "FILTER", "OPTIONAL", "UNION", "MINUS", "GRAPH",
            "SERVICE", "BIND", "VALUES", "GROUP", "BY", "ORDER", "HAVING", "LIMIT", "OFFSET", "DISTINCT",
            "REDUCED", "PREFIX", "BASE", "FROM", "NAMED", "AS", "NOT", "EXISTS", "IN", "ASC", "DESC", "COUNT",
            "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT", "SEPARATOR", "STR", "LANG", "LANGMATCHES",
            "REGEX", "CONTAINS", "STRSTARTS", "LCASE", "UCASE", "BOUND", "IF", "COALESCE", "YEAR", "NOW"]
_POS = re.compile(r"error at (\d+):(\d+)")
_PREFIXED = re.compile(r"(?<![\w:?$<@])([A-Za-z][\w.-]*)?:(?=[\w%\\-]|\s|$)")
_DECLARED = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:", re.I)
TEXT = {
    "intro": ("Skriv en SPARQL-fråga eller välj ett exempel. Frågan körs mot <code>/sparql</code> på den här "
              "servern. De vanliga prefixen är redan deklarerade överst (du kan ändra dem).",
              "Write a SPARQL query or choose an example. It runs against <code>/sparql</code> on this server. "
              "The usual prefixes are declared at the top already (you can change them)."),
    "label": ("SPARQL-fråga", "SPARQL query"),
    "run": ("Kör frågan", "Run the query"),
    "csv": ("Ladda ner CSV", "Download CSV"),
    "examples": ("Exempelfrågor", "Example queries"),
    "prefixes": ("Deklarerade prefix", "Declared prefixes"),
}
JS_TEXT = {
    "sv": {"running": "kör…", "error": "fel", "done": "klar", "rows": "rader", "row": "rad", "in": "på",
           "capped": " (avkortat vid radgränsen)", "yes": "ja (true)", "no": "nej (false)",
           "addPrefix": "Lägg till raden"},
    "en": {"running": "running…", "error": "error", "done": "done", "rows": "rows", "row": "row", "in": "in",
           "capped": " (cut at the row limit)", "yes": "yes (true)", "no": "no (false)",
           "addPrefix": "Add the line"},
}


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


def undeclared_prefixes(query: str) -> list[str]:
    """Prefixes used in prefixed names (foaf:name) but not declared with PREFIX, in order of use."""
    masked = blank_out(query)
    declared = {m.group(1) or "" for m in _DECLARED.finditer(masked)}
    body = _DECLARED.sub(" ", masked)
    out: list[str] = []
    for m in _PREFIXED.finditer(body):
        name = m.group(1) or ""
        if name not in declared and name not in out:
            out.append(name)
    return out


def misspelt_keyword(query: str) -> tuple[str, str] | None:
    """The first bare word (not a variable, prefixed name, IRI, string or comment) that is no
    SPARQL keyword or function but close to a keyword: ("SELEC", "SELECT")."""
    known = set(KEYWORDS) | set(FUNCTIONS)
    for m in re.finditer(r"(?<![\w:?$@\-.])([A-Za-z_]+)(?![\w:\-])", blank_out(query)):
        word = m.group(1).upper()
        if word in known:
            continue
        close = difflib.get_close_matches(word, KEYWORDS, n=1, cutoff=0.75)
        if close:
            return m.group(1), close[0]
    return None


def explain(query: str, error: str, lang: str = "sv") -> dict[str, object]:
    """A syntax error from the store, in one line: where it is and, for the common mistakes, what
    to do. Returns {line, column, message, hint, prefix_lines}."""
    def t(sv: str, en: str) -> str:
        return en if lang == "en" else sv

    m = _POS.search(error)
    line, column = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
    where = t(f"rad {line}, kolumn {column}", f"line {line}, column {column}") if m else ""
    masked = blank_out(query)
    hint, prefix_lines = "", []
    missing = undeclared_prefixes(query)
    opened, closed = masked.count("{"), masked.count("}")
    misspelt = misspelt_keyword(query)
    if missing:
        known = [p for p in missing if p in config.PREFIXES]
        prefix_lines = [f"PREFIX {p}: <{config.PREFIXES[p]}>" for p in known]
        unknown = [p for p in missing if p not in config.PREFIXES]
        names = ", ".join(f"{p}:" for p in missing)
        what = t(f"prefixet {names} är inte deklarerat", f"the prefix {names} is not declared")
        if prefix_lines:
            hint = t("lägg till överst: ", "add at the top: ") + " ".join(prefix_lines)
        if unknown:
            hint += ("; " if hint else "") + t(
                f"deklarera {', '.join(p + ':' for p in unknown)} med PREFIX och sin IRI",
                f"declare {', '.join(p + ':' for p in unknown)} with PREFIX and its IRI")
    elif misspelt:
        what = t(f"okänt ord ”{misspelt[0]}”", f"unknown word “{misspelt[0]}”")
        hint = t(f"menade du {misspelt[1]}?", f"did you mean {misspelt[1]}?")
    elif opened != closed:
        what = t(f"klamrarna går inte jämnt ut: {opened} ”{{” men {closed} ”}}”",
                 f"the braces do not balance: {opened} “{{” but {closed} “}}”")
        hint = t("stäng varje { med en }", "close every { with a }") if opened > closed else t(
            "ta bort den överflödiga }", "remove the extra }")
    elif masked.count('"') % 2 or re.search(r'expected one of "\\\\"', error):
        what = t("en sträng är inte avslutad", "a string is not closed")
        hint = t('avsluta strängen med "', 'close the string with "')
    else:
        expected = re.search(r"expected (?:one of )?(.*)", error, re.S)
        items = [x.strip() for x in re.split(r",\s*(?![^\[]*\])", expected.group(1))] if expected else []
        readable = [x for x in items if x and "\\u{" not in x and "..=" not in x and x != "[_]"]
        what = t("frågan kan inte tolkas här", "the query cannot be read here")
        if readable:
            what += t(": väntade ", ": expected ") + ", ".join(readable[:6])
        elif items:
            what += t(": väntade ett namn eller en variabel", ": expected a name or a variable")
    message = (t("Fel på ", "Error at ") + where + ": " if where else "") + what
    message = message[0].upper() + message[1:]
    return {"line": line, "column": column, "message": message + (". " + hint[0].upper() + hint[1:] if hint else ""),
            "hint": hint, "prefix_lines": prefix_lines}


def examples_on(base: str) -> list[dict[str, str]]:
    """The example queries with their IRIs under `base` (they are written under DEFAULT_BASE)."""
    return [{**e, "query": e["query"].replace(Iris(DEFAULT_BASE).id, Iris(base).id)} for e in example_queries()]


@router.get("/query/examples", summary="The example queries (JSON)")
def examples(request: Request) -> JSONResponse:
    return JSONResponse(examples_on(get_context(request).settings.base))


@router.post("/query/explain", summary="A SPARQL syntax error in one line, with its position and a hint")
def explain_route(query: Annotated[str, Body(max_length=100_000)], error: Annotated[str, Body(max_length=100_000)] = "",
                  lang: Annotated[str, Body(max_length=5)] = "sv") -> JSONResponse:
    return JSONResponse(explain(query, error, "en" if lang == "en" else "sv"))


@router.post("/query/labels", summary="Labels and local links for IRIs of a result table")
def labels_route(request: Request, iris: Annotated[list[str], Body(embed=True, max_length=2000)]) -> JSONResponse:
    ctx = get_context(request)
    lab = Labeller(ctx)
    wanted = [URIRef(i) for i in iris if isinstance(i, str) and i.startswith(ctx.settings.base)]
    lab.fetch(wanted)
    return JSONResponse({str(i): {"label": lab.labels[str(i)], "href": lab.href(str(i))}
                         for i in wanted if str(i) in lab.labels})


@router.get("/query", summary="Query page", include_in_schema=False)
def query_page(request: Request) -> Response:
    p = page_params(request, get_context(request))
    t = p.t
    items = "".join(
        f'<li><a href="#" class="example" data-id="{escape(e["id"])}">{escape(e["title"])}</a>'
        f'<br><span class="muted">{escape(e["description"])}</span></li>' for e in example_queries())
    # JSON inside <script>: not HTML-escaped (script text is not decoded), but "</" cannot close the element
    base = get_context(request).settings.base
    data = json.dumps({"examples": {e["id"]: e["query"] for e in examples_on(base)}, "prefixes": config.PREFIXES,
                       "base": base, "local": [base + path for path in LOCAL_PATHS], "lang": p.lang,
                       "text": JS_TEXT[p.lang]},
                      ensure_ascii=False).replace("</", "<\\/")
    prefixes = "".join(f"<li><code>{escape(k)}:</code> <span class='muted'>{escape(v)}</span></li>"
                       for k, v in config.PREFIXES.items())
    body = f"""
<div class="query-layout">
<section>
<p>{t(*TEXT["intro"])}</p>
<label for="sparql" class="field-label">{escape(t(*TEXT["label"]))}</label>
<textarea id="sparql" class="sparql" spellcheck="false" rows="20">{escape(DEFAULT_QUERY)}</textarea>
<p><button id="run">{escape(t(*TEXT["run"]))}</button>
<a id="csv" href="#" download="resultat.csv" hidden>{escape(t(*TEXT["csv"]))}</a>
<span id="status" class="muted" role="status"></span></p>
<div id="error" class="bad" role="alert" hidden></div>
<div id="results"></div>
</section>
<aside><h2>{escape(t(*TEXT["examples"]))}</h2><ul id="examples">{items}</ul>
<h2>{escape(t(*TEXT["prefixes"]))}</h2><ul class="prefixes">{prefixes}</ul></aside>
</div>
<script id="query-data" type="application/json">{data}</script>
<script src="/static/query.js"></script>"""
    return page(t("Frågor", "Queries"), body, params=p)
