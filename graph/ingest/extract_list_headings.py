"""The headings of attendance lists: their words and their shapes (the lists themselves are found in
extract_lists.py, their entries read in extract_entries.py).

- the words: the headings' vocabulary (`LIST_HEADINGS`, `LIST_KIND_WORDS`), read through OCR damage word by word
  ("Narvarande 1edamöter (Narnn, 0rganisation)"), a bracket or a lower-case tail after them left out, a seat's
  heading ("Ledamöter", "Ersättare"), "ej tjänstgörande", a vacant seat;
- the shapes: a short line standing over names, under a plain title or an item's heading, a sub-heading over
  lists, a roll call's title, a line naming an organisation or its kind ("Representanter från kommunerna").
"""

from __future__ import annotations

import difflib
import functools
import re

from ..names import fold
from .extract_agenda import _LETTERED_SUB
from .extract_agenda_numbering import clock_stripped, item_number
from .extract_model import Line, RulesBase
from .extract_text import (
    _FINITE_VERB,
    _PASSIVE_VERB,
    GROUP_TYPES,
    PARTY_BRACKET,
    _name_like,
)
from .names_found import GIVEN_NAMES, damaged_name, plausible_name
from .ocr_repair import kw, strip_markup

LIST_HEADINGS = {
    "narvarande ledamoter": "ledamoter", "narvarande ledamoter och ersattare": "ledamoter",
    "ledamoter": "ledamoter", "narvarande": "ledamoter",
    # (those sitting in beside the group: "Bisittare: X (Org)")
    "bisittare": "ovriga", "bisittande": "ovriga",
    # (a förbund's or association's members: "Närvarande medlemmar", "Medlemmar")
    "narvarande medlemmar": "ledamoter", "medlemmar": "ledamoter",
    "ovriga": "ovriga", "ovriga medverkande": "ovriga", "medverkande": "ovriga", "ovriga narvarande": "ovriga",
    "ovriga deltagande": "ovriga",
    "deltagarlista": "deltagare", "deltagare": "deltagare", "deltagarforteckning": "deltagare",
    "narvarande deltagare": "deltagare", "ovriga deltagare": "ovriga-deltagare",
    "franvarande": "-", "franvarande ledamoter": "-", "ej narvarande": "-", "inte narvarande": "-",
    "ej narvarande ledamoter": "-",
    # (absence by its usual words, also in capitals with the diacritics lost: "ANMALT FORHINDER")
    "anmalt forhinder": "-", "forhinder": "-", "anmalda forhinder": "-", "har anmalt forhinder": "-",
    # a meeting online: those connected ("Anslutna:", "Även anslutna:")
    "anslutna": "deltagare", "uppkopplade": "deltagare", "aven anslutna": "ovriga", "ovriga anslutna": "ovriga",
    # those invited to present ("Presentatörer: X (Org), Y (Org)"), others present
    "presentatorer": "ovriga", "presentator": "ovriga", "inbjudna presentatorer": "ovriga",
    # a kommun's seat of insight for a party with no member ("Insynsplats: X (SD)"): present, not deciding
    "insynsplats": "ovriga", "insynsplatser": "ovriga", "insynsledamot": "ovriga", "insynsledamoter": "ovriga",
    # the staff's representatives at a nämnd ("Personalföreträdare", "Fackliga företrädare"): present, not deciding
    "personalforetradare": "ovriga", "personalforetradarna": "ovriga", "fackliga foretradare": "ovriga",
    "fackliga representanter": "ovriga",
}


# absence headings generated from the nouns of absence and the participles that announce them ("Återbud", "Meddelat
# frånvaro", "Anmälda förhinder", "Har lämnat återbud")
ABSENCE_NOUNS = ("forhinder", "franvaro", "aterbud", "forfall")
LIST_HEADINGS.update({f"{lead}{noun}": "-" for noun in ABSENCE_NOUNS
                      for lead in ("", "anmalt ", "anmalda ", "meddelat ", "meddelade ", "lamnat ", "har anmalt ",
                                   "har meddelat ", "har lamnat ")})


# a group's name alone, its stem apart (folded): "styrgrupp", "arbetsgruppen", "natverket"
_GROUP_ALONE = re.compile(r"(\w*(?:grupp|natverk|beredning|utskott|presidi))(?:en|et|um)?")


