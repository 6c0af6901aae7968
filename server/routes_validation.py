"""/validation: the validation of one collaboration structure as of any date, computed on demand
(server/validation_runs.py: cached per structure and date) — per body the seat table (seat, required,
held by whom with the date last confirmed and the source, missing) and the problems SHACL found;
HTML in Swedish or English, or the JSON report (`Accept: application/json` or `?format=json`).
`/validation/seats?group=<IRI>&at=` gives one body's seat table as JSON (server/seat_tables.py).
"""

from __future__ import annotations

from html import escape
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response

from graph.sparql import iri as sparql_iri
from graph.validation.report import COMPOSITION_SHAPES, WORDS

from .context import get_context
from .html import page, table
from .labels import local_href
from .negotiation import choose
from .page_params import PageParams, page_params
from .seat_tables import group_report, rule_note, seat_rows_html
from .validation_runs import Structure, default_structure, runs_for

router = APIRouter(tags=["Validation"])
TITLE = {"sv": "Validering", "en": "Validation"}
SEVERITY_CLASS = {"Violation": "bad", "Warning": "warn", "Info": "muted"}

RULE_TEXT = {
    "sv": ("Dokumenten visar vem som syntes i ett organ den dag de skrevs och besluten som ändrar det. Ett "
           "uppdrag gäller från sin början eller, om ingen början är känd, från första dokument som nämner det. "
           "Ett uppdrag som ett beslut avslutar (eller som ett dokument kallar tidigare) gällde fram till dess; "
           "utan känd början räknas det från det föregående dokumentet om organet. Uppdraget upphör på "
           "slutdagen, när ett dokument kallar det tidigare, eller när en senare fullständig ledamotslista för "
           "organet inte tar med personen (dokumenten har ännu ingen sådan lista). 'Senast bekräftad' är det "
           "senaste datum på eller före dagen då ett dokument visar uppdraget. Utan valt datum gäller datum för "
           "det senaste dokumentet."),
    "en": ("The documents show who was seen in a body on the day they were written and the decisions that "
           "change it. A membership holds from its beginning or, with none known, from the first document that "
           "names it. A membership that a decision ends (or a document calls former) held up to then; with no "
           "known beginning it counts from the previous document about the body. It ends on its end day, when a "
           "document calls it former, or when a later complete member list of the body leaves the person out "
           "(the documents have no such list yet). 'Last confirmed' is the latest date on or before the day on "
           "which a document shows the membership. With no date chosen, the latest document's date applies."),
}


def _problems(problems: list[dict[str, Any]], params: PageParams, base: str) -> str:
    lang = params.lang
    w = WORDS[lang]
    listed = [p for p in problems if p.get("shape") not in COMPOSITION_SHAPES]
    if not listed:
        return f'<p class="ok">{escape(w["no_problems"])}</p>'
    rows = []
    for p in listed:
        sev = p["severity"]
        where = f'<a href="{escape(params.href(local_href(base, p["focus"])))}">{escape(p["focus_label"])}</a>'
        message = p["message"].get(lang) or next(iter(p["message"].values()), "")
        rows.append([f'<span class="{SEVERITY_CLASS.get(sev, "")}">{escape(w.get(sev, sev))}</span>', where,
                     escape(message)])
    return table([params.t("Allvarlighet", "Severity"), params.t("Var", "Where"), params.t("Meddelande", "Message")],
                 rows)


