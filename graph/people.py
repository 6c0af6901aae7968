"""The people of a corpus: every place a record names a person, and those spellings reconciled into people.

The spelling rule itself (folding, slugs, when two spellings are one person, the canonical name,
edit distances) is graph/names.py, below the records; this module applies it to the records. It sits
below both the build (graph/emit.py writes the people graph and links people by `People.slug`) and
the ingest (which matches a draft's spellings against `People` and lists a draft's mentions with
`name_mentions`), so neither reaches into the other for people.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .names import Mention, Person, reconcile, slug
from .records import Corpus, parse_lines
from .yamlload import RecordError


@dataclass
class Ties:
    """What the records tie each person to (by canonical name): the organisations they sit for or
    belong to, the roles they hold, and the people they attended a meeting with. Ingest weighs these
    as evidence when a new spelling resembles a known person (graph/ingest/reconcile.py).

    `orgs` holds employers: a unit counts as the kommun or region it is part of; groups and bodies
    of the collaboration (where people from many employers sit) are no one's employer (None)."""

    orgs: dict[str, set[str]] = field(default_factory=dict)
    employer: dict[str, str | None] = field(default_factory=dict)   # organisation id -> employer id
    roles: dict[str, set[str]] = field(default_factory=dict)
    peers: dict[str, set[str]] = field(default_factory=dict)


@dataclass
class People:
    """The reconciled people, a lookup from every spelling to its person, and their ties."""

    people: list[Person]
    by_spelling: dict[str, Person]
    ties: Ties = field(default_factory=Ties)

    def slug(self, spelling: str) -> str:
        return slug(self.by_spelling[spelling].name)


def _first_line(lines: Sequence[str], spelling: str, default: int) -> int:
    """The first line of a document where a spelling occurs exactly, else the default."""
    for number, text in enumerate(lines, 1):
        if spelling in text:
            return number
    return default


def name_mentions(data: Mapping[str, Any], lines: Sequence[str] = ()) -> Iterator[tuple[str, int]]:
    """Every (spelling, line) naming a person in a record's mapping: people (with their variants,
    placed at the first of the document's `lines` that holds them), presenters, attendance entries
    and the two people of a replacement decision. A draft record (ingest) passes no lines."""
    for p in data.get("people", []):
        span = parse_lines(p["lines"])
        yield str(p["name"]), span[0] if span else p.line
        for v in p.get("variants", []):
            yield str(v), _first_line(lines, str(v), span[0] if span else p.line)
    for m in data.get("meetings", []):
        for item in m.get("agenda", []):
            for pr in item.get("presenters", []):
                yield str(pr["name"]), parse_lines(pr["lines"])[0]
        for lst in m.get("attendance", []):
            for e in lst["entries"]:
                yield str(e["name"]), parse_lines(e["line"])[0]
    for dec in data.get("decisions", []):
        if dec["kind"] == "replacement":
            first = parse_lines(dec["lines"])[0]
            yield str(dec["new"]), first
            yield str(dec["replaced"]), first


def reconcile_people(corpus: Corpus) -> People:
    """The people the corpus names, one per person (graph/names.py's rule); a RecordError when two
    of them would share an IRI slug."""
    mentions = sorted({
        Mention(order=(rec.document.sort_date, line), spelling=spelling, document=rec.document.id,
                clean=rec.document.clean)
        for rec in corpus.records
        for spelling, line in name_mentions(rec.data, rec.document.lines)
    })
    apart = [(str(p["name"]), str(other)) for rec in corpus.records for p in rec.data.get("people", []) or []
             for other in p.get("not_same_as", []) or []]
    people = reconcile(mentions, apart)
    seen: dict[str, Person] = {}
    for person in people:
        s = slug(person.name)
        if s in seen:
            raise RecordError("records/", None, f"two different people share the IRI slug {s!r}: "
                              f"{seen[s].spellings} and {person.spellings}")
        seen[s] = person
    by_spelling = {sp: p for p in people for sp in p.spellings}
    return People(people=people, by_spelling=by_spelling, ties=ties_of(corpus, by_spelling))


def ties_of(corpus: Corpus, by_spelling: Mapping[str, Person]) -> Ties:
    """The organisations, roles and fellow attendees the records give each person."""
    ties = Ties()
    for oid in corpus.organisations:
        ties.employer[oid] = _employer(corpus, oid)

    def add(table: dict[str, set[str]], spelling: Any, value: Any) -> None:
        person = by_spelling.get(str(spelling))
        if person is not None and value:
            table.setdefault(person.name, set()).add(str(value))

    for rec in corpus.records:
        data = rec.data
        for p in data.get("people", []) or []:
            for post in p.get("posts", []) or []:
                add(ties.orgs, p["name"], ties.employer.get(str(post.get("org")), post.get("org")))
                add(ties.roles, p["name"], post.get("role"))
            for aff in p.get("affiliations", []) or []:
                add(ties.orgs, p["name"], ties.employer.get(str(aff.get("org")), aff.get("org")))
        for m in data.get("meetings", []) or []:
            present: set[str] = set()
            for lst in m.get("attendance", []) or []:
                for e in lst["entries"]:
                    add(ties.orgs, e["name"], ties.employer.get(str(e.get("org")), e.get("org")))
                    add(ties.roles, e["name"], e.get("role"))
                    if lst.get("list") == "ledamoter":
                        add(ties.roles, e["name"], "ledamot")
                    person = by_spelling.get(str(e["name"]))
                    if person is not None:
                        present.add(person.name)
            for name in present:
                ties.peers.setdefault(name, set()).update(present - {name})
        for d in data.get("decisions", []) or []:
            if d.get("kind") == "replacement":
                add(ties.roles, d["new"], d.get("role"))
    return ties


#: Organisation types that employ people (the rest are groups and bodies people sit in).
EMPLOYERS = {"kommun", "region", "kommunforbund", "gymnasieforbund", "county", "external"}


def _employer(corpus: Corpus, oid: str) -> str | None:
    """The employer an organisation belongs to: itself, or the nearest employer it is part of."""
    seen: set[str] = set()
    while oid in corpus.organisations and oid not in seen:
        seen.add(oid)
        node = corpus.organisations[oid][1]
        if node.get("type") in EMPLOYERS:
            return oid
        parent = node.get("part_of")
        if not parent:
            return None
        oid = str(parent)
    return oid if oid not in corpus.organisations else None
