"""Pictures of the networks: HTML with pyvis's bundled vis-network, fully offline.

pyvis's own template loads Bootstrap and vis-network from CDNs, so the page here is our own: the
nodes, edges and options are vis-network's own option dictionaries, built here as pyvis's Node and
Edge would (id, label, shape; from, to, arrows) without importing pyvis (with jinja2, 8 MB in the
server for each picture it draws), and drawn by the vis-network files pyvis ships
(pyvis/lib/vis-9.1.2, found without importing the package). The stand-alone file (`samverkan viz`)
inlines them; the server links them from /viz/static/.

Colours tell the kind of principal, sizes a chosen centrality, tooltips name, posts and sources;
a click opens the node's IRI (its linked-data page). The positions are computed here (layout.py)
and the picture is drawn with physics off, so it is settled as soon as it is drawn; only the
LABELS_SHOWN most central nodes carry their label until the reader zooms in (viz.js). Without a
mouse: the picture takes the focus (arrows, +/-, N/P through the nodes, Enter opens one), the selected
node is described in a live panel, and on the server view_tables_html gives every node and edge of
the view as sortable tables.
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

import networkx as nx

from .. import config
from .analysis import SIZE_MEASURES, metrics
from .data import KIND_COLOURS, KIND_LABELS, KIND_LABELS_EN, OTHER_KINDS, PRINCIPAL_KINDS
from .layout import positions as layout_positions

VIS_DIR = Path(importlib.util.find_spec("pyvis").origin).parent / "lib" / "vis-9.1.2"  # type: ignore[union-attr, arg-type]
ASSETS_DIR = config.package_dir("graph.network") / "assets"  # package data (importlib.resources)
#: Files the pages need, by the name they are served under (/viz/static/NAME).
ASSETS: dict[str, tuple[Path, str]] = {
    "vis-network.min.js": (VIS_DIR / "vis-network.min.js", "text/javascript"),
    "vis-network.css": (VIS_DIR / "vis-network.css", "text/css"),
    "viz.js": (ASSETS_DIR / "viz.js", "text/javascript"),
    "viz.css": (ASSETS_DIR / "viz.css", "text/css"),
}
SHAPES = {"body": "square", "seat": "triangle"}
LARGE = 400  # nodes: from here on, the cheaper drawing settings (and start positions seeded by community)
EDGE_TITLES_MAX = 1500  # edges: above this, edges get no tooltips (they cost bytes and browser memory)
#: Labels drawn at the first zoom: the most central nodes (by the size measure); all when zoomed in.
LABELS_SHOWN = 25  # edges: above this, edges get no tooltips (they cost memory in the browser)

STANDALONE_CSS = """
body { font-family: system-ui, sans-serif; margin: 1em 2em; color: #222; }
table.data { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; font-size: 14px; }
table.data th, table.data td { border-bottom: 1px solid #ddd; padding: .3rem .5rem; text-align: left;
  vertical-align: top; }
table.data th { background: #eef3f7; }
.table-wrap { max-width: 100%; overflow-x: auto; }
"""


def asset(name: str) -> tuple[bytes, str]:
    """The bytes and media type of a page asset (KeyError if it is not one)."""
    path, media_type = ASSETS[name]
    return path.read_bytes(), media_type


def vis_options(g: nx.Graph) -> dict[str, Any]:
    """vis-network options for a graph of this size and kind."""
    n = g.number_of_nodes()
    large = n >= LARGE
    options: dict[str, Any] = {
        "autoResize": True,
        "nodes": {"shape": "dot", "borderWidth": 1,
                  "scaling": {"min": 4 if large else 8, "max": 22 if large else 30,
                              "label": {"enabled": True, "min": 11, "max": 16, "drawThreshold": 7 if large else 5}},
                  "font": {"size": 12, "face": "sans-serif"}},
        "edges": {"smooth": False, "color": {"color": "#9aa5b1", "highlight": "#333333", "hover": "#333333",
                                             "opacity": 0.35 if large else 0.6},
                  "scaling": {"min": 0.5 if large else 1, "max": 4 if large else 8}, "selectionWidth": 2},
        "layout": {"improvedLayout": n <= 150, "randomSeed": 7},
        "interaction": {"hover": not large, "tooltipDelay": 120, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "navigationButtons": False,
                        # arrows pan, +/- zoom, only while the picture has the focus (viz.js adds N/P/Enter)
                        "keyboard": {"enabled": True, "bindToWindow": False, "autoFocus": False}},
    }
    if g.is_directed():
        options["edges"]["arrows"] = {"to": {"enabled": True, "scaleFactor": 0.4}}
    options["physics"] = {"enabled": False}
    options["layout"] = {"improvedLayout": False, "randomSeed": 7}
    return options


_ENGLISH = [(re.compile(p, re.M), r) for p, r in [
    (r"^Uppdrag:$", "Posts:"), (r"^Källor:$", "Sources:"), (r"^Del av: ", "Part of: "), (r"^Personer: ", "People: "),
    (r"^Möten och grupper: ", "Meetings and groups: "), (r"^Plats: ", "Seat: "), (r"^i (?=\S)", "in "),
    (r"^Innehavare i grafen: (\d+) av ", r"Holders in the graph: \1 of "),
    (r"^Innehavare i grafen: ", "Holders in the graph: "),
    (r"^Utan innehavare i grafen: ", "Without a holder in the graph: "),
    (r"Platser: (\d+), innehavare i grafen: ", r"Seats: \1, holders in the graph: "),
    (r"^(\d+) personer$", r"\1 people"),
    (r"^Grad (\d+), viktad grad ", r"Degree \1, weighted degree "), (r", mellanhet ", ", betweenness "),
    (r", grupp (\d+)$", r", community \1"), (r" gemensamma möten: ", " meetings together: "),
    (r"^(\d+) möten, (\d+) organ/grupper$", r"\1 meetings, \2 bodies/groups"), (r" personpar$", " pairs of people"),
    (r" band, vikt ", " ties, weight "), (r"^vikt ", "weight "), (r"knuten till", "affiliated with"),
    (r"\bdeltagare\b", "attendee"), (r"\(före ", "(before "), (r"(?<=, )(?=\S[^,\n]*) för (?=\S)", " for "),
]] + [(re.compile(rf"^{re.escape(sv)}(?=:|$)", re.M), KIND_LABELS_EN[k]) for k, sv in KIND_LABELS.items()]


def english(text: str) -> str:
    """A tooltip's own words in English (names, roles and titles from the graph stay as they are)."""
    for pattern, replacement in _ENGLISH:
        text = pattern.sub(replacement, text)
    return text


def _edge_title(a: dict[str, Any]) -> str:
    parts = []
    if a.get("role"):
        parts.append(str(a["role"]) + (f" ({a['period']})" if a.get("period") else ""))
    if a.get("start") or a.get("end"):
        parts.append(f"{a.get('start', '')}–{a.get('end', '')}")
    if a.get("meetings") and isinstance(a["meetings"], str):
        parts.append(f"{a['weight']} gemensamma möten: {a['meetings']}")
    elif a.get("meetings") or a.get("bodies"):
        parts.append(f"{a.get('meetings', 0)} möten, {a.get('bodies', 0)} organ/grupper")
    if a.get("person_pairs"):
        parts.append(f"{a['person_pairs']} personpar")
    if a.get("contexts"):
        parts.append(str(a["contexts"]))
    if a.get("ties"):
        parts.append(f"{a['ties']} band, vikt {a['weight']}")
    return "\n".join(parts) or f"vikt {a.get('weight', 1)}"


def vis_data(g: nx.Graph, size_by: str = "degree", per_node: dict[Any, dict[str, Any]] | None = None,
             lang: str = "sv") -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The graph as vis-network's nodes and edges: colours by kind, value by the chosen measure, text
    tooltips, urls."""
    if size_by not in SIZE_MEASURES:
        raise ValueError(f"size: expected one of {', '.join(SIZE_MEASURES)}, got {size_by!r}")
    if per_node is None:
        per_node, _ = metrics(g, with_betweenness=size_by == "betweenness" or g.number_of_nodes() <= LARGE)
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    positions = g.graph.get("positions") or layout_positions(g, {n: m["community"] for n, m in per_node.items()})
    ranked = sorted(g, key=lambda n: (-float(per_node.get(n, {}).get(size_by, 0) or 0), str(n)))
    central = set(ranked[:LABELS_SHOWN])
    for n, a in g.nodes(data=True):
        kind = a.get("kind", "okand")
        m = per_node.get(n, {})
        lines = [a.get("tooltip") or a.get("label", str(n))]
        if m:
            lines.append(f"Grad {m['degree']}, viktad grad {m['weighted_degree']}"
                         + (f", mellanhet {m['betweenness']:.3f}" if m.get("betweenness") else "")
                         + f", grupp {m['community']}")
        iri = str(n)
        title = "\n".join(lines)
        opts: dict[str, Any] = {"title": english(title) if lang == "en" else title,
                                "kind": kind, "color": KIND_COLOURS.get(kind, "#9e9e9e"),
                                "value": float(m.get(size_by, 0) or 0)}
        if iri.startswith(("http://", "https://")):
            opts["url"] = iri
        if a.get("ego"):  # the person the ego view is about
            opts["borderWidth"] = 4
            opts["font"] = {"size": 18, "strokeWidth": 3}
        if n in positions:
            opts["x"], opts["y"] = round(positions[n][0], 1), round(positions[n][1], 1)
        full_label = a.get("label", iri)
        opts["fullLabel"] = full_label
        opts["central"] = n in central
        label = full_label if n in central else " "
        nodes.append({**opts, "id": iri, "label": label, "shape": SHAPES.get(kind, "dot")})
    titles = g.number_of_edges() <= EDGE_TITLES_MAX
    for u, v, a in g.edges(data=True):
        opts = {"value": float(a.get("weight", 1))}
        if titles:
            opts["title"] = english(_edge_title(a)) if lang == "en" else _edge_title(a)
        edge = {**opts, "from": str(u), "to": str(v)}
        if g.is_directed():
            edge["arrows"] = "to"
        edges.append(edge)
    return nodes, edges


def payload(g: nx.Graph, size_by: str = "degree", per_node: dict[Any, dict[str, Any]] | None = None,
            title: str = "", lang: str = "sv") -> dict[str, Any]:
    """What the page's script draws: nodes, edges, options and a little about the picture."""
    nodes, edges = vis_data(g, size_by, per_node, lang)
    n = g.number_of_nodes()
    return {"nodes": nodes, "edges": edges, "options": vis_options(g),
            "meta": {"title": title, "kind": g.graph.get("kind", ""), "size_by": size_by, "nodes": n,
                     "labelsShown": LABELS_SHOWN}}


def script_json(data: Any) -> str:
    """JSON safe to put inside a <script> element."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def legend_html(g: nx.Graph, lang: str = "sv") -> str:
    counts: dict[str, int] = {}
    for _, a in g.nodes(data=True):
        counts[a.get("kind", "okand")] = counts.get(a.get("kind", "okand"), 0) + 1
    items = []
    for kind, label, colour in PRINCIPAL_KINDS + OTHER_KINDS:
        if kind not in counts:
            continue
        shape = {"square": " box", "triangle": " diamond"}.get(SHAPES.get(kind, ""), "")
        if lang == "en":
            label = KIND_LABELS_EN.get(kind, label)
        items.append(f'<li><label><input type="checkbox" checked data-viz-kind="{escape(kind)}"> '
                     f'<span class="viz-swatch{shape}" style="background:{colour}"></span>{escape(label)} '
                     f'({counts[kind]})</label></li>')
    if lang == "en":
        return ('<aside class="viz-legend"><strong>Legend</strong><ul>' + "".join(items) + "</ul>"
                "<p>Colour: kind of principal. Size: the chosen centrality. Labels: the most central nodes; zoom in "
                "for all. Hover over a node for name, posts and sources; click to open its page.</p>"
                "<p id=\"viz-keys\">By keyboard: Tab to the picture; the arrow keys pan, + and − zoom, N and P "
                "select the next and previous node (most central first), Enter opens the selected node's page. "
                "The find field selects a node too. The selected node's name, kind and links are shown below the "
                "toolbar; every node and edge is in the tables below the picture.</p></aside>")
    return ('<aside class="viz-legend"><strong>Förklaring</strong><ul>' + "".join(items) + "</ul>"
            "<p>Färg: slag av huvudman. Storlek: vald centralitet. Namn: de mest centrala noderna; zooma in för "
            "alla. Håll muspekaren över en nod för namn, uppdrag och källor; klicka för att öppna nodens "
            "sida.</p><p id=\"viz-keys\">Med tangentbordet: Tabba till bilden; piltangenterna flyttar, + och − "
            "zoomar, N och P väljer nästa och föregående nod (de mest centrala först), Enter öppnar den valda "
            "nodens sida. Sökrutan väljer också en nod. Den valda nodens namn, slag och länkar står under "
            "verktygsraden; alla noder och kanter finns i tabellerna under bilden.</p></aside>")


def central_nodes_html(nodes: list[dict[str, Any]], lang: str = "sv",
                       href: Callable[[str], str] | None = None) -> str:
    """The picture's text alternative: its most central nodes (those labelled in the picture), each a
    link to its page where `href` gives one (on the server), so a keyboard or screen-reader user
    reaches what a mouse user clicks; an offline file lists the names only."""
    central = [n for n in nodes if n.get("central")]
    if not central:
        return ""
    heading = "The most central nodes" if lang == "en" else "De mest centrala noderna"
    items = []
    for n in central:
        name = escape(str(n.get("fullLabel") or n.get("id")))
        url = n.get("url")
        items.append(f'<li><a href="{escape(href(url))}">{name}</a></li>' if url and href else f"<li>{name}</li>")
    return (f'<section class="viz-central" aria-labelledby="viz-central-h"><h2 id="viz-central-h">{heading}</h2>'
            f'<ol>{"".join(items)}</ol></section>')


def network_html(g: nx.Graph, size_by: str = "degree", per_node: dict[Any, dict[str, Any]] | None = None,
                 title: str = "", toolbar_extra: str = "", lang: str = "sv",
                 href: Callable[[str], str] | None = None) -> str:
    """The picture: status line, search box, the selected node's panel (a live region: name, kind,
    tooltip and a link to its page), the canvas (named by the title; viz.js makes vis-network's
    focusable frame an application with keyboard help), legend, the list of its most central nodes
    and the data for the script. `href` maps a node's IRI to the link of its page (none: the list and
    the panel name the nodes without links, as in an offline file)."""
    data = payload(g, size_by, per_node, title, lang)
    en = lang == "en"
    data["meta"]["words"] = ({"nodes": "nodes", "edges": "edges", "open": "Open the page of",
                              "none": "No node selected.", "hits": "nodes found",
                              "nohit": "No node is called"} if en else
                             {"nodes": "noder", "edges": "kanter", "open": "Öppna sidan för", "none": "Ingen nod vald.",
                              "hits": "noder hittade", "nohit": "Ingen nod heter"})
    data["meta"]["kinds"] = dict(KIND_LABELS_EN if en else KIND_LABELS)
    if href:  # on the server: each node's page (an offline file names the nodes without links)
        for n in data["nodes"]:
            if n.get("url"):
                n["href"] = href(n["url"])
    none = data["meta"]["words"]["none"]
    loading, find = ("Loading the network …", "Find a node") if en else ("Laddar nätverket …", "Sök nod")
    return (f'<div class="viz-bar"><span id="viz-status" role="status">{loading}</span>'
            f'<label for="viz-search">{find}</label> <input type="search" id="viz-search">'
            f"{toolbar_extra}</div>"
            f'<div id="viz-selected" class="viz-selected" role="status" aria-live="polite">'
            f'<p class="muted">{none}</p></div>'
            f'<div class="viz-main"><div id="viz-network" role="group" '
            f'aria-label="{escape(title)}" aria-describedby="viz-keys"></div>'
            f"{legend_html(g, lang)}</div>"
            f"{central_nodes_html(data['nodes'], lang, href)}"
            f'<script type="application/json" id="viz-data">{script_json(data)}</script>')


TABLE_PAGE = 500  # rows per page of a node or edge table (pages link to each other, filters kept)


def _edge_words(a: dict[str, Any], lang: str) -> str:
    """What an edge is, as its tooltip says, on one line (long lists of meetings cut short)."""
    text = "; ".join(line for line in _edge_title(a).splitlines() if line.strip())
    text = english(text) if lang == "en" else text
    return text if len(text) <= 300 else text[:299] + "…"


def _name_cell(iri: str, label: str, href: Callable[[str], str] | None) -> str:
    if href and iri.startswith(("http://", "https://")):
        return f'<a href="{escape(href(iri))}">{escape(label)}</a>'
    return escape(label)


def _num(value: float, places: int = 0) -> str:
    """A number cell: the value shown, and data-sort for the table's sorting script."""
    shown = f"{value:.{places}f}" if places else f"{value:g}"
    return f'<td class="num" data-sort="{value!r}">{shown}</td>'


