"""`samverkan synth`: deterministic, parseable synthetic data in the shape of the real graph.

County scale only (Kalmar län, ten years, about a second); the national run is a benchmark and is
not part of the suite.
"""

from __future__ import annotations

import io
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import config
from graph.cli import main
from graph.iris import DEFAULT_BASE, Iris
from graph.synth import COUNTY_BY_SLUG, generate, write
from graph.synth.nquads import lit

BASE = DEFAULT_BASE
ID = BASE + "id/"
PREFIXES = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX lgl: <https://w3id.org/samverkan-kalmar/ontology#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


@pytest.fixture(scope="module")
def county_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("synth") / "kalmar.nq"
    generate(path, scale="county", seed=1, years=10, base=BASE)
    return path


@pytest.fixture(scope="module")
def store(county_file: Path) -> ox.Store:
    s = ox.Store()
    s.bulk_load(path=str(county_file), format=ox.RdfFormat.N_QUADS)
    return s


def select(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = store.query(PREFIXES + query, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in result]


# determinism ---------------------------------------------------------------------------------

def test_same_seed_same_bytes_other_seed_other_bytes(county_file: Path, tmp_path: Path) -> None:
    again, other = tmp_path / "again.nq", tmp_path / "other.nq"
    generate(again, scale="county", seed=1, years=10, base=BASE)
    generate(other, scale="county", seed=2, years=10, base=BASE)
    assert again.read_bytes() == county_file.read_bytes()
    assert other.read_bytes() != county_file.read_bytes()


def test_a_county_is_the_same_alone_and_among_others() -> None:
    """Each county has its own random stream, so national output is the counties' outputs in a row."""
    gotland = COUNTY_BY_SLUG["gotland"]
    alone, among = io.StringIO(), io.StringIO()
    write(alone, (gotland,), seed=3, years=2, base=BASE, ontology=False)
    write(among, (COUNTY_BY_SLUG["blekinge"], gotland), seed=3, years=2, base=BASE, ontology=False)
    assert alone.getvalue() and among.getvalue().endswith(alone.getvalue())


# it parses, and is what it says -------------------------------------------------------------

def test_parses_without_duplicates_and_counts_match(county_file: Path, store: ox.Store) -> None:
    lines = county_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) == len(store)
    counts = select(store, (config.QUERIES_DIR / "counts.rq").read_text(encoding="utf-8"))[0]
    assert int(counts["people"]) > 1000
    assert int(counts["organisations"]) >= 12 + 20  # the kommuner, the region and its units, the bodies
    assert 40 <= int(counts["meetings"]) <= 50      # 4-5 a year for ten years
    assert int(counts["attendances"]) > 20 * int(counts["meetings"])


def test_named_graphs_one_per_document_plus_people_ontology_and_dataset(store: ox.Store) -> None:
    graphs = {g.value for g in store.named_graphs()}
    docs = {r["d"] for r in select(store, "SELECT DISTINCT ?d WHERE { ?d a lgl:SourceDocument }")}
    meetings = select(store, "SELECT DISTINCT ?m WHERE { ?m a lgl:Meeting }")
    dataset = str(Iris(BASE).dataset_graph())  # the dataset's record of its base, as the real build writes it
    assert graphs == docs | {f"{ID}graph/synth-kalmar-people", config.ONTOLOGY_IRI, dataset}
    assert len(docs) == len(meetings) + 1  # one protocol per meeting, and the founding document
    dates = select(store, "SELECT DISTINCT ?m ?d WHERE { ?m a lgl:Meeting ; dcterms:date ?d }")
    years = Counter(r["d"][:4] for r in dates)
    assert sorted(years) == [str(y) for y in range(2016, 2026)]
    assert set(years.values()) <= {4, 5}


def test_synthetic_iris_never_meet_the_real_ones(county_file: Path) -> None:
    """Everything minted under id/ carries the synth-<county>- prefix, except shared date instants and
    the dataset itself (the same triples as the real build's)."""
    minted = set()
    for line in county_file.read_text(encoding="utf-8").splitlines():
        for term in line.split(" "):
            if term.startswith(f"<{ID}"):
                minted.add(term[len(ID) + 1:-1])
    assert minted
    for path in minted:
        kind, _, rest = path.partition("/")
        assert rest.startswith("synth-kalmar-") or kind == "date" or path in ("dataset", "graph/dataset"), path


def test_literals_are_escaped() -> None:
    text = 'Sagt: "ja" \\ nej\nny rad\r'
    s = ox.Store()
    s.load(f"<http://x/s> <http://x/p> {lit(text)} <http://x/g> .\n".encode(), format=ox.RdfFormat.N_QUADS)
    assert [q.object.value for q in s] == [text]


# the shape -------------------------------------------------------------------------------------

