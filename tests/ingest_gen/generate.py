"""Generate one synthetic protocol and its answer key from a seed.

The meeting is built first (body, date, people, items, presenters, decisions, amounts), then rendered in the
drawn layout; every fact's line numbers are recorded as the line is written, so the key cites exactly the lines
that state it. OCR damage is a per-word mapping applied alike to the text and to every string the key quotes.
"""

from __future__ import annotations

import datetime
import random
import re
from dataclasses import dataclass, field
from typing import Any

from graph.ingest.quality import amount_in_text, date_stated
from graph.names import slug

from .dims import DIMENSIONS, dimensions, draw
from .people import (
    EXTERNAL,
    HOME,
    KNOWN,
    KNOWN_CAPACITY,
    KOMMUNER,
    ORG_FORMS,
    TITLES,
    Person,
    known_slug,
    new_person,
    trap_person,
    variant,
)

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
MON_ABBR = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]

BODIES: dict[str, dict[str, Any]] = {
    "lansgemensam-ledning": {"org": "lansgemensam-ledning", "kind": "lgl-meeting", "actor": "Ledningen",
                             "names": ["Länsgemensam ledning", "Länsgemensam ledning (LGL)", "LGL"], "group": True,
                             "file": "lansgemensam-ledning"},
    "presidiekonferens": {"org": "presidiekonferensen", "kind": "presidiekonferens", "actor": "Presidiekonferensen",
                          "names": ["Gemensam presidiekonferens", "Presidiekonferens", "Presidiekonferensen"],
                          "group": False, "file": "presidiekonferens"},
    "presidiemote": {"org": "presidiemoten", "kind": "presidiemote", "actor": "Presidiet",
                     "names": ["Presidiemöte", "Presidiemöte Länsgemensam ledning", "Presidiemöte LGL"],
                     "group": False, "file": "presidiemote"},
    "sg-psykisk-halsa": {"org": "samordnande-grupp-psykisk-halsa", "kind": "lgl-meeting", "actor": "Gruppen",
                         "names": ["Samordnande grupp Psykisk hälsa", "Samordnande gruppen för psykisk hälsa",
                                   "SG Psykisk hälsa"], "group": True, "file": "samordnande-grupp-psykisk-halsa"},
    "sg-barn-och-unga": {"org": "samordnande-grupp-barn-och-unga", "kind": "lgl-meeting", "actor": "Gruppen",
                         "names": ["Samordnande grupp Barn och unga", "Samordnande gruppen Barn och unga",
                                   "SG Barn och unga"], "group": True, "file": "samordnande-grupp-barn-och-unga"},
    "sg-aldre": {"org": "samordnande-grupp-aldre", "kind": "lgl-meeting", "actor": "Gruppen",
                 "names": ["Samordnande grupp Äldre", "Samordnande gruppen för äldre", "SG Äldre"], "group": True,
                 "file": "samordnande-grupp-aldre"},
    "beredningen": {"org": "beredningen", "kind": "lgl-meeting", "actor": "Beredningen",
                    "names": ["Beredningen", "Beredningen för Länsgemensam ledning", "Beredningen LGL"],
                    "group": True, "file": "beredningen"},
    "network": {"org": None, "kind": "lgl-meeting", "actor": "Nätverket", "group": True, "file": "natverk",
                "names": ["Nätverket för socialchefer i Kalmar län", "Länsnätverket för anhörigstöd",
                          "Nätverket för digital välfärd", "MAS-nätverket i Kalmar län",
                          "Nätverket för barnrättsfrågor", "Länsnätverket för suicidprevention",
                          "Nätverket för hälsofrämjande skola"]},
}

KIND_WORD = {"protokoll": "Protokoll", "minnesanteckningar": "Minnesanteckningar", "anteckningar": "Anteckningar",
             "motesanteckningar": "Mötesanteckningar", "beslutsprotokoll": "Beslutsprotokoll",
             "protokoll-utdrag": "Protokollsutdrag", "sammantradesprotokoll": "Sammanträdesprotokoll",
             "motesprotokoll": "Mötesprotokoll"}
# version 2: the abbreviation a kommun's protocol writes before a paragraph's number ("Sn 49", "KS 12")
ABBR = {"lansgemensam-ledning": "LGL", "presidiekonferens": "Pk", "presidiemote": "Pm", "sg-psykisk-halsa": "SG",
        "sg-barn-och-unga": "SG", "sg-aldre": "SG", "beredningen": "Ber", "network": "Nv"}
# version 3: serving deputies written inside the members' list ("X, Org, tjänstgörande ersättare"; "X, Org, ers. för
# Y"; "X, Org, tjänstgörande för Y"; "X för Y"); the list layouts that write one person a line in prose
DEP_FOR_V3 = ("ers-punkt-for", "tjanstgorande-for", "for-bare", "ers-paren-for", "for-then-org")
DEP_IN_LIST = ("tjg-trailing", *DEP_FOR_V3)
ONE_A_LINE = ("comma", "dash", "paren", "surname-first", "bullets", "org-first", "name-title-org", "title-first")
PRESENCE = ("presence-column", "presence-1-dash", "presence-words")
# an agenda announced at the top naming a presenter per item (version 3 adds a programme table and "X deltar")
AGENDA_STYLES = ("agenda-table", "agenda-list", "program-table", "agenda-deltar")
RUNNING = ("para-running", "bare-running", "dot-running", "num-para", "title-para")
# titles that write the meeting's date (version 3 adds the meeting's ordinal and the place in the title)
TITLE_DATED = ("kind-body-date", "kind-fran-den-date", "ordinal-fort-vid", "fran-den-i-place")
ORDINALS = ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde", "elfte",
            "tolfte"]
# version 3: a title in its definite form before a name ("Samordnaren X informerar om ...")
DEFINITE = {"utvecklingsledare": "utvecklingsledaren", "samordnare": "samordnaren", "processledare": "processledaren",
            "socialchef": "socialchefen", "förvaltningschef": "förvaltningschefen", "handläggare": "handläggaren",
            "analytiker": "analytikern"}
THEMES = ["Psykisk hälsa bland unga", "Samverkan vid utskrivning", "Framtidens äldreomsorg", "Barns rätt till stöd",
          "Kompetens i vård och omsorg"]

TOPICS = [
    ("Lägesrapport Nära vård", "arbetet med nära vård"),
    ("Uppföljning av överenskommelsen om psykisk hälsa", "uppföljningen av överenskommelsen"),
    ("Trygg hemgång", "modellen för trygg hemgång"),
    ("Barnahus Kalmar län", "verksamheten vid Barnahus"),
    ("Handlingsplan för suicidprevention", "den länsgemensamma handlingsplanen"),
    ("Samordnad individuell plan (SIP)", "arbetet med SIP i länet"),
    ("Kompetensförsörjning inom vård och omsorg", "kompetensförsörjningen"),
    ("Digital vård och omsorg", "införandet av digitala tjänster"),
    ("Ny socialtjänstlag", "förberedelserna inför den nya socialtjänstlagen"),
    ("Anhörigstöd i länet", "kartläggningen av anhörigstödet"),
    ("Tidiga och samordnade insatser (TSI)", "arbetet med tidiga och samordnade insatser"),
    ("Mobil närvård", "piloten med mobil närvård"),
    ("Utskrivningsklara patienter", "statistiken över utskrivningsklara patienter"),
    ("Ungdomsmottagningar", "översynen av ungdomsmottagningarna"),
    ("Gemensam riktlinje för beroendevård", "arbetet med riktlinjen för beroendevård"),
    ("Hälsofrämjande skola", "satsningen på hälsofrämjande skola"),
    ("Läkemedelsgenomgångar i hemsjukvården", "läkemedelsgenomgångarna"),
    ("Våld i nära relationer", "det regionala arbetet mot våld i nära relationer"),
]
SENTENCES = [
    "Arbetet går i stort enligt plan.", "Flera kommuner har påbörjat implementeringen.",
    "Gruppen diskuterade hur uppföljningen kan göras gemensam.", "En enkät har skickats ut till samtliga kommuner.",
    "Frågan om finansiering efter projekttidens slut behöver lyftas.",
    "Statistiken visar en minskning av antalet vårddagar.", "Det finns behov av tydligare rutiner vid utskrivning.",
    "Materialet skickas ut tillsammans med anteckningarna.", "Synpunkter kan lämnas till samordnaren.",
    "Diskussionen visade på stora skillnader mellan kommunerna.", "Ett utkast till rapport finns framtaget.",
    "Några kommuner efterfrågade stöd i det fortsatta arbetet.", "Frågan återkommer på ett senare möte.",
]
PART_LABELS = ["Kompetensutveckling", "Uppföljning och analys", "Brukarmedverkan", "Projektledning",
               "Utbildningsinsatser", "Kommunernas del", "Regionens del", "Implementeringsstöd"]
FUND_LABELS = ["Medel för psykisk hälsa", "Stimulansmedel för nära vård", "Budget", "Överenskommelsemedel",
               "Utvecklingsmedel"]
PLACES = ["Regionhuset, Kalmar", "Kommunförbundets lokaler, Kalmar", "Borgholms kommunhus, Borgholm",
          "Stadshuset, Nybro", "Västerviks sjukhus, konferensrum Ekan", "Kommunhuset, Mönsterås",
          "Länssjukhuset i Kalmar, sal Kronan", "Folkets hus, Vimmerby"]


def fdate(d: datetime.date, form: str) -> str:
    """A date as a secretary writes it."""
    m = MONTHS[d.month - 1]
    return {
        "iso": d.isoformat(), "label-iso": d.isoformat(), "long": f"{d.day} {m} {d.year}",
        "weekday-long": f"{WEEKDAYS[d.weekday()]} {d.day} {m} {d.year}",
        "den-long": f"{WEEKDAYS[d.weekday()].capitalize()}en den {d.day} {m} {d.year}",
        "slash": f"{d.day}/{d.month} {d.year}", "dmy-dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "ymd-dots": f"{d.year}.{d.month:02d}.{d.day:02d}", "ordinal": f"den {d.day}:e {m} {d.year}",
        "abbr-month": f"{d.day} {MON_ABBR[d.month - 1]} {d.year}",
        "den-short": f"den {d.day} {m}",
        "weekday-noyear": f"{WEEKDAYS[d.weekday()].capitalize()} {d.day} {m}", "slash-short": f"{d.day}/{d.month}",
        "weekday-den-lower": f"{WEEKDAYS[d.weekday()]}en den {d.day} {m} {d.year}",
        "den-plain": f"den {d.day} {m} {d.year}",
        "yymmdd": f"{d.year % 100:02d}{d.month:02d}{d.day:02d}",
        "yyyymmdd": f"{d.year}{d.month:02d}{d.day:02d}",  # version 3
        "slash-dash": f"{d.day}/{d.month}-{d.year}",
    }[form]


def famount(a: int, form: str) -> str:
    """An amount in SEK as a secretary writes it (exact: a form that cannot hold the amount exactly falls back)."""
    grouped = f"{a:,}".replace(",", " ")

    def dec(v: float) -> str:
        return f"{v:.2f}".rstrip("0").rstrip(".").replace(".", ",")

    if form == "tkr" and a % 1000 == 0:
        return f"{a // 1000:,}".replace(",", " ") + " tkr"
    if form == "kkr" and a % 1000 == 0:
        return f"{a // 1000:,}".replace(",", " ") + " kkr"
    if form == "tusen" and a % 1000 == 0 and a < 1_000_000:
        return f"{a // 1000} tusen kronor"
    words = {250_000: "en kvarts miljon kronor", 500_000: "en halv miljon kronor", 1_000_000: "en miljon kronor",
             1_500_000: "en och en halv miljon kronor", 2_000_000: "två miljoner kronor",
             3_000_000: "tre miljoner kronor", 4_000_000: "fyra miljoner kronor", 5_000_000: "fem miljoner kronor"}
    if form == "words" and a in words:
        return words[a]
    if form in ("mnkr", "miljoner", "msek", "milj-kr", "mkr-lower") and a % 10_000 == 0 and a >= 1_000_000:
        unit = {"mnkr": "mnkr", "miljoner": "miljoner kronor", "msek": "MSEK", "milj-kr": "milj. kr",
                "mkr-lower": "mkr"}[form]
        return f"{dec(a / 1_000_000)} {unit}"
    return {"kronor": f"{grouped} kronor", "sek": f"{grouped} SEK", "dots": f"{a:,}".replace(",", ".") + " kr",
            "colon-dash": f"{grouped}:-", "nospace": f"{a} kr", "nbsp": grouped.replace(" ", "\u00a0") + " kr",
            }.get(form, f"{grouped} kr")


@dataclass
class Decision:
    kind: str
    clause: str          # the infinitive clause ("godkänna dagordningen")
    sentence: str        # a finite sentence ("Dagordningen godkänns.")
    extra: dict[str, Any] = field(default_factory=dict)
    fixed: bool = False  # the sentence is written as it stands, whatever the decision style


@dataclass
class Item:
    kind: str
    title: str
    presenters: list[Person] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    subs: list[Item] = field(default_factory=list)


def genitive(word: str) -> str:
    """ "Gruppen" -> "Gruppens", "Presidiekonferensen" -> "Presidiekonferensens"."""
    return word if word.endswith("s") else word + "s"


def style_of(numbering: str) -> bool:
    """Whether a heading's title may be set in bold on its own (not inside a bold or markdown heading)."""
    return numbering not in ("bold", "md-heading")


class Doc:
    """The text being written, line by line; every fact records the lines it is written on."""

    def __init__(self, rng: random.Random, width: int | None, furniture: str, header: str) -> None:
        self.head2 = ""
        self.head3 = ""          # version 3: the body's abbreviation and the meeting's number ("LGL3")
        self.footed = False      # version 3: the organisation's footer written once
        self.lines: list[str] = []
        self.rng = rng
        self.width = width
        self.furniture = furniture
        self.header = header
        self.page = 1
        self.since = 0
        self.page_len = rng.randint(28, 45)

    def add(self, s: str = "") -> int:
        self.lines.append(s)
        self.since += 1
        return len(self.lines)

    def para(self, s: str) -> tuple[int, int]:
        """A paragraph, hard-wrapped where the medium wraps; its first and last line."""
        if not self.width or len(s) <= self.width:
            n = self.add(s)
            return n, n
        words, cur, first = s.split(" "), "", 0
        for w in words:
            if cur and len(cur) + 1 + len(w) > self.width:
                n = self.add(cur)
                first = first or n
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        n = self.add(cur)
        return first or n, n

    def safe(self) -> None:
        """A point where a page may break: page furniture goes here."""
        if self.furniture in ("none", "anslag", "anslag-first") or self.since < self.page_len:
            return
        self.page += 1
        self.since = 0
        if self.furniture == "page-header":
            self.add("")
            self.add(f"{self.header}{' ' * 20}Sida {self.page} (@@PAGES@@)")
            self.add("")
        elif self.furniture == "page-number-dash":
            self.add(f"{' ' * 35}- {self.page - 1} -")
            self.add("")
        elif self.furniture == "footer-signatures":
            self.add("")
            self.add("Justerandes sign.          Utdragsbestyrkande")
            self.add("")
        elif self.furniture == "logo-text":
            self.add(f"{self.page - 1}({{pages}})".replace("{pages}", "@@PAGES@@"))
            self.add("")
        elif self.furniture == "sida-av":  # version 2 furniture from here
            self.add(f"{' ' * 30}Sida {self.page} av @@PAGES@@")
            self.add("")
        elif self.furniture == "running-sammantradesdatum":
            self.add("")
            self.add(f"SAMMANTRÄDESPROTOKOLL{' ' * 12}Sammanträdesdatum{' ' * 8}Sida")
            self.add(f"{self.head2}{' ' * 12}{self.page}(@@PAGES@@)")
            self.add("")
        elif self.furniture == "justerarsignaturer":
            self.add("")
            self.add("Justerarsignaturer          Utdragsbestyrkande")
            self.add("")
        elif self.furniture == "org-protokoll-page":
            self.add("")
            self.add(f"KOMMUNFÖRBUNDET KALMAR LÄN{' ' * 10}PROTOKOLL{' ' * 10}{self.page}(@@PAGES@@)")
            self.add("")
        elif self.furniture == "av-no-sida":  # version 3 furniture from here
            self.add(f"{' ' * 40}{self.page} av @@PAGES@@")
            self.add("")
        elif self.furniture == "abbr-page":
            self.add("")
            self.add(f"{self.head3} {self.page}(@@PAGES@@)")
            self.add("")
        elif self.furniture == "org-footer" and not self.footed:
            self.footer()

    def footer(self) -> None:
        """Version 3: the organisation's postal footer at the foot of the first page."""
        self.footed = True
        self.add("")
        self.add("Postadress: Box 84, 391 21 Kalmar    Besöksadress: Storgatan 11")
        self.add("Växel: 0480-44 83 00    E-post: kansli@kfkl.se    Organisationsnummer: 222000-1212")
        self.add("")


