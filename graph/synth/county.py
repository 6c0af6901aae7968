"""One synthetic county: organisations, people and their posts, bodies and their composition,
ten years of meetings with attendance, and the decisions that change who sits where.

The output has the shape `graph/emit.py` gives the real data, so the same queries, shapes and views
run on it:

- one named graph per synthetic source document: a founding document per county (the analogue of
  the intro deck: organisations, seat requirements, works, every post and seat at the start) and
  one protocol per meeting (the meeting, agenda items, attendance lists, decisions, and the changes
  of post holders since the previous protocol);
- every fact cites (dcterms:source) an lgl:Passage — a numbered line of the synthetic document,
  whose text is the passage's prov:value;
- a people graph per county (foaf:name, rdfs:label, dcterms:identifier, prov:wasDerivedFrom);
- memberships (org:Membership) with OWL-Time periods: time:inside the date of each document that
  observes them, time:hasBeginning / time:hasEnd where they start or end inside the period.

How a membership fills a seat requirement of a samordnande grupp (what tests/test_synth.py counts):
same body and role; `lgl:fromOrganization` -> the membership's `lgl:representing` is that
organisation or one of its units; `lgl:fromKind` -> `lgl:representing` is of that class;
`lgl:area` -> `lgl:seatOrigin` is that area's samverkansområdesgrupp (and no `lgl:representing`);
ordförande and vice ordförande carry neither.

IRIs are minted by graph/iris.py (as N-Triples terms: `Terms`) in the real data's patterns, with
`synth-<county>-` at the start of every id the generator mints (organisations, people, documents,
meetings, decisions, works), so they never meet the real data's IRIs; only the date instants
(id/date/2021-03-12) are shared, as they are between the real documents.
"""

from __future__ import annotations

import random
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..emit import KIND_CLASS, MEETING_CLASSES, ORG_CLASSES, WORK_CLASSES
from ..iris import HOME_ORG, Terms
from ..names import slug
from .nquads import (
    DCT,
    FOAF,
    LGL,
    ORG,
    PROV,
    RDF,
    RDFS,
    ROLE,
    SKOS,
    TIME,
    TRUE,
    XSD,
    A,
    QuadSink,
    date_lit,
    iri_term,
    lit,
    lit_en,
    lit_sv,
    nonneg_int,
    pos_int,
    typed,
)
from .tables import CONFERENCE_TOPICS, GIVEN_F, GIVEN_M, PLACE_HEADS, PLACE_TAILS, SURNAMES, TOPICS, County

END_YEAR = 2025  # the synthetic period ends on 31 December of this year
ELECTION_TERMS = (2015, 2019, 2023)  # new political terms begin on 1 January after an election

ROLE_LABEL = {
    "ordforande": "ordförande", "vice-ordforande": "vice ordförande", "ledamot": "ledamot",
    "representant": "representant", "utvecklingsledare": "utvecklingsledare", "samordnare": "samordnare",
    "sammankallande": "sammankallande", "socialchef": "socialchef", "skolchef": "skolchef",
    "forvaltningschef": "förvaltningschef", "planeringsdirektor": "planeringsdirektör", "regionrad": "regionråd",
    "kommunstyrelseordforande": "kommunstyrelseordförande", "basenhetschef": "basenhetschef",
    "barnlakare": "barnläkare", "elevhalsochef": "elevhälsochef", "barnrattssamordnare": "barnrättssamordnare",
    "analytiker": "analytiker", "handlaggare": "handläggare", "brukarrepresentant": "brukarrepresentant",
    "invanarrepresentant": "invånarrepresentant",
}
# Yearly chance that the holder of a post leaves it (politicians change with the terms instead).
TURNOVER = {"handlaggare": 0.11, "brukarrepresentant": 0.12, "invanarrepresentant": 0.12,
            "utvecklingsledare": 0.10, "samordnare": 0.10, "analytiker": 0.10}
DEFAULT_TURNOVER = 0.08
POLITICAL = {"kommunstyrelseordforande", "regionrad"}

GROUPS = (  # samordnande grupper: key, name, focus, activities
    ("barn-och-unga", "Barn och unga",
     "{lan} ska erbjuda en tidig, nära och sömlös insats till de barn och ungdomar som har behov av "
     "samhällets stöd och där det individuella behovet styr utformandet av insatsen.",
     ("Samordnande insatser för de med mest komplexa behov", "Samverkan inom och mellan familjecentraler",
      "Tillgänglighet till länets ungdomsmottagningar")),
    ("psykisk-halsa", "Psykisk hälsa",
     "Att skapa och främja tidiga insatser i nära samverkan, förebyggande och uppsökande arbete samt "
     "kunskapsspridning gällande psykisk hälsa och skadligt bruk.",
     ("Suicidpreventivt handlingsprogram", "Utbildningsinsatser inom skadligt bruk, beroende och missbruk")),
    ("aldre", "Äldre",
     "Att genom samverkan skapa förutsättningar så att äldre personer och deras närstående kan leva "
     "ett aktivt och rikt liv samt åldras i trygghet.",
     ("Utveckla den palliativa vården i länet", "Utveckla området kognitiv svikt och demens bland äldre")),
)
AREAS = (  # samverkansområdesgrupper: area key (as lgl:area), name, focus
    ("folkhalsa", "Folkhälsa", "Att arbeta hälsofrämjande och förebygga ohälsa."),
    ("brukarmedverkan", "Brukarmedverkan",
     "Att belysa brukares, patienters och närståendes perspektiv i utvecklingen av stöd, vård och omsorg."),
    ("hab-rehab", "Hab/Rehab",
     "Att skapa goda förutsättningar för personer med omfattande behov att återvinna eller bibehålla "
     "bästa möjliga funktionsförmåga."),
    ("informationsoverforing", "Informationsöverföring",
     "Att säkerställa och utveckla informationsöverföringen mellan huvudmännen."),
)


def _genitive(name: str) -> str:
    return name if name[-1] in "sxz" else name + "s"


ORG_CLASS_TERMS = {k: [iri_term(c) for c in v] for k, v in ORG_CLASSES.items()}
KIND_TERMS = {k: iri_term(v) for k, v in KIND_CLASS.items()}
WORK_TERMS = {k: iri_term(v) for k, v in WORK_CLASSES.items()}
MEETING_TERMS = {k: iri_term(v) for k, v in MEETING_CLASSES.items()}


# --------------------------------------------------------------------------------------------
# The model


@dataclass(eq=False)
class Org:
    id: str
    name: str
    kind: str                      # a key of emit.ORG_CLASSES
    iri: str
    parent: Org | None = None      # part_of (units: also unitOf)
    founded: int | None = None
    focus: str | None = None
    activities: tuple[str, ...] = ()


@dataclass(eq=False)
class Person:
    slug: str
    name: str
    iri: str
    docs: list[str] = field(default_factory=list)  # documents that name the person, in order


@dataclass(eq=False)
class Tenure:
    """One person holding one post over [start, end) (None: before / after the synthetic period)."""

    slot: Slot
    person: Person
    start: date | None
    end: date | None
    acting: bool
    membership: str


@dataclass(eq=False)
class Slot:
    """A post in an organisation (socialchef in a kommun...), held by a sequence of people."""

    org: Org
    role: str
    title: str
    tenures: list[Tenure] = field(default_factory=list)
    tied: list[Tied] = field(default_factory=list)

    def at(self, day: date) -> Tenure:
        for t in self.tenures:
            if (t.start is None or t.start <= day) and (t.end is None or day < t.end):
                return t
        raise LookupError(f"no holder of {self.role} in {self.org.id} on {day}")


