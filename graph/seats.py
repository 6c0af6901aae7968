"""The one seat model: a seat a body's composition rule asks for (lgl:SeatRequirement), as read from the graph.

The validation pre-pass (graph/validation/prepass.py, queries/validation_seats.rq) and the networks
(graph/network/data.py, queries/network_seats.rq) both read the seat requirements into `Seat` with
`read_seats`; their queries return the same columns, one row per seat and required post:

    ?body ?seat ?role ?count ?fromOrganization ?fromKind ?perKind ?area ?areaName ?appointedBy ?post
    (optional: ?roleLabel ?postLabel, Swedish labels the networks draw)

The terms keep the type the rows give: rdflib terms (URIRef, Literal) for the validation, which puts
them back into its graph, plain strings for the networks. (The synthetic generator's `Rule` in
graph/synth/county.py is not a reading of the graph but the specification it writes from, with the
generation state beside it.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


def local_name(iri: str) -> str:
    """The last segment of an IRI (after its last / or #)."""
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


@dataclass
class Seat:
    """One seat requirement as the data states it (IRIs as the reading query's terms: str or URIRef)."""

    iri: str
    body: str  # the body whose composition rule it is
    role: str  # lgl:requiredRole
    count: int | None = None  # lgl:requiredCount; None: the rule gives no number (at least one)
    from_org: str | None = None  # lgl:fromOrganization: the holder comes from this organisation
    from_kind: str | None = None  # lgl:fromKind: the holder comes from an organisation of this class
    per_kind: str | None = None  # lgl:perOrganisationOfKind: one seat per organisation of this class
    area: str | None = None  # lgl:area (identifier)
    area_name: str | None = None  # the area as the document writes it (lgl:areaName)
    appointed_by: str | None = None  # lgl:appointedBy
    posts: list[str] = field(default_factory=list)  # lgl:requiredPost: the holder holds one of them
    labels: dict[str, str] = field(default_factory=dict)  # role / post IRI -> label, where the query gives one

    @property
    def kind_class(self) -> str | None:
        """The class of organisation the holder comes from (one per, or any of)."""
        return self.per_kind or self.from_kind

    @property
    def specificity(self) -> int:
        """How narrowly the seat says where its holder comes from (most specific seats fill first)."""
        score = 4 if (self.area or self.appointed_by) else 0
        score += 2 if (self.from_org or self.per_kind) else 0
        score += 1 if self.from_kind else 0
        return score + (1 if self.posts else 0)

    @property
    def role_label(self) -> str:
        return self.labels.get(self.role) or local_name(self.role)

    @property
    def post_labels(self) -> dict[str, str]:
        """Required post IRI -> label (any of them)."""
        return {p: self.labels.get(p) or local_name(p) for p in self.posts}


def _given(value: Any) -> bool:
    return value is not None and str(value) != ""


def _seat_count(value: Any) -> int | None:
    """The number of seats a rule gives: an integer from 1, else None, read as "at least one" (an ill-typed
    or out-of-range lgl:requiredCount is the shapes' to report, shapes/structure.ttl, not a crash here)."""
    if not _given(value):
        return None
    try:
        count = int(str(value))
    except ValueError:
        return None
    return count if count >= 1 else None


def read_seats(rows: Iterable[Mapping[str, Any]]) -> dict[str, Seat]:
    """The seats (by IRI, in the order of their first row) from the rows of a seat query (module docstring)."""
    seats: dict[str, Seat] = {}
    for r in rows:
        seat = seats.get(r["seat"])
        if seat is None:
            area, area_name, count = r.get("area"), r.get("areaName"), r.get("count")
            seat = seats[r["seat"]] = Seat(
                iri=r["seat"], body=r["body"], role=r["role"], count=_seat_count(count),
                from_org=r.get("fromOrganization"), from_kind=r.get("fromKind"), per_kind=r.get("perKind"),
                area=str(area) if area is not None else None,
                area_name=str(area_name) if area_name is not None else None,
                appointed_by=r.get("appointedBy"))
            if _given(r.get("roleLabel")):
                seat.labels[seat.role] = str(r["roleLabel"])
        post = r.get("post")
        if _given(post) and post not in seat.posts:
            seat.posts.append(post)
            if _given(r.get("postLabel")):
                seat.labels[post] = str(r["postLabel"])
    return seats


__all__ = ["Seat", "local_name", "read_seats"]
