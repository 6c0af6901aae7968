"""Seat tables: who holds which seat of a body as of a date, and which seats are missing.

One table per body with seat rules (seat, required, held by whom with a link to the person, the date
each holder was last confirmed and the document that shows it, missing or "1 för många"), each seat
linked to the passage that states its rule. The data is the validation report of the body's
structure on that date (server/validation_runs.py, the as-of rule of graph/asof.py). Used by the
group pages (`seat_section`, called from server/routes_ld.py), by /validation, and as JSON at
`GET /validation/seats?group=<IRI>&at=YYYY-MM-DD`.
"""

from __future__ import annotations

from html import escape
from typing import Any

from graph.iris import lines_anchor

from .context import ServerContext
from .html import keep_dates, scrolling
from .labels import local_href
from .page_params import PageParams
from .validation_runs import runs_for

#: How long a group page waits for its seat table before it says it is computing (and reloads itself).
PAGE_WAIT_SECONDS = 2.0

WORDS = {
    "seat": ("Plats", "Seat"), "required": ("Krav", "Required"), "held": ("Innehas av", "Held by"),
    "confirmed": ("Senast bekräftad", "Last confirmed"), "source": ("Källa", "Source"),
    "missing": ("Saknas", "Missing"), "rule": ("regel", "rule"), "none": ("–", "–"),
    "line": ("rad", "line"), "lines": ("rad", "lines"),
}


def _w(params: PageParams, key: str) -> str:
    sv, en = WORDS[key]
    return params.t(sv, en)


def doc_href(params: PageParams, base: str, src: dict[str, Any]) -> str:
    """The document page at the cited lines (#L120-L124), keeping the page's date and language."""
    anchor = lines_anchor(src["start"], src.get("end"))
    return params.href(local_href(base, src["doc"])) + anchor


def _source_link(params: PageParams, base: str, src: dict[str, Any], short: bool = False) -> str:
    several = bool(src.get("end")) and src["end"] != src["start"]
    lines = f"{src['start']}" + (f"–{src['end']}" if several else "")
    text = f"{_w(params, 'lines' if several else 'line')} {lines}"
    if not short:
        text = f"{src.get('title') or src['doc']}, {text}"
    return f'<a class="source" href="{escape(doc_href(params, base, src))}">{escape(text)}</a>'


def _sources_by(holder: dict[str, Any], params: PageParams) -> list[dict[str, Any]]:
    """The passages that show a holder on or before the page's date (all of them when none does: a
    membership held only because a later decision ends it is shown by that decision)."""
    day = params.at.isoformat() if params.at else "9999"
    sources = holder.get("sources", [])
    earlier = [s for s in sources if (s.get("date") or "0000") <= day]
    return earlier or sources


def seat_rows_html(group: dict[str, Any], params: PageParams, base: str) -> str:
    """One body's seat table (a group of the validation report) as an HTML table: one row per holder,
    the seat, its requirement and what is missing spanning its holders' rows."""
    t = params.t
    body = []
    for r in group["rows"]:
        seat = escape(r["label"].get(params.lang) or r["label"].get("sv") or r["seat"])
        if r.get("for_label"):
            seat += f" – {escape(r['for_label'])}"
        rules = [_source_link(params, base, s, short=True) for s in r.get("rule_sources", [])]
        if rules:
            seat += f' <span class="muted">({escape(_w(params, "rule"))}: {", ".join(rules)})</span>'
        required = str(r["required"]) if r.get("required") is not None else escape(t("minst 1", "at least 1"))
        if r.get("surplus"):
            n = r["surplus"]
            missing = f'<span class="warn">{escape(t(f"{n} för många", f"{n} too many"))}</span>'
        elif r.get("missing"):
            missing = f'<span class="warn">{r["missing"]}</span>'
        else:
            missing = '<span class="ok">–</span>'
        holders = []
        for h in r["holders"]:
            href = params.href(local_href(base, h["person"]))
            name = f'<a class="holder" href="{escape(href)}">{escape(h["name"])}</a>'
            if h.get("representing"):
                name += f' <span class="muted">({escape(h["representing"])})</span>'
            if h.get("confirmed"):
                confirmed = escape(h["confirmed"])
            elif h.get("end"):
                confirmed = escape(t(f"– (avslutas {h['end']})", f"– (ends {h['end']})"))
            else:
                confirmed = "–"
            sources = "<br>".join(_source_link(params, base, s) for s in _sources_by(h, params)) or "–"
            holders.append((name, confirmed, sources))
        if not holders:
            holders.append(("–", "", ""))
        span = f' rowspan="{len(holders)}"' if len(holders) > 1 else ""
        for i, (name, confirmed, sources) in enumerate(holders):
            cells = [f"<td{span}>{seat}</td>", f"<td{span}>{required}</td>"] if i == 0 else []
            cells += [f'<td class="holders">{name}</td>', f"<td>{keep_dates(confirmed)}</td>", f"<td>{sources}</td>"]
            if i == 0:
                cells.append(f'<td class="missing"{span}>{missing}</td>')
            body.append(f'<tr class="{"seat-first" if i == 0 else "seat-more"}">' + "".join(cells) + "</tr>")
    names = [_w(params, k) for k in ("seat", "required", "held", "confirmed", "source", "missing")]
    head = "".join(f'<th scope="col">{escape(n)}</th>' for n in names)
    return scrolling(f'<table class="data seats"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>',
                     " · ".join(names))