def test_every_person_has_exactly_one_name(store: ox.Store) -> None:
    rows = select(store, """SELECT ?p (COUNT(DISTINCT ?n) AS ?names) WHERE {
        ?p a foaf:Person OPTIONAL { ?p foaf:name ?n } } GROUP BY ?p""")
    assert len(rows) > 1000
    assert {r["names"] for r in rows} == {"1"}


def test_every_fact_cites_a_passage_of_its_own_document(store: ox.Store) -> None:
    # subjects without dcterms:source: only those the real build also leaves without (graph/emit.py)
    uncited = select(store, """SELECT DISTINCT ?c WHERE { GRAPH ?g { ?s ?p ?o }
        FILTER(STRSTARTS(STR(?g), "%sdoc/"))
        FILTER NOT EXISTS { GRAPH ?g { ?s dcterms:source ?x } }
        OPTIONAL { GRAPH ?g { ?s a ?c } } }""".replace("%s", ID))
    allowed = {str(u)[1:-1] for u in (
        "<http://www.w3.org/2006/time#Instant>", "<http://www.w3.org/2006/time#Interval>",
        "<http://www.w3.org/ns/prov#Entity>", "<http://xmlns.com/foaf/0.1/Document>")} | {
        "https://w3id.org/samverkan-kalmar/ontology#" + c for c in ("Passage", "SourceDocument", "Protocol")}
    assert {r["c"] for r in uncited if "c" in r} <= allowed
    assert all("c" in r for r in uncited)  # nothing untyped goes uncited
    wrong = select(store, """SELECT ?s ?x WHERE { GRAPH ?g { ?s dcterms:source ?x }
        FILTER NOT EXISTS { GRAPH ?g { ?x a lgl:Passage ; dcterms:isPartOf ?g ; lgl:startLine ?a ; lgl:endLine ?b } }
        } LIMIT 5""")
    assert wrong == []


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def test_coordinating_groups_have_every_seat_filled_over_time(store: ox.Store) -> None:
    """Count the memberships valid on a day per seat requirement (the rule in graph/synth/county.py):
    every samordnande grupp has exactly the required holders on every day looked at."""
    seats = select(store, """SELECT DISTINCT ?group ?seat ?role ?count ?from ?kind ?area WHERE {
        ?group a lgl:CoordinatingGroup ; lgl:seatRequirement ?seat .
        ?seat lgl:requiredRole ?role ; lgl:requiredCount ?count .
        OPTIONAL { ?seat lgl:fromOrganization ?from } OPTIONAL { ?seat lgl:fromKind ?kind }
        OPTIONAL { ?seat lgl:area ?area } }""")
    members = select(store, """SELECT DISTINCT ?m ?group ?role ?rep ?origin ?begin ?end WHERE {
        ?group a lgl:CoordinatingGroup . ?m org:organization ?group ; org:role ?role ; org:memberDuring ?p .
        OPTIONAL { ?m lgl:representing ?rep } OPTIONAL { ?m lgl:seatOrigin/dcterms:identifier ?origin }
        OPTIONAL { ?p time:hasBeginning/time:inXSDDate ?begin } OPTIONAL { ?p time:hasEnd/time:inXSDDate ?end } }""")
    units = defaultdict(set)  # organisation -> itself and everything it is a unit of
    for r in select(store, "SELECT DISTINCT ?u ?o WHERE { ?u org:unitOf* ?o }"):
        units[r["u"]].add(r["o"])
    classes = defaultdict(set)
    for r in select(store, "SELECT DISTINCT ?o ?c WHERE { ?x lgl:representing ?o . ?o a ?c }"):
        classes[r["o"]].add(r["c"])
    assert len({s["group"] for s in seats}) == 3
    assert all(sum(int(s["count"]) for s in seats if s["group"] == g) == 14 for g in {s["group"] for s in seats})

    def fills(m: dict[str, str], s: dict[str, str]) -> bool:
        if m["group"] != s["group"] or m["role"] != s["role"]:
            return False
        if "from" in s:
            return "origin" not in m and s["from"] in units.get(m.get("rep", ""), set())
        if "kind" in s:
            return "origin" not in m and s["kind"] in classes.get(m.get("rep", ""), set())
        if "area" in s:
            return "rep" not in m and m.get("origin", "").endswith("samverkansomradesgrupp-" + s["area"])
        return "rep" not in m and "origin" not in m

    days = [date(y, m, 15) for y in range(2016, 2026) for m in (1, 4, 7, 10)]
    days += [d for r in select(store, "SELECT DISTINCT ?d WHERE { ?x lgl:decidedAt/dcterms:date ?d }")
             for d in [date.fromisoformat(r["d"])]]
    for day in days:
        valid = [m for m in members if (_day(m.get("begin")) or date.min) <= day < (_day(m.get("end")) or date.max)]
        for s in seats:
            n = sum(1 for m in valid if fills(m, s))
            assert n == int(s["count"]), (day, s["seat"], n)
        assert sum(1 for m in valid if not any(fills(m, s) for s in seats)) == 0, day


