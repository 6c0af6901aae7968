"""Resolve organisation names as written (OCR damage included) to the graph's organisation ids.

The alias table joins the reserved ids of docs/records.md (the project's controlled vocabulary,
with the names and abbreviations the documents use) and every organisation, alternative name and
mention ("as_written") of the loaded corpus. Names are compared by their keyword key (OCR-repaired,
folded), exactly first, then with a small edit tolerance, then by the longest alias a name starts with.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from ..records import Corpus
from .ocr_repair import Lexicon, kw

KOMMUNER = {
    # id: (name as in "X kommun", genitive form or None)
    "borgholms-kommun": ("Borgholm", "Borgholms"),
    "emmaboda-kommun": ("Emmaboda", None),
    "hultsfreds-kommun": ("Hultsfred", "Hultsfreds"),
    "hogsby-kommun": ("Högsby", None),
    "kalmar-kommun": ("Kalmar", None),
    "monsteras-kommun": ("Mönsterås", None),
    "morbylanga-kommun": ("Mörbylånga", None),
    "nybro-kommun": ("Nybro", None),
    "oskarshamns-kommun": ("Oskarshamn", "Oskarshamns"),
    "torsas-kommun": ("Torsås", None),
    "vimmerby-kommun": ("Vimmerby", None),
    "vasterviks-kommun": ("Västervik", "Västerviks"),
}

# The reserved organisation ids (docs/records.md): id -> (name, type, part_of, aliases)
RESERVED: dict[str, tuple[str, str, str | None, tuple[str, ...]]] = {
    "region-kalmar-lan": ("Region Kalmar län", "region", None, ("RKL", "Regionen", "Region Kalmar", "HSF RKL")),
    "halso-och-sjukvardsforvaltningen": ("Hälso- och sjukvårdsförvaltningen", "unit", "region-kalmar-lan",
                                         ("HSF", "Hälso- och sjukvårdsförvaltningen RKL")),
    "barn-och-ungdomskliniken-kalmar": ("Barn- och ungdomskliniken Kalmar", "unit",
                                        "halso-och-sjukvardsforvaltningen", ()),
    "barn-och-ungdomskliniken-vastervik": ("Barn- och ungdomskliniken Västervik", "unit",
                                           "halso-och-sjukvardsforvaltningen", ()),
    "habiliteringen-soder": ("Habiliteringen Söder", "unit", "halso-och-sjukvardsforvaltningen", ()),
    "habiliteringen-norr": ("Habiliteringen norr", "unit", "region-kalmar-lan", ("Habiliteringen norr RKL",)),
    "region-kalmar-lan-ledningsstab": ("Region Kalmar läns ledningsstab", "unit", "region-kalmar-lan", ()),
    "region-kalmar-lan-folkhalsa": ("Regionens enhet för folkhälsa", "unit", "region-kalmar-lan", ()),
    "bildningsforvaltningen-oskarshamn": ("Bildningsförvaltningen, Oskarshamns kommun", "unit",
                                          "oskarshamns-kommun", ("bildningsförvaltningen Oskarshamns kommun",)),
    "kommunforbundet-i-kalmar-lan": ("Kommunförbundet i Kalmar län", "kommunforbund", None,
                                     ("Kommunförbundet Kalmar län", "Kommunförbundet", "KFKL")),
    # (the county's one gymnasieförbund by its word alone: "som gymnasieförbundets representant")
    "kalmarsunds-gymnasieforbund": ("Kalmarsunds gymnasieförbund", "gymnasieforbund", None, ("Gymnasieförbundet",)),
    "skr": ("Sveriges Kommuner och Regioner", "external", None, ("SKR",)),
    "regeringskansliet": ("Regeringskansliet", "external", None, ()),
    "karlstads-universitet": ("Karlstads universitet", "external", None, ("Karlstad universitet",)),
    "centrum-for-tjansteforskning": ("Centrum för tjänsteforskning", "unit", "karlstads-universitet",
                                     ("Centrum för tjänsteforskning Karlstads universitet",)),
    "linneuniversitetet": ("Linnéuniversitetet", "external", None, ()),
    "polismyndigheten": ("Polismyndigheten", "external", None, ()),
    # (the national supervisory authority, named in full or by its letters)
    "inspektionen-for-vard-och-omsorg": ("Inspektionen för vård och omsorg", "external", None, ("IVO",)),
    "kronobergs-lan": ("Kronobergs län", "county", None, ("Kronoberg",)),
    "jonkopings-lan": ("Jönköpings län", "county", None, ()),
    "lansgemensam-ledning-i-samverkan": ("Länsgemensam ledning i samverkan", "collaboration-body", None, ()),
    "lansgemensam-ledning": ("Länsgemensam ledning", "collaboration-body", "lansgemensam-ledning-i-samverkan", ()),
    "beredningen": ("Beredningen", "preparatory-group", "lansgemensam-ledning-i-samverkan", ()),
    "presidiemoten": ("Presidiemöten", "meeting-series", "lansgemensam-ledning-i-samverkan", ()),
    "presidiekonferensen": ("Gemensam presidiekonferens", "conference", "lansgemensam-ledning-i-samverkan",
                            ("Presidiekonferensen",)),
    "presidiet-lgl": ("Presidiet för Länsgemensam ledning i samverkan", "presidium",
                      "lansgemensam-ledning-i-samverkan", ()),
    "presidiet-region-kalmar-lan": ("Presidiet i Region Kalmar län", "presidium", "region-kalmar-lan", ()),
    "presidiet-kommunforbundet": ("Presidiet i Kommunförbundet Kalmar län", "presidium",
                                  "kommunforbundet-i-kalmar-lan", ()),
    "samordnande-grupp-barn-och-unga": ("Samordnande grupp Barn och unga", "coordinating-group",
                                        "lansgemensam-ledning-i-samverkan",
                                        ("Samordnade grupp Barn och unga", "Samordnande gruppen Barn och unga")),
    "samordnande-grupp-psykisk-halsa": ("Samordnande grupp Psykisk hälsa", "coordinating-group",
                                        "lansgemensam-ledning-i-samverkan",
                                        ("Samordnade grupp Psykisk hälsa", "Samordnande gruppen Psykisk hälsa")),
    "samordnande-grupp-aldre": ("Samordnande grupp Äldre", "coordinating-group", "lansgemensam-ledning-i-samverkan",
                                ("Samordnade grupp Äldre", "Samordnande gruppen Äldre", "Samordnade gruppen Äldre")),
    "samverkansomradesgrupp-folkhalsa": ("Samverkansområdesgrupp Folkhälsa", "area-group",
                                         "lansgemensam-ledning-i-samverkan", ()),
    "samverkansomradesgrupp-brukarmedverkan": ("Samverkansområdesgrupp Brukarmedverkan", "area-group",
                                               "lansgemensam-ledning-i-samverkan", ()),
    "samverkansomradesgrupp-hab-rehab": ("Samverkansområdesgrupp Hab/Rehab", "area-group",
                                         "lansgemensam-ledning-i-samverkan", ()),
    "samverkansomradesgrupp-informationsoverforing": ("Samverkansområdesgrupp Informationsöverföring",
                                                      "area-group", "lansgemensam-ledning-i-samverkan", ()),
    "analysgrupper": ("Länets tre analysgrupper", "working-group", None, ()),
    "regionalt-ledningsforum": ("Regionalt ledningsforum", "forum", None, ("det regionala ledningsforumet",)),
    "natverk-lgl": ("Nätverk kopplade till Länsgemensam ledning", "network", None, ()),
    "arbetsgrupp-ordnat-inforande": ("Länsgemensam arbetsgrupp", "working-group", None, ()),
    "processgrupp-barn-och-unga": ("Processgrupp", "process-group", "samordnande-grupp-barn-och-unga", ()),
    "styrgrupp-barn-och-unga": ("Styrgrupp", "steering-group", "samordnande-grupp-barn-och-unga", ()),
    "grupp-kompetensforsorjning": ("Gruppen för kompetensförsörjning i Kalmar län", "working-group", None, ()),
    "hr-chefsnatverket": ("HR-chefsnätverket", "network", None, ()),
}
for _id, (_name, _gen) in KOMMUNER.items():
    _aliases = [f"{_name} kommun", f"{_name}s kommun" if not _gen else f"{_gen} kommun"]
    if _name != "Kalmar":
        _aliases.append(_name)
    if _gen:
        _aliases.append(f"{_name} kommun")
    RESERVED[_id] = (f"{_gen or _name} kommun", "kommun", None, tuple(_aliases))

# Names too generic to stand for one organisation on their own (they are parts of longer names).
GENERIC = {"barn och unga", "psykisk halsa", "aldre", "folkhalsa", "brukarmedverkan", "hab rehab", "hab/rehab",
           "informationsoverforing", "gruppen", "processgruppen", "processgrupp", "styrgrupp", "presidiekonferens",
           "den lansgemensamma arbetsgruppen", "lansgemensam arbetsgrupp", "lansgemensam ledning i samverkans"}
# the kinds of group whose id, read as words, names them
_GROUPS = {"working-group", "coordinating-group", "area-group", "process-group", "steering-group",
           "preparatory-group"}
_SMALL_WORDS = re.compile(r"(?<=\s)(?:for|om|inom)\s+")
_PREP = re.compile(r"^(?:i|pa|vid|for|inom|fran|hos|till|av|och)\s+")


@dataclass(frozen=True)
class OrgMatch:
    id: str
    alias: str
    score: float
    defined: bool  # defined in the loaded corpus (else: a reserved id the draft must define)


# words a split is never taken to run across (an organisation's own separate words)
_SPLIT_KEEP = {"kommun", "kommuns", "region", "regionen", "lan", "i", "och", "for", "kalmar"}


@dataclass
class OrgResolver:
    lexicon: Lexicon
    aliases: dict[str, str] = field(default_factory=dict)  # key -> org id
    defined: set[str] = field(default_factory=set)
    types: dict[str, str] = field(default_factory=dict)
    # the aliases by their number of words, for the OCR-tolerant match (`add` forgets them)
    _by_size: dict[int, list[str]] = field(default_factory=dict, repr=False, compare=False)
    # what `_lookup` found for a key (`add` forgets it: a new alias may change it)
    _looked_up: dict[str, OrgMatch | None] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, corpus: Corpus | None, lexicon: Lexicon) -> OrgResolver:
        r = cls(lexicon=lexicon)
        for oid, (name, otype, _part, aliases) in RESERVED.items():
            r.types[oid] = otype
            for a in (name, *aliases):
                r.add(a, oid)
            # a group named by its kind's initials before its topic ("SG Äldre" for "Samordnande grupp Äldre")
            if otype in _GROUPS and (m := re.fullmatch(r"(\w)\w*\s+(g)rupp\s+(\S.*)", name, re.I)):
                r.add(f"{m.group(1)}{m.group(2)} {m.group(3)}".upper(), oid)
        if corpus is not None:
            for oid, (_rec, node) in corpus.organisations.items():
                r.defined.add(oid)
                r.types.setdefault(oid, str(node.get("type", "")))
                for a in [node.get("name"), *(node.get("alt_names") or [])]:
                    if a:
                        r.add(str(a), oid)
            for rec in corpus.records:
                for m in rec.data.get("mentions", []) or []:
                    r.add(str(m.get("as_written", "")), str(m.get("id", "")))
            # names by shape: a group's id read as words ("arbetsgrupp-ordnat-inforande": "Arbetsgrupp
            # för ordnat införande" without its small words), a name without its closing "i samverkan"
            # ("Presidiet för Länsgemensam ledning"), where no other organisation has that name
            for oid, (_rec, node) in corpus.organisations.items():
                if str(node.get("type", "")) in _GROUPS:
                    r.add(oid.replace("-", " "), oid)
            for k, oid in list(r.aliases.items()):
                if k.endswith(" i samverkan") and len(k.split()) > 4:
                    r.add(k.removesuffix(" i samverkan"), oid)
        return r

    def key(self, text: str) -> str:
        k = kw(text, self.lexicon).replace("/", " ")
        k = re.sub(r"\s+", " ", k).strip()
        return k

    def add(self, alias: str, org_id: str) -> None:
        k = self.key(alias)
        if k and org_id and k not in GENERIC:
            self.aliases.setdefault(k, org_id)
            self._by_size.clear()
            self._looked_up.clear()

    def resolve(self, text: str) -> OrgMatch | None:
        """The organisation a whole name stands for (a cell, an apposition's tail), or None."""
        k = self.key(text)
        k = re.sub(r"\s*\((?:tf|t f)\)\s*$", "", k).strip()
        while k:
            hit = self._lookup(k)
            if hit:
                return hit
            stripped = _PREP.sub("", k)
            if stripped == k:
                break
            k = stripped
        # a word a scan split in two ("Osk arshamn", "Mönster ås kommun"): two neighbours joined back where that
        # names an organisation and the text as written does not
        words = self.key(text).split()
        for i in range(len(words) - 1):
            if len(words[i]) >= 2 and len(words[i + 1]) >= 2 and words[i] not in _SPLIT_KEEP \
                    and words[i + 1] not in _SPLIT_KEEP:
                joined = " ".join([*words[:i], words[i] + words[i + 1], *words[i + 2:]])
                if joined in self.aliases:
                    return self._match(self.aliases[joined], joined, 0.95)
        # an organisation's office in the genitive ("Kommunförbundets kansli", "Regionens kansli"): the organisation
        if (office := re.fullmatch(r"(.+?)s\s+(?:kansli|kansliet)", self.key(text).strip())) \
                and (hit := self._lookup(office.group(1))):
            return self._match(hit.id, office.group(1), 0.9)
        return None

    def resolve_shortened(self, text: str) -> OrgMatch | None:
        """An organisation's name with its first word shortened, the rest as written ("Hab norr", "Hab. söder" for
        Habiliteringen norr / söder): the one organisation so named, or None."""
        words = self.key(text).strip(" .").split()
        if len(words) < 2 or len(words[0].rstrip(".")) < 3:
            return None
        first = words[0].rstrip(".")
        hits = {oid for a, oid in self.aliases.items() if (aw := a.split())[1:] == words[1:]
                and aw[0].startswith(first) and aw[0] != first}
        return self._match(hits.pop(), self.key(text), 0.9) if len(hits) == 1 else None

    def _lookup(self, k: str) -> OrgMatch | None:
        if k not in self._looked_up:
            self._looked_up[k] = self._find(k)
        return self._looked_up[k]

    def _find(self, k: str) -> OrgMatch | None:
        if k in self.aliases:
            return self._match(self.aliases[k], k, 1.0)
        short = _SMALL_WORDS.sub("", k).strip()     # "arbetsgrupp for ordnat inforande"
        for cand in (short, re.sub(r"^(\w*grupp)en\b", r"\1", short)):   # "arbetsgruppen ..."
            if cand != k and cand in self.aliases and self.types.get(self.aliases[cand]) in _GROUPS:
                return self._match(self.aliases[cand], cand, 0.95)
        # what the group steers or works with between its group word and its topic ("styrgruppen för
        # samverkansmodellen för barn och unga" for "styrgrupp barn och unga"): one or two words, the topic of two
        # or more words left
        cw = re.sub(r"^(\w*grupp)en\b", r"\1", short).split()
        for drop in (1, 2):
            cand = " ".join([cw[0], *cw[1 + drop:]]) if cw and cw[0].endswith("grupp") else ""
            if len(cw) - 1 - drop >= 2 and cand in self.aliases and self.types.get(self.aliases[cand]) in _GROUPS:
                return self._match(self.aliases[cand], cand, 0.9)
        # small OCR tolerance on names of some length
        if len(k) >= 6:
            n_words = len(k.split())
            if not self._by_size:
                for a in self.aliases:
                    self._by_size.setdefault(len(a.split()), []).append(a)
            same_size = self._by_size.get(n_words, [])
            best = difflib.get_close_matches(k, same_size, n=1, cutoff=0.9)
            if best:
                ratio = difflib.SequenceMatcher(None, k, best[0]).ratio()
                return self._match(self.aliases[best[0]], best[0], ratio)
        # the longest alias the name starts with, if little is left ("Linneuniversitetet Vaxjo")
        words = k.split()
        for n in range(len(words) - 1, 0, -1):
            head, rest = " ".join(words[:n]), words[n:]
            if head in self.aliases and len(rest) <= 1 and len(head) >= 5:
                return self._match(self.aliases[head], head, 0.85)
        return None

    def trim(self, text: str, oid: str) -> str:
        """The words of `text` that name the organisation: no leading preposition, no trailing verb."""
        words = text.strip(" ,.").split()
        while len(words) > 1 and _PREP.match(self.key(words[0]) + " "):
            words = words[1:]
        best = None
        for k in range(len(words), 0, -1):
            cand = " ".join(words[:k])
            m = self.resolve(cand)
            if m and m.id == oid:
                if m.score == 1.0:
                    return cand.strip(" ,.")
                best = best or cand
        return (best or " ".join(words)).strip(" ,.")

    def _match(self, oid: str, alias: str, score: float) -> OrgMatch:
        return OrgMatch(id=oid, alias=alias, score=score, defined=oid in self.defined)

    def seat_body(self, oid: str | None) -> str | None:
        """The body a seat is held in when a meeting's body is `oid`: the body itself, but for a series of
        meetings (the presidiemöten), which holds no seats: the presidium of the collaboration it belongs to."""
        if oid is None or self.types.get(oid) != "meeting-series":
            return oid
        parent = (self.definition(oid) or (None, None, None))[2]
        return next((p for p, (_n, t, part, _a) in RESERVED.items() if t == "presidium" and part == parent and parent),
                    oid)

    def definition(self, oid: str) -> tuple[str, str, str | None] | None:
        """(name, type, part_of) of a reserved id, for a draft that must define it."""
        if oid in RESERVED:
            name, otype, part, _ = RESERVED[oid]
            return name, otype, part
        return None