# a list's heading of two words each capitalised, as a name is written ("Tjänstgörande Ersättare"): no name (folded)
_CAPITALISED_HEADINGS = {"tjanstgorande ersattare", "ovriga narvarande", "narvarande ledamoter", "ordinarie ledamoter",
                         "ovriga deltagare"}


_CHAIR_LABELS = {"ordforande": "ordforande", "ordf": "ordforande", "vice ordforande": "vice-ordforande",
                 "1 e vice ordforande": "vice-ordforande", "2 e vice ordforande": "vice-ordforande",
                 "forste vice ordforande": "vice-ordforande", "andre vice ordforande": "vice-ordforande",
                 "vice ordf": "vice-ordforande"}


# a seat of a list no one holds ("Vakant", "Vakant plats", "Vakant (M)", "Vakans – Kalmar kommun", "- vakant -")
VACANT_SEAT = re.compile(r"^\W*(?:vakant|vakans|vakanta?)(?:\s+(?:plats|platser|stol|mandat|post))?\b"
                         r"(?:\s*\([^()]{1,30}\))?(?:\s*[,–—-]\s*[^,.]{0,40})?\W*$", re.I)


# the kind of an attendance list from its heading's words (first match wins); "deltagare" when none say it
LIST_KIND_WORDS = [
    # (and a verb of taking part denied: "Deltog ej", "Deltog inte", "Ej deltagit", "Deltar inte")
    (r"franvar|forhinder|forhindrad|forfall|aterbud|\b(?:ej|inte|icke) narvarande\b"
     r"|\b(?:deltog|deltar|narvarade)\s+(?:ej|inte|icke)\b"
     r"|\b(?:ej|inte|icke)\s+(?:deltagit|deltagande|narvarat|deltog)\b", "-"),
    (r"ovriga deltagare", "ovriga-deltagare"),
    # (the other members, after the chair's and the vice chair's labels: "Ordföranden" / ... / "Övriga ledamöterna")
    (r"^ovriga (?:ordinarie )?ledamot(?:er|erna)?$", "ledamoter"),
    # (or after the officers' line, "Ledamöter i övrigt:")
    (r"^(?:ordinarie )?ledamot(?:er|erna)? i ovrig[at]?$", "ledamoter"),
    # (a word of taking part before the members' own word: "Medverkande ledamöter", "Deltagande ledamöter")
    (r"^(?:medverkande|deltagande|narvarande|beslutande|tjanstgorande)\s+(?:ordinarie\s+)?ledamot(?:er|erna)?$",
     "ledamoter"),
    (r"ovriga|dessutom|aven|darutover|ocksa|ytterligare|tjansteperson|tjansteman|medverkande|adjungerad|sekreterare"
     r"|^kansliet$|\w (?:fran|ur|pa) kansliet"
     # (those the organisation sent, beside a council's members: "Från regionen:", "Från förvaltningen:")
     r"|^fran (?:regionen|forbundet|kommunforbundet|forvaltningen)$"
     r"|protokollforare|foredragande|presentator\w*|inbjudna|\bgast(?:er|erna|ande)?\b|^besok(?:are)?$|^insyns"
     # (the staff beside the group, a table's group row: "Personal", "Personalen")
     r"|^personal(?:en)?$"
     r"|^(?:narvarande )?(?:ersattare|ersattarna|ers|suppleanter|suppleanterna|suppleant)$",
     "ovriga"),
    # (or the members' proxies, voting in their place: "Befullmäktigat ombud", "Ombud")
    (r"ledamot|ledamoter|narvarande|fortroendevald|politiker|beslutande|tjanstgorande|^tjg\.?\s+ers|^ordinarie$"
     r"|^(?:befullmaktiga(?:t|de?)\s+)?ombud(?:en)?$",
     "ledamoter"),
    # (at a meeting online: "Anslutna:", "Uppkopplade:", "Anslutna deltagare")
    (r"deltagar|deltog|deltagande|narvaro|^anslutna\b|^uppkopplade\b", "deltagare"),
    # a sentence of presence over its names ("Med på mötet var:", "Vid mötet var med:", "Dessa var med:")
    (r"^(?:med|narvarande)(?: (?:pa|vid|i) (?:motet|sammantradet|traffen))? (?:var|voro)$"
     r"|\b(?:var|voro) med$", "deltagare"),
]