@dataclass(eq=False)
class Tied:
    """A membership that goes with a post (the socialchef of a kommun is its ledamot in LGL)."""

    slot: Slot
    body: Org
    role: str
    representing: Org | None
    title: str | None = None
    capacity: str | None = None    # role of the attendance when the list gives one (brukarrepresentant)


@dataclass(eq=False)
class Rule:
    """A seat requirement (the record format's `composition` entry), and for samordnande grupper
    the memberships that fill it over time."""

    body: Org
    seat: str
    text: str
    count: int | None = None
    from_org: Org | None = None
    from_kind: str | None = None
    area: str | None = None
    appointed_by: Org | None = None
    posts: tuple[str, ...] = ()
    per: str | None = None
    pool: list[Slot] = field(default_factory=list)
    origin: Org | None = None      # seatOrigin of the memberships (the area's group)
    holders: list[Holder] = field(default_factory=list)
    iri: str = ""
    label: str = ""


@dataclass(eq=False)
class Holder:
    rule: Rule
    tenure: Tenure
    membership: str
    representing: Org | None
    start: date | None
    end: date | None = None


@dataclass(eq=False)
class Meeting:
    id: str
    kind: str                      # lgl-meeting | presidiekonferens
    day: date

    @property
    def iso(self) -> str:
        return self.day.isoformat()


@dataclass
class Sizes:
    quads: int = 0
    people: int = 0
    organisations: int = 0
    meetings: int = 0
    documents: int = 0
    memberships: int = 0
    attendances: int = 0
    decisions: int = 0

    def add(self, other: Sizes) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))


# --------------------------------------------------------------------------------------------
# Documents


class Doc:
    """One synthetic source document: its named graph, its numbered lines and their passages."""

    def __init__(self, gen: CountyGenerator, doc_id: str, kind: str, title: str, iso: str) -> None:
        self.gen = gen
        self.id = doc_id
        self.iri = gen.ids.doc(doc_id)
        self.iso = iso
        self.lines: list[str] = []
        self.seen: set[str] = set()
        self.named: set[str] = set()
        self.instants: set[str] = set()
        self.passages: set[tuple[int, int]] = set()
        gen.sizes.documents += 1
        gen.doc_ids.append(doc_id)
        d = self.iri
        for cls in (LGL.SourceDocument, FOAF.Document, PROV.Entity):
            self.add(d, A, cls)
        self.add(d, DCT.identifier, lit(doc_id))
        self.add(d, DCT.title, lit_sv(title))
        self.add(d, RDFS.label, lit_sv(title))
        self.add(d, DCT.date, date_lit(iso))
        self.add(d, DCT.publisher, lit(f"Länsgemensam ledning i samverkan ({gen.county.name}) – syntetiska data"))
        self.add(d, DCT.language, lit("sv"))
        self.add(d, LGL.documentKind, lit(kind))
        self.add(d, LGL.originalFileName, lit(f"{doc_id}.txt"))
        self.add(d, LGL.textQuality, lit("clean"))
        self.add(d, DCT.format, lit("text/plain"))

    def add(self, s: str, p: str, o: str) -> None:
        line = f"{s} {p} {o} {self.iri} .\n"
        if line not in self.seen:
            self.seen.add(line)
            self.gen.sink.line(line)

    def line(self, text: str) -> int:
        self.lines.append(text)
        return len(self.lines)

    def cite(self, subject: str, a: int, b: int | None = None) -> None:
        b = a if b is None else b
        passage = self.gen.ids.passage(self.id, (a, b))
        if (a, b) not in self.passages:
            self.passages.add((a, b))
            self.add(passage, A, LGL.Passage)
            self.add(passage, DCT.isPartOf, self.iri)
            self.add(passage, LGL.startLine, pos_int(a))
            self.add(passage, LGL.endLine, pos_int(b))
            self.add(passage, PROV.value, lit("\n".join(self.lines[a - 1:b])))
        self.add(subject, DCT.source, passage)

    def instant(self, iso: str) -> str:
        node = self.gen.ids.date(iso)
        if iso not in self.instants:
            self.instants.add(iso)
            self.add(node, A, TIME.Instant)
            self.add(node, TIME.inXSDDate if len(iso) == 10 else TIME.inXSDgYear, date_lit(iso))
        return node

    def person(self, p: Person, at_line: int) -> str:
        if p.slug not in self.named:
            self.named.add(p.slug)
            p.docs.append(self.id)
            self.add(p.iri, A, FOAF.Person)
            self.add(p.iri, LGL.nameAsWritten, lit(p.name))
        self.cite(p.iri, at_line)
        return p.iri

    def membership(self, m: str, person: Person, org: Org, role: str, at_line: int, *,
                   representing: Org | None = None, seat_origin: Org | None = None, title: str | None = None,
                   acting: bool = False) -> str:
        """The core of a membership (as emit.DocumentEmitter.membership writes it); returns its period."""
        period = Terms.period(m)
        self.add(m, A, ORG.Membership)
        self.add(m, ORG.member, person.iri)
        self.add(m, ORG.organization, org.iri)
        self.add(m, ORG.role, ROLE[role])
        if representing is not None and representing is not org:
            self.add(m, LGL.representing, representing.iri)
        if seat_origin is not None:
            self.add(m, LGL.seatOrigin, seat_origin.iri)
        if title:
            self.add(m, LGL.title, lit_sv(title))
        if acting:
            self.add(m, LGL.acting, TRUE)
        self.add(m, ORG.memberDuring, period)
        self.add(period, A, TIME.Interval)
        self.cite(m, at_line)
        return period


# --------------------------------------------------------------------------------------------
# The generator