def rule_note(params: PageParams) -> str:
    """One sentence on how the date is read, linking to the rule's explanation on /validation."""
    at = params.at.isoformat() if params.at else "?"
    default = "" if params.explicit_at else params.t(" (datum för det senaste dokumentet)",
                                                      " (the date of the latest document)")
    link = f'<a href="{escape(params.href("/validation"))}#asof-rule">{escape(params.t("regeln", "the rule"))}</a>'
    return ('<p class="muted">' + params.t(
        f"Läget den {at}{default}: uppdrag som dokumenten visar gäller den dagen enligt {link}; "
        "saknade platser kan vara tillsatta utan att dokumenten nämner det.",
        f"The state on {at}{default}: memberships the documents show holding that day by {link}; missing "
        "seats may be filled without the documents mentioning it.") + "</p>" + _after_latest(params))


def _after_latest(params: PageParams) -> str:
    """A warning when the date lies after the latest document: the documents say nothing about it."""
    if not (params.explicit_at and params.default_at and params.explicit_at > params.default_at):
        return ""
    latest = params.default_at.isoformat()
    return '<p class="warn">' + escape(params.t(
        f"Datumet ligger efter det senaste dokumentet ({latest}): tabellen visar vad dokumenten visade då, "
        "inga senare ändringar är kända.",
        f"The date lies after the latest document ({latest}): the table shows what the documents showed then; "
        "no later change is known.")) + "</p>"


def group_report(ctx: ServerContext, group: str, params: PageParams,
                 wait: float | None = None) -> tuple[dict[str, Any] | None, str | None, bool]:
    """(the body's seat table from the report of its structure on the page's date, else None; the
    structure; whether it is still computing). (None, None, False): the body has no seat rules."""
    runs = runs_for(ctx)
    structure, has_rules = runs.structure_of(ctx, group)
    if not has_rules or structure is None or params.at is None:
        return None, None, False
    outcome = runs.report(ctx, structure, params.at, **({"wait": wait} if wait is not None else {}))
    if outcome.report is None:
        return None, structure, outcome.error is None
    found = next((g for g in outcome.report.get("groups", []) if g["group"] == group), None)
    return found, structure, False


def seat_section(ctx: ServerContext, group: str, params: PageParams) -> str:
    """The seat table section of a group page ("" for a body without seat rules)."""
    found, structure, computing = group_report(ctx, group, params, wait=PAGE_WAIT_SECONDS)
    if structure is None:
        return ""
    at = params.at.isoformat() if params.at else ""
    head = f'<h2 id="seats">{escape(params.t(f"Sammansättning den {at}", f"Composition on {at}"))}</h2>'
    if computing:
        return head + ('<meta http-equiv="refresh" content="3"><p class="muted" role="status">' + escape(params.t(
            "Sammansättningen beräknas; sidan laddas om av sig själv om en stund.",
            "The composition is being computed; the page reloads by itself in a moment.")) + "</p>")
    if found is None:
        failed = params.t("Valideringen kunde inte köras.", "The validation failed.")
        return head + f'<p class="bad">{escape(failed)}</p>'
    base = ctx.settings.base
    json_href = params.href("/validation/seats", group=group, at=at, lang=None)
    full = params.href("/validation", structure=structure)
    links = (f'<p class="muted"><a href="{escape(json_href)}">JSON</a> · <a href="{escape(full)}">'
             f'{escape(params.t("Hela valideringen", "The whole validation"))}</a></p>')
    empty = ""
    if not any(r["holders"] for r in found["rows"]):
        empty = '<p class="warn">' + escape(params.t(
            f"Inget dokument visar någon i {found['name']} den {at}: alla platser saknas enligt dokumenten.",
            f"No document shows anyone in {found['name']} on {at}: by the documents every seat is missing.")) + "</p>"
    return head + rule_note(params) + empty + seat_rows_html(found, params, base) + links


__all__ = ["doc_href", "group_report", "rule_note", "seat_rows_html", "seat_section"]
