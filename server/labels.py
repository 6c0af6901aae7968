"""Labels and links for pages: one query for all the IRIs a page shows, in the page's language
(then the other language, then a label without a language; never the IRI's slug where the graph
holds any label)."""

from __future__ import annotations

from html import escape

from rdflib import Literal, URIRef
from rdflib.term import Node

from graph.iris import PASSAGE_PATH, Iris, lines_anchor
from graph.sparql import iri, render

from .context import ServerContext
from .html import link

MAX_LABEL = 120


def local_href(base: str, value: str) -> str:
    """Resources under the base's id space are linked on this server (/id/...), whatever host the base
    names (graph/iris.py: Minter.local_path); other IRIs as they are."""
    return Iris(base).local_path(value) or value


def _short(text: str) -> str:
    """One line, at most MAX_LABEL characters (long quoted statements are cut at a word)."""
    text = " ".join(text.split())
    if len(text) <= MAX_LABEL:
        return text
    return text[:MAX_LABEL].rsplit(" ", 1)[0] + " …"


class Labeller:
    """Labels for the IRIs of one page in the language `lang` ('sv' or 'en'), fetched in bulk."""

    def __init__(self, ctx: ServerContext, lang: str = "sv", href: object | None = None) -> None:
        self.ctx = ctx
        self.lang = lang
        self.base = ctx.settings.base
        self.labels: dict[str, str] = {}
        self._href = href  # a function path -> path keeping the page's parameters (PageParams.href)

    def _lang_rank(self, label: Node) -> int:
        tag = (getattr(label, "language", None) or "").lower()
        if tag == self.lang:
            return 0
        if not tag:
            return 1
        return 2

    def fetch(self, nodes: list[Node]) -> None:
        """Look up the labels of every IRI among `nodes` not looked up yet (200 per query): names,
        labels and titles first; for the IRIs without any, the text they hold or their class's label."""
        wanted = sorted({str(n) for n in nodes if isinstance(n, URIRef)} - self.labels.keys())
        missing = self._lookup("ld_labels.rq", wanted)
        self._lookup("ld_labels_fallback.rq", missing)

    def _lookup(self, query: str, wanted: list[str]) -> list[str]:
        """Run one label query over `wanted` in chunks; the IRIs it found nothing for."""
        missing = []
        for start in range(0, len(wanted), 200):
            chunk = []
            for value in wanted[start:start + 200]:
                try:
                    chunk.append(iri(value))
                except ValueError:
                    continue
            if not chunk:
                continue
            best: dict[str, tuple[int, int, int, str]] = {}
            for row in self.ctx.select(render(query, resources=" ".join(chunk))):
                key = str(row["x"])
                label = row["label"]
                rank = int(row["rank"])
                # a real label in the page's language beats one in another; texts and class labels last
                cand = (0 if rank <= 4 else rank, self._lang_rank(label), rank, str(label))
                if key not in best or cand < best[key]:
                    best[key] = cand
            self.labels.update({k: _short(v[3]) for k, v in best.items()})
            missing += [v for v in wanted[start:start + 200] if v not in best]
        return missing

    def href(self, value: str) -> str:
        """The link to a resource: local pages keep the page's date and language."""
        local = local_href(self.base, value)
        if local == value:
            return local
        anchor = ""
        m = PASSAGE_PATH.match(local)
        if m:  # a cited passage opens the document at its lines (#L120-L124), highlighted
            local, anchor = m.group(1), lines_anchor(m.group(2), m.group(3))
        return (self._href(local) if self._href is not None else local) + anchor  # type: ignore[operator]

    def has_label(self, node: Node) -> bool:
        return str(node) in self.labels

    def label(self, node: Node) -> str:
        """The label of `node` (fetched before), else the last part of its IRI."""
        value = str(node)
        if value in self.labels:
            return self.labels[value]
        tail = value.rstrip("/").rsplit("/", 1)[-1]
        return tail.rsplit("#", 1)[-1] or value

    def link(self, node: Node, text: str | None = None) -> str:
        """A link with the node's label (IRIs), or the escaped value (literals)."""
        if isinstance(node, URIRef):  # javascript:, data: ... IRIs are shown, never linked
            return link(self.href(str(node)), escape(text or self.label(node)))
        if isinstance(node, Literal):
            return escape(str(node))
        return escape(str(node))