class CountyGenerator:
    """Generates one county into a QuadSink; the same (seed, county, years) gives the same quads."""

    def __init__(self, county: County, seed: int, years: int, base: str, sink: QuadSink) -> None:
        if years < 1:
            raise ValueError("--years must be at least 1")
        self.county = county
        self.rng = random.Random(f"samverkan-synth/{seed}/{county.slug}/{years}")
        self.ids = Terms(base)
        self.sink = sink
        self.prefix = f"synth-{county.slug}-"
        self.start = date(END_YEAR - years + 1, 1, 1)
        self.sizes = Sizes()
        self.people: list[Person] = []
        self.orgs: list[Org] = []
        self.slots: list[Slot] = []
        self.rules: list[Rule] = []
        self.doc_ids: list[str] = []
        self.ever: dict[str, set[str]] = {}   # group id -> slugs of everyone who has sat in it
        self.decision_n = 0

    # names and people ----------------------------------------------------------------------
    def new_person(self) -> Person:
        rng = self.rng
        given = rng.choice(GIVEN_F) if rng.random() < 0.62 else rng.choice(GIVEN_M)
        surname = rng.choice(SURNAMES)
        if rng.random() < 0.08:
            other = rng.choice(SURNAMES)
            if other != surname:
                surname = f"{surname} {other}"
        name = f"{given} {surname}"
        n = len(self.people) + 1
        pslug = f"{self.prefix}{n:05d}-{slug(name)}"
        person = Person(pslug, name, self.ids.person(pslug))
        self.people.append(person)
        return person

    def place_names(self, n: int) -> list[str]:
        names: list[str] = []
        while len(names) < n:
            name = self.rng.choice(PLACE_HEADS) + self.rng.choice(PLACE_TAILS)
            if name not in names:
                names.append(name)
        return names

    # structure ---------------------------------------------------------------------------------
    def org(self, key: str, name: str, kind: str, parent: Org | None = None, **kw: object) -> Org:
        org_id = self.prefix + key
        o = Org(org_id, name, kind, self.ids.org(org_id), parent, **kw)  # type: ignore[arg-type]
        self.orgs.append(o)
        return o

    def build_orgs(self) -> None:
        c, rng = self.county, self.rng
        lan = c.name
        self.region = self.org(slug(c.region), c.region, "region")
        rg = _genitive(c.region)
        self.ledningsstab = self.org("ledningsstab", f"{rg} ledningsstab", "unit", self.region)
        self.folkhalsa_unit = self.org("enhet-for-folkhalsa", f"{rg} enhet för folkhälsa", "unit", self.region)
        self.hsf = self.org("halso-och-sjukvardsforvaltningen", f"Hälso- och sjukvårdsförvaltningen, {c.region}",
                            "unit", self.region)
        self.care_units = {
            area: self.org(key, f"{label}, {c.region}", "unit", self.hsf)
            for area, key, label in (("primarvard", "primarvarden", "Primärvården"),
                                     ("specialistvard", "specialistvarden", "Specialistvården"),
                                     ("psykiatri", "psykiatrin", "Psykiatrin"),
                                     ("tandvard", "folktandvarden", "Folktandvården"))}
        self.habilitering = self.org("habiliteringen", f"Habiliteringen, {c.region}", "unit", self.hsf)
        self.kommuner = [self.org(slug(f"{_genitive(p)} kommun"), f"{_genitive(p)} kommun", "kommun")
                         for p in self.place_names(c.kommuner)]
        self.kf = self.org("kommunforbundet", f"Kommunförbundet i {lan}", "kommunforbund")
        self.gf = (self.org("gymnasieforbundet", f"Gymnasieförbundet i {lan}", "gymnasieforbund")
                   if c.kommuner >= 8 else None)
        self.lgl = self.org(HOME_ORG, f"Länsgemensam ledning i samverkan, {lan}",
                            "collaboration-body", founded=rng.randint(2008, 2015))
        self.level = self.org("lansgemensam-ledning", f"Länsgemensam ledning, {lan}", "collaboration-body", self.lgl)
        self.presidium = self.org("presidiet-lgl", f"Presidiet för Länsgemensam ledning i samverkan, {lan}",
                                  "presidium", self.lgl)
        self.beredning = self.org("beredningen", f"Beredningen, {lan}", "preparatory-group", self.lgl)
        self.presidiemoten = self.org("presidiemoten", f"Presidiemöten, {lan}", "meeting-series", self.lgl)
        self.conference = self.org("presidiekonferensen", f"Gemensam presidiekonferens, {lan}", "conference",
                                   self.lgl)
        self.groups = [self.org(f"samordnande-grupp-{key}", f"Samordnande grupp {name}, {lan}",
                                "coordinating-group", self.lgl, focus=focus.format(lan=lan), activities=acts)
                       for key, name, focus, acts in GROUPS]
        self.areas = {key: self.org(f"samverkansomradesgrupp-{key}", f"Samverkansområdesgrupp {name}, {lan}",
                                    "area-group", self.lgl, focus=focus)
                      for key, name, focus in AREAS}
        self.sizes.organisations = len(self.orgs)

    def slot(self, org: Org, role: str, title: str | None = None, n: int = 1) -> list[Slot]:
        made = [Slot(org, role, title or ROLE_LABEL[role]) for _ in range(n)]
        self.slots.extend(made)
        return made

    def build_slots(self) -> None:
        rng, k = self.rng, self.county.kommuner
        self.regionrad = self.slot(self.region, "regionrad", n=4)
        self.region_ul = self.slot(self.region, "utvecklingsledare", n=4 + k // 4)
        region_sam = self.slot(self.region, "samordnare", n=3)
        self.slot(self.region, "analytiker", n=2)
        self.planeringsdirektor = self.slot(self.ledningsstab, "planeringsdirektor")[0]
        stab_analytiker = self.slot(self.ledningsstab, "analytiker", n=2)
        self.slot(self.ledningsstab, "handlaggare", n=3)
        self.fh_sam = self.slot(self.folkhalsa_unit, "samordnare", n=2)
        fh_ana = self.slot(self.folkhalsa_unit, "analytiker", n=2)
        fh_ul = self.slot(self.folkhalsa_unit, "utvecklingsledare")
        self.slot(self.hsf, "forvaltningschef", "hälso- och sjukvårdsdirektör")
        self.slot(self.hsf, "handlaggare", n=10 + 2 * k)
        self.care_chiefs = {area: self.slot(unit, "forvaltningschef", f"förvaltningschef {area}")[0]
                            for area, unit in self.care_units.items()}
        region_reps: list[Slot] = []
        for area, unit in self.care_units.items():
            region_reps += self.slot(unit, "basenhetschef", n=(4 + k // 2) if area in ("primarvard",
                                                                                      "specialistvard") else 2 + k // 4)
        region_reps += self.slot(self.care_units["specialistvard"], "barnlakare", n=3 + k // 3)
        self.slot(self.care_units["primarvard"], "handlaggare", n=5 + k)
        hab = self.slot(self.habilitering, "basenhetschef", n=2) + self.slot(self.habilitering, "handlaggare", n=3)
        self.hab = hab
        # kommuner
        self.kso: list[Slot] = []
        self.socialchef: list[Slot] = []
        self.skolchef: list[Slot] = []
        self.kommun_reps: list[Slot] = []
        self.kommun_fc: list[Slot] = []
        self.kommun_sam: list[Slot] = []
        self.kommun_hl: list[Slot] = []
        for i, kommun in enumerate(self.kommuner):
            self.kso += self.slot(kommun, "kommunstyrelseordforande")
            self.socialchef += self.slot(kommun, "socialchef", "socialchef")
            self.skolchef += self.slot(kommun, "skolchef")
            fc = self.slot(kommun, "forvaltningschef", "förvaltningschef vård och omsorg")
            fc += self.slot(kommun, "forvaltningschef", "förvaltningschef individ- och familjeomsorg")
            self.kommun_fc.append(fc[0])
            ehc = self.slot(kommun, "elevhalsochef")
            sam = self.slot(kommun, "samordnare", n=2)
            self.kommun_sam.append(sam[0])
            ul = self.slot(kommun, "utvecklingsledare")
            brs = self.slot(kommun, "barnrattssamordnare")
            self.slot(kommun, "analytiker")
            handlaggare = 10 + min(200, int(rng.paretovariate(1.3) * 12))
            if i == 0:
                handlaggare = max(handlaggare, 80)  # the county's largest kommun
            self.kommun_hl.append(self.slot(kommun, "handlaggare", n=handlaggare)[0])
            self.kommun_reps += fc + ehc + sam + ul + brs
        # Kommunförbundet, gymnasieförbundet, user and citizen representatives
        self.slot(self.kf, "forvaltningschef", "förbundsdirektör")
        self.kf_ul = self.slot(self.kf, "utvecklingsledare", n=4 + k // 6)
        self.kf_sam = self.slot(self.kf, "samordnare", n=2)
        kf_ana = self.slot(self.kf, "analytiker")
        self.gf_chief = None
        if self.gf is not None:
            self.gf_chief = self.slot(self.gf, "skolchef", "förbundschef")[0]
            self.slot(self.gf, "elevhalsochef")
            self.slot(self.gf, "handlaggare", n=4)
        self.brukar = self.slot(self.areas["brukarmedverkan"], "brukarrepresentant", "Brukarrepresentant", n=6)
        self.invanare = self.slot(self.level, "invanarrepresentant", "Invånarrepresentant", n=2)
        # pools: who may fill which seat of a samordnande grupp, and who comes to LGL as "övriga"
        self.pools = {
            "ordforande": self.socialchef + self.kommun_fc,
            "vice-ordforande": list(self.care_chiefs.values()) + region_reps[:len(region_reps) // 2],
            "ul-region": self.region_ul, "ul-kf": self.kf_ul, "rep-kommun": self.kommun_reps,
            "rep-region": region_reps, "folkhalsa": self.fh_sam + fh_ana + fh_ul, "brukarmedverkan": self.brukar,
            "hab-rehab": hab,
        }
        self.ovriga_pool = self.region_ul + region_sam + self.kf_ul + self.kf_sam + kf_ana + stab_analytiker

    def build_tied(self) -> None:
        def tie(slot: Slot, body: Org, role: str, representing: Org | None = None, **kw: str) -> None:
            slot.tied.append(Tied(slot, body, role, representing, **kw))

        lvl = self.level
        for kommun, sc, sk in zip(self.kommuner, self.socialchef, self.skolchef, strict=True):
            tie(sc, lvl, "ledamot", kommun)
            tie(sk, lvl, "ledamot", kommun)
        if self.gf_chief is not None:
            tie(self.gf_chief, lvl, "ledamot", self.gf)
        tie(self.planeringsdirektor, lvl, "ledamot", self.ledningsstab)
        tie(self.fh_sam[0], lvl, "ledamot", self.folkhalsa_unit)
        for area, chief in self.care_chiefs.items():
            tie(chief, lvl, "ledamot", self.care_units[area])
        for s in self.brukar[:2]:
            tie(s, lvl, "ledamot", title="Brukarrepresentant", capacity="brukarrepresentant")
        for s in self.invanare:
            tie(s, lvl, "ledamot", title="Invånarrepresentant", capacity="invanarrepresentant")
        tie(self.planeringsdirektor, lvl, "ordforande")
        tie(self.socialchef[0], lvl, "vice-ordforande")
        tie(self.regionrad[0], self.presidium, "ordforande")
        tie(self.kso[0], self.presidium, "vice-ordforande")
        for kommun, s in list(zip(self.kommuner, self.kso, strict=True))[:4]:
            tie(s, self.presidiemoten, "ledamot", kommun)
        for s in self.regionrad:
            tie(s, self.presidiemoten, "ledamot", self.region)
        tie(self.planeringsdirektor, self.beredning, "ledamot", self.ledningsstab)
        tie(self.socialchef[0], self.beredning, "ledamot", self.kommuner[0])
        tie(self.kf_ul[0], self.beredning, "ledamot", self.kf)
        few = range(min(3, len(self.kommuner)))
        fh, hr, io, bm = (self.areas[k] for k in ("folkhalsa", "hab-rehab", "informationsoverforing",
                                                   "brukarmedverkan"))
        tie(self.fh_sam[1], fh, "sammankallande", self.folkhalsa_unit)
        for i in few:
            tie(self.kommun_sam[i], fh, "ledamot", self.kommuner[i])
        tie(self.hab[0], hr, "sammankallande", self.habilitering)
        for i in few:
            tie(self.kommun_fc[i], hr, "ledamot", self.kommuner[i])
        tie(self.kf_ul[1], io, "sammankallande", self.kf)
        for i in few:
            tie(self.kommun_hl[i], io, "ledamot", self.kommuner[i])
        tie(self.kf_sam[0], bm, "sammankallande", self.kf)
        self.lgl_ledamot = [t for s in self.slots for t in s.tied if t.body is lvl and t.role == "ledamot"]

    def build_rules(self) -> None:
        lvl, k = self.level, len(self.kommuner)

        def rule(body: Org, seat: str, text: str, **kw: object) -> Rule:
            r = Rule(body, seat, text, **kw)  # type: ignore[arg-type]
            origin = (r.from_org.id if r.from_org else None) or r.from_kind or r.area or ""
            parts = [seat, *r.posts, origin]
            if r.area and r.area != origin:
                parts.append(r.area)
            if r.per:
                parts.append(f"per-{r.per}")
            r.iri = self.ids.seat(body.id, parts)
            r.label = " ".join(str(x) for x in (r.count, *parts) if x)
            self.rules.append(r)
            return r

        rule(lvl, "ledamot", "- Socialchefer i länets kommuner", posts=("socialchef",), per="kommun")
        rule(lvl, "ledamot", "- Skolchefer i länets kommuner", posts=("skolchef",), per="kommun")
        if self.gf is not None:
            rule(lvl, "ledamot", f"- {self.gf.name}", from_org=self.gf)
        rule(lvl, "ledamot", f"- Direktörer från {self.ledningsstab.name}", from_org=self.ledningsstab)
        rule(lvl, "ledamot", f"- Representant från {self.folkhalsa_unit.name}", from_org=self.folkhalsa_unit,
             count=1)
        for area, unit in self.care_units.items():
            rule(lvl, "ledamot", f"- Förvaltningschef inom {unit.name}", posts=("forvaltningschef",),
                 from_org=self.region, area=area)
        rule(lvl, "ledamot", "- Invånar- och brukarrepresentanter",
             posts=("invanarrepresentant", "brukarrepresentant"))
        rule(self.presidiemoten, "ledamot", f"- {min(4, k)} kommunstyrelseordförande",
             posts=("kommunstyrelseordforande",), from_kind="kommun", count=min(4, k))
        rule(self.presidiemoten, "ledamot", "- Fyra regionpolitiker", from_org=self.region, count=4)
        self.group_rules: list[Rule] = []
        for g in self.groups:
            self.ever[g.id] = set()
            bm = self.areas["brukarmedverkan"]
            self.group_rules += [
                rule(g, "ordforande", "- Ordförande", count=1, pool=self.pools["ordforande"]),
                rule(g, "vice-ordforande", "- Vice ordförande", count=1, pool=self.pools["vice-ordforande"]),
                rule(g, "utvecklingsledare", f"- Utvecklingsledare {self.region.name}", from_org=self.region,
                     count=1, pool=self.pools["ul-region"]),
                rule(g, "utvecklingsledare", f"- Utvecklingsledare {self.kf.name}", from_org=self.kf, count=1,
                     pool=self.pools["ul-kf"]),
                rule(g, "representant", "- Tre representanter från kommuner", from_kind="kommun", count=3,
                     pool=self.pools["rep-kommun"]),
                rule(g, "representant", f"- Tre representanter från {self.region.name}", from_org=self.region,
                     count=3, pool=self.pools["rep-region"]),
                rule(g, "representant", "- En representant för folkhälsa", area="folkhalsa", count=1,
                     pool=self.pools["folkhalsa"], origin=self.areas["folkhalsa"]),
                rule(g, "representant", "- Två representanter för brukarmedverkan (utses av "
                     "samverkansområdesgruppen)", area="brukarmedverkan", count=2, appointed_by=bm,
                     pool=self.pools["brukarmedverkan"], origin=bm),
                rule(g, "representant", "- En representant för hab/rehab", area="hab-rehab", count=1,
                     pool=self.pools["hab-rehab"], origin=self.areas["hab-rehab"]),
            ]

    # time ----------------------------------------------------------------------------------
    def schedule(self) -> None:
        rng = self.rng
        self.meetings: list[Meeting] = []
        for year in range(self.start.year, END_YEAR + 1):
            months = sorted(rng.sample((2, 3, 4, 5, 6, 9, 10, 11, 12), rng.choice((3, 4))))
            conference = rng.choice([m for m in (3, 4, 10, 11) if m not in months] or [1, 8])
            for month in sorted([*months, conference]):
                day = date(year, month, rng.randint(1, 26))
                while day.weekday() >= 5:
                    day += timedelta(days=1)
                kind = "presidiekonferens" if month == conference else "lgl-meeting"
                suffix = "presidiekonferens" if kind == "presidiekonferens" else "lansgemensam-ledning"
                self.meetings.append(Meeting(f"{self.prefix}{day.isoformat()}-{suffix}", kind, day))
        self.sizes.meetings = len(self.meetings)
        self.last_lgl = max(m.day for m in self.meetings if m.kind == "lgl-meeting")

    def make_tenures(self) -> None:
        rng, first, last = self.rng, self.start, self.last_lgl
        for s in self.slots:
            changes: list[date] = []
            if s.role in POLITICAL:
                for year in ELECTION_TERMS:
                    if first < date(year, 1, 1) < last and rng.random() < 0.5:
                        changes.append(date(year, 1, 1))
            else:
                rate = TURNOVER.get(s.role, DEFAULT_TURNOVER)
                for year in range(first.year, END_YEAR + 1):
                    if rng.random() < rate:
                        day = date(year, 1, 1) + timedelta(days=rng.randrange(365))
                        if first < day < last:
                            changes.append(day)
            bounds: list[date | None] = [None, *changes, None]
            for start, end in zip(bounds, bounds[1:], strict=False):
                person = self.new_person()
                acting = s.role not in POLITICAL and rng.random() < 0.03
                m = self.ids.membership(person.slug, s.role, s.org.id)
                s.tenures.append(Tenure(s, person, start, end, acting, m))
        self.sizes.memberships += sum(len(s.tenures) * (1 + len(s.tied)) for s in self.slots)

    def tied_membership(self, tied: Tied, t: Tenure) -> str:
        rep = tied.representing.id if tied.representing else None
        return self.ids.membership(t.person.slug, tied.role, tied.body.id, rep)

    def pick(self, rule: Rule, day: date, prefer: Slot | None = None) -> Tenure | None:
        """A holder for a seat on a day: someone in the pool not (ever) in the group, preferably
        from a kommun the seat's other holders do not come from."""
        ever = self.ever[rule.body.id]
        if prefer is not None:
            t = prefer.at(day)
            if t.person.slug not in ever:
                return t
        candidates = [t for t in (s.at(day) for s in rule.pool) if t.person.slug not in ever]
        if rule.from_kind == "kommun":
            taken = {h.tenure.slot.org.id for h in rule.holders if h.end is None}
            spread = [t for t in candidates if t.slot.org.id not in taken]
            candidates = spread or candidates
        return self.rng.choice(candidates) if candidates else None

    def seat_holder(self, rule: Rule, t: Tenure, day: date | None) -> Holder:
        group = rule.body
        self.ever[group.id].add(t.person.slug)
        representing = None
        if rule.from_org is not None or rule.from_kind is not None:
            representing = t.slot.org
        m = self.ids.membership(t.person.slug, rule.seat, group.id, representing.id if representing else None)
        self.sizes.memberships += 1
        return Holder(rule, t, m, representing, day)

    def fill_seats(self) -> None:
        for r in self.group_rules:
            for _ in range(r.count or 1):
                t = self.pick(r, self.start)
                if t is None:
                    raise RuntimeError(f"no one to fill {r.iri} at the start")
                r.holders.append(self.seat_holder(r, t, None))

    # output: the founding document ----------------------------------------------------------
    def emit_org(self, doc: Doc, o: Org, ln: int) -> None:
        iri = o.iri
        doc.add(iri, A, ORG.Organization)
        for cls in ORG_CLASS_TERMS[o.kind]:
            doc.add(iri, A, cls)
        doc.add(iri, SKOS.prefLabel, lit_sv(o.name))
        doc.add(iri, RDFS.label, lit_sv(o.name))
        doc.add(iri, DCT.identifier, lit(o.id))
        if o.parent is not None:
            doc.add(iri, ORG.subOrganizationOf, o.parent.iri)
            doc.add(o.parent.iri, ORG.hasSubOrganization, iri)
            if o.kind == "unit":
                doc.add(iri, ORG.unitOf, o.parent.iri)
                doc.add(o.parent.iri, ORG.hasUnit, iri)
        if o.founded is not None:
            doc.add(iri, LGL.foundedIn, date_lit(str(o.founded)))
        if o.focus:
            doc.add(iri, LGL.focus, lit_sv(o.focus))
        for act in o.activities:
            doc.add(iri, LGL.activity, lit_sv(act))
        doc.cite(iri, ln)

    def emit_rule(self, doc: Doc, r: Rule, ln: int) -> None:
        iri = r.iri
        doc.add(r.body.iri, LGL.seatRequirement, iri)
        doc.add(iri, A, LGL.SeatRequirement)
        doc.add(iri, LGL.requiredRole, ROLE[r.seat])
        if r.count is not None:
            doc.add(iri, LGL.requiredCount, nonneg_int(r.count))
        for post in r.posts:
            doc.add(iri, LGL.requiredPost, ROLE[post])
        if r.per:
            doc.add(iri, LGL.perOrganisationOfKind, KIND_TERMS[r.per])
        if r.from_org is not None:
            doc.add(iri, LGL.fromOrganization, r.from_org.iri)
        if r.from_kind:
            doc.add(iri, LGL.fromKind, KIND_TERMS[r.from_kind])
        if r.area:
            doc.add(iri, LGL.area, lit(r.area))
        if r.appointed_by is not None:
            doc.add(iri, LGL.appointedBy, r.appointed_by.iri)
        doc.add(iri, RDFS.label, lit_sv(r.label))
        doc.cite(iri, ln)

    def emit_post(self, doc: Doc, t: Tenure, ln: int) -> str:
        doc.person(t.person, ln)
        return doc.membership(t.membership, t.person, t.slot.org, t.slot.role, ln,
                              title=t.slot.title if t.slot.title != ROLE_LABEL[t.slot.role] else None,
                              acting=t.acting)

    def emit_tied(self, doc: Doc, tied: Tied, t: Tenure, ln: int) -> str:
        return doc.membership(self.tied_membership(tied, t), t.person, tied.body, tied.role, ln,
                              representing=tied.representing, title=tied.title, acting=t.acting)

    def emit_holder(self, doc: Doc, h: Holder, ln: int) -> str:
        doc.person(h.tenure.person, ln)
        return doc.membership(h.membership, h.tenure.person, h.rule.body, h.rule.seat, ln,
                              representing=h.representing, seat_origin=h.rule.origin)

    def emit_founding(self) -> None:
        year = str(self.start.year)
        c = self.county
        doc = Doc(self, f"{self.prefix}introduktion", "introduktion",
                  f"Länsgemensam ledning i samverkan – {c.name}, introduktion {year} (syntetiskt)", year)
        observed = doc.instant(year)
        for o in self.orgs:
            self.emit_org(doc, o, doc.line(o.name if o.focus is None else f"{o.name}. Fokus: {o.focus}"))
        self.works = {
            "utskrivning": (f"{self.prefix}overenskommelse-utskrivning", "agreement",
                            f"Överenskommelse om utskrivning från sluten hälso- och sjukvård, {c.name}",
                            [self.region, self.kf], []),
            "plan": (f"{self.prefix}gemensam-plan-for-samverkan", "plan", f"Gemensam plan för samverkan, {c.name}",
                     [], self.groups),
            "nara-vard": (f"{self.prefix}nara-vard-strategi", "strategy",
                          f"Länsgemensam målbild och strategi för Nära vård, {c.name}", [self.region, self.kf], []),
        }
        for wid, kind, title, by, groups in self.works.values():
            iri, ln = self.ids.work(wid), doc.line(title)
            doc.add(iri, A, WORK_TERMS[kind])
            doc.add(iri, A, LGL.Work)
            doc.add(iri, DCT.identifier, lit(wid))
            for p in (DCT.title, SKOS.prefLabel, RDFS.label):
                doc.add(iri, p, lit_sv(title))
            for o in by:
                doc.add(iri, DCT.creator, o.iri)
            for g in groups:
                doc.add(iri, LGL.workedOnBy, g.iri)
            doc.cite(iri, ln)
        body = None
        for r in self.rules:
            if r.body is not body:
                body = r.body
                doc.line(f"{body.name} består av:")
            self.emit_rule(doc, r, doc.line(r.text))
        for s in self.slots:
            t = s.tenures[0]
            ln = doc.line(f"{t.person.name}, {s.title}, {s.org.name}")
            period = self.emit_post(doc, t, ln)
            doc.add(period, TIME.inside, observed)
            for tied in s.tied:
                doc.add(self.emit_tied(doc, tied, t, ln), TIME.inside, observed)
        for r in self.group_rules:
            for h in r.holders:
                origin = f" (från {r.origin.name})" if r.origin else ""
                ln = doc.line(f"{h.tenure.person.name}, {ROLE_LABEL[r.seat]} i {r.body.name}{origin}")
                doc.add(self.emit_holder(doc, h, ln), TIME.inside, observed)

    # output: meetings -------------------------------------------------------------------------
    def meeting_doc(self, m: Meeting) -> Doc:
        kind, label = (("protokoll-lansgemensam-ledning", "Länsgemensam ledning") if m.kind == "lgl-meeting"
                       else ("protokoll-presidiekonferens", "Presidiekonferens"))
        doc = Doc(self, m.id, kind, f"Protokoll {label} {self.county.name} {m.iso} (syntetiskt)", m.iso)
        doc.add(doc.iri, FOAF.primaryTopic, self.ids.meeting(m.id))
        return doc

    def emit_meeting_node(self, doc: Doc, m: Meeting, prev: Meeting | None, body: Org, label: str) -> str:
        iri = self.ids.meeting(m.id)
        a = doc.line(f"Protokoll {label} {m.iso}")
        venue = "Digitalt möte" if self.rng.random() < 0.2 else f"Regionens hus, {self.county.seat}"
        b = doc.line(f"Plats: {venue}")
        doc.add(iri, A, LGL.Meeting)
        doc.add(iri, A, MEETING_TERMS[m.kind])
        doc.add(iri, A, PROV.Activity)
        doc.add(iri, DCT.identifier, lit(m.id))
        doc.add(iri, LGL.meetingOf, body.iri)
        doc.add(iri, DCT.date, date_lit(m.iso))
        doc.add(iri, TIME.hasTime, doc.instant(m.iso))
        doc.add(iri, LGL.meetingStatus, LGL["status-held"])
        doc.add(iri, RDFS.label, lit_sv(f"{label} {m.iso}"))
        doc.add(iri, LGL.venue, lit(venue))
        if prev is not None:
            doc.add(iri, LGL.refersToMeeting, self.ids.meeting(prev.id))
        doc.cite(iri, a, b)
        return iri

    def item(self, doc: Doc, m: Meeting, n: int, title: str, first: int, last: int, *,
             presenter: tuple[Person, int] | None = None, summary: str | None = None,
             concerns: str | None = None) -> str:
        meeting = self.ids.meeting(m.id)
        iri = self.ids.item(m.id, n, first)
        doc.add(iri, A, LGL.AgendaItem)
        doc.add(meeting, LGL.agendaItem, iri)
        doc.add(iri, LGL.itemOf, meeting)
        doc.add(iri, DCT.title, lit_sv(title))
        doc.add(iri, RDFS.label, lit_sv(title))
        doc.add(iri, LGL.position, pos_int(n))
        doc.add(iri, LGL.itemNumber, pos_int(n))
        if summary:
            doc.add(iri, DCT.description, lit_sv(summary))
        if concerns:
            doc.add(iri, LGL.concerns, self.ids.work(self.works[concerns][0]))
        if presenter is not None:
            doc.add(iri, LGL.presenter, doc.person(*presenter))
        doc.cite(iri, first, last)
        return iri

    def decision(self, doc: Doc, m: Meeting, key: str, kind: str, item: str, text: str, label: str, ln: int) -> str:
        did = f"{m.id.removesuffix('-lansgemensam-ledning')}-{key}"
        iri = self.ids.decision(did)
        doc.add(iri, A, LGL.Decision)
        doc.add(iri, A, PROV.Activity)
        doc.add(iri, DCT.identifier, lit(did))
        doc.add(iri, LGL.decidedAt, self.ids.meeting(m.id))
        doc.add(iri, DCT.date, date_lit(m.iso))
        doc.add(iri, PROV.wasAssociatedWith, self.level.iri)
        doc.add(iri, LGL.decisionKind, LGL[f"decision-{kind}"])
        doc.add(iri, DCT.description, lit_sv(text))
        doc.add(iri, LGL.underItem, item)
        doc.add(iri, RDFS.label, lit_sv(label))
        doc.cite(iri, ln)
        self.sizes.decisions += 1
        return iri

    def post_changes(self, doc: Doc, m: Meeting, changes: list[Tenure]) -> list[int]:
        """Lines telling who took up a post since the last protocol, with the memberships that
        end and begin (the post's and those that go with it)."""
        lines = []
        for new in changes:
            s = new.slot
            old = s.tenures[s.tenures.index(new) - 1]
            ln = doc.line(f"{new.person.name} har tillträtt som {s.title} i {s.org.name} den {new.start}, "
                          f"efter {old.person.name}.")
            lines.append(ln)
            start = doc.instant(new.start.isoformat())  # type: ignore[union-attr]
            doc.person(old.person, ln)
            ended = [self.emit_post(doc, old, ln)] + [self.emit_tied(doc, tied, old, ln) for tied in s.tied]
            for period in ended:
                doc.add(period, TIME.hasEnd, start)
            doc.person(new.person, ln)
            begun = [self.emit_post(doc, new, ln)] + [self.emit_tied(doc, tied, new, ln) for tied in s.tied]
            for period in begun:
                doc.add(period, TIME.hasBeginning, start)
                if new.end is None or new.end > m.day:
                    doc.add(period, TIME.inside, doc.instant(m.iso))
                else:
                    doc.add(period, TIME.hasEnd, doc.instant(new.end.isoformat()))
        return lines

    def replacements(self, m: Meeting) -> list[tuple[Holder, Holder]]:
        """Who leaves which seat of a samordnande grupp at this meeting, and who takes it: everyone
        whose post has ended, and now and then someone who steps down."""
        done: list[tuple[Holder, Holder]] = []

        def replace(rule: Rule, i: int, t: Tenure) -> None:
            old = rule.holders[i]
            new = self.seat_holder(rule, t, m.day)
            old.end = m.day
            rule.holders[i] = new
            done.append((old, new))

        for rule in self.group_rules:
            for i, h in enumerate(rule.holders):
                if h.tenure.end is not None and h.tenure.end <= m.day:
                    t = self.pick(rule, m.day, prefer=h.tenure.slot)
                    if t is None:
                        raise RuntimeError(f"no one to replace {h.tenure.person.name} in {rule.iri} on {m.iso}")
                    replace(rule, i, t)
        for _ in range(self.rng.choice((0, 0, 1, 1, 1, 2))):
            rule = self.rng.choice(self.group_rules)
            i = self.rng.randrange(len(rule.holders))
            if rule.holders[i].start == m.day:
                continue
            t = self.pick(rule, m.day)
            if t is not None:
                replace(rule, i, t)
        return done

    def emit_replacement(self, doc: Doc, m: Meeting, item: str, old: Holder, new: Holder) -> None:
        rule, group = new.rule, new.rule.body
        np, op = new.tenure.person, old.tenure.person
        origin = f" som representant från {rule.origin.name}" if rule.origin else ""
        text = (f"Länsgemensam ledning beslutar att {np.name}, {new.tenure.slot.title}, {new.tenure.slot.org.name}, "
                f"ersätter {op.name} som {ROLE_LABEL[rule.seat]} i {group.name}{origin}.")
        ln = doc.line(text)
        self.decision_n += 1
        key = f"byte-{group.id.removeprefix(self.prefix + 'samordnande-grupp-')}-{self.decision_n}"
        d = self.decision(doc, m, key, "replacement", item, text, f"{np.name} ersätter {op.name} i {group.name}", ln)
        day = doc.instant(m.iso)
        started_period = self.emit_holder(doc, new, ln)
        ended_period = self.emit_holder(doc, old, ln)
        doc.add(started_period, TIME.hasBeginning, day)
        doc.add(started_period, TIME.inside, day)
        doc.add(ended_period, TIME.hasEnd, day)
        doc.add(d, LGL.startsMembership, new.membership)
        doc.add(new.membership, LGL.startedBy, d)
        doc.add(d, LGL.endsMembership, old.membership)
        doc.add(old.membership, LGL.endedBy, d)
        doc.add(new.membership, LGL.replaces, old.membership)
        doc.add(old.membership, LGL.replacedBy, new.membership)

    def attendance_list(self, doc: Doc, m: Meeting, kind: str, heading: str, position: int,
                        entries: list[tuple[Tenure, Tied | None]]) -> None:
        """A list and its entries: a ledamot attends in the capacity of the membership that goes with
        the post (tied), anyone else in that of their post."""
        meeting = self.ids.meeting(m.id)
        first = doc.line(heading)
        liri = self.ids.attendance_list(m.id, kind, first, unique=True)
        day = doc.instant(m.iso)
        rows = []
        for t, tied in entries:
            who = f"{t.person.name} (tf.)" if t.acting else t.person.name
            if tied is not None and tied.capacity:
                text = f"{who}, {tied.title}"
            elif tied is not None and tied.representing is not None:
                text = f"{who}, {tied.representing.name}"
            else:
                text = f"{who}, {t.slot.title}, {t.slot.org.name}"
            rows.append((t, tied, doc.line(text)))
        last = len(doc.lines)
        doc.add(liri, A, LGL.AttendanceList)
        doc.add(meeting, LGL.attendanceList, liri)
        doc.add(liri, LGL.atMeeting, meeting)
        doc.add(liri, LGL.listKind, LGL[f"list-{kind}"])
        doc.add(liri, LGL.position, pos_int(position))
        doc.add(liri, LGL.entryCount, nonneg_int(len(entries)))
        doc.add(liri, RDFS.label, lit_sv(f"{heading} – {m.id}"))
        doc.add(liri, LGL.heading, lit(heading))
        doc.cite(liri, first, last)
        for t, tied, ln in rows:
            p = t.person
            a = self.ids.attendance(m.id, p.slug)
            doc.add(a, A, LGL.Attendance)
            doc.add(a, LGL.attendee, doc.person(p, ln))
            doc.add(a, LGL.atMeeting, meeting)
            doc.add(a, LGL.attendanceList, liri)
            doc.add(a, LGL.nameAsWritten, lit(p.name))
            doc.add(a, RDFS.label, lit_sv(f"{p.name} – {m.id}"))
            if t.acting:
                doc.add(a, LGL.acting, TRUE)
            if tied is not None:
                if tied.representing is not None:
                    doc.add(a, LGL.representing, tied.representing.iri)
                if tied.capacity:
                    doc.add(a, LGL.capacityRole, ROLE[tied.capacity])
                capacity, period = self.tied_membership(tied, t), self.emit_tied(doc, tied, t, ln)
            else:
                doc.add(a, LGL.representing, t.slot.org.iri)
                capacity, period = t.membership, self.emit_post(doc, t, ln)
            doc.add(period, TIME.inside, day)
            doc.add(a, LGL.inCapacity, capacity)
            doc.cite(a, ln)
            self.sizes.attendances += 1

    def emit_lgl_meeting(self, m: Meeting, prev: Meeting | None, prev_lgl: Meeting | None,
                         changes: list[Tenure], indicator_year: int | None) -> None:
        rng = self.rng
        doc = self.meeting_doc(m)
        self.emit_meeting_node(doc, m, prev, self.level, "Länsgemensam ledning")
        ledamoter: list[tuple[Tenure, Tied | None]] = [
            (tied.slot.at(m.day), tied) for tied in self.lgl_ledamot if rng.random() < 0.85]
        present = {t.person.slug for t, _ in ledamoter}
        ovriga: list[tuple[Tenure, Tied | None]] = []
        for s in rng.sample(self.ovriga_pool, min(len(self.ovriga_pool), rng.randint(4, 9))):
            t = s.at(m.day)
            if t.person.slug not in present:
                present.add(t.person.slug)
                ovriga.append((t, None))
        swaps = self.replacements(m)
        topics = rng.sample(TOPICS, rng.randint(2, 4))
        if indicator_year is not None and TOPICS[0] not in topics:
            topics.insert(0, TOPICS[0])
        n = 0

        def heading(title: str) -> tuple[int, int]:
            nonlocal n
            n += 1
            return n, doc.line(f"§{n} {title}")

        def presenter() -> tuple[Person, int] | None:
            if not ovriga:
                return None
            t = rng.choice(ovriga)[0]
            return t.person, doc.line(f"Föredragande: {t.person.name}, {t.slot.title}, {t.slot.org.name}")

        k, a = heading("Mötets öppnande")
        self.item(doc, m, k, "Mötets öppnande", a, a)
        k, a = heading("Föregående mötesprotokoll")
        text = "Beslut: Föregående mötesprotokoll godkändes och lades till handlingarna."
        ln = doc.line(text)
        item = self.item(doc, m, k, "Föregående mötesprotokoll", a, ln, summary=text)
        d = self.decision(doc, m, "protokoll", "approve-protocol", item, text.removeprefix("Beslut: "),
                          f"Föregående protokoll lades till handlingarna {m.iso}", ln)
        proto = self.ids.previous_protocol(m.id)
        doc.add(proto, A, LGL.Protocol)
        doc.add(proto, RDFS.label, lit_sv("Föregående mötesprotokoll"))
        if prev_lgl is not None:
            doc.add(proto, RDFS.comment, lit_sv(f"Protokollet från föregående möte i Länsgemensam ledning, "
                                                f"{prev_lgl.iso}."))
            doc.add(proto, FOAF.primaryTopic, self.ids.meeting(prev_lgl.id))
        else:
            doc.add(proto, RDFS.comment, lit_sv("Protokollet från föregående möte, före den syntetiska perioden."))
        doc.add(d, LGL.approves, proto)
        k, a = heading("Lägesrapport från de samordnande grupperna")
        pres = presenter()
        summary = "Ordförande och vice ordförande i de samordnande grupperna lämnar en lägesrapport."
        self.item(doc, m, k, "Lägesrapport från de samordnande grupperna", a, doc.line(summary), presenter=pres,
                  summary=summary)
        for title, summary, work in topics:
            k, a = heading(title)
            pres = presenter()
            last = doc.line(summary)
            item = self.ids.item(m.id, k, a)
            if title == TOPICS[0][0] and indicator_year is not None:
                value = f"{rng.uniform(0.5, 3.0):.1f}"
                text = (f"Länsgemensam ledning beslutar att fastställa indikatorn för genomsnittligt antal "
                        f"utskrivningsklara dagar för år {indicator_year} till {value.replace('.', ',')}.")
                last = doc.line(text)
                label = "Genomsnittligt antal utskrivningsklara dagar"
                d = self.decision(doc, m, "indikator-utskrivningsklara-dagar", "indicator", item, text,
                                  f"{label} {indicator_year}: {value}", last)
                agreement = self.ids.work(self.works["utskrivning"][0])
                v = Terms.indicator(d)
                doc.add(v, A, LGL.IndicatorValue)
                doc.add(v, RDFS.label, lit_sv(label))
                doc.add(v, RDF.value, typed(value, XSD.decimal))
                doc.add(v, LGL.forYear, date_lit(str(indicator_year)))
                doc.add(v, LGL.concerns, agreement)
                doc.add(d, LGL.concerns, agreement)
                doc.add(d, LGL.fixesIndicator, v)
                doc.cite(v, last)
            self.item(doc, m, k, title, a, last, presenter=pres, summary=summary, concerns=work)
        if changes:
            k, a = heading("Personalförändringar hos huvudmännen")
            lines = self.post_changes(doc, m, changes)
            self.item(doc, m, k, "Personalförändringar hos huvudmännen", a, lines[-1],
                      summary="Information om nya chefer och medarbetare hos huvudmännen.")
        if swaps:
            k, a = heading("Byte av ledamöter i samordnande grupper")
            item = self.ids.item(m.id, k, a)
            for old, new in swaps:
                self.emit_replacement(doc, m, item, old, new)
            self.item(doc, m, k, "Byte av ledamöter i samordnande grupper", a, len(doc.lines))
        k, a = heading("Övriga frågor")
        self.item(doc, m, k, "Övriga frågor", a, doc.line("Inga övriga frågor."))
        self.attendance_list(doc, m, "ledamoter", "Närvarande ledamöter:", 1, ledamoter)
        self.attendance_list(doc, m, "ovriga", "Övriga:", 2, ovriga)

    def emit_conference(self, m: Meeting, prev: Meeting | None, changes: list[Tenure]) -> None:
        rng = self.rng
        doc = self.meeting_doc(m)
        iri = self.emit_meeting_node(doc, m, prev, self.conference, "Presidiekonferens")
        invited = self.kso + self.regionrad + [self.planeringsdirektor, self.socialchef[0]] + self.region_ul[:2]
        deltagare: list[tuple[Tenure, Tied | None]] = [(s.at(m.day), None) for s in invited if rng.random() < 0.8]
        doc.add(iri, LGL.approximateParticipants, nonneg_int(10 * round(len(deltagare) * 1.6 / 10 + 0.5)))
        picked = sorted(rng.sample(range(len(CONFERENCE_TOPICS)), rng.randint(3, 5)))
        for n, i in enumerate(picked, 1):
            title = CONFERENCE_TOPICS[i]
            a = doc.line(f"{n}. {title}")
            pres = None
            if deltagare:
                t = rng.choice(deltagare)[0]
                pres = (t.person, doc.line(f"{t.person.name}, {t.slot.title}, {t.slot.org.name}"))
            self.item(doc, m, n, title, a, len(doc.lines), presenter=pres)
        if changes:
            a = doc.line(f"{len(picked) + 1}. Personalförändringar hos huvudmännen")
            lines = self.post_changes(doc, m, changes)
            self.item(doc, m, len(picked) + 1, "Personalförändringar hos huvudmännen", a, lines[-1])
        self.attendance_list(doc, m, "deltagare", "Deltagare:", 1, deltagare)

    def emit_people(self) -> None:
        g = self.ids.people_graph(self.prefix)

        def q(s: str, p: str, o: str) -> None:
            self.sink.line(f"{s} {p} {o} {g} .\n")

        q(g, A, LGL.Reconciliation)
        q(g, A, PROV.Entity)
        q(g, RDFS.label, lit_sv(f"Personer i de syntetiska data för {self.county.name}"))
        q(g, RDFS.label, lit_en(f"People in the synthetic data for {self.county.name}"))
        q(g, RDFS.comment, lit_sv("Syntetiska personer: ett IRI och ett namn per person (samverkan synth)."))
        for doc_id in self.doc_ids:
            q(g, PROV.wasDerivedFrom, self.ids.doc(doc_id))
        for p in self.people:
            if not p.docs:
                continue
            q(p.iri, A, FOAF.Person)
            q(p.iri, FOAF.name, lit(p.name))
            q(p.iri, RDFS.label, lit(p.name))
            q(p.iri, DCT.identifier, lit(p.slug))
            for doc_id in p.docs:
                q(p.iri, PROV.wasDerivedFrom, self.ids.doc(doc_id))
            self.sizes.people += 1

    # all of it -------------------------------------------------------------------------------
    def run(self) -> Sizes:
        before = self.sink.count
        self.build_orgs()
        self.build_slots()
        self.build_tied()
        self.build_rules()
        self.schedule()
        self.make_tenures()
        self.fill_seats()
        self.emit_founding()
        days = [m.day for m in self.meetings]
        changes: list[list[Tenure]] = [[] for _ in self.meetings]
        for s in self.slots:
            for t in s.tenures[1:]:
                changes[bisect_left(days, t.start)].append(t)  # the first protocol on or after the change
        last_of_year = {m.day.year: i for i, m in enumerate(self.meetings) if m.kind == "lgl-meeting"}
        prev: Meeting | None = None
        prev_lgl: Meeting | None = None
        for i, m in enumerate(self.meetings):
            if m.kind == "lgl-meeting":
                year = m.day.year + 1 if last_of_year[m.day.year] == i else None
                self.emit_lgl_meeting(m, prev, prev_lgl, changes[i], year)
                prev_lgl = m
            else:
                self.emit_conference(m, prev, changes[i])
            prev = m
        self.emit_people()
        self.sizes.quads = self.sink.count - before
        return self.sizes
