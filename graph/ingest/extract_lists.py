"""Attendance lists and their headings, and the people named absent (a list's entries are read in
extract_entries.py).

- attendance: a heading ("Närvarande ledamöter", "Övriga", "Övriga medverkande", "Deltagarlista",
  "Övriga deltagare") and its lines "Name, Organisation (tf.)", "Name Organisation", "Name," with the
  organisation on the next line, tab- or space-separated table rows of name/organisation pairs; an
  unheaded run of names at the end of a document is a participant list, split where the columns
  (an indented line) or the form (with or without organisation) change; a heading is read through
  OCR damage word by word ("Narvarande 1edamöter (Narnn, 0rganisation)"); a row splits into fields
  by tabs, pipes or runs of spaces ("Name  Organisation  role"), or "Name – Organisation"; page
  headers and footers inside a list are layout; a list ends at a line standing over a sentence;
  a list may be one labelled line ("Övriga närvarande: X, Org (role)", ending at the next labelled
  line), a head row naming the list and its columns ("Deltagare  Organisation  Uppdrag"), or stand
  under a heading over list headings ("Närvarande" / "Ledamöter:"); "Ordförande: X, Org" above the
  lists is a member in the chair; absences ("Frånvarande", "Ej närvarande", "Anmält förhinder") are
  people, not attendance; a two-column line with an OCR-damaged name reads cell by cell.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from dataclasses import replace

from ..names import fold, same_person
from .extract_agenda import _LETTERED_SUB
from .extract_agenda_numbering import clock_stripped, item_number
from .extract_model import AttendanceList, Column, Entry, Extraction, Line, RulesBase
from .extract_money import amount_spans
from .extract_text import (
    _FINITE_VERB,
    _INLINE_HEAD,
    _ORG_LEGEND,
    _PASSIVE_VERB,
    _PRESENTER_LABEL,
    _ROLE_RE,
    _SIGNATURE,
    CHAIR_ROLES,
    GROUP_TYPES,
    JUNK_LINE,
    LABEL_WITH_NOTE,
    PARTY_BRACKET,
    TITLE_BY_ENDING,
    TITLE_LETTERS,
    _name_like,
    _sentences,
    ocr_letters,
)
from .names_found import GIVEN_NAMES, damaged_name, plausible_name
from .ocr_repair import kw, strip_markup
from .reconcile import REPORT_NOTE

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

_BULLET_RE = re.compile(r"^\s*[-–•*·▪]\s+")

# a running list's piece: the text between its commas, a comma inside brackets no end ("Anna Holm (Kalmar kommun,
# ordförande)")
_COMMA_PIECE = re.compile(r"(?:[^,(]|\([^()]*\))+")

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


_COLUMN_HEADS = r"namn|fornamn|efternamn|organisation|roll|funktion|titel|befattning|uppdrag|representerar" \
                r"|representant for" \
                r"|kommun/region|forvaltning|verksamhet|arbetsplats|kommentar|notering|noteringar|anmarkning" \
                r"|fullstandigt namn|deltagare|e-post|e-postadress" \
                r"|(?:forsta|senaste)\s+(?:anslutning|uttrade|inloggning)|ansluten|anslot|lamnade|varaktighet" \
                r"|tid i motet|parti"
# (and those of a meeting app's attendance report: "Namn  Första anslutning  Senaste utträde  Varaktighet")

# a column head with a qualifier after it ("Roll i utskottet", "Funktion inom gruppen")
_COLUMN_HEAD_RE = re.compile(rf"(?:{_COLUMN_HEADS})(?:\s+(?:i|inom|for|vid|pa)\s+[a-z ]{{2,30}})?")


# the head of a column of names by the seat they hold ("Ledamot | Ersättare"), and of a presence column ("Närvarande
# (J/N)", "Närvaro", "Närv.", "Deltog"), in a table's head row
_SEAT_HEAD = re.compile(r"(?:ordinarie\s+)?(?:ledamot|ledamoter|ersattare|suppleant|suppleanter|tjanstgorande ersattare"
                        r"|ordinarie|ledamot ersattare)")
_PRESENCE_HEAD = re.compile(r"(?:narvarande|narvaro|narv|deltog|deltar|deltagit)(?:\s+(?:j n|ja nej|x))?|j n|ja nej"
                            r"|(?:franvarande|franvaro|franv|ej narvarande|ej narv|forhinder|ej deltagit)")
# the head of a column marking those absent ("Frånv.", "Frånvarande", "Förhinder") beside a presence column
ABSENCE_HEAD = re.compile(r"franvarande|franvaro|franv|ej narvarande|ej narv|forhinder|ej deltagit")


def _column_head(cell: str) -> bool:
    """A table's column head: a known head word, alone or with its qualifier."""
    # (or a presence column's head with its marks' legend, "Närv (N),Frånv (F)", and the paragraphs attended, "Paragraf
    # / tid")
    return bool(_COLUMN_HEAD_RE.fullmatch(fold(cell).strip(" :")) or _legend_head(cell)
                or re.fullmatch(r"(?:paragraf(?:er)?|§§?)(?:\s*/\s*tid)?", _flat_cell(cell)))


def _flat_cell(cell: str) -> str:
    """A cell in lower case without its Swedish letters' marks, its brackets and strokes kept (unlike fold)."""
    return cell.strip(" :").lower().translate(str.maketrans("åäö", "aao"))


def _legend_head(cell: str) -> bool:
    """A presence column's head with its marks' legend ("Närv (N),Frånv (F)", "Närv tj.g. (NT)")."""
    return bool(re.fullmatch(r"(?:narv|franv)[^()]{0,12}\([a-z]{1,3}\).*", _flat_cell(cell)))


# a table's column of presence at one paragraph ("§ 1", "§4a", "§§ 2-3", "p. 5")
_ONE_PARAGRAPH = r"(?:§§?|p\.?|punkt)\s*\d{1,3}\s*[a-z]?(?:\s*[-–]\s*\d{1,3})?"
_PARAGRAPH_COLUMN = re.compile(rf"{_ONE_PARAGRAPH}(?:\s+{_ONE_PARAGRAPH})*", re.I)

def _cell_starts(raw: str) -> list[int]:
    """Where each cell of a line begins (tabs expanded), cells parted by a tab or three spaces."""
    raw = raw.expandtabs(8)
    return [m.start() for m in re.finditer(r"\S+(?: {1,2}\S+)*", raw)]


def _tab_side(raw: str, side: str) -> str | None:
    """One side of a row of two TAB-separated columns ("Name, Org<TAB>Name, Org", "<TAB>Name, Org" for a
    row of the right column only, "Name<TAB>Org<TAB>Name<TAB>Org"); None when TABs do not say it."""
    if "\t" not in raw:
        return None
    lead = not raw.split("\t", 1)[0].strip()
    parts = [p for p in re.split(r"\t+", raw) if p.strip()]
    if lead:
        left, right = [], parts
    elif len(parts) <= 2:
        left, right = parts[:1], parts[1:]
    elif len(parts) % 2 == 0:
        left, right = parts[: len(parts) // 2], parts[len(parts) // 2:]
    else:
        return None
    return "\t".join(left if side == "L" else right)


def _column_cut(raw: str, c: int) -> int:
    """Where the right column begins in a line whose columns part at about offset c."""
    gaps = [m for m in re.finditer(r" {2,}", raw)]
    near = [m for m in gaps if abs(m.end() - c) <= 8 and m.start() > 0]
    if near:
        return min(near, key=lambda m: abs(m.end() - c)).end()
    # the left cell runs up to the column with one space ("..., ordf. Jimmy Lord, Vimmerby kommun"): a name
    # ("Förnamn Efternamn," or alone) beginning exactly at the column's offset
    if 0 < c < len(raw) and raw[c - 1] == " " and raw[:c].strip() and \
            re.match(r"[A-ZÅÄÖÉ][\w'’-]+(?: [A-ZÅÄÖÉ][\w'’-]+){1,2}(?:,|\s*$)", raw[c:]):
        return c
    first = len(raw) - len(raw.lstrip())
    return first if first >= c - 8 and raw.strip() else len(raw)


def _ranges(lines: list[int]) -> str:
    """'3, 7-9' for the lines 3, 7, 8, 9."""
    out: list[str] = []
    for n in sorted(lines):
        if out and out[-1].split("-")[-1] == str(n - 1):
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)


# a verb of presence opening a sentence of names ("Närvarande var ...", "Från X deltog ...", "medverkade")
# (the meeting named between: "Närvarande vid mötet var ...")
# (or among those present: "Bland de närvarande fanns X (Org), Y (Org) ...")
_PRESENCE_VERB = re.compile(r"\b(?:(?:bland\s+de\s+)?närvarande\s+(?:(?:vid|på)\s+(?:mötet|sammanträdet|träffen)\s+)?"
                            r"(?:var|voro|är|fanns)"
                            r"|närvarade|deltog|medverkade"
                            # (a report's "På plats fanns bland andra A, Org, ...", "På plats var A och B")
                            r"|på\s+plats\s+(?:fanns|var|voro)"
                            # (or in a capacity: "Som adjungerade finns A, Org, och B, Org.", "Som tjänstgörande
                            # ersättare deltog C (KD).")
                            r"|som\s+(?:[a-zåäö]+\s+){0,2}?(?:adjungerade?|gäster|gäst|ersättare|sekreterare)\s+"
                            r"(?:finns|fanns|var|voro|deltog|närvarade|medverkade))\b\s*(?::\s*)?", re.I)

# guests welcomed by name ("..., särskilt gästerna A, Org, och B, Org", "särskilt gästen A, Org")
GUESTS_NOTE = "guests welcomed by name in a sentence"
_GUESTS_WELCOMED = re.compile(r"\bvälkomna?\b.*?\bsärskilt\s+(?:gästerna|gästen|de inbjudna)\s+", re.I)

# the title of the item of those present, the roll call's ("Upprop", "Närvaro", "Närvarande", "Deltagare")
_ROLL_CALL_TITLE = re.compile(r"(?:narvar\w*|narvaro\w*|upprop|deltagare)\b"
                              # (among the formalities: "..., avprickning, ...", "Justering av röstlängd och närvaro")
                              r"|.*\b(?:avprickning|upprop|narvaro|rostlangd)\b")

# the minutes kept by the one named after them ("Anteckningar fördes av X, Org.", "Protokollet fördes av X")
_MINUTES_KEPT_BY = re.compile(r"(?:minnesanteckningar(?:na)?|anteckningar(?:na)?|protokoll(?:et)?)\s+"
                              r"(?:fördes|förs)\s+av\s+", re.I)

# words of absence opening a sentence of names ("Förhinder hade ...", "Frånvarande var ...", "Anmält förhinder:")
_ABSENCE_WORDS = re.compile(r"\b(?:(?:anmält\s+)?förhinder\s+(?:hade|har|anmälde|anmäldes\s+av)"
                            r"|frånvarande\s+(?:var|voro)|ej\s+närvarande\s+(?:var|voro)"
                            r"|anmält\s+förhinder\s*:)\s*(?::\s*)?", re.I)


# the verb of meeting after the names of those who met ("A, Org, och B, Org, träffades i ... lokaler")
_MET_AFTER = re.compile(r",?\s+(?:träffades|möttes|samlades)\s+(?:i|på|hos|vid|för)\b")

# words of absence closing a sentence of names ("X, Org, hade anmält förhinder.", "X och Y var frånvarande.", "X
# (Org) kunde inte närvara.", "X, Org, hade meddelat förhinder.", "X har lämnat återbud.")
_ABSENCE_AFTER = re.compile(r",?\s*\b(?:(?:hade|har)\s+(?:anmält\s+|meddelat\s+|lämnat\s+)?"
                            r"(?:förhinder|förfall|återbud)"
                            r"|(?:var|voro)\s+(?:frånvarande|förhindrade?)|kunde\s+inte\s+(?:närvara|delta)|deltog\s+inte|anmälde\s+förhinder)"
                            r"\s*\.?\s*$", re.I)


# presence or co-option said after the names ("X, Y och Z är närvarande.", "X, Org, adjungeras under punkt 6.")
_PRESENT_AFTER = re.compile(r",?\s*\b(?:är|var|voro)\s+närvarande\s*\.?\s*$", re.I)
_CO_OPTED = re.compile(r",?\s*\b(?:adjungeras|adjungerades|är adjungerad|var adjungerad)\b.*$", re.I)


# an office of an organisation, the organisation after it ("Kansli Kommunförbundet i Kalmar län", "Kansliet för X")
_OFFICE = re.compile(r"(?i:kansli(?:et)?|kanslit)\s+(?:(?i:för|for|vid)\s+)?(.+)$")

# the heads of a presence and voting list's columns ("Namn  När-/varo  Tjg./ers.  Reservation  Omröstning  Ja  Nej
# Anteckning"), folded
_VOTE_HEAD = re.compile(r"namn|nar-?|varo|narvaro|narv|narvarande|nar- ?varo|tjg|ers|tjg ers|tjanstgor\w*|reservation"
                        r"|omrostninga?r?|ja|nej|avstar|avst|anteckning|anteckningar|jav|ja nej"
                        r"|(?:ordinarie )?(?:ledamot|ledamoter)|ersattare")

# a kind of organisation as a sub-heading of a list ("Kommun", "Kommunerna", "Regionen", "Landstinget", "Från brukar-
# och pensionärsorganisationerna", "Länets kommuner"), keyword key
ORG_KIND = re.compile(r"(?:(?:(?:representanter|foretradare|ledamoter)\s+)?(?:fran|for)\s+)?"
                      r"(?:(?:[a-z-]+\s+och\s+)?[a-z]*(?:organisationerna|organisationer|foreningarna)"
                      r"|kommun|kommunen|kommuner|kommunerna|lanets kommuner|regionen|landstinget|landstingen"
                      r"|myndigheterna|myndigheter)")

# a sentence of presence over a list's names, its body named at length ("Från Beredningsgruppen för samverkan skola och
# BUP under samordnande grupp Barn och unga deltog:")
_LONG_PRESENCE_HEAD = re.compile(r"(Från\s+\S+)\s.{10,120}?\s(deltog|närvarade|medverkade)\s*:\s*")
# a sentence of presence ending a paragraph's line, the list's rows under it ("Konferensen öppnades ... Upprop av
# presidier förrättades. Följande var närvarande:"): the sentence is the list's heading
_PRESENCE_TAIL = re.compile(r"(?:^|[.!?]\s+)((?:Följande|Dessa|Dessutom)\s+(?:var|voro)\s+närvarande"
                            r"|Närvarande\s+(?:var|voro)|Följande\s+(?:deltog|närvarade|medverkade))\s*:\s*$")
# a line opening the sentence of those present beside a roll call's members ("Även X, Org, och Y, Org, noterades som
# närvarande.")
_ALSO_PRESENT = re.compile(r"\s*(?:Även|Dessutom)\s")