# --- OCR damage: a per-word mapping, the same for the text and the key ---------------------------------------

_SWAP = [("rn", "m"), ("m", "rn"), ("l", "1"), ("O", "0"), ("o", "0"), ("i", "l"), ("e", "c"), ("h", "b"),
         ("cl", "d"), ("t", "f")]
_STRIP = {"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O", "é": "e"}


class Ocr:
    def __init__(self, seed: int, strength: str) -> None:
        self.seed, self.strength = seed, strength
        self.cache: dict[str, str] = {}

    def word(self, w: str) -> str:
        if w not in self.cache:
            r = random.Random(f"{self.seed}:{self.strength}:{w}")
            out = w
            p = {"light": 0.0, "medium": 0.12, "heavy": 0.3}[self.strength]
            if any(c in _STRIP for c in out) and r.random() < {"light": 0.4, "medium": 0.3, "heavy": 0.5}[
                    self.strength]:
                out = "".join(_STRIP.get(c, c) for c in out)
            if len(out) > 3 and r.random() < p:
                a, b = r.choice(_SWAP)
                i = out.find(a, 1)
                if i > 0:
                    out = out[:i] + b + out[i + len(a):]
            if self.strength == "heavy" and len(out) > 7 and r.random() < 0.12:
                k = r.randint(3, len(out) - 3)
                out = out[:k] + " " + out[k:]
            self.cache[w] = out
        return self.cache[w]

    def __call__(self, s: str) -> str:
        if self.strength == "none":
            return s
        return "".join(self.word(t) if t.isalpha() else t for t in re.split(r"([^\w]+|\d+|_)", s))


# --- the generator --------------------------------------------------------------------------------------------

@dataclass
class Generated:
    id: str
    file: str
    text: str
    key: dict[str, Any]
    people: dict[str, str]
    written: dict[str, str]
    manifest: dict[str, Any]
    dims: dict[str, str]


