"""Labels and links for pages: one query for all the IRIs a page shows."""

from __future__ import annotations

from html import escape

from rdflib import Literal, URIRef
from rdflib.term import Node

from graph.sparql import iri, render

from .context import ServerContext


def local_href(base: str, value: str) -> str:
    """Resources under the base IRI are linked on this server, whatever host the base names."""
    return "/" + value[len(base):] if value.startswith(base) else value


class Labeller:
    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx
        self.base = ctx.settings.base
        self.labels: dict[str, str] = {}

    def fetch(self, nodes: list[Node]) -> None:
        wanted = sorted({str(n) for n in nodes if isinstance(n, URIRef)} - self.labels.keys())
        for start in range(0, len(wanted), 200):
            chunk = []
            for value in wanted[start:start + 200]:
                try:
                    chunk.append(iri(value))
                except ValueError:
                    continue
            if not chunk:
                continue
            best: dict[str, tuple[int, int, str]] = {}
            for row in self.ctx.select(render("ld_labels.rq", resources=" ".join(chunk))):
                key = str(row["x"])
                label = row["label"]
                lang_rank = 0 if getattr(label, "language", None) in (None, "sv") else 1
                cand = (int(row["rank"]), lang_rank, str(label))
                if key not in best or cand < best[key]:
                    best[key] = cand
            self.labels.update({k: v[2] for k, v in best.items()})

    def href(self, value: str) -> str:
        return local_href(self.base, value)

    def label(self, node: Node) -> str:
        value = str(node)
        if value in self.labels:
            return self.labels[value]
        tail = value.rstrip("/").rsplit("/", 1)[-1]
        return tail.rsplit("#", 1)[-1] or value

    def link(self, node: Node) -> str:
        if isinstance(node, URIRef):
            href, full = escape(self.href(str(node))), escape(str(node))
            return f'<a href="{href}" title="{full}">{escape(self.label(node))}</a>'
        if isinstance(node, Literal):
            text = escape(str(node))
            if node.language:
                return f'{text} <span class="muted">@{escape(node.language)}</span>'
            return text
        return escape(str(node))
