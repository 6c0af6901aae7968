"""The people of a corpus: every place a record names a person, and those spellings reconciled into people.

The spelling rule itself (folding, slugs, when two spellings are one person, the canonical name,
edit distances) is graph/names.py, below the records; this module applies it to the records. It sits
below both the build (graph/emit.py writes the people graph and links people by `People.slug`) and
the ingest (which matches a draft's spellings against `People` and lists a draft's mentions with
`name_mentions`), so neither reaches into the other for people.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .names import Mention, Person, reconcile, slug
from .records import Corpus, parse_lines
from .yamlload import RecordError


@dataclass
class People:
    """The reconciled people and a lookup from every spelling to its person."""

    people: list[Person]
    by_spelling: dict[str, Person]

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
    people = reconcile(mentions)
    seen: dict[str, Person] = {}
    for person in people:
        s = slug(person.name)
        if s in seen:
            raise RecordError("records/", None, f"two different people share the IRI slug {s!r}: "
                              f"{seen[s].spellings} and {person.spellings}")
        seen[s] = person
    return People(people=people, by_spelling={sp: p for p in people for sp in p.spellings})
