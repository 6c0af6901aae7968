"""The as-of rule: who holds a membership on a given date, as the documents show it (one home).

The documents do not give member registers: they show who was seen in a body on the day of each
document, and the decisions that change a body. So "X is a member of G on D" is read as follows,
the same in the web pages (seat tables, /validation), `samverkan validate --at`, the example
query queries/example_group_members_on_date.rq and the networks' date filter (graph/network/data.py):

1. **Start.** A membership holds from its beginning (`time:hasBeginning`, e.g. the date of the
   decision that appointed the member). With no known beginning, it holds from its first sighting
   (the earliest `time:inside` date: the date of a document that names it).
2. **An end shows it held before.** A membership that a decision ends (`time:hasEnd`) or that a
   document calls former (`time:before`, "tidigare ...") evidently held up to that end, even where
   no earlier document names it (Charlotte Ohlsén's seat in Samordnande grupp Barn och unga is seen
   only in the protocol of 2025-12-12 that replaces her). With no known beginning, such a membership
   also counts back to the previous document about the body (the latest document dated before the
   end that cites the body): that document is the last point the documents could have shown a
   change, so nothing they say contradicts the membership holding since then. With no earlier
   document about the body at all, it counts on every date before the end.
3. **End.** It no longer holds from the day of its end (`time:hasEnd`, the decision's date: the
   end day itself no longer counts), from the date of a document that calls it former
   (`time:before`), or from the date of a later **complete member list** of the same body that
   leaves its holder out (an `lgl:AttendanceList` marked `lgl:completeMemberListOf` the body, dated
   after the membership's latest sighting; a record marks such a list `complete_member_list: true`,
   docs/records.md). The documents so far have no complete member list (their attendance lists say
   who attended a meeting, not who is a member), so the records mark none and this clause does not
   apply to the real graph; tests/test_asof.py marks one in a copy of the records to check it.
4. **Last confirmed.** Each holder is shown with the date the membership was last confirmed on or
   before D: its latest sighting (or its beginning) on or before D. A membership held on D only by
   clause 2 has no confirmation before D; the page then shows the date of the end instead.
5. **Dates.** Dates compare as ISO text; a year (`xsd:gYear`) counts from its first day for a
   beginning, a sighting or a document, and as its last day for an end or a "former as of".
6. **Default date.** The as-of date, when none is given, is the date of the latest source document
   (queries/latest_document_date.rq), not the day of the run: after it the documents say nothing.

The rule is written out whole in the SPARQL of queries/asof_memberships.rq (filled in by
`asof_query`): one query, the rule's declarative statement. Over the bag union of a national store
that query takes minutes for one large body (its patterns joined over a bag in which a fact stated
by n documents is n times), so the pages and the validation pre-pass (which marks the memberships it
selects with `val:validOn D`) use `held_rows`: the same rule asked in a few simple, DISTINCT SELECTs
(queries/asof_*.rq, each about resources named by the step before) whose rows `held_interval`
combines in Python. `held_interval` is the rule as an interval, for code that has a membership's
dates in hand and asks about many dates or a range at once: the networks' date filter
(graph/network/data.py) uses it too. tests/test_asof.py checks on the real graph (and a copy with a
complete member list) that the SPARQL, `held_interval` and `held_rows` agree on every membership and
date.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import TIME

from .sparql import iri, load_query, render

RULE_QUERY = "asof_memberships.rq"
LATEST_DOCUMENT_QUERY = "latest_document_date.rq"


def _day(d: dt.date | str) -> Literal:
    text = d.isoformat() if isinstance(d, dt.date) else str(d)
    dt.date.fromisoformat(text)  # refuses anything but a real date
    if len(text) != 10:
        raise ValueError(f"not a date YYYY-MM-DD: {text!r}")
    return Literal(text)


#: The block of the rule query that holds the (?group ?at) pairs, one BIND block each, joined by UNION
#: (queries/asof_memberships.rq says why not a VALUES block: Virtuoso 7.2 miscompiles it).
_PAIRS = re.compile(r"(# pairs: begin\n).*?(\n[ \t]*# pairs: end)", re.S)


def _pair_block(group: str | None, day: str) -> str:
    """One pair as a group pattern: the body (an IRI term, None: unbound) and the day (a literal term)."""
    bind_group = "" if group is None else f"BIND ({group} AS ?group) "
    return f"{{ {bind_group}BIND ({day} AS ?at) }}"


def asof_pairs_query(pairs: Iterable[tuple[URIRef | None, dt.date | str]]) -> str:
    """The rule as a SELECT ?membership ?group ?at for each (body, date) pair: the memberships of the
    body (None: of every body) held on the date."""
    rows = [(None if g is None else iri(str(g)), _day(d).n3()) for g, d in pairs]
    if not rows:
        raise ValueError("asof_query: no dates")
    block = "\n  UNION ".join(_pair_block(g, d) for g, d in dict.fromkeys(rows))
    text, n = _PAIRS.subn(lambda m: m.group(1) + "  " + block + m.group(2), render(RULE_QUERY))
    if n != 1:
        raise ValueError(f"{RULE_QUERY}: no '# pairs: begin' ... '# pairs: end' block to fill")
    return text


def asof_query(dates: Iterable[dt.date | str], groups: Iterable[URIRef] | None = None) -> str:
    """The rule as a SELECT ?membership ?group ?at: the memberships held on each date (of `groups`,
    else of every body). Dates are date objects or ISO text (checked)."""
    days = list(dates)
    bodies: list[URIRef | None] = list(groups) if groups is not None else [None]
    return asof_pairs_query([(g, d) for d in days for g in bodies])


def held_on(select: Callable[[str], list[dict[str, Any]]], at: dt.date,
            groups: Iterable[URIRef] | None = None) -> set[URIRef]:
    """The memberships held on `at` (of `groups`, else all), with any SELECT runner (a store's
    `select`, a server context's `select`, or `lambda q: rdflib_graph.query(q)` rows as dicts)."""
    bodies: list[URIRef | None] = list(groups) if groups is not None else [None]
    return {row["membership"] for row in held_rows(select, [(g, at) for g in bodies])}


Select = Callable[[str], list[dict[str, Any]]]

#: how the period links to an instant (queries/asof_periods.rq) -> the relation the rule reads
_RELATIONS = {str(TIME.inside): "inside", str(TIME.hasBeginning): "begin", str(TIME.hasEnd): "end",
              str(TIME.before): "before"}


@dataclass
class _Period:
    """One period of a membership, with the dates the rule reads (as written: a day or a year)."""

    membership: str
    group: str
    sightings: set[str] = field(default_factory=set)
    begins: list[str] = field(default_factory=list)
    has_beginning: bool = False
    ends: list[str] = field(default_factory=list)
    formers: list[str] = field(default_factory=list)


def _steps(select: Select, name: str, var: str, terms: Iterable[str] | None) -> list[dict[str, str]]:
    """The rows of one step of `held_rows` as text, its VALUES ?var block filled with `terms` (IRIs;
    None: UNDEF, every resource)."""
    data = [] if terms is None else [URIRef(t) for t in sorted(set(terms))]
    rows = select(render(name, values={var: data}))
    return [{k: str(v) for k, v in row.items() if v is not None} for row in rows]


def documents_by_body(rows: Iterable[Mapping[str, str]]) -> dict[str, list[str]]:
    """Rows {group, date} of the documents about each body (queries/asof_body_documents.rq,
    network_previous_documents.rq) as each body's document dates, a year as its first day, sorted."""
    documents: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        documents[r["group"]].append(_first_day(r["date"]))
    for dates in documents.values():
        dates.sort()
    return documents


def member_lists_by_body(rows: Iterable[Mapping[str, str]]) -> dict[str, list[tuple[str, set[str]]]]:
    """Rows {group, date, list, attendee?} of the complete member lists (queries/asof_member_lists.rq,
    network_complete_member_lists.rq) as each body's lists: (date, the holders on it), by date."""
    on_lists: dict[tuple[str, str, str], set[str]] = {}
    for r in rows:
        names = on_lists.setdefault((r["group"], r["date"], r["list"]), set())
        if r.get("attendee"):
            names.add(r["attendee"])
    lists: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for (group, date, _), names in sorted(on_lists.items()):
        lists[group].append((date, names))
    return lists


def clause_dates(begin: str | None, sightings: Iterable[str], end: str | None, former: str | None,
                 document_dates: list[str], member_lists: Iterable[tuple[str, set[str]]],
                 holders: set[str]) -> tuple[str | None, str | None]:
    """What clauses 2 and 3 need of a membership beyond its own dates, for `held_interval`: the date of
    the previous document about its body before its earliest end or "former as of" (with no beginning;
    `document_dates`: its body's, from documents_by_body), and the date of the earliest complete member
    list of its body (`member_lists`, from member_lists_by_body) dated after its latest sighting or
    beginning that leaves one of its `holders` out."""
    previous = None
    stops = [_last_day(x) for x in (end, former) if x]
    if stops and not begin:
        i = bisect_left(document_dates, min(stops))  # the documents dated before the earliest end
        previous = document_dates[i - 1] if i else None
    seen = [_first_day(x) for x in [*sightings, *([begin] if begin else [])]]
    latest = max(seen) if seen else ""
    left_out = min((d for d, on in member_lists if d > latest and holders - on), default=None)
    return previous, left_out


def held_rows(select: Select, pairs: Iterable[tuple[URIRef | str | None, dt.date | str]]) -> list[dict[str, Any]]:
    """The rule for each (body, date) pair (body None: every body), as `asof_pairs_query` answers it:
    rows {membership, group, at} (URIRef, URIRef, Literal ISO day), each held membership once per
    pair, with any SELECT runner. Asked in simple DISTINCT steps (queries/asof_*.rq: the memberships
    of the bodies, their periods, the periods' instants, the instants' dates, the documents about the bodies and
    their complete member lists) and combined by `held_interval`, per period as the SPARQL does."""
    wanted = [(None if g is None else str(g), str(_day(d))) for g, d in pairs]
    if not wanted:
        raise ValueError("held_rows: no dates")
    wanted = list(dict.fromkeys(wanted))
    groups = None if any(g is None for g, _ in wanted) else {g for g, _ in wanted}
    of: dict[str, set[str]] = defaultdict(set)
    for r in _steps(select, "asof_memberships_of.rq", "group", groups):
        of[r["membership"]].add(r["group"])
    if not of:
        return []
    names = None if groups is None else list(of)
    periods: dict[tuple[str, str, str], _Period] = {}
    instants: dict[str, list[tuple[_Period, str]]] = defaultdict(list)
    of_period: dict[str, list[_Period]] = defaultdict(list)
    for r in _steps(select, "asof_periods.rq", "membership", names):
        for group in of.get(r["membership"], ()):
            if (r["membership"], r["period"], group) not in periods:
                period = periods[(r["membership"], r["period"], group)] = _Period(r["membership"], group)
                of_period[r["period"]].append(period)
    if not periods:
        return []
    for r in _steps(select, "asof_period_links.rq", "period", None if groups is None else list(of_period)):
        relation = _RELATIONS.get(r["link"])
        for period in of_period.get(r["period"], ()):
            period.has_beginning |= relation == "begin"
            if relation:
                instants[r["instant"]].append((period, relation))
    for r in _steps(select, "asof_instant_dates.rq", "instant", None if groups is None else list(instants)):
        for period, relation in instants.get(r["instant"], ()):
            {"inside": period.sightings.add, "begin": period.begins.append, "end": period.ends.append,
             "before": period.formers.append}[relation](r["date"])
    bodies = None if groups is None else {p.group for p in periods.values()}
    documents = documents_by_body(_steps(select, "asof_body_documents.rq", "group", bodies))
    lists = member_lists_by_body(_steps(select, "asof_member_lists.rq", "group", bodies))
    holders: dict[str, set[str]] = defaultdict(set)
    if lists:
        listed = set(lists)
        for r in _steps(select, "asof_holders.rq", "membership",
                        None if groups is None else [m for m, gs in of.items() if gs & listed]):
            holders[r["membership"]].add(r["holder"])
    intervals: list[tuple[_Period, Interval]] = []
    for period in periods.values():
        if period.has_beginning and not period.begins:
            continue  # a beginning with no date: nothing shows when it started
        begin = min(period.begins, key=_first_day) if period.begins else None
        end = min(period.ends, key=_last_day) if period.ends else None
        former = min(period.formers, key=_last_day) if period.formers else None
        previous, left_out = clause_dates(begin, period.sightings, end, former, documents.get(period.group, []),
                                          lists.get(period.group, ()), holders[period.membership])
        interval = held_interval(begin, period.sightings, end, former, previous, left_out)
        if interval is not None:
            intervals.append((period, interval))
    out: dict[tuple[str, str, str], None] = {}
    for group, day in wanted:
        for period, interval in intervals:
            if (group is None or period.group == group) and interval_meets(interval, day, day):
                out[(period.membership, period.group, day)] = None
    return [{"membership": URIRef(m), "group": URIRef(g), "at": Literal(d)} for m, g, d in out]


def last_confirmed(observed: Iterable[str], begin: str | None, at: dt.date | str) -> str | None:
    """The date a membership was last confirmed on or before `at`: its latest sighting or its beginning
    (ISO text; a year as written), None when nothing before `at` confirms it (clause 2)."""
    day = at.isoformat() if isinstance(at, dt.date) else at
    dates = [d for d in [*observed, *([begin] if begin else [])] if d and _first_day(d) <= day]
    return max(dates, key=_first_day) if dates else None


def _first_day(iso: str) -> str:
    return f"{iso}-01-01" if len(iso) == 4 else iso


def _last_day(iso: str) -> str:
    return f"{iso}-12-31" if len(iso) == 4 else iso


def _day_before(iso: str) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


Interval = tuple[str | None, str | None]


def held_interval(begin: str | None, sightings: Iterable[str], end: str | None, former: str | None,
                  previous_document_date: str | None, left_out: str | None = None) -> Interval | None:
    """The rule above as an interval: (first day, last day) the membership holds, ISO text, None for
    an open side (first None: on every date before the last; last None: still held); None when the
    rule holds it on no date at all. D is held per `asof_query` exactly when it lies in the interval.

    - `begin`: its earliest `time:hasBeginning`; `sightings`: its `time:inside` dates;
    - `end`, `former`: its earliest `time:hasEnd` and earliest `time:before` ("former as of");
    - `previous_document_date`: for a membership with no beginning and an end or "former as of", the
      date of the latest document about its body (one that cites the body) dated before the earlier
      of the two (clause 2), None when there is none: it then counts back forever;
    - `left_out`: the date of the earliest complete member list of its body dated after its latest
      sighting and beginning that leaves its holder out (clause 3), None when none does.

    Dates as written in the graph (a year is taken as clause 5 says). The last day is the day before
    the first day it no longer holds: its end, "former as of" or leaving-out list (clause 3).
    """
    stops = [_last_day(x) for x in (end, former) if x]
    stop = min(stops) if stops else None
    if begin:
        first: str | None = _first_day(begin)
    else:
        starts = [_first_day(s) for s in sightings if s]
        if stop is not None:  # clause 2: back to the previous document about the body, else forever
            starts.append(_first_day(previous_document_date) if previous_document_date else "")
        if not starts:
            return None  # no beginning, sighting or end: nothing shows it held on any date
        first = min(starts) or None
    if left_out:
        stops.append(left_out)
    last = _day_before(min(stops)) if stops else None
    if first is not None and last is not None and first > last:
        return None
    return first, last


def interval_meets(interval: Interval | None, lo: str | None, hi: str | None) -> bool:
    """Whether a `held_interval` meets the days [lo, hi] (either bound None: open), i.e. the
    membership is held on at least one day of it; a single day D: lo = hi = D."""
    if interval is None:
        return False
    first, last = interval
    return (lo is None or last is None or last >= lo) and (hi is None or first is None or first <= hi)


def latest_document_date(select: Callable[[str], list[dict[str, Any]]]) -> dt.date | None:
    """The default as-of date: the latest source document's date (a year as its first day)."""
    rows = select(load_query(LATEST_DOCUMENT_QUERY))
    value = rows[0].get("latest") if rows else None
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


__all__ = ["LATEST_DOCUMENT_QUERY", "RULE_QUERY", "Interval", "asof_pairs_query", "asof_query", "clause_dates",
           "documents_by_body", "held_interval", "held_on", "held_rows", "interval_meets", "last_confirmed",
           "latest_document_date", "member_lists_by_body"]