# not serving in a member's place ("ej tjänstgörande", "ej tjg"): a deputy present as another (folded text)
_NOT_SERVING = r"\b(?:ej|inte|icke)\s+(?:tjanstgorande|tjg\.?)"


# a presence heading qualified by the group in brackets ("Närvarande (nätverket):")
_QUALIFIED_PRESENCE = re.compile(r"\s*n[äa]rvarande\s*\(\s*([^()]{3,30}?)\s*\)\s*(?::|$)", re.I)


_PAREN_TAIL = re.compile(r"\s*\([^)]*\)\s*:?\s*$")


# a heading's note after a comma, in lower case ("Närvarande ledamöter, per organisation")
_COMMA_TAIL = re.compile(r",\s+[a-zåäöé][a-zåäöé ]{2,30}:?\s*$")


# the words of a heading over one kind of seat, under a heading saying who was present or absent ("Ledamöter:",
# "Ersättare:", "Ordförande:"; keyword keys)
_SEAT_HEADINGS = frozenset({"ledamoter", "ledamot", "ersattare", "ordforande", "vice ordforande", "ordinarie ledamoter",
                            "suppleanter", "ledamoter och ersattare"})


def _heading_text(text: str) -> str:
    """A heading line without its notes: "(Namn, Organisation)", ", per organisation"; a table's row spanning its
    columns with the heading alone ("| Övriga deltagare |") without its rules."""
    text = re.sub(r"^\s*\|\s*(?P<h>[^|]*?)\s*\|?\s*$", r"\g<h>", text)
    text = re.sub(r"(?<=[^\W\d]):\s*\d{1,3}\s*$", "", text)     # (a count after it: "Närvarande: 21")
    text = re.sub(r"(?<=[^\W\d]);\s*$", "", text)     # (a semicolon for its colon: "Närvarande;")
    return _COMMA_TAIL.sub("", _PAREN_TAIL.sub("", text)).strip(" :*")


# the words list headings and their column heads are made of, to read them through OCR damage
_HEADING_VOCABULARY = sorted({w for k in LIST_HEADINGS for w in k.split()} | {
    "namn", "organisation", "roll", "funktion", "titel", "tjanstepersoner", "tjansteman", "medverkande",
    "fortroendevalda", "adjungerade", "inbjudna", "ersattare", "politiker", "beslutande", "sekreterare",
    "tjanstgorande", "ordinarie",
    # (and the words of LIST_KIND_WORDS naming those present beside the members: "Dessutorn närvarande")
    "dessutom", "darutover", "gaster", "adjungerad", "protokollforare", "foredragande"})


def _shapes_fixed(word: str) -> str:
    """A word with the shapes OCR confuses put back ("rn" for "m", "0" for "o", ...), no closer reading."""
    return word.replace("rn", "m").replace("0", "o").replace("1", "l").replace("|", "l").replace("5", "s")


@functools.lru_cache(maxsize=1 << 14)  # a pure function of the word (the vocabulary is fixed)
def _heading_word(word: str) -> str:
    """A heading word read through OCR damage ("Ledarnöter" -> ledamoter, "Narnn" -> namn,
    "0rganisation" -> organisation): the shapes OCR confuses put back, then the closest heading word."""
    if word in _HEADING_VOCABULARY or len(word) < 4:
        return word
    fixed = _shapes_fixed(word)
    if fixed in _HEADING_VOCABULARY:
        return fixed
    best = difflib.get_close_matches(fixed, _HEADING_VOCABULARY, n=1, cutoff=0.8)
    # (OCR damages letters inside a word; another first letter is another word, and a word three letters shorter or
    # longer another word too: "närvård" is no "närvarande")
    if best and len(fixed) >= 6 and (best[0][0] == fixed[0] or not fixed[0].isalpha()) \
            and abs(len(best[0]) - len(fixed)) <= 2:
        return best[0]
    return word


@functools.lru_cache(maxsize=1 << 14)  # a pure function of the text (the headings are fixed)
def _closest_heading(key: str) -> str | None:
    """The list heading (`LIST_HEADINGS`) closest to a heading's key, 0.86 alike or more; None where none is."""
    best = difflib.get_close_matches(key, list(LIST_HEADINGS), n=1, cutoff=0.86)
    return best[0] if best else None