def _chooser(structures: list[Structure], chosen: str, params: PageParams) -> str:
    """A GET form choosing the structure (the date and language kept)."""
    options = "".join(f'<option value="{escape(s.iri)}"{" selected" if s.iri == chosen else ""}>'
                      f'{escape(s.label)} ({s.bodies})</option>' for s in structures)
    hidden = "".join(f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">' for k, v in params.kept().items())
    return (f'<form class="structure" method="get" action="/validation">{hidden}'
            f'<label for="structure">{escape(params.t("Struktur", "Structure"))}</label> '
            f'<select id="structure" name="structure">{options}</select> '
            f'<button type="submit">{escape(params.t("Validera", "Validate"))}</button></form>')


def report_html(data: dict[str, Any], params: PageParams, base: str, cached: bool) -> str:
    lang = params.lang
    w = WORDS[lang]
    counts = data.get("counts", {})
    seconds = data.get("seconds", {}).get("total", 0.0)
    summary = escape(w["summary"].format(violations=counts.get("Violation", 0), warnings=counts.get("Warning", 0),
                                         infos=counts.get("Info", 0), seconds=seconds))
    state = (f'<span class="ok">{escape(w["conforms"])}</span>' if data.get("conforms")
             else f'<span class="bad">{escape(w["not_conforms"])}</span>')
    errors = data.get("errors") or []
    if errors:  # SHACL queries that could not run: the run is incomplete, never "conforms"
        state = (f'<span class="bad" role="alert">{escape(w["incomplete"].format(n=len(errors)))}</span>'
                 "<ul>" + "".join(f"<li>{escape(e)}</li>" for e in errors) + "</ul>")
    source = params.t("ur cache", "from the cache") if cached else params.t("beräknad nu", "computed now")
    parts = [
        f"<p><strong>{escape(w['title'].format(at=data.get('as_of', '?')))}</strong> · {state}<br>"
        f'<span class="muted">{summary} ({escape(source)}, {escape(str(data.get("generated", "")))})</span></p>',
        rule_note(params),
        f'<p class="muted"><a href="{escape(params.here(format="json"))}">JSON</a></p>',
    ]
    for g in data.get("groups", []):
        link = f'<a href="{escape(params.href(local_href(base, g["group"])))}">{escape(g["name"])}</a>'
        parts.append(f"<h2>{link}</h2>" + seat_rows_html(g, params, base))
    parts += [f"<h2>{escape(w['problems'])}</h2>", _problems(data.get("problems", []), params, base),
              f'<h2 id="asof-rule">{escape(params.t("Hur datumet läses", "How the date is read"))}</h2>',
              f"<p>{escape(RULE_TEXT[lang])}</p>",
              f'<p class="muted">{escape(w["legend"])}</p>']
    return "\n".join(parts)


def _computing(params: PageParams, label: str, fmt: str) -> Response:
    at = params.at.isoformat() if params.at else ""
    if fmt == "json":
        return JSONResponse({"status": "computing", "at": at}, status_code=202, headers={"Retry-After": "2"})
    text = params.t(f"Valideringen av {label} per {at} beräknas. Sidan laddas om av sig själv.",
                    f"The validation of {label} as of {at} is being computed. The page reloads by itself.")
    response = page(TITLE[params.lang], f'<p role="status">{escape(text)}</p>', status_code=202,
                    head='<meta http-equiv="refresh" content="2">', params=params)
    response.headers["Retry-After"] = "2"
    return response


def _error(params: PageParams, fmt: str, status: int, sv: str, en: str) -> Response:
    message = params.t(sv, en)
    if fmt == "json":
        return JSONResponse({"error": message}, status_code=status)
    return page(TITLE[params.lang], f'<p class="bad" role="alert">{escape(message)}</p>', status_code=status,
                params=params)


@router.get("/validation", summary="Validate one collaboration structure as of a date, on demand and cached per "
            "structure and date (?structure=<IRI>&at=YYYY-MM-DD, default the latest document's date): seat tables "
            "and problems, HTML or JSON; header X-Validation-Cache says hit or miss")
def validation(request: Request, format: str | None = Query(None),
               structure: str | None = Query(None, description="the structure's IRI (default: the county's)"),
               at: str | None = Query(None, description="YYYY-MM-DD (default: the latest document's date)"),
               lang: str | None = Query(None, pattern="^(sv|en)$")) -> Response:
    ctx = get_context(request)
    fmt = choose(request.headers.get("accept"), format, ["html", "json"], "html")
    if fmt is None:
        return PlainTextResponse("not acceptable: HTML or JSON\n", status_code=406)
    params = page_params(request, ctx)  # a bad ?at= is a 400 saying what was wrong
    runs = runs_for(ctx)
    structures = runs.structures(ctx)
    if not structures:
        return _error(params, fmt, 404, "Grafen har inga organ med regler för sammansättning att validera.",
                      "The graph has no bodies with composition rules to validate.")
    home = default_structure(ctx, structures)
    chosen = structure or (home.iri if home is not None else "")
    match = next((s for s in structures if s.iri == chosen), None)
    if match is None:
        return _error(params, fmt, 404, f"Ingen struktur med regler för sammansättning heter {chosen}.",
                      f"No structure with composition rules is called {chosen}.")
    if params.at is None:
        return _error(params, fmt, 503, "Grafen har inget dokument med datum; ange ?at=ÅÅÅÅ-MM-DD.",
                      "The graph has no dated document; give ?at=YYYY-MM-DD.")
    outcome = runs.report(ctx, match.iri, params.at)
    if outcome.error:
        return _error(params, fmt, 500, f"Valideringen kunde inte köras: {outcome.error}",
                      f"The validation failed: {outcome.error}")
    if outcome.report is None:
        return _computing(params, match.label, fmt)
    headers = {"Vary": "Accept, Accept-Language", "X-Validation-Cache": "hit" if outcome.cached else "miss"}
    if fmt == "json":
        return JSONResponse({**outcome.report, "cached": outcome.cached}, headers=headers)
    body = (_chooser(structures, match.iri, params) if len(structures) > 1 else "") + report_html(
        outcome.report, params, ctx.settings.base, outcome.cached)
    response: HTMLResponse = page(f"{TITLE[params.lang]}: {match.label}", body, params=params)
    response.headers.update(headers)
    return response


@router.get("/validation/seats", summary="One body's seat table as of a date, JSON (?group=<IRI>&at=YYYY-MM-DD, "
            "default the latest document's date): seats, required, holders with the date last confirmed and the "
            "passages that show them, missing, surplus, the rule's passages; 202 while it is computed")
def seats(request: Request, group: str = Query(..., description="the body's IRI"),
          at: str | None = Query(None, description="YYYY-MM-DD (default: the latest document's date)")) -> Response:
    ctx = get_context(request)
    params = page_params(request, ctx)
    try:
        sparql_iri(group)
    except ValueError:
        return JSONResponse({"error": f"not an IRI: {group!r}", "parameter": "group"}, status_code=400)
    found, structure, computing = group_report(ctx, group, params)
    day = params.at.isoformat() if params.at else None
    if structure is None:
        return JSONResponse({"error": f"{group} has no seat rules (or is not in the graph)", "parameter": "group"},
                            status_code=404)
    if computing:
        return JSONResponse({"status": "computing", "group": group, "at": day}, status_code=202,
                            headers={"Retry-After": "2"})
    if found is None:
        return JSONResponse({"error": "the validation failed"}, status_code=500)
    return JSONResponse({"at": day, "default_date": params.explicit_at is None, "structure": structure,
                         "rule": "graph/asof.py", **found})
