"""The people and organisations a generated protocol draws from.

Known people: canonical names from the project's records (`records/*.yaml`), each with the organisation the
records give them, so that a key can expect the known person's slug. New people: first names and surnames
common in Kalmar län, checked against every name the records hold so that none is by chance one of them.
Traps: a new person one letter from a known person, written with ANOTHER organisation (expected `new`).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from graph.names import edits, fold, same_person, slug

ROOT = Path(__file__).resolve().parents[2]

# organisation id -> the ways a secretary writes it (first: the full name)
ORG_FORMS: dict[str, list[str]] = {
    "region-kalmar-lan": ["Region Kalmar län", "Regionen", "Region Kalmar", "RKL", "Region Kalmar län (RKL)"],
    "kalmar-kommun": ["Kalmar kommun", "Kalmar", "Kalmar kn"],
    "borgholms-kommun": ["Borgholms kommun", "Borgholm", "Borgholms kn"],
    "emmaboda-kommun": ["Emmaboda kommun", "Emmaboda"],
    "hultsfreds-kommun": ["Hultsfreds kommun", "Hultsfred"],
    "hogsby-kommun": ["Högsby kommun", "Högsby"],
    "monsteras-kommun": ["Mönsterås kommun", "Mönsterås"],
    "morbylanga-kommun": ["Mörbylånga kommun", "Mörbylånga"],
    "nybro-kommun": ["Nybro kommun", "Nybro"],
    "oskarshamns-kommun": ["Oskarshamns kommun", "Oskarshamn"],
    "torsas-kommun": ["Torsås kommun", "Torsås"],
    "vimmerby-kommun": ["Vimmerby kommun", "Vimmerby"],
    "vasterviks-kommun": ["Västerviks kommun", "Västervik"],
    "kommunforbundet-i-kalmar-lan": ["Kommunförbundet i Kalmar län", "Kommunförbundet Kalmar län", "KFKL",
                                     "Kommunförbundet"],
    "skr": ["SKR", "Sveriges Kommuner och Regioner"],
    "linneuniversitetet": ["Linnéuniversitetet", "LNU"],
    "polismyndigheten": ["Polismyndigheten", "Polisen"],
}
KOMMUNER = [o for o in ORG_FORMS if o.endswith("-kommun")]
HOME = ["region-kalmar-lan", "kommunforbundet-i-kalmar-lan", *KOMMUNER]

# organisations no project record defines: the key defines them (type external)
EXTERNAL = ["Anhörigas Riksförbund", "Försäkringskassan", "Arbetsförmedlingen", "Länsstyrelsen i Kalmar län",
            "Samordningsförbundet i Kalmar län", "NSPH Kalmar län", "Attendo", "Brukarrådet i Kalmar län",
            "Länsförsäkringar Kalmar län", "Hela Människan"]

# known people: canonical name as the records write it, and their organisation
KNOWN: list[tuple[str, str]] = [
    ("Sofia Hartz", "region-kalmar-lan"), ("Helene Wendell", "region-kalmar-lan"),
    ("Malin Beddesand", "region-kalmar-lan"), ("Johan Rosenqvist", "region-kalmar-lan"),
    ("Emma Rydh", "region-kalmar-lan"), ("Emmy Ahlstedt", "region-kalmar-lan"),
    ("Julia Edman", "region-kalmar-lan"), ("Magnus Persson", "region-kalmar-lan"),
    ("Ulrika Bokén", "region-kalmar-lan"), ("Marie Ragnarsson", "region-kalmar-lan"),
    ("Mathias Karlsson", "region-kalmar-lan"), ("Maria Minich Karlsson", "region-kalmar-lan"),
    ("Mikaela Gustafsson Essén", "region-kalmar-lan"), ("Mats Petersson", "region-kalmar-lan"),
    ("Patrik Glasberg", "kalmar-kommun"), ("Mats Linde", "kalmar-kommun"), ("Marie Simonsson", "kalmar-kommun"),
    ("Michael Landin", "kalmar-kommun"), ("Camilla Freedeke", "kalmar-kommun"), ("Roger Holmberg", "kalmar-kommun"),
    ("Roland Hybelius", "borgholms-kommun"), ("Karin Albertz", "borgholms-kommun"),
    ("Tomas Zander", "borgholms-kommun"), ("Jeanette Sandström", "borgholms-kommun"),
    ("Pernilla Mosén", "emmaboda-kommun"), ("Per Adolfsson", "emmaboda-kommun"),
    ("Lennart Werner", "emmaboda-kommun"), ("Michael Börjesson", "emmaboda-kommun"),
    ("Conny Daag", "hultsfreds-kommun"), ("Jonny Bengtsson", "hultsfreds-kommun"),
    ("Marie Stjernström", "hultsfreds-kommun"), ("Martin Snickars", "hultsfreds-kommun"),
    ("Per-Inge Pettersson", "hultsfreds-kommun"),
    ("Diana Bergeskans", "hogsby-kommun"), ("Helene Danielsson", "hogsby-kommun"), ("Marie Lööf", "hogsby-kommun"),
    ("Magnus Sjöstedt", "monsteras-kommun"), ("Patrik Hedström", "monsteras-kommun"),
    ("Emma Magnusson", "monsteras-kommun"),
    ("Ann-Katrin Stahl", "morbylanga-kommun"), ("Eva Folkesdotter Paradis", "morbylanga-kommun"),
    ("Liv Stjärnlöf", "morbylanga-kommun"), ("Emma Halme", "morbylanga-kommun"),
    ("Jimmy Rudelius", "nybro-kommun"), ("Adam Palm", "nybro-kommun"), ("Ann Hammenholt", "nybro-kommun"),
    ("Lisa Holmkvarn", "nybro-kommun"),
    ("Cecilia Wahlström", "oskarshamns-kommun"), ("Anton Sejnehed", "oskarshamns-kommun"),
    ("Stefan Pettersson", "oskarshamns-kommun"), ("Anita Hultgren", "oskarshamns-kommun"),
    ("Johanna Fors", "torsas-kommun"), ("Maria Hultenius", "torsas-kommun"), ("Janita Kirschberg", "torsas-kommun"),
    ("Jonna Ljung", "torsas-kommun"),
    ("Eva Berglund", "vimmerby-kommun"), ("Ola Karlsson", "vimmerby-kommun"), ("Jabil Seven", "vimmerby-kommun"),
    ("Maud Lindqvist", "vasterviks-kommun"), ("Marianne Hennel", "vasterviks-kommun"),
    ("Lena Vilander Hamnert", "kommunforbundet-i-kalmar-lan"), ("Jessica Lekselius", "kommunforbundet-i-kalmar-lan"),
    ("Margit Lindholm Johansson", "kommunforbundet-i-kalmar-lan"), ("Cecilia Frid", "kommunforbundet-i-kalmar-lan"),
    ("Sanna Hallgren", "kommunforbundet-i-kalmar-lan"), ("Niklas Teodorsson", "kommunforbundet-i-kalmar-lan"),
    ("Malin Almqvist", "kommunforbundet-i-kalmar-lan"), ("Per-Olof Fahlström", "kommunforbundet-i-kalmar-lan"),
    ("Mats-Peter Krantz", "kommunforbundet-i-kalmar-lan"),
]
# known people who attend in a capacity, not for an organisation
KNOWN_CAPACITY: list[tuple[str, str]] = [("Catrin Andersson", "invanarrepresentant"),
                                         ("Oskar Broberg", "invanarrepresentant")]

FIRST = ["Agneta", "Amanda", "Birgitta", "Björn", "Carina", "Christer", "Ebba", "Elin", "Erik", "Fredrik", "Gunilla",
         "Hanna", "Henrik", "Ingrid", "Jenny", "Jesper", "Josefin", "Kerstin", "Kjell", "Leif", "Linnea", "Lovisa",
         "Marcus", "Mikael", "Nils", "Olof", "Petra", "Rasmus", "Sara", "Siv", "Stina", "Therese", "Tobias", "Ulf",
         "Viktor", "Yvonne", "Åsa", "Örjan", "Anna-Karin", "Lars-Göran", "Britt-Marie", "Jan-Erik"]
LAST = ["Almgren", "Bergkvist", "Blomqvist", "Dahlberg", "Ekholm", "Forsberg", "Grahn", "Hedlund", "Holmström",
        "Isaksson", "Jakobsson", "Kullberg", "Lindahl", "Ljungqvist", "Malmberg", "Nordin", "Nyström", "Öberg",
        "Pålsson", "Rehnström", "Sandberg", "Strand", "Svärd", "Thelin", "Vikström", "Wallin", "Åkesson",
        "Sjöblom", "Hägg", "Ek Lundgren", "Brink Svensson", "Törnqvist", "Fagerström", "Gustavsson", "Lönn"]

# titles an official may carry in a list (the role id it gives)
TITLES = {"utvecklingsledare": "utvecklingsledare", "samordnare": "samordnare", "processledare": "processledare",
          "socialchef": "socialchef", "förvaltningschef": "forvaltningschef", "handläggare": "handlaggare",
          "analytiker": "analytiker"}


@dataclass
class Person:
    name: str               # as written in this document (before any OCR damage)
    expect: str             # the known person's slug, or "new"
    org: str | None         # organisation id
    capacity: str | None = None  # role id of a capacity (invanarrepresentant)
    org_text: str = ""      # the organisation as written
    title: str | None = None     # a title written in words (its role id: TITLES)
    kind: str = "known"     # known, variant, new, trap
    party: str | None = None     # a politician's party mark ("S", "M", ...)


@lru_cache(maxsize=1)
def record_names() -> tuple[str, ...]:
    """Every person's name the project's records write (to keep new names away from them)."""
    names: set[str] = set()
    for f in sorted((ROOT / "records").glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        for p in data.get("people", []) or []:
            names.add(str(p["name"]))
        for m in data.get("meetings", []) or []:
            for lst in m.get("attendance", []) or []:
                names |= {str(e["name"]) for e in lst["entries"]}
            for it in m.get("agenda", []) or []:
                names |= {str(p["name"]) for p in it.get("presenters", []) or []}
    return tuple(sorted(names))


def _strip(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def variant(name: str, rng: random.Random) -> str | None:
    """A spelling a key still maps to the known person: hyphen/space in double names, lost diacritics."""
    options = []
    if "-" in name:
        options.append(name.replace("-", " "))
    parts = name.split()
    if len(parts) == 3:
        options.append(f"{parts[0]} {parts[1]}-{parts[2]}")
    if _strip(name) != name:
        options.append(_strip(name))
    return rng.choice(options) if options else None


def _one_letter(surname: str, rng: random.Random) -> list[str]:
    out = []
    for i, c in enumerate(surname):
        if i == 0:
            continue
        if c in "bdfgklmnprst":
            out.append(surname[:i] + c + surname[i:])            # a doubled consonant
        if c in "aeiouy":
            for v in "aeio":
                if v != c:
                    out.append(surname[:i] + v + surname[i + 1:])
    if surname.endswith("son") and not surname.endswith("sson"):
        out.append(surname[:-3] + "sson")
    out = [s for s in out if edits(fold(s), fold(surname)) == 1]
    rng.shuffle(out)
    return out


def is_clear(name: str, taken: list[str]) -> bool:
    return not any(same_person(name, k) for k in [*record_names(), *taken])


def new_person(rng: random.Random, taken: list[str]) -> str:
    for _ in range(200):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if is_clear(name, taken):
            return name
    raise RuntimeError("no free name")


def trap_person(rng: random.Random, taken: list[str]) -> tuple[str, str, str] | None:
    """A new person one letter from a known person: (name, the known name, the known person's org)."""
    for _ in range(40):
        known, org = rng.choice(KNOWN)
        first, *rest = known.split()
        if len(rest) != 1:
            continue
        for s in _one_letter(rest[0], rng):
            name = f"{first} {s}"
            if fold(name) not in {fold(k) for k in record_names()} and not any(
                    fold(name) == fold(t) for t in taken):
                return name, known, org
    return None


def known_slug(name: str) -> str:
    return slug(name)