def _heading_words(key: str) -> str:
    """A heading's words read through OCR damage, a word a scan split in two joined back ("leda moter", "tjanst
    gorande ersattare"): two neighbours neither of which is a heading word, together one as written (no closer
    reading: "nära vården" is no "närvarande")."""
    words = re.findall(r"[\w|]+", key)
    out: list[str] = []
    i = 0
    while i < len(words):
        one = _heading_word(words[i])
        if i + 1 < len(words) and one not in _HEADING_VOCABULARY and len(words[i]) >= 2 \
                and _heading_word(words[i + 1]) not in _HEADING_VOCABULARY \
                and (joined := _shapes_fixed(words[i] + words[i + 1])) in _HEADING_VOCABULARY:
            out.append(joined)
            i += 2
            continue
        out.append(one)
        i += 1
    return " ".join(out)


# the title of the item of those present, the roll call's ("Upprop", "Närvaro", "Närvarande", "Deltagare")
_ROLL_CALL_TITLE = re.compile(r"(?:narvar\w*|narvaro\w*|upprop|deltagare)\b"
                              # (among the formalities: "..., avprickning, ...", "Justering av röstlängd och närvaro")
                              r"|.*\b(?:avprickning|upprop|narvaro|rostlangd)\b")


# an office of an organisation, the organisation after it ("Kansli Kommunförbundet i Kalmar län", "Kansliet för X")
_OFFICE = re.compile(r"(?i:kansli(?:et)?|kanslit)\s+(?:(?i:för|for|vid)\s+)?(.+)$")


# a kind of organisation as a sub-heading of a list ("Kommun", "Kommunerna", "Regionen", "Landstinget", "Från brukar-
# och pensionärsorganisationerna", "Länets kommuner"), keyword key
ORG_KIND = re.compile(r"(?:(?:(?:representanter|foretradare|ledamoter)\s+)?(?:fran|for)\s+)?"
                      r"(?:(?:[a-z-]+\s+och\s+)?[a-z]*(?:organisationerna|organisationer|foreningarna)"
                      r"|kommun|kommunen|kommuner|kommunerna|lanets kommuner|regionen|landstinget|landstingen"
                      r"|myndigheterna|myndigheter)")


# a sentence of presence over a list's names, its body named at length ("Från Beredningsgruppen för samverkan skola och
# BUP under samordnande grupp Barn och unga deltog:")
_LONG_PRESENCE_HEAD = re.compile(r"(Från\s+\S+)\s.{10,120}?\s(deltog|närvarade|medverkade)\s*:\s*")