def _sortable(table_id: str, caption: tuple[str, str], label: str, headers: list[tuple[str, str]], rows: list[str],
              sorted_by: int, pager: str, lang: str = "sv") -> str:
    """A table sortable by each column (a button in each header cell, aria-sort on the sorted one;
    viz.js sorts and says the new order in the caption's second part), in its own labelled scrolling
    region (server/html.py table()'s pattern)."""
    words = ("sorted by", "ascending", "descending") if lang == "en" else ("sorterade efter", "stigande", "fallande")
    cells = []
    for i, (title, kind) in enumerate(headers):
        sort = ' aria-sort="descending"' if i == sorted_by else ""
        cells.append(f'<th scope="col" data-type="{kind}"{sort}><button type="button">{escape(title)}'
                     f'<span class="viz-sort" aria-hidden="true"></span></button></th>')
    return (f'<div class="table-wrap" role="region" tabindex="0" aria-label="{escape(label)}">'
            f'<table class="data viz-sortable" id="{table_id}" data-words="{escape("|".join(words))}">'
            f'<caption>{escape(caption[0])}<span class="viz-order">{escape(caption[1])}</span></caption>'
            f'<thead><tr>{"".join(cells)}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>{pager}')


def _pager(total: int, current: int, link: Callable[[int], str] | None, words: tuple[str, str]) -> tuple[int, str]:
    """The page of a long table to show (clamped) and the links to the others (none when one page)."""
    pages = max(1, math.ceil(total / TABLE_PAGE))
    current = min(max(current, 1), pages)
    if pages == 1 or link is None:
        return current, ""
    page_word, of_word = words
    items = []
    for k in range(1, pages + 1):
        lo, hi = (k - 1) * TABLE_PAGE + 1, min(k * TABLE_PAGE, total)
        text = f"{lo}–{hi}"
        items.append(f'<li><a href="{escape(link(k))}" aria-current="page">{text}</a></li>' if k == current
                     else f'<li><a href="{escape(link(k))}">{text}</a></li>')
    return current, (f'<nav class="viz-pager" aria-label="{escape(page_word)}"><span>{escape(of_word)}</span>'
                     f'<ul>{"".join(items)}</ul></nav>')


