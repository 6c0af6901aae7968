"""Readable, stable IRIs for everything the build mints (all under <base>id/).

An IRI is made only from ids in the records, canonical names, dates and line numbers of the
source documents, never from an entry's position in a record, so re-ordering a record never
changes an IRI.
"""

from __future__ import annotations

import hashlib

from rdflib import URIRef

from .names import slug


class Iris:
    """Mints IRIs under a base (e.g. http://localhost:8000/ -> http://localhost:8000/id/...)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.id = base + "id/"

    def _u(self, path: str) -> URIRef:
        return URIRef(self.id + path)

    def doc(self, doc_id: str) -> URIRef:
        return self._u(f"doc/{doc_id}")

    def passage(self, doc_id: str, span: tuple[int, int]) -> URIRef:
        a, b = span
        return self._u(f"doc/{doc_id}/lines/{a}" + (f"-{b}" if b != a else ""))

    def people_graph(self) -> URIRef:
        return self._u("graph/people")

    def org(self, org_id: str) -> URIRef:
        return self._u(f"org/{org_id}")

    def seat(self, org_id: str, parts: list[str]) -> URIRef:
        return self._u(f"org/{org_id}/seat/" + "-".join(slug(p) for p in parts if p))

    def person(self, person_slug: str) -> URIRef:
        return self._u(f"person/{person_slug}")

    def membership(self, person_slug: str, role: str, org_id: str, representing: str | None = None) -> URIRef:
        tail = f"/for/{representing}" if representing and representing != org_id else ""
        return self._u(f"membership/{person_slug}/{role}/{org_id}{tail}")

    def date(self, iso: str) -> URIRef:
        return self._u(f"date/{iso}")

    def meeting(self, meeting_id: str) -> URIRef:
        return self._u(f"meeting/{meeting_id}")

    def item(self, meeting_id: str, number: int | None, first_line: int) -> URIRef:
        key = str(number) if number is not None else f"l{first_line}"
        return self._u(f"meeting/{meeting_id}/item/{key}")

    def attendance_list(self, meeting_id: str, kind: str, first_line: int, unique: bool) -> URIRef:
        return self._u(f"meeting/{meeting_id}/list/{kind}" + ("" if unique else f"-l{first_line}"))

    def attendance(self, meeting_id: str, person_slug: str) -> URIRef:
        return self._u(f"meeting/{meeting_id}/attendance/{person_slug}")

    def previous_protocol(self, meeting_id: str) -> URIRef:
        return self._u(f"meeting/{meeting_id}/previous-protocol")

    def decision(self, decision_id: str) -> URIRef:
        return self._u(f"decision/{decision_id}")

    def work(self, work_id: str) -> URIRef:
        return self._u(f"work/{work_id}")

    def goal(self, work_id: str, level: str, number: int | None) -> URIRef:
        return self._u(f"work/{work_id}/goal/{level}" + (f"-{number}" if number is not None else ""))

    def funding(self, funding_id: str) -> URIRef:
        return self._u(f"funding/{funding_id}")

    @staticmethod
    def child(parent: URIRef, *parts: str) -> URIRef:
        return URIRef(str(parent) + "/" + "/".join(parts))

    @staticmethod
    def statement(subject: URIRef, doc_id: str, span: tuple[int, int], text: str) -> URIRef:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        return URIRef(f"{subject}/statement/{doc_id}-{span[0]}-{digest}")