class ListHeadingRules(RulesBase):
    """A list's heading: which kind of list a line heads, by its words and by its shape."""

    def _list_heading_kind(self, ln: Line) -> str | None:
        """The kind of list a heading line names by its words ("Närvarande ledamöter", "Tjänstepersoner
        och medverkande (Namn, Organisation)", "Frånvarande"), or None when its words name none."""
        text = _heading_text(ln.text)
        # (the presence's word and, after a comma in lower case, which list: "Närvaro, ordinarie ledamöter:",
        # "Närvaro, suppleanter och adjungerade:"; a note after it, "Närvarande, per organisation", names none)
        if (tail := _COMMA_TAIL.search(ln.text)) and len(ln.cells) <= 1 \
                and re.fullmatch(r"narvaro|narvarande|narvarolista|deltagande|deltagare", fold(text)) \
                and (kind := self._list_heading_kind(self.text_line(ln.n, tail.group(0).strip(" ,:")))):
            return kind
        # (a sentence of presence over the names, its body named at length: "Från Beredningsgruppen för samverkan
        # skola och BUP under samordnande grupp Barn och unga deltog:": the list's kind by the body's first word)
        if (long := _LONG_PRESENCE_HEAD.fullmatch(ln.text.strip())) and len(ln.cells) <= 1:
            return self._list_heading_kind(self.text_line(ln.n, f"{long.group(1)} {long.group(2)}:"))
        if ln.blank or len(text) > 60 or len(text.split()) > 7 or ln.cells and len(ln.cells) > 1:
            return None
        if _LETTERED_SUB.match(ln.text):
            return None     # a lettered sub-item's title ("b. Adjungerad till styrgruppen"), no list's heading
        if re.match(r"(?:enligt|se)\s", fold(text)):
            return None     # "Enligt bifogad närvarolista", "Se bilaga": the list is elsewhere
        if re.search(r"(?:arenden|arendet|arende|fragor|fragan)$", fold(text).strip(" :.")):
            return None     # "Ledamotsärenden", "Ledamotsfrågor": an item's matters, no list of members
        # those present of another group than the first list's ("Närvarande (nätverket): ..." / "Närvarande
        # (samordningen): ..."): present beside the members, not members
        if (q := _QUALIFIED_PRESENCE.match(ln.text)) and any(
                (p := _QUALIFIED_PRESENCE.match(self.L(m).text)) and fold(p.group(1)) != fold(q.group(1))
                for m in range(1, ln.n)):
            return "ovriga"
        if (q := re.match(r"^[^:]{3,40}:\s+([a-zåäöé][^:]*)$", text)) and self._qualifier(q.group(1)):
            # "Närvarande: övriga", "Deltagare: ersättare": the words after the colon say which list
            return self._list_heading_kind(self.text_line(ln.n, q.group(1)))
        if text.count(",") == 1 and all(len(p.split()) <= 3 for p in text.split(",")) \
                and re.search(r"narvaro|deltag|ledamot|narvarande|lista|forteckning", fold(text.split(",")[0])):
            # "NÄRVAROLISTA, LEDAMÖTER", "Närvarolista, övriga": a list's word and its kind after the comma
            first, second = (p.strip() for p in text.split(","))
            kinds = [self._list_heading_kind(self.text_line(ln.n, p)) for p in (first, second)]
            if kinds[0] and kinds[1]:
                return kinds[1]
        if text.count(",") == 1 and (body := text.split(",")[1].strip()) and len(body.split()) <= 5 \
                and (self.orgs.resolve(body) or re.search(r"grupp|natverk|beredning|utskott|namnd|rad\b|ledning",
                                                          fold(body))):
            # "Ledamöter, samordnande grupp Psykisk hälsa": a list's kind and the body whose it is
            first = text.split(",")[0].strip()
            if (kind := self._list_heading_kind(self.text_line(ln.n, first))):
                return kind
        if text.count(",") == 1 and len((field := text.split(",")[1].strip()).split()) <= 2 and field \
                and not plausible_name(field) and len(text.split(",")[0].split()) <= 2 \
                and (kind := self._list_heading_kind(self.text_line(ln.n, text.split(",")[0].strip()))):
            return kind     # "Adjungerad, hemsjukvård", "Adjungerad, SIP": a list's word and the field the seat is for
        if (lab := re.match(r"^([^:]{3,40}):\s+([A-ZÅÄÖ][^:]*)$", text)) \
                and not plausible_name(lab.group(2).split(",")[0].strip(" .")) \
                and not self._list_heading_kind(self.text_line(ln.n, lab.group(1))):
            return None             # "Inledning: Presentation av projektet": a title after a label of no list
        # (a party's letters in brackets after the name no part of it: "Per Ek (M) ledamot"; nor a unit's: "Mats
        # Linde (KS) ej närvarande")
        words = re.sub(rf"\s*{PARTY_BRACKET}|\s*\([A-ZÅÄÖ][\wÅÄÖåäö-]{{0,20}}\)", "", text).split()
        # (a surname OCR damaged: "Rasmus 0berg (Attention) ej närvarande")
        if len(words) >= 3 and fold(words[0]) in GIVEN_NAMES and (plausible_name(" ".join(words[:2])) or plausible_name(
                f"{words[0]} {(w := _shapes_fixed(words[1]))[:1].upper()}{w[1:]}")) and words[2][:1].islower():
            return None             # "Malin Holm sekreterare": a name and its function, no heading
        k = _heading_words(kw(text, self.lx).rstrip(":").strip())
        if (learned := self.learned.heading_kind(k)):
            return learned          # the words headed this kind of list in an accepted protocol laid out alike
        # (the note after a comma counts here: "Närvarande, ej tjänstgörande ersättare")
        if re.search(_NOT_SERVING + r"\b", k if k not in LIST_HEADINGS
                     else _heading_words(kw(ln.text, self.lx))):
            return "ovriga"         # "Ej tjänstgörande ersättare": present, not serving in a member's place
        if re.match(r"(?:ej|inte|icke)\s+beslutande\b", k):
            return "ovriga"         # "Ej beslutande": present, not deciding
        if re.match(r"(?:ej|inte|icke)\s", k):      # "Ej närvarande": the negation, not the word after it
            return "-"
        # "Från samordnande gruppen:" (the meeting's own group: its members), "Från föreningarna:" (others)
        if (frm := re.fullmatch(r"fran (?:den )?(.+)", k)):
            if re.fullmatch(r"(?:samordnande |samverkans|styr|arbets|lednings|process)?(?:gruppen|gruppens ledamoter)"
                            r"|natverket|beredningen|presidiet|utskottet|namnden", frm.group(1)):
                return "ledamoter"
            if re.fullmatch(r"\w*(?:foreningarna|organisationerna|forbunden)", frm.group(1)):
                return "ovriga"
        if k in _CHAIR_LABELS:      # "Ordförande: Pernilla Mosén, Emmaboda kommun": a member, in the chair
            return "ledamoter"
        if self._capacity_heading(k):
            return "ledamoter"      # "Brukarrepresentanten" / "Annelie Holm": a member in that capacity
        if k in LIST_HEADINGS:
            return LIST_HEADINGS[k]
        if len(k) >= 7 and (best := _closest_heading(k)):
            return LIST_HEADINGS[best]
        if "," in text or text.endswith(".") or _name_like(text) and not (
                text.isupper() and re.search(LIST_KIND_WORDS[0][0], k)) \
                and k not in _CAPITALISED_HEADINGS:      # "ANMÄLT FÖRHINDER": no name
            return None     # (but "Tjänstgörande Ersättare", a list's words capitalised as a heading: no name)
        # (the meeting's own group named alone, a table's group row over its members, under the table's head or a row
        # of it: "Styrgrupp" in the minutes of "Styrgruppen för vaccination"; another group so named, "Processgruppen:",
        # is no part of it; nor the body's name in the minutes' head, "Beredningen")
        if (own := _GROUP_ALONE.fullmatch(k)) and (above := self._prev_nonblank(ln.n)) is not None \
                and len(self.L(above).cells) >= 3 and re.search(
                    r"\b" + own.group(1), " ".join(fold(self.L(m).text) for m in range(1, min(ln.n, 16)))):
            return "ledamoter"
        for pattern, kind in LIST_KIND_WORDS:
            if re.search(pattern, k):
                return kind
        return None

    def _capacity_heading(self, k: str) -> str | None:
        """The capacity a list's heading names in the definite or the plural form ("Brukarrepresentanten",
        "Invånarrepresentanter"; keyword key), or None."""
        m = re.fullmatch(r"([a-z]{6,}?)(?:en|er|erna|na)", k)     # (not the bare word, a label: "Invånarrepresentant:")
        return self._capacity(m.group(1)) if m else None  # type: ignore[attr-defined]

    def _heading_shaped(self, ln: Line) -> bool:
        """A short line that could head a list: capitalised, no comma outside brackets, no sentence end."""
        text = _heading_text(ln.text)
        if ln.blank or ln.layout or len(ln.cells) > 1 or not text or VACANT_SEAT.match(ln.text) \
                or re.match(r"(?:enligt|se)\s", fold(text)):
            return False    # (nor "Enligt bifogad närvarolista": the list is elsewhere)
        if self.learned.list_headings and \
                self.learned.heading_kind(_heading_words(kw(text, self.lx).rstrip(":").strip())):
            return True     # the words headed a list in an accepted protocol laid out alike ("NÄRVAROLISTA, ÖVRIGA")
        if not text[0].isupper() and not self._list_heading_kind(ln):     # "6vriga medverkande" (OCR)
            return False
        if len(text) > 60 or len(text.split()) > 7 or "," in text and not self._list_heading_kind(ln) \
                or text.endswith((".", ";")):
            return bool(_LONG_PRESENCE_HEAD.fullmatch(ln.text.strip()))    # (but "Från X ... deltog:", a heading)
        if ln.n > 1 and self.L(ln.n - 1).text.endswith(","):
            return False            # the organisation of the name line above ("Name," / "Kommunförbundet")
        named = _name_like(text) and not ((text.isupper() or fold(text) in _CAPITALISED_HEADINGS)
                                          and self._list_heading_kind(ln)) \
            or damaged_name(text) and not self._list_heading_kind(ln)    # "NÄRVARANDE LEDAMÖTER"; "Anna H0lm"
        return bool(re.search(r"[a-zåäöé]{3}", text.lower())) and not named and item_number(text) is None \
            and not self.orgs.resolve(text) and not self._capacity(text) and not self._org_kind_line(ln) \
            and not any(e.org or e.role for e in self._entry_of(ln)) and not self._damaged_entry(ln)

    def _under_plain_title(self, n: int) -> bool:
        """Line n stands right under a short title of its own paragraph after the header ("" / "Ungdomsmottagningar" /
        "Föredragande: X"): a line of a few words opening with a capital, no sentence, label or list heading, a blank
        line (or a page's furniture) above it. "Föredragande: X" there presents an item the rules have not yet
        numbered, and is no list."""
        head_end = self.ex.meeting_lines[1] if self.ex is not None and self.ex.meeting_lines else 0
        p = n - 1
        if p <= max(1, head_end) or self.L(p).blank:
            return False
        above = self.L(p - 1)
        t = strip_markup(self.L(p).text).strip(" *#")
        return (above.blank or above.layout) and 1 <= len(t.split()) <= 10 and t[:1].isupper() \
            and not t.endswith((".", ",", ";", ":")) and ":" not in t and len(self.L(p).cells) <= 1 \
            and not self._list_heading_kind(self.L(p)) and not self._entry_of(self.L(p))

    def _under_item_heading(self, n: int) -> bool:
        """Line n stands right under an item's heading: a numbered one in any form ("§ 4 Budget", "Ärende 4:
        Budget", "SG 7 BUDGET", "7.2 Budget"), one with a programme's time ("10.20–10.40 BUDGET"), or one in
        capitals ("BUDGET FÖR 2031") that names no list. "Föredragande: X" there presents the item, and is no
        list of those present, wherever the items' numbers were not found before the lists."""
        p = n - 1
        while p >= 1 and self.L(p).blank:
            p -= 1
        if p < 1:
            return False
        ln = self.L(p)
        t = strip_markup(ln.text).strip(" *#")
        if not t or len(t) > 100 or t.endswith((".", ",", ";")) or len(ln.cells) > 1:
            return False
        if (h := item_number(t)) is not None and h[1] or re.match(r"\d{1,3}\.\d{1,2}\.?\s+[A-ZÅÄÖ]", t):
            return True
        bare = clock_stripped(t)
        return (bare != t or bare.isupper() and len(re.findall(r"[A-ZÅÄÖ]", bare)) >= 4) \
            and len(bare.split()) <= 12 and not self._list_heading_kind(
                self.text_line(p, bare))

    def _sub_headings(self, n: int) -> set[int]:
        """The parts' headings of one list from line n on, a list's heading above them ("Närvarande:" /
        "Sammankallande" / "Denise Holm, Org" / "Företrädare för kommunerna" / "Isabell Ek, Org" / ...): short lines
        naming no list, each over name lines; none unless line n is one. The parts end at a list's own heading or at
        a line that is neither."""
        found: set[int] = set()
        m = n
        while m is not None and m <= len(self.lines):
            ln = self.L(m)
            if self._entry_of(ln):
                m = self._next_nonblank(m, len(self.lines))
                continue
            text = ln.text.strip().rstrip(":")
            under = self._next_nonblank(m, len(self.lines))
            # (no sentence, "Utses att justera X"; no office, "Från kansliet", whose people are others present, not
            # members; a name line right under it, each name's first word a given name)
            if len(ln.cells) != 1 or not text[:1].isupper() or len(text.split()) > 8 or text.endswith((".", ",", ";")) \
                    or self._list_heading_kind(ln) or item_number(text) is not None or under is None \
                    or _FINITE_VERB.search(ln.key) or _PASSIVE_VERB.search(ln.key) \
                    or re.search(r"kansli|sekretariat|forvaltning|personal|tjanste|\bstab", ln.key) \
                    or not (got := self._entry_of(self.L(under))) \
                    or not all(fold(e.name.split()[0]) in GIVEN_NAMES for e in got):
                break
            found.add(m)
            m = self._next_nonblank(m, len(self.lines))
        return found if n in found else set()

    def _in_roll_call(self, n: int, items: set[int]) -> bool:
        """Line n lies in an item of the roll call ("2 Upprop", "§ 3 Närvaro")."""
        head = max((i for i in items if i < n), default=None)
        got = item_number(self.L(head).text) if head is not None else None
        return bool(got and got[1] and _ROLL_CALL_TITLE.match(fold(got[1])))

    def _qualifier(self, text: str) -> bool:
        """Words after a heading's colon that say which list it is ("övriga", "ledamöter", "ersättare", "ej
        tjänstgörande ersättare"), in lower case: no entries."""
        t = text.strip(" .:")
        return bool(t) and t[:1].islower() and len(t.split()) <= 4 and "," not in t and \
            self._list_heading_kind(self.text_line(0, t)) is not None

    def _first_block(self, n: int) -> bool:
        """Line n heads the first block of name lines after the meeting's header lines: only header lines (and
        blank lines) between them, none of the text's prose."""
        if self.ex is None or not self.ex.meeting_lines:
            return False
        # (a heading over the lists between, "Närvarolista" / "Närvaro" over "Presidiet": no prose)
        return all(self.L(m).blank or self.L(m).layout or self._heading_shaped(self.L(m))
                   and self._list_heading_kind(self.L(m)) is not None and len(self.L(m).text.split()) <= 4
                   for m in range(self.ex.meeting_lines[1] + 1, n))

    def _org_kind_line(self, ln: Line) -> bool:
        """A line naming a kind of organisation, or an office of one, over the people of a list who come from it
        ("Kommun", "Kommunerna", "Regionen", "Kansli Kommunförbundet i Kalmar län", "Från brukar- och
        pensionärsorganisationerna"): a part of the list above, no list of its own; no organisation of theirs."""
        text = ln.text.strip(" :*")
        # (a heading's capital: "kommun" alone in lower case is an organisation's last word a page break left; right
        # under the list's lines: after a blank line, "Från kommunerna" heads a list of its own)
        if not text or len(ln.cells) > 1 or len(text.split()) > 6 or not text[0].isupper() \
                or not 1 < ln.n <= len(self.lines):
            return False
        # (after a blank line only between the list's groups, a name line above: "Chris Landergren" / "" /
        # "Kommunerna" / "Maud Arlebrant"; not "Från kommunerna")
        if self.L(ln.n - 1).blank and (re.match(r"(?:fran|for)\b", fold(text))
                                       or (prev := self._prev_nonblank(ln.n)) is None
                                       or not self._entry_of(self.L(prev))):
            return False
        if self._entry_org(text) is not None:  # type: ignore[attr-defined]
            return False        # ("Regionen:" over its people names the region: an organisation's line)
        if (office := _OFFICE.match(text)):
            return bool(self.orgs.resolve(office.group(1)))
        return bool(ORG_KIND.fullmatch(kw(text, self.lx)))

    def _group_of_line(self, ln: Line) -> str | None:
        """The organisation an organisation's line over people gives them: its name ("Kalmar kommun:"), the
        organisation of an office ("Kansli Kommunförbundet i Kalmar län"), none for a kind of organisation
        ("Kommunerna")."""
        if not self._org_kind_line(ln):
            return ln.text.strip(" :")
        office = _OFFICE.match(ln.text.strip(" :*"))
        if office is None and re.search(r"\bbrukar", fold(ln.text)):
            return "Brukarrepresentant"     # "Brukar- och anhörigorganisationer": their representatives
        return office.group(1) if office else None

    def _org_line(self, ln: Line) -> bool:
        """A line that is an organisation's name alone ("Kalmar kommun", "Region Kalmar län:"), heading the
        people listed under it."""
        text = ln.text.strip(" :*")
        if not text or len(ln.cells) > 1 or len(text.split()) > 6 or _name_like(text):
            return False
        # (a kommun's bare name, "Kalmar:", as in an entry's organisation slot; a capacity, "Invånarrepresentant:")
        org = self._entry_org(text)  # type: ignore[attr-defined]
        if org is None and self._org_kind_line(ln):
            return True     # a kind of organisation over a list's people ("Kommunerna")
        if org is None:
            # (an organisation the graph does not know, named as organisations are, as a label with its colon over
            # its people: "Anhörigas Riksförbund:", "Brukarrådet i Kalmar län:")
            return bool(self._capacity(text)) or self.ex is not None and ln.text.rstrip(" *").endswith(":") \
                and self._named_org(text) and self._list_heading_kind(ln) is None  # type: ignore[attr-defined]
        return self.orgs.types.get(org.id) not in GROUP_TYPES