def view_tables_html(g: nx.Graph, per_node: dict[Any, dict[str, Any]], size_by: str = "degree",
                     lang: str = "sv", href: Callable[[str], str] | None = None,
                     page_link: Callable[[str, int], str] | None = None, nodes_page: int = 1,
                     edges_page: int = 1) -> str:
    """The picture's text alternative: every node and every edge of the drawn graph (the current view:
    its filters, date and aggregation) as two sortable tables, the nodes by the chosen centrality, the
    edges by weight, names linked to their pages where `href` gives one. Tables longer than
    TABLE_PAGE rows are shown a page at a time (`page_link(table, k)` links page k, filters kept)."""
    en = lang == "en"
    kinds = KIND_LABELS_EN if en else KIND_LABELS
    measures = [("degree", "Degree" if en else "Grad", 0),
                ("weighted_degree", "Weighted degree" if en else "Viktad grad", 0)]
    if any(float(m.get("betweenness") or 0) for m in per_node.values()):
        measures.append(("betweenness", "Betweenness" if en else "Mellanhet", 3))
    ranked = sorted(g.nodes(data=True), key=lambda na: (-float(per_node.get(na[0], {}).get(size_by, 0) or 0),
                                                         str(na[1].get("label", na[0])).casefold()))
    node_pages = (lambda k: page_link("nodes", k)) if page_link else None
    n_page, n_pager = _pager(len(ranked), nodes_page, node_pages,
                             ("Pages of the nodes table", "Rows:") if en else ("Sidor i nodtabellen", "Rader:"))
    rows = []
    for n, a in ranked[(n_page - 1) * TABLE_PAGE: n_page * TABLE_PAGE]:
        m = per_node.get(n, {})
        who = a.get("principal_label") or a.get("home_label") or ""
        rows.append(f'<tr><th scope="row">{_name_cell(str(n), str(a.get("label", n)), href)}</th>'
                    f'<td>{escape(kinds.get(a.get("kind", "okand"), a.get("kind", "")))}</td>'
                    + "".join(_num(float(m.get(key, 0) or 0), places) for key, _, places in measures)
                    + f"<td>{escape(who)}</td></tr>")
    headers = [("Name" if en else "Namn", "text"), ("Kind" if en else "Slag", "text")] + [
        (title, "num") for _, title, _ in measures] + [("Organisation / principal" if en else "Organisation / huvudman",
                                                        "text")]
    sorted_by = next((i + 2 for i, (key, _, _) in enumerate(measures) if key == size_by), 2)
    n_total = g.number_of_nodes()
    shown = f" ({(n_page - 1) * TABLE_PAGE + 1}–{min(n_page * TABLE_PAGE, n_total)})" if n_pager else ""
    nodes = _sortable("viz-nodes", ((f"The {n_total} nodes of the picture{shown}", ", most central first") if en else
                                    (f"Bildens {n_total} noder{shown}", ", de mest centrala först")),
                      "Nodes of the picture" if en else "Bildens noder", headers, rows, sorted_by, n_pager, lang)
    label = {n: str(a.get("label", n)) for n, a in g.nodes(data=True)}
    edges = sorted(g.edges(data=True), key=lambda e: (-float(e[2].get("weight", 1) or 1), label[e[0]].casefold(),
                                                      label[e[1]].casefold()))
    edge_pages = (lambda k: page_link("edges", k)) if page_link else None
    e_page, e_pager = _pager(len(edges), edges_page, edge_pages,
                             ("Pages of the edges table", "Rows:") if en else ("Sidor i kanttabellen", "Rader:"))
    rows = [f'<tr><td>{_name_cell(str(u), label[u], href)}</td><td>{_name_cell(str(v), label[v], href)}</td>'
            f'{_num(float(a.get("weight", 1) or 1))}<td>{escape(_edge_words(a, lang))}</td></tr>'
            for u, v, a in edges[(e_page - 1) * TABLE_PAGE: e_page * TABLE_PAGE]]
    e_total = g.number_of_edges()
    shown = f" ({(e_page - 1) * TABLE_PAGE + 1}–{min(e_page * TABLE_PAGE, e_total)})" if e_pager else ""
    headers = [("From" if en else "Från", "text"), ("To" if en else "Till", "text"),
               ("Weight" if en else "Vikt", "num"), ("What" if en else "Vad", "text")]
    edges_html = _sortable("viz-edges", ((f"The {e_total} edges of the picture{shown}", ", heaviest first") if en else
                                         (f"Bildens {e_total} kanter{shown}", ", de tyngsta först")),
                           "Edges of the picture" if en else "Bildens kanter", headers, rows, 2, e_pager, lang)
    heading = "The picture as tables" if en else "Bilden som tabeller"
    note = ("Every node and edge of the picture above, with the same filters and date. The buttons in the column "
            "headers sort a table." if en else
            "Varje nod och kant i bilden ovan, med samma urval och datum. Knapparna i kolumnrubrikerna sorterar en "
            "tabell.")
    return (f'<section class="viz-alt" aria-labelledby="viz-alt-h"><h2 id="viz-alt-h">{heading}</h2>'
            f"<p>{escape(note)}</p>{nodes}{edges_html}</section>")


