"""The one minting module: where the data's IRIs live under the base (<base>id/) and every path
pattern (person, org, seat, membership, meeting, agenda item, decision, document, passage, ...).

An IRI is made only from ids in the records, canonical names, dates and line numbers of the
source documents, never from an entry's position in a record, so re-ordering a record never
changes an IRI. The build mints rdflib terms (`Iris`), the synthetic data N-Triples strings
(`Terms`); both from the same patterns (`Minter`). The server maps a path under its /id/ route
back to the IRI (`Minter.under`) and links a passage as its document's lines (`PASSAGE_PATH`,
`lines_anchor`). Moving the data elsewhere under the base is a change of `ID_PATH` alone.

The base itself is owned here too: `DEFAULT_BASE` (the project's own namespace on w3id.org, so that
IRIs do not change when the server moves), `base_from_space` (the base a dataset records as its
`void:uriSpace`, read back by the server) and `Minter.local_path` (the path a server answers an IRI
at, on whatever host and port it runs).
"""

from __future__ import annotations

import hashlib
import re
from typing import Generic, TypeVar

from rdflib import URIRef

from .names import slug

#: The base data IRIs are minted under unless --base, $SAMVERKAN_BASE or samverkan.toml say otherwise:
#: the project's own namespace (the ontology lives beside it, at .../ontology#), redirected by w3id.org.
DEFAULT_BASE = "https://w3id.org/samverkan-kalmar/"
#: Where the data's resources live under the base IRI (<base>id/person/...); the server answers for
#: them at the local route ID_ROUTE (/id/person/...), whatever host it runs on.
ID_PATH = "id/"
ID_ROUTE = "/" + ID_PATH
#: Other paths under the base that the server answers for itself (graphs named by the Graph Store
#: Protocol's direct identification, /rdf-graph-store/...), linked locally like the id space.
LOCAL_PATHS = (ID_PATH, "rdf-graph-store")
#: The kinds of resource at the top of the id space, each with a prefix of its own in TriG output.
PREFIXED_KINDS = ("person", "org", "meeting", "decision", "work", "doc", "date", "funding")
#: The organisation id of the county's own collaboration structure (the default scope of pages and
#: validation; synthetic counties prefix it with their `synth-<county>-`).
HOME_ORG = "lansgemensam-ledning-i-samverkan"
#: A passage's path as the server serves it (/id/doc/<doc>/lines/<start>[-<end>]): the document's
#: path, the first and (if not the first) the last line.
PASSAGE_PATH = re.compile(rf"^({re.escape(ID_ROUTE)}doc/[^/]+)/lines/(\d+)(?:-(\d+))?$")

T = TypeVar("T", bound=str)


def base_from_space(space: str) -> str:
    """The base of a dataset whose `void:uriSpace` is `space` (<base>id/ -> <base>); ValueError otherwise."""
    if not space.endswith("/" + ID_PATH):
        raise ValueError(f"not a uriSpace of the form <base>{ID_PATH}: {space!r}")
    return space[: -len(ID_PATH)]


def lines_anchor(start: object, end: object = None) -> str:
    """The fragment of a document page that opens it at lines start-end (#L120-L124, or #L120)."""
    return f"#L{start}" + (f"-L{end}" if end is not None and end != "" and str(end) != str(start) else "")


