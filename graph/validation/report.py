"""The validation report: per body a seat table (seat, required, filled, by whom, missing), and the
problems SHACL found, in Swedish or English; as text, JSON (what the server shows) or Turtle.

Built from a graph.validation.run.Run: the seat tables from the pre-pass (who fills which seat, and
when each holder was observed, so stale data shows), the problems from pySHACL's results.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS
from rdflib.term import Node

from ..asof import last_confirmed
from ..config import LGL
from .prepass import LANGS, VAL, label, later_first, select
from .run import Run
from .shacl import SH

#: Shapes whose results the seat tables already show (a missing or surplus seat).
COMPOSITION_SHAPES = {"https://w3id.org/samverkan-kalmar/shapes#SeatFilled",
                      "https://w3id.org/samverkan-kalmar/shapes#SeatNotOverfilled"}
SEVERITIES = ("Violation", "Warning", "Info")

WORDS: dict[str, dict[str, str]] = {
    "sv": {
        "title": "Validering per {at}", "seat": "Plats", "required": "Krav", "filled": "Tillsatta",
        "holders": "Av vem", "missing": "Saknas", "at_least": "minst {n}", "too_many": "{n} för många",
        "observed": "sedd", "since": "från", "until": "till", "none": "–", "problems": "Problem",
        "no_problems": "Inga problem i datat.", "Violation": "Fel", "Warning": "Varning", "Info": "Info",
        "legend": ("Saknade platser är varningar: dokumenten visar bara vad de nämner, så en plats kan vara "
                   "tillsatt utan att det syns. 'sedd' = datum då ett dokument nämner uppdraget."),
        "summary": "{violations} fel, {warnings} varningar, {infos} info. Validering tog {seconds:.1f} s.",
        "conforms": "Datat är välformat (inga fel).", "not_conforms": "Datat har fel (se ovan).",
        "for": "för", "confirmed": "senast bekräftad",
        "incomplete": "Valideringen är ofullständig: {n} SHACL-frågor kunde inte köras:",
    },
    "en": {
        "title": "Validation as of {at}", "seat": "Seat", "required": "Required", "filled": "Filled",
        "holders": "Held by", "missing": "Missing", "at_least": "at least {n}", "too_many": "{n} too many",
        "observed": "observed", "since": "since", "until": "until", "none": "–", "problems": "Problems",
        "no_problems": "No problems in the data.", "Violation": "Violation", "Warning": "Warning", "Info": "Info",
        "legend": ("Missing seats are warnings: the documents only show what they mention, so a seat may be "
                   "filled without it showing. 'observed' = dates a document mentions the membership."),
        "summary": "{violations} violations, {warnings} warnings, {infos} infos. Validation took {seconds:.1f} s.",
        "conforms": "The data is well-formed (no violations).", "not_conforms": "The data has violations (see above).",
        "for": "for", "confirmed": "last confirmed",
        "incomplete": "The validation is incomplete: {n} SHACL queries could not run:",
    },
}


@dataclass
class Holder:
    person: str
    name: str
    membership: str
    representing: str | None = None
    observed: list[str] = field(default_factory=list)
    begin: str | None = None
    end: str | None = None
    confirmed: str | None = None  # last confirmed on or before the date (graph/asof.py), None: only by its end
    sources: list[dict[str, Any]] = field(default_factory=list)  # passages that show it (see _source)


@dataclass
class SeatRow:
    seat: str
    label: dict[str, str]
    required: int | None  # None: the rule gives no number (at least one)
    filled: int
    missing: int
    surplus: int
    holders: list[Holder]
    for_org: str | None = None
    for_label: str | None = None
    rule_sources: list[dict[str, Any]] = field(default_factory=list)  # the passages stating the rule


@dataclass
class GroupTable:
    group: str
    name: str
    rows: list[SeatRow]


@dataclass
class Problem:
    severity: str
    focus: str
    focus_label: str
    path: str | None
    value: str | None
    value_label: str | None
    message: dict[str, str]
    shape: str | None
    component: str | None


@dataclass
class Report:
    as_of: str
    generated: str
    conforms: bool
    counts: dict[str, int]
    seconds: dict[str, float]
    groups: list[GroupTable]
    problems: list[Problem]   # every SHACL result, composition ones included
    results: Graph | None = field(default=None, repr=False)
    #: SHACL queries that could not run (shape, constraint, why): the run is incomplete, not "conforms"
    errors: list[str] = field(default_factory=list)

    # ---------------------------------------------------------------- building

    @classmethod
    def from_run(cls, run: Run) -> Report:
        g = run.graph
        problems = [_problem(g, run.results, run.shapes, r)
                    for r in run.results.subjects(RDF.type, SH.ValidationResult)]
        problems.sort(key=lambda p: (SEVERITIES.index(p.severity) if p.severity in SEVERITIES else 9,
                                     p.shape or "", p.focus_label, p.value_label or ""))
        counts = {s: sum(1 for p in problems if p.severity == s) for s in SEVERITIES}
        return cls(as_of=run.at.isoformat(), generated=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                   conforms=counts["Violation"] == 0 and not run.errors, counts=counts,
                   seconds={k: round(v, 3) for k, v in run.seconds.items()},
                   groups=_tables(run), problems=problems, results=run.results,
                   errors=[str(e) for e in run.errors])

    # ---------------------------------------------------------------- output

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("results", None)
        return data

    def json_text(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"

    def turtle(self) -> str:
        assert self.results is not None
        self.results.bind("sh", SH)
        return self.results.serialize(format="turtle")

    def table(self, group: GroupTable, lang: str) -> str:
        w = WORDS[lang]
        rows = [[w["seat"], w["required"], w["filled"], w["holders"], w["missing"]]]
        for row in group.rows:
            seat = row.label.get(lang) or row.label.get("sv", row.seat)
            if row.for_label:
                seat += f" – {row.for_label}"
            required = str(row.required) if row.required is not None else w["at_least"].format(n=1)
            holders = [holder_text(h, lang) for h in row.holders] or [w["none"]]
            missing = str(row.missing) if row.missing else w["none"]
            if row.surplus:
                missing = w["too_many"].format(n=row.surplus)
            rows.append([seat, required, str(row.filled), "\n".join(holders), missing])
        return render_table(rows, widths=[46, 10, 9, 64, 14])

    def text(self, lang: str = "sv") -> str:
        w = WORDS[lang]
        out = [w["title"].format(at=self.as_of), "=" * len(w["title"].format(at=self.as_of)), ""]
        for group in self.groups:
            out += [group.name, "-" * len(group.name), self.table(group, lang), ""]
        out += [textwrap.fill(w["legend"], 110), ""]
        listed = [p for p in self.problems if p.shape not in COMPOSITION_SHAPES]
        out += [w["problems"], "-" * len(w["problems"])]
        if not listed:
            out.append(w["no_problems"])
        for p in listed:
            message = p.message.get(lang) or next(iter(p.message.values()), "")
            where = p.focus_label + (f" ({_local(p.path)})" if p.path else "")
            out.append(textwrap.fill(f"[{w.get(p.severity, p.severity)}] {where}: {message}",
                                     110, subsequent_indent="    "))
        out += ["", w["summary"].format(violations=self.counts["Violation"], warnings=self.counts["Warning"],
                                        infos=self.counts["Info"], seconds=self.seconds.get("total", 0.0)),
                w["conforms"] if self.conforms else w["not_conforms"]]
        if self.errors:
            out += ["", w["incomplete"].format(n=len(self.errors))]
            out += [textwrap.fill(e, 110, initial_indent="  ", subsequent_indent="    ") for e in self.errors]
        return "\n".join(out) + "\n"


def holder_details(representing: str | None, begin: str | None, end: str | None, observed: list[str] | None,
                   lang: str) -> list[str]:
    """What the report says of a seat holder besides the name: whom they represent, since and until
    when, and the dates documents mention the membership (the text report and the /validation page)."""
    w = WORDS[lang]
    details = []
    if representing:
        details.append(representing)
    if begin:
        details.append(f"{w['since']} {begin}")
    if end:
        details.append(f"{w['until']} {end}")
    if observed:
        details.append(f"{w['observed']} {', '.join(observed)}")
    return details


def holder_text(h: Holder, lang: str) -> str:
    details = holder_details(h.representing, h.begin, h.end, h.observed, lang)
    if h.confirmed and h.confirmed != max(h.observed, default=None):  # the as-of rule's "last confirmed"
        details.append(f"{WORDS[lang]['confirmed']} {h.confirmed}")
    return h.name + (f" ({'; '.join(details)})" if details else "")


def render_table(rows: list[list[str]], widths: list[int]) -> str:
    """A plain-text table; cells wrap to the column widths, a cell's own newlines are kept."""

    def cell_lines(text: str, width: int) -> list[str]:
        lines: list[str] = []
        for part in text.split("\n"):
            lines += textwrap.wrap(part, width, subsequent_indent="  ") or [""]
        return lines

    actual = [min(width, max(len(line) for r in rows for line in cell_lines(r[i], width)))
              for i, width in enumerate(widths)]
    out = []
    for n, row in enumerate(rows):
        cells = [cell_lines(c, actual[i]) for i, c in enumerate(row)]
        for k in range(max(len(c) for c in cells)):
            out.append("  ".join((c[k] if k < len(c) else "").ljust(actual[i]) for i, c in enumerate(cells)).rstrip())
        if n == 0:
            out.append("  ".join("-" * a for a in actual))
    return "\n".join(out)