def html_table(headers: list[str], rows: list[list[Any]], name: str) -> str:
    """A report table in its own region (named `name`) that scrolls sideways when it is wider than the screen,
    its column names capitalised like every other table of the pages."""
    head = "".join(f'<th scope="col">{escape(h[:1].upper() + h[1:])}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(_cell(c))}</td>" for c in r) + "</tr>" for r in rows)
    return (f'<div class="table-wrap" role="region" tabindex="0" aria-label="{escape(name)}">'
            f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>')


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def tables_html(tables: list[tuple[str, list[str], list[list[Any]]]]) -> str:
    return '<section class="viz-tables">' + "".join(
        f"<h2>{escape(title)}</h2>{html_table(headers, rows, title)}" for title, headers, rows in tables) + "</section>"


def standalone_html(title: str, body: str) -> str:
    """A complete HTML file with vis-network and the page's script and styles inlined (no requests)."""
    css = asset("vis-network.css")[0].decode() + asset("viz.css")[0].decode() + STANDALONE_CSS
    vis_js = asset("vis-network.min.js")[0].decode()
    viz_js = asset("viz.js")[0].decode()
    return (f'<!doctype html>\n<html lang="sv"><head><meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n<style>{css}</style>\n<script>{vis_js}</script>\n</head><body>\n"
            f"<h1>{escape(title)}</h1>\n{body}\n<script>{viz_js}</script>\n</body></html>\n")


def page_head(base: str = "/viz/static") -> str:
    """What a server page puts in <head> to draw a network (all from this server)."""
    return (f'\n<link rel="stylesheet" href="{base}/vis-network.css">'
            f'\n<link rel="stylesheet" href="{base}/viz.css">'
            f'\n<script src="{base}/vis-network.min.js"></script>'
            f'\n<script src="{base}/viz.js" defer></script>')