class Minter(Generic[T]):
    """Every path pattern under <base>id/, minting terms of type T (see Iris and Terms)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.id = base + ID_PATH

    # the form of a term: an IRI string in, a term out (and back)
    @staticmethod
    def _wrap(iri: str) -> T:
        raise NotImplementedError

    @staticmethod
    def _unwrap(term: T) -> str:
        raise NotImplementedError

    def _u(self, path: str) -> T:
        return self._wrap(self.id + path)

    def under(self, path: str) -> str:
        """The IRI (a plain string) of a path under <base>id/, e.g. from the server's /id/{path} route."""
        return self.id + path

    def local_path(self, iri: str) -> str | None:
        """The path this dataset's server answers `iri` at (/id/person/x for <base>id/person/x), on
        any host; None for an IRI outside the base's id space (and the other LOCAL_PATHS)."""
        if iri.startswith(self.base) and iri[len(self.base):].startswith(LOCAL_PATHS):
            return "/" + iri[len(self.base):]
        return None

    def prefixes(self) -> dict[str, str]:
        """A prefix per top-level kind (person: <base>id/person/ ...), for readable TriG."""
        return {k: self.id + k + "/" for k in PREFIXED_KINDS}

    # the dataset itself
    def dataset(self) -> T:
        """The dataset (void:Dataset) whose void:uriSpace records the base it was built with."""
        return self._u("dataset")

    def dataset_graph(self) -> T:
        """The named graph holding the description of the dataset (its base; VoID/DCAT)."""
        return self._u("graph/dataset")

    # documents
    def doc(self, doc_id: str) -> T:
        return self._u(f"doc/{doc_id}")

    def passage(self, doc_id: str, span: tuple[int, int]) -> T:
        a, b = span
        return self._u(f"doc/{doc_id}/lines/{a}" + (f"-{b}" if b != a else ""))

    def dataset_part(self, kind: str, key: str) -> T:
        """A node of the dataset's description: a class partition, a distribution, the publisher."""
        return self._u(f"dataset/{kind}/{key}")

    def changes_graph(self) -> T:
        """The named graph of the change log, carried from build to build (graph/changes.py)."""
        return self._u("graph/changes")

    def change(self, build_date: str, kind: str, key: str) -> T:
        """One change entry: the build's date, its kind and a digest of what changed (the resource(s))."""
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
        return self._u(f"change/{build_date}/{kind}/{digest}")

    def summaries_graph(self, kind: str) -> T:
        """The named graph of one precomputed summary (graph/summaries.py), e.g. kommun-participation:
        derived from the other graphs by queries/summary_*.rq, rewritten by the build and after every
        update. One graph per summary, so a query scans only its own entries."""
        return self._u(f"graph/summaries/{kind}")

    def summary(self, kind: str) -> T:
        """One summary (lgl:Summary), e.g. kommun-participation; its entries lie under it (<summary>/<digest>)."""
        return self._u(f"summary/{kind}")

    def graph_folders(self) -> tuple[str, str]:
        """The IRI folders the project's named graphs lie in (<base>id/doc/, <base>id/graph/): what a
        build into a remote store replaces, dropping there the graphs the new dataset no longer has."""
        return self.id + "doc/", self.id + "graph/"

    def people_graph(self, prefix: str = "") -> T:
        """The named graph of the reconciled people (a synthetic county's: prefix synth-<county>-)."""
        return self._u(f"graph/{prefix}people")

    # organisations and people
    def org(self, org_id: str) -> T:
        return self._u(f"org/{org_id}")

    def home_structure(self) -> T:
        return self.org(HOME_ORG)

    def seat(self, org_id: str, parts: list[str]) -> T:
        return self._u(f"org/{org_id}/seat/" + "-".join(slug(p) for p in parts if p))

    def person(self, person_slug: str) -> T:
        return self._u(f"person/{person_slug}")

    def membership(self, person_slug: str, role: str, org_id: str, representing: str | None = None) -> T:
        tail = f"/for/{representing}" if representing and representing != org_id else ""
        return self._u(f"membership/{person_slug}/{role}/{org_id}{tail}")

    def date(self, iso: str) -> T:
        return self._u(f"date/{iso}")

    # meetings and decisions
    def meeting(self, meeting_id: str) -> T:
        return self._u(f"meeting/{meeting_id}")

    def item(self, meeting_id: str, number: int | None, first_line: int) -> T:
        key = str(number) if number is not None else f"l{first_line}"
        return self._u(f"meeting/{meeting_id}/item/{key}")

    def attendance_list(self, meeting_id: str, kind: str, first_line: int, unique: bool) -> T:
        return self._u(f"meeting/{meeting_id}/list/{kind}" + ("" if unique else f"-l{first_line}"))

    def attendance(self, meeting_id: str, person_slug: str) -> T:
        return self._u(f"meeting/{meeting_id}/attendance/{person_slug}")

    def previous_protocol(self, meeting_id: str) -> T:
        return self._u(f"meeting/{meeting_id}/previous-protocol")

    def decision(self, decision_id: str) -> T:
        return self._u(f"decision/{decision_id}")

    # works and money
    def work(self, work_id: str) -> T:
        return self._u(f"work/{work_id}")

    def goal(self, work_id: str, level: str, number: int | None) -> T:
        return self._u(f"work/{work_id}/goal/{level}" + (f"-{number}" if number is not None else ""))

    def funding(self, funding_id: str) -> T:
        return self._u(f"funding/{funding_id}")

    # nodes below another (class methods: Iris.child(parent, ...) needs no base)
    @classmethod
    def child(cls, parent: T, *parts: str) -> T:
        return cls._wrap(cls._unwrap(parent) + "/" + "/".join(parts))

    @classmethod
    def period(cls, holder: T) -> T:
        """The time:Interval of a membership (or of a work's validity)."""
        return cls.child(holder, "period")

    @classmethod
    def indicator(cls, decision: T) -> T:
        """The indicator value a decision fixes."""
        return cls.child(decision, "indicator")

    @classmethod
    def theme(cls, item: T, first_line: int) -> T:
        """A workshop theme of an agenda item, by the line its heading stands on."""
        return cls.child(item, "theme", f"l{first_line}")

    @classmethod
    def funding_share(cls, funding: T, kind: str, label: str, to: str | None = None) -> T:
        """A part or an allocation (kind 'part' / 'allocation') of a funding, by its label and recipient."""
        return cls.child(funding, kind, slug(label)[:60] + (f"-{to}" if to else ""))

    @classmethod
    def statement(cls, subject: T, doc_id: str, span: tuple[int, int], text: str) -> T:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        return cls.child(subject, "statement", f"{doc_id}-{span[0]}-{digest}")


class Iris(Minter[URIRef]):
    """Mints rdflib IRIs under a base (e.g. https://w3id.org/samverkan-kalmar/ -> .../id/...)."""

    @staticmethod
    def _wrap(iri: str) -> URIRef:
        return URIRef(iri)

    @staticmethod
    def _unwrap(term: URIRef) -> str:
        return str(term)


class Terms(Minter[str]):
    """Mints IRIs as N-Triples terms ('<http://...>'), for writing quads as strings (graph/synth)."""

    @staticmethod
    def _wrap(iri: str) -> str:
        return f"<{iri}>"

    @staticmethod
    def _unwrap(term: str) -> str:
        return term[1:-1]
