"""/validation: the latest validation report (written by `samverkan validate --out FILE`; the server
reads the file named by settings.validation_report). HTML for browsers: per body the seat table
(seat, required, filled, by whom and when they were seen, missing) and the problems; the JSON
report itself with `Accept: application/json` or `?format=json`. No report: 404, saying so."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from graph.validation_report import COMPOSITION_SHAPES, WORDS, holder_details

from .context import get_context
from .html import page, table
from .labels import local_href
from .negotiation import choose

router = APIRouter(tags=["Validation"])
TITLE = {"sv": "Validering", "en": "Validation"}
SEVERITY_CLASS = {"Violation": "bad", "Warning": "warn", "Info": "muted"}


def load_report(path: str | None) -> dict[str, Any] | None:
    """The JSON report, or None when there is none (no setting, no file, not a report)."""
    if not path:
        return None
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and "groups" in data else None


def _holder(h: dict[str, Any], base: str, lang: str) -> str:
    details = [escape(d) for d in holder_details(h.get("representing"), h.get("begin"), h.get("end"),
                                                 h.get("observed"), lang)]
    name = f'<a href="{escape(local_href(base, h["person"]))}">{escape(h["name"])}</a>'
    return name + (f' <span class="muted">({"; ".join(details)})</span>' if details else "")


def _group(g: dict[str, Any], base: str, lang: str) -> str:
    w = WORDS[lang]
    rows = []
    for r in g["rows"]:
        seat = escape(r["label"].get(lang) or r["label"].get("sv") or r["seat"])
        if r.get("for_label"):
            seat += f" – {escape(r['for_label'])}"
        required = str(r["required"]) if r.get("required") is not None else escape(w["at_least"].format(n=1))
        holders = "<br>".join(_holder(h, base, lang) for h in r["holders"]) or w["none"]
        if r.get("surplus"):
            missing = f'<span class="warn">{escape(w["too_many"].format(n=r["surplus"]))}</span>'
        elif r.get("missing"):
            missing = f'<span class="warn">{r["missing"]}</span>'
        else:
            missing = f'<span class="ok">{w["none"]}</span>'
        rows.append([seat, required, str(r["filled"]), holders, missing])
    link = f'<a href="{escape(local_href(base, g["group"]))}">{escape(g["name"])}</a>'
    return f"<h2>{link}</h2>" + table([w["seat"], w["required"], w["filled"], w["holders"], w["missing"]], rows)


def _problems(problems: list[dict[str, Any]], base: str, lang: str) -> str:
    w = WORDS[lang]
    listed = [p for p in problems if p.get("shape") not in COMPOSITION_SHAPES]
    if not listed:
        return f'<p class="ok">{escape(w["no_problems"])}</p>'
    rows = []
    for p in listed:
        sev = p["severity"]
        where = f'<a href="{escape(local_href(base, p["focus"]))}">{escape(p["focus_label"])}</a>'
        if p.get("path"):
            where += f' <span class="muted">{escape(p["path"].rsplit("#", 1)[-1].rsplit("/", 1)[-1])}</span>'
        message = p["message"].get(lang) or next(iter(p["message"].values()), "")
        rows.append([f'<span class="{SEVERITY_CLASS.get(sev, "")}">{escape(w.get(sev, sev))}</span>', where,
                     escape(message)])
    head = ["Allvarlighet", "Var", "Meddelande"] if lang == "sv" else ["Severity", "Where", "Message"]
    return table(head, rows)


def report_html(data: dict[str, Any], base: str, lang: str) -> str:
    w = WORDS[lang]
    counts = data.get("counts", {})
    other = "en" if lang == "sv" else "sv"
    seconds = data.get("seconds", {}).get("total", 0.0)
    summary = escape(w["summary"].format(violations=counts.get("Violation", 0), warnings=counts.get("Warning", 0),
                                         infos=counts.get("Info", 0), seconds=seconds))
    state = (f'<span class="ok">{escape(w["conforms"])}</span>' if data.get("conforms")
             else f'<span class="bad">{escape(w["not_conforms"])}</span>')
    parts = [
        f"<p><strong>{escape(w['title'].format(at=data.get('as_of', '?')))}</strong> · {state}<br>"
        f'<span class="muted">{summary} ({escape(str(data.get("generated", "")))})</span></p>',
        f'<p class="muted">{escape(w["legend"])}</p>',
        f'<p class="muted"><a href="?lang={other}">{"English" if other == "en" else "Svenska"}</a> · '
        f'<a href="?format=json">JSON</a></p>',
    ]
    parts += [_group(g, base, lang) for g in data.get("groups", [])]
    parts += [f"<h2>{escape(w['problems'])}</h2>", _problems(data.get("problems", []), base, lang)]
    return "\n".join(parts)


@router.get("/validation", summary="The latest validation report: seat tables and problems (HTML or JSON)")
def validation(request: Request, format: str | None = Query(None),
               lang: str = Query("sv", pattern="^(sv|en)$")) -> Response:
    ctx = get_context(request)
    fmt = choose(request.headers.get("accept"), format, ["html", "json"], "html")
    if fmt is None:
        return PlainTextResponse("not acceptable: HTML or JSON\n", status_code=406)
    data = load_report(ctx.settings.validation_report)
    if data is None:
        if fmt == "json":
            return JSONResponse({"error": "no validation report"}, status_code=404, headers={"Vary": "Accept"})
        body = ("<p>Ingen valideringsrapport finns ännu. Den skrivs av "
                "<code>samverkan validate --out var/validation.json</code> och visas här när servern startas med "
                "<code>--validation-report var/validation.json</code>.</p>" if lang == "sv" else
                "<p>There is no validation report yet. <code>samverkan validate --out var/validation.json</code> "
                "writes it; start the server with <code>--validation-report var/validation.json</code>.</p>")
        return page(TITLE[lang], body, status_code=404)
    if fmt == "json":
        return JSONResponse(data, headers={"Vary": "Accept"})
    response = page(TITLE[lang], report_html(data, ctx.settings.base, lang))
    response.headers["Vary"] = "Accept"
    return response