class ListRules(RulesBase):
    def _list_heading_kind(self, ln: Line) -> str | None:
        """The kind of list a heading line names by its words ("Närvarande ledamöter", "Tjänstepersoner
        och medverkande (Namn, Organisation)", "Frånvarande"), or None when its words name none."""
        text = _heading_text(ln.text)
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
        best = difflib.get_close_matches(k, list(LIST_HEADINGS), n=1, cutoff=0.86)
        if best and len(k) >= 7:
            return LIST_HEADINGS[best[0]]
        if "," in text or text.endswith(".") or _name_like(text) and not (
                text.isupper() and re.search(LIST_KIND_WORDS[0][0], k)) \
                and k not in _CAPITALISED_HEADINGS:      # "ANMÄLT FÖRHINDER": no name
            return None     # (but "Tjänstgörande Ersättare", a list's words capitalised as a heading: no name)
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

    def _from_report(self, entries: list[Entry]) -> bool:
        """The entries (one or more) are a meeting app's report's: each on a line with the times its person joined
        and left, none with an organisation or a role."""
        return bool(entries) and all(e.line in self.report_lines and not (e.org or e.role) for e in entries)

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

    def _list_headings(self, item_lines: set[int] | None = None) -> list[tuple[int, str, Column]]:
        """List headings by their shape: a heading line followed by name lines. The kind comes from the
        heading's words where they say it ("deltagare" where they do not); a heading whose words name no
        list needs "(Namn, ...)" after it or three name lines with organisations under it. Two headings
        side by side ("Närvarande ledamöter      Övriga medverkande") head two columns of names."""
        heads: list[tuple[int, str, Column]] = []
        unplaced: list[int] = []        # headings of no list's words over described names, no list before them
        items = item_lines or set()
        for ln in self.lines:
            if self.ex is not None and ln.n <= self.ex.notice_end:
                continue        # the notice of the meeting before its protocol: its chair's signature no list
            if ln.n in self.sub_heads:
                continue        # a part's heading inside a list (`_sub_headings`)
            if re.search(r"\.{6,}|_{6,}|…{3,}", ln.text) and _CHAIR_LABELS.get(
                    _heading_words(kw(re.sub(r"[._…:\s]+$", "", ln.text.strip()), self.lx))) \
                    or self._under_signatures(ln.n):
                continue        # a signature's line ("Ordförande: ...................") heads no list
            # (an item of the roll call titled as a list's heading, the names right under it: "2. Närvaro:" / "· Åk 8:
            # Omar Holm & Linnea Ek" / ...): the item's title heads the list
            if ln.n in items and ln.text.rstrip().endswith(":") and (hit := item_number(ln.text)) and hit[1] \
                    and (kind := self._list_heading_kind(self.text_line(ln.n, hit[1]))) \
                    and (nxt := self._next_nonblank(ln.n, len(self.lines))) is not None \
                    and self._entry_of(self.L(nxt)):
                heads.append((ln.n, kind, None))
                continue
            if len(ln.cells) <= 1 and ln.n not in items and (tail := _PRESENCE_TAIL.search(ln.text)) \
                    and (kind := self._list_heading_kind(self.text_line(ln.n, tail.group(1)))) \
                    and self._names_ahead(ln.n)[0] >= 2:
                heads.append((ln.n, kind, None))
                continue
            prev = self._prev_nonblank(ln.n) if items else None
            if prev in items and (head := item_number(re.sub(r"\s{2,}.*$", "", self.L(prev).text.strip()))) \
                    and head[1] is None:
                continue        # an item's title under its number alone ("§ 5" / "Ny ledamot i presidiet")
            inside_agenda = bool(items) and min(items) < ln.n < max(items)   # "Föredragande: X" in an item
            # (but the first item, the meeting's opening, may hold the meeting's lists: "1. Välkommen" / "X öppnade
            # mötet." / "Deltagare: A (Org), B (Org)" / "2. Dagordning")
            if inside_agenda and len(items) >= 3 and ln.n < sorted(items)[1] \
                    and (m0 := _INLINE_HEAD.match(ln.text)) and not _PRESENTER_LABEL.match(kw(m0.group(1), self.lx)):
                inside_agenda = False
            # (and an item of the roll call holds them: "§ 3: Upprop." / "Närvarande 9 av 12: A, Org, B, Org")
            if inside_agenda and (m0 := _INLINE_HEAD.match(ln.text)) and self._in_roll_call(ln.n, items) \
                    and not _PRESENTER_LABEL.match(kw(m0.group(1), self.lx)):
                inside_agenda = False
            if ln.n not in items and not inside_agenda and len(ln.cells) == 3 and ln.cells[0].rstrip().endswith(":") \
                    and (kinds := [self._list_heading_kind(self.text_line(ln.n, c)) for c in ln.cells]) \
                    and all(kinds) and len(starts := _cell_starts(ln.raw)) == 3 \
                    and not self.L(ln.n + 1).raw[:starts[1]].strip() \
                    and self._entry_of(self._side(ln.n + 1, ("L", starts[2]))) \
                    and self._entry_of(self._side(ln.n + 1, ("R", starts[2]))):
                # "Närvarande:   Ledamöter          Tjänstgörande ersättare": a label over two columns of names, each
                # headed by its list (the label's column empty under it; not three headings over three columns)
                heads += [(ln.n, kinds[1], ("L", starts[2])), (ln.n, kinds[2], ("R", starts[2]))]
                continue
            if ln.n not in items and not inside_agenda and len(ln.cells) == 2 \
                    and (lab := re.fullmatch(r"([^:]{3,30}):\s+(\S[^:]{2,30})", ln.cells[0].strip())) \
                    and self._list_heading_kind(self.text_line(ln.n, lab.group(1))) \
                    and (kinds := [self._list_heading_kind(self.text_line(ln.n, c))
                                   for c in (lab.group(2), ln.cells[1])]) \
                    and all(kinds) and len(starts := _cell_starts(ln.raw)) == 2 \
                    and self._entry_of(self._side(ln.n + 1, ("L", starts[1]))) \
                    and self._entry_of(self._side(ln.n + 1, ("R", starts[1]))):
                # the same with the label and the left column's heading one space apart ("Närvarande: Ledamöter
                # Tjänstgörande ersättare")
                heads += [(ln.n, kinds[0], ("L", starts[1])), (ln.n, kinds[1], ("R", starts[1]))]
                continue
            if ln.n not in items and not inside_agenda and len(ln.cells) == 2 \
                    and all(c.rstrip().endswith(":") for c in ln.cells) \
                    and (kinds := [self._list_heading_kind(self.text_line(ln.n, c)) for c in ln.cells]) and all(kinds) \
                    and len(starts := _cell_starts(ln.raw)) == 2 \
                    and self._entry_of(self._side(ln.n + 1, ("L", starts[1]))) \
                    and self._entry_of(self._side(ln.n + 1, ("R", starts[1]))):
                # "Närvarande:      Ej närvarande:": two headings with their colons side by side over two columns of
                # names, no list after either colon
                heads += [(ln.n, kinds[0], ("L", starts[1])), (ln.n, kinds[1], ("R", starts[1]))]
                continue
            # (the officers in one line, each seat before the name and no label: "Ordförande Karin Holm, Sekreterare
            # Emelie Ek, Samordnare Maria Berg.": members, their seats noted)
            if ln.n not in items and not inside_agenda and (officers := self._officers_line(ln)):
                self.running_columns[ln.n] = officers
                heads.append((ln.n, "ledamoter", None))
                continue
            if ln.n not in items and not inside_agenda and (m := _INLINE_HEAD.match(ln.text)
                                                             or LABEL_WITH_NOTE.match(ln.text)) \
                    and not ((items and ln.n > min(items) or self._under_item_heading(ln.n)
                              or self._under_plain_title(ln.n))
                             and _PRESENTER_LABEL.match(kw(m.group(1), self.lx))) \
                    and not self._qualifier(m.group(2)) and not self._label_row(ln):
                # ("Närvarande: övriga", "Deltagare: ledamöter": the words after the colon say which list, the line
                # is the list's heading)
                # ("Föredragande: X" under the last item presents it: no list)
                head = self.text_line(ln.n, m.group(1))
                # (the office as a label before its names: "Från kansliet: Lena Holm" is those present beside the
                # members; alone over a name line, a heading of no list, "Från kansliet" / "Cecilia Vik, Org")
                kind = self._list_heading_kind(head) or ("ovriga" if re.fullmatch(r"fran (?:kansliet|sekretariatet)",
                                                                                  fold(m.group(1))) else None)
                if kind and self._inline_entries(ln.n)[0]:
                    # (a form's note after the label, no name on its line, the list under it: "Närvarande: Ange ev.
                    # nedan" / "Sammankallande Cecilia Holm (Oskarshamns kommun)" / ...)
                    note = not re.search(r"[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ][a-zåäöé]", m.group(2)) \
                        and not self._list_heading_kind(self.text_line(ln.n, m.group(2).strip(" :"))) \
                        and self._entry_of(self.L(ln.n + 1)) and not self.L(ln.n + 1).blank
                    heads.append((ln.n, kind, None if note else ("inline", len(m.group(0)) - len(m.group(2)))))
                    continue
            if ln.n not in items and (not inside_agenda or self._in_roll_call(ln.n, items)) \
                    and (mid := self._mid_line_label(ln, header=not inside_agenda)):
                heads.append((ln.n, mid[0], ("inline", mid[1])))
                continue
            if len(ln.cells) >= 3 and ln.n not in items and not inside_agenda \
                    and fold(ln.cells[0]).strip(" :") == "parti" \
                    and (kind := self._list_heading_kind(self.text_line(ln.n, ln.cells[1]))) \
                    and all(_column_head(c) or _PRESENCE_HEAD.fullmatch(fold(c).strip(" :")) for c in ln.cells[2:]):
                heads.append((ln.n, kind, None))    # "Parti    Ledamöter    Närvarande": a party's column first
                continue
            named = len(ln.cells) >= 2 and fold(ln.cells[0]).strip(" :") in ("namn", "name")
            if len(ln.cells) >= 2 and ln.n not in items and not inside_agenda and all(
                    _column_head(c) or named and _PRESENCE_HEAD.fullmatch(fold(c).strip(" :")) for c in ln.cells[1:]):
                first = self.text_line(ln.n, ln.cells[0])
                kind = self._list_heading_kind(first)
                # (or the names' column head, "Namn   Organisation   Närvarande (J/N)", before the first item: the
                # meeting's participants, its marks read by `_presence_mark`)
                if kind is None and named \
                        and (not items or ln.n < min(items)) and self._names_ahead(ln.n)[0] >= 2 \
                        and not any(self._list_heading_kind(self.L(m)) for m in range(max(1, ln.n - 3), ln.n)
                                    if not self.L(m).blank):
                    kind = "deltagare"
                if kind and self._names_ahead(ln.n)[0]:
                    heads.append((ln.n, kind, None))    # "Deltagare    Organisation    Uppdrag": heading and
                    continue                            # table head in one row
            if len(heads) >= 2 and heads[-1][0] == heads[-2][0] == self._prev_nonblank(ln.n) \
                    and heads[-2][2] and heads[-2][2][0] == "L" and heads[-1][2] and heads[-1][2][0] == "R" \
                    and len(ln.cells) == 1 and len(ln.raw.rstrip()) < heads[-1][2][1] \
                    and self._list_heading_kind(ln) in (heads[-2][1], "ledamoter"):
                continue        # "Beslutande      Övriga deltagande" / "Ledamöter": the left list's own word under it
            if len(ln.cells) == 1 and ln.n not in items and not inside_agenda and (flush := self._flush_label(ln)):
                if ln.text.count(",") >= 3 and self.L(ln.n + 1).text[:1].islower() \
                        and self._inline_entries(ln.n, at=flush[1])[0]:
                    # a running list wrapped with its words ("Dessutom närvarande Per Ek, socialchef, Eva Lund,
                    # enhetschef ekonomiskt" / "bistånd, Karin Berg, ..."): read as after a label's colon
                    heads.append((ln.n, flush[0], ("inline", flush[1])))
                    continue
                self.flush_labels[ln.n] = flush[1]      # "Beslutande Anna Holm (Kalmar kommun)" / "Per Ek (...)"
                heads.append((ln.n, flush[0], None))
                continue
            if ln.n not in items and not inside_agenda and (gap := re.match(r"(\S(?:.*?\S)?) {2}(?=\S)", ln.raw)) \
                    and len(gap.group(1).split()) <= 3 and not _name_like(gap.group(1)) \
                    and (k2 := self._list_heading_kind(self._side(ln.n, ("L", gap.end())))) \
                    and ((run2 := self._running_column(ln.n, gap.end()))
                         or self._label_column(ln.n, gap.end(), self._side(ln.n, ("R", gap.end())))):
                # "Närvarande  Emma Rydh, Region Kalmar län      Simone Sandel, Kalmar" / "            Diana ...": a
                # label two spaces from the value column (the cells part at three), the list's lines under it
                # (or a running list there: "Övriga närvarande  Lena Holm (Org), Per Ek (Sekreterare), ...")
                if run2:
                    self.running_columns[ln.n] = run2
                else:
                    self.label_heads.add(ln.n)
                heads.append((ln.n, k2, ("R", gap.end())))
                continue
            tight = self._tight_label(ln, heads) if len(ln.cells) == 1 and ln.n not in items else None
            # (a label beside an entry of two columns, a name and a role: "Beslutande:    Emmy Ahlstedt    ordförande":
            # the value column starts at the second cell)
            if (len(ln.cells) == 2 or tight is not None or len(ln.cells) == 3
                    and self._list_heading_kind(self.text_line(ln.n, ln.cells[0]))) and ln.n not in items:
                starts = _cell_starts(ln.raw)
                c = tight if tight is not None else starts[1] if len(ln.cells) == 3 and len(starts) == 3 \
                    else starts[-1]
                left, right = self._side(ln.n, ("L", c)), self._side(ln.n, ("R", c))
                kl, kr = self._list_heading_kind(left), self._list_heading_kind(right)
                if kl and left.text.strip()[:1].islower() and self._under_label(ln.n, c):
                    kl = None       # a label's word wrapped under it ("Övriga      X" / "närvarande  Y"): no heading
                if kl and ln.n > 1 and self._side(ln.n - 1, ("L", c)).text.rstrip().endswith(","):
                    kl = None       # an entry's role wrapped in its cell ("Emma Halme (Org)," / "1:e vice ordförande")
                if self._label_tail(ln.n, c) and (full := self._label_text(ln.n, c)) != left.text:
                    # a label wrapped over the lines under it names its list by all its words
                    kl = self._list_heading_kind(self.text_line(ln.n, full)) or kl
                if (kl or kr) and not (kl and kr) and ln.n < len(self.lines) \
                        and self._heading_shaped(right if kl else left) \
                        and not self._entry_of(right if kl else left) \
                        and self._entry_of(self._side(ln.n + 1, ("R" if kl else "L", c))):
                    # "Presidiet      Övriga": beside a heading naming a list, a heading of no list word over name
                    # lines in its own column heads a list too (its kind settled with the others below)
                    kl, kr = kl or "deltagare", kr or "deltagare"
                if kl and kr:
                    heads += [(ln.n, kl, ("L", c)), (ln.n, kr, ("R", c))]
                elif kl and not kr and (run := self._running_column(ln.n, c) or self._running_prose(ln.n, c)):
                    # "Beslutande   A (Region Kalmar län) (ordförande), B" / "närvarande   (Kalmar kommun), C (...)":
                    # a running list in the value column, wrapped over its lines
                    self.running_columns[ln.n] = run
                    heads.append((ln.n, kl, ("R", c)))
                elif kl and not kr and self._label_column(ln.n, c, right):
                    # "Beslutande      Anna Holm, Kalmar kommun" / "                Per Ek, ...": a label in the
                    # left column, its entries in the right one from the label's own line down
                    self.label_heads.add(ln.n)
                    heads.append((ln.n, kl, ("R", c)))
                elif kr and not kl \
                        and re.match(r"(?:plats|datum|tid|lokal|dag|mötesdatum)\s*:", left.text.strip().lower()) \
                        and self._entry_of(self._side(ln.n + 1, ("R", c))):
                    # a header's field in the left column, a list's heading in the right one over its names ("Plats:
                    # Regionhuset, Kalmar.      Närvarande:" / "Datum: 830415      Anna Holm, ordförande")
                    heads.append((ln.n, kr, ("R", c)))
                elif kr and (self._entry_of(left) or self.orgs.resolve(left.text.strip(" ,"))) \
                        and any(col and col[0] == "R" and abs(col[1] - c) <= 4
                                                         for _, _, col in heads):
                    # a heading further down the right column, beside a name of the left one ("Sekreterare")
                    heads.append((ln.n, kr, ("R", next(col[1] for _, _, col in heads
                                                        if col and col[0] == "R" and abs(col[1] - c) <= 4))))
                continue
            if ln.n in items or not self._heading_shaped(ln) or fold(ln.text) == "bildspel" or self._table_head(ln):
                continue            # a table's column heads ("Namn / Organisation") head no list of their own
            label = lab.group(1) if (lab := _INLINE_HEAD.match(ln.text)) else ln.text
            if (inside_agenda or items and ln.n > min(items) or self._under_plain_title(ln.n)) \
                    and _PRESENTER_LABEL.match(kw(label, self.lx).strip(" :")):
                continue            # "Föredragande" over a name line, or "Föredragande: X", in an item: its presenter
            kind = self._list_heading_kind(ln)
            names, with_org = self._names_ahead(ln.n)
            if not names:
                nxt = self._next_nonblank(ln.n, len(self.lines))
                if kind and nxt is not None and (subs := self._sub_headings(nxt)):
                    self.sub_heads |= subs          # "Närvarande:" / "Sammankallande" / names / "Företrädare för
                    heads.append((ln.n, kind, None))  # kommunerna" / names: one list, its parts headed
                    continue
                if kind and nxt is not None and (self._list_heading_kind(self.L(nxt)) and self._names_ahead(nxt)[0]
                                                 or (m1 := _INLINE_HEAD.match(self.L(nxt).text))
                                                 and self._list_heading_kind(self.text_line(nxt, m1.group(1)))
                                                 and self._inline_entries(nxt)[0]):
                    self.super_heads.add(ln.n)      # "Närvarande" over "Ledamöter:" and "Övriga:" (or their running
                    continue                        # lists: "NÄRVARANDE" / "Förtroendevalda: A, Org, B, Org")
                if kind and nxt is not None and self.ex is not None and not self._is_heading(nxt) \
                        and item_number(self.L(nxt).text) is None and not self._heads_prose(ln.n):
                    self.ex.incomplete.append(f"list '{ln.text}' (line {ln.n}): no name line read under it "
                                              f"(line {nxt} and on)")
                continue
            if kind is None and ln.text.isupper() and self._heads_prose(ln.n):
                continue    # a heading in capitals over a sentence ("NY LEDAMOT I LÄNSGEMENSAM LEDNING" / "Per Ek,
                #             Emmaboda kommun, ersätter ..."): an item's heading
            if kind is None and (own := self._entry_of(ln)) and all(
                    fold(e.name.split()[0]) in GIVEN_NAMES and len(e.name.split()) >= 2 for e in own) \
                    and (not self.L(ln.n - 1).blank and (above := self._entry_of(self.L(ln.n - 1)))
                         and all(e.org for e in above) or heads and heads[-1][0] == self._prev_nonblank(ln.n)):
                continue    # a name line right under another with its organisation ("Rebecka Holm Polismyndigheten" /
                #             "Katarina Ek Åklagarmyndigheten"), or under a list's heading ("Närvarande:" / "Petra Holm
                #             Ordförande"): the list going on, no heading of one
            if kind is None:
                # no word names a list: "(Namn, ...)" after it, or three name lines with organisations
                # among the lists (after the last item, or after a named list), not an item's presenters
                tail = _PAREN_TAIL.search(ln.text)
                named_columns = bool(tail and re.match(r"\(?\s*namn\b", _heading_words(fold(tail.group(0)))))
                prev = self._prev_nonblank(ln.n)
                # among the lists: after the last item, or after a named list (before the first item, where
                # two name lines with organisations make a list: "Representanter" / "Name, Org" / "Name, Org")
                # (with no named list before it either, at least two such lines right under the header's lines:
                # "Presidiet" / "Name, Org" / ... before the first item)
                before_agenda = bool(items) and ln.n < min(items) and (bool(heads) or self._first_block(ln.n))
                # (with no numbered items: right under a named list, only its name lines between)
                next_list = not items and bool(heads) and all(
                    self.L(m).blank or self._entry_of(self.L(m)) for m in range(heads[-1][0] + 1, ln.n))
                among_lists = (ln.n > max(items) if items else bool(heads)) or before_agenda
                # (or name lines each with words after the name, a title or an organisation the graph does not
                # know: "Kommunens representanter" / "Jonny Holm (JH), Kommunstyrelsens ordförande" / ...)
                # (the heading no name line itself: no two capitalised words in a row, "Vice ordförande Jabil Seven
                # (C)")
                described = with_org == names or not self._entry_of(ln) \
                    and not re.search(r"[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ][a-zåäöé]", ln.text) \
                    and self._described_ahead(ln.n) == names
                if named_columns or (among_lists and prev not in items and described
                                     and names >= (2 if before_agenda or next_list else 3)):
                    # (a heading worded as an earlier list's, its last word the same: "Pensionärsorganisationernas
                    # representanter" / ... / "Kommunens representanter": the same kind of list)
                    kind = next((k for h, k, _c in reversed(heads) if k != "-" and self._worded_alike(h, ln.n)),
                                "deltagare")
                    # (and one so worded before it, passed over where no list stood before it yet: the same kind)
                    heads += [(m, kind, None) for m in unplaced if self._worded_alike(m, ln.n)]
                else:
                    if described and names >= 2 and prev not in items and (not items or ln.n < min(items)):
                        unplaced.append(ln.n)
                    continue
            heads.append((ln.n, kind, None))
        # (two headings or more so passed over, worded alike, no list before either: "Pensionärsorganisationernas
        # representanter" / ... / "Kommunens representanter" / ...: lists of one kind)
        placed = {h for h, _k, _c in heads}
        for m in unplaced:
            if sum(self._worded_alike(o, m) for o in unplaced) >= 2 and m not in placed:
                heads.append((m, "deltagare", None))
        return sorted(heads, key=lambda h: h[0])

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

    def _mid_line_label(self, ln: Line, header: bool = True) -> tuple[str, int] | None:
        """A list's label after a sentence's end inside a header line, its names after it ("Plats: Habiliteringen,
        Kalmar. Deltagande: Anna Holm, Per Ek, ..."), or opening the value column beside a margin's label ("Upprop
        Närvarande ledamöter: Anna Holm, ..."): the list's kind and where its names start on the line; None where
        the line opens with a list's label of its own, or no label there names a list with names after it.
        `header`: the line is among the header's (else in the roll call's item, a margin's label only)."""
        if self.ex is None or not self.ex.meeting_lines or header and ln.n > self.ex.meeting_lines[1] + 12:
            return None
        # (or the end of a sentence of the roll call, its label's word in lower case before the colon: "Vid
        # avprickningen noterades följande närvarande: Camilla Holm (Kalmar kommun), ...")
        if (said := re.search(r"\b(?:följande|foljande)\s+(närvarande|narvarande|deltagare|frånvarande|franvarande)"
                              r"\s*:\s+(?=[A-ZÅÄÖ])", ln.text)) \
                and (kind := self._list_heading_kind(self.text_line(ln.n, said.group(1).capitalize()))) \
                and kind != "-" and self._inline_entries(ln.n, at=said.end())[0]:
            return kind, said.end()
        if len(ln.cells) <= 1 and (m0 := _INLINE_HEAD.match(ln.text)) \
                and self._list_heading_kind(self.text_line(ln.n, m0.group(1))):
            return None
        a, _b = self._paragraph_at(ln.n)
        if any((m1 := _INLINE_HEAD.match(self.L(i).text)) and self._list_heading_kind(self.text_line(i, m1.group(1)))
               for i in range(a, ln.n)):
            return None     # a line of a list's sentence begun above ("Närvarande: ... Övriga: X"): its own labels
        if len(ln.cells) == 2 and len(ln.cells[0].split()) <= 3 and (at := ln.text.find(ln.cells[1])) > 0 \
                and (lab := re.match(r"([A-ZÅÄÖ][\wåäöé]+(?: [a-zåäöé]+)?):\s+(?=[A-ZÅÄÖ])", ln.cells[1])) \
                and (kind := self._list_heading_kind(self.text_line(ln.n, lab.group(1)))) and kind != "-" \
                and self._inline_entries(ln.n, at=at + lab.end())[0]:
            return kind, at + lab.end()
        if not header:
            return None
        # (or right after a date, a web page's lines run together: "Minnesanteckningar från mötet
        # 2073-10-19Närvarande: Ola Karlsson, ...")
        for m in re.finditer(r"(?:(?<=[.;])|(?<=\d\d))\s+([A-ZÅÄÖ][\wåäöé]+(?: [a-zåäöé]+)?):\s+(?=[A-ZÅÄÖ])",
                             ln.text):
            kind = self._list_heading_kind(self.text_line(ln.n, m.group(1)))
            if kind and kind != "-" and self._inline_entries(ln.n, at=m.end())[0]:
                return kind, m.end()
        return None

    def _flush_label(self, ln: Line) -> tuple[str, int] | None:
        """A list's label flush with its first entry, one space between, as a text layer writes a label column
        ("Beslutande Anna Holm (Kalmar kommun) ordförande", "Övriga deltagare Per Ek, utvecklingsledare, Region
        Kalmar län"), the list going on at the margin under it: the list's kind and where the entry starts. The
        label's words alone name a list (one to three words, no name among them), what follows is an entry that
        names its organisation or capacity, and the next line is an entry too or another such label."""
        raw = ln.raw
        if raw[:1].isspace() or ":" in raw.split("(")[0] or not raw.strip()[:1].isupper():
            return None
        words = list(re.finditer(r"\S+", raw))
        for k in (1, 2, 3):
            if len(words) <= k + 1:
                break
            c = words[k].start()
            label = raw[:c].strip()
            right = self._flush_entry(ln.n, c)
            if not right.text[:1].isupper() or _name_like(label) or self.orgs.resolve(label) \
                    or _ROLE_RE.search(kw(label, self.lx)) or re.search(r"\bordf\b|\bsekr\b|\badj\b", fold(label)):
                continue        # (a role before a name, "Ordf. Anna Holm, ...", "Sekr. Per Ek": no list's label)
            kind = self._list_heading_kind(self.text_line(ln.n, label))
            if kind != "-" and re.search(r"\b(?:var|voro|är|ar|deltog|deltar|närvarade|narvarade)$", label.lower()):
                return None     # a sentence of presence, "Närvarande var Anna Holm, ordförande, och ...": no label
            # (or its party in brackets, a kommun's nämnd: "Övriga närvarande Ulf Ek (KD), ersättare")
            # (or its title: "Dessutom närvarande Per Ek, socialchef, Eva Lund, enhetschef")
            if not kind or not (got := self._entry_of(right)) \
                    or not (got[0].org or got[0].role or got[0].post or re.search(PARTY_BRACKET, right.text)):
                continue
            if (kind == "-" or _heading_words(kw(label, self.lx)) in LIST_HEADINGS) and ln.n < len(self.lines) \
                    and self.L(ln.n + 1).blank:
                return kind, c      # the list's one line ("Frånvarande Lennart Holm (KD), ledamot" / ""; not a seat's
                #                     word before the name, "Tjänstgörande ersättare Karin Ek, Org", nor a sentence)
            nxt = self._next_nonblank(ln.n, len(self.lines))
            if nxt is None or nxt - ln.n > 2:
                return None
            below = self.L(nxt)
            # (or the running list's words wrapped onto it: "... Eva Lund, enhetschef ekonomiskt" / "bistånd, Per Ek,
            # ...")
            return (kind, c) if self._flush_label(below) or self._entry_of(below) and not below.raw[:1].isspace() \
                or below.text[:1].islower() and below.text.count(",") >= 2 else None
        return None

    def _value_column(self, n: int, c: int) -> tuple[list[tuple[int, str]], str, list[tuple[int, int]]]:
        """A label's value column from line n down, while nothing stands in the label column but the label's wrapped
        word in lower case: its lines (line, text), their text joined, and where each line starts in it."""
        parts: list[tuple[int, str]] = []
        m = n
        while m <= len(self.lines) and not self.L(m).blank:
            left, right = self._side(m, ("L", c)).text.strip(), self._side(m, ("R", c)).text.strip()
            if m > n and (left and not left[:1].islower() or not right):
                break
            parts.append((m, right))
            m += 1
        text, starts = "", []
        for line, t in parts:
            starts.append((len(text), line))
            text += t + " "
        return parts, text, starts

    def _running_column(self, n: int, c: int) -> list[Entry]:
        """A label's value column holding a running comma list wrapped over the lines under it (nothing in the label
        column there but the label's wrapped word in lower case), its brackets broken over lines too: the entries,
        each on the line its name starts on; none unless two or more, every piece read as an entry."""
        from .extract_entries import _without_part_note  # (a module that imports this one)

        parts, text, starts = self._value_column(n, c)
        if "," not in text or text.rstrip().endswith(","):
            return []
        # (a running list, not a list of one entry a line with a role after a comma: some line holds two names)
        if not any(sum(bool(re.match(r"\s*(?:och\s+)?[A-ZÅÄÖÉ][\w-]+\s+[A-ZÅÄÖÉ]", p))
                       for p in _COMMA_PIECE.findall(t)) >= 2 for _line, t in parts):
            return []
        pieces = [(p.start(), p.group(0)) for p in _COMMA_PIECE.finditer(text)]
        out: list[Entry] = []
        for at, piece in pieces:
            # (the name's own start: after the space or the "och" joining it to the line before, which may be that
            # line's; a name opening a line is on that line)
            lead = len(piece) - len(re.sub(r"^[\s.]*(?:(?:och|samt)\s+)?", "", piece))
            piece = re.sub(r"^\s*(?:och|samt)\s+", "", _without_part_note(piece.strip(" ."))).strip()
            if not piece:
                continue
            line = next(ln for pos, ln in reversed(starts) if pos <= at + lead)
            got = self._entry_of(self.text_line(line, piece))
            if len(got) != 1:
                return []
            out.extend(got)
        return out if len(out) >= 2 else []

    def _running_prose(self, n: int, c: int) -> list[Entry]:
        """A label's value column written as a sentence of people, titles before names and the paragraphs attended
        after them ("Övriga deltagare   Utvecklingsledare Sofia Ludvigsson, Kommunförbundet i Kalmar" / "län, Emma
        Rydh och Kristin Irebring från Region Kalmar län 23," / "26-27, psykiatrisamordnare Per Lindahl 24, ..." /
        "samt sekreterare Ida Franzén"): each name with the organisation after it (shared by the names before it
        that have none), on the line it starts on; none unless three or more, every piece a name or an
        organisation."""
        parts, text, starts = self._value_column(n, c)
        # (a sentence wrapped over its lines, one opening in lower case or one ending on a comma: not a list of one
        # entry a line, "Jessica Lekselius, kansliet" / "Niklas Teodorsson, kansliet")
        if len(parts) < 2 or "," not in text or not any(
                t[:1].islower() or t.rstrip().endswith(",") for _line, t in parts[1:]):
            return []
        out: list[Entry] = []
        pending: list[Entry] = []
        for piece_m in re.finditer(r"[^,]+", text):
            for sub in re.finditer(r"(?:(?<=\s)(?:och|samt)\s+)?((?:(?!\s(?:och|samt)\s).)+)", piece_m.group(0)):
                piece = re.sub(r"\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*$", "", sub.group(1)).strip(" .")
                piece = re.sub(r"^(?:och|samt)\s+", "", piece)
                if not piece or re.fullmatch(r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?", piece):
                    continue
                at = piece_m.start() + sub.start(1)
                line = next(ln for pos, ln in reversed(starts) if pos <= at)
                if self._entry_org(piece) or self._capacity(piece):  # type: ignore[attr-defined]
                    for e in pending:
                        self._set_org(e, piece)  # type: ignore[attr-defined]
                    pending = []
                    continue
                words = piece.split()
                lead = 0        # the title before the name ("psykiatrisamordnare", "Utvecklingsledare")
                while lead < len(words) - 2 and (words[lead][:1].islower()
                                                 or TITLE_BY_ENDING.fullmatch(kw(words[lead], self.lx))
                                                 or _ROLE_RE.fullmatch(kw(words[lead], self.lx))):
                    lead += 1
                via = re.match(r"(.+?)\s+(?:från|vid|på|i)\s+(.+)$", " ".join(words[lead:]))
                name = via.group(1) if via and self._entry_org(via.group(2)) else " ".join(words[lead:])  # type: ignore[attr-defined]
                if not _name_like(name) or not plausible_name(name) or not self._accept_name(name):  # type: ignore[attr-defined]
                    return []
                e = Entry(name, line)
                if lead and self._capacity(title := " ".join(words[:lead])):  # type: ignore[attr-defined]
                    self._set_org(e, title)  # type: ignore[attr-defined]     # "brukarrepresentant Annelie Hawlitzky"
                elif lead:
                    self._note_post(e, " ".join(words[:lead]))  # type: ignore[attr-defined]
                out.append(e)
                if e.role:
                    continue
                if via and name == via.group(1):
                    for p in [*pending, e]:
                        self._set_org(p, via.group(2))  # type: ignore[attr-defined]
                    pending = []
                else:
                    pending.append(e)
        return out if len(out) >= 3 else []

    def _org_legend(self, lists: list[AttendanceList], end: int) -> None:
        """The organisations written apart from the lists, in a paragraph of their own before the items
        ("Organisation: Anna Holm och Per Ek Oskarshamns kommun, Eva Lund Borgholms kommun, ..."): each name of the
        lists it names takes the organisation after it (after the last of names joined by "och")."""
        people = {fold(e.name): e for lst in lists for e in lst.entries}
        if not people:
            return
        longest_first = sorted(people, key=len, reverse=True)
        for n in range(1, min(end, len(self.lines)) + 1):
            m = _ORG_LEGEND.match(self.L(n).text)     # (a list read ends there too: `_entries`)
            if not m:
                continue
            _a, b = self._paragraph_at(n)
            text = " ".join([m.group(1), *(self.L(i).text.strip() for i in range(n + 1, min(b, end) + 1))])
            for chunk in re.split(r",\s*", text.strip(" .")):
                names: list[str] = []
                rest = chunk.strip()
                while (hit := next((k for k in longest_first if fold(rest).startswith(k + " ")), None)):
                    names.append(hit)
                    rest = re.sub(r"^(?:och|samt)\s+", "", rest[len(hit):].strip())
                if names and rest and self._entry_org(rest):  # type: ignore[attr-defined]
                    for k in names:
                        if not people[k].org:
                            self._set_org(people[k], rest)  # type: ignore[attr-defined]
            return

    def _flush_entry(self, n: int, c: int) -> Line:
        """Line n from offset c: the entry beside a label flush with it (`_flush_label`)."""
        ln = self.L(n)
        t = strip_markup(ln.raw[c:])
        return Line(n, ln.raw[c:], t, kw(t, self.lx), [x.strip() for x in re.split(r"\t| {2,}", t) if x.strip()],
                    ln.layout)

    def _label_row(self, ln: Line) -> bool:
        """A label's row of a label column beside an entry of two columns, a name and a role ("Beslutande:    Emmy
        Ahlstedt    ordförande"): read as label and value columns, not as the label's inline list."""
        if len(ln.cells) not in (2, 3) or not _INLINE_HEAD.match(ln.cells[0] + " x") \
                or not plausible_name(ln.cells[1]) or ln.n >= len(self.lines):
            return False
        value = "   ".join(ln.cells[1:])
        if not self._entry_of(Line(ln.n, value, value, kw(value, self.lx), ln.cells[1:])):
            return False
        # (two cells: only where the lines under it go on in the value column, one of the first three a name and a
        # role)
        starts = _cell_starts(ln.raw)
        if len(starts) != len(ln.cells):
            return False        # (cells parted by pipes or tabs: a table's row, no label column)
        c = starts[1]
        under = list(itertools.takewhile(lambda m: self._under_label(m, c), range(ln.n + 1, len(self.lines) + 1)))
        return len(ln.cells) == 3 or bool(under) and any(len(self._side(m, ("R", c)).cells) == 2 for m in under[:3])

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

    def _tight_label(self, ln: Line, heads: list[tuple[int, str, Column]]) -> int | None:
        """The value column's offset when line `ln` is a label whose words fill the label column up to two spaces
        before the value column that the label columns above use ("Tjänstgörande ersättare  Marie Holm, ..."
        under "Beslutande ledamöter     Anna Ek, ..."): the line parts there as a label column's line does."""
        # (or the value column of a label with its colon above, "Beslutande:      Patrik Ek, ...")
        # (or of a label beside a heading in the value column, "Beslutande      Ledamöter" over "    Anna Ek, ...")
        cols = [col[1] for m, _, col in heads
                if col and (col[0] == "R" and (m in self.label_heads or (m, ("L", col[1])) in
                                               {(m2, c2) for m2, _, c2 in heads})
                            or col[0] == "inline" and self.L(m).raw[col[1] - 2:col[1]] == "  ")]
        if not cols or ln.raw[:1].isspace() or "\t" in ln.raw:
            return None
        c = cols[-1]
        raw = ln.raw
        if not (0 < c < len(raw) and raw[c - 2:c] == "  " and raw[c] != " " and raw[:c].strip()) \
                or heads[-1][2] and heads[-1][2][0] == "inline":
            # (one space only where the label fills the column to the value, one place off: "Övriga deltagande
            # Helene Holm, ..." under "Beslutande:      Patrik Ek, ...")
            for d in (c, c + 1, c - 1):
                if 2 < d < len(raw) and raw[d - 1] == " " and raw[d - 2] != " " and raw[d] != " " \
                        and self._list_heading_kind(self._side(ln.n, ("L", d))) \
                        and self._entry_of(self._side(ln.n, ("R", d))):
                    return d
            return None
        left = self._side(ln.n, ("L", c))
        return c if self._list_heading_kind(left) else None

    def _label_column(self, n: int, c: int, right: Line) -> bool:
        """Line n is a label (from the margin) with an entry beside it, and the next line goes on in the
        entry's column, with no label of its own (or the label's wrapped last word), holding an entry too: a
        list laid out as label and value columns ("Beslutande    Anna Holm, Kalmar kommun" over "
        Per Ek, Vimmerby kommun"). A label with one entry and nothing under it is a list when the entry names
        its organisation, as list lines do ("Övriga deltagande   Per Ek, Vimmerby kommun"), and the label is
        no chair's ("Ordförande   Anna Holm, ...")."""
        ln = self.L(n)
        left = self._side(n, ("L", c)).text.strip()
        # (an entry whose name OCR damaged counts: "Anna Ho1m, Kalmar kommun")
        if ln.raw[:1].isspace() or not left or left[0].islower() or \
                not (got := self._entry_of(right) or self._damaged_cells(right)):
            return False
        m = n + 1 + len(self._label_tail(n, c))        # past the label's wrapped words ("Tjänstgörande" / "ersättare")
        # (or the label's wrapped word beside the entry's bracket wrapped: "Tjänstgörande   Jonny Bengtson (Nybro
        # kommun) för Michael Börjesson" / "ersättare       (Emmaboda kommun)")
        if m <= len(self.lines) and self._side(m, ("R", c)).text.strip().startswith("(") \
                and (not (wl := self._side(m, ("L", c)).text.strip()) or wl[:1].islower()):
            m += 1
        # (the next line a label of its own with its entry: "Övriga ersättare   Lotta Holm (Oskarshamn)" over
        # "Tjänstemän   Per Ek, ...": this label's one entry, as over nothing)
        # (or of another kind: "Övriga närvarande   Kristin Holm, Theo Lund" over "Justerare   Petra Ek")
        own_label = m <= len(self.lines) and not self.L(m).blank \
            and (self.L(m).raw[:1].isupper() or self.L(m).raw[:1].isdigit()) \
            and bool(self._list_heading_kind(self._side(m, ("L", c))) or len(got) >= 2
                     and self._side(m, ("L", c)).text.strip())
        # (past the entry's own words wrapped onto the next line: "Sofia Ludvigsson   Utvecklingsledare,
        # Kommunförbundet" / "i Kalmar län")
        while m < len(self.lines) and not self.L(m).blank and not self._side(m, ("L", c)).text.strip() \
                and self._side(m, ("R", c)).text.strip()[:1].islower() and not self.L(m + 1).blank \
                and not self._entry_of(self._side(m, ("R", c))):
            m += 1
        if m <= len(self.lines) and not self.L(m).blank and not own_label \
                and not ((head := item_number(self.L(m).text)) and head[0] == 1 and head[1]):
            # (the table's last label over the first item, "Adjungerad, SIP   Oskar Lindevall, ..." / "1 Mötets
            # öppnande": as over nothing)
            below = self._side(m, ("R", c))
            return self._under_label(m, c) and bool(self._entry_of(below) or self._damaged_cells(below)
                                                     or self._damaged_alone(below, ("R", c)))
        label = self._label_text(n, c)
        # (or names two people or more, a running list on one line: "Övriga närvarande   Kristin Holm, Theo Lund")
        # (a chair's label too in a table of those present: "Närvarande" / "Ordförande   Emmy Ahlstedt (Org)" /
        # "1:e vice ordförande   ..." / "Ledamöter   ...")
        # (in a table of those present: right under its heading, "Närvarande", or right under a list of its labels
        # read above, "Tjänstemän   A" / "B" / "Sekreterare   Cecilia Frid kansliet"; or under the heading and the
        # body's name, "Närvarande" / "Beredningen" / "Ordförande   Per Ek, Org"; not a form's fields, "Ordförande
        # Agnes Holm" / "Sekreterare   Bertil Ek", before any list or after the lists and a blank line)
        prev = self._prev_nonblank(n)
        in_table = prev is not None and len(self.L(prev).cells) == 1 \
            and self._list_heading_kind(self.L(prev)) in ("ledamoter", "deltagare") \
            or prev is not None and len(self.L(prev).cells) == 1 and self.orgs.resolve(self.L(prev).text) is not None \
            and (above := self._prev_nonblank(prev)) is not None and len(self.L(above).cells) == 1 \
            and self._list_heading_kind(self.L(above)) in ("ledamoter", "deltagare") \
            or n > 1 and (p1 := self._prev_nonblank(n)) is not None and n - p1 <= 2 \
            and (bool(self._entry_of(self._side(p1, ("R", c))))
                 # (or an entry wrapped onto it: "Yvonne Holm (SD), tjänstgö-" / "rande ersättare för Kjell Ek (M)")
                 # (a blank line between the table's groups: "Beslutande   ..." / "" / "Tjänstgörande   ...")
                 or self._side(p1, ("R", c)).text.strip()[:1].islower()) \
            and any(n - 12 <= h < n for h in self.label_heads)
        # (or a members' label over another label of its table: "Beslutande   Marie Holm" / "Ledamöter   Per Ek")
        members_row = own_label and _heading_words(kw(label, self.lx).strip(" :")) not in _CHAIR_LABELS \
            and self._list_heading_kind(self.text_line(n, label)) == "ledamoter"
        # (or the entry's organisation wrapped onto the next line beside the label's wrapped word: "Tjänstgörande
        # Eva Holm ers. Anette Ek," / "ersättare      Vimmerby kommun")
        wrapped_org = bool(right.cells) and right.cells[0].rstrip().endswith(",") and n < len(self.lines) \
            and self._entry_org(self._side(n + 1, ("R", c)).text.strip(" ,")) is not None  # type: ignore[attr-defined]
        return (all(e.org or e.role for e in got) or len(got) >= 2 or in_table or members_row or wrapped_org) \
            and (_heading_words(kw(label, self.lx).strip(" :")) not in _CHAIR_LABELS or in_table)

    def _label_tail(self, n: int, c: int) -> list[str]:
        """The words of a label in the left column wrapped onto the lines under it, with nothing in the value
        column beside them ("Närvarande ej" / "tjänstgörande" / "ersättare")."""
        tail: list[str] = []
        before = self._side(n, ("L", c)).text.strip()
        for m in range(n + 1, len(self.lines) + 1):
            left = self._side(m, ("L", c)).text.strip()
            # (a value beside the wrapped word too, where the label's line ends on a word no label ends on:
            # "Ersättare, ej   Anna Holm" / "tjänstgörande   Per Ek")
            # (or on an adjective wanting its noun: "Beslutande och" / "tjänstgörande" / "ersättare")
            dangling = re.search(r"(?:\b(?:ej|och|samt|for|för|i|av|utan|tjänstgörande|tjanstgorande)|,)\s*$", before,
                                 re.I)
            if self.L(m).blank or self._side(m, ("R", c)).text.strip() and not dangling or not left[:1].islower() \
                    or len(left.split()) > 2:
                break
            tail.append(left)
            before = left
        return tail

    def _label_text(self, n: int, c: int) -> str:
        """A label column's whole label: its line's left cell and the words wrapped under it."""
        return " ".join([self._side(n, ("L", c)).text.strip(), *self._label_tail(n, c)])

    def _under_label(self, m: int, c: int) -> bool:
        """Line m goes on in the value column of a label column above: nothing in the label's column (or the
        label's wrapped word, in lower case: "Beslutande" / "ledamöter") and something in the value's."""
        left = self._side(m, ("L", c)).text.strip()
        return (not left or left[0].islower()) and bool(self._side(m, ("R", c)).text.strip())

    def _side(self, n: int, column: Column) -> Line:
        """Line n, or the part of it in one column of a two-column list ("L" before offset c, "R" from it)."""
        ln = self.L(n)
        if column is None and n in self.flush_labels:
            return self._flush_entry(n, self.flush_labels[n])   # the entry beside a label flush with it
        if column is None or ln.blank:
            return ln
        side, c = column
        part = _tab_side(ln.raw, side)
        if part is None:
            raw = ln.raw.expandtabs(8)
            cut = _column_cut(raw, c)
            part = raw[:cut] if side == "L" else raw[cut:]
        t = strip_markup(part)
        cells = [x.strip(" *|") for x in re.split(r"\t| {3,}|\s\|\s", t) if x.strip(" *|-:")]
        return Line(n, part, t, kw(t, self.lx) if t else "", cells, ln.layout)

    def _names_ahead(self, n: int) -> tuple[int, int]:
        """How many name lines follow line n (blank lines and one unreadable line between them allowed),
        and how many of them name an organisation or capacity."""
        names = with_org = 0
        m = n + 1
        bad = 0
        group = None        # the organisation's line over names ("Hultsfreds kommun:" / "Katrin Kar1sson")
        while m <= len(self.lines) and m not in self.absent_lines:
            ln = self.L(m)
            # (the head row's second line of column heads: "Ledamöter   Närv (N),Frånv (F)" / "Närv tj.g. (NT)")
            if m == n + 1 and not ln.blank and all(_column_head(c) for c in ln.cells):
                m += 1
                continue
            if ln.blank or ln.layout or JUNK_LINE.search(ln.text) or self._table_head(ln) or self._org_line(ln):
                group = self._group_of_line(ln) if not ln.blank and not ln.layout and self._org_line(ln) else group
                m += 1
                continue
            got = self._entry_of(ln) or self._damaged_cells(ln) \
                or [d for d in [self._damaged_alone(ln, None)] if d] \
                or (self._wrapped_entry(ln, self.L(m + 1)) if m < len(self.lines) else [])  # type: ignore[attr-defined]
            # (an OCR-damaged name counts too; an entry wrapped onto the next line too)
            # (a sentence wrapped at a word no list line ends on, "X, Org, ersätter Y som ledamot i" / "gruppen.": no
            # name line)
            # (but a list of names alone wrapped at its "och", the last name under it: "A, B, C och" / "D.")
            if got and re.search(r"\s(?:i|för|och|att|som|av|till|med)$", ln.text.rstrip()) \
                    and not (re.search(r"\s(?:och|samt)$", ln.text.rstrip()) and len(got) >= 2 and m < len(self.lines)
                             and _name_like(self.L(m + 1).text.strip(" ."))):
                got = []
            if not got and group and (under := self._damaged_under(ln, group)) is not None:  # type: ignore[attr-defined]
                got = [under]
            if not got:
                if names and bad == 0 and not self._heading_shaped(ln):
                    bad += 1
                    m += 1
                    continue
                break
            bad = 0
            names += 1
            with_org += all(e.org or e.role for e in got)
            m += 1
        return names, with_org

    def _worded_alike(self, a: int, b: int) -> bool:
        """Lines a and b are headings ending in the same word ("Pensionärsorganisationernas representanter",
        "Kommunens representanter")."""
        last = fold(self.L(a).text).split()[-1:]
        return bool(last) and last == fold(self.L(b).text).split()[-1:]

    def _described_ahead(self, n: int) -> int:
        """How many of the name lines right under line n (up to a blank line), each opening with the name, give words
        beside it: an organisation, a role, a title, an organisation as written, or other words outside brackets."""
        seen = 0
        m = n + 1
        while m <= len(self.lines) and not self.L(m).blank:
            got = self._entry_of(self.L(m))
            if not got:
                break
            rest = self.L(m).text
            if not rest.strip().startswith(got[0].name):
                break       # (a seat's word before the name, "Justerare Per Ek, ledamot": the officers, no list)
            for e in got:
                rest = rest.replace(e.name, "")
            seen += all(e.org or e.role or e.post or e.org_as_written for e in got) \
                or len(got) == 1 and re.search(r"[^\W\d_]{3}", re.sub(r"\([^()]*\)", "", rest)) is not None
            m += 1
        return seen

    def _under_signatures(self, n: int) -> bool:
        """Line n is a signer's label in the block under "Underskrifter" ("Sekreterare: Anna Holm", "Ordförande:"
        / "Per Ek"): a signature, no list; the block's lines run from the heading with no blank line between."""
        m = n - 1
        while m >= 1 and n - m <= 8 and not self.L(m).blank:
            # (the label alone on its line, or in its left column: "Underskrifter   Sekreterare ....   Paragrafer 9-15")
            if re.match(r"(?:underskrifter|underskrift|signaturer|justerandes signatur)\b", self.L(m).key) \
                    and (len(self.L(m).cells) == 1 or re.fullmatch(r"(?:underskrifter|underskrift|signaturer)",
                                                                   kw(self.L(m).cells[0], self.lx))):
                return True
            m -= 1
        return False

    def _signed_chairs(self, lists: list[AttendanceList]) -> None:
        """The chair who signs under "Underskrifter" ("Ordförande: Anna Holm", "Ordförande ......" / "Anna Holm"):
        the seat of that person in the lists, where the lists give none."""
        for ln in self.lines:
            label = re.match(r"\s*([A-ZÅÄÖa-zåäö ]{3,20}?)\s*:?\s*(?:[._…]{3,}\s*)?(?:\s{2,}|:\s*|$)(.*)$", ln.text)
            chair = _CHAIR_LABELS.get(_heading_words(kw(label.group(1), self.lx))) if label else None
            if not chair or not self._under_signatures(ln.n):
                continue
            name = re.sub(r"[._…]{3,}.*$", "", label.group(2)).strip()
            if not name and (nxt := self._next_nonblank(ln.n, len(self.lines))) == ln.n + 1:
                name = self.L(nxt).text.strip()
            if not plausible_name(name):
                continue
            for e in (e for lst in lists for e in lst.entries if same_person(e.name, name) and not e.post):
                e.post = chair

    def _vote_table(self, end: int) -> tuple[list[AttendanceList], list[Entry], tuple[int, int]] | None:
        """A kommun's presence and voting list ("Närvaro- och omröstningslista", "Tjänstgöringslista") before line
        `end`: a head row of one or two lines naming a presence column ("När-/varo", "Närvaro", "Närv.") and a
        column of the deputies serving ("Tjg./ers.", "Tjänstgör"), or voting ("Omröstning", "Ja  Nej",
        "Reservation"); under it the organisations' rows ("REGION KALMAR LÄN - Ordinarie (3)", "Ersättare") and one
        row a person with the marks ("X" present, "-" absent) under the columns. The members present and the
        deputies marked serving are the members' list, the other deputies present the others'; those marked
        absent are people of the record. Returns the lists, the absent and the table's lines."""
        for n in range(1, end):
            ln = self.L(n)
            cells = [c for c in re.split(r"\s{2,}", ln.raw.strip()) if c]    # (heads two spaces apart: "När-  Tjg.")
            # (or a head of two lines whose first has two heads: "När-    Omröstningar" / "Ordinarie ledamöter
            # varo    Ja  Nej  Avst")
            two_line_head = len(cells) == 2 and n + 1 <= len(self.lines) \
                and len([c for c in re.split(r"\s{2,}", self.L(n + 1).raw.strip()) if c]) >= 3
            if ln.blank or ln.layout or len(cells) < 3 and not two_line_head:
                continue
            words = [fold(c).strip(" .:") for c in cells]
            if not all(_VOTE_HEAD.fullmatch(w) for w in words) \
                    or not any(re.fullmatch(r"omrostninga?r?|reservation|tjg|tjanstgor\w*|ja|nej", w) for w in words):
                continue
            heads = [ln]
            nxt = self.L(n + 1) if n + 1 <= len(self.lines) else None
            below = [c for c in re.split(r"\s{2,}", nxt.raw.strip()) if c] if nxt is not None else []
            if nxt is not None and len(below) >= 2 and all(_VOTE_HEAD.fullmatch(fold(c).strip(" .:")) for c in below):
                heads.append(nxt)
            cols: list[tuple[int, str]] = [(m.start(), fold(m.group(0)).strip(" .:")) for h in heads
                                           for m in re.finditer(r"\S+(?: \S+)*", h.raw.expandtabs(8))]
            present = [c for c, w in cols if re.fullmatch(r"nar-?|narvaro|narv|varo|narvarande|nar- ?varo", w)]
            serving = [c for c, w in cols if re.fullmatch(r"tjg|tjanstgor\w*|ers|tjg ers", w)]
            if not present:
                continue
            lists: dict[str, list[Entry]] = {"ledamoter": [], "ovriga": []}
            absent: list[Entry] = []
            org: str | None = None
            deputies = False
            last = heads[-1].n
            for m in range(heads[-1].n + 1, end + 1):
                row = self.L(m)
                if row.blank or row.layout:
                    if row.blank and m + 1 <= end and not self.L(m + 1).blank and not self.L(m + 1).layout \
                            and item_number(self.L(m + 1).text) is not None:
                        break
                    continue
                raw = row.raw.expandtabs(8)
                group = re.fullmatch(r"\s*(?P<org>[^–—-]+?)\s*(?:[–—-]\s*(?P<seat>[^\d(]+?))?\s*(?:\(\d+\))?\s*", raw)
                if group and len(row.cells) == 1 and not re.search(r"\s{2,}[xX-]\s*", raw):
                    seat = fold(group.group("seat") or group.group("org"))
                    found = self.orgs.resolve(group.group("org"))
                    if found is not None:
                        org, deputies = group.group("org").strip(), "ersattare" in seat
                        last = m
                        continue
                    if re.fullmatch(r"(?:ordinarie|ledamoter|ledamot)", seat):
                        deputies, last = False, m
                        continue
                    if re.fullmatch(r"(?:ersattare|suppleanter|suppleant)", seat):
                        deputies, last = True, m
                        continue
                    break
                marks = [(x.start(1), x.group(1)) for x in re.finditer(r"(?<=\s)([xX✓✔]|[-–—])(?=\s|$)", raw)]
                name_cell = row.cells[0]
                if not marks and len(row.cells) == 2 and re.fullmatch(r"[a-zåäö][\wåäö ]{3,40}", row.cells[1].strip()) \
                        and self._parse_entry_cell(row, name_cell, False) is not None:  # type: ignore[attr-defined]
                    last = m
                    continue    # a note in words in place of the marks ("avgått ur gruppen"): no presence either way
                if not marks or marks[0][0] <= len(name_cell):
                    break
                e = self._parse_entry_cell(row, name_cell, False)  # type: ignore[attr-defined]
                if e is None:
                    break
                if e.org is None and e.role is None and org is not None:
                    self._set_org(e, org)  # type: ignore[attr-defined]
                at_presence = [k for c, k in marks if min(abs(c - p) for p in present) <= 2]
                at_serving = [k for c, k in marks if serving and min(abs(c - p) for p in serving) <= 2]
                last = m
                if not at_presence or at_presence[0] in "-–—":
                    absent.append(e)
                elif not deputies or at_serving and at_serving[0] in "xX✓✔":
                    lists["ledamoter"].append(e)
                else:
                    lists["ovriga"].append(e)
            if not lists["ledamoter"] and not lists["ovriga"]:
                continue
            return self._table_lists(n, last, lists, absent)
        return None

    def _org_blocks(self, end: int) -> AttendanceList | None:
        """A list grouped by organisation before line `end`: its heading, then each organisation's name on a line of
        its own over a running line of its people, a title after a name with no comma ("Deltagare" / "Västerviks
        kommun" / "Gudrun Johnsson ordförande, Anders Eriksson socialchef" / "Region Kalmar län" / "Petra Hornstra
        och Michael Landén distriktsläkare" / "Brukarrådet" / "Oskar Broberg och Simone Sandell"). The list of the
        heading's kind ("Deltagare" the members' where no other list is), each person with the organisation (or the
        capacity, "Brukarrådet") of the block."""
        for n in range(1, end):
            ln = self.L(n)
            if ln.blank or len(ln.cells) != 1 or not (kind := self._list_heading_kind(ln)) or kind == "-":
                continue
            entries: list[Entry] = []
            org_text: str | None = None
            last = n
            m = n + 1
            while m < end:
                row = self.L(m)
                if row.blank or row.layout:
                    m += 1
                    continue
                text = row.text.strip()
                if len(row.cells) == 1 and not re.search(r"[,.]", text) and len(text.split()) <= 6 \
                        and (self._entry_org(text) or self._capacity(text)):  # type: ignore[attr-defined]
                    org_text, last = text, m
                    m += 1
                    continue
                if org_text is None:
                    break
                got = self._titled_names(text, m)
                if not got:
                    break
                for e in got:
                    self._set_org(e, org_text)  # type: ignore[attr-defined]
                entries.extend(got)
                last, m = m, m + 1
            if len(entries) >= 3:
                self.list_zones.append((n, last, last))
                return AttendanceList(kind, (n, last), entries, heading=ln.text.strip(), note=(
                    "A list grouped by organisation: each organisation's name over its people (ingest rule)"))
        return None

    def _titled_names(self, text: str, n: int) -> list[Entry]:
        """People in a running line, each name with its title after it and no comma between ("Gudrun Johnsson
        ordförande, Anders Eriksson socialchef", "Petra Hornstra och Michael Landén distriktsläkare", "Mats Peter
        Krantz"); none unless every piece opens with a name."""
        entries: list[Entry] = []
        for piece in re.split(r"\s*,\s*|\s+och\s+", text.strip(" .")):
            words = piece.split()
            k = next((i for i in range(min(3, len(words)), 1, -1) if plausible_name(" ".join(words[:i]))
                      and all(w[:1].isupper() for w in words[:i])), 0)
            if not k or any(w[:1].isupper() for w in words[k:]) or not self._accept_name(" ".join(words[:k])):  # type: ignore[attr-defined]
                return []
            e = Entry(" ".join(words[:k]), n)
            if words[k:]:
                self._note_post(e, " ".join(words[k:]))  # type: ignore[attr-defined]
            entries.append(e)
        return entries

    def _legend_table(self) -> tuple[list[AttendanceList], list[Entry], tuple[int, int]] | None:
        """A presence list whose marks a legend explains ("N = närvarande, R = röstande" over "LEDAMÖTER   N   R
        N   R" / "Chris Landergren (S), ordf.   X   X   X   X" / ... / "SUPPLEANTER" / "Ali Haddad (S)   X"), an
        appendix after the items too: a member marked present under a presence letter is in the members' list,
        unmarked absent; a deputy marked voting or serving is in the members' list, marked present only in the
        others'. Returns the lists, the absent and the table's lines."""
        legend: dict[str, str] = {}
        for n in range(1, len(self.lines) + 1):
            for m in re.finditer(r"\b([A-ZÅÄÖ]{1,3})\s*=\s*([a-zåäö]+)", self.L(n).text):
                word = fold(m.group(2))
                if re.fullmatch(r"narvarande|narvaro|narv|deltog|deltar", word):
                    legend[m.group(1)] = "present"
                elif re.fullmatch(r"rostande|tjanstgorande|tjanstgor|beslutande|tjg", word):
                    legend[m.group(1)] = "serving"
            if "present" in legend.values():
                break
        if "present" not in legend.values():
            return None
        for n in range(1, len(self.lines) + 1):
            ln = self.L(n)
            if len(ln.cells) < 2 or not all(c.strip() in legend for c in ln.cells[1:]) \
                    or not self._list_heading_kind(self.text_line(n, ln.cells[0])):
                continue
            raw = ln.raw.expandtabs(8)
            cols = [(m.start(), legend[m.group(0)]) for m in re.finditer(r"(?<=\s)[A-ZÅÄÖ]{1,3}(?=\s|$)", raw)
                    if m.group(0) in legend]
            lists: dict[str, list[Entry]] = {"ledamoter": [], "ovriga": []}
            absent: list[Entry] = []
            deputies = bool(re.search(r"ersattare|suppleant", fold(ln.cells[0])))
            last = n
            for m in range(n + 1, len(self.lines) + 1):
                row = self.L(m)
                if row.blank or row.layout or m in self.furniture:
                    if row.blank and m + 1 <= len(self.lines) and self.L(m + 1).blank:
                        break
                    continue
                if len(row.cells) == 1 and self._list_heading_kind(row) and not self._entry_of(row):
                    deputies = bool(re.search(r"ersattare|suppleant", fold(row.text)))
                    last = m
                    continue
                cell = row.cells[0]
                got = self._entry_of(self.text_line(m, cell))
                if len(got) != 1:
                    break
                e = got[0]
                rraw = row.raw.expandtabs(8)
                marked = {kind_ for x in re.finditer(r"(?<=\s)[xX✓✔](?=\s|$)", rraw)
                          for c, kind_ in cols if abs(x.start() - c) <= 2}
                last = m
                if not deputies:
                    (lists["ledamoter"] if "present" in marked else absent).append(e)
                elif "serving" in marked:
                    lists["ledamoter"].append(e)
                elif "present" in marked:
                    lists["ovriga"].append(e)
            if lists["ledamoter"] or lists["ovriga"]:
                return self._table_lists(n, last, lists, absent)
        return None

    def _marks_table(self, end: int) -> tuple[list[AttendanceList], list[Entry], tuple[int, int]] | None:
        """A presence table whose head row is a list's heading and its mark columns before line `end` ("Ledamöter
        Närv.  Frånv.  Tjänstgörande ersättare  Paragraf" / "Emmy Ahlstedt, Region Kalmar län, ordf   x" / "Maud
        Lindqvist, Västerviks kommun      x   Stefan Pettersson, Oskarshamns kommun"), another such head row for
        the deputies under it ("Ersättare   Närv.  Frånv."): a member marked present is in the members' list, marked
        absent with a deputy named in the serving column beside, the deputy is; a deputy marked present is in the
        others' list; those marked absent are people of the record. Returns the lists, the absent and the table's
        lines."""
        def head_row(m: int) -> tuple[bool, dict[str, list[int]], list[tuple[int, str]]] | None:
            ln = self.L(m)
            raw = ln.raw.expandtabs(8)
            cols = [(x.start(), fold(x.group(0)).strip(" .:")) for x in re.finditer(r"\S+(?: \S+)*", raw)]
            if ln.blank or ln.layout or len(cols) < 3 \
                    or not (kind := self._list_heading_kind(self.text_line(m, raw[:cols[1][0]].strip()))) \
                    or kind == "-":
                return None
            at: dict[str, list[int]] = {"present": [], "absent": [], "serving": [], "parts": []}
            for c, w in cols[1:]:
                if ABSENCE_HEAD.fullmatch(w):
                    at["absent"].append(c)
                elif _PRESENCE_HEAD.fullmatch(w):
                    at["present"].append(c)
                elif re.fullmatch(r"(?:tjanstgorande|tjg\.?)\s+ersattare|ersatt av|ersattare", w):
                    at["serving"].append(c)
                elif re.fullmatch(r"paragraf(?:er)?|§§?|punkt(?:er)?|narvarande vid §§?|del av motet", w):
                    at["parts"].append(c)
                else:
                    return None
            if not at["present"] or len(at["serving"]) > 1:
                return None
            # (the presence and absence columns by where they start, for each mark to fall under the nearest)
            marking = sorted((c, k) for k in ("present", "absent") for c in at[k])
            return bool(re.search(r"ersattare|suppleant", fold(cols[0][1]))), at, marking

        for n in range(1, end):
            if (first := head_row(n)) is None:
                continue
            deputies, at, marking = first
            lists: dict[str, list[Entry]] = {"ledamoter": [], "ovriga": []}
            absent: list[Entry] = []
            last = n
            for m in range(n + 1, end + 1):
                row = self.L(m)
                if row.layout or m in self.furniture:
                    continue
                if row.blank:
                    if m + 1 <= end and self.L(m + 1).blank:
                        break
                    continue
                if (again := head_row(m)) is not None:
                    (deputies, at, marking), last = again, m
                    continue
                raw = row.raw.expandtabs(8)
                cells = [(x.start(), x.group(0)) for x in re.finditer(r"\S+(?: \S+)*", raw)]
                got = self._entry_of(self.text_line(m, cells[0][1]))
                if len(got) != 1 or cells[0][0] > 4:
                    break
                e = got[0]
                marks = [c for c, t in cells[1:] if re.fullmatch(r"[xX✓✔]", t)]
                marked = {min(marking, key=lambda h, c=c: abs(h[0] - c))[1] for c in marks}
                serving = None
                if at["serving"]:
                    named = [t for c, t in cells[1:] if abs(c - at["serving"][0]) <= 3]
                    if named and len(got2 := self._entry_of(self.text_line(m, named[0]))) == 1:
                        serving = got2[0]
                if not marks and serving is None:
                    break
                last = m
                if "present" in marked:
                    (lists["ovriga"] if deputies else lists["ledamoter"]).append(e)
                else:
                    absent.append(e)
                if serving is not None:
                    lists["ledamoter"].append(serving)
            if lists["ledamoter"] or lists["ovriga"]:
                return self._table_lists(n, last, lists, absent)
        return None

    def _seat_table(self, end: int) -> tuple[list[AttendanceList], list[Entry], tuple[int, int]] | None:
        """A presence list of seats side by side before line `end` ("Ordinarie ledamot   Närv   Ersättare   Närv"):
        a member's name, its mark under the presence column beside it ("X" present), the deputy's name and mark in
        the next pair of columns ("X" present, "X tjg" serving in the member's place). Members present and deputies
        serving are the members' list, the other deputies present the others'; members with no mark are absent,
        deputies with none people of the record. Returns the lists, those not present and the table's lines."""
        for n in range(1, end):
            ln = self.L(n)
            raw = ln.raw.expandtabs(8)
            cols = [(m.start(), fold(m.group(0)).strip(" .:")) for m in re.finditer(r"\S+(?: \S+)*", raw)]
            if ln.blank or ln.layout or len(cols) < 3:
                continue
            seats = [(c, w) for c, w in cols if _SEAT_HEAD.fullmatch(w)]
            marks_at = [c for c, w in cols if re.fullmatch(r"narv|narvaro|narvarande|n|x|narv ja nej", w)]
            if len(seats) < 2 or not marks_at or len(seats) + len(marks_at) != len(cols) \
                    or not any("ersattare" in w or "suppleant" in w for _c, w in seats):
                continue
            lists: dict[str, list[Entry]] = {"ledamoter": [], "ovriga": []}
            away: list[Entry] = []
            last = n
            for m in range(n + 1, end + 1):
                row = self.L(m)
                if row.layout:
                    continue
                if row.blank or item_number(row.text) is not None:
                    break
                cells = [(x.start(), x.group(0)) for x in re.finditer(r"\S+(?: \S+)*", row.raw.expandtabs(8))]
                names: dict[int, Entry] = {}
                marked: dict[int, str] = {}
                for at, cell in cells:
                    if re.fullmatch(r"(?i:x|x\s*\(?tjg\.?\)?|tjg\.?|-|–)", cell):
                        p = min(marks_at, key=lambda c: abs(c - at))
                        seat = max((c for c, _w in seats if c <= p), default=seats[0][0])
                        marked[seat] = cell
                        continue
                    seat = max((c for c, _w in seats if c <= at + 2), default=seats[0][0])
                    got = self._entry_of(self.text_line(m, cell))
                    if len(got) != 1:
                        names = {}
                        break
                    names[seat] = got[0]
                if not names:
                    break
                last = m
                for seat, e in names.items():
                    deputy = next(w for c, w in seats if c == seat)
                    mark = fold(marked.get(seat, ""))
                    if "ersattare" not in deputy and "suppleant" not in deputy:
                        (lists["ledamoter"] if mark.startswith("x") else away).append(e)
                    elif "tjg" in mark:
                        lists["ledamoter"].append(e)
                    elif mark.startswith("x"):
                        lists["ovriga"].append(e)
                    else:
                        away.append(e)
            if not lists["ledamoter"]:
                continue
            return self._table_lists(n, last, lists, away)
        return None

    def _table_lists(self, head: int, last: int, lists: dict[str, list[Entry]], away: list[Entry]
                     ) -> tuple[list[AttendanceList], list[Entry], tuple[int, int]]:
        """A presence table's lists (`_vote_table`, `_seat_table`), headed by the line over its head row when that
        line is a title of one cell and no entry ("Närvaro- och omröstningslista"), their lines from it."""
        above = self._prev_nonblank(head)
        title = self.L(above).text.strip() if above is not None and len(self.L(above).cells) == 1 \
            and not self._entry_of(self.L(above)) else None
        a = above if title and above is not None else head
        return [AttendanceList(k, (a, last), v, title) for k, v in lists.items() if v], away, (a, last)

    def _attendance(self, heads: list[tuple[int, str, Column]], item_lines: set[int] | None = None,
                    first_item: int | None = None) -> list[AttendanceList]:
        lists: list[AttendanceList] = []
        starts = sorted({n for n, _, _ in heads} | set(item_lines or ()))
        # the seats' headings under an absence's heading alone ("Frånvarande:" / "Ledamöter:" / "Per Ek (KD)"): the
        # absent members, as "Närvarande:" / "Ledamöter:" are the members present
        absent_under: set[int] = set()
        for n, _kind, column in heads:
            up = self._prev_nonblank(n)
            if column is None and up is not None and _heading_words(self.L(n).key.strip(" :")) in \
                    _SEAT_HEADINGS and (up in absent_under or len(self.L(up).cells) == 1
                                        and self._list_heading_kind(self.L(up)) == "-"
                                        and not self._entry_of(self.L(up))):
                absent_under.add(n)
        heads = [(n, "-" if n in absent_under else kind, column) for n, kind, column in heads]
        # (a nämnd's members named with their parties, three or more: one named with none among them an official or
        # a guest, "Socialchef Ola Karlsson, Vimmerby kommun" under "Ordförande Eva Berg (S)")
        party_entries = self._party_entries(item_lines)
        for n, kind, column in heads:
            # a list in one column of two goes on past a heading in the other column (of the same two: cut where
            # its columns are, not a label column's further down, "Övriga      Name, ...")
            other = {m for m, _, col in heads if column and column[0] in ("L", "R") and col
                     and col[0] in ("L", "R") and col[0] != column[0] and m != n and abs(col[1] - column[1]) <= 8
                     and not any(m2 == m and c2 and c2[0] == column[0] for m2, _, c2 in heads)}
            later = [s for s in starts if s > n and s not in other]
            stop = later[0] - 1 if later else len(self.lines)
            if column and column[0] == "inline":
                # (the label after a sentence's end on the line: "Plats: X. Deltagande: A, B": "Deltagande")
                heading = re.split(r"[.;]\s+|\s{2,}", self.L(n).text[:column[1]].strip(" :"))[-1]
                entries, last = self._inline_entries(n, heading, stop, at=column[1])
            elif n in self.running_columns:     # a running list in a label's value column
                heading = self._label_text(n, column[1]) if column else self.L(n).text
                entries = [replace(e) for e in self.running_columns[n]]
                last = max(e.line for e in entries)
            elif n in self.flush_labels:    # the label's line holds the first entry, the list goes on under it
                heading = self.L(n).raw[:self.flush_labels[n]].strip()
                entries, last = self._entries(n, stop, heading, None)
            else:
                side = self._side(n, column)
                heading = side.cells[0] if column is None and len(side.cells) > 1 else side.text   # a head row
                if n in self.label_heads:      # the label's line holds the first entry; the next label ends it
                    assert column is not None
                    heading = self._label_text(n, column[1])
                    stop = next((m - 1 for m in range(n + 1, stop + 1) if not self.L(m).blank
                                 and not self._under_label(m, column[1])), stop)
                # a sentence of presence after a blank line ("Dessutom deltog X, Org, och Y, Org.") is a list
                # of its own (read from the prose), not more of this one
                end = next((m - 1 for m in range(n + 2, stop + 1) if column is None and self.L(m - 1).blank
                            and self._opens_presence_sentence(m)), stop)
                first = n + (n not in self.label_heads)
                if column and column[0] == "L" and first <= end and self._list_heading_kind(self._side(first, column)):
                    first += 1      # "Beslutande      Övriga deltagande" / "Ledamöter": the left list's word under it
                entries, last = self._entries(first, end, heading, column)
            if not entries:
                continue
            # (after the secretary's label and name on its line, "Sekreterare: Sanna Holm, Org", names of their own on
            # the lines under it, "Rebecka Ek, Org, Malin Lund, Org, ...": those present as members, a list of its
            # own, not more secretaries)
            if column and column[0] == "inline" and kind == "ovriga" \
                    and re.fullmatch(r"sekreterare|protokollforare", _heading_words(kw(heading, self.lx).strip(" :"))) \
                    and any(e.line == n for e in entries) and len(under := [e for e in entries if e.line > n]) >= 2 \
                    and not re.search(r"(?:,|\s(?:och|samt))$", self.L(n).text.rstrip()):
                entries = [e for e in entries if e.line == n]
                lists.append(AttendanceList(self._kind_at_meeting("ledamoter"), (n + 1, last),
                                            self._present_only(under)))
                last = n
            entries = self._present_only(entries)
            if (cap := self._capacity_heading(_heading_words(kw(heading, self.lx).strip(" :")))):
                for e in entries:       # "Brukarrepresentanten" / "Annelie Holm": the capacity the heading names
                    if not (e.org or e.role):
                        e.role = cap
            chair = _CHAIR_LABELS.get(_heading_words(kw(heading, self.lx).strip(" :")))
            for e in entries if chair else []:
                # "Ordförande: X, Org" on its line: X chairs, not the names on the lines after it
                if not (column and column[0] == "inline" and e.line != n):
                    e.post = e.post or chair
            self.list_headings.add(n)
            self.list_zones.append((n, last, stop))
            lists.extend(self._report_gap(heading, n, last, stop, column))
            if kind == "-":     # absent: people of the record, not attendance
                if self.ex is not None:
                    self.ex.absent.extend(entries)
                continue
            kind = self._kind_at_meeting(kind)
            # (at a presidiekonferens its deputies listed apart with their parties, "Ersättare" / "Amanda Holst (V),
            # Kalmar kommun": elected, participants as the members are)
            if kind == "ovriga-deltagare" and entries and re.fullmatch(
                    r"(?:narvarande\s+)?(?:ersattare|suppleanter)", _heading_words(kw(heading, self.lx).strip(" :"))) \
                    and all(re.search(PARTY_BRACKET, self.L(e.line).text) for e in entries):
                kind = "deltagare"
            partisans = party_entries if kind == "ledamoter" else 0
            for e in entries:       # "X   ej tjänstgörande ersättare" among those deciding: present, not serving
                if re.search(_NOT_SERVING + r"(?:\s+(?:ersattare|ers)\b|\s*$)", fold(self._side(e.line, column).text)) \
                        or kind == "ledamoter" and self._named_other(e, heading, column) \
                        or partisans >= 3 and "(" not in self._side(e.line, column).text and not e.in_place_of \
                        and bool(e.org or e.role or e.post or e.post_title or self._titled_before(e, column)):
                    e.other = True
            # the deputies' list whose entries serve in a member's place ("Ersättare" / "X, Org, tjänstgör för Y"):
            # those serving are members present, the list's others not
            # (or marked serving beside the name: "X, Org, (tjänstgörande)", "NT" by the head's legend)
            serving = [e for e in entries if (e.in_place_of or self._legend_mark(e.line) == "serving"  # type: ignore[attr-defined]
                                              or re.search(r"[,(]\s*(?:tjänstgörande|tjg\.?)\s*\)?\s*$",
                                                           self._side(e.line, column).text))
                       and not e.other]
            if kind == "ovriga" and serving and re.match(r"(?:tjanstgorande\s+)?ersattare\b", kw(heading, self.lx)) \
                    and not re.search(_NOT_SERVING, fold(heading)):
                lists.append(AttendanceList("ledamoter", (serving[0].line, serving[-1].line), serving,
                                            heading=heading, note="deputies serving in a member's place"))
                entries = [e for e in entries if e not in serving]
                if not entries:
                    continue
            others = [e for e in entries if e.other]
            if kind in ("ledamoter", "deltagare") and others and len(others) < len(entries):
                # "Sekr. X", "Adj. Y" in the members' list: the others present, a list of their own
                entries = [e for e in entries if not e.other]
                lists.append(AttendanceList("ovriga-deltagare" if kind == "deltagare" and self.ex is not None
                                            and self.ex.meeting_kind == "presidiekonferens" else "ovriga",
                                            (others[0].line, others[-1].line), others,
                                            note="marked as others present before their names"))
            lists.append(AttendanceList(kind, (n, last), entries, heading=heading,
                                        note=REPORT_NOTE if self._from_report(entries) else None))
        # an unheaded run of names at the end of the document
        after = [a for a, _, _ in self.list_zones if first_item is None or a > first_item]
        covered_from = min(after) if after else len(self.lines) + 1
        tail = self._unheaded_tail(covered_from - 1)
        if tail:
            blocks = self._split_blocks(tail)
            for a, b in blocks:
                entries, last = self._entries(a, b, None)
                entries = self._present_only(entries)
                if entries:
                    self.list_zones.append((a, last, last))
                    # (a meeting app's report whose heading was not read, "Deltagare (10)" over its column heads:
                    # its names with the times they joined and left, no organisations, noted as a report's)
                    lists.append(AttendanceList("deltagare", (a, last), entries, note=REPORT_NOTE
                                                if self._from_report(entries) else (
                        "An unheaded list of names at the end of the document, taken as the meeting's "
                        "participants (ingest rule: a run of name lines without heading).")))
        lists.sort(key=lambda lst: lst.lines)
        conference = self.ex is not None and self.ex.meeting_kind == "presidiekonferens"
        first = False       # a list whose heading names no kind, after the members (the elected): the others present
        for lst in lists:
            head = self.text_line(lst.lines[0], lst.heading or "")
            # (or one headed "Deltagande" after the members' list, as kommuner head their officials and others
            # present under "Beslutande"; a list named as participants, "Deltagare", "Mötesdeltagare", keeps its kind)
            if lst.kind == "deltagare" and first and lst.heading and (
                    self._list_heading_kind(head) is None
                    or re.sub(r"[^a-z ]", "", fold(lst.heading)).strip() == "deltagande"):
                lst.kind = "ovriga-deltagare" if conference else "ovriga"
            # (a plain "Närvarande" after a list headed "Beslutande": those present who do not decide, as kommuner head
            # them, "Beslutande" / names / "Närvarande:" / "X, § 13")
            if not conference and lst.kind == "ledamoter" and lst.heading and any(
                    o.kind == "ledamoter" and o.lines[0] < lst.lines[0] and o.heading
                    and fold(o.heading).strip(" :") == "beslutande" for o in lists) \
                    and fold(lst.heading).strip(" :") == "narvarande":
                lst.kind = "ovriga"
            # (at a presidiekonferens the elected beside the presidium's, "Övriga förtroendevalda": participants)
            if conference and lst.kind == "ovriga-deltagare" and lst.heading \
                    and re.sub(r"[^a-z ]", "", fold(lst.heading)).strip() == "ovriga fortroendevalda":
                lst.kind = "deltagare"
            first = first or lst.kind == ("deltagare" if conference else "ledamoter")
        def members_list(lst: AttendanceList) -> bool:   # a list of members, not only the deputies serving
            return lst.kind == "ledamoter" and not re.search(r"\bersattare\b", kw(lst.heading or "", self.lx))
        if not conference and not any(members_list(lst) for lst in lists):
            # (a first list headed "Medverkande" alone, no list of participants beside it: those taking part as
            # members, "Medverkande: X, Org, ..." / "Adjungerade: Y, Org")
            if lists and not any(lst.kind == "deltagare" for lst in lists) and lists[0].heading \
                    and re.sub(r"[^a-z ]", "", fold(lists[0].heading)).strip() == "medverkande":
                lists[0].kind = "ledamoter"
            for lst in lists:       # a group's "Deltagare" beside its "Övriga deltagare": those present as members
                if lst.kind == "deltagare":
                    lst.kind = "ledamoter"
        return lists

    def _titled_before(self, e: Entry, column: Column) -> bool:
        """The entry's line opens with a title before the name ("Familjehemssekreterare Fredrik Alm")."""
        m = re.match(r"\s*([A-ZÅÄÖ][a-zåäö]{4,})\s+" + re.escape(e.name), self._side(e.line, column).text)
        return bool(m) and bool(TITLE_BY_ENDING.fullmatch(kw(m.group(1), self.lx)))

    def _party_entries(self, item_lines: set[int] | None) -> int:
        """How many lines before the first item name someone with a party's letters in brackets after the name, a
        seat's word or none before it ("Ordförande Eva Berggren (S)", "Jabil Seven (C)")."""
        first = min(item_lines) if item_lines else len(self.lines) + 1
        return sum(1 for ln in self.lines[:first - 1] if not ln.blank and re.fullmatch(
            rf"(?:[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+)?\s+)?[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ0-9][\w-]+){{1,2}}\s*{PARTY_BRACKET}\s*[,.]?",
            ln.text.strip()))

    def _named_other(self, e: Entry, heading: str, column: Column) -> bool:
        """An entry of a members' list named as a deputy or the secretary beside the name ("Stina Holm, ersättare;
        Sofia Ek, utvecklingsledare (sekreterare)"): present, not a member (not under a heading of deputies)."""
        if re.search(r"ersattare|ers\b", kw(heading, self.lx)):
            return False
        # (or an official's mark beside the members' "(besl)": "Ulrika Holm (tjm)")
        if fold(e.org_as_written or "").strip(" .") in ("ersattare", "ers", "tjm", "tjansteman", "tjansteperson"):
            return True
        return e.org is None and e.role is None and e.note is None and bool(re.search(
            rf"\b{re.escape(e.name)},(?:\s+[a-zåäöé][\wåäöé-]*)*\s*\(?(?:sekreterare|sekr)\.?\)?\s*(?:[;,]|$)",
            self._side(e.line, column).text))

    def _opens_presence_sentence(self, n: int) -> bool:
        """Line n opens a sentence of presence: a verb of presence after at most five words and no comma
        ("Dessutom deltog ...", "Från Region Kalmar län medverkade ...")."""
        text = self.L(n).text
        v = _PRESENCE_VERB.search(text)
        return bool(v) and "," not in text[:v.start()] and len(text[:v.start()].split()) <= 5

    def _meeting_body(self, ex: Extraction) -> str | None:
        """The body whose meeting this is: a group named in the lines down to the title ("Samordnande grupp
        Psykisk hälsa" / "PROTOKOLL"), else the meeting's own body; a group no record defines, named in the
        header with the group it belongs to, first."""
        if ex.new_groups:
            return ex.new_groups[0][0]
        for ln in self.lines[: ex.title_line + 1]:
            # (a remark in brackets after it, "Samordnande grupp Äldre (utkast)", and the county after a comma,
            # "Samordnande grupp Äldre, Kalmar län", are no part of the group's name)
            text = re.sub(r"\s*[(\[][^()\[\]]*[)\]]\s*$", "", ln.text.strip())
            text = re.sub(r",\s*(?:kalmar|ka1mar)\s+(?:län|lan|1an|1än)\s*$", "", text, flags=re.I)
            m = self.orgs.resolve(text) if text and len(text) < 80 else None
            if m and self.orgs.types.get(m.id, "") in ("coordinating-group", "area-group", "process-group",
                                                          "steering-group", "working-group"):
                return m.id
        return ex.meeting_of

    def _presence_under(self, n: int, end: int) -> bool:
        """Line n heads the meeting's own sentences: in the paragraph right under it, a sentence of how the meeting
        was held ("genomfördes", "hölls", "deltagare") and one of presence opening a line."""
        nxt = self._next_nonblank(n, end)
        if nxt is None:
            return False
        a, b = self._paragraph_at(nxt)
        keys = [self.L(i).key for i in range(a, min(b, end) + 1)]
        return any(re.search(r"\b(?:genomfordes|holls|agde rum|deltagare)\b", k) for k in keys) \
            and any(self._opens_presence_sentence(i) for i in range(a, min(b, end) + 1))

    def _officers_line(self, ln: Line) -> list[Entry]:
        """A line of two officers or more, each seat before the name, parted by commas ("Ordförande Karin Holm,
        Sekreterare Emelie Ek, Samordnare Maria Berg."): an entry each with its seat; none for any other line."""
        if ln.layout or len(ln.cells) > 1 or "," not in ln.text:
            return []
        out: list[Entry] = []
        for piece in re.split(r"\s*,\s*|\s+och\s+", ln.text.strip().rstrip(".")):
            m = re.fullmatch(r"([A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+)?)\s+"
                             r"([A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,2})", piece)
            if m is None or not plausible_name(m.group(2)) or not (
                    _ROLE_RE.fullmatch(seat := kw(m.group(1), self.lx)) or seat in ("sekreterare", "justerare")):
                return []
            e = Entry(m.group(2), ln.n)
            self._note_post(e, m.group(1))
            out.append(e)
        return out if len(out) >= 2 else []

    def _paired_entries(self, text: str, offset: int, spans: list[tuple[int, int]]) -> list[Entry]:
        """Names each with its organisation after a comma ("A, Mönsterås kommun, B, Torsås kommun, och C,
        Kommunförbundet i Kalmar län", `_name_org_pairs`): one entry a pair, on the line its name stands on; none
        unless every piece pairs so."""
        out: list[Entry] = []
        at = 0
        for pair in self._name_org_pairs(text):  # type: ignore[attr-defined]
            name, org = pair.split(", ", 1)
            at = text.find(name, at)
            e = Entry(name, next(i for pos, i in reversed(spans) if pos <= offset + max(at, 0)))
            self._set_org(e, org)
            out.append(e)
        return out

    def _prose_lists(self, start: int, end: int, absent: bool = False, bare: bool = False) -> list[AttendanceList]:
        """Attendance written only as sentences before the agenda ("Närvarande var regionråden Anna Holm och
        Per Ek, Region Kalmar län, samt ...", "Från beredningen deltog ...", "Under § 3 medverkade ..."):
        a sentence whose verb of presence stands among its first words; "närvarande" names the members,
        "deltog" / "medverkade" the others present. A name takes the organisation in brackets after it,
        or the organisation named next (shared by the names before it that have none). `absent`: the
        sentences of absence instead ("Förhinder hade ...", "Frånvarande var ...")."""
        verbs = _ABSENCE_WORDS if absent else _PRESENCE_VERB
        lists: list[AttendanceList] = []
        n = start
        past_heading = False
        while n <= end:
            if self.L(n).blank or self._is_heading(n):
                if self._is_heading(n):
                    # (but a first heading over the meeting's own sentences, its presence among them: "Information" /
                    # "Vårträffen genomfördes 22 april ..., 16 deltagare deltog." / "Från kommunerna deltog ...")
                    if past_heading or lists or not self._presence_under(n, end):
                        break   # the agenda's first heading: the sentences before it only
                    past_heading = True
                n += 1
                continue
            a, b = self._paragraph_at(n)
            b = min(b, end)
            lines = list(range(n, b + 1))
            # (the sentence going on after a page break, its last line ending in a comma: "..., Madeleine Andersson,"
            # / the page's footer and blank lines / "Borgholms kommun, Emma Magnusson, ...": one sentence)
            while self.L(b).text.rstrip().endswith(",") and b < end:
                nxt = next((i for i in range(b + 1, min(b + 90, end) + 1)
                            if not self.L(i).blank and i not in self.furniture), None)
                if nxt is None or not any(i in self.furniture for i in range(b + 1, nxt)):
                    break
                b = min(self._paragraph_at(nxt)[1], end)
                lines += range(nxt, b + 1)
            spans: list[tuple[int, int]] = []      # (offset in the paragraph's text, line)
            text = ""
            for i in lines:
                spans.append((len(text), i))
                text += self.L(i).text + " "
            for s0, s1 in _sentences(text):
                sentence = text[s0:s1]
                verb = verbs.search(sentence)
                after = _ABSENCE_AFTER.search(sentence) if absent else None
                if after and (not verb or verb.start() > after.start()):
                    # "Per Ek, Kalmar kommun, hade anmält förhinder.": the names before the words of absence
                    entries = self._sentence_entries(sentence[:after.start()], s0, spans)
                    if entries:
                        lines = (entries[0].line, entries[-1].line)
                        lists.append(AttendanceList("-", lines, entries, note="absence written after the names"))
                        self.absent_lines.update(range(lines[0], lines[1] + 1))
                    continue
                # (the names before the verb of meeting: "A, Org, B, Org, och C, Org, träffades i X:s lokaler.")
                met = _MET_AFTER.search(sentence) if not absent and not verb else None
                if met and (entries := self._paired_entries(sentence[:met.start()], s0, spans)) and len(entries) >= 2:
                    lists.append(AttendanceList(self._kind_at_meeting("ledamoter"),
                                                (entries[0].line, entries[-1].line), entries,
                                                note="those meeting named before the verb"))
                    self.list_zones.append((entries[0].line, entries[-1].line, entries[-1].line))
                    continue
                # (the one keeping the minutes, "Anteckningar fördes av X, Org.": present, not a member)
                kept = _MINUTES_KEPT_BY.match(sentence.strip()) if not absent and not verb else None
                if kept:
                    verb = kept
                # (guests welcomed by name: "X hälsade de närvarande välkomna, särskilt gästerna A, Org, och B, Org.")
                if not verb and not absent and (guests := _GUESTS_WELCOMED.search(sentence)) \
                        and (entries := self._sentence_entries(sentence[guests.end():], s0 + guests.end(), spans)):
                    lists.append(AttendanceList(self._kind_at_meeting("ovriga"), (entries[0].line, entries[-1].line),
                                                entries, note=GUESTS_NOTE))
                    continue
                if not verb or len(sentence[:verb.start()].split()) > 5:
                    continue
                # (the members named before the verb: "Av gruppens ledamöter närvarade A, Org, B, Org, ...")
                # (or their organisations: "Från medlemsorganisationerna deltog bland andra A (Org), ...")
                kind = "ledamoter" if verb.group(0).lower().startswith(("närvarande", "bland", "på")) or re.search(
                    r"\bledamöter(?:na)?\b|\bfrån\s+(?:medlems(?:organisationerna|kommunerna|förbunden)|kommunerna"
                    r"|länets kommuner)\b",
                    sentence[:verb.start()], re.I) else "ovriga"
                # (but those present beside the members: "Dessutom närvarande voro socialchef X, ...")
                if kind == "ledamoter" and re.search(r"\b(?:dessutom|även|därutöver|också|vidare)\b",
                                                     sentence[:verb.start()], re.I):
                    kind = "ovriga"
                # (a deputy serving in a member's place: "Som tjänstgörande ersättare deltog C (KD).")
                if re.match(r"som\s+tjänstgörande\s+ersättare\b", verb.group(0), re.I):
                    kind = "ledamoter"
                # ("Vid mötet deltog X, Y och Z.": with no members named before, the first sentence of presence
                # that names no others ("Från X deltog", "Dessutom medverkade") names those taking part)
                if kind == "ovriga" and not absent and not lists and not re.search(
                        r"\b(?:fran|dessutom|aven|ocksa|darutover|vidare|under|for|som|inbjud\w*|gast\w*)\b",
                        fold(sentence[:verb.start()])) and verb.group(0).lower().startswith("deltog"):
                    kind = "ledamoter"
                entries = self._sentence_entries(sentence[verb.end():], s0 + verb.end(), spans,
                                                 self._from_org(sentence[:verb.start()]), bare=bare, alone=bool(kept))
                others = [e for e in entries if e.other] if kind == "ledamoter" and not absent else []
                if others and len(others) < len(entries):
                    entries = [e for e in entries if not e.other]
                    lists.append(AttendanceList(self._kind_at_meeting("ovriga"), (others[0].line, others[-1].line),
                                                others, note="named as the secretary in the sentence of presence"))
                if entries:
                    lines = (entries[0].line, entries[-1].line)
                    lists.append(AttendanceList(self._kind_at_meeting(kind), lines, entries, note=(
                        "Attendance written as a sentence (ingest rule: a verb of presence, then names).")))
                    if absent:
                        self.absent_lines.update(range(lines[0], lines[1] + 1))
                    elif not bare and not past_heading:     # (in an item, its text goes on round the sentence)
                        self.list_zones.append((lines[0], lines[1], lines[1]))
            n = b + 1
        return lists

    def _item_presence(self, items: list[tuple[int, int, str, int | None]]) -> tuple[list[AttendanceList], list[Entry]]:
        """Attendance written as sentences in an item of its own ("3. Närvarande och adjungerande" / "Bokén Ulrika,
        Olsen Patrik och Snickars Martin är närvarande." / "Diechmann Richard, Kalmar kommun, adjungeras under punkt
        6." / "Anmält förhinder har Rosenqvist Madeleine."): the members present, the others co-opted, and those
        absent (people of the record); a name written surname first turned round."""
        lists: list[AttendanceList] = []
        absent: list[Entry] = []
        for k, (line, _num, title, title_line) in enumerate(items):
            if not _ROLL_CALL_TITLE.match(fold(title)):
                continue
            end = items[k + 1][0] - 1 if k + 1 < len(items) else len(self.lines)
            for n in range(max(line, title_line or line) + 1, end + 1):
                t = self.L(n).text.strip()
                if (m := _PRESENT_AFTER.search(t)):
                    kind, names = "ledamoter", t[:m.start()]
                elif (m := _CO_OPTED.search(t)):
                    kind, names = "ovriga", t[:m.start()]
                elif (m := _ABSENCE_WORDS.match(t)):
                    kind, names = "-", t[m.end():]
                else:
                    continue
                entries = self._names_alone(names, n)
                if not entries:
                    continue
                if kind == "-":
                    absent.extend(entries)
                    self.absent_lines.add(n)
                else:
                    lists.append(AttendanceList(self._kind_at_meeting(kind), (n, n), entries, heading=title, note=(
                        "Attendance written as a sentence in the item on those present (ingest rule: names, then "
                        "'är närvarande' / 'adjungeras').")))
            if not lists and (bulleted := self._presence_bullets(max(line, title_line or line) + 1, end)):
                lists.append(AttendanceList(
                    self._kind_at_meeting("ledamoter"), (bulleted[0].line, bulleted[-1].line), bulleted, heading=title,
                    note=("Attendance as bullets under a sentence of presence in the item on those present (ingest "
                          "rule: '... närvarande var:' / '- names, place').")))
            break
        return lists, absent

    def _presence_bullets(self, start: int, end: int) -> list[Entry]:
        """The bullets under a sentence of presence ending in a colon, in the item on those present ("Närvarolista
        gick runt, närvarande var:" / "- Anna Holm och Per Ek," / "Emmaboda" / "- Eva Lund, Torsås"): each bullet
        (wrapped onto the next line or not) names people and the place or organisation they come from, shared by
        the names before it."""
        intro = next((n for n in range(start, end + 1) if self.L(n).text.rstrip().endswith(":")
                      and re.search(r"narvarande|deltog|deltagare|narvaro", fold(self.L(n).text))), None)
        if intro is None:
            return []
        text, spans = "", []
        n = intro + 1
        while n <= end and re.match(r"\s*[-–•*]\s+\S", self.L(n).raw):
            spans.append((len(text), n))
            text += re.sub(r"^\s*[-–•*]\s+", "", self.L(n).text).rstrip(" ,") + ", "
            n += 1
            # (the bullet wrapped onto the next line: "- Anna Holm och Per Ek," / "Emmaboda")
            while n <= end and not self.L(n).blank and not re.match(r"\s*[-–•*]\s", self.L(n).raw) \
                    and len(self.L(n).text.split()) <= 4 and not self.L(n).text.rstrip().endswith("."):
                joint = "," if self.L(n - 1).text.rstrip().endswith(",") else ""
                text = text[:-2] + joint + " "
                spans.append((len(text), n))
                text += self.L(n).text.strip(" ,") + ", "
                n += 1
        if len(spans) < 2:
            return []
        # (a list's lines: the organisation after the names read as an entry's, a kommun's town too, "- Eva Lund,
        # Kalmar")
        return self._sentence_entries(text.rstrip(" ,"), 0, spans, entry_slots=True)

    def _roll_call_item(self, items: list[tuple[int, int, str, int | None]]
                        ) -> tuple[list[AttendanceList], list[Entry]] | None:
        """The roll call's table in an item of its own ("§ 22 Upprop", "Närvaro"), see `_roll_call`."""
        for k, (line, _num, title, title_line) in enumerate(items):
            if not _ROLL_CALL_TITLE.match(fold(title)):
                continue
            end = items[k + 1][0] - 1 if k + 1 < len(items) else len(self.lines)
            return self._roll_call(max(line, title_line or line) + 1, end, title)
        return None

    def _roll_call(self, start: int, end: int, title: str) -> tuple[list[AttendanceList], list[Entry]] | None:
        """A roll call's table in its item ("§ 22 Upprop" / "Upprop genomfördes av gruppens ledamöter ...:" /
        "Förnamn Efternamn Organisation" / "Emma Rydh Region Kalmar län" / ..., over a page's break), and the
        sentences after it on who answered: "... samtliga ordinarie ledamöter närvarande förutom X och Y." (absent)
        and "I deras ställe hade kallats in Z och W." (present); or its lines of "Name, Org" with no head row, under
        organisations' lines ("Region Kalmar län" / "Anna Holm, Region Kalmar län" / "Kommunerna" / ...), and "Även
        X, Org, och Y, Org, noterades som närvarande." (others present). The lists (the members present, and the
        others where named), and those absent."""
        head = next((n for n in range(start, end + 1) if not self.L(n).blank and self._table_head(self.L(n))), None)
        n = head + 1 if head is not None else start
        bare = head is None
        if head is None:
            # (no head row: the roll call's lines of "Name, Org" under its sentence, grouped under their
            # organisations' lines, "Upprop förrättades. 12 ledamöter noterades som närvarande." / "Region Kalmar
            # län" / "Anna Holm, Region Kalmar län" / ... / "Kommunerna" / ...)
            head = next((m for m in range(start, min(end, start + 3) + 1) if self._roll_row(m)), None)
            if head is None:
                return None
            n = head
        rows: list[Entry] = []
        while n <= end and not _ALSO_PRESENT.match(self.L(n).text) \
                and (self.L(n).blank or n in self.furniture or (got := self._entry_of(self.L(n)))
                     or self._org_line(self.L(n))):
            if not (self.L(n).blank or n in self.furniture or not got):
                rows.extend(got)
            n += 1
        if len(rows) < 2:
            return None
        if bare and (n <= end and not self.L(n).blank and not _ALSO_PRESENT.match(self.L(n).text)
                     or any(_INLINE_HEAD.match(self.L(m).text) for m in range(head, n))):
            return None     # (with no head row, lines of one entry each and no label, ending at a blank line or at the
            #                 sentence of those present beside them)
        absent: list[Entry] = []
        came: list[Entry] = []
        others: list[Entry] = []
        last = rows[-1].line
        while n <= end and not self.L(n).blank:
            a, b = self._paragraph_at(n)
            b = min(b, end)
            spans: list[tuple[int, int]] = []
            text = ""
            for i in range(n, b + 1):
                spans.append((len(text), i))
                text += self.L(i).text + " "
            for s0, s1 in _sentences(text):
                sentence = text[s0:s1].rstrip(" .")
                if (also := re.match(r"(?:Även|Dessutom)\s+(.+?),?\s+(?:noterades|antecknades)\s+som\s+närvarande$",
                                     sentence)):
                    # "Även X, samordnare Region Kalmar län, och Y, Org, noterades som närvarande.": present beside
                    # the members
                    if (got := self._sentence_entries(also.group(1), s0 + also.start(1), spans)):
                        others.extend(got)
                        last = max(last, got[-1].line)
                    continue
                if (m := re.search(r"\bnärvarande\s+(?:förutom|utom|med undantag av)\s+", sentence, re.I)):
                    got = self._names_in(sentence[m.end():], s0 + m.end(), spans)
                elif (m := re.search(r"\b(?:(?:hade|har)\s+(?:kallats\s+in|inkallats)|kallades\s+in|inkallades"
                                     r"|tjänstgjorde|tjänstgör)\s+", sentence, re.I)):
                    got = self._names_in(sentence[m.end():], s0 + m.end(), spans)
                    if got:
                        came.extend(got)
                        last = max(last, got[-1].line)
                    continue
                else:
                    continue
                names = {fold(e.name) for e in got}
                if names and names <= {fold(e.name) for e in rows}:
                    absent.extend(e for e in rows if fold(e.name) in names)
                    self.absent_lines.update(e.line for e in got)
                    last = max(last, got[-1].line)
            n = b + 1
        away = {fold(e.name) for e in absent}
        present = [e for e in rows if fold(e.name) not in away] + came
        self.list_zones.append((head, last, last))
        lists = [AttendanceList(self._kind_at_meeting("ledamoter"), (head, last), present, heading=title, note=(
            "A roll call's table in its item, less those the sentence after it names absent, with those called in "
            "(ingest rule)"))]
        if others:
            lists.append(AttendanceList(self._kind_at_meeting("ovriga"), (others[0].line, last), others))
        return lists, absent

    def _titled_org(self, text: str) -> bool:
        """A bracket's organisation after a title's letters or before how the person took part: "MAS Mörbylånga
        kommun", "Mönsterås kommun, via Teams" (read by `_set_org`)."""
        text = re.sub(r"^\s*(?:" + TITLE_LETTERS + r")\s+(?=[A-ZÅÄÖ])", "", text)
        return bool(self.orgs.resolve(re.sub(r"\s*[,–]\s*(?:via|på|per)\s+\w+\s*$", "", text).strip()))

    def _roll_row(self, n: int) -> bool:
        """Line n opens a roll call's lines of people with no head row: an organisation's line over "Name, Org",
        or "Name, Org" itself, the line after it one of the two as well."""
        def row(m: int) -> bool:
            got = self._entry_of(self.L(m)) if m <= len(self.lines) else []
            return len(got) == 1 and bool(got[0].org or got[0].role)
        return (row(n) or self._org_line(self.L(n))) and n < len(self.lines) and row(n + 1)

    def _names_in(self, text: str, offset: int, spans: list[tuple[int, int]]) -> list[Entry]:
        """The names a sentence's end lists, nothing else ("Conny Daag och Diana Bergeskans"), each on the line
        it starts on (`spans`: the paragraph's (offset, line) pairs); none unless every piece is a name."""
        entries: list[Entry] = []
        for m in re.finditer(r"[^,]+?(?=\s*,\s*|\s+och\s+|\s+samt\s+|\s*$)", text):
            piece = m.group(0).strip()
            piece = re.sub(r"^(?:och|samt)\s+", "", piece)
            if not piece:
                continue
            if not plausible_name(piece) or not self._accept_name(piece):  # type: ignore[attr-defined]
                return []
            at = offset + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            entries.append(Entry(piece, next(i for pos, i in reversed(spans) if pos <= at)))
        return entries

    def _names_alone(self, text: str, n: int) -> list[Entry]:
        """The people a run of names on line n names ("Bokén Ulrika, Olsen Patrik och Snickars Martin", "Per Ek,
        Kalmar kommun"): each name (turned round where written surname first, its second word a given name and its
        first none) with the organisation after it; none unless every piece is a name or an organisation."""
        given_names = self._given_names()  # type: ignore[attr-defined]
        entries: list[Entry] = []
        for piece in re.split(r"\s*,\s*|\s+och\s+|\s+samt\s+", text.strip(" .,")):
            piece = piece.strip()
            if not piece:
                continue
            if entries and not (entries[-1].org or entries[-1].role) and (
                    self._entry_org(piece) or self._capacity(piece)):  # type: ignore[attr-defined]
                self._set_org(entries[-1], piece)  # type: ignore[attr-defined]
                continue
            words = piece.split()
            if len(words) == 2 and fold(words[1]) in given_names and fold(words[0]) not in given_names:
                piece = f"{words[1]} {words[0]}"
            if not plausible_name(piece) or not self._accept_name(piece):  # type: ignore[attr-defined]
                return []
            entries.append(Entry(piece, n))
        return entries

    def _from_org(self, before: str) -> str | None:
        """'Från Region Kalmar län (deltog ...)': the organisation (not a group) the sentence's names come from."""
        m = re.fullmatch(r"\s*(?:från|för)\s+(.+?)\s*", before, re.I)
        org = self.orgs.resolve(m.group(1)) if m else None
        return m.group(1) if m and org and self.orgs.types.get(org.id) not in GROUP_TYPES else None

    def _sentence_entries(self, text: str, offset: int, spans: list[tuple[int, int]],
                          from_org: str | None = None, bare: bool = False, entry_slots: bool = False,
                          alone: bool = False) -> list[Entry]:
        def line_at(pos: int) -> int:
            return next(i for at, i in reversed(spans) if at <= pos)

        entries: list[Entry] = []
        pending: list[Entry] = []           # names waiting for the organisation named next
        titled: list[Entry] = []            # names with words of a title or seat before them ("socialchef X")
        partied: list[Entry] = []           # names with their party after them ("Kerstin Öhrvall (KD)")
        fran_group = False                  # the names after "från X" (an organisation's own group)
        pos = 0
        # (how one took part after a comma inside the organisation's bracket, "(Mönsterås kommun, via Teams)": no
        # break between entries; the comma a dash, as `_set_org` reads how one took part, the text's length kept)
        text = re.sub(r",(?=\s*(?:via|på|per)\s+\w+\s*\))", "–", text)
        # (a scan's digits for letters, "0rdf. Jonny Holm, 1edamoten Per Ek": the words as written, the length kept)
        text = ocr_letters(text)
        for piece in re.split(r"(\s*;\s*|,\s*|\s+och\s+|\s+samt\s+)", text.rstrip(" .")):
            at, pos = pos, pos + len(piece)
            if not piece.strip() or re.fullmatch(r"\s*(?:;|,|och|samt)\s*", piece):
                continue
            piece = piece.strip(" .")
            # (`entry_slots`: a list's lines, the organisation after the names an entry's, as `_entry_org` reads it)
            # (or one the graph does not know, named as organisations are: "Kerstin Åberg, AB Sundhem, ...")
            if pending and ((self._entry_org(piece) if entry_slots else self.orgs.resolve(piece))  # type: ignore[attr-defined]
                            or self._capacity(piece)
                            or self._named_org(piece) and not self._accept_name(piece)):  # type: ignore[attr-defined]
                for e in pending:
                    self._set_org(e, piece)
                pending = []
                continue
            # "nationell samordnare vid Regeringskansliet": a role and the organisation after vid / på / i
            via = re.match(r"^[a-zåäöé][\wåäöé ]*?\s(?:vid|på|från|i|inom)\s+(\S.*)$", piece)
            # (or right before it, no preposition: "utvecklingsledare Region Kalmar län", "utvecklingsledare
            # Kommunförbundet i Kalmar län": the whole name where it names one)
            bare_title = re.match(r"^[a-zåäöé][\wåäöé-]*(?:\s+[a-zåäöé][\wåäöé-]*){0,2}\s+([A-ZÅÄÖ].*)$", piece)
            if bare_title and self.orgs.resolve(bare_title.group(1)):
                via = bare_title
            if pending and via and self.orgs.resolve(via.group(1)):
                for e in pending:
                    self._set_org(e, via.group(1))
                    self._note_post(e, piece[:via.start(1)])
                pending = []
                continue
            # (the next organisation's people after its name, "från Regionen A och B (Region Kalmar län)": the
            # names, the organisation in the bracket after the last of them theirs; those before keep their own)
            if (fran := re.match(r"^(?:och\s+)?från\s+(?:[A-ZÅÄÖ][\wåäö-]*)\s+(?=[A-ZÅÄÖÉ][a-zåäöé]+\s+[A-ZÅÄÖÉ])",
                                 piece)) and entries:
                piece = piece[fran.end():]
                at += fran.end()
                pending = []
                fran_group = True
            words = piece.split()
            lead = 0                            # the role words before the name ("regionråden")
            # (or a title shortened with its stop, capitalised: "Ordf. Jonny Holm", "V. ordf. Karin Ek")
            while lead < len(words) and (words[lead][:1].islower() or lead + 1 < len(words)
                                         and re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]{0,4}\.", words[lead])):
                lead += 1
            rest = " ".join(words[lead:])
            # (a deputy and the member served for: "ersättaren Mats Lind för Malin Berg")
            serving = re.fullmatch(r"(.+?)\s+(?:för|i stället för|istället för)\s+"
                                   r"([A-ZÅÄÖÉ][\w-]+(?:\s+[A-ZÅÄÖÉ][\w-]+)+)", rest) if bare else None
            if serving and _name_like(serving.group(1)) and plausible_name(serving.group(2)):
                rest = serving.group(1)
            paren = re.match(r"^([^()]+?)\s*\(([^()]+)\)$", rest)
            name = (paren.group(1) if paren else rest).strip()
            # (a name of a given name the rules do not know, its organisation in brackets after it, among the list's
            # other entries so written: "..., Ahmed Warsame (Västerviks kommun), Amira Haddad (Kalmarsunds
            # gymnasieförbund) och Emma Holm (Mönsterås kommun)")
            listed = bool(entries) and paren is not None and plausible_name(name) \
                and bool(self.orgs.resolve(paren.group(2))) and all(p.org for p in entries)
            # (the member a deputy serves for, after a comma: "ersättaren Lars Ek, tjänstgörande för Anders Holm": no
            # one present, the one before serves in that member's place)
            if lead and entries and re.search(r"\bför$", " ".join(words[:lead])) and plausible_name(name) \
                    and re.search(r"tjänstgör|ersätt|i stället|istället", " ".join(words[:lead]), re.I):
                entries[-1].in_place_of = name
                continue
            if not rest or not _name_like(name) or not (self._accept_name(name) or listed):
                if lead == len(words):
                    continue            # "som också förde anteckningarna": words about the one before
                break
            e = Entry(name, line_at(offset + at + piece.find(words[lead]) if lead < len(words) else offset + at))
            if serving and _name_like(serving.group(1)):
                e.in_place_of = serving.group(2)
            if lead and re.search(r"\b(?:sekreterare|sekreteraren|sekr|protokollforare|adjungerad|adjungerade)$",
                                  fold(" ".join(words[:lead]))):
                e.other = True      # "... och sekreterare Elin Holm": present, not a member
            if lead:
                titled.append(e)
                self._note_post(e, " ".join(words[:lead]))
                # "ordförande Anna Holm, vice ordförande Per Ek, Nybro kommun": the chair named with words of a
                # seat of her own, before another seat's words, shares no organisation named after them
                if pending and all(p.post in CHAIR_ROLES for p in pending) and e.post in CHAIR_ROLES:
                    pending = []
            if paren and re.fullmatch(PARTY_BRACKET, f"({paren.group(2).strip()})"):
                titled.append(e)    # "ordförande Ann-Katrin Stahl (C)": a nämnd's member by her party
                partied.append(e)
            if paren and (self.orgs.resolve(paren.group(2)) or self._capacity(paren.group(2))
                          or self._titled_org(paren.group(2))):
                self._set_org(e, paren.group(2))
                for p in pending if fran_group else []:
                    if not (p.org or p.role):
                        self._set_org(p, paren.group(2))
                pending = []
            else:
                pending.append(e)
            entries.append(e)
        for e in pending if from_org else []:
            self._set_org(e, from_org)      # "Från Region Kalmar län deltog X och Y": the names before no organisation
        # (a double given name by its first: "Per-Inge")
        if bare and len(entries) >= 3 and all(fold(e.name.split()[0].split("-")[0]) in GIVEN_NAMES for e in entries):
            # (in an item's sentence of presence, names alone, three or more, each opening with a given name:
            # "Närvarande var ordinarie ledamöter A, B och C")
            return entries
        # (or two or more, each with a title before the name: "Dessutom närvarande voro socialchef A och enhetschef B")
        # (in a sentence of presence outside the items too, each name opening with a given name and a title before it
        # or its party after it: "I sammanträdet deltog ordförande A (C), vice ordförande B (S) och ledamoten C (M).",
        # "Från förvaltningen deltog socialchef D och nämndsekreterare E.")
        if (bare or all(any(e is t for t in titled) for e in entries)) \
                and (len(entries) >= 2 or entries and all(any(e is p for p in partied) for e in entries)) \
                and all(e.post or e.role or e.org or any(e is t for t in titled) for e in entries) \
                and all(fold(e.name.split()[0].split("-")[0]) in GIVEN_NAMES for e in entries):
            return entries
        # (`alone`: the one keeping the minutes, "Anteckningar fördes av Nils Holm.", named with no organisation)
        if alone and len(entries) == 1:
            return entries
        return [e for e in entries if e.org or e.role or e.post in CHAIR_ROLES and any(x.org for x in entries)]

    def _kind_at_meeting(self, kind: str) -> str:
        """At a presidiekonferens the elected are its participants ("deltagare") and the officials and
        others "ovriga-deltagare"; elsewhere (a presidiemöte too: the members of the presidium) members are
        "ledamoter" and the others "ovriga" (the corpus README's conventions)."""
        if self.ex is not None and self.ex.meeting_kind == "presidiekonferens":
            return {"ledamoter": "deltagare", "ovriga": "ovriga-deltagare"}.get(kind, kind)
        return {"ovriga-deltagare": "ovriga"}.get(kind, kind)

    def _report_gap(self, heading: str, n: int, last: int, stop: int, column: Column = None) \
            -> list[AttendanceList]:
        """A list that ends before the next heading: the lines left between are reported (in a column,
        only what stands in that column: the other column may go on longer), but for sentences of presence
        among them ("Dessutom deltog X, Org."), which are lists of their own, returned."""
        assert self.ex is not None
        side = column if column and column[0] in ("L", "R") else None
        rest = [m for m in range(last + 1, stop + 1)
                if not (self.L(m).blank or self.L(m).layout or JUNK_LINE.search(self.L(m).text)
                        or m in self.absent_lines      # "Förhinder hade ...": read apart
                        or self._agenda_head(m)        # the head of an agenda table
                        or (side and self._side(m, side).blank))]
        if not rest or self._is_heading(rest[0]) or item_number(self.L(rest[0]).text):
            return []
        if all(self._signature_line(m) for m in rest):
            return []               # "Justerare: Maud Arlebrant" after the lists: the protocol's form
        prose = [] if side else self._prose_lists(rest[0], rest[-1])
        read = {m for lst in prose for m in range(self._paragraph_at(lst.lines[0])[0],
                                                  self._paragraph_at(lst.lines[1])[1] + 1)}
        rest = [m for m in rest if m not in read]
        if not rest:
            return prose
        self.gap_lines.update(rest)
        self.ex.incomplete.append(f"list '{heading}' (line {n}) stops at line {last}, before the next heading: "
                                  f"lines {_ranges(rest)} are not name lines")
        return prose

    def _signature_line(self, n: int) -> bool:
        """'Justerare: Maud Arlebrant', 'Sekreterare: ...': a signature label with the names after it."""
        m = _INLINE_HEAD.match(self.L(n).text)
        return bool(m and _SIGNATURE.match(kw(m.group(1), self.lx))
                    and all(plausible_name(p.strip(" .")) for p in re.split(r",|\boch\b", m.group(2)) if p.strip()))

    def _caption(self, n: int) -> bool:
        """'Budget 2027:': a short line ending in a colon over the bullet or money lines it names."""
        text = self.L(n).text.strip()
        nxt = self._next_nonblank(n, len(self.lines))
        return text.endswith(":") and len(text.split()) <= 6 and nxt is not None and nxt == n + 1 and bool(
            _BULLET_RE.match(self.L(nxt).text) or amount_spans(self.L(nxt).text))

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

    def _table_head(self, ln: Line) -> bool:
        """A table's column heads ("| Namn | Organisation |", "Namn<TAB>Roll<TAB>Organisation")."""
        if self.learned.is_table_head(ln.text):
            return True         # as an accepted protocol laid out alike headed its list ("Namn  Kommun/organisation")
        if self._spaced_head(ln):  # type: ignore[attr-defined]
            return True         # "Uppdrag Ledamot Närvarande": heads with their gaps lost
        cells = [c for c in (ln.cells if len(ln.cells) > 1 else re.split(r"\s*[,|/]\s*", ln.text.strip(" |")))
                 if c.strip()]
        if len(ln.cells) > 1:       # two short heads two spaces apart ("Närv.  Frånv."): two columns
            cells = [c for cell in cells for c in re.split(r" {2,}", cell) if c.strip()]
        if len(cells) == 1 and len(words := cells[0].split()) >= 2 and all(_column_head(w) for w in words):
            return True     # heads a space apart, as a PDF's text layer writes them ("Förnamn Efternamn Organisation")
        if len(cells) < 2:
            return len(cells) == 1 and _legend_head(cells[0])     # (a head row's second line: "Närv tj.g. (NT)")
        heads = [_column_head(c) for c in cells]
        if all(heads):
            return True
        # "Ledamot | Ersättare | Närvarande (J/N)": columns of seats and a presence column
        seats = [bool(_SEAT_HEAD.fullmatch(fold(c).strip(" :"))) for c in cells]
        presence = [bool(_PRESENCE_HEAD.fullmatch(fold(c))) for c in cells]
        if any(seats) and any(presence) and all(h or s or p for h, s, p in zip(heads, seats, presence, strict=True)):
            return True
        # "Namn  Organisation  Uppdrag  Närv.  Frånv.": known heads and columns of presence (or absence)
        if heads[0] and any(presence) and all(h or p for h, p in zip(heads, presence, strict=True)):
            return True
        if len(ln.cells) > 2 and heads[0] and all(h or _PARAGRAPH_COLUMN.fullmatch(c.strip()) for h, c
                                                  in zip(heads, cells, strict=True)):
            return True     # "Namn  Organisation  § 1  § 2  § 3": a presence column per paragraph after the heads
        # a table's head row with a column of its own ("Ledamot  Organisation  Närvaro"): a known column
        # head beside single words that name no one and nothing (no organisation, name or number)
        if len(ln.cells) > 2 and any(heads) and all(
                h or (re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]+:?", c.strip()) and not self.orgs.resolve(c)
                      and not plausible_name(c)) for h, c in zip(heads, cells, strict=True)):
            return True
        return self._head_row_by_shape(ln)

    def _head_row_by_shape(self, ln: Line) -> bool:
        """A table's head row known by its shape, whatever its words ("Narnn   Kornmun/organisation" as a scan
        read "Namn  Kommun/organisation", "Person   Hemvist"): two or more cells apart by wide gaps, each one to
        three plain words (letters, "/", "-", brackets) naming no one, no organisation and no kind of list, with a
        name line under it whose cells begin where its cells begin."""
        cells = ln.cells
        if len(cells) < 2 or ln.layout or not all(
                re.fullmatch(r"[A-ZÅÄÖÉa-zåäöé][\w/().-]*(?: [\w/().-]+){0,2}:?", c.strip()) for c in cells):
            return False
        if any(re.search(r"\d", c) or self.orgs.resolve(c) or plausible_name(c) or _name_like(c)
               or self._list_heading_kind(self.text_line(ln.n, c)) for c in cells):
            return False
        if self._entry_of(ln):
            return False        # a list line itself ("Greta Sund (S)      Kalmar")
        nxt = next((self.L(m) for m in range(ln.n + 1, min(ln.n + 3, len(self.lines)) + 1)
                    if not self.L(m).blank), None)
        if nxt is None or len(nxt.cells) < 2 or not self._entry_of(nxt):
            return False
        above, below = _cell_starts(ln.raw), _cell_starts(nxt.raw)
        return all(any(abs(a - b) <= 2 for b in below) for a in above)

    def _unheaded_tail(self, end: int) -> list[int]:
        """Lines of a run of name lines ending the document (before `end`), at least five names."""
        run: list[int] = []
        n = end
        while n >= 1:
            ln = self.L(n)
            if ln.blank:
                n -= 1
                continue
            got = self._entry_of(ln) or [d for d in [self._damaged_entry(ln)] if d]
            if not got or any(len(e.name.split()) > 4 for e in got):
                break
            run.append(n)
            n -= 1
        run.reverse()
        return run if len(run) >= 5 else []

    def _split_blocks(self, run: list[int]) -> list[tuple[int, int]]:
        blocks: list[list[int]] = []
        prev_form = None
        for n in run:
            ln = self.L(n)
            e = self._entry_of(ln)
            form = bool(e and (e[0].org or e[0].role or e[0].org_as_written))
            if not blocks or (ln.indented and blocks[-1]) or form != prev_form:
                blocks.append([n])
            else:
                blocks[-1].append(n)
            prev_form = form
        return [(b[0], b[-1]) for b in blocks]