def _local(iri: str | None) -> str:
    if not iri:
        return ""
    for ns, prefix in ((str(LGL), "lgl:"), ("http://www.w3.org/ns/org#", "org:"),
                       ("http://www.w3.org/2006/time#", "time:"), ("http://purl.org/dc/terms/", "dcterms:"),
                       ("http://xmlns.com/foaf/0.1/", "foaf:"), ("http://www.w3.org/2004/02/skos/core#", "skos:"),
                       ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf:")):
        if iri.startswith(ns):
            return prefix + iri[len(ns):]
    return iri


def _problem(g: Graph, results: Graph, shapes: Graph | None, r: Node) -> Problem:
    def one(prop: URIRef) -> Node | None:
        return results.value(r, prop)

    severity = str(one(SH.resultSeverity) or SH.Violation).rsplit("#", 1)[-1]
    shape = one(SH.sourceShape)
    messages: dict[str, str] = {}
    for m in results.objects(r, SH.resultMessage):
        if isinstance(m, Literal):
            lang = m.language or _message_language(shapes, shape, str(m)) or "en"
            messages.setdefault(lang, str(m))
    for lang in LANGS:  # a generic pySHACL message has no language: use it for both
        messages.setdefault(lang, messages.get("en") or next(iter(messages.values()), ""))
    focus, path, value = one(SH.focusNode), one(SH.resultPath), one(SH.value)
    component = one(SH.sourceConstraintComponent)
    return Problem(
        severity=severity, focus=str(focus), focus_label=label(g, focus),
        path=str(path) if isinstance(path, URIRef) else None,
        value=str(value) if value is not None else None,
        value_label=label(g, value) if value is not None else None,
        message=messages, shape=str(shape) if isinstance(shape, URIRef) else None,
        component=str(component) if component is not None else None)


def _message_language(shapes: Graph | None, shape: Node | None, message: str) -> str | None:
    """The language of a SHACL-SPARQL result message (pySHACL drops the tag when it fills the template
    in): the language of the shape's template that the message matches."""
    if shapes is None or shape is None:
        return None
    templates = list(shapes.objects(shape, SH.message))
    for constraint in shapes.objects(shape, SH.sparql):
        templates += list(shapes.objects(constraint, SH.message))
    for t in templates:
        if isinstance(t, Literal) and t.language:
            parts = re.split(r"\{[?$][A-Za-z_][A-Za-z0-9_]*\}", str(t))
            if re.fullmatch(".*?".join(re.escape(part) for part in parts), message, flags=re.S):
                return t.language
    return None


def _tables(run: Run) -> list[GroupTable]:
    g, pre = run.graph, run.prepass
    holders: dict[tuple[str, str], Holder] = {}
    for row in select(g, "validation_holders.rq"):
        key = (str(row["membership"]), str(row["seat"]))
        h = holders.get(key)
        if h is None:
            rep = row.get("representing")
            h = holders[key] = Holder(person=str(row["person"]), name=str(row.get("name") or label(g, row["person"])),
                                      membership=str(row["membership"]),
                                      representing=label(g, rep) if rep is not None else None)
        elif row.get("name") is not None and str(row["name"]) < h.name:
            h.name = str(row["name"])  # a person with several names (a data error SHACL reports): the same one always
        if row.get("observed") is not None and str(row["observed"]) not in h.observed:
            h.observed.append(str(row["observed"]))
            h.observed.sort()
        if row.get("begin") is not None:
            h.begin = str(row["begin"])
        if row.get("end") is not None:
            h.end = str(row["end"])
    sources: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in select(g, "validation_holder_sources.rq"):
        src = _source(row["passage"], row.get("doc"), row.get("docTitle"), row.get("docDate"),
                      row.get("startLine"), row.get("endLine"))
        if src not in sources[str(row["membership"])]:
            sources[str(row["membership"])].append(src)
    for h in holders.values():
        h.sources = list(sources.get(h.membership, []))
        h.confirmed = last_confirmed(h.observed, h.begin, run.at)
        h.sources.sort(key=lambda s: (s.get("date") or "", s["doc"], s["start"]))

    def latest(h: Holder) -> str:
        return max([*h.observed, h.begin or ""])

    def seat_order(seat_iri: URIRef) -> tuple[int, str]:
        lines = [int(v) for src in g.objects(seat_iri, URIRef("http://purl.org/dc/terms/source"))
                 for v in g.objects(src, LGL.startLine)]
        return (min(lines) if lines else 0, str(seat_iri))

    groups: dict[URIRef, GroupTable] = {}
    for seat_iri, for_org in sorted(pre.slots, key=lambda s: (seat_order(s[0]), label(g, s[1]) if s[1] else "")):
        seat = pre.seats[seat_iri]
        members = [holders[(str(m), str(seat_iri))] for m in pre.fills.get((seat_iri, for_org), [])
                   if (str(m), str(seat_iri)) in holders]
        members.sort(key=lambda h: (later_first(latest(h)), h.name))
        needed = seat.count if seat.count is not None else 1
        row = SeatRow(
            seat=str(seat_iri), label={lang: _seat_label(g, seat_iri, lang) for lang in LANGS},
            required=seat.count, filled=len(members), missing=max(needed - len(members), 0),
            surplus=max(len(members) - seat.count, 0) if seat.count is not None else 0,
            holders=members, for_org=str(for_org) if for_org is not None else None,
            for_label=label(g, for_org) if for_org is not None else None, rule_sources=_rule_sources(g, seat_iri))
        table = groups.get(seat.body)
        if table is None:
            table = groups[seat.body] = GroupTable(group=str(seat.body), name=label(g, seat.body), rows=[])
        table.rows.append(row)
    return sorted(groups.values(), key=lambda t: t.name)


def _source(passage: Node, doc: Node | None, title: Node | None, date: Node | None, start: Node | None,
            end: Node | None) -> dict[str, Any]:
    """A passage as the seat tables link it: the document (IRI, title, date) and the lines."""
    return {"passage": str(passage), "doc": str(doc) if doc is not None else "",
            "title": str(title) if title is not None else "", "date": str(date) if date is not None else "",
            "start": int(start) if start is not None else 0, "end": int(end) if end is not None else 0}


def _rule_sources(g: Graph, seat: URIRef) -> list[dict[str, Any]]:
    """The passages that state a seat rule (the composition rule's lines in its document)."""
    out = []
    for passage in g.objects(seat, DCTERMS.source):
        doc = g.value(passage, DCTERMS.isPartOf)
        out.append(_source(passage, doc, g.value(doc, DCTERMS.title) if doc is not None else None,
                           g.value(doc, DCTERMS.date) if doc is not None else None,
                           g.value(passage, LGL.startLine), g.value(passage, LGL.endLine)))
    return sorted(out, key=lambda s: (s["doc"], s["start"]))


def _seat_label(g: Graph, seat: URIRef, lang: str) -> str:
    """val:label in one language (set by the pre-pass)."""
    for v in g.objects(seat, VAL.label):
        if isinstance(v, Literal) and v.language == lang:
            return str(v)
    return ""