def test_replacements_end_one_membership_start_another_linked_both_ways(store: ox.Store) -> None:
    rows = select(store, """SELECT DISTINCT ?d ?day ?new ?old ?group ?begin ?end WHERE {
        ?d lgl:decisionKind lgl:decision-replacement ; dcterms:date ?day ;
           lgl:startsMembership ?new ; lgl:endsMembership ?old .
        ?new lgl:startedBy ?d ; lgl:replaces ?old ; org:organization ?group ; org:role ?role ;
             org:memberDuring/time:hasBeginning/time:inXSDDate ?begin .
        ?old lgl:endedBy ?d ; lgl:replacedBy ?new ; org:organization ?group ; org:role ?role ;
             org:memberDuring/time:hasEnd/time:inXSDDate ?end .
        ?new org:member ?p1 . ?old org:member ?p2 . FILTER(?p1 != ?p2) }""")
    decisions = select(store, "SELECT DISTINCT ?d WHERE { ?d lgl:decisionKind lgl:decision-replacement }")
    assert len(decisions) >= 20
    assert len(rows) == len(decisions)  # each decision: exactly one pair, complete and consistent
    assert all(r["begin"] == r["end"] == r["day"] for r in rows)
    effects = select(store, "SELECT DISTINCT ?d ?m WHERE { ?d lgl:startsMembership|lgl:endsMembership ?m }")
    per = Counter(r["d"] for r in effects)
    assert set(per.values()) == {2}


def test_attendance_lists_have_capacities(store: ox.Store) -> None:
    lists = {(r["l"], r["kind"].rsplit("-", 1)[-1], int(r["count"])) for r in select(store, """
        SELECT DISTINCT ?l ?kind ?count WHERE {
          ?l a lgl:AttendanceList ; lgl:entryCount ?count ; lgl:listKind ?kind }""")}
    rows = select(store, """SELECT DISTINCT ?a ?l ?kind ?body ?m ?mbody ?role ?rep ?cap WHERE {
        ?a a lgl:Attendance ; lgl:attendanceList ?l ; lgl:atMeeting/lgl:meetingOf ?body .
        ?l lgl:listKind ?kind .
        OPTIONAL { ?a lgl:inCapacity ?m . ?m org:organization ?mbody ; org:role ?role }
        OPTIONAL { ?a lgl:representing ?rep } OPTIONAL { ?a lgl:capacityRole ?cap } }""")
    entries = Counter(r["l"] for r in rows)
    assert all(entries[lst] == count for lst, _, count in lists)
    assert {kind for _, kind, _ in lists} == {"ledamoter", "ovriga", "deltagare"}
    assert len({r["a"] for r in rows}) == len(rows)  # one list, one capacity each
    assert all("m" in r and ("rep" in r or "cap" in r) for r in rows)
    # a ledamot attends in the capacity of a ledamot membership of the body that meets
    ledamot = "https://w3id.org/samverkan-kalmar/role/ledamot"
    assert all(r["mbody"] == r["body"] and r["role"] == ledamot for r in rows if r["kind"].endswith("ledamoter"))
    # Länsgemensam ledning: one socialchef and one skolchef per kommun at the end of the period
    body = f"<{ID}org/synth-kalmar-lansgemensam-ledning>"
    seats = select(store, f"""SELECT DISTINCT ?m ?rep WHERE {{
        ?m org:organization {body} ; org:role <{ledamot}> ; lgl:representing ?rep . ?rep a lgl:Municipality }}""")
    ended = {r["m"] for r in select(store, f"""SELECT DISTINCT ?m WHERE {{
        ?m org:organization {body} ; org:memberDuring/time:hasEnd ?e }}""")}
    current = Counter(r["rep"] for r in seats if r["m"] not in ended)
    assert len(current) == 12 and set(current.values()) == {2}


# the command -----------------------------------------------------------------------------------

def test_small_scale_is_fast_and_trig_works(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    started = time.perf_counter()
    assert main(["synth", "--county", "gotland", "--years", "2", "--seed", "5", "--no-ontology",
                 "--out", str(tmp_path / "g.nq")]) == 0
    assert time.perf_counter() - started < 10
    out = capsys.readouterr().out
    assert "quads" in out and "people:" in out and "meetings:" in out
    assert main(["synth", "--county", "gotland", "--years", "1", "--out", str(tmp_path / "g.trig")]) == 0
    s = ox.Store()
    s.bulk_load(path=str(tmp_path / "g.trig"), format=ox.RdfFormat.TRIG)
    assert len(s) > 1000
    assert not list(tmp_path.glob(".*.tmp"))


def test_national_scale_refuses_trig(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="N-Quads"):
        generate(tmp_path / "n.trig", scale="national")
    assert not (tmp_path / "n.trig").exists()