class Builder:
    def __init__(self, seed: int, version: int = 3) -> None:
        self.seed = seed
        self.version = version
        self.v2 = version >= 2
        self.v3 = version >= 3
        self.rng = random.Random(seed)
        self.d = draw(self.rng, version)
        self.dims = {"seed": str(seed), **self.d}
        self.taken: list[str] = []
        self.key_people: dict[str, dict[str, Any]] = {}   # name -> people entry
        self.expect: dict[str, str] = {}
        self.orgs_defined: list[dict[str, Any]] = []
        self.decisions: list[dict[str, Any]] = []
        self.funding: list[dict[str, Any]] = []
        self.meetings_extra: list[dict[str, Any]] = []
        self.amount_forms: dict[int, tuple[str, int, int]] = {}
        self.date_forms: dict[str, list[tuple[str, int, int]]] = {}
        self.proposed = False       # a proposal that is no decision written once
        self.pending: list[tuple[Any, Decision]] = []   # decisions gathered for a log table at the end
        self.remarked = False       # a protocol remark (version 2) written once
        self.noted = False          # a note of the part attended (version 2) written once
        self.look: list[str] = []   # the look-alikes still to write
        self.vacant = False         # version 3: a vacant seat written in the members' list

    # -- people --
    def org_text(self, org: str) -> str:
        forms = ORG_FORMS.get(org)
        if not forms:
            return next(o["name"] for o in self.orgs_defined if o["id"] == org)
        style = self.d["org_style"]
        if style == "full":
            return forms[0]
        if style == "short":
            return forms[1] if len(forms) > 1 else forms[0]
        if style == "abbreviated":
            return next((f for f in forms if f.isupper()), forms[0])
        return self.rng.choice(forms)

    def person(self, pool: str, org: str | None = None, title: bool = False) -> Person:
        rng = self.rng
        r = rng.random()
        if pool == "capacity":
            name, cap = rng.choice(KNOWN_CAPACITY)
            if not any(name == t for t in self.taken):
                self.taken.append(name)
                return Person(name, known_slug(name), None, capacity=cap,
                              org_text={"invanarrepresentant": "invånarrepresentant"}.get(cap, cap))
        if pool == "trap" or (pool == "member" and r < 0.08):
            t = trap_person(rng, self.taken)
            if t:
                name, _known, korg = t
                org = rng.choice([o for o in HOME if o != korg])
                self.taken.append(name)
                return Person(name, "new", org, org_text=self.org_text(org), kind="trap")
        if pool in ("member", "official", "absent") and r < 0.65:
            cands = [(n, o) for n, o in KNOWN if n not in self.taken and (
                pool != "official" or o in ("region-kalmar-lan", "kommunforbundet-i-kalmar-lan"))]
            if org:
                cands = [c for c in cands if c[1] == org] or cands
            if cands:
                name, korg = rng.choice(cands)
                written, kind = name, "known"
                if rng.random() < 0.25:
                    v = variant(name, rng)
                    if v:
                        written, kind = v, "variant"
                self.taken.append(name)
                p = Person(written, known_slug(name), korg, org_text=self.org_text(korg), kind=kind)
                if title:
                    p.title = rng.choice(list(TITLES))
                return p
        name = new_person(rng, self.taken)
        self.taken.append(name)
        if org is None:
            org = rng.choice(HOME) if pool != "guest" else None
        if pool == "guest":
            ext = rng.choice(EXTERNAL)
            oid = f"{slug(ext)}-gen{self.seed}"
            if not any(o["id"] == oid for o in self.orgs_defined):
                self.orgs_defined.append({"id": oid, "name": ext, "type": "external", "lines": 0})
            org = oid
        p = Person(name, "new", org, org_text=self.org_text(org), kind="new")
        if title:
            p.title = rng.choice(list(TITLES))
        return p

    def note_person(self, p: Person, lines: str, affiliation: bool = True) -> None:
        """A person of the record (absent, replaced, mentioned): the people entry."""
        self.expect[p.name] = p.expect
        if p.name in self.key_people:
            return
        entry: dict[str, Any] = {"name": p.name, "lines": lines}
        if affiliation and p.org:
            entry["affiliations"] = [{"org": p.org, "lines": lines}]
        self.key_people[p.name] = entry

    def post(self, p: Person, role: str, org: str, lines: str) -> None:
        self.expect[p.name] = p.expect
        entry = self.key_people.setdefault(p.name, {"name": p.name, "lines": lines})
        posts = entry.setdefault("posts", [])
        if not any(q["role"] == role and q["org"] == org for q in posts):
            posts.append({"role": role, "org": org, "lines": lines})

    # -- build --
    def build(self) -> Generated:
        rng, d = self.rng, self.d
        body = BODIES[d["body"]]
        day = datetime.date(2050, 1, 3) + datetime.timedelta(days=7 * self.seed + rng.randint(0, 4))
        if self.v2 and day.year >= 2100:  # version 2: no year of the 22nd century (seeds above 2600 run from 2000)
            day = datetime.date(2000, 1, 3) + datetime.timedelta(days=7 * (self.seed - 2601) + (day.weekday()))
        self.date = day
        self.doc_id = f"{day.isoformat()}-{body['file']}"
        self.body_name = rng.choice(body["names"])
        self.body_org = body["org"] or f"{slug(self.body_name)}-gen{self.seed}"
        self.pk = d["body"] == "presidiekonferens"
        if d["medium"] not in ("ocr-scan", "pdf-layer"):  # a PDF's text layer may be a scanned paper's OCR
            self.dims["ocr"] = "none"
        elif d["medium"] == "ocr-scan" and d["ocr"] == "none":
            self.dims["ocr"] = "medium"
        self.ocr = Ocr(self.seed, self.dims["ocr"])
        if d["heading_case"] == "bold-title" and (not style_of(d["numbering"]) or d["medium"] == "plain-export"):
            self.dims["heading_case"] = "as-is"
        if self.pk or d["att_layout"] in ("teams-report",):
            self.dims["deputies"] = "none"
        width = {"pdf-layer": rng.randint(72, 96), "mail": rng.randint(68, 78),
                 "mail-quoted": rng.randint(66, 76)}.get(d["medium"])
        head = f"{KIND_WORD[d['doc_kind']]} {self.body_name} {day.isoformat()}"
        self.doc = Doc(rng, width, d["furniture"], head)
        self.doc.head2 = f"{self.body_name}{' ' * 8}{day.isoformat()}"
        if self.v3:
            self.serial = rng.randint(1, 12)   # the meeting's number in its year ("Protokoll 4/2050", "LGL4")
            self.doc.head3 = f"{ABBR[d['body']]}{self.serial}"
        if d["title_form"] in ("kind-fran-den-date", "ordinal-fort-vid", "fran-den-i-place"):
            d["date_form"] = self.dims["date_form"] = "long"  # the title says the date as "den 4 mars 2050"
        self.people_lists()
        self.items = self.plan_items()
        self.render()
        return self.finish()

    def people_lists(self) -> None:
        rng, d = self.rng, self.d
        n_members = rng.randint(5, 10)
        self.members = [self.person("member") for _ in range(n_members)]
        if rng.random() < 0.5:
            self.members.append(self.person("trap"))
        if rng.random() < 0.3 and not self.pk:
            self.members.append(self.person("capacity"))
        self.officials = [self.person("official", title=rng.random() < 0.7) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.5:
            self.officials.append(self.person("guest"))
        self.absent = [] if d["absent_style"] == "none" else [self.person("absent") for _ in range(rng.randint(1, 3))]
        self.deputies: list[tuple[Person, Person | None]] = []
        if self.dims["deputies"] != "none":
            for _ in range(rng.randint(1, 2)):
                dep = self.person("member")
                for_whom = self.person("absent") if self.dims["deputies"] in (
                    "inline-for", "tjanstgorande-list", "ersatter-paren", "tjg-ers-for", *DEP_FOR_V3) else None
                self.deputies.append((dep, for_whom))
        self.secretary = self.person("official") if d["secretary"] != "none" else None
        if self.pk or d["body"] == "presidiemote" or d["medium"] == "kommun-formal":
            if d["party_marks"] != "none":
                for p in self.members + [dep for dep, _ in self.deputies]:
                    if not p.capacity:
                        p.party = rng.choice(["S", "M", "C", "KD", "L", "V", "SD", "MP"])
        else:
            self.dims["party_marks"] = "-"
        self.chair = self.members[0]
        self.adjuster = self.members[min(2, len(self.members) - 1)]

    def plan_items(self) -> list[Item]:
        rng, d = self.rng, self.d
        body = BODIES[d["body"]]
        items: list[Item] = []
        opening = Item("open", rng.choice(["Mötets öppnande", "Inledning", "Välkommen", "Mötet öppnas",
                                           "Öppnande"]))
        if rng.random() < 0.8:
            opening.presenters.append(self.chair)
        if d["adjuster"] == "election-in-opening":
            opening.decisions.append(self.adjuster_decision())
        if d["adjuster"] == "combined-opening":  # version 3: one item opens, fixes the agenda and elects
            opening.title = rng.choice(["Öppnande, dagordning, justering", "Mötets öppnande, dagordning och val av "
                                        "justerare", "Sammanträdets öppnande, dagordningens fastställande och val av "
                                        "justerare"])
            opening.decisions.append(Decision("other", "godkänna dagordningen", "Dagordningen godkänns.", fixed=True))
            opening.decisions.append(self.adjuster_decision())
        items.append(opening)
        if d["adjuster"] == "election-item":
            it = Item("adjuster", rng.choice(["Val av justerare", "Val av justerande", "Val av protokolljusterare"]))
            it.decisions.append(self.adjuster_decision())
            items.append(it)
        if rng.random() < 0.5 and d["adjuster"] != "combined-opening":
            it = Item("agenda", rng.choice(["Godkännande av dagordning", "Fastställande av dagordning",
                                            "Dagordning"]))
            it.decisions.append(Decision("other", "godkänna dagordningen", "Dagordningen godkänns."))
            items.append(it)
        if rng.random() < 0.75:
            self.ref_date = self.date - datetime.timedelta(days=rng.randint(4, 9) * 7)
            it = Item("prev", rng.choice(["Föregående protokoll", "Föregående mötesanteckningar",
                                          "Godkännande av föregående protokoll", "Protokoll från föregående möte"]))
            items.append(it)
        topics = rng.sample(TOPICS, rng.randint(2, 4))
        for title, obj in topics:
            it = Item("info", title)
            it.presenters.append(rng.choice(self.members + self.officials))
            if rng.random() < 0.2:
                other = rng.choice(self.officials + self.members)
                if other is not it.presenters[0]:
                    it.presenters.append(other)
            r = rng.random()
            if r < 0.45:
                it.decisions.append(Decision("other", "", d["note_formula"], fixed=True))
            elif r < 0.75:
                x = rng.choice(self.officials)
                it.decisions.append(Decision("other", f"uppdra åt {x.name} att ta fram ett underlag till nästa möte",
                                             f"{x.name} får i uppdrag att ta fram ett underlag till nästa möte."))
            it.obj = obj  # type: ignore[attr-defined]
            items.append(it)
        if self.d["subitems"] != "none" and self.d["numbering"] not in ("unnumbered", "md-heading", "bold",
                                                                             "time-slot"):
            parent = Item("subs", rng.choice(["Rapporter", "Information från arbetsgrupperna", "Aktuellt i länet"]))
            for title, obj in rng.sample([t for t in TOPICS if t not in topics], 2):
                s = Item("info", title)
                s.presenters.append(rng.choice(self.members + self.officials))
                s.obj = obj  # type: ignore[attr-defined]
                parent.subs.append(s)
            if rng.random() < 0.5:
                parent.subs[-1].decisions.append(Decision("other", "", d["note_formula"], fixed=True))
            items.append(parent)
        else:
            self.dims["subitems"] = "none"
        if rng.random() < 0.75:
            it = Item("funding", rng.choice(["Budget och fördelning av medel", "Fördelning av medel",
                                             "Ekonomi", "Beslut om medel", "Budget"]) + f" {self.date.year + 1}")
            it.presenters.append(rng.choice(self.officials))
            it.decisions.append(Decision("funding", "fördela medlen enligt förslaget",
                                         "Medlen fördelas enligt förslaget."))
            items.append(it)
        else:
            self.dims["money_form"] = self.dims["money_layout"] = "-"
        if body["group"] and rng.random() < 0.5:
            it = Item("replacement", rng.choice(["Ny ledamot", "Förändring i gruppens sammansättning",
                                                 "Ledamöter", "Byte av representant"]))
            items.append(it)
        else:
            self.dims["replacement_form"] = "-"
        if body["group"] and rng.random() < 0.4:
            items.append(Item("appoint", rng.choice(["Sammankallande", "Val av sammankallande",
                                                     "Ordförandeskap", "Vice ordförande"])))
        else:
            self.dims["appointment_form"] = "-"
        if rng.random() < 0.7:
            items.append(Item("ovrigt", rng.choice(["Övriga frågor", "Övrigt", "Aktuellt från organisationerna",
                                                    "Runda bland kommunerna"])))
        else:
            self.dims["non_presenter"] = "-"
        self.next_date = None
        if rng.random() < 0.8:
            self.next_date = self.date + datetime.timedelta(days=rng.randint(4, 10) * 7)
            items.append(Item("next", rng.choice(["Nästa möte", "Kommande möten", "Nästa sammanträde"])))
        if rng.random() < 0.6:
            close = Item("close", rng.choice(["Mötets avslutande", "Avslutning", "Mötet avslutas"]))
            if rng.random() < 0.7:
                close.presenters.append(self.chair)
            items.append(close)
        if d["proposal_form"] != "none" and not any(i.kind == "info" and i.decisions for i in items):
            self.dims["proposal_form"] = "-"
        if not hasattr(self, "ref_date"):
            self.ref_date = None
            self.dims["approve_form"] = "-"
        if d["adjuster"] not in ("election-item", "election-in-opening", "combined-opening"):
            self.dims["adjuster_form"] = "-"
        return items

    def adjuster_decision(self) -> Decision:
        x = self.adjuster.name
        form = self.d["adjuster_form"]
        sentence = {"till-justerare-valdes": f"Till justerare valdes {x}.",
                    "utses-att-justera": f"{x} utses att justera protokollet.",
                    "valdes-att-jamte": f"{x} valdes att jämte ordföranden justera protokollet.",
                    "beslut-valjs": f"Beslut: {x} väljs till justerare.",
                    "att-justera-utses": f"Att jämte ordföranden justera dagens protokoll utses {x}.",
                    "utsags-jamte": f"Utsågs {x} att jämte ordföranden justera dagens protokoll.",
                    "utses-tillsammans-senast": f"{x} utses tillsammans med ordföranden att justera protokollet "
                                                f"senast den {self.justering_day()}.",
                    "valdes-till-justerare": f"{x} valdes till justerare.",
                    "utsags-att-justera": f"{x} utsågs att justera protokollet från dagens sammanträde.",
                    "till-justeringsperson": f"Till justeringsperson utsågs {x}.",
                    "till-att-justera-valdes": f"Till att justera dagens protokoll valdes {x}.",
                    "valjs-att-tillsammans": f"{x} väljs att tillsammans med ordförande justera dagens protokoll.",
                    "beslut-att-valja": f"Beslut att välja {x} till justerare av protokollet."}[form]
        return Decision("other", f"utse {x} att justera protokollet", sentence, fixed=True)

    def justering_day(self) -> str:
        """The day the protocol is adjusted, a week after the meeting, as "4 mars" (version 2)."""
        return fdate(self.date + datetime.timedelta(days=7), "den-short").removeprefix("den ")

    # -- rendering --------------------------------------------------------------------------------------------
    def gap(self) -> None:
        if self.d["medium"] != "plain-export":
            self.doc.add("")

    def render(self) -> None:
        doc, d = self.doc, self.d
        doc.add(f"Syntetiskt testdokument (samverkan ingest-generator, seed {self.seed}).")
        doc.add("")
        self.att_lists: list[dict[str, Any]] = []
        self.item_keys: list[dict[str, Any]] = []
        self.numbers()
        self.render_header()
        if self.v2:
            self.render_toc()
        if d["att_position"] in ("top", "header-block", "annex"):
            self.render_attendance()
        if d["presenter_style"] in AGENDA_STYLES:
            self.render_agenda_table()
            if self.v2:
                self.dims["agenda_list"] = "-"
        elif self.v2:
            self.render_agenda_list()
        for i, it in enumerate(self.items):
            doc.safe()
            if self.v3 and d["furniture"] == "running-meeting-head":  # version 3: the meeting's head before each item
                doc.add(f"{self.body_name.upper()} {self.date.isoformat()}")
            self.render_item(it, self.ns[i])
            if i == 0 and d["att_position"] == "after-first-item":
                self.render_attendance()
        if d["att_position"] == "bottom":
            self.render_attendance()
        if self.v3 and not self.vacant and d["list_lookalike"] != "none":
            self.dims["list_lookalike"] = "-"
        if self.v2:
            self.render_action_list()
            if not self.remarked and d["protocol_remarks"] != "none":
                self.dims["protocol_remarks"] = "-"
            if not self.noted and d["attendance_notes"] != "none":
                self.dims["attendance_notes"] = "-"
        self.render_end()

    def numbers(self) -> None:
        style = self.d["numbering"]
        start = self.rng.randint(12, 140) if style in RUNNING else 1
        bare = style in ("unnumbered", "time-slot")
        self.ns: list[int | None] = [None if bare else start + i for i in range(len(self.items))]
        self.dims["paragraphs"] = f"{start}-{start + len(self.items) - 1}" if not bare else "-"
        t = datetime.datetime(2050, 1, 1, self.rng.choice([9, 10, 13]), 0)
        self.slots = []
        for _ in self.items:
            u = t + datetime.timedelta(minutes=self.rng.choice([10, 15, 20, 30]))
            self.slots.append(f"{t:%H.%M}–{u:%H.%M}")
            t = u

    def render_header(self) -> None:
        doc, d, rng = self.doc, self.d, self.rng
        kw = KIND_WORD[d["doc_kind"]]
        if d["medium"] == "mail-quoted":
            doc.add("Hej,")
            doc.add("vidarebefordrar anteckningarna nedan.")
            doc.add("")
            doc.add("-----Ursprungligt meddelande-----")
            self.quote_from = len(doc.lines) + 1
        if d["medium"] in ("mail", "mail-quoted"):
            sent = self.date + datetime.timedelta(days=rng.randint(1, 6))
            doc.add("Från: Kansliet Länsgemensam ledning <lgl.kansli@kfkl.se>")
            hour = f"{rng.randint(8, 16)}:{rng.randint(10, 59)}"
            doc.add(f"Skickat: den {sent.day} {MONTHS[sent.month - 1]} {sent.year} {hour}")
            doc.add(f"Till: {self.body_name}")
            doc.add(f"Ämne: {kw} {self.body_name}")
            doc.add("")
            doc.add("Hej!")
            doc.add("Här kommer anteckningarna från mötet. Hör av er om något behöver rättas.")
            doc.add("")
        if d["furniture"] == "anslag-first":  # version 2: the notice of the justering first, as some kommuner do
            self.render_anslag(first=True)
        if self.v2 and d["header_block"] == "letterhead":
            doc.add(f"Avsändare{' ' * 24}Datum{' ' * 9}Dnr{' ' * 13}Sida")
            doc.add(f"Kansliet för Länsgemensam ledning  {self.date.isoformat()}    LGL {self.date.year}/"
                    f"{rng.randint(10, 400)}    1 (@@PAGES@@)")
            doc.add("")
        if d["furniture"] == "logo-text":
            doc.add("REGION KALMAR LÄN          KOMMUNFÖRBUNDET KALMAR LÄN")
            doc.add(f"Dnr LGL {self.date.year}/{rng.randint(10, 400)}{' ' * 20}1(@@PAGES@@)")
            doc.add("")
        md = "# " if d["medium"] == "teams-loop" else ""
        body = self.body_name
        date_text = fdate(self.date, d["date_form"])
        tf = d["title_form"]
        serial = f"{self.serial}/{self.date.year}" if self.v3 else ""
        title_place = rng.choice(PLACES) if tf == "fran-den-i-place" else ""  # version 3: the place in the title
        ordinal = ORDINALS[self.serial - 1] if self.v3 else ""
        if self.v3 and d["header_block"] == "document-date":  # version 3: the protocol's own date, not the meeting's
            doc.add(f"{kw} {(self.date + datetime.timedelta(days=rng.randint(2, 6))).isoformat()}{' ' * 6}"
                    f"{body}")
        first = doc.add(
            {"kind-newline-body": kw.upper(), "upper-kind-newline-body": kw.upper(),
             "kind-body": f"{md}{kw} {body}", "kind-body-date": f"{md}{kw} {body} {date_text}",
             "body-dash-kind": f"{md}{body} – {kw.lower()}", "kind-fran-mote": f"{md}{kw} från möte med {body}",
             "fort-vid": f"{md}Protokoll fört vid sammanträde med {body}", "kind-colon-body": f"{md}{kw}: {body}",
             "kind-fran-den-date": f"{md}{kw} från {body} den {date_text}", "mote-med": kw.upper(),
             "body-kind-serial": f"{md}{body} {kw} {serial}",
             "kind-nr-fort": f"{md}{kw} nr {self.serial if self.v3 else ''} fört vid sammanträde med {body}",
             "ordinal-fort-vid": f"{md}{kw} fört vid det {ordinal} sammanträdet med {body} den {date_text}",
             "fran-den-i-place": f"{md}{kw} från {body} den {date_text} i {title_place}",
             }[tf])
        self.body_line = first
        if tf in ("kind-newline-body", "upper-kind-newline-body"):
            self.body_line = doc.add(f"{md}{body}" if tf == "kind-newline-body" else body.upper())
        if tf == "mote-med":
            self.body_line = doc.add(f"{md}Möte med {body}")
        if self.v2 and d["header_block"] in ("organ-label", "beslutsinstans"):
            doc.add(f"{'Organ' if d['header_block'] == 'organ-label' else 'Beslutsinstans'}: {body}")
        time = {"kl-dots-dash": "kl. 09.00–12.00", "kl-short": "kl 9–12", "colon": "09:00-11:30",
                "tid-label": "13.15–16.00", "bare": "13.00–15.30", "klockan": "klockan 9.00–11.30", "none": "",
                "start-only": "kl. 13.00", "kl-colon-dash": "kl. 09:00-15:20",
                "split-session": "kl. 08.30–12.00, 13.00–16.15", "klockan-colon": "klockan 13:00",
                "ajournering": "kl. 09.00–12.30, ajournering 10.45–11.00"}[d["time_form"]]
        place = title_place or rng.choice(PLACES)
        pf = d["place_form"]
        self.place: str | None = None
        last = self.body_line
        if title_place:  # version 3: the place stands in the title
            pf = self.dims["place_form"] = "-"
            self.place = place
        layout = d.get("header_layout", "none") if self.v3 and tf not in TITLE_DATED else "none"
        if self.v3 and d["header_layout"] != "none" and (layout == "none" or pf in ("plats-och-tid", "tid-och-plats")):
            self.dims["header_layout"] = "-"
        if layout != "none" and pf not in ("plats-och-tid", "tid-och-plats"):  # version 3: the header's labels
            self.place = {"plats-label": place, "lokal-label": place, "plats-inline": place, "genomfordes": place,
                          "hybrid": f"{place} och via Teams", "teams": "Teams",
                          "microsoft-teams": "Microsoft Teams"}.get(pf)
            if layout == "labels-above":  # "Datum:   Tid:   Plats:" over their values
                doc.add(f"{'Datum:':<26}{'Tid:' if time else '':<26}{'Plats:' if self.place else ''}".rstrip())
                last = doc.add(f"{date_text:<26}{time:<26}{self.place or ''}".rstrip())
            else:  # "Dag: ...", "Tid: ...", "Plats: ..."
                last = doc.add(f"Dag: {date_text}")
                if time:
                    last = doc.add(f"Tid: {time}")
                if self.place:
                    last = doc.add(f"Plats: {self.place}")
            self.dims["place_form"] = f"{pf} ({layout})"
        elif pf in ("plats-och-tid", "tid-och-plats"):
            label = "Plats och tid" if pf == "plats-och-tid" else "Tid och plats"
            last = doc.add(f"{label}: {place}, {date_text}{' ' + time if time else ''}")
            self.place = place
        else:
            if tf not in TITLE_DATED:
                label = "Datum: " if d["date_form"] == "label-iso" else rng.choice(
                    ["", "Datum: ", "Sammanträdesdatum: ", "Mötesdatum: ", "Tid: "])
                line = f"{label}{date_text}"
                if time and d["time_form"] != "tid-label":
                    line += rng.choice([", ", " ", " "]) + time
                if pf == "plats-inline":
                    line += f", {place}"
                    self.place = place
                last = doc.add(line)
            if d["time_form"] == "tid-label" or (tf in TITLE_DATED and time):
                last = doc.add(f"Tid: {time}")
            if pf in ("plats-label", "lokal-label", "hybrid", "teams", "microsoft-teams"):
                self.place = {"plats-label": place, "lokal-label": place, "hybrid": f"{place} och via Teams",
                              "teams": "Teams", "microsoft-teams": "Microsoft Teams"}[pf]
                last = doc.add(f"{'Lokal' if pf == 'lokal-label' else 'Plats'}: {self.place}")
            elif pf == "digitalt":
                last = doc.add("Mötet hölls digitalt via Teams.")
            elif pf == "genomfordes":  # version 3: the place in a sentence
                self.place = place
                last = doc.add(f"Mötet genomfördes i {place}.")
            elif pf == "plats-inline" and tf in TITLE_DATED:
                last = doc.add(place)
                self.place = place
        self.approx = None
        if self.pk and rng.random() < 0.5:
            self.approx = rng.randint(4, 12) * 5
            last = doc.add(rng.choice([f"Antal deltagare: cirka {self.approx}", f"Ca {self.approx} deltagare"]))
        self.held_lines = (first, last)
        if self.v2 and d["header_block"] == "tema-line":
            doc.add(f"Tema: {rng.choice(THEMES)}")
        if self.v3 and d["header_block"] == "enligt-narvarolista":  # version 3: the list stands elsewhere
            doc.add(rng.choice(["Beslutande: Enligt närvarolista", "Beslutande: Se närvarolista",
                                "Närvarande: Enligt bifogad närvarolista"]))
        elif self.v3 and d["header_block"] == "digital-justering":
            adj = self.date + datetime.timedelta(days=rng.randint(3, 8))
            doc.add(rng.choice([f"Justering sker genom digital signering {fdate(adj, 'weekday-den-lower')}.",
                                "Underskrifter: Genom digital justering"]))
        elif self.v3 and d["header_block"] == "oppet":
            doc.add(rng.choice(["Sammanträdet är öppet för allmänheten.", "Öppet för allmänheten"]))
        if d["adjuster"] == "justerare-line":
            doc.add(f"Justerare: {self.adjuster.name}")
        if self.v2 and d["header_block"] == "justering-labels" and d["medium"] != "kommun-formal":
            adj = self.date + datetime.timedelta(days=rng.randint(3, 8))
            doc.add(f"Justeringens plats och tid: Kansliet, {fdate(adj, 'weekday-long')} kl. 15.00")
            if self.ns[0] is not None:
                doc.add(f"Paragrafer: §§ {self.ns[0]}–{self.ns[-1]}")
        if d["medium"] == "kommun-formal":
            adj = self.date + datetime.timedelta(days=rng.randint(3, 8))
            doc.add(f"Justeringens plats och tid: Kommunförbundets kansli, {adj.isoformat()}")
            if self.ns[0] is not None:
                doc.add(f"Paragrafer: §§ {self.ns[0]}–{self.ns[-1]}")
        self.gap()

    # -- attendance --
    def entry(self, p: Person, layout: str) -> str:
        org = p.org_text or (p.capacity and {"invanarrepresentant": "invånarrepresentant",
                                             "brukarrepresentant": "brukarrepresentant"}[p.capacity]) or ""
        name = self.nm(p)
        if layout == "surname-first":
            name = p.name
            first, *rest = name.split()
            return f"{' '.join(rest)}, {first}" + (f", {org}" if org else "")
        title = f", {p.title}" if p.title and layout == "name-title-org" else ""
        if layout == "title-first" and p.title:  # version 3: "Förvaltningschef X, Org"
            return f"{p.title.capitalize()} {name}" + (f", {org}" if org else "")
        return {"comma": f"{name}{title}, {org}", "name-title-org": f"{name}{title}, {org}",
                "dash": f"{name} – {org}", "paren": f"{name} ({org})", "bullets": f"• {name}, {org}",
                "org-first": f"{org}: {name}"}.get(layout, f"{name}, {org}") if org else \
            ("• " if layout == "bullets" else "") + name + title

    def key_entry(self, p: Person, line: int, layout: str) -> dict[str, Any]:
        e: dict[str, Any] = {"name": p.name, "line": line}
        if layout != "teams-report":
            if p.capacity:
                e["role"] = p.capacity
            elif p.org:
                e["org"] = p.org
        if p.title and layout in ("name-title-org", "pipe-table", "tab-table", "fixed-columns", "title-first"):
            self.post(p, TITLES[p.title], p.org or "", str(line))
        self.expect[p.name] = p.expect
        return e

    def heading_line(self, h: str) -> int:
        return self.doc.add(f"**{h}**" if self.d["medium"] == "teams-loop" else h)

    def render_list(self, kind: str, heading: str, people: list[Person], layout: str,
                    absent: list[Person] | None = None, inline: list[tuple[Person, Person | None]] | None = None,
                    absent_inline: list[Person] | None = None) -> None:
        doc, rng = self.doc, self.rng
        entries: list[dict[str, Any]] = []
        start = doc.lines.__len__() + 1
        if layout == "run-in" or self.d["att_position"] == "header-block":
            parts = [(p, f"{self.nm(p)} ({p.org_text or p.capacity or ''})".replace(" ()", "")) for p in people]
            text = f"{heading.rstrip(':')}: " + ", ".join(s for _, s in parts)
            a, b = self.para_keep(text, [s for _, s in parts], doc.width or 95)
            for p, _s in parts:
                ln = next(n for n in range(a, b + 1) if self.stands(p.name, doc.lines[n - 1]))
                entries.append(self.key_entry(p, ln, "run-in"))
        elif layout == "run-in-och":  # version 2: "Beslutande: A (Org), B (Org) och C (Org)."
            parts = [(p, f"{self.nm(p)} ({p.org_text or p.capacity or ''})".replace(" ()", "")) for p in people]
            said = [s for _, s in parts]
            joined = ", ".join(said[:-1]) + (" och " if len(said) > 1 else "") + said[-1]
            a, b = self.para_keep(f"{heading.rstrip(':')}: {joined}.", said, doc.width or 95)
            for p, _s in parts:
                ln = next(n for n in range(a, b + 1) if self.stands(p.name, doc.lines[n - 1]))
                entries.append(self.key_entry(p, ln, "run-in"))
        elif layout == "columns-no-header":  # version 2: "Name          Org" without a header row
            self.heading_line(heading)
            for p in people:
                org = p.org_text or p.capacity or ""
                entries.append(self.key_entry(p, doc.add(f"{self.nm(p):<30}{org}".rstrip()), layout))
        elif layout == "grouped-run-in":
            self.heading_line(heading)
            by: dict[str, list[Person]] = {}
            for p in people:
                by.setdefault(p.org or p.capacity or "", []).append(p)
            for ps in by.values():
                ln = doc.add(f"{ps[0].org_text or ps[0].capacity or 'Övriga'}: " + ", ".join(self.nm(p) for p in ps))
                entries += [self.key_entry(p, ln, layout) for p in ps]
        elif layout == "grouped-by-org":
            self.heading_line(heading)
            groups: dict[str, list[Person]] = {}
            for p in people:
                groups.setdefault(p.org or p.capacity or "", []).append(p)
            for ps in groups.values():
                doc.add(f"{ps[0].org_text or ps[0].capacity or 'Övriga'}:")
                for p in ps:
                    entries.append(self.key_entry(p, doc.add(f"   {self.nm(p)}"), layout))
        elif layout in ("pipe-table", "tab-table", "fixed-columns", *PRESENCE):
            self.heading_line(heading)
            titles = any(p.title for p in people)
            rows = [(p, True) for p in people] + [(p, False) for p in (absent or [])]
            if layout == "presence-column":
                rng.shuffle(rows)
                yes, no = rng.choice([("Ja", "Nej"), ("X", "-"), ("J", "N")])
                doc.add("| Namn | Organisation | Närvarande |")
                doc.add("|---|---|---|")
            elif layout == "presence-words":  # version 3: "X" or "anmält förhinder" in the presence column
                yes, no = "X", "anmält förhinder"
                doc.add("| Ledamöter | Organisation | Närvarande |")
                doc.add("|---|---|---|")
            elif layout == "presence-1-dash":  # version 3: "Namn | Parti/Organisation | Närvaro" with 1 or -
                yes, no = "1", "-"
                doc.add("| Namn | Organisation | Närvaro | Anteckningar |")
                doc.add("|---|---|---|---|")
            elif layout == "pipe-table":
                doc.add("| Namn | Organisation |" + (" Roll |" if titles else ""))
                doc.add("|---|---|" + ("---|" if titles else ""))
            elif layout == "tab-table":
                doc.add("Namn\tOrganisation" + ("\tFunktion" if titles else ""))
            else:
                doc.add(f"{'Namn':<28}{'Organisation':<34}" + ("Funktion" if titles else ""))
            for p, present in rows:
                org = p.org_text or p.capacity or ""
                if layout in ("presence-column", "presence-words"):
                    ln = doc.add(f"| {self.nm(p)} | {org} | {yes if present else no} |")
                elif layout == "presence-1-dash":
                    ln = doc.add(f"| {self.nm(p)} | {org} | {yes if present else no} |  |")
                elif layout == "pipe-table":
                    ln = doc.add(f"| {self.nm(p)} | {org} |" + (f" {p.title or ''} |" if titles else ""))
                elif layout == "tab-table":
                    ln = doc.add(f"{self.nm(p)}\t{org}" + (f"\t{p.title or ''}" if titles else ""))
                else:
                    ln = doc.add(f"{self.nm(p):<28}{org:<34}" + (p.title or "" if titles else ""))
                if present:
                    entries.append(self.key_entry(p, ln, layout))
                else:
                    self.note_person(p, str(ln))
        elif layout == "two-columns":
            self.heading_line(heading)
            for i in range(0, len(people), 2):
                pair = people[i:i + 2]
                cells = [self.entry(p, "comma") for p in pair]
                # version 2 keeps two spaces between the columns however long the first cell (version 1 wrote
                # the two cells together past 44 characters; its bytes are kept)
                w = max(44, len(cells[0]) + 2) if self.v2 else 44
                ln = doc.add(f"{cells[0]:<{w}}{cells[1] if len(cells) > 1 else ''}".rstrip())
                entries += [self.key_entry(p, ln, layout) for p in pair]
        elif layout == "teams-report":
            doc.add("Närvarorapport")
            self.heading_line(f"{heading} ({len(people)})")
            doc.add("Namn\tFörsta anslutning\tSenaste utträde\tVaraktighet")
            for p in people:
                m = rng.randint(0, 9)
                ln = doc.add(f"{p.name}\t{self.date.isoformat()} 09:0{m}\t{self.date.isoformat()} 11:5{m}"
                             f"\t2 h 5{9 - m} min")
                entries.append(self.key_entry(p, ln, layout))
        else:
            self.heading_line(heading)
            for p in people:
                doc.safe() if rng.random() < 0.3 else None
                entries.append(self.key_entry(p, doc.add(self.entry(p, layout) + self.att_note()), layout))
            if self.v3 and self.d["list_lookalike"] == "vakant" and not self.vacant and kind in ("ledamoter",
                                                                                                 "deltagare"):
                self.vacant = True  # version 3: a vacant seat among the members: no person
                doc.add(rng.choice(["Vakant (M)", "Vakant plats", "Vakant"]))
            for p, y in inline or []:  # version 3: serving deputies inside the members' list
                entries.append(self.deputy_in_list(p, y, layout))
            for p in absent_inline or []:  # version 3: "X, Org, anmält förhinder" inside the list: no entry
                self.note_person(p, str(doc.add(self.entry(p, layout) + rng.choice(
                    [", anmält förhinder", " (meddelat förhinder)", " – förhinder"]))))
        end = len(doc.lines)
        self.att_lists.append({"list": kind, "heading": heading.rstrip(":"), "lines": f"{start}-{end}",
                               "entries": entries})

    def deputy_in_list(self, p: Person, y: Person | None, layout: str) -> dict[str, Any]:
        """Version 3: a serving deputy written in the members' list, with the member replaced where named."""
        dep = self.dims["deputies"]
        if dep == "for-bare" and y is not None:  # "X för Y": no organisation
            ln = self.doc.add(f"{self.nm(p)} för {y.name}")
            self.expect[p.name] = p.expect
            self.note_person(y, str(ln), affiliation=False)
            return {"name": p.name, "line": ln}
        if dep == "for-then-org" and y is not None:  # "X (S) för Y (S), Org": the organisation is X's
            org = p.org_text or ""
            ln = self.doc.add(f"{self.nm(p)} för {self.nm(y)}" + (f", {org}" if org else ""))
            self.note_person(y, str(ln), affiliation=False)
            return self.key_entry(p, ln, layout)
        if dep == "ers-paren-for" and y is not None:  # "X (ers. Y), Org"
            org = p.org_text or ""
            ln = self.doc.add(f"{self.nm(p)} (ers. {y.name})" + (f", {org}" if org else ""))
            self.note_person(y, str(ln), affiliation=False)
            return self.key_entry(p, ln, layout)
        tail = {"tjg-trailing": ", tjänstgörande ersättare", "ers-punkt-for": f", ers. för {y.name if y else ''}",
                "tjanstgorande-for": f", tjänstgörande för {y.name if y else ''}"}[dep]
        ln = self.doc.add(self.entry(p, layout) + tail)
        if y is not None:
            self.note_person(y, str(ln), affiliation=False)
        return self.key_entry(p, ln, layout)

    def att_note(self) -> str:
        """Version 2: partial attendance written beside a name ("§ 4", "kl. 09.00–10.30", "(t.o.m. punkt 5)")."""
        if not self.v2 or self.d["attendance_notes"] == "none" or self.rng.random() > 0.35:
            return ""
        self.noted = True
        n = self.rng.randint(2, max(2, len(self.items) - 1))
        no = self.ns[n] if self.ns[n] is not None else n + 1
        last = self.ns[-1] if self.ns[-1] is not None else len(self.items)
        return {"paragraphs": f", § {no}", "time-span": ", kl. 09.00–10.30", "tom-punkt": f" (t.o.m. punkt {no})",
                "per-telefon": ", per telefon", "bare-range": f" {no}-{last}",
                "deltog-vid": f", deltog vid § {no}", "punkt-range": f" (punkt {no} t.o.m. {last})",
                "kom-under": f" (kom under punkt {no})", "ej-paragraf": f", ej § {no}",
                "via-teams": " (via Teams)"}[self.d["attendance_notes"]]

    def stands(self, name: str, line: str) -> bool:
        """Whether a name stands on a line. Version 3 asks for the whole name (a trap "Eva Berggg" holds "Eva
        Berg"); versions 1 and 2 keep their substring test and so their bytes."""
        if not self.v3:
            return name in line
        return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", line) is not None

    def wrap(self, text: str, width: int) -> tuple[int, int]:
        saved = self.doc.width
        self.doc.width = width
        try:
            return self.doc.para(text)
        finally:
            self.doc.width = saved

    def render_attendance(self) -> None:
        doc, d, rng = self.doc, self.d, self.rng
        layout = d["att_layout"]
        if d["att_position"] == "annex":
            self.dims["att_layout"] = self.dims["absent_style"] = self.dims["deputies"] = "-"
            self.dims["members_heading"] = self.dims["others_heading"] = "-"
            doc.add(rng.choice(["Närvarolista, se bilaga 1.", "Deltagare: se bifogad närvarolista.",
                                "Närvarande enligt bilagd deltagarlista."]))
            self.gap()
            return
        if d["att_position"] == "header-block":
            self.dims["att_layout"] = layout = "run-in"
        mk, ok = ("deltagare", "ovriga-deltagare") if self.pk else ("ledamoter", "ovriga")
        mh = d["members_heading"]
        oh = d["others_heading"]
        if mh == "body-ledamoter":  # version 3: "Direktionens ledamöter"
            mh = f"{genitive(BODIES[d['body']]['actor'])} ledamöter"
        if self.pk:
            mh = {"Närvarande": "Förtroendevalda", "Ledamöter": "Deltagare", "Beslutande": "Förtroendevalda",
                  "LEDAMÖTER": "FÖRTROENDEVALDA"}.get(mh, "Närvarande förtroendevalda")
            oh = {"Adjungerade": "Tjänstepersoner och medverkande", "Gäster": "Tjänstepersoner"}.get(oh, oh)
        if layout == "teams-report":
            self.render_list(mk, "Deltagare", self.members + [p for p, _ in self.deputies] + self.officials, layout)
            self.render_absent()
            self.gap()
            return
        absent_in_table = self.absent if layout in PRESENCE else None
        members = list(self.members)
        inline = self.deputies if self.v3 and self.dims["deputies"] in DEP_IN_LIST and layout in ONE_A_LINE else None
        absent_inline = self.absent if self.v3 and d["absent_style"] == "in-list" and layout in ONE_A_LINE else None
        self.render_list(mk, mh, members, layout, absent_in_table, inline, absent_inline)
        if absent_in_table:
            self.dims["absent_style"] = "in-table"
        if self.deputies and not inline:
            dep = self.dims["deputies"]
            if dep in ("tjanstgorande-list", "inline-for", "ersatter-paren", "tjg-ers-for", *DEP_IN_LIST):
                heading = "Tjänstgörande ersättare"
                start = self.heading_line(heading)
                entries = []
                for p, y in self.deputies:
                    if y is not None:
                        text = {"tjanstgorande-list": f"{p.name}, {p.org_text} (för {y.name})",
                                "inline-for": f"{p.name}, {p.org_text}, ersättare för {y.name}",
                                "ersatter-paren": f"{p.name} ({p.org_text}) ersätter {y.name}",
                                "tjg-ers-for": f"{p.name}, {p.org_text}, tjg ers för {y.name}",
                                "ers-punkt-for": f"{p.name}, {p.org_text}, ers. för {y.name}",
                                "tjanstgorande-for": f"{p.name}, {p.org_text}, tjänstgörande för {y.name}",
                                "for-bare": f"{p.name}, {p.org_text}, för {y.name}",
                                "ers-paren-for": f"{p.name} (ers. {y.name}), {p.org_text}",
                                "for-then-org": f"{p.name} för {y.name}, {p.org_text}"}[dep]
                    else:
                        text = f"{p.name}, {p.org_text}"
                    ln = doc.add(text)
                    entries.append(self.key_entry(p, ln, "comma"))
                    if y is not None:
                        self.note_person(y, str(ln), affiliation=False)
                self.att_lists.append({"list": mk, "heading": heading, "lines": f"{start}-{len(doc.lines)}",
                                       "entries": entries})
            elif dep == "ej-tjg-label":  # version 2
                self.gap()
                self.render_list(ok, rng.choice(["Ej tjänstgörande:", "Närvarande, ej tjänstgörande ersättare"]),
                                 [p for p, _ in self.deputies], "comma")
            else:
                self.gap()
                self.render_list(ok, rng.choice(["Ersättare", "Närvarande ej tjänstgörande ersättare",
                                                 "Ej tjänstgörande ersättare"]), [p for p, _ in self.deputies],
                                 "comma")
        self.gap()
        self.render_list(ok, oh, self.officials, layout if layout not in PRESENCE else "comma")
        if self.secretary and d["secretary"] == "sekreterare-line":
            self.gap()
            ln = doc.add(f"Sekreterare: {self.secretary.name}, {self.secretary.org_text}")
            self.att_lists.append({"list": ok, "heading": "Sekreterare", "lines": str(ln),
                                   "entries": [self.key_entry(self.secretary, ln, "comma")]})
        if not absent_in_table and not absent_inline:
            self.render_absent()
        self.gap()

    def render_absent(self) -> None:
        if not self.absent or self.d["att_layout"] in PRESENCE:
            return
        doc, style = self.doc, self.d["absent_style"]
        if style == "in-list":  # version 3, where the list is no list of one person a line: under a heading
            style = self.dims["absent_style"] = "Anmält förhinder"
        self.gap()
        if style == "prose":
            names = [p.name for p in self.absent]
            said = ", ".join(names[:-1]) + (" och " if len(names) > 1 else "") + names[-1]
            a, b = self.para_keep(f"Förhinder hade anmälts av {said}.", names, doc.width or 95)
            for p in self.absent:
                ln = next(n for n in range(a, b + 1) if self.stands(p.name, doc.lines[n - 1]))
                self.note_person(p, str(ln), affiliation=False)
        elif style in ("Frånvarande", "Förhinder", "Återbud") and self.rng.random() < 0.6:
            said = [f"{p.name} ({p.org_text})" for p in self.absent]
            a, b = self.para_keep(f"{style}: " + ", ".join(said), said, doc.width or 95)
            for p in self.absent:
                ln = next(n for n in range(a, b + 1) if self.stands(p.name, doc.lines[n - 1]))
                self.note_person(p, str(ln))
        else:
            self.heading_line(style)
            for p in self.absent:
                self.note_person(p, str(doc.add(f"{p.name}, {p.org_text}")))

    # -- items --
    def render_agenda_table(self) -> None:
        doc = self.doc
        self.agenda_rows: dict[int, int] = {}
        ps = self.d["presenter_style"]
        if ps == "program-table":  # version 3: "Tid | Ämne | Föredragande" with a break that is no item
            doc.add(self.rng.choice(["Program", "Program/tidsplan", "Tidsplan"]))
            doc.add("| Tid | Ämne | Föredragande |")
            doc.add("|---|---|---|")
            pause = self.rng.randint(2, max(2, len(self.items) - 2))
            for i, it in enumerate(self.items):
                who = it.presenters[0].name if it.presenters and it.kind not in ("open", "close") else ""
                if i == pause:
                    doc.add(f"| {self.slots[i].split('–')[0]} | {self.rng.choice(['Bensträckare', 'Paus'])} "
                            f"(10 min) |  |")
                self.agenda_rows[i] = doc.add(f"| {self.slots[i]} | {it.title} | {who} |")
            self.gap()
            return
        listed = ps in ("agenda-list", "agenda-deltar")
        doc.add(self.rng.choice(["Dagordning", "Föredragningslista", "Agenda"]) + (":" if listed else ""))
        if not listed:
            doc.add("| Punkt | Ärende | Föredragande |")
            doc.add("|---|---|---|")
        for i, it in enumerate(self.items):
            who = it.presenters[0].name if it.presenters and it.kind not in ("open", "close") else ""
            no = self.ns[i] if self.ns[i] is not None else "•"
            if ps == "agenda-deltar":  # version 3: "5. Title – X deltar"
                row = f"{no}{'.' if no != '•' else ''} {it.title}" + (f" – {who} deltar" if who else "")
                self.agenda_rows[i] = doc.add(row)
            elif listed:
                row = f"{no}{'.' if no != '•' else ''} {it.title}" + (f" – {who}" if who else "")
                self.agenda_rows[i] = doc.add(row)
            else:
                self.agenda_rows[i] = doc.add(f"| {no} | {it.title} | {who} |")
        self.gap()

    def heading(self, n: int | None, title: str, suffix: str = "", sub: str | None = None) -> tuple[int, str]:
        case = self.d["heading_case"]
        t = title.upper() if case == "upper" else title
        written = t
        if case == "bold-title" and style_of(self.d["numbering"]) and self.d["medium"] != "plain-export":
            t = f"**{t}**"
        t += suffix
        if case == "colon" and not suffix:
            t += ":"
        if case == "clock-suffix":  # version 3: the clock time the item began, after the title
            t += f" (kl. {self.slots[self.heading_no].split('–')[0]})"
        style = self.d["numbering"]
        if sub is not None:
            line = f"{sub} {t}"
        elif n is None and style == "time-slot":
            line = f"{self.slots[self.heading_no]} {t}"
        elif n is None:
            line = t
        else:
            line = {"para": f"§ {n} {t}", "para-nospace": f"§{n} {t}", "para-running": f"§ {n} {t}",
                    "punkt": f"Punkt {n}. {t}", "dot": f"{n}. {t}", "bare": f"{n} {t}", "paren": f"{n}) {t}",
                    "md-heading": f"## {n}. {t}", "bold": f"**{n}. {t}**", "arende": f"Ärende {n}: {t}",
                    "nr": f"N:o {n} {t}", "abbr-para": f"{ABBR[self.d['body']]} {n} {t}",
                    "abbr-para-sign": f"{ABBR[self.d['body']].upper()} § {n} {t}",
                    "para-year": f"§ {n}/{self.date.year % 100:02d} {t}", "num-colon": f"{n}:{t}",
                    "num-para": f"{n} § {t}", "bare-running": f"{n} {t}", "dot-running": f"{n}. {t}",
                    "title-para": f"{t} § {n}"}[style]
        if self.d["medium"] == "teams-loop" and style not in ("md-heading", "bold"):
            line = "### " + line
        return self.doc.add(line), written

    def presenter_suffix(self, it: Item) -> str:
        ps = self.d["presenter_style"]
        if it.kind in ("info", "funding") and it.presenters:
            if ps == "heading-dash":
                return " – " + " och ".join(p.name for p in it.presenters)
            if ps == "heading-paren":
                return " (" + ", ".join(p.name for p in it.presenters) + ")"
        return ""

    def render_item(self, it: Item, n: int | None, parent: int | None = None, sub: str | None = None) -> None:
        doc, d, rng = self.doc, self.d, self.rng
        suffix = self.presenter_suffix(it)
        self.heading_no = self.items.index(it) if it in self.items else 0
        head, title = self.heading(n if sub is None else None, it.title, suffix, sub)
        key: dict[str, Any] = {"title": title}
        if n is not None and sub is None:
            key["n"] = n
        if parent is not None:
            key["parent"] = parent
        presenters: list[dict[str, Any]] = []
        item_no = parent if parent is not None else n
        if suffix:
            presenters += [{"name": p.name, "lines": str(head)} for p in it.presenters]
        elif d["presenter_style"] in AGENDA_STYLES and it.kind in ("info", "funding") \
                and it.presenters \
                and sub is None:
            presenters.append({"name": it.presenters[0].name, "lines": str(self.agenda_rows[self.items.index(it)])})
        elif d["presenter_style"] == "label-post" and it.kind in ("info", "funding") and it.presenters:
            # version 3: "Föredragande: förbundsdirektör X" (the post in words before the name)
            ln = doc.add("Föredragande: " + ", ".join(f"{p.title} {p.name}" if p.title else p.name
                                                      for p in it.presenters))
            presenters += [{"name": p.name, "lines": str(ln)} for p in it.presenters]
            for p in it.presenters:
                if p.title and p.org:
                    self.post(p, TITLES[p.title], p.org, str(ln))
        elif d["presenter_style"] == "label" and it.kind in ("info", "funding") and it.presenters:
            lab = rng.choice(["Föredragande", "Föredras av", "Presentatör", "Informatör"])
            ln = doc.add(f"{lab}: " + ", ".join(p.name for p in it.presenters))
            presenters += [{"name": p.name, "lines": str(ln)} for p in it.presenters]
        slot = len(self.item_keys)
        self.item_keys.append(key)
        getattr(self, f"body_{it.kind}")(it, presenters, item_no)
        if it.kind == "subs":
            base = n if n is not None else 0
            for k, s in enumerate(it.subs, 1):
                mark = f"{base}.{k}" if self.dims["subitems"] == "dotted" else f"{base} {'abcdefgh'[k - 1]}"
                self.render_item(s, None, parent=base, sub=mark)
        if presenters:
            key["presenters"] = presenters
            for p in it.presenters:
                if any(q["name"] == p.name for q in presenters):
                    self.expect[p.name] = p.expect
        end = len(doc.lines)
        while end > head and not doc.lines[end - 1].strip():
            end -= 1
        key["lines"] = f"{head}-{end}" if end > head else str(head)
        self.item_keys[slot] = key
        self.gap()

    def name_presenters(self, it: Item, presenters: list[dict[str, Any]], obj: str) -> None:
        """Presenters named in prose (where the style names them there)."""
        if presenters or not it.presenters:
            return
        verb = self.d["presenter_verb"]
        at = "@" if self.d["presenter_style"] == "mention" else ""
        who = " och ".join(at + p.name for p in it.presenters)
        if self.rng.random() < 0.3 and len(it.presenters) == 1 and it.presenters[0].org_text:
            who = f"{who}, {it.presenters[0].org_text},"
        text = {"informerade om": f"{who} informerade om {obj}.", "redovisade": f"{who} redovisade läget i {obj}.",
                "föredrog": f"{who} föredrog ärendet.", "presenterade": f"{who} presenterade {obj}.",
                "gav en lägesrapport om": f"{who} gav en lägesrapport om {obj}.",
                "berättade om": f"{who} berättade om {obj}.", "gick igenom": f"{who} gick igenom {obj}.",
                "rapporterade om": f"{who} rapporterade om {obj}.", "visade": f"{who} visade bilder om {obj}.",
                "inledde med": f"{who} inledde med en presentation av {obj}.",
                "passive": f"Information lämnades av {who} om {obj}.",
                "org-paren": f"{who} ({self.org_of(it.presenters)}) informerade om {obj}.",
                "title-before": f"{who} informerade om {obj}.",
                "informerar om": f"{who} informerar om {obj}.", "presenterar": f"{who} presenterar {obj}.",
                "föredrar ärendet": f"{who} föredrar ärendet.", "redogör för": f"{who} redogör för {obj}.",
                "lämnar en bild av": f"{who} lämnar en sammanfattande bild av {obj}.",
                "muntlig-information": f"Muntlig information av {who} om {obj}.",
                "title-foredrar": f"{who} föredrar ärendet och redogör för {obj}.",
                "har-kommit": f"{who} har kommit till mötet för att informera om {obj}.",
                "title-definite": f"{who} informerar om {obj}.",
                "pronoun-cont": f"{who} informerar om {obj}." + (" De går även igenom den fortsatta tidplanen."
                                                                 if len(it.presenters) > 1 else ""),
                "ger-bakgrund": f"{who} ger en bakgrund till {obj}.", "sammanfattar": f"{who} sammanfattar {obj}.",
                "berattar-present": f"{who} berättar om {obj}.",
                "foredrar-underlaget": f"{who} föredrar underlaget om {obj}.",
                "foredrogs-av": f"{obj[:1].upper()}{obj[1:]} föredrogs av {who}.",
                "subjectless-cont": f"{who} föredrar ärendet. Redogör för {obj}.",
                }[verb]
        titled = verb in ("title-before", "title-foredrar", "title-definite") and len(it.presenters) == 1 \
            and it.presenters[0].title and at == "" \
            and not who.endswith(",")
        if titled and verb == "title-definite":  # version 3: "Samordnaren X informerar om ..."
            text = f"{DEFINITE[it.presenters[0].title or ''].capitalize()} {text}"
        elif titled:
            text = f"{(it.presenters[0].title or '').capitalize()} {text}"
        if verb == "org-paren" and who.endswith(","):
            text = f"{who} informerade om {obj}."
        a, b = self.para_keep(text, [p.name for p in it.presenters])
        for p in it.presenters:
            ln = next(n for n in range(a, b + 1) if self.stands(p.name, self.doc.lines[n - 1]))
            presenters.append({"name": p.name, "lines": str(ln)})
            if titled and p.title and p.org:  # a role in words: the post
                self.post(p, TITLES[p.title], p.org, str(ln))

    def org_of(self, ps: list[Person]) -> str:
        return ps[0].org_text or ps[0].capacity or "Region Kalmar län"

    def nm(self, p: Person) -> str:
        """A name as a list writes it: with the party mark of a politician where the protocol gives them."""
        if p.party and self.dims["party_marks"] == "paren":
            return f"{p.name} ({p.party})"
        if p.party and self.dims["party_marks"] == "lower-paren":  # version 2: "Name (s)"
            return f"{p.name} ({p.party.lower()})"
        if p.party and self.dims["party_marks"] == "comma-lower-paren":  # version 2: "Name, (s)"
            return f"{p.name}, ({p.party.lower()})"
        if p.party and self.dims["party_marks"] == "comma":
            return f"{p.name}, {p.party}"
        return p.name

    def body_open(self, it: Item, presenters: list[dict[str, Any]], n: int | None) -> None:
        form = self.d.get("opening_form", "none")
        if self.v3 and form != "none":  # version 3: the present tense of a formal protocol
            if it.presenters:
                p = it.presenters[0]
                text = {"forklarar-oppnat": f"{p.name} hälsar alla välkomna och förklarar mötet öppnat.",
                        "halsar-present": f"{p.name} hälsar alla välkomna och öppnar mötet.",
                        "oppnades-av": f"Mötet öppnades av {p.name}."}[form]
                presenters.append({"name": p.name, "lines": str(self.para_keep(text, [p.name])[0])})
            else:
                self.doc.para("Ordföranden hälsar alla välkomna och förklarar mötet öppnat.")
            self.render_decisions(it.decisions, n)
            return
        if it.presenters:
            p = it.presenters[0]
            text = self.rng.choice([f"{p.name} hälsade välkommen och öppnade mötet.",
                                    f"{p.name} hälsade alla välkomna.", f"{p.name} öppnade mötet och hälsade "
                                    "deltagarna välkomna."])
            presenters.append({"name": p.name, "lines": str(self.doc.add(text))})
        else:
            self.doc.add("Ordföranden hälsade alla välkomna och öppnade mötet.")
        self.render_decisions(it.decisions, n)

    def body_adjuster(self, it: Item, presenters: list[dict[str, Any]], n: int | None) -> None:
        self.render_decisions(it.decisions, n)

    def body_agenda(self, it: Item, presenters: list[dict[str, Any]], n: int | None) -> None:
        if self.rng.random() < 0.5:
            self.doc.add("Dagordningen gicks igenom.")
        self.render_decisions(it.decisions, n)

    def body_prev(self, it: Item, presenters: list[dict[str, Any]], n: int | None) -> None:
        rd = self.ref_date
        assert rd is not None
        form = self.rng.choice(["den-short", "long", "iso", "slash", "dmy-dots"])
        ds = fdate(rd, form)
        f = self.d["approve_form"]
        line, text = {
            "godkandes-handlingarna": (f"Protokollet från mötet den {ds} godkändes och lades till handlingarna.",) * 2,
            "beslut-godkanns": (f"Beslut: Protokollet från {ds} godkänns.", f"Protokollet från {ds} godkänns."),
            "lades-till-handlingarna": (f"Föregående minnesanteckningar från {ds} godkändes.",) * 2,
            "motet-godkande": (f"Mötet godkände protokollet från {ds}.",) * 2,
            "fastslogs": (f"Anteckningarna från {ds} gicks igenom och godkändes.",) * 2,
            "inga-synpunkter": (f"Inga synpunkter på protokollet från {ds}. Protokollet godkändes.",
                                "Protokollet godkändes."),
            "godkandes-utan-synpunkter": (f"Föregående mötes anteckningar från {ds} godkändes utan synpunkter.",) * 2,
            "inga-synpunkter-lades": (f"Det fanns inga synpunkter på protokollet från {ds}. Protokollet lades till "
                                      "handlingarna.", "Protokollet lades till handlingarna."),
            "genomgas-laggs": (f"Protokollet från {ds} genomgås. Protokollet läggs till handlingarna.",
                               "Protokollet läggs till handlingarna."),
            "godkanns-och-laggs": (f"Protokollet från sammanträdet {ds} godkänns och läggs till handlingarna.",) * 2,
            "foredrogs-lades": (f"Föregående mötesprotokoll från {ds} föredrogs och lades till handlingarna.",) * 2,
            "att-godkanna-protokoll": (f"Beslut: att godkänna protokollet från {ds} samt lägga det till "
                                       "handlingarna.", f"att godkänna protokollet från {ds} samt lägga det till "
                                                        "handlingarna."),
        }[f]
        a, b = self.doc.para(line)
        self.decisions.append({"item": n, "kind": "approve-protocol", "text": text, "lines": f"{a}-{b}"})
        self.meetings_extra.append({"status": "referred", "date": rd, "lines": f"{a}-{b}", "form": ds})

    def lookalike(self) -> None:
        if not self.look or self.rng.random() < 0.4:
            return
        kind = self.look.pop(0)
        y = self.date.year
        if kind == "action-table":
            self.doc.add("| Åtgärd | Ansvarig | Klart senast |")
            self.doc.add("|---|---|---|")
            for what in self.rng.sample(["Skicka ut underlaget", "Boka lokal", "Sammanställa enkäten",
                                         "Kontakta kommunerna"], 2):
                when = self.date + datetime.timedelta(days=self.rng.randint(10, 40))
                self.doc.add(f"| {what} | {self.rng.choice(self.members).name} | {when.isoformat()} |")
            return
        if kind == "report-amount":  # version 3 (apart from the dict below, which draws for every kind)
            self.doc.para(f"Prognosen för helåret visar ett överskott på cirka {self.rng.randint(2, 9)},"
                          f"{self.rng.randint(1, 9)} mnkr.")
            return
        if kind == "beslutsunderlag-list":  # version 2
            self.doc.add("Beslutsunderlag")
            self.doc.add(f"- Tjänsteskrivelse {(self.date - datetime.timedelta(days=12)).isoformat()}")
            self.doc.add("- Sammanställning från kommunerna")
            return
        self.doc.para({
            "exp-line": "Exp: Kommunförbundet i Kalmar län, Region Kalmar län",
            "bilagor-line": "Bilagor: a) PM, b) Förslag enligt rubrik",
            "jav-none": "Inga ledamöter anmälde jäv.",
            "beslutsfort": "Mötet konstaterades vara beslutsfört och behörigt utlyst.",
            "item-ref": f"Ärendet hänger samman med punkt {len(self.items) - 1} på dagordningen.",
            "dnr": f"Diarienummer: RS {y}/{self.rng.randint(100, 999)}",
            "phone": f"Frågor besvaras av växeln, tel. 0480-{self.rng.randint(100, 999)} {self.rng.randint(10, 99)}.",
            "prose-date": f"Remissvaret ska lämnas senast den {self.rng.randint(1, 28)} maj {y + 1}.",
            "law-ref": "Arbetet följer lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård.",
            "email": "Synpunkter skickas till lgl.kansli@kfkl.se.",
            "deadline-iso": f"Uppföljningen redovisas senast {y + 1}-09-30.",
            "url": "Mer information finns på www.regionkalmar.se/samverkan.",
            "time-in-prose": f"Utbildningsdagen hålls den {self.rng.randint(1, 28)} oktober kl. 13.00–16.00 i Kalmar.",
            "percent": f"Andelen har ökat med {self.rng.randint(3, 19)} procent sedan {y - 2}, motsvarande "
                       f"{self.rng.randint(2, 9)},5 årsarbetare.",
        }[kind])

    def body_text(self, obj: str) -> None:
        doc, rng, style = self.doc, self.rng, self.d["body_style"]
        ss = rng.sample(SENTENCES, 3)
        if style == "prose":
            doc.para(ss[0])
            doc.safe()
            doc.para(ss[1])
        elif style == "fields":
            doc.para(f"Bakgrund: {ss[0]}")
            doc.para(f"Diskussion: {ss[1]}")
        elif style == "bullets":
            mark = rng.choice(["-", "•", "*"])
            for s in ss:
                doc.para(f"{mark} {s}")
        elif style == "kommun-sections":
            for k in rng.sample(KOMMUNER, 2):
                doc.para(f"{ORG_FORMS[k][1]}: {rng.choice(SENTENCES)}")
        elif style == "arendebeskrivning":  # version 2
            doc.add("Ärendebeskrivning")
            doc.para(ss[0])
            doc.para(ss[1])
        elif style == "beskrivning-av-arendet":
            doc.add("Beskrivning av ärendet")
            doc.para(f"{ss[0]} {ss[1]}")
        elif style == "table":
            doc.add("| Område | Status |")
            doc.add("|---|---|")
            for s in ss[:2]:
                doc.add(f"| {obj.capitalize()} | {s} |")
        else:
            doc.para(ss[0])

    def section_top(self) -> None:
        """Version 2: a "Dnr" line under an item's heading."""
        if self.v2 and self.d["item_sections"] == "dnr-below-heading":
            self.doc.add(f"Dnr LGL {self.date.year}/{self.rng.randint(10, 400)}")

    def section_end(self, it: Item) -> None:
        """Version 2: what a formal protocol writes after an item's decision: no facts."""
        if not self.v2:
            return
        sec, rng = self.d["item_sections"], self.rng
        obj = getattr(it, "obj", "fördelningen")
        if sec == "beslutsunderlag-list":
            self.doc.add("Beslutsunderlag")
            self.doc.add(f"Tjänsteskrivelse {(self.date - datetime.timedelta(days=rng.randint(7, 30))).isoformat()}")
            self.doc.add(f"Redovisning av {obj}")
        elif sec == "beslutet-skickas" and it.decisions:
            self.doc.add("Beslutet skickas till")
            self.doc.add(rng.choice(["Kommunförbundet i Kalmar län", "Region Kalmar län", "Länets kommuner"]))
        elif sec == "expedieras" and it.decisions:
            self.doc.add("Expedieras: Region Kalmar län, länets tolv kommuner")
        elif sec == "bilaga":
            self.doc.add(f"Bilaga: Presentation om {obj}")
        elif sec == "beredning":  # version 3: "Beredning" and the annexes' numbers
            k = rng.randint(10, 400)
            self.doc.add("Beredning")
            self.doc.add(f"Bilaga LGL {self.date.year}/{k}/1, skrivelse från regionen")
            self.doc.add(f"Bilaga LGL {self.date.year}/{k}/2, redovisning av {obj}")
        elif sec == "utdrag" and it.decisions:
            self.doc.add(rng.choice(["Utdrag: Kommunförbundet i Kalmar län", "Utdrag: akten"]))

    def remarks_before(self, it: Item) -> None:
        """Version 2: "Yrkanden" and "Propositionsordning" ahead of the first item decided (no facts)."""
        if not self.v2 or self.remarked or self.d["protocol_remarks"] != "yrkanden" \
                or not any(not x.fixed for x in it.decisions):
            return
        self.remarked = True
        x = self.members[1]
        self.doc.add("Yrkanden")
        self.doc.para(f"{self.nm(x)} yrkar bifall till förslaget.")
        self.doc.add("Propositionsordning")
        self.doc.para("Ordföranden ställer proposition på förslaget.")

    def remarks_after(self, it: Item) -> None:
        """Version 2: a protokollsanteckning, a reservation or a jäv after the first item decided (no facts)."""
        rem = self.d["protocol_remarks"] if self.v2 else "none"
        if self.remarked or rem in ("none", "yrkanden") or not any(not x.fixed for x in it.decisions):
            return
        self.remarked = True
        x = self.members[1]
        if rem == "protokollsanteckning":
            self.doc.add("Protokollsanteckning")
            self.doc.para(f"{self.nm(x)} lämnar en protokollsanteckning om behovet av en gemensam uppföljning.")
        elif rem == "reservation":
            self.doc.add("Reservation")
            self.doc.para(f"{self.nm(x)} reserverar sig mot beslutet till förmån för eget förslag.")
        else:
            self.doc.para(f"{x.name} anmäler jäv och deltar inte i handläggningen av ärendet.")

    def body_info(self, it: Item, presenters: list[dict[str, Any]], n: int | None) -> None:
        obj = getattr(it, "obj", "ärendet")
        self.section_top()
        self.name_presenters(it, presenters, obj)
        self.body_text(obj)
        self.lookalike()
        if self.d["medium"] == "teams-loop" and self.rng.random() < 0.6:
            x = self.rng.choice(self.members)
            self.doc.add(f"- [ ] {x.name}: skicka ut materialet till gruppen")
        decisions = list(it.decisions)
        formal = self.d["medium"] == "kommun-formal" and any(not x.fixed for x in decisions)
        if formal:
            self.doc.add("Beslutsunderlag")
            ts = self.date - datetime.timedelta(days=self.rng.randint(7, 30))
            self.doc.add(f"Tjänsteskrivelse {ts.isoformat()}")
        if decisions and self.d["proposal_form"] not in ("none", "-") and not self.proposed \
                and not decisions[0].fixed:
            self.proposed = True
            dec = decisions[0]
            x = self.members[1].name
            if self.d["proposal_form"] == "forslag-enligt":
                self.doc.para(f"Förslag till beslut: {dec.sentence}")
                said = self.rng.choice(["Beslut: Enligt förslaget.", "Beslut: Enligt förslag.",
                                        f"Beslut: {BODIES[self.d['body']]['actor']} beslutar enligt förslaget."])
                a, b = self.doc.para(said)
                self.decisions.append({"item": n, "kind": dec.kind, "text": said.removeprefix("Beslut: "),
                                       "lines": f"{a}-{b}"})
                decisions = decisions[1:]
            else:
                self.doc.para({"forslag-till-beslut": f"Förslag till beslut: {dec.sentence}",
                               "foreslar-att": f"Arbetsgruppen föreslår att {dec.clause}.",
                               "beslutsforslag": f"Beslutsförslag: {dec.sentence}",
                               "yrkande": f"{x} yrkade att {dec.clause}.",
                               "ordforanden-foreslog": f"Ordföranden föreslog att {dec.clause}.",
                               "x-foreslar": f"{x} föreslår att {dec.clause}.",
                               "au-forslag": f"Arbetsutskottets förslag: {dec.sentence}",
                               "body-forslag": f"{genitive(BODIES[self.d['body']]['actor'])} förslag till beslut: "
                                               f"{dec.sentence}",
                               "foreslar-besluta": f"Kansliet föreslår {self.body_name} besluta att {dec.clause}.",
                               "har-att": f"{BODIES[self.d['body']]['actor']} har att {dec.clause}."}[
                                   self.d["proposal_form"]])
        self.remarks_before(it)
        self.render_decisions(decisions, n)
        self.remarks_after(it)
        if formal:
            self.doc.add("Expedieras till: Kommunförbundet i Kalmar län, Region Kalmar län")
        self.section_end(it)

    def body_subs(self, it: Item, presenters: list[dict[str, Any]], n: int | None) -> None:
        pass

    def body_funding(self, it: Item, presenters: list[dict[str, Any]], n: int | None) -> None:
        doc, rng = self.doc, self.rng
        obj = "förslaget till fördelning"
        self.section_top()
        self.name_presenters(it, presenters, obj)
        year = self.date.year + 1
        layout = self.d["money_layout"]
        k = 2 if layout == "vardera" else rng.randint(2, 3)
        labels = rng.sample(PART_LABELS, k)
        if layout == "vardera":
            v = rng.randint(2, 30) * 50_000
            amounts = [v, v]
        else:
            pool = list(range(2, 50))
            rng.shuffle(pool)
            amounts = [x * 50_000 for x in pool[:k]]
        total = sum(amounts)
        form = self.d["money_form"]
        tform = form if rng.random() < 0.7 else rng.choice(DIMENSIONS["money_form"])
        label = f"{rng.choice(FUND_LABELS)} {year}"
        F = famount  # noqa: N806
        fund: dict[str, Any] = {"year": year, "label": label, "total": total, "parts": []}

        def place(text: str, a: int, b: int) -> str:
            for ln in range(a, b + 1):
                if text in doc.lines[ln - 1]:
                    return str(ln)
            return f"{a}-{b}"

        if layout == "prose-varav":
            ts = F(total, tform)
            ps = [F(x, form) for x in amounts]
            rest = " och ".join(f"{p} till {lab.lower()}" for p, lab in zip(ps, labels, strict=True))
            a, b = self.para_keep(f"För {year} finns {ts} avsatt, varav {rest}.", [ts, *ps])
            fund["lines"], fund["total_form"] = place(ts, a, b), ts
            for x, p, lab in zip(amounts, ps, labels, strict=True):
                fund["parts"].append({"label": lab, "amount": x, "lines": place(p, a, b), "form": p})
        elif layout == "vardera":
            ts, p = F(total, tform), F(amounts[0], form)
            ln = doc.add(f"{labels[0]} och {labels[1].lower()} tilldelas {p} vardera.")
            for lab in labels:
                fund["parts"].append({"label": lab, "amount": amounts[0], "lines": str(ln), "form": p})
            lt = doc.add(f"Totalt avsätts {ts} för {year}.")
            fund["lines"], fund["total_form"] = str(lt), ts
        elif layout in ("list", "total-last", "tab-table", "pipe-table", "unit-caption-table"):
            unit = layout == "unit-caption-table"
            if unit:
                doc.add(rng.choice([f"Fördelning {year} (tkr)", "Belopp i tkr", f"Budget {year}, tkr"]))

            def cell(x: int) -> str:
                return f"{x // 1000:,}".replace(",", " ") if unit else F(x, form) if layout != "tab-table" \
                    else f"{x:,}".replace(",", " ")
            if layout == "list":
                ts = F(total, tform)
                fund["lines"], fund["total_form"] = str(doc.add(f"{label}: {ts}")), ts
            if layout == "pipe-table":
                doc.add("| Insats | Belopp |")
                doc.add("|---|---|")
            if layout == "tab-table":
                doc.add("Insats\tBelopp (kr)")
            for x, lab in zip(amounts, labels, strict=True):
                c = cell(x)
                line = {"list": f"- {lab}: {c}", "total-last": f"{lab}: {c}", "tab-table": f"{lab}\t{c}",
                        "pipe-table": f"| {lab} | {c} |", "unit-caption-table": f"{lab:<32}{c:>8}"}[layout]
                fund["parts"].append({"label": lab, "amount": x, "lines": str(doc.add(line)), "form": c})
            if layout != "list":
                ts = cell(total) if layout != "total-last" else F(total, tform)
                line = {"total-last": f"Totalt: {ts}", "tab-table": f"Summa\t{ts}", "pipe-table": f"| Totalt | {ts} |",
                        "unit-caption-table": f"{'Summa':<32}{ts:>8}"}[layout]
                fund["lines"], fund["total_form"] = str(doc.add(line)), ts
        self.funding.append(fund)
        self.lookalike()
        self.render_decisions(it.decisions, n)
        self.section_end(it)

    def para_keep(self, text: str, keep: list[str], width: int | None = None) -> tuple[int, int]:
        """A paragraph whose amounts and names are not broken across lines."""
        for k in keep:
            text = text.replace(k, k.replace(" ", "\x00"))
        saved = self.doc.width
        self.doc.width = width or saved
        try:
            a, b = self.doc.para(text)
        finally:
            self.doc.width = saved
        for i in range(a - 1, b):
            self.doc.lines[i] = self.doc.lines[i].replace("\x00", " ")
        return a, b

    def body_replacement(self, it: Item, presenters: list[dict[str, Any]], n: int | None) -> None:
        x = self.person("member")
        y = self.person("absent")
        grp = self.rng.choice([self.body_name, "gruppen"]) if self.d["body"].startswith("sg") else self.body_name
        f = self.d["replacement_form"]
        role = {"som-ledamot": "ledamot", "i-group": None, "som-representant": "representant",
                "beslut-prefix": "ledamot"}[f]
        core = f"{x.name} ersätter {y.name}" + (f" som {role}" if role else "") + f" i {grp}"
        line = f"Beslut: {core}." if f == "beslut-prefix" else f"{core}."
        if f == "beslut-prefix":
            line = line[:-1] + f" från och med den 1 {MONTHS[(self.date.month % 12)]}."
        a, b = self.doc.para(line)
        text = line.removeprefix("Beslut: ")
        lines = f"{a}-{b}"
        self.decisions.append({"item": n, "kind": "replacement", "group": self.body_org, "role": role or "ledamot",
                               "new": x.name, "replaced": y.name, "text": text, "lines": lines})
        self.note_person(x, lines, affiliation=False)
        self.note_person(y, lines, affiliation=False)
        if role:
            self.post(y, role, self.body_org, lines)

    def body_appoint(self, it: Item, presenters: list[dict[str, Any]], n: int | None) -> None:
        x = self.members[-1] if self.members[-1].kind != "trap" else self.members[1]
        rolew = {"Sammankallande": "sammankallande", "Val av sammankallande": "sammankallande",
                 "Ordförandeskap": "ordförande", "Vice ordförande": "vice ordförande"}[it.title]
        role = {"sammankallande": "sammankallande", "ordförande": "ordforande",
                "vice ordförande": "vice-ordforande"}[rolew]
        actor = BODIES[self.d["body"]]["actor"]
        f = self.d["appointment_form"]
        line = {"utses-till": f"{x.name} utses till {rolew} för {self.body_name} under {self.date.year + 1}.",
                "beslut-utses": f"Beslut: {x.name} utses till {rolew} för {self.body_name}.",
                "valdes-till": f"Till {rolew} valdes {x.name}.",
                "body-utser": f"{actor} utser {x.name} till {rolew}.",
                "valjs-term": f"Till {rolew} för {self.body_name} väljs {x.name} på ett år.",
                "body-valde": f"{actor} valde {x.name} till {rolew}."}[f]
        a, b = self.doc.para(line)
        lines = f"{a}-{b}"
        self.decisions.append({"item": n, "kind": "other", "text": line.removeprefix("Beslut: "), "lines": lines})
        self.post(x, role, self.body_org, lines)

    def body_ovrigt(self, it: Item, presenters: list[dict[str, Any]], n: int | None) -> None:
        doc, rng = self.doc, self.rng
        x = rng.choice(self.members[1:])
        z = rng.choice(self.officials)
        f = self.d["non_presenter"]
        if it.title in ("Runda bland kommunerna", "Aktuellt från organisationerna"):
            # a round: each reporting member presents (the conventions: whoever reports is a presenter)
            reporters = [p for p in self.members if p.org and p is not x and p.kind != "trap"]
            for p in rng.sample(reporters, min(len(reporters), rng.randint(2, 3))):
                form = rng.choice([f"{p.name} rapporterade från {p.org_text}: {rng.choice(SENTENCES)}",
                                   f"Från {p.org_text} rapporterade {p.name} att arbetet fortsätter enligt plan."])
                a, b = self.para_keep(form, [p.name])
                ln = next(k for k in range(a, b + 1) if self.stands(p.name, doc.lines[k - 1]))
                presenters.append({"name": p.name, "lines": str(ln)})
                it.presenters.append(p)
        if f == "question":
            doc.para(f"{x.name} ställde en fråga om tidplanen för uppföljningen.")
        elif f == "lyfte":
            doc.para(f"{x.name} lyfte behovet av gemensam kompetensutveckling.")
        elif f == "fraga-label":
            doc.para(f"Fråga ({x.name}): Hur går arbetet med den gemensamma riktlinjen?")
            doc.para(f"{z.name} svarade att ett utkast finns.")
        elif f == "svarade":
            doc.para(f"Frågan om gemensam statistik togs upp. {z.name} svarade att den tas fram till hösten.")
        elif f in ("ansvarig", "handlaggare"):
            doc.para("En ny rutin för avvikelser tas fram.")
            doc.add(f"{'Ansvarig' if f == 'ansvarig' else 'Handläggare'}: {z.name}")
        elif f == "role-no-name":  # version 3: a role informs, no name: no presenter
            doc.para("Ordföranden informerar om arbetet i presidiet.")
        elif f == "thanked":
            y = self.person("absent")
            a, b = doc.para(f"{BODIES[self.d['body']]['actor']} tackade {y.name}, {y.org_text}, för arbetet med "
                            "kartläggningen.")
            self.note_person(y, f"{a}-{b}")
        else:
            y = self.person("absent")
            a, b = doc.para(f"Kontaktperson för utbildningen är {y.name}, tel. 0480-{rng.randint(100, 999)} "
                            f"{rng.randint(10, 99)}.")
            self.note_person(y, f"{a}-{b}", affiliation=False)
        self.render_decisions(it.decisions, n)

    def body_next(self, it: Item, presenters: list[dict[str, Any]], n: int | None) -> None:
        rng = self.rng
        nd = self.next_date
        assert nd is not None
        form = rng.choice(["long", "iso", "weekday-long", "den-short", "slash", "abbr-month"])
        ds = fdate(nd, form)
        place = rng.choice(PLACES)
        if it.title == "Kommande möten":
            nd2 = nd + datetime.timedelta(days=rng.randint(5, 9) * 7)
            ds2 = fdate(nd2, form)
            a, b = self.para_keep(f"Kommande möten: {ds} och {ds2}.", [ds, ds2])
            for dd, s in ((nd, ds), (nd2, ds2)):
                ln = next(k for k in range(a, b + 1) if s in self.doc.lines[k - 1])
                self.meetings_extra.append({"status": "announced", "date": dd, "lines": str(ln), "form": s})
            return
        text, pl = rng.choice([(f"Nästa möte: {ds} kl. 09.00–12.00, {place}.", place),
                               (f"Nästa möte äger rum {ds} i {place}.", place),
                               (f"Nästa sammanträde hålls {ds} via Teams.", None),
                               (f"Nästa möte är {ds}.", None)])
        a, b = self.doc.para(text)
        m = {"status": "announced", "date": nd, "lines": f"{a}-{b}", "form": ds}
        if pl:
            m["place"] = pl
        self.meetings_extra.append(m)

    def body_close(self, it: Item, presenters: list[dict[str, Any]], n: int | None) -> None:
        if it.presenters:
            p = it.presenters[0]
            ln = self.doc.add(self.rng.choice([f"{p.name} tackade för visat intresse och avslutade mötet.",
                                               f"{p.name} avslutade mötet.",
                                               f"{p.name} tackade alla för ett givande möte och avslutade."]))
            presenters.append({"name": p.name, "lines": str(ln)})
        else:
            self.doc.add("Mötet avslutades.")

    def render_decisions(self, decs: list[Decision], n: int | None) -> None:
        if not decs:
            return
        doc, style = self.doc, self.d["decision_style"]
        actor = BODIES[self.d["body"]]["actor"]
        free = [x for x in decs if not x.fixed]
        for x in decs:
            if x.fixed:
                a, b = doc.para(x.sentence)
                self.decisions.append({"item": n, "kind": x.kind, "text": x.sentence.removeprefix("Beslut: "),
                                       "lines": f"{a}-{b}"})
        if not free:
            return
        if style == "log-table":  # decisions gathered in a table at the end, each row naming its item
            self.pending += [(n, x) for x in free]
            return
        if style in ("att-unmarked", "upper-att-unmarked"):  # unmarked "att" lines joined by "samt": one decision
            groups: dict[str, list[Decision]] = {}
            for x in free:
                groups.setdefault(x.kind, []).append(x)
            for kind, xs in groups.items():
                lead = doc.add(f"{actor} beslutar" if style == "att-unmarked" else f"{actor.upper()} BESLUTAR")
                for i, x in enumerate(xs):
                    _, b = doc.para(("samt att " if i else "att ") + x.clause + ("." if i == len(xs) - 1 else ""))
                self.decisions.append({"item": n, "kind": kind, "text": f"att {xs[0].clause}", "lines": f"{lead}-{b}"})
            return
        if style in ("att-clauses", "numbered-att"):
            lead = doc.add(f"{actor} beslutar")
            for i, x in enumerate(free):
                if i == 0:  # version 2's "numbered-att": "1. att ...", "2. att ..."
                    mark = "1." if style == "numbered-att" else self.rng.choice(["–", "-", "•"])
                elif style == "numbered-att":
                    mark = f"{i + 1}."
                a, b = doc.para(f"{mark} att {x.clause}{'.' if i == len(free) - 1 else ','}")
                self.decisions.append({"item": n, "kind": x.kind, "text": f"att {x.clause}",
                                       "lines": f"{lead if i == 0 else a}-{b}"})
            return
        if style in ("beslut-heading", "upper-beslut"):
            doc.add("Beslut" if style == "beslut-heading" else "BESLUT")
        if style == "body-beslut-heading":  # version 2: "Direktionens beslut" over the decision
            doc.add(f"{genitive(actor)} beslut")
        for x in free:
            text = {"beslut-colon": x.sentence, "beslut-heading": x.sentence, "bold-md": x.sentence,
                    "body-beslutar": f"{actor} beslutar att {x.clause}.", "beslutades": f"Beslutades att {x.clause}.",
                    "motet-beslutade": f"Mötet beslutade att {x.clause}.",
                    "upper-beslut": f"{actor} beslutar att {x.clause}.",
                    "body-beslut-heading": x.sentence,
                    "upper-body-beslutar": f"{actor.upper()} BESLUTAR att {x.clause}.",
                    "beslutade-past": f"{actor} beslutade att {x.clause}.",
                    "beslutar-colon": f"{actor} beslutar: {x.clause[:1].upper()}{x.clause[1:]}.",
                    "beslut-heading-att": f"att {x.clause}", "beslutas-att": f"Beslutas att {x.clause}.",
                    "beslots-att": f"Beslöts att {x.clause}.", "dash-beslut": f"{actor} beslutar att {x.clause}.",
                    "body-beslut-att": f"Att {x.clause}", "beslutar-inf": f"{actor} beslutar {x.clause}.",
                    "beslot-inf": f"{actor} beslöt {x.clause}."}[style]
            line = {"beslut-colon": f"Beslut: {text}", "bold-md": f"**Beslut:** {text}",
                    "beslut-heading-att": f"{text}.", "dash-beslut": f"- Beslut {text}",
                    "body-beslut-att": f"{text}."}.get(style, text)
            if style == "body-beslut-att":  # version 3: "Folkhälsorådets beslut" over "Att ..."
                doc.add(f"{genitive(actor)} beslut")
            if style == "beslut-heading-att":  # version 3: "Beslut" (or "Beslut:") over a lower-case "att ..." line
                doc.add(self.rng.choice(["Beslut", "Beslut:"]))
            a, b = doc.para(line)
            self.decisions.append({"item": n, "kind": x.kind, "text": text, "lines": f"{a}-{b}"})

    def render_end(self) -> None:
        doc, d = self.doc, self.d
        if self.pending:
            doc.add(self.rng.choice(["Beslut i sammanfattning", "Beslutslogg", "Sammanfattning av beslut"]))
            doc.add("| Punkt | Beslut |")
            doc.add("|---|---|")
            for n, x in self.pending:
                ln = doc.add(f"| {n if n is not None else '–'} | {x.sentence} |")
                self.decisions.append({"item": n, "kind": x.kind, "text": x.sentence, "lines": str(ln)})
            self.gap()
        if self.secretary and d["secretary"] in ("vid-protokollet", "antecknat-av", "vid-pennan"):
            self.gap()
            if d["secretary"] in ("vid-protokollet", "vid-pennan"):
                doc.add("Vid protokollet" if d["secretary"] == "vid-protokollet" else "Vid pennan")
                ln = doc.add(self.secretary.name)
            else:
                ln = doc.add(f"Antecknat av: {self.secretary.name}")
            self.note_person(self.secretary, str(ln), affiliation=False)
        if self.secretary and d["secretary"] == "signature-block":  # version 2
            self.gap()
            doc.add("Underskrifter")
            doc.add("")
            doc.add(f"Sekreterare{' ' * 6}{'.' * 34}")
            ln = doc.add(f"{' ' * 17}{self.secretary.name}")
            self.note_person(self.secretary, str(ln), affiliation=False)
            doc.add("")
            doc.add(f"Justerande{' ' * 7}{'.' * 34}")
            doc.add(f"{' ' * 17}{self.adjuster.name}")
        if d["adjuster"] == "justeras-signature":
            self.gap()
            doc.add("Justeras")
            doc.add("")
            doc.add(f"{self.chair.name:<36}{self.adjuster.name}")
        if d["furniture"] == "anslag":
            self.gap()
            self.render_anslag()
        if self.v3 and d["furniture"] == "anslag-publicering":  # version 3: the notice of a published protocol
            self.gap()
            pub = self.date + datetime.timedelta(days=self.rng.randint(3, 9))
            doc.para(f"Justeringen av protokollet från sammanträdet den {fdate(self.date, 'den-short')[4:]} "
                     f"har tillkännagivits genom publicering på kommunförbundets webbplats den "
                     f"{fdate(pub, 'den-short')[4:]}.")
            doc.add(f"Anslaget tas ned tidigast: {(pub + datetime.timedelta(days=21)).isoformat()}")
        if self.v3 and d["furniture"] == "org-footer" and not doc.footed:
            doc.footer()
        if self.v3 and d["furniture"] == "dotted-sign-row":  # version 3: signature lines without names
            self.gap()
            doc.add(f"Ordf: {'.' * 20}  Sekr.: {'.' * 20}  Just: {'.' * 20}")
        if d["medium"] in ("mail", "mail-quoted"):
            self.gap()
            doc.add("Vänliga hälsningar")
            doc.add("Kansliet för Länsgemensam ledning")
            doc.add("Tel. 0480-44 83 50")

    def render_anslag(self, first: bool = False) -> None:
        doc = self.doc
        a = self.date + datetime.timedelta(days=7)
        if first:  # version 2: the notice first, with the body and the meeting's date (a running head's facts)
            doc.add("Anslag")
            doc.add("Det justerade protokollet offentliggörs genom detta anslag.")
            doc.add(f"Beslutsinstans: {self.body_name}{' ' * 4}Sammanträdesdatum: {self.date.isoformat()}")
            doc.add(f"Anslaget sätts upp: {a.isoformat()}{' ' * 4}"
                    f"Anslaget tas ned: {(a + datetime.timedelta(days=21)).isoformat()}")
            doc.add("")
            return
        doc.add("ANSLAG/BEVIS")
        doc.add("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
        doc.add(f"Datum för anslags uppsättande: {a.isoformat()}")
        doc.add(f"Datum för anslags nedtagande: {(a + datetime.timedelta(days=21)).isoformat()}")
        doc.add("Förvaringsplats för protokollet: Kommunförbundets kansli")

    # -- version 2: lists that are no items -------------------------------------------------------------------
    def render_toc(self) -> None:
        """A table of contents: the items' titles with their numbers or pages, no items themselves."""
        style, doc, rng = self.d["toc"], self.doc, self.rng
        if style == "none":
            return
        numbered = [(n, it) for n, it in zip(self.ns, self.items, strict=True)]
        page = 2
        if style == "toc-dnr":  # version 3: a dnr line under each paragraph, then the title with its page
            doc.add("Innehållsförteckning")
            for n, it in numbered:
                page += rng.randint(0, 1)
                doc.add(f"{'§ ' + str(n) + '  ' if n is not None else ''}Dnr LGL {self.date.year}/"
                        f"{rng.randint(10, 400):05d}{' ' * 8}{page}")
                doc.add(f"{it.title} {'.' * max(3, 40 - len(it.title))} {page}")
            self.gap()
            return
        if style == "behandlade-arenden":  # version 3: the paragraphs decided, listed before the minutes
            doc.add("Behandlade beslutsärenden vid detta sammanträde")
            for n, it in numbered:
                if n is not None and any(not x.fixed for x in it.decisions):
                    doc.add(f"{n}  {it.title}")
            self.gap()
            return
        if style == "arendelista":  # version 3: "Ärendelista" with the list of attendance among its entries
            doc.add(rng.choice(["Ärendelista", "Ärendelista                                   Sida"]))
            doc.add(f"Närvarolista{' ' * 34}{page}")
            for n, it in numbered:
                page += rng.randint(0, 1)
                doc.add(f"{'§ ' + str(n) + '   ' if n is not None else ''}{it.title}{' ' * 6}{page}")
            self.gap()
            return
        doc.add(rng.choice(["Innehållsförteckning", "Innehåll", "INNEHÅLLSFÖRTECKNING"]))
        if style == "grouped-toc":
            groups = [("Beslutsärenden", [x for x in numbered if any(not d.fixed for d in x[1].decisions)]),
                      ("Informationsärenden", [x for x in numbered if not any(not d.fixed for d in x[1].decisions)])]
        else:
            groups = [("", numbered)]
        for label, rows in groups:
            if label and rows:
                doc.add(label)
            for n, it in rows:
                if style == "innehall-pages" or n is None:
                    page += rng.randint(0, 1)
                    doc.add(f"{it.title} {'.' * max(3, 44 - len(it.title))} {page}")
                else:
                    doc.add(f"§ {n}{' ' * 3}{it.title}")
        self.gap()

    def render_agenda_list(self) -> None:
        """An agenda sent out beforehand, written over the minutes without presenters: no items."""
        style, doc = self.d["agenda_list"], self.doc
        if style == "none":
            return
        if style == "utsand-foredragningslista":
            doc.add("Utsänd föredragningslista")
            for i, it in enumerate(self.items, 1):
                doc.add(f"{i}. {it.title}")
        elif style == "dagordning-bullets":
            doc.add("Dagordning:")
            for it in self.items:
                doc.add(f"• {it.title}")
        else:
            doc.add("Program:")
            for slot, it in zip(self.slots, self.items, strict=True):
                doc.add(f"Kl. {slot.replace('–', '-')} {it.title}")
        self.gap()

    def render_action_list(self) -> None:
        """An action list at the end of the minutes: who does what by when (no presenters, no decisions)."""
        style, doc, rng = self.d["action_list"], self.doc, self.rng
        if style == "none":
            return
        tasks = rng.sample(["Sammanställa kommunernas svar", "Skicka ut underlaget", "Boka lokal till nästa möte",
                            "Ta fram ett förslag till rutin", "Återkoppla till arbetsgruppen"], 2)
        rows = [(t, rng.choice(self.members + self.officials).name,
                 (self.date + datetime.timedelta(days=rng.randint(10, 50))).isoformat()) for t in tasks]
        if style == "handlingsplan-table":
            doc.add("Åtgärdslista")
            doc.add("| Åtgärd | Ansvarig | Klart till |")
            doc.add("|---|---|---|")
            for t, who, when in rows:
                doc.add(f"| {t} | {who} | {when} |")
        elif style == "ansvarig-klart-lines":
            doc.add("Uppföljning")
            for t, who, when in rows:
                doc.add(f"{t}. Ansvarig: {who}. Klart till: {when}.")
        else:
            doc.add("Att göra")
            for t, who, when in rows:
                doc.add(f"- {t} ({who}, senast {when})")
        self.gap()

    # -- the key ----------------------------------------------------------------------------------------------
    def finish(self) -> Generated:
        dm = self.ocr
        lines = [self.doc.lines[0]] + [dm(s) for s in self.doc.lines[1:]]
        pages = str(self.doc.page)
        lines = [s.replace("@@PAGES@@", pages) for s in lines]
        text = "\n".join(lines) + "\n"
        body = BODIES[self.d["body"]]
        doc_id, mid = self.doc_id, self.doc_id
        written: dict[str, str] = {}

        def passage(v: str) -> str:
            a, _, b = v.partition("-")
            return "\n".join(lines[int(a) - 1:int(b or a)])

        def need_date(date: datetime.date, where: str, form: str) -> None:
            if not date_stated(date.isoformat(), passage(where)):
                written[date.isoformat()] = dm(form)

        def need_amount(amount: int, where: str, form: str) -> None:
            if not amount_in_text(amount, " ".join(passage(where).split())):
                written[str(amount)] = dm(form)

        orgs: list[dict[str, Any]] = []
        if self.d["body"] == "network":
            orgs.append({"id": self.body_org, "name": dm(self.body_name), "type": "network",
                         "part_of": "lansgemensam-ledning-i-samverkan", "lines": self.body_line})
        for o in self.orgs_defined:
            nm = dm(o["name"])
            ln: Any = next((i for i, s in enumerate(lines, 1) if i > 1 and nm in s), None)
            if ln is None:  # across two lines, or not written (a Teams report names no organisation)
                ln = next((f"{i}-{i + 1}" for i in range(2, len(lines)) if nm in " ".join(lines[i - 1:i + 1])),
                          None)
            if ln is None:
                continue
            orgs.append({"id": o["id"], "name": nm, "type": "external", "lines": ln})

        held = f"{self.held_lines[0]}-{self.held_lines[1]}"
        meeting: dict[str, Any] = {"id": mid, "kind": body["kind"], "of": self.body_org,
                                   "date": self.date.isoformat(), "status": "held"}
        if self.place:
            meeting["place"] = dm(self.place)
        if self.approx:
            meeting["participants_approx"] = self.approx
        meeting["lines"] = held
        need_date(self.date, held, fdate(self.date, self.d["date_form"]))
        agenda = []
        for it in self.item_keys:
            k = dict(it)
            k["title"] = dm(k["title"])
            for p in k.get("presenters", []):
                p["name"] = dm(p["name"])
            agenda.append({f: k[f] for f in ("n", "parent", "title", "lines", "presenters") if f in k})
        meeting["agenda"] = agenda
        att = []
        for lst in self.att_lists:
            for e in lst["entries"]:
                e["name"] = dm(e["name"])
            att.append({"list": lst["list"], "heading": dm(lst["heading"]), "lines": lst["lines"],
                        "entries": lst["entries"]})
        meeting["attendance"] = att
        meetings = [meeting]
        for m in self.meetings_extra:
            suffix = "ref" if m["status"] == "referred" else "ann"
            e = {"id": f"{doc_id}-{suffix}-{m['date'].isoformat()}", "kind": body["kind"], "of": self.body_org,
                 "date": m["date"].isoformat(), "status": m["status"]}
            if m.get("place"):
                e["place"] = dm(m["place"])
            e["lines"] = m["lines"]
            need_date(m["date"], m["lines"], m["form"])
            meetings.append(e)
        decisions = []
        for i, x in enumerate(self.decisions, 1):
            e = {"id": f"{doc_id}-beslut-{i}", "meeting": mid}
            if x.get("item") is not None:
                e["item"] = x["item"]
            e["kind"] = x["kind"]
            for f in ("group", "role"):
                if f in x:
                    e[f] = x[f]
            for f in ("new", "replaced"):
                if f in x:
                    e[f] = dm(x[f])
            e["text"] = dm(x["text"])
            e["lines"] = x["lines"]
            decisions.append(e)
        funding = []
        for i, f in enumerate(self.funding, 1):
            need_amount(f["total"], f["lines"], f["total_form"])
            parts = []
            for p in f["parts"]:
                need_amount(p["amount"], p["lines"], p["form"])
                parts.append({"label": p["label"], "amount": p["amount"], "lines": p["lines"]})
            funding.append({"id": f"{doc_id}-medel-{i}", "year": f["year"], "label": f["label"],
                            "total": f["total"], "lines": f["lines"], "parts": parts})
        people = []
        for p in self.key_people.values():
            q = dict(p)
            q["name"] = dm(q["name"])
            people.append(q)
        key: dict[str, Any] = {"source": doc_id}
        if orgs:
            key["organisations"] = orgs
        if people:
            key["people"] = people
        key["meetings"] = meetings
        if decisions:
            key["decisions"] = decisions
        if funding:
            key["funding"] = funding
        expect = {dm(k): v for k, v in self.expect.items()}
        lines = self.damage_silent(lines, key)
        if hasattr(self, "quote_from"):
            lines = lines[:self.quote_from - 1] + [f"> {s}".rstrip() for s in lines[self.quote_from - 1:]]
        text = "\n".join(lines) + "\n"
        title = f"{KIND_WORD[self.d['doc_kind']]} {self.body_name} {self.date.isoformat()} (syntetiskt testdokument, " \
                f"generator seed {self.seed})"
        file = f"{doc_id}.txt"
        manifest = {"id": doc_id, "file": file, "original": file, "title": title,
                    "kind": f"protokoll-{body['file']}", "date": self.date.isoformat(),
                    "publisher": "samverkan test corpus (synthetic, generated)", "language": "sv",
                    "text_quality": "ocr-damaged" if self.dims["ocr"] != "none" else "clean"}
        kinds = {p.kind for p in self.all_people()}
        self.dims["people"] = "+".join(sorted(kinds))
        return Generated(doc_id, file, text, key, expect, written, manifest, self.dims)

    def damage_silent(self, lines: list[str], key: dict[str, Any]) -> list[str]:
        """OCR damage no key string could carry (joined words, digits read as letters), on lines no fact cites."""
        strength = self.dims["ocr"]
        if strength in ("none", "light"):
            return lines
        cited: set[int] = {1}

        def walk(x: Any) -> None:
            if isinstance(x, dict):
                whole = "title" not in x and "entries" not in x
                for k, v in x.items():
                    if k in ("line", "lines"):
                        a, _, b = str(v).partition("-")
                        cited.update(range(int(a), (int(b or a) if whole else int(a)) + 1))
                    else:
                        walk(v)
            elif isinstance(x, list):
                for v in x:
                    walk(v)

        walk(key)
        r = random.Random(f"{self.seed}:silent")
        p = 0.2 if strength == "medium" else 0.45
        out = list(lines)
        for i, s in enumerate(out, 1):
            if i in cited or not s.strip() or r.random() >= p:
                continue
            gaps = [m.start() for m in re.finditer(r"(?<=[a-zåäö]) (?=[a-zåäö])", s)]
            if gaps:
                k = r.choice(gaps)
                s = s[:k] + s[k + 1:]
            if r.random() < 0.5:
                s = re.sub(r"(?<=\d)0|0(?=\d)", "O", s, count=1)
            out[i - 1] = s
        return out

    def all_people(self) -> list[Person]:
        out = self.members + self.officials + self.absent + [p for p, _ in self.deputies]
        out += [y for _, y in self.deputies if y is not None]
        return out


def generate(seed: int, version: int = 3) -> Generated:
    """One document and its key, from a seed (the same seed and version give the same bytes). Version 1 is the
    generator as it was before round 17; version 2 adds the forms of real public minutes (REAL_FORMS.md); version
    3 (round 18) adds the forms of more real minutes (REAL_FORMS.md, "Version 3")."""
    if version not in (1, 2, 3):
        raise ValueError(f"unknown generator version {version}")
    b = Builder(seed, version)
    looks = list(dimensions(version)["lookalike"])
    b.rng.shuffle(looks)
    b.look = looks[:b.rng.randint(2, 4)]
    b.dims["lookalike"] = "+".join(sorted(b.look))
    return b.build()
