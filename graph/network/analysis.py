"""Analyses of the projections: centrality, brokers between principals, communities, participation.

- degree and weighted degree (sum of edge weights);
- betweenness (unweighted shortest paths, normalised): who sits on the paths between others, the
  brokers; sampled (k pivots, fixed seed) on large graphs so it stays fast;
- reach: how many principals other than one's own a node's neighbours stand for;
- communities: Louvain (networkx, fixed seed, weighted), with their modularity;
- participation (from the attendance lists, not the graph): per kommun and per meeting, so the
  kommuner that are absent stand out.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from .data import KIND_LABELS, KIND_LABELS_EN, NetworkData
from .projections import KINDS, Filters, Scope

SEED = 42
BETWEENNESS_EXACT_MAX = 1000  # nodes; above this betweenness is estimated from BETWEENNESS_PIVOTS sources
BETWEENNESS_PIVOTS = 200
SIZE_MEASURES = {"degree": "grad", "weighted_degree": "viktad grad", "betweenness": "mellanhet"}


def undirected(g: nx.Graph) -> nx.Graph:
    """The graph without direction (a copy: networkx's views are slow to walk)."""
    return g.to_undirected() if g.is_directed() else g


def betweenness(g: nx.Graph) -> tuple[dict[Any, float], int | None]:
    """Normalised betweenness, exact up to BETWEENNESS_EXACT_MAX nodes, else sampled; (values, pivots)."""
    u = undirected(g)
    n = u.number_of_nodes()
    k = None if n <= BETWEENNESS_EXACT_MAX else BETWEENNESS_PIVOTS
    return nx.betweenness_centrality(u, k=k, normalized=True, seed=SEED), k


def communities(g: nx.Graph) -> list[set]:
    """Louvain communities (weighted, fixed seed), largest first; isolated nodes each alone."""
    u = undirected(g)
    if u.number_of_edges() == 0:
        return [{n} for n in sorted(u, key=str)]
    found = nx.community.louvain_communities(u, weight="weight", seed=SEED)
    return sorted(found, key=lambda c: (-len(c), min(map(str, c))))


def _principal_of(g: nx.Graph, n: Any) -> str | None:
    a = g.nodes[n]
    return a.get("principal") or (n if a.get("type") == "organisation" else None)


def reach(g: nx.Graph) -> dict[Any, int]:
    """For each node: how many principals other than its own the nodes it is tied to stand for.

    Nodes that stand for no principal (bodies, seats) are passed through, so in the bipartite and
    structure graphs a person reaches the principals of the people they sit with.
    """
    u = undirected(g)
    out = {}
    for n in u:
        own = _principal_of(u, n)
        seen = set()
        for m in u.neighbors(n):
            p = _principal_of(u, m)
            if p is None and u.nodes[m].get("type") in ("body", "seat"):
                seen.update(_principal_of(u, x) for x in u.neighbors(m) if x != n)
            else:
                seen.add(p)
        out[n] = len(seen - {None, own})
    return out


def metrics(g: nx.Graph, with_betweenness: bool = True) -> tuple[dict[Any, dict[str, Any]], dict[str, Any]]:
    """Per-node measures and graph-wide summary."""
    u = undirected(g)
    degree = dict(u.degree())
    weighted = dict(u.degree(weight="weight"))
    btw, pivots = betweenness(u) if with_betweenness else ({}, None)
    comms = communities(u)
    community_of = {n: i for i, c in enumerate(comms) for n in c}
    rch = reach(u)
    per_node = {n: {"degree": degree[n], "weighted_degree": weighted[n], "betweenness": btw.get(n, 0.0),
                    "community": community_of.get(n, -1), "reach": rch.get(n, 0)} for n in u}
    modularity = (nx.community.modularity(u, comms, weight="weight") if u.number_of_edges() else 0.0)
    summary = {"nodes": u.number_of_nodes(), "edges": u.number_of_edges(),
               "density": round(nx.density(u), 4) if u.number_of_nodes() > 1 else 0.0,
               "components": nx.number_connected_components(u) if u.number_of_nodes() else 0,
               "community_count": len(comms), "modularity": round(modularity, 4),
               "betweenness": "none" if not with_betweenness else ("exact" if pivots is None else
                                                                   f"sampled from {pivots} sources")}
    return per_node, summary


ABSENT_LISTED = 50  # at most this many names in an absent list (the count is always given)


def participation(data: NetworkData, filters: Filters | None = None) -> dict[str, list[dict[str, Any]]]:
    """Who was there, per meeting and per kommun, in the filters' scope (from the attendance lists).

    A kommun is expected at a meeting when it takes part (attends a meeting, or holds a seat) in the
    same structure: the bodies under the same top body as the meeting's. So in a national graph a
    kommun is not counted absent from another county's meetings, while in Kalmar län a kommun that
    has never come to Länsgemensam ledning is absent from all its meetings.
    """
    scope = Scope.of(data, filters or Filters())
    kommuner = set(data.municipalities())

    def principal(a: Any) -> str | None:
        return data.principal(a.representing) if a.representing else scope.principals.get(a.person)

    by_meeting: dict[str, list] = {}
    present_at: dict[str, Counter] = {}
    by_kommun: dict[str, list] = {}
    expected: dict[str | None, set[str]] = {}
    # who is expected where: from all the data, whatever the filters, in the structures of the meetings in scope
    roots = {data.root_body(a.body) for a in scope.attendances()}
    for a in data.attendances:
        root = data.root_body(a.body)
        if root not in roots:
            continue
        p = principal(a)
        if p in kommuner:
            expected.setdefault(root, set()).add(p)
    for mem in data.memberships:
        if not data.is_body(mem.org):
            continue
        root = data.root_body(mem.org)
        if root not in roots:
            continue
        p = data.principal(mem.representing) if mem.representing else scope.principals.get(mem.person)
        if p in kommuner:
            expected.setdefault(root, set()).add(p)
    for a in scope.attendances():
        by_meeting.setdefault(a.meeting, []).append(a)
        p = principal(a)
        if p:
            present_at.setdefault(a.meeting, Counter())[p] += 1
        if p in kommuner:
            by_kommun.setdefault(p, []).append(a)
    seats: dict[str, set[str]] = {}
    for mem in scope.memberships(bodies_only=True):
        p = data.principal(mem.representing) if mem.representing else scope.principals.get(mem.person)
        if p:
            seats.setdefault(p, set()).add(mem.person)
    meetings = []
    expected_at: dict[str, set[str]] = {}
    for mid in sorted(by_meeting, key=lambda m: (data.meetings[m].date if m in data.meetings else "", m)):
        m = data.meetings.get(mid)
        kinds: Counter = Counter()
        for a in by_meeting[mid]:
            kinds[data.principal_kind(a.representing) if a.representing
                  else data.person_kind(a.person, scope.principals)] += 1
        expected_at[mid] = expected.get(data.root_body(m.body if m else None), set())
        present = {k for k in present_at.get(mid, ()) if k in kommuner}
        absent = sorted((data.label(k) for k in expected_at[mid] - present), key=str.casefold)
        meetings.append({
            "meeting": mid, "label": data.label(mid), "date": m.date if m else "",
            "body": m.body if m else None, "body_label": data.label(m.body) if m and m.body else "",
            "attendees": len({a.person for a in by_meeting[mid]}),
            "by_kind": {k: kinds[k] for k in sorted(kinds)},
            "kommuner_expected": len(expected_at[mid] | present), "kommuner_present": len(present),
            "kommuner_absent_count": len(absent), "kommuner_absent": absent[:ABSENT_LISTED],
        })
    municipalities = []
    for k in sorted(kommuner, key=lambda k: data.label(k).casefold()):
        mine = by_kommun.get(k, [])
        attended = {a.meeting for a in mine}
        due = [m["meeting"] for m in meetings if k in expected_at[m["meeting"]]]
        absent = [data.label(m) for m in due if m not in attended]
        municipalities.append({
            "org": k, "label": data.label(k),
            "meetings_attended": len(attended), "meetings_held": len(due),
            "share": round(len(attended) / len(due), 3) if due else 0.0,
            "attendances": len(mine), "people": len({a.person for a in mine}),
            "body_members": len(seats.get(k, ())),
            "absent_count": len(absent), "absent_from": absent[:ABSENT_LISTED],
        })
    return {"meetings": meetings, "municipalities": municipalities}


def analyse(kind: str, g: nx.Graph, data: NetworkData | None = None, filters: Filters | None = None,
            top: int | None = None, with_betweenness: bool = True,
            measured: tuple[dict[Any, dict[str, Any]], dict[str, Any]] | None = None) -> dict[str, Any]:
    """The analysis of one projection as a JSON-ready dict (metrics sorted by betweenness, then degree).

    `measured` passes metrics() already computed for g; with data, participation is added.
    """
    per_node, summary = measured or metrics(g, with_betweenness)
    rows = []
    for n, m in per_node.items():
        a = g.nodes[n]
        rows.append({"id": n, "label": a.get("label", str(n)), "kind": a.get("kind", ""),
                     "principal": a.get("principal_label", ""), **{k: (round(v, 5) if isinstance(v, float) else v)
                                                                   for k, v in m.items()}})
    rows.sort(key=lambda r: (-r["betweenness"], -r["weighted_degree"], r["label"]))
    comms = communities_summary(g, per_node)
    out: dict[str, Any] = {"kind": kind, "title": KINDS.get(kind, (kind, ""))[0],
                           "filters": (filters or Filters()).as_dict(), "aggregated": bool(g.graph.get("aggregated")),
                           **summary,
                           "metrics": rows[:top] if top else rows, "communities": comms}
    if data is not None:
        out["participation"] = participation(data, filters)
    return out


def communities_summary(g: nx.Graph, per_node: dict[Any, dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[int, list] = {}
    for n, m in per_node.items():
        groups.setdefault(m["community"], []).append(n)
    out = []
    for cid in sorted(groups):
        members = sorted(groups[cid], key=lambda n: (-per_node[n]["weighted_degree"], str(n)))
        kinds = Counter(g.nodes[n].get("kind", "") for n in members)
        out.append({"community": cid, "size": len(members),
                    "kinds": {KIND_LABELS.get(k, k): c for k, c in kinds.most_common()},
                    "central": [g.nodes[n].get("label", str(n)) for n in members[:8]]})
    return out


def format_table(headers: list[str], rows: list[list[Any]]) -> str:
    """A plain-text table with aligned columns."""
    cells = [[str(h) for h in headers]] + [[_fmt(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    return str(value)


Table = tuple[str, list[str], list[list[Any]]]


def report_tables(result: dict[str, Any], top: int = 15, lang: str = "sv") -> list[Table]:
    """The analysis as titled tables (title, headers, rows): used by the CLI and the pages."""
    tables = network_tables(result, top) + participation_tables(result.get("participation"))
    return [_table_in_english(t) for t in tables] if lang == "en" else tables


#: The tables' own words in English.
TABLE_WORDS_EN = {
    "namn": "name", "slag": "kind", "huvudman": "principal", "grad": "degree", "viktad grad": "weighted degree",
    "mellanhet": "betweenness", "räckvidd": "reach", "grupp": "community", "storlek": "size",
    "sammansättning": "composition", "mest förbundna": "most connected", "kommun": "municipality",
    "möten": "meetings", "av": "of", "andel": "share", "närvaron": "attendances", "personer": "people",
    "i organ": "in bodies", "frånvarande vid": "absent from", "möte": "meeting", "organ": "body",
    "deltagare": "attendees", "per slag": "by kind", "kommuner": "municipalities",
    "kommuner som saknas": "municipalities missing",
}
TABLE_TITLES_EN = [("Mest centrala (mellanhet)", "Most central (betweenness)"),
                   ("Brobyggare mellan huvudmän", "Brokers between principals"),
                   ("(räckvidd: andra huvudmän bland grannarna)", "(reach: other principals among the neighbours)"),
                   ("Grupper (Louvain)", "Communities (Louvain)"),
                   ("Deltagande per kommun", "Attendance by municipality"),
                   ("Deltagande per möte", "Attendance by meeting")]


def _table_in_english(table: Table) -> Table:
    from .projections import KINDS, KINDS_EN

    title, headers, rows = table
    for sv, en in TABLE_TITLES_EN + [(KINDS[k][0], KINDS_EN[k][0]) for k in KINDS]:
        title = title.replace(sv, en)
    kinds = {sv: KIND_LABELS_EN[k] for k, sv in KIND_LABELS.items()}
    rows = [[kinds.get(c, c) if isinstance(c, str) else c for c in row] for row in rows]
    return title, [TABLE_WORDS_EN.get(h, h) for h in headers], rows


def network_tables(result: dict[str, Any], top: int = 15) -> list[Table]:
    """Most central nodes, brokers between principals, communities."""
    tables = []
    metrics_rows = result["metrics"][:top]
    tables.append((f"Mest centrala (mellanhet) – {result['title']}",
                   ["namn", "slag", "huvudman", "grad", "viktad grad", "mellanhet", "räckvidd", "grupp"],
                   [[r["label"], KIND_LABELS.get(r["kind"], r["kind"]), r["principal"], r["degree"],
                     r["weighted_degree"], r["betweenness"], r["reach"], r["community"]] for r in metrics_rows]))
    brokers = sorted((r for r in result["metrics"] if r["kind"] not in ("body", "seat") and r["reach"] > 0),
                     key=lambda r: (-r["betweenness"], -r["reach"], -r["weighted_degree"], r["label"]))[:top]
    tables.append((f"Brobyggare mellan huvudmän – {result['title']} (räckvidd: andra huvudmän bland grannarna)",
                   ["namn", "huvudman", "räckvidd", "mellanhet", "grad"],
                   [[r["label"], r["principal"], r["reach"], r["betweenness"], r["degree"]] for r in brokers]))
    tables.append((f"Grupper (Louvain) – {result['title']}", ["grupp", "storlek", "sammansättning", "mest förbundna"],
                   [[c["community"], c["size"], ", ".join(f"{k} {v}" for k, v in c["kinds"].items()),
                     ", ".join(c["central"][:5])] for c in result["communities"][:top]]))
    return tables


def participation_tables(part: dict[str, Any] | None) -> list[Table]:
    """Participation per kommun and per meeting."""
    tables: list[Table] = []
    if part:
        tables.append(("Deltagande per kommun",
                       ["kommun", "möten", "av", "andel", "närvaron", "personer", "i organ", "frånvarande vid"],
                       [[m["label"], m["meetings_attended"], m["meetings_held"], m["share"], m["attendances"],
                         m["people"], m["body_members"], _some(m["absent_from"], m["absent_count"], "; ")]
                        for m in part["municipalities"]]))
        tables.append(("Deltagande per möte",
                       ["möte", "organ", "deltagare", "per slag", "kommuner", "kommuner som saknas"],
                       [[m["label"], m["body_label"], m["attendees"],
                         ", ".join(f"{KIND_LABELS.get(k, k)} {v}" for k, v in m["by_kind"].items()),
                         f"{m['kommuner_present']}/{m['kommuner_expected']}",
                         _some(m["kommuner_absent"], m["kommuner_absent_count"], ", ")] for m in part["meetings"]]))
    return tables


def _some(names: list[str], count: int, sep: str, shown: int = 8) -> str:
    """Up to `shown` names, and how many more."""
    text = sep.join(names[:shown])
    return text + (f"{sep}… och {count - shown} till" if count > shown else "")


def summary_line(result: dict[str, Any]) -> str:
    return (f"{result['title']}: {result['nodes']} noder, {result['edges']} kanter, täthet {result['density']}, "
            f"{result['components']} komponenter, {result['community_count']} grupper (modularitet "
            f"{result['modularity']}), mellanhet {result['betweenness']}")
