"""Turn checked records into RDF: one named graph per source document, plus the people graph.

Every fact about the world is written into the named graph of the document that states it, and
points (dcterms:source) to the passage — the cited lines, quoted — it comes from. The emitter reads
the record model (graph/model.py) by attribute: one method per kind of fact.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS, VOID

from . import config
from .config import LGL, ORG, ROLE, TIME
from .iris import Iris
from .model import (
    AgendaItem,
    AttendanceEntry,
    Decision,
    Lines,
    Meeting,
    RecordFile,
    SeatRule,
    SourceDocument,
    Statement,
    date_text,
)
from .names import fold, slug
from .people import People, reconcile_people
from .records import Corpus, Record
from .yamlload import RecordError

ORG_CLASSES: dict[str, list[URIRef]] = {
    "region": [LGL.Region, LGL.Principal, ORG.FormalOrganization],
    "kommun": [LGL.Municipality, LGL.Principal, ORG.FormalOrganization],
    "gymnasieforbund": [LGL.SchoolFederation, LGL.Principal, ORG.FormalOrganization],
    "kommunforbund": [LGL.MunicipalFederation, ORG.FormalOrganization],
    "unit": [ORG.OrganizationalUnit],
    "external": [LGL.ExternalActor, ORG.FormalOrganization],
    "county": [LGL.County],
    "collaboration-body": [LGL.CollaborationBody],
    "coordinating-group": [LGL.CoordinatingGroup, LGL.CollaborationBody],
    "area-group": [LGL.CollaborationAreaGroup, LGL.CollaborationBody],
    "presidium": [LGL.Presidium, LGL.CollaborationBody],
    "conference": [LGL.Conference, LGL.CollaborationBody],
    "meeting-series": [LGL.MeetingSeries, LGL.CollaborationBody],
    "forum": [LGL.Forum, LGL.CollaborationBody],
    "network": [LGL.Network, LGL.CollaborationBody],
    "process-group": [LGL.ProcessGroup, LGL.CollaborationBody],
    "steering-group": [LGL.SteeringGroup, LGL.CollaborationBody],
    "working-group": [LGL.WorkingGroup, LGL.CollaborationBody],
    "preparatory-group": [LGL.PreparatoryGroup, LGL.CollaborationBody],
}
# the datatype of each code list's skos:notation (ontology/lgl.ttl; its pattern in shapes/structure.ttl)
NOTATION_TYPES = {"kommunkod": LGL.kommunkod, "lanskod": LGL.lanskod}
KIND_CLASS = {"kommun": LGL.Municipality, "region": LGL.Region, "kommunforbund": LGL.MunicipalFederation,
              "gymnasieforbund": LGL.SchoolFederation}
WORK_CLASSES = {
    "strategy": LGL.Strategy, "plan": LGL.Plan, "agreement": LGL.Agreement, "law": LGL.Law,
    "project": LGL.Project, "service": LGL.Service, "model": LGL.Model, "persona": LGL.Persona,
    "workshop-question": LGL.WorkshopQuestion, "initiative": LGL.Initiative, "programme": LGL.Programme,
    "platform": LGL.Platform, "report": LGL.Report,
}
MEETING_CLASSES = {"lgl-meeting": LGL.LGLMeeting, "presidiekonferens": LGL.PresidiumConference,
                   "presidiemote": LGL.PresidiumMeeting}
GOAL_CLASSES = {"vision": LGL.Vision, "goal": LGL.OverallGoal, "sub-goal": LGL.SubGoal}
SV = "sv"


@functools.cache
def _role_labels() -> dict[str, str]:
    g = Graph()
    g.parse(config.ONTOLOGY_DIR / "vocabularies.ttl", format="turtle")
    return {str(s).rsplit("/", 1)[-1]: str(o) for s, o in g.subject_objects(SKOS.prefLabel)
            if str(s).startswith(str(ROLE)) and o.language == SV}


def _role_label(role: str) -> str:
    return _role_labels().get(role, role)


AREA_LABELS = {"primarvard": ("primärvård", "primary care"), "specialistvard": ("specialistvård", "specialist care"),
               "psykiatri": ("psykiatri", "psychiatry"), "tandvard": ("tandvård", "dental care"),
               "folkhalsa": ("folkhälsa", "public health"), "brukarmedverkan": ("brukarmedverkan", "user involvement"),
               "hab-rehab": ("hab/rehab", "habilitation/rehabilitation")}


@functools.cache
def _term_labels() -> dict[tuple[str, str], str]:
    """(term IRI, language) -> rdfs:label / skos:prefLabel from ontology/*.ttl."""
    g = Graph()
    for path in sorted(config.ONTOLOGY_DIR.glob("*.ttl")):
        g.parse(path, format="turtle")
    out: dict[tuple[str, str], str] = {}
    for prop in (RDFS.label, SKOS.prefLabel):
        for s, o in g.subject_objects(prop):
            if isinstance(o, Literal) and o.language:
                out.setdefault((str(s), o.language), str(o))
    return out


def _seat_labels(seat: SeatRule, org_name: Callable[[str], str]) -> dict[str, str]:
    """A seat rule in words, in Swedish and English: "3 × representant från en kommun"."""
    terms = _term_labels()
    out = {}
    for lang in (SV, "en"):
        def term(node: URIRef, lang: str = lang) -> str:
            return terms.get((str(node), lang)) or terms.get((str(node), SV)) or str(node).rsplit("/", 1)[-1]
        words = [f"{seat.count} ×"] if seat.count is not None else []
        words.append(term(ROLE[seat.seat]))
        if seat.post:
            words.append("(" + (" eller " if lang == SV else " or ").join(term(ROLE[p]) for p in seat.post) + ")")
        if seat.from_org:
            words.append(("från " if lang == SV else "from ") + org_name(seat.from_org))
        if seat.from_kind:
            words.append(("från en " if lang == SV else "from a ") + term(KIND_CLASS[seat.from_kind]))
        if seat.per:
            words.append(("från varje " if lang == SV else "from every ") + term(KIND_CLASS[seat.per]))
        if seat.area:
            area = AREA_LABELS.get(seat.area, (seat.area,) * 2)
            words.append(("för " if lang == SV else "for ") + area[0 if lang == SV else 1])
        out[lang] = " ".join(words)
    return out


def _meeting_label(m: Meeting) -> str:
    """A meeting's name as people say it: its kind and date ("Presidiekonferens 2024-03-01")."""
    kind_label = {"lgl-meeting": "Länsgemensam ledning", "presidiekonferens": "Presidiekonferens",
                  "presidiemote": "Presidiemöte"}[m.kind]
    return f"{kind_label} {m.date}"


def _date_literal(iso: str) -> Literal:
    return Literal(iso, datatype=XSD.date if len(iso) == 10 else XSD.gYear)


class DocumentEmitter:
    """Writes one record's facts (graph/model.py) into its document's named graph."""

    def __init__(self, ds: Dataset, iris: Iris, corpus: Corpus, people: People, rec: Record) -> None:
        self.iris = iris
        self.corpus = corpus
        self.people = people
        self.rec = rec
        self.facts: RecordFile = rec.facts
        self.doc: SourceDocument = rec.document
        self.g = ds.graph(iris.doc(self.doc.id))
        self.memberships: dict[str, list[tuple[URIRef, str]]] = {}  # person slug -> [(membership, org)]

    # helpers ------------------------------------------------------------------
    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | None) -> None:
        if o is not None:
            self.g.add((s, p, o))

    def text(self, value: object) -> Literal:
        return Literal(" ".join(str(value).split()), lang=SV)

    def cite(self, subject: URIRef, span: Lines) -> URIRef:
        passage = self.iris.passage(self.doc.id, span)
        if (passage, RDF.type, LGL.Passage) not in self.g:
            self.add(passage, RDF.type, LGL.Passage)
            self.add(passage, DCTERMS.isPartOf, self.iris.doc(self.doc.id))
            self.add(passage, LGL.startLine, Literal(span[0], datatype=XSD.positiveInteger))
            self.add(passage, LGL.endLine, Literal(span[1], datatype=XSD.positiveInteger))
            self.add(passage, PROV.value, Literal(self.doc.passage(span)))
            where = f"rad {span[0]}" + (f"–{span[1]}" if span[1] != span[0] else "")
            self.add(passage, RDFS.label, Literal(f"{self.doc.title}, {where}", lang=SV))
        self.add(subject, DCTERMS.source, passage)
        return passage

    def instant(self, iso: str) -> URIRef:
        node = self.iris.date(iso)
        self.add(node, RDF.type, TIME.Instant)
        self.add(node, TIME.inXSDDate if len(iso) == 10 else TIME.inXSDgYear, _date_literal(iso))
        return node

    def org(self, org_id: str) -> URIRef:
        return self.iris.org(org_id)

    def org_name(self, org_id: str) -> str:
        return self.corpus.orgs[org_id].name

    def person(self, spelling: str, span: Lines) -> URIRef:
        person = self.people.by_spelling[spelling]
        iri = self.iris.person(slug(person.name))
        self.add(iri, RDF.type, FOAF.Person)
        self.add(iri, LGL.nameAsWritten, Literal(spelling))
        self.cite(iri, span)
        return iri

    def statements(self, subject: URIRef, statements: tuple[Statement, ...]) -> None:
        for st in statements:
            iri = Iris.statement(subject, self.doc.id, st.lines, st.text)
            self.add(iri, RDF.type, LGL.Statement)
            self.add(iri, RDF.value, self.text(st.text))
            if st.note:
                self.add(iri, RDFS.comment, self.text(st.note))
            self.cite(iri, st.lines)
            self.add(subject, LGL.statement, iri)

    def note(self, subject: URIRef, note: str | None) -> None:
        if note:
            self.add(subject, SKOS.editorialNote, self.text(note))

    def membership(self, person_slug: str, role: str, org_id: str, span: Lines, *,
                   representing: str | None = None, observed: bool = True) -> URIRef:
        m = self.iris.membership(person_slug, role, org_id, representing)
        period = Iris.period(m)
        self.add(m, RDF.type, ORG.Membership)
        self.add(m, ORG.member, self.iris.person(person_slug))
        self.add(m, ORG.organization, self.org(org_id))
        self.add(m, ORG.role, ROLE[role])
        person_name = next(p.name for p in self.people.people if slug(p.name) == person_slug)
        org_name = self.org_name(org_id)
        self.add(m, RDFS.label, Literal(f"{person_name} – {_role_label(role)} – {org_name}", lang=SV))
        role_en = _term_labels().get((str(ROLE[role]), "en"))
        if role_en:
            self.add(m, RDFS.label, Literal(f"{person_name} – {role_en} – {org_name}", lang="en"))
        if representing and representing != org_id:
            self.add(m, LGL.representing, self.org(representing))
        self.add(m, ORG.memberDuring, period)
        self.add(period, RDF.type, TIME.Interval)
        if observed:
            self.add(period, TIME.inside, self.instant(self.doc.date))
        self.cite(m, span)
        self.memberships.setdefault(person_slug, []).append((m, org_id))
        return m

    # sections -----------------------------------------------------------------
    def document(self) -> None:
        d = self.doc
        iri = self.iris.doc(d.id)
        for cls in (LGL.SourceDocument, FOAF.Document, PROV.Entity):
            self.add(iri, RDF.type, cls)
        self.add(iri, DCTERMS.identifier, Literal(d.id))
        self.add(iri, DCTERMS.title, Literal(d.title, lang=SV))
        self.add(iri, RDFS.label, Literal(d.title, lang=SV))
        self.add(iri, DCTERMS.date, _date_literal(d.date))
        self.add(iri, DCTERMS.publisher, Literal(d.publisher))
        self.add(iri, DCTERMS.language, Literal(d.language))
        self.add(iri, LGL.documentKind, Literal(d.kind))
        self.add(iri, LGL.originalFileName, Literal(d.original))
        self.add(iri, LGL.textQuality, Literal(d.text_quality))
        self.add(iri, DCTERMS.format, Literal("text/plain"))
        self.add(iri, LGL.fullText, Literal("\n".join(d.lines)))
        if d.url:  # a reference source: where its excerpt was taken from, and when
            self.add(iri, PROV.hadPrimarySource, URIRef(d.url))
        if d.retrieved:
            self.add(iri, LGL.retrieved, _date_literal(d.retrieved))

    def organisations(self) -> None:
        for o in self.facts.organisations:
            iri = self.org(o.id)
            self.add(iri, RDF.type, ORG.Organization)
            for cls in ORG_CLASSES[o.type]:
                self.add(iri, RDF.type, cls)
            self.add(iri, SKOS.prefLabel, Literal(o.name, lang=SV))
            self.add(iri, RDFS.label, Literal(o.name, lang=SV))
            self.add(iri, DCTERMS.identifier, Literal(o.id))
            for alt in o.alt_names:
                self.add(iri, SKOS.altLabel, Literal(alt, lang=SV))
            if o.part_of:
                parent = self.org(o.part_of)
                self.add(iri, ORG.subOrganizationOf, parent)
                self.add(parent, ORG.hasSubOrganization, iri)
                if o.type == "unit":
                    self.add(iri, ORG.unitOf, parent)
                    self.add(parent, ORG.hasUnit, iri)
            if o.founded is not None:
                self.add(iri, LGL.foundedIn, _date_literal(o.founded))
            if o.focus:
                self.add(iri, LGL.focus, self.text(o.focus))
            for act in o.activities:
                self.add(iri, LGL.activity, self.text(act))
            self.statements(iri, o.statements)
            self.note(iri, o.note)
            self.cite(iri, o.lines)
            for seat in o.composition:
                self.seat(o.id, seat)

    def seat(self, org_id: str, seat: SeatRule) -> None:
        origin = seat.from_org or seat.from_kind or seat.area or ""
        # the IRI of a seat without post/per/area-with-origin is unchanged: [seat, origin]
        parts = [seat.seat, *seat.post, origin]
        if seat.area and seat.area != origin:
            parts.append(seat.area)
        if seat.per:
            parts.append(f"per-{seat.per}")
        iri = self.iris.seat(org_id, parts)
        self.add(self.org(org_id), LGL.seatRequirement, iri)
        self.add(iri, RDF.type, LGL.SeatRequirement)
        self.add(iri, LGL.requiredRole, ROLE[seat.seat])
        if seat.count is not None:  # no count: the document gives none (at least one)
            self.add(iri, LGL.requiredCount, Literal(seat.count, datatype=XSD.nonNegativeInteger))
        for post in seat.post:
            self.add(iri, LGL.requiredPost, ROLE[post])
        if seat.per:
            self.add(iri, LGL.perOrganisationOfKind, KIND_CLASS[seat.per])
        if seat.from_org:
            self.add(iri, LGL.fromOrganization, self.org(seat.from_org))
        if seat.from_kind:
            self.add(iri, LGL.fromKind, KIND_CLASS[seat.from_kind])
        if seat.area:
            self.add(iri, LGL.area, Literal(seat.area))
        if seat.area_name:  # the area as the document writes it (the seat tables show it)
            self.add(iri, LGL.areaName, Literal(seat.area_name, lang=SV))
        if seat.appointed_by:
            self.add(iri, LGL.appointedBy, self.org(seat.appointed_by))
        for lang, label in _seat_labels(seat, self.org_name).items():
            self.add(iri, RDFS.label, Literal(label, lang=lang))
        self.note(iri, seat.note)
        self.cite(iri, seat.lines)

    def mentions(self) -> None:
        for m in self.facts.mentions:
            iri = self.org(m.id)
            self.add(iri, LGL.nameAsWritten, Literal(m.as_written))
            self.cite(iri, m.lines)

    def identifiers(self) -> None:
        """Official codes (skos:notation typed by their code list), with the name beside them and the lines."""
        for i in self.facts.identifiers:
            iri = self.org(i.id)
            self.add(iri, SKOS.notation, Literal(i.code, datatype=NOTATION_TYPES[i.scheme]))
            self.add(iri, LGL.nameAsWritten, Literal(i.as_written))
            self.cite(iri, i.lines)

    def people_section(self) -> None:
        for p in self.facts.people:
            iri = self.person(p.name, p.lines)
            for v in p.variants:
                self.add(iri, LGL.nameAsWritten, Literal(v))
            self.note(iri, p.note)
            pslug = self.people.slug(p.name)
            for post in p.posts:
                # for_group: the post serves that group, so it is also a membership of the group
                # with the same role, representing the post's organisation (same lines cited)
                targets: list[tuple[str, str | None]] = [(post.org, None)]
                if post.for_group:
                    targets.append((post.for_group, post.org))
                for org_id, representing in targets:
                    m = self.membership(pslug, post.role, org_id, post.lines, representing=representing,
                                        observed=not post.former)
                    period = Iris.period(m)
                    if post.former:
                        self.add(period, TIME.before, self.instant(self.doc.date))
                    if post.acting:
                        self.add(m, LGL.acting, Literal(True))
                    if post.title:
                        self.add(m, LGL.title, self.text(post.title))
                    if post.start:
                        self.add(period, TIME.hasBeginning, self.instant(post.start))
                    if post.end:
                        self.add(period, TIME.hasEnd, self.instant(post.end))
                    self.note(m, post.note)
            for aff in p.affiliations:
                self.add(iri, LGL.affiliatedWith, self.org(aff.org))
                st = Iris.statement(iri, self.doc.id, aff.lines, f"affiliation {aff.org}")
                self.add(st, RDF.type, LGL.Statement)
                self.add(st, RDF.value, self.text(aff.note or self.doc.passage(aff.lines)))
                self.add(iri, LGL.statement, st)
                self.cite(st, aff.lines)

    def meetings(self) -> None:
        held = [m for m in self.facts.meetings if m.status == "held"]
        for m in self.facts.meetings:
            iri = self.iris.meeting(m.id)
            if self.corpus.meetings[m.id][0].path != self.rec.path:
                self.meeting_mention(m, iri, held)
                continue
            self.meeting_itself(m, iri)
            self.add(iri, LGL.meetingStatus, LGL[f"status-{m.status}"])
            if m.place:
                self.add(iri, LGL.venue, Literal(m.place))
            if m.participants_approx is not None:
                self.add(iri, LGL.approximateParticipants,
                         Literal(m.participants_approx, datatype=XSD.nonNegativeInteger))
            self.note(iri, m.note)
            self.cite(iri, m.lines)
            if m.status == "held":
                self.add(self.iris.doc(self.doc.id), FOAF.primaryTopic, iri)
            else:
                for h in held:
                    self.add(self.iris.meeting(h.id), LGL.refersToMeeting, iri)
            self.agenda(m)
            self.attendance(m)

    def meeting_itself(self, m: Meeting, iri: URIRef) -> None:
        """What every record naming a meeting says alike: its kinds, id, body, day and name."""
        self.add(iri, RDF.type, LGL.Meeting)
        self.add(iri, RDF.type, MEETING_CLASSES[m.kind])
        self.add(iri, RDF.type, PROV.Activity)
        self.add(iri, DCTERMS.identifier, Literal(m.id))
        self.add(iri, LGL.meetingOf, self.org(m.of))
        self.add(iri, DCTERMS.date, Literal(m.date, datatype=XSD.date))
        self.add(iri, TIME.hasTime, self.instant(m.date))
        self.add(iri, RDFS.label, Literal(_meeting_label(m), lang=SV))

    def meeting_mention(self, m: Meeting, iri: URIRef, held: list[Meeting]) -> None:
        """A meeting another record holds (or announced first), named here: what this document says of it is
        kept as statements with their passages, and the meetings held here refer to it; its status, place and
        agenda are its own record's."""
        self.meeting_itself(m, iri)
        self.cite(iri, m.lines)
        said = {"referred": "omnämnt", "announced": "aviserat"}[m.status]
        extra = [f"plats: {m.place}"] if m.place else []
        if m.participants_approx is not None:
            extra.append(f"ca {m.participants_approx} deltagare")
        note = "; ".join([f"{said} i {self.doc.title}", *extra, *([m.note] if m.note else [])])
        statements = [Statement(text=self.doc.passage(m.lines), lines=m.lines, note=note)]
        statements += [Statement(text=it.summary or it.title, lines=it.lines, note=note) for it in m.agenda
                       if not (m.lines[0] <= it.lines[0] and it.lines[1] <= m.lines[1])]
        self.statements(iri, tuple(statements))
        for h in held:
            self.add(self.iris.meeting(h.id), LGL.refersToMeeting, iri)

    def agenda(self, m: Meeting) -> None:
        meeting = self.iris.meeting(m.id)
        items = sorted(m.agenda, key=lambda it: it.lines)
        by_number = {it.n: it for it in items if it.n is not None}

        def item_iri(it: AgendaItem) -> URIRef:
            return self.iris.item(m.id, it.n, it.lines[0])

        for pos, it in enumerate(items, 1):
            iri = item_iri(it)
            self.add(iri, RDF.type, LGL.AgendaItem)
            self.add(meeting, LGL.agendaItem, iri)
            self.add(iri, LGL.itemOf, meeting)
            self.add(iri, DCTERMS.title, self.text(it.title))
            self.add(iri, RDFS.label, self.text(it.title))
            self.add(iri, LGL.position, Literal(pos, datatype=XSD.positiveInteger))
            if it.n is not None:
                self.add(iri, LGL.itemNumber, Literal(it.n, datatype=XSD.positiveInteger))
            if it.parent is not None:
                self.add(iri, LGL.subItemOf, item_iri(by_number[it.parent]))
            if it.summary:
                self.add(iri, DCTERMS.description, self.text(it.summary))
            for w in it.about:
                self.add(iri, LGL.concerns, self.iris.work(w))
            for pr in it.presenters:
                self.add(iri, LGL.presenter, self.person(pr.name, pr.lines))
            for th in it.themes:
                t = Iris.theme(iri, th.lines[0])
                self.add(t, RDF.type, LGL.WorkshopTheme)
                self.add(t, RDFS.label, self.text(th.heading))
                self.add(t, LGL.answersQuestion, self.iris.work(th.question))
                self.add(iri, LGL.theme, t)
                self.cite(t, th.lines)
            self.note(iri, it.note)
            self.cite(iri, it.lines)

    def attendance(self, m: Meeting) -> None:
        meeting = self.iris.meeting(m.id)
        lists = sorted(m.attendance, key=lambda lst: lst.lines)
        kinds = [lst.kind for lst in lists]
        for pos, lst in enumerate(lists, 1):
            liri = self.iris.attendance_list(m.id, lst.kind, lst.lines[0], kinds.count(lst.kind) == 1)
            self.add(liri, RDF.type, LGL.AttendanceList)
            self.add(meeting, LGL.attendanceList, liri)
            self.add(liri, LGL.atMeeting, meeting)
            self.add(liri, LGL.listKind, LGL[f"list-{lst.kind}"])
            if lst.complete_member_list:  # the document says it names every member (graph/asof.py)
                self.add(liri, LGL.completeMemberListOf, self.org(m.of))
            self.add(liri, LGL.position, Literal(pos, datatype=XSD.positiveInteger))
            self.add(liri, LGL.entryCount, Literal(len(lst.entries), datatype=XSD.nonNegativeInteger))
            self.add(liri, RDFS.label, Literal(f"{lst.heading or lst.kind} – {_meeting_label(m)}", lang=SV))
            if lst.heading:
                self.add(liri, LGL.heading, Literal(lst.heading))
            self.note(liri, lst.note)
            self.cite(liri, lst.lines)
            for e in lst.entries:
                self.attendee(m, liri, lst.kind, e)

    def attendee(self, m: Meeting, liri: URIRef, kind: str, e: AttendanceEntry) -> None:
        person = self.person(e.name, e.line)
        pslug = self.people.slug(e.name)
        a = self.iris.attendance(m.id, pslug)
        if (a, RDF.type, LGL.Attendance) in self.g:
            raise RecordError(self.rec.path, e.yaml_line, f"{e.name!r} is listed twice at meeting {m.id!r}")
        self.add(a, RDF.type, LGL.Attendance)
        self.add(a, LGL.attendee, person)
        self.add(a, LGL.atMeeting, self.iris.meeting(m.id))
        self.add(a, LGL.attendanceList, liri)
        self.add(a, LGL.nameAsWritten, Literal(e.name))
        name = self.people.by_spelling[e.name].name
        self.add(a, RDFS.label, Literal(f"{name} – {_meeting_label(m)}", lang=SV))
        if e.acting:
            self.add(a, LGL.acting, Literal(True))
        if e.org:
            self.add(a, LGL.representing, self.org(e.org))
        if e.role:
            self.add(a, LGL.capacityRole, ROLE[e.role])
        self.note(a, e.note)
        self.cite(a, e.line)
        if kind == "ledamoter":
            cap = self.membership(pslug, "ledamot", m.of, e.line, representing=e.org)
            if e.acting:
                self.add(cap, LGL.acting, Literal(True))
            if e.role:
                self.add(cap, LGL.title, Literal(self.role_label(e.role), lang=SV))
            self.add(a, LGL.inCapacity, cap)
        elif e.org:
            for mem, org_id in self.memberships.get(pslug, []):
                if self.within(org_id, e.org):
                    self.add(a, LGL.inCapacity, mem)

    def role_label(self, role: str) -> str:
        return {"brukarrepresentant": "Brukarrepresentant", "invanarrepresentant": "Invånarrepresentant"}.get(
            role, role)

    def within(self, org_id: str | None, ancestor: str) -> bool:
        seen = set()
        while org_id and org_id not in seen:
            if org_id == ancestor:
                return True
            seen.add(org_id)
            entry = self.corpus.orgs.get(org_id)
            org_id = entry.part_of if entry else None
        return False

    def decisions(self) -> None:
        meetings = {m.id: m for m in self.facts.meetings}
        for d in self.facts.decisions:
            iri = self.iris.decision(d.id)
            meeting = meetings[d.meeting]
            date = meeting.date
            self.add(iri, RDF.type, LGL.Decision)
            self.add(iri, RDF.type, PROV.Activity)
            self.add(iri, DCTERMS.identifier, Literal(d.id))
            self.add(iri, LGL.decidedAt, self.iris.meeting(d.meeting))
            self.add(iri, DCTERMS.date, Literal(date, datatype=XSD.date))
            self.add(iri, PROV.wasAssociatedWith, self.org(meeting.of))
            self.add(iri, LGL.decisionKind, LGL[f"decision-{d.kind}"])
            text = d.text or self.doc.passage(d.lines)
            self.add(iri, DCTERMS.description, self.text(text))
            if d.item is not None:
                self.add(iri, LGL.underItem, self.iris.item(d.meeting, d.item, 0))
            for w in d.about:
                self.add(iri, LGL.concerns, self.iris.work(w))
            self.note(iri, d.note)
            self.cite(iri, d.lines)
            if d.kind == "approve-protocol":
                proto = self.iris.previous_protocol(d.meeting)
                self.add(proto, RDF.type, LGL.Protocol)
                self.add(proto, RDFS.label, Literal("Föregående mötesprotokoll", lang=SV))
                self.add(proto, RDFS.comment, Literal(
                    "Protokollet från föregående möte; dokumentet anger inte vilket möte.", lang=SV))
                self.add(iri, LGL.approves, proto)
                self.add(iri, RDFS.label, Literal(f"Föregående protokoll lades till handlingarna {date}", lang=SV))
            elif d.kind == "indicator" and d.indicator is not None:
                ind = d.indicator
                v = Iris.indicator(iri)
                self.add(v, RDF.type, LGL.IndicatorValue)
                self.add(v, RDFS.label, self.text(ind.label))
                self.add(v, RDF.value, Literal(str(ind.value), datatype=XSD.decimal))
                self.add(v, LGL.forYear, Literal(date_text(ind.year), datatype=XSD.gYear))
                for w in d.about:
                    self.add(v, LGL.concerns, self.iris.work(w))
                self.cite(v, d.lines)
                self.add(iri, LGL.fixesIndicator, v)
                self.add(iri, RDFS.label, Literal(f"{ind.label} {ind.year}: {ind.value}", lang=SV))
            elif d.kind == "replacement":
                self.replacement(iri, d, date)
            else:
                words = " ".join(text.split())
                short = words if len(words) <= 80 else words[:80].rsplit(" ", 1)[0] + " …"
                self.add(iri, RDFS.label, Literal(f"Beslut {date}: {short}", lang=SV))

    def replacement(self, iri: URIRef, d: Decision, date: str) -> None:
        assert d.new and d.replaced and d.role and d.group  # graph/records.py checks a replacement has them
        new, old = d.new, d.replaced
        self.person(new, d.lines)
        self.person(old, d.lines)
        new_slug, old_slug = self.people.slug(new), self.people.slug(old)
        started = self.membership(new_slug, d.role, d.group, d.lines, observed=True)
        ended = self.membership(old_slug, d.role, d.group, d.lines, observed=False)
        day = self.instant(date)
        self.add(Iris.period(started), TIME.hasBeginning, day)
        self.add(Iris.period(ended), TIME.hasEnd, day)
        self.add(iri, LGL.startsMembership, started)
        self.add(started, LGL.startedBy, iri)
        self.add(iri, LGL.endsMembership, ended)
        self.add(ended, LGL.endedBy, iri)
        self.add(started, LGL.replaces, ended)
        self.add(ended, LGL.replacedBy, started)
        if d.seat_origin:
            self.add(started, LGL.seatOrigin, self.org(d.seat_origin))
        names = (self.people.by_spelling[new].name, self.people.by_spelling[old].name)
        self.add(iri, RDFS.label, Literal(f"{names[0]} ersätter {names[1]} i {self.org_name(d.group)}", lang=SV))

    def works(self) -> None:
        for w in self.facts.works:
            iri = self.iris.work(w.id)
            self.add(iri, RDF.type, WORK_CLASSES[w.type])
            self.add(iri, RDF.type, LGL.Work)
            self.add(iri, DCTERMS.identifier, Literal(w.id))
            self.add(iri, DCTERMS.title, self.text(w.title))
            self.add(iri, SKOS.prefLabel, self.text(w.title))
            self.add(iri, RDFS.label, self.text(w.title))
            for alt in w.alt_titles:
                self.add(iri, SKOS.altLabel, self.text(alt))
            for o in w.by:
                self.add(iri, DCTERMS.creator, self.org(o))
            for o in w.groups:
                self.add(iri, LGL.workedOnBy, self.org(o))
            if w.part_of:
                self.add(iri, DCTERMS.isPartOf, self.iris.work(w.part_of))
            for r in w.relates_to:
                self.add(iri, DCTERMS.relation, self.iris.work(r))
            if w.status:
                self.add(iri, LGL.status, self.text(w.status))
            if w.period is not None:
                per = Iris.period(iri)
                self.add(iri, LGL.validDuring, per)
                self.add(per, RDF.type, TIME.Interval)
                if w.period.start is not None:
                    self.add(per, TIME.hasBeginning, self.instant(w.period.start))
                if w.period.end is not None:
                    self.add(per, TIME.hasEnd, self.instant(w.period.end))
            for goal in w.goals:
                g = self.iris.goal(w.id, goal.level, goal.n)
                self.add(g, RDF.type, GOAL_CLASSES[goal.level])
                self.add(g, RDF.type, LGL.Goal)
                self.add(iri, LGL.hasGoal, g)
                self.add(g, RDF.value, self.text(goal.text))
                self.add(g, RDFS.label, self.text(goal.text))
                if goal.n is not None:
                    self.add(g, LGL.goalNumber, Literal(int(goal.n), datatype=XSD.positiveInteger))
                self.cite(g, goal.lines)
            self.statements(iri, w.statements)
            self.note(iri, w.note)
            self.cite(iri, w.lines)
        for mw in self.facts.mentions_works:
            iri = self.iris.work(mw.id)
            if mw.status:
                self.add(iri, LGL.status, self.text(mw.status))
            self.cite(iri, mw.lines)

    def funding(self) -> None:
        for f in self.facts.funding:
            iri = self.iris.funding(f.id)
            self.add(iri, RDF.type, LGL.Funding)
            self.add(iri, DCTERMS.identifier, Literal(f.id))
            self.add(iri, RDFS.label, self.text(f.label or f.id))
            self.add(iri, LGL.amount, Literal(str(f.total), datatype=XSD.decimal))
            self.add(iri, LGL.currency, Literal("SEK"))
            self.add(iri, LGL.forYear, Literal(str(f.year), datatype=XSD.gYear))
            if f.recipient:
                self.add(iri, LGL.recipient, self.org(f.recipient))
            if f.agreement:
                self.add(iri, LGL.fundedUnder, self.iris.work(f.agreement))
            for kind, parts, cls, prop in (("part", f.parts, LGL.FundingPart, DCTERMS.hasPart),
                                           ("allocation", f.allocations, LGL.Allocation, LGL.allocation)):
                for part in parts:
                    p = Iris.funding_share(iri, kind, part.label, part.to)
                    self.add(p, RDF.type, cls)
                    self.add(iri, prop, p)
                    self.add(p, RDFS.label, self.text(part.label))
                    self.add(p, LGL.amount, Literal(str(part.amount), datatype=XSD.decimal))
                    self.add(p, LGL.currency, Literal("SEK"))
                    if part.to:
                        self.add(p, LGL.recipient, self.org(part.to))
                    self.note(p, part.note)
                    self.cite(p, part.lines)
            self.statements(iri, f.statements)
            self.note(iri, f.note)
            self.cite(iri, f.lines)

    def emit(self) -> None:
        self.document()
        self.organisations()
        self.mentions()
        self.identifiers()
        self.people_section()
        self.works()
        self.meetings()
        self.decisions()
        self.funding()


def emit_people_graph(ds: Dataset, iris: Iris, corpus: Corpus, people: People) -> None:
    g = ds.graph(iris.people_graph())
    gi = iris.people_graph()
    g.add((gi, RDF.type, LGL.Reconciliation))
    g.add((gi, RDF.type, PROV.Entity))
    g.add((gi, RDFS.label, Literal("Namnavstämning: en person, ett IRI", lang=SV)))
    g.add((gi, RDFS.label, Literal("Name reconciliation: one person, one IRI", lang="en")))
    g.add((gi, RDFS.comment, Literal(
        "Härledd ur källdokumentens stavningar enligt regeln i graph/names.py (README: One person, one IRI).",
        lang=SV)))
    for doc in corpus.documents.values():
        g.add((gi, PROV.wasDerivedFrom, iris.doc(doc.id)))
    for person in people.people:
        iri = iris.person(slug(person.name))
        g.add((iri, RDF.type, FOAF.Person))
        g.add((iri, FOAF.name, Literal(person.name)))
        g.add((iri, RDFS.label, Literal(person.name)))
        g.add((iri, DCTERMS.identifier, Literal(slug(person.name))))
        for spelling in person.spellings:
            kind = person.label_kind(spelling)
            if kind == "alt":
                g.add((iri, SKOS.altLabel, Literal(spelling)))
            elif kind == "hidden":
                g.add((iri, SKOS.hiddenLabel, Literal(spelling)))
        folded = fold(person.name)
        if folded != person.name.lower():
            g.add((iri, SKOS.hiddenLabel, Literal(folded)))
        for doc_id in person.documents:
            g.add((iri, PROV.wasDerivedFrom, iris.doc(doc_id)))


def emit_ontology(ds: Dataset) -> None:
    g = ds.graph(URIRef(config.ONTOLOGY_IRI))
    for path in sorted(config.ONTOLOGY_DIR.glob("*.ttl")):
        g.parse(path, format="turtle")


def emit_dataset_base(ds: Dataset, iris: Iris) -> None:
    """The base the dataset is built with, recorded in the dataset itself (read back by the server with
    queries/dataset_base.rq): <base>id/dataset a void:Dataset ; void:uriSpace "<base>id/", in the
    graph <base>id/graph/dataset (which the dataset description of graph/describe.py extends)."""
    g = ds.graph(iris.dataset_graph())
    g.add((iris.dataset(), RDF.type, VOID.Dataset))
    g.add((iris.dataset(), VOID.uriSpace, Literal(iris.id)))


def build_dataset(corpus: Corpus, base: str) -> Dataset:
    """The whole dataset: ontology graph, the dataset's own graph (its base), people graph and one
    graph per source document."""
    iris = Iris(base)
    people = reconcile_people(corpus)
    ds = Dataset()
    emit_ontology(ds)
    emit_dataset_base(ds, iris)
    emit_people_graph(ds, iris, corpus, people)
    for rec in corpus.records:
        DocumentEmitter(ds, iris, corpus, people, rec).emit()
    return ds
