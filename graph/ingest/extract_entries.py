"""The entries of attendance lists: one list line, a table row or a list written as a sentence read into
entries (name, organisation or capacity, the role written beside the name, acting, the member a deputy serves
for), and a presence column read (split from extract_lists.py, which finds the lists and their headings).

- a line: "Name, Organisation (tf.)", "Name Organisation", "Organisation: Name, Name", "Name (Org), role",
  organisation first in a table row, two entries on one line, a role or note column after the organisation
  ("samordnare", "för Per Ek"), how the person took part ("- digitalt"), a name OCR damaged read cell by cell;
- a list's lines a..b: name lines with the organisation on the next line, page furniture and unreadable lines
  passed over (and reported), the list ending at a line standing over a sentence;
- a list written as a sentence after its label ("Närvarande: X, Org, och Y, Org."), its pieces joined again
  where the line end cut an organisation's or a person's name;
- a presence column ("x" / "-", in words, or one per paragraph): those marked absent are people of the
  record, not attendance.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from ..names import fold, slug
from .extract_list_columns import _PRESENCE_HEAD, ABSENCE_HEAD
from .extract_list_headings import _PAREN_TAIL, LIST_HEADINGS, ORG_KIND, VACANT_SEAT, _heading_words
from .extract_list_prose import _PRESENCE_VERB
from .extract_lists import _BULLET_RE, _ranges
from .extract_model import Column, Entry, Line, RulesBase
from .extract_text import (
    _ACTING_RE,
    _ASIDE_RE,
    _FINITE_VERB,
    _INLINE_HEAD,
    _ORG_LEGEND,
    _PARTIES,
    _PARTIES_LOWER,
    _ROLE_RE,
    CAPACITY_ROLES,
    CHAIR_ROLES,
    JUNK_LINE,
    LABEL_WITH_NOTE,
    PARTY_BRACKET,
    ROLE_WORDS,
    TITLE_BY_ENDING,
    TITLE_LETTERS,
    _name_like,
)
from .names_found import _ORG_NOUN_END, GIVEN_NAMES, damaged_name, plausible_name
from .ocr_repair import DIGIT_LETTERS, kw, repair_text
from .orgs import KOMMUNER, OrgMatch

# a list entry's running number ("1. Anna Holm, Kalmar kommun", "12) Per Ek (Nybro kommun)")
_LIST_NUMBER_RE = re.compile(r"^\s*\d{1,3}(?:[.)]\s+|\s{2,})(?=[A-ZÅÄÖÉ])")  # ("1. ", "1) ", a seat's "1  ")

_ASIDE_CELL_RE = re.compile(rf"^(?:{_PARTIES.lower()}|ordf\.?|vice ordf\.?|v\.? ?ordf\.?|ordforande|vice ordforande"
                            r"|sekreterare|sekr\.?|adj\.?"
                            r"|ersattare|ledamot|justerare|adjungerad|§§?\s*[\d\s,–-]+"
                            # (a nämnd's seats as Finland-Swedish and older minutes write them: "medlem", "suppleant")
                            r"|medlem|suppleant"
                            # ("tjänstgörande ersättare", "ej tjg ersättare" in a role column)
                            r"|(?:ej\s+)?(?:tjanstgorande|tjg\.?)\s+(?:ersattare|ers\.?))$")

# a cell of a meeting app's attendance report: a time of joining or leaving, with its date or not ("2050-01-11
# 09:03", "09:03:12", "11.3.2050 09:03"), or a duration ("2 h 56 min", "56 min", "1:02:33")
_WHEN_CELL = re.compile(r"(?:(?:\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}),?\s+)?"
                        r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[AP]M)?"
                        r"|(?:\d+\s*(?:h|tim|timmar?)\s*)?\d+\s*(?:min|minuter|m)(?:\s*\d+\s*s)?|\d+\s*(?:h|tim|timmar?)",
                        re.I)

# a party's letters, then the organisation in brackets ("S (Nybro kommun)", after "Anna Holm, "), the letters in
# brackets too, in capitals or not ("(S) (Nybro kommun)", "(s) (Nybro kommun)")
_PARTY_THEN_ORG = re.compile(rf"(?:{_PARTIES}|\((?:{_PARTIES}|{_PARTIES_LOWER})\))\s*\(([^()]+)\)"
                             # (or after a dash: "Anna Holm, C – Region Kalmar", "Per Ek, MP – Hultsfred")
                             rf"|(?:{_PARTIES})\s+[–—-]\s+([^()–—]+?(?:\s*\([^()]+\))?)")

# a function at the meeting in lower case after a name, no comma (keyword form): "sakkunnig", "adjungerad"
_FUNCTION_WORDS = (r"(?:sakkunnig|adjungerad|observator|adjungerade|gast|ahorare|protokollforare|sekreterare"
                   r"|foredragande"
                   r"|motessekreterare|sekr|sekreterare och \w+|ordinarie|suppleant|expert"
                   # (the office the person comes from, in lower case: "Cecilia Frid kansliet")
                   r"|kansliet|kansli|sekretariatet|forvaltningen"
                   # (present, not serving: "Emma Halme ej tjänstgörande")
                   r"|(?:ej|inte|icke) tjanstgorande(?: ersattare)?)")

# a deputy's note of the member served for ("för Per Ek", "i stället för Per Ek", "ersätter Per Ek")
# (the deputy's abbreviations and the diacritics OCR loses too: "tjg ers för X", "tjg. ersättare for X", "ers. for X")
_IN_PLACE_OF = re.compile(r"(?:(?:i\s+)?st[äa]llet\s+f[öo]r|ist[äa]llet\s+f[öo]r"
                          r"|(?:tjg\.?\s+|tj[äa]nstg[öo]rande\s+)?ers(?:[äa]ttare|\.)?\s+f[öo]r|ers[äa]tter"
                          r"|tj[äa]nstg[öo]r\s+(?:som\s+ers[äa]ttare\s+)?f[öo]r|f[öo]r"
                          # (the deputy's word shortened alone: "Eva Holm ers. Anette Ek")
                          r"|ers\.)"
                          r"\s+(?P<name>[A-ZÅÄÖÉ][\w'’-]+(?:\s+[A-ZÅÄÖÉ][\w'’-]+){1,3})"
                          # (the member's party after the name: "Bo Ek (s) tjänstgör som ersättare för Sten Lund (s)")
                          rf"(?:\s*{PARTY_BRACKET})?")

# a deputy's or member's word after the name in a column of names ("Anna Holm ersättare", "Per Ek tjg.")
_SEAT_WORD = r"(?:ersättare|ers\.|ledamot|tjg\.?|tjänstgörande)"


def _name_part(cell: str) -> str:
    """A cell's name before what follows it: a role after a comma, the member a deputy serves for, a deputy's word
    ("Anna Holm, ordförande", "Anna Holm tjänstgör för Per Ek (Emmaboda)", "Anna Holm ersättare")."""
    cell = re.split(r"\s*,\s*|\s+(?=(?:" + _IN_PLACE_OF.pattern + r"))", cell.strip(), maxsplit=1)[0]
    return re.sub(rf"\s+{_SEAT_WORD}$", "", cell.strip(), flags=re.I)


# an organisation's abbreviation in capitals after a name, with the member served for after it or not ("PRO", "SPF
# ersätter Per Ek"); the parties' abbreviations are no organisations
_ABBREV_AFTER = re.compile(r"([A-ZÅÄÖ]{2,6})(\s+(?:ersätter|ers\.?\s+för|i\s+stället\s+för|för)\s+"
                           r"(?P<name>[A-ZÅÄÖÉ][\w'’-]+(?:\s+[A-ZÅÄÖÉ][\w'’-]+){1,3}))?")
# a table's mark for "the same as above" (a ditto mark, "d:o")
_DITTO = re.compile(r'[”“"〃]|-[”"]-|d:o|dito')

_NO_ORG_CAPITALS = {p for p in _PARTIES.split("|") if p.isupper()} | {"NYD", "SPI", "VFP", "SJVP", "ORDF", "SEKR",
                                                                      "ERS", "TJG"}

# how a person took part, after the organisation ("- digitalt", "(via Teams)", ", på distans", "– på plats")
_MODE_TAIL = re.compile(r"\s*(?:[-–—,]\s*|\(\s*)(?:deltog\s+|deltar\s+)?(?:digitalt|digital|på\s+distans|distans"
                        r"|via\s+(?:teams|zoom|länk|video|skype|telefon)|på\s+länk|per\s+telefon|på\s+plats|fysiskt)"
                        # the part of the meeting it holds for ("på plats från § 20", "digitalt §§ 1-3", "till kl. 11")
                        r"(?:\s+(?:från|fr\.?\s*o\.?\s*m\.?|till|under|t\.?\s*o\.?\s*m\.?)?\s*(?:§§?\s*\d{1,3}"
                        r"(?:\s*[-–]\s*\d{1,3})?|kl\.?\s*\d{1,2}[.:]\d\d))?"
                        r"\s*\)?\s*$", re.I)

# the part of the meeting a person was present for, in brackets ("(fr.o.m. punkt 3)", "(från kl. 10.30)", "(t o m § 4)",
# "(deltog digitalt)")
# (or the paragraphs or points themselves, a range of them, "(punkt 3 t.o.m. 9)", "(§§ 4–6)", "(4-9)", "(ej § 6)", and
# when the person came or left, "(kom under punkt 4)", "(gick efter § 5)")
_PRESENCE_ASIDE = re.compile(r"\s*\((?:fr\.?\s?o\.?\s?m\.?|från|fran|t\.?\s?o\.?\s?m\.?|till|efter|före|fore|under"
                             r"|ankom|anslöt|anslot|lämnade|lamnade|deltog|digitalt|via|kom|gick|avvek|ej|utom"
                             r"|punkt(?:erna)?|pkt|p\.)(?=[\s.)])[^()]*\)"
                             r"|\s*\(\s*§§?\s*\d{1,3}[^()]*\)|\s*\(\s*\d{1,3}\s*[-–]\s*\d{1,3}\s*\)"
                             # (the hours attended: "(09:00-10:15)", "(kl. 10.15–11.30)")
                             r"|\s*\(\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\s*\)"
                             # (or with its word and no brackets, in a column of its own: "kl. 16:30-18:00")
                             r"|\s*kl\.?\s*\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\s*"
                             # (any words with a paragraph after them: "(på plats från och med §5)", "(lämnar efter
                             # § 5)")
                             r"|\s*\([^()§]{0,40}\s§\s?\d{1,3}[^()]*\)", re.I)

# the part of the meeting a person was there for, after a list line's entry, in brackets or after a comma ("(t.o.m.
# punkt 5)", "(från kl. 10.30)", ", § 4", ", §§ 3–5", ", ej § 7", ", kl. 09.00–10.30", ", fr.o.m. punkt 3")
# (also "deltog vid § 5", "närvarande §§ 3–5", "kom under punkt 4"; and a bare range of paragraphs after the entry,
# "X (Org) 4-9", "X, Org 4–9", or paragraphs after a space, "X § 2": the points the person was there for)
_PART_NOTE = re.compile(r"\s*,\s*(?:(?:fr\.?\s?o\.?\s?m\.?|från|fran|t\.?\s?o\.?\s?m\.?|till|ej|utom|del av|under"
                        r"|(?:deltog|deltar|närvarande|narvarande|kom|gick|avvek)(?:\s+(?:vid|under|i|från|fran|efter"
                        r"|till))?)\s+)?"
                        # (the organ's paragraphs: ", LGL 10", ", KS §§ 3-4")
                        # (a scan's "$" for the sign: ", $ 43")
                        r"(?:(?:(?-i:[A-ZÅÄÖ]{2,5})\s+)?(?:§§?|\$)\s*\d{1,3}(?:\s*(?:[-–—,]|och|t\.?\s?o\.?\s?m\.?)\s*\d{1,3})*"
                        r"|(?-i:[A-ZÅÄÖ]{2,5})\s+\d{1,3}(?:\s*[-–—]\s*\d{1,3})?"
                        r"|(?:punkt(?:erna)?|p\.?|pkt\.?|paragraf(?:erna)?)\s*\d{1,3}(?:\s*(?:[-–—,]|och|t\.?\s?o\.?\s?m\.?)\s*\d{1,3})*"
                        # (the number before its sign: ", 15 §", ", 12-15 §")
                        r"|\d{1,3}(?:\s*[-–—]\s*\d{1,3})?\s*§§?"
                        r"|(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d\d)?(?:\s*[-–—]\s*\d{1,2}(?:[.:]\d\d)?)?)\s*$"
                        r"|(?<=[\w)])\s+\d{1,2}\s*[-–—]\s*\d{1,2}\s*$"
                        # (or the paragraphs after a space, "Kristin Irebring § 2", "X (Org) §§ 3-4")
                        # (not the words of a part note of its own: "på plats från § 20", "ej § 5", "t.o.m. § 4")
                        r"|(?<=[\w)])(?<!från)(?<!fran)(?<!till)(?<!under)(?<!efter)(?<!vid)(?<!ej)(?<!utom)(?<!\bi)"
                        r"(?<!\bm\.)(?<!\btom)\s+§§?\s*\d{1,3}(?:\s*[-–—,]\s*\d{1,3})*\s*$"
                        # (a part note after the organisation's bracket with no comma: "X (Högsby kommun) ej § 25")
                        r"|(?<=\))\s+(?:ej|utom|fr\.?\s?o\.?\s?m\.?|t\.?\s?o\.?\s?m\.?)\s*§§?\s*\d{1,3}"
                        r"(?:\s*[-–—,]\s*\d{1,3})*\s*$", re.I)


# the part of the meeting attended after an organisation with no comma ("Region Kalmar län t.o.m. § 44")
# (or "punkt 6" after the organisation's bracket: "Denise Holm (Region Kalmar län) punkt 6")
_PARTS_ATTENDED = re.compile(r"\s+(?:(?:t\.?\s?o\.?\s?m\.?|fr\.?\s?o\.?\s?m\.?|from|tom|ej|utom)\s*)?"
                             r"(?:§§?|(?<=\)\s)punkt(?:erna)?)\s*\d{1,3}"
                             r"(?:\s*[-–—]\s*\d{1,3})?\s*$"
                             # (the sign after the number: "deltog under 5 §", "§ 5" written the other way)
                             r"|\s+(?:deltog|närvarade|medverkade)\s+(?:under|vid|i)\s+(?:punkt\s+|§\s*)?\d{1,3}"
                             r"(?:\s*§)?\s*$"
                             # (or the day of a meeting of two: "Länsstyrelsen dag 1", "SOS Alarm del av dag 1")
                             r"|\s+(?:(?:del av|hela|endast)\s+)?dag(?:en)?\s+\d(?:\s*(?:och|-|–)\s*\d)?\s*$")


# the part of the day a person was there, after the name ("Anna Holm endast fm", "Per Ek endast em", "Eva Lund bara
# förmiddagen")
_PART_OF_DAY = re.compile(r"\s+(?:endast|bara|enbart)\s+(?:fm|em|f\.\s?m\.|e\.\s?m\.|förmiddagen|eftermiddagen"
                          r"|dag\s+\d)\.?\s*$"
                          # (or the time of day they came or left: "t.o.m. kl. 11.00", "från kl 10.15")
                          r"|,?\s+(?:fr\.?\s?o\.?\s?m\.?|från|fran|t\.?\s?o\.?\s?m\.?|till|efter|före|fore)\s+"
                          r"kl(?:\.|ockan)?\s*\d{1,2}[.:]\d\d\s*$"
                          # (or a sentence of coming or leaving at a paragraph or an hour, no comma: "Jonas Frid Nybro
                          # kommun lämnade mötet vid § 43", "... anslöt kl. 10.15")
                          # (or the item attended, named: "... Kalmar kommun deltar under punkten Hälsosamtal")
                          r"|,?\s+(?:deltar|deltog|närvarar|narvarar|närvarade|narvarade)\s+(?:under|vid)\s+"
                          r"(?:punkten|punkt|ärendet|arendet)\s+\S.*$"
                          # (or the paragraphs attended, after the entry's bracket: "Roland Holm (Borgholms kommun)
                          # deltog under §§ 12-16")
                          r"|(?<=\))\s+(?:deltar|deltog|närvarar|narvarar|närvarade|narvarade)\s+(?:under|vid|i)\s+"
                          r"(?:§§?|\$)\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*$"
                          r"|,?\s+(?:lämnade|lamnade|lämnar|lamnar|anslöt|anslot|ankom|kom|gick|avvek)"
                          r"(?:\s+(?:mötet|motet|sammanträdet|sammantradet))?\s+(?:vid|efter|före|fore|under|från|fran"
                          r"|till|kl\.?)\s+(?:§\s*\d{1,3}|(?:kl\.?\s*)?\d{1,2}[.:]\d\d|punkt\s+\d{1,2})\.?\s*$", re.I)


# the paragraphs attended as bare numbers after the entry, one or a few, a comma before them or none ("Per Ek 37",
# "Eva Lund, Linnéuniversitetet 36, 38", "Eva Lund, folkhälsostrateg Torsås kommun, 12"); a name never ends in digits
_BARE_PARAGRAPHS = re.compile(r"(?<=[a-zåäöé)])(?:\s*,)?\s+\d{1,3}(?:\s*(?:,|och)\s*\d{1,3})*\s*$")
# (but a town's name and a number are an address's, "Greta Lund, Nybro 12", and a unit's or a place's noun and its
# number a name, "Avdelning 4", "Team 2": the words after which a number is no paragraph)
_NAMED_WITH_A_NUMBER = {fold(name) for name, _gen in KOMMUNER.values()} | {
    "avdelning", "avd", "enhet", "team", "grupp", "lokal", "rum", "sal", "hus", "plan", "vaning", "distrikt",
    "omrade", "zon", "korridor", "klass", "linje", "gatan", "vagen", "box"}


# the small words of a name written in lower case ("Ingrid von Holm", "Eva af Ek")
_NAME_PARTICLES = {"von", "af", "av", "de", "van", "der", "la", "le", "da", "di"}


def _without_part_note(text: str) -> str:
    """A list line's text without the note of the part of the meeting its person was there for."""
    text = _PART_OF_DAY.sub("", _PART_NOTE.sub("", _PRESENCE_ASIDE.sub("", text))).strip()
    if (bare := _BARE_PARAGRAPHS.search(text)) \
            and fold(text[:bare.start()].split()[-1]).strip(",") not in _NAMED_WITH_A_NUMBER:
        text = text[:bare.start()].strip()
    return text


# a presence column's marks: present ("x", "ja", "J", "✓"), absent ("-", "nej", "N", "0")
_PRESENT_MARKS = ("x", "ja", "j", "✓", "✔", "1")   # (a count's "1" against "0" or "-" in a column "Närvaro")


def _flat(text: str) -> str:
    """The text lower-cased without its diacritics, its punctuation kept (unlike fold)."""
    return "".join((unicodedata.normalize("NFKD", ch)[:1] or ch).lower() for ch in text)


# the tail of a list line saying its person is away (folded): the words of absence in brackets or after a dash or
# comma, the participle announcing them before ("(frånvarande)", "– förhinder", ", hade meddelat förhinder.",
# ", har lämnat återbud", "(ej närvarande)", ", deltog inte")
_ABSENCE_WORDS_TAIL = (r"(?:(?:hade|har)\s+)?(?:(?:anmalt|meddelat|lamnat)\s+)?(?:forhinder|franvaro|aterbud|forfall)"
                       r"|franvarande|(?:ej|inte|icke)\s+(?:narvarande|narv|deltagit|deltagande|narvarande)"
                       r"|deltog\s+(?:inte|ej)|kunde\s+inte\s+(?:narvara|delta)|(?:var|voro)\s+(?:franvarande|forhindrad)")
# a word of being away right after a name, no comma between (folded: "elsa nordin borta", "per ek sjuk")
_AWAY_AFTER_NAME = r"^[a-z][\w'-]+(?:\s+[a-z][\w'-]+){1,2}\s+(?:borta|bortrest|sjuk|sjukanmald|ledig)\b"
_ABSENCE_TAIL = re.compile(rf"(?:\(\s*(?:{_ABSENCE_WORDS_TAIL})\s*\)"
                           rf"|(?:\s[-–—]|,|(?<=\))\s)\s*(?:{_ABSENCE_WORDS_TAIL})"
                           # (a notes column's words, not a column's heading "Förhinder" beside the list)
                           r"|\s{3}\s*(?:deltog\s+(?:inte|ej)|(?:ej|inte|icke)\s+(?:narvarande|narv|deltagit)))\s*\.?\s*$")
# (or after the organisation's bracket with no comma: "Jonna Holm (Torsås kommun) ej närvarande"; or in a notes
# column: "Anneli Graf, Kalmar kommun          deltog ej")

# the mark of an absence in brackets right after the name, the organisation after it ("Per Ek (förhinder), Nybro
# kommun", "Per Ek (ej närvarande), Org, ledamot")
_ABSENCE_AFTER_NAME = re.compile(rf"^[^(),;]+?\s*\(\s*(?:{_ABSENCE_WORDS_TAIL})\s*\)\s*,"
                                  # (or a word of being away right after the name, a sentence after it or none: "Elsa
                                  # Nordin borta, Tilde Ahlgren tar över mötet för idag.")
                                  rf"|{_AWAY_AFTER_NAME}")

_ABSENT_MARKS = ("-", "–", "—", "nej", "n", "0")
# a name and its party in brackets ("Mona Holm (S)")
_NAME_PARTY = rf"[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){{1,3}}\s*{PARTY_BRACKET}"
# a presence column first on a row, its mark apart from the name by a gap ("X   Anna Holm, Org", "-   Per Ek, Org",
# "Ja    Eva Lund"): a mark of one sign or the words yes and no, no bullet before a text (one space)
_LEADING_MARK = re.compile(r"^\s{0,3}(x|X|✓|✔|ja|Ja|JA|-|–|—|nej|Nej|NEJ)(?:\t|\s{2,})(?=[A-ZÅÄÖÉ])")

# a seat or function written before the name in a list ("Ordf. Anna Holm, Kalmar kommun", "V. ordf. ...",
# "Sekr. ...", "Adj. ...", "Ers. ...", "Tjg. ers. ..."): the chair's and vice chair's a post; a secretary, an
# adjungerad or a deputy not serving is one of the others present, whatever the list's heading
_SEAT_BEFORE = re.compile(
    r"^(?P<pre>v(?:ice)?\.?\s*ordf(?:\.|[öo]randen?)|ordf(?:\.|[öo]randen?)|sammankallande|(?P<other>sekr(?:\.|eterare)"
    r"|adj(?:\.|ungerad)|även|aven|dessutom|(?<!tjg )(?<!tjg\. )ers(?:\.|[äa]ttare)|protokollf[öo]rare)"
    r"|tjg\.?\s*ers(?:\.|[äa]ttare)"
    r"|tj[äa]nstg[öo]rande\s+ers[äa]ttare|led(?:\.|amot))\s*:?\s+(?=(?-i:[A-ZÅÄÖÉ][a-zåäöé]))", re.I)

# a scan's digits for a word's first letter, a capital ("0la", "1ngrid")
_OCR_INITIALS = str.maketrans({"0": "O", "1": "I"})


def _plausible_as_read(name: str) -> bool:
    """A person's name, or one a scan wrote with a digit for a letter ("Anette Ni1sson", "0la Karlsson")."""
    return plausible_name(name) or bool(re.search(r"[01]", name)) and plausible_name(
        " ".join(w[:1].translate(_OCR_INITIALS) + w[1:].translate(DIGIT_LETTERS)
                 for w in name.split()))


def _prose_before_name(text: str) -> bool:
    """'Förhinder hade Anna Holm': a word in lower case before capitalised ones, a sentence, not a name
    (particles aside: 'af', 'von', 'de', 'van'; an OCR-damaged last name 'Emelie lngvarsson' is no sentence)."""
    words = text.split()
    return any(w[:1].islower() and w not in ("af", "von", "de", "van", "der", "la")
               and any(v[:1].isupper() for v in words[i + 1:]) for i, w in enumerate(words))

def _sentence_parts(lines: list[tuple[int, str]]) -> list[tuple[int, list[str]]]:
    """A list written as a sentence over lines, cut at ';', ',', ', och' and 'och' ('samt') outside brackets: per
    line, its pieces and the separators between them, as re.split gives them. A piece whose bracket runs over the
    line's end ("Per Ek" / "(Nybro kommun)") is taken whole on the next line."""
    out: list[tuple[int, list[str]]] = []
    carry = ""
    for k, (i, text) in enumerate(lines):
        text = carry + text.strip(" .")
        carry, depth, start = "", 0, 0
        parts: list[str] = []
        # (", och": a serial comma; "samt" as "och": "..., Rune Jansson samt Richard Dieckmann")
        # (a sentence's stop after a bracket or a word, a new sentence's capital after it: "..., sekreterare). Niklas
        # Ek (Org) deltog under 5 §.")
        for sep in re.finditer(r"\s*;\s*|,\s*(?:(?:och|samt)\s+)?|\s+(?:och|samt)\s+|(?:(?<=[a-zåäö]{2})|(?<=\)))\.\s+"
                               r"(?=[A-ZÅÄÖ][a-zåäö])|[()]", text):
            if sep.group(0) in "()":
                depth = depth + 1 if sep.group(0) == "(" else max(0, depth - 1)
            elif depth == 0:
                parts += [text[start:sep.start()], sep.group(0)]
                start = sep.end()
        if depth and k + 1 < len(lines):
            carry = text[start:] + " "
            out.append((i, parts[:-1]))
        else:
            out.append((i, parts + [text[start:]]))
    return out


# a seat or title alone in a column (keyword key): a role ("ordförande", "viceordf", "ledamot", "medlemmar",
# "ersättare"), a title by its ending ("utvecklingsledare", "förbundschef", "ekonom"), a representative's short form
# ("brukarrepr", "FK repr")
_TITLE_CELL = re.compile(r"(?:ordforande|ordf|vice ?ordforande|vice ?ordf|viceordf|ledamot|ledamoter|medlem|medlemmar"
                         r"|ersattare|sekreterare|adjungerad|[a-z]* ?repr|[a-z]*representant"
                         r"|[a-z]*(?:chef|ledare|samordnare|strateg|ekonom|handlaggare|sekreterare|direktor|lakare"
                         r"|skoterska|kurator|konsulent))")


def _lettered_org(text: str) -> bool:
    """An association's letters first, its name or branch after them ("SPF Seniorerna Mörbylånga", "SKPF avd Öland",
    "RSMH Kalmar"): an organisation's name, no person's (not a party's or a title's letters, "MAS", "SJVP")."""
    acro = re.fullmatch(r"([A-ZÅÄÖ]{2,6})(?:\s+(?:avd\.?|avdelning|[A-ZÅÄÖ][\wåäöé-]+)){1,4}(?:\s+län)?",
                        text.strip(" ,."))
    return acro is not None and acro.group(1) not in _NO_ORG_CAPITALS \
        and acro.group(1) not in ("MAS", "MAR", "IFO", "HSL", "LSS", "BUP", "VC", "HC")


# a seat's word shortened, capitalised as a column's cell is ("Sekr.", "Ordf.", "Adj."): a role after a name
_SEAT_SHORT = ("sekr", "ordf", "adj")


def _new_org_name(text: str) -> bool:
    """Words naming an organisation by their shape: one to six words, the first capitalised, one of them a noun
    organisations are named by ("Anhörigas Riksförbund", "Demensföreningen i Kalmar", "Stiftelsen Äldrecentrum")."""
    words = text.strip(" ,.").split()
    # (every word capitalised but the small words between: "i", "för", "och", ...)
    # (the county last in lower case: "Länsförsäkringar Kalmar län", "NSPH Kalmar län")
    county = len(words) >= 3 and words[-1] in ("län", "lan") and words[-2][:1].isupper()
    words = words[:-1] if county else words
    # (a body named with its county, "Länsförsäkringar Kalmar län", "Brukarrådet i Kalmar län", "NSPH Kalmar län",
    # is an organisation whatever its first word: no person is named with a county)
    return 1 <= len(words) <= 6 and all(re.fullmatch(r"[\wåäöéÅÄÖÉ&-]+", w) for w in words) \
        and all(w[:1].isupper() or w in ("i", "för", "och", "av", "på", "inom", "mot", "med")
                # (after a capitalised first word, the noun organisations are named by in lower case: "Svenska kyrkan
                # i Kalmar", "Svenska kyrkan")
                or i > 0 and _ORG_NOUN_END.search(fold(w))
                # (a genitive in lower case before the noun: "Hjärt- och lungsjukas förening")
                or 0 < i < len(words) - 1 and w.endswith("s") and _ORG_NOUN_END.search(fold(words[-1]))
                for i, w in enumerate(words)) \
        and words[0][:1].isupper() and (words[-1][:1].isupper() or len(words) > 1 and _ORG_NOUN_END.search(
            fold(words[-1]))) \
        and (county or any(_ORG_NOUN_END.search(fold(w))
                           or fold(w).startswith(("stiftelsen", "foreningen", "forbundet"))
                           or w in ("AB", "HB", "ek. för.") for w in words))



# a deputy serving for a member, both with their parties, the organisation after both ("Karin Lövgren (L) ersätter
# Maud Lindqvist (S), Västerviks kommun")
_SERVING_THEN_ORG = re.compile(r"(?P<who>[A-ZÅÄÖÉ][^,()]{3,40}?\s*\([A-Za-zÅÄÖåäö]{1,3}\))\s+"
                               r"(?P<verb>ersätter|i stället för|istället för|tjänstgör för|tjg för)\s+"
                               r"(?P<member>[A-ZÅÄÖÉ][^,()]{3,40}?\s*\([A-Za-zÅÄÖåäö]{1,3}\))\s*,\s*(?P<org>[^,()]{3,60})")


def _given_first(name: str) -> bool:
    """Whether a name opens with a given name the usual ones hold, a double one too ("Bengt-Åke Svärd")."""
    first = fold(name.split()[0]) if name.split() else ""
    return first in GIVEN_NAMES or "-" in first and all(part in GIVEN_NAMES for part in first.split("-"))


# a seat's kind before it and the items attended after it ("tj ledamot", "tjänstgörande ersättare", "adjungerad
# ersättare 15"; keyword form)
_SEAT_KIND = re.compile(r"^(?:(?:ej|inte)\s+)?(?:tj|tjg|tjanstgorande|adjungerad)\.?\s+|\s+(?:§§?\s*)?\d[\d\s,–-]*$")


# a column's cell that is one entry: a name, then its party in brackets or words in lower case or nothing ("Anna
# Holm (S) ordförande", "Per Ek förvaltningschef", "Eva Lund")
_NAME_CELL = re.compile(r"(?P<name>[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){1,2})(?:\s*\([A-ZÅÄÖ]{1,3}\))?"
                        r"(?:\s+[a-zåäö][\w.,-]*(?:\s+[a-zåäö][\w.,-]*){0,4})?")


def _name_cell(cell: str) -> bool:
    return bool(m := _NAME_CELL.fullmatch(cell.strip())) and plausible_name(m.group("name"))


# a name and the person's initials in brackets after it ("Bengt-Åke Holm (BH)", "Jonny Ek (JE)")
_INITIALS_AFTER_NAME = re.compile(r"(\s*)([A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,3})\s*\(([A-ZÅÄÖ]{2,4})\)")


# the label of the next organisation's people inside a list's sentence, lower case ("för kommunerna: A, Kalmar kommun,
# ...", "för Kommunförbundet i Kalmar län: B")
_ORG_SUBLABEL = re.compile(r"^\s*(?:för|från)\s+([^:,.]{3,60}):\s+(?=[A-ZÅÄÖ])")

class EntryRules(RulesBase):
    def _sub_labelled(self, entries: list[Entry], n: int, b: int, at: int | None = None) -> list[Entry]:
        """A list's sentence parted by labels of its own ("Närvarande: Gruppen: Lennart Werner (ordf.), ...
        Nätverken: Julia Edman (...). Funktionärerna: ... Övriga: ... Ej närvarande: Eva Berglund, Michael
        Landin."): the members under a label of the group ("Gruppen:", "Ledamöter:"), the others present under any
        other label, those under a label of absence absent (people of the record, not of the list)."""
        # (`at`: where on line n the names start, the list's own label before it, "Plats: X. Deltagande: A, B")
        text = " ".join(self.L(i).text[at or 0:] if i == n else self.L(i).text for i in range(n, b + 1))
        labels = [(m.start(), m.group(1))
                  for m in re.finditer(r"(?:^|(?<=[.:])\s+)([A-ZÅÄÖ][\wåäö-]+(?: [a-zåäö]+)?):\s", text)]
        labels = labels if at is not None else labels[1:]
        if len(labels) < (1 if at is not None else 2):
            return entries
        kept: list[Entry] = []
        pos = 0
        for e in entries:
            at = text.find(e.name, pos)
            if at < 0:
                kept.append(e)
                continue
            pos = at + len(e.name)
            label = next((lab for start, lab in reversed(labels) if start < at), None)
            if label is None:
                kept.append(e)
                continue
            k = fold(label)
            kind = self._list_heading_kind(self.text_line(n, label))  # type: ignore[attr-defined]
            if kind == "-":
                if self.ex is not None and all(fold(a.name) != fold(e.name) for a in self.ex.absent):
                    self.ex.absent.append(e)        # (once: the list's sentence is read more than once)
                continue
            if not re.fullmatch(r"gruppen|ledamoter|ledamoterna|beslutande|gruppens ledamoter|ordinarie", k):
                e.other = True
            kept.append(e)
        return kept

    def _others_after_colon(self, entries: list[Entry], n: int, b: int) -> None:
        """The others named after the members in a list's sentence, their words and a colon between ("Närvarande:
        ... och Sofia Ludvigson (Borgholms kommun) samt utvecklingsledarna i Kommunförbundet i Kalmar län och Region
        Kalmar län: Margit Lindholm Johansson och Helene Wendell."): present, not members; the organisations those
        words name one for each, in order."""
        text = " ".join(self.L(i).text for i in range(n, b + 1))
        body = text.split(":", 1)[1] if ":" in text else text
        words = re.search(r"\s+samt\s+(?P<who>[a-zåäö][^:]{2,120}?):\s+(?P<names>\S.*)$", body)
        if not words:
            return
        after = [e for e in entries if e.name in words.group("names")]
        if not after or len(after) == len(entries):
            return
        orgs = [p for p in re.split(r"\s+och\s+|\s*,\s*", re.sub(r"^.*?\s(?:i|vid|på|från)\s+", "", words.group("who")))
                if self.orgs.resolve(p.strip(" ."))]
        for k, e in enumerate(after):
            e.other = True
            if len(orgs) == len(after):
                e.org, e.org_as_written, e.note = None, None, None
                self._set_org(e, orgs[k])
            self._note_post(e, re.split(r"\s+(?:i|vid|på|från)\s+", words.group("who"))[0])

    def _inline_entries(self, n: int, heading: str | None = None, stop: int | None = None,
                        at: int | None = None) -> tuple[list[Entry], int]:
        """'Närvarande: Anna Holm (Kalmar kommun), Per Ek, Vimmerby kommun; ...': the entries of a list
        written as a sentence after its heading (the paragraph may go on over the next lines, up to `stop`, the
        line before the next list's heading). `at`: where on line n the names start (the label after a sentence
        on the line, "Plats: X. Deltagande: A, B"), else after the line's opening label."""
        m = _INLINE_HEAD.match(self.L(n).text) or LABEL_WITH_NOTE.match(self.L(n).text)
        assert m is not None or at is not None
        _a, b = self._paragraph_at(n)
        b = min(b, stop) if stop is not None and stop >= n else b
        # the sentence goes on over the next lines, up to a line with a label of its own ("Frånvarande: ...")
        # (or up to a sentence of presence of its own on the next line: "... Hultsfreds kommun." / "Från
        # processgruppen deltog X, Org.", read as a list of the others present after it)
        # (or a list's heading of its own, "Ej närvarande", or a line shaped as a heading over prose, where no
        # blank line parts the sentence from what follows: a plain export)
        # (or an item's number alone on its line after the list: "... och Per Ek (Org)." / "1" / "ÖPPNANDE AV MÖTET")
        b = next((i - 1 for i in range(n + 1, b + 1) if _INLINE_HEAD.match(self.L(i).text)
                  and not _ORG_SUBLABEL.match(self.L(i).text)
                  or LABEL_WITH_NOTE.match(self.L(i).text) or re.fullmatch(r"\s*\d{1,3}\s*", self.L(i).text)
                  or self._list_heading_kind(self.L(i)) and len(self.L(i).text.split()) <= 4  # type: ignore[attr-defined]
                  or (
            self.L(i - 1).text.rstrip().endswith(".") and (v := _PRESENCE_VERB.search(self.L(i).text))
            and len(self.L(i).text[:v.start()].split()) <= 5)
            # (or a line of no comma and no organisation after a line ending with no mark of a list going on, where
            # no blank line parts the list from the text after it: "Förhinder: Lars Brodin, Hela människan" /
            # "Ordföranden informerar")
                  or re.search(r"[\wåäö)]$", self.L(i - 1).text.rstrip())
                  and not re.search(r"\b(?:och|samt)$", self.L(i - 1).text.rstrip())
                  # (not a name cut after its given name at the line end: "..., Tore Lindgren, Sixten" / "Holm och ...")
                  and not (fold(self.L(i - 1).text.split()[-1]) in GIVEN_NAMES and "," in self.L(i - 1).text)
                  and self.L(i).text.strip()[:1].isupper() and "," not in self.L(i).text
                  and not self.orgs.resolve(self.L(i).text.strip(" .")) and not self._entry_of(self.L(i))
                  and not (i < b and self._entry_of(self.L(i + 1)))     # (not a group's line inside the list)
            # (or after the list's full stop, a sentence of another matter: "Anmält förhinder: Oskar Broberg." /
            # "Protokoll från föregående möte ... godkändes.")
                  or self.L(i - 1).text.rstrip().endswith(".")
                  and not re.search(r"\b(?:ordf|sekr|v|resp|ca|tf|adj|kl|m\.fl|osv|dvs|utv\.led|tjg|ers)\.$",
                                    self.L(i - 1).text.rstrip(), re.I)
                  and self.L(i).text.strip()[:1].isupper() and _FINITE_VERB.search(self.L(i).key)
                  and not self.orgs.resolve(self.L(i).text.strip(" .")) and not self._entry_of(self.L(i))), b)
        # (the sentence going on after a page break, its last line ending in a comma: "Tjänstepersoner: A, B, C," /
        # the page's footer and blank lines / "D, E, F": the names after the break, up to the next blank line)
        while self.L(b).text.rstrip().endswith(",") and (stop is None or stop > b):
            nxt = next((i for i in range(b + 1, min(b + 90, len(self.lines)) + 1)
                        if not self.L(i).blank and i not in self.furniture), None)
            if nxt is None or not any(i in self.furniture for i in range(b + 1, nxt)) \
                    or stop is not None and nxt > stop or not self._entry_of(self.L(nxt)):
                break
            b = self._paragraph_at(nxt)[1]
        entries: list[Entry] = []
        unread: list[tuple[int, str]] = []
        after_och: set[int] = set()        # entries joined to the one before by "och" on its line
        first = self.L(n).text[at:] if at is not None or m is None else m.group(2)
        # (the members named as such before the first name: "Närvarande: Beredningens ledamöter Sofia Hartz (Org), ...")
        first = re.sub(r"^(?:[A-ZÅÄÖ][\wåäö]*s\s+)?(?:ledamöter|ledamot|representanter)\s+"
                       r"(?=[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ])", "", first)
        # (a sentence of presence of its own after the list on its line, the names before its verb: "... Sanna Holm,
        # Per Ek. Camilla Berg, Vimmerby kommun, deltog på telefon under pass 1.": those named there join the list)
        after_list: list[Entry] = []
        if (cut := re.search(r"(?<=[a-zåäö)])\.\s+(?=[A-ZÅÄÖ][^.]*?,?\s+(?:deltog|närvarade|medverkade)\b)", first)):
            later = first[cut.end():]
            v = re.search(r",?\s+(?:deltog|närvarade|medverkade)\b", later)
            assert v is not None
            after_list = self._sentence_entries(later[:v.start()], 0, [(0, n)])  # type: ignore[attr-defined]
            if after_list:
                first = first[:cut.start()]
        # names written surname first after the label ("Ej närvarande: Berg, Eva – Nybro kommun; Lund, Per – Org"):
        # each turned round before the sentence is cut at its commas
        pieces = re.split(r"\s*;\s*|\s+och\s+", first.strip(" ."))
        if b == n and (turned := [self._surname_first(p) for p in pieces]) and all(turned):
            first = "; ".join(t for t in turned if t)
        texts = {i: first if i == n else "" if i in self.furniture else self.L(i).text for i in range(n, b + 1)}
        # (the organisation the list's label names, "Närvarande för Region Kalmar län: A, B och C", and the labels of
        # the next organisations' people on the lines after it, "för kommunerna: D, Kalmar kommun, ..." / "för
        # Kommunförbundet i Kalmar län: E": those names' organisation, where they name none of their own)
        line_org: dict[int, str | None] = {}
        if heading and (own := re.search(r"\s(?:för|från)\s+(.{3,60})$", heading.strip(" :"))) \
                and self.orgs.resolve(own.group(1)):
            line_org[n] = own.group(1)
        for i in range(n + 1, b + 1):
            if (sub := _ORG_SUBLABEL.match(texts[i])) is not None:
                line_org[i] = sub.group(1) if self.orgs.resolve(sub.group(1)) else None
                texts[i] = texts[i][sub.end():]
        # (a sentence of others present after the list's stop, the verb before their names: "... Katrin Holm
        # (Hultsfreds kommun). Dessutom deltog Niklas Ek (Region Kalmar län)" / "under förmiddagen.": present beside
        # the list's people, not of them)
        for i in range(n, b + 1):
            also = re.search(r"(?<=[a-zåäö)])\.\s+(?:Dessutom|Även|Också|Därutöver)\s+(?:deltog|närvarade|medverkade)"
                             r"\s+(?P<rest>[A-ZÅÄÖ].*)$", texts[i])
            if also is None:
                continue
            rest = " ".join([also.group("rest"), *(texts[j] for j in range(i + 1, b + 1))])
            rest = re.sub(r"\)\s+[a-zåäö][^()]*$", ")", rest.strip().rstrip("."))
            others = self._sentence_entries(rest, 0, [(0, i)])  # type: ignore[attr-defined]
            if others:
                for e in others:
                    e.other = True
                after_list += others
                texts[i] = texts[i][:also.start() + 1]
                for j in range(i + 1, b + 1):
                    texts[j] = ""
            break
        # (two columns of entries after the label, each "Name, Org" and parted by spaces only: "Närvarande: A, Org,
        # ordf      B, Org, sekr." / "            C, Org        D, Org"; or each a name, its party or its title after
        # it, no comma: "Närvarande:  Anna Holm (S) ordförande      Per Ek (C)      Eva Lund (M)"): the columns'
        # entries parted by commas
        for i, t in texts.items():
            cols = [c.strip() for c in re.split(r"\t| {3,}", t.strip()) if c.strip()]
            if len(cols) >= 2 and (all(plausible_name(c.split(",")[0].strip()) and "," in c for c in cols)
                                   or all(_name_cell(c) for c in cols)):
                texts[i] = ", ".join(c.rstrip(" ,") for c in cols)
        # (names parted by dashes, no organisation: "Närvarande: Maria Holm – Daniel Ek – Anton Berg"): parted by
        # commas, as a running list's
        for i, t in texts.items():
            dashed = re.split(r"\s+[–—-]\s+", t.strip(" ."))
            if len(dashed) >= 3 and all(plausible_name(p) and not self._entry_org(p) for p in dashed) \
                    and sum(fold(p.split()[0]) in GIVEN_NAMES for p in dashed) >= len(dashed) - 1:
                texts[i] = ", ".join(dashed)
        # (labels of its own inside the sentence, "Gruppen: A, B. Nätverken: C. Ej närvarande: D": each a break
        # between pieces, the labels' lists told apart after (`_sub_labelled`))
        sub_label = r"(?:^\s*|(?<=[.])\s+)[A-ZÅÄÖ][\wåäö-]+(?: [a-zåäö]+)?:(?:\s+|$)"
        # (one is enough after a label inside the line, the list's own label cut off before: "Plats: X. Deltagande:
        # A, B. Frånvarande: C.")
        if sum(len(re.findall(sub_label, t)) for t in texts.values()) >= (1 if at is not None else 2):
            texts = {i: re.sub(sub_label, lambda mm: "" if mm.start() == 0 else "; ", t) for i, t in texts.items()}
        per_line = self._join_wrapped(_sentence_parts([(i, self._comma_lost(t)) for i, t in texts.items()]))
        for i, parts in per_line:
            parts = self._join_och(parts)
            for k in range(0, len(parts), 2):
                # (the last name on a line of its own after "och": "... (Nybro kommun)" / "och Per Ek (Org).")
                # (and the line's last name before "och" at its end: "Per Ek (Org) och" / "Eva Lund (Org).")
                piece = re.sub(r"^(?:och|samt)\s+(?=[A-ZÅÄÖÉ])|(?<=[\w)])\s+(?:och|samt)$", "", parts[k].strip(" ."))
                # (the part of the meeting attended after the organisation, no comma: "... Kalmar län t.o.m. § 44")
                piece = _PARTS_ATTENDED.sub("", piece)
                # (the paragraphs the one before attended, a bare number after the comma, then the next entry: "Åsa
                # Holm, 90 Enhetschef Therese Ek, 91")
                if entries and re.fullmatch(r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?", piece):
                    continue
                if entries:
                    piece = re.sub(r"^\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?=[A-ZÅÄÖ])", "", piece)
                # (one present beside the list after its full stop: "... samt Kristin Holm (Org)." / "Även Maria
                # Svensson, utvecklingsledare i Region Kalmar län.": the others')
                also = bool(entries) and bool(re.match(r"(?:Även|Dessutom)\s+(?=[A-ZÅÄÖ][a-zåäöé])", piece)) \
                    and bool(re.search(r"\.\s*$", self.L(i - 1).text if k == 0 and i > n else ""))
                if also:
                    piece = piece.split(None, 1)[1]
                if not piece:
                    continue
                # (names side by side, each with its party, no comma: "Mikael Holm (S) Lina Ek (M) Jenny Lund (C)")
                if (side_by_side := self._party_names(i, piece)) is not None:
                    entries.extend(side_by_side)
                    continue
                # (the member served for on the next line: "X (Org), tjänstgörande ersättare" / "för Y (Org)")
                if entries and (stand := _IN_PLACE_OF.fullmatch(re.sub(r"\s*\([^()]*\)$", "", piece))) \
                        and plausible_name(stand.group("name")) and not entries[-1].in_place_of:
                    entries[-1].in_place_of = stand.group("name")
                    continue
                if (party_org := _PARTY_THEN_ORG.fullmatch(piece)) and entries \
                        and not (entries[-1].org or entries[-1].role):
                    piece = party_org.group(1) or party_org.group(2)  # "Anna Holm, S (Nybro)": the party, then the
                    # organisation in brackets
                # (a given name alone and a surname alone after a stray comma: "..., Patrik, Olsen, ...": one name)
                if k + 2 < len(parts) and parts[k + 1].strip() == "," and re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé-]+", piece) \
                        and fold(piece) in GIVEN_NAMES \
                        and re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé-]+", sur := parts[k + 2].strip(" .")) \
                        and fold(sur) not in GIVEN_NAMES and not self._entry_org(sur) \
                        and plausible_name(f"{piece} {sur}"):
                    piece = f"{piece} {sur}"
                    parts[k + 2] = ""
                if k + 2 < len(parts) and parts[k + 1].strip() == "," and not plausible_name(piece) \
                        and (org := parts[k + 2].strip(" .")) and self.orgs.resolve(org):
                    whole = f"{piece}, {org}"     # "Katrin Kar1sson, Hultsfreds kommun": a name OCR damaged
                    if (d := self._damaged_entry(self.text_line(i, whole))) is not None:
                        d.note = "damaged"
                        entries.append(d)
                        parts[k + 2] = ""
                        continue
                role = None
                if (two := re.fullmatch(r"(.+?)\s*\(([^(),]+),\s*([^(),]+)\)", piece)) \
                        and (self.orgs.resolve(two.group(3)) or self._capacity(two.group(3))):
                    piece, role = f"{two.group(1)} ({two.group(3)})", two.group(2)  # "X (utvecklingsledare, Org)"
                # (the bracket after the entry above wrapped to this line: "..., Mats Petersson" /
                # "(psykiatridirektor, Region Kalmar lan) $ 36, ...": its role and organisation)
                if entries and not (entries[-1].org or entries[-1].role) and entries[-1].line < i \
                        and (wrapped := re.fullmatch(r"\(([^()]+)\)(?:\s*(?:[§$]\s*\d{1,3}.*)?)?", piece)):
                    inside = [x.strip() for x in wrapped.group(1).split(",")]
                    if self.orgs.resolve(inside[-1]) or self._capacity(inside[-1]):
                        self._set_org(entries[-1], inside[-1])
                        for x in inside[:-1]:
                            self._note_post(entries[-1], x)
                        continue
                # (the entry's role after its comma, its organisation in brackets after it: "Jenny Paulsson, sekreterare
                # (Kommunförbundet i Kalmar län)")
                if entries and not (entries[-1].org or entries[-1].role) and entries[-1].line <= i \
                        and (role_org := re.fullmatch(
                            r"([a-zåäö][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*){0,2})\s*\(([^()]+)\)", piece)) \
                        and self._entry_org(role_org.group(2)) \
                        and (_ROLE_RE.fullmatch(r := kw(role_org.group(1), self.lx)) or TITLE_BY_ENDING.fullmatch(
                            r.split()[0])):
                    self._set_org(entries[-1], role_org.group(2))
                    self._note_post(entries[-1], role_org.group(1))
                    continue
                if entries and not (entries[-1].org or entries[-1].role) and _lettered_org(piece):
                    self._set_org(entries[-1], piece.strip(" ,."))     # "Gunnel Hägg, SPF Seniorerna Mörbylånga"
                    continue
                fake = self.text_line(i, piece)
                e = self._capitalised_title_entry(i, piece)     # "Digitaliseringsstrateg Åsa Holm"
                e = e or self._parse_entry_cell(fake, _ASIDE_RE.sub("", _ACTING_RE.sub("", piece)).strip(), False)
                if e is None and (br := re.fullmatch(r"(.+?)\s*\(([^()]+)\)", _ASIDE_RE.sub("", piece).strip())):
                    # "J0hanna Fors (Torsås kommun)": a name OCR damaged, its organisation in brackets
                    whole = f"{br.group(1)}, {br.group(2)}"
                    if (e := self._damaged_entry(self.text_line(i, whole))) is not None:
                        e.note = "damaged"
                if e is None and (e := self._damaged_entry(fake)) is not None:
                    e.note = "damaged"      # "Margit Lindho1m Johansson (sekreterare)": a role in its bracket
                if e is None and len(piece.split()) <= 4 and re.search(r"[a-zåäöé][01]|[01][a-zåäöé]", piece) \
                        and plausible_name(piece.translate(DIGIT_LETTERS)):
                    e = Entry(piece, i, note="damaged")    # "Lisa Ho1mkvarn": a name alone a scan damaged
                if e is None and (titled := self._titled_entry(i, piece)) is not None:
                    e = titled              # "utvecklingsledare Jessica Lek för Org", "brukarrepresentant Rune Lund"
                if e is not None and role:
                    self._note_post(e, role)
                if e is not None:
                    e.acting = bool(_ACTING_RE.search(piece))
                    e.other = e.other or also
                    for aside in _ASIDE_RE.finditer(piece):     # "Sofia Hartz (ordförande)"
                        self._note_post(e, aside.group(0).strip(" ()"))
                    prev = entries[-1] if entries else None
                    # "Anna Holm och Per Ek (Kalmar kommun)": the organisation in brackets is both names'
                    if prev and not (prev.org or prev.role) and prev.line == i and k >= 2 \
                            and parts[k - 1].strip() == "och" and piece.endswith(")") and (e.org or e.role):
                        prev.org, prev.role, prev.org_as_written = e.org, e.role, e.org_as_written
                        prev.note = None
                    if prev and prev.line == i and k >= 2 and parts[k - 1].strip() == "och":
                        after_och.add(id(e))
                    entries.append(e)
                elif entries and entries[-1].org is None and entries[-1].role is None and \
                        (self._entry_org(bare := _PRESENCE_ASIDE.sub("", _ASIDE_RE.sub("", piece)).strip())
                         or self._capacity(bare) or _new_org_name(bare)
                         # (an organisation the graph does not know, "Gunnar Fridell, FUB Kalmar": the draft's)
                         or self.ex is not None and not plausible_name(bare) and self._named_org(bare)
                         or self._titled_new_org(bare)):
                    # (the organisation with an aside after it, "Nybro kommun (ordförande)", "Nybro kommun (fr.o.m.
                    # punkt 3)": the role the entry's, the part of the meeting no part of the organisation)
                    for aside in _ASIDE_RE.finditer(piece):
                        self._note_post(entries[-1], aside.group(0).strip(" ()"))
                    piece = bare
                    self._set_org(entries[-1], piece)
                    # "Anna Holm och Per Ek, Nybro kommun": the organisation after the last of names joined by
                    # "och" is theirs too
                    j = len(entries) - 1
                    while j > 0 and id(entries[j]) in after_och and not (entries[j - 1].org or entries[j - 1].role):
                        self._set_org(entries[j - 1], piece)
                        j -= 1
                elif entries and _ASIDE_CELL_RE.match(kw(piece, self.lx)):
                    continue
                else:
                    unread.append((i, piece))
        for e in entries:
            if not (e.org or e.role) and (whose := [line_org[i] for i in sorted(line_org) if i <= e.line]) \
                    and whose[-1] is not None:
                self._set_org(e, whose[-1])
            # (one marked as adjoined in brackets after the organisation: "samt X, Kommunförbundet i Kalmar län
            # (adjungerad)": present, not a member)
            if re.search(re.escape(e.name) + r"[^()]{0,60}\((?:adjungerad|adjungerade|adj\.?)\)",
                         texts.get(e.line, "")):
                e.other = True
        entries += after_list
        # (a name the list's paragraph says took part in one point only, "Sofia Ek, Kommunförbundet i Kalmar län,
        # deltog under punkt 5.": present for that point, not a member)
        para = " ".join(texts[i] for i in range(n, b + 1))
        for e in entries:
            if re.search(re.escape(e.name) + r"(?:\s*,[^,.;]{1,60},|\s*\([^()]{1,60}\))?\s+(?:deltog|medverkade"
                         r"|närvarade|var närvarande)\s+(?:under|vid|för|i)\s+(?:punkt|punkterna|§|ärende|ärendet"
                         r"|paragraf|\d{1,3}\s*§)", para):
                e.other = True
        self._others_after_colon(entries, n, b)
        entries = self._sub_labelled(entries, n, b, at)
        if unread and entries and self.ex is not None and heading is not None:
            self.ex.incomplete.append(f"list '{heading}' (line {n}): not read as names: "
                                      + "; ".join(f"'{p}' (line {i})" for i, p in unread))
        return entries, b

    def _party_names(self, n: int, text: str) -> list[Entry] | None:
        """Two names or more side by side, each with its party in brackets and no comma between ("Mona Holm (S) Hans
        Ek (KD) Jenny Lund (C)"): an entry each; None for any other text."""
        if not re.fullmatch(rf"(?:{_NAME_PARTY}\s*){{2,}}", text.strip()):
            return None
        got = [self._read_entry_line(self.text_line(n, m.group(0).strip())) for m in re.finditer(_NAME_PARTY, text)]
        return [g[0] for g in got] if all(len(g) == 1 for g in got) else None

    def _capitalised_title_entry(self, n: int, piece: str) -> Entry | None:
        """A running list's piece opening with a title capitalised, of a word or more, its last word one by its
        ending, then the name ("Digitaliseringsstrateg Åsa Holm", "Apotekaren Maria Minich Karlsson (ej punkt 6)",
        "Medicinskt ansvariga sjuksköterskan Sara Öhrn, Mönsterås kommun"): the entry, the title its post; None for
        any other piece."""
        words = piece.split()
        if len(words) < 3 or not words[0][:1].isupper() or fold(words[0]) in GIVEN_NAMES:
            return None
        j = 1
        while j < len(words) - 2 and words[j][:1].islower():
            j += 1
        if not TITLE_BY_ENDING.fullmatch(kw(words[j - 1], self.lx)):
            return None
        rest = " ".join(words[j:])
        if not plausible_name(re.split(r"\s*[,(]", _PRESENCE_ASIDE.sub("", rest))[0].strip()):
            return None
        e = self._parse_entry_cell(self.text_line(n, rest), _PRESENCE_ASIDE.sub("", rest).strip(), False)
        if e is not None and not e.post:
            self._note_post(e, " ".join(words[:j]).lower())
        return e

    def _titled_entry(self, n: int, piece: str) -> Entry | None:
        """A running list's piece with the title before the name in lower case ("utvecklingsledare Jessica Lek för
        Kommunförbundet i Kalmar län", "och brukarrepresentant Rune Lund"): the entry, the title its post or its
        capacity; None where the words before the name are no title."""
        words = piece.split()
        lead = 0
        # (or a title capitalised, first on the piece: "Digitaliseringsstrateg Åsa Holm")
        if len(words) >= 3 and words[0][:1].isupper() and TITLE_BY_ENDING.fullmatch(kw(words[0], self.lx)) \
                and fold(words[0]) not in GIVEN_NAMES and plausible_name(" ".join(words[1:])):
            words = [words[0].lower(), *words[1:]]
        while lead < len(words) - 2 and words[lead][:1].islower() and (
                _ROLE_RE.fullmatch(k := kw(words[lead], self.lx).strip(" .")) or TITLE_BY_ENDING.fullmatch(k)
                or self._capacity(words[lead])):
            lead += 1
        if not lead:
            return None
        rest = " ".join(words[lead:])
        e = self._parse_entry_cell(self.text_line(n, rest), rest, False)
        if e is None:
            return None
        title = " ".join(words[:lead])
        if self._capacity(title) and not (e.org or e.role):
            self._set_org(e, title)
        else:
            self._note_post(e, title)
        return e

    def _names_then_sentences(self, ln: Line) -> list[Entry] | None:
        """A list's names as a sentence of their own, sentences of the others present after it on the line ("Sanna
        Holm, Tove Ek, Johanna Fors och Anneli Lund. Som föräldrarepresentanter deltog Maria o Jonas Berg. Som
        studerande deltog Alva Ny från Linnéuniversitetet."): the names of the first, then the others' (each of them
        present beside the list, with the organisation their sentence names); None for any other line."""
        sentences = re.split(r"(?<=[a-zåäöé)])\.\s+(?=[A-ZÅÄÖ])", ln.text.strip().rstrip("."))
        if len(sentences) < 2:
            return None
        names = [p.strip() for p in re.split(r"\s*,\s*|\s+och\s+", sentences[0]) if p.strip()]
        if len(names) < 3 or not all(plausible_name(p) and not self._entry_org(p) for p in names):
            return None
        out = [Entry(name, ln.n) for name in names]
        for sentence in sentences[1:]:
            said = re.fullmatch(r"(?:Som|Även|Dessutom)\s+(?P<as>[a-zåäö][\wåäö ]{2,40}?)\s+"
                                r"(?:deltog|närvarade|medverkade)\s+(?P<who>.+?)(?:\s+från\s+(?P<org>[A-ZÅÄÖ].+))?",
                                sentence)
            if said is None:
                return None
            for piece in re.split(r"\s*,\s*|\s+och\s+(?![A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ][a-zåäöé]+$)|\s+samt\s+",
                                  said.group("who")):
                # (two given names sharing one surname: "Maria o Jonas Berg", "Maria och Jonas Berg")
                pair = re.fullmatch(r"([A-ZÅÄÖ][a-zåäöé]+)\s+(?:o|och|&)\s+([A-ZÅÄÖ][a-zåäöé]+)\s+([A-ZÅÄÖ][\wåäöé-]+)",
                                    piece.strip())
                who = [f"{pair.group(1)} {pair.group(3)}", f"{pair.group(2)} {pair.group(3)}"] if pair \
                    and fold(pair.group(1)) in GIVEN_NAMES and fold(pair.group(2)) in GIVEN_NAMES else [piece.strip()]
                for name in who:
                    if not plausible_name(name):
                        return None
                    e = Entry(name, ln.n, other=True)
                    if said.group("org"):
                        self._set_org(e, said.group("org").strip())
                    out.append(e)
        return out

    def _org_then_names(self, ln: Line) -> list[Entry] | None:
        """An organisation as a label, the names of its people after it joined by "&" ("RSMH Västervik: Eva Holm & Rune
        Ek", "Västerviks kommun:   Maud Ek & Marianne Lund", "Attention Västervik: Tove Lund"): each name with the
        organisation (one the graph knows, or one named as organisations are, the draft's); None for any other line."""
        # (or a bullet and a dash: " • Region Kalmar län – Sofia Holm (ordf.), Mats Ek, Per Lund (del av dag)")
        text = " ".join(c.strip() for c in ln.cells) if ln.cells else ""
        dashed = re.fullmatch(r"\s*[•·▪*]\s*([^:,–—]{2,60}?)\s+[–—-]\s+(\S.*?)\s*", text)
        m = dashed or re.fullmatch(r"\s*([^:,]{2,60}?):\s+(\S.*?)\s*", text)
        if m is None and len(ln.cells) <= 2 and (first := self._known_org_first(text, ln.n)) is not None:
            return first
        if m is None or plausible_name(m.group(1)):
            return None
        pieces = [n.strip() for n in re.split(r"\s*&\s*|\s*,\s*(?![^()]*\))|\s+och\s+", m.group(2)) if n.strip()]
        asides = [re.findall(r"\(([^()]*)\)", n) if dashed else [] for n in pieces]
        names = [re.sub(r"\s*\([^()]*\)", "", n).strip() if dashed else n for n in pieces]
        org = m.group(1).strip()
        label = kw(org, self.lx)
        if not dashed and len(names) >= 2 and all(plausible_name(n) for n in names) \
                and re.fullmatch(r"(?:fran|for)\s+\S.*", label) and ORG_KIND.fullmatch(label):
            # (a kind of organisation as the label, "För kommunerna: Stefan Holm, Maud Ek, ...": the people of the
            # list's next group, with no organisation of their own)
            return [Entry(name, ln.n) for name in names]
        known = self._entry_org(org)
        # (one name after an organisation the graph knows: the entry reader's own form, "Kalmar kommun: Anna Holm")
        if not all(plausible_name(n) for n in names) or len(names) < 2 and not dashed and (known or "&" in m.group(2)) \
                or not (
                known or self.ex is not None and (_new_org_name(org) or _lettered_org(org)
                                                  or len(org.split()) >= 2 and self._named_org(org))):
            return None     # (not a label's word: "Underskrifter: Sekreterare Per Ek")
        out = []
        for name, noted in zip(names, asides, strict=True):
            e = Entry(name, ln.n)
            self._set_org(e, org)
            for aside in noted:     # "(ordf.)", "(sekreterare)"; "(del av dag)" says no role
                if _ROLE_RE.search(kw(aside, self.lx)) or TITLE_BY_ENDING.search(kw(aside, self.lx)):
                    self._note_post(e, aside)
            out.append(e)
        return out

    def _known_org_first(self, text: str, n: int) -> list[Entry] | None:
        """A row of a roll call by organisation, no colon after it: an organisation the graph knows opening the line,
        the names of its people after it parted by commas, "och", "&" or wide gaps ("Region Kalmar län Emmy Holm, Lars
        Ek", "Borgholms kommun      Tomas Zander"): each name with the organisation; None for any other line."""
        # (the fewest words that name it and leave names after them: "Region Kalmar" leaves "län Emmy Holm", no name)
        words = text.split()
        for k in range(1, min(6, len(words) - 2) + 1):
            org = " ".join(words[:k])
            if plausible_name(org) or not self._entry_org(org):
                continue
            rest = text.strip()[len(org):].strip() if text.strip().startswith(org) else " ".join(words[k:])
            names = [p.strip(" .") for p in re.split(r"\s*&\s*|\s*,\s*|\s+och\s+|\s{2,}", rest) if p.strip(" .")]
            if not names or not all(plausible_name(name) and len(name.split()) <= 4 for name in names):
                continue
            out = []
            for name in names:
                e = Entry(name, n)
                self._set_org(e, org)
                out.append(e)
            return out
        return None

    def _unknown_org_tail(self, words: list[str], k: int) -> bool:
        """The words from the k-th on name an organisation the graph does not know, by an organisation's shape (its
        noun, its county, its letters, the town it sits in), and no part of them names a known one in two words or more
        ("RSMH Kalmar", "Attention Kalmar län", "Länkarna i Kalmar"; not "Holm Region Kalmar län", a name's third word
        before the region; nor "Holm Ek", a double surname)."""
        rest = " ".join(words[k:])
        # (two words at least, or letters in capitals: "Per Olof Fahlström" is no "Per Olof" of "Fahlström")
        # (or one word that is an authority's or a body's name by its ending, the list's last word: "Katarina Holm
        # Åklagarmyndigheten", "Per Ek Kriminalvården"; not a surname, "Lund", "Berg")
        one = len(words) - k == 1 and k >= 2 and len(words[k]) >= 9 and words[k][:1].isupper() \
            and words[k][1:].islower() and bool(re.search(r"(?:myndigheten|verket|kassan|formedlingen|styrelsen"
                                                         r"|forbundet|foreningen|inspektionen|varden)$",
                                                         fold(words[k])))
        return self.ex is not None and k < len(words) and (len(words) - k >= 2 or words[k].isupper() or one) \
            and not self.orgs.resolve(rest) \
            and (_new_org_name(rest) or _lettered_org(rest) or bool(re.search(r"\si\s+[A-ZÅÄÖ][\wåäö]+$", rest))
                 and self._named_org(rest)) \
            and (words[k].isupper() or not any((hit := self.orgs.resolve(" ".join(words[j:])))
                                               and hit.id != "kalmar-lan" and len(words) - j >= 2
                                               for j in range(k + 1, len(words))))

    def _name_then_tail(self, piece: str) -> list[str]:
        """A running list's piece with a role, capacity or organisation after the name and no comma between
        ("Margit Holm processledare", "Jessica Ek Kommunförbundet i Kalmar län", "Rune Lund brukarrepresentant"):
        the name and the rest as two pieces; any other piece as it is."""
        words = re.sub(r"\s*\([^()]*\)\s*$", "", piece).split()
        # (the longest tail first: "Sofia Lund Kommunförbundet i Kalmar län" is no name "Sofia Lund Kommunförbundet"
        # of the county's)
        for k in range(2, len(words)):
            name, tail = " ".join(words[:k]), " ".join(words[k:])
            if not all(w[:1].isupper() or w in _NAME_PARTICLES for w in words[:k]):
                break       # (a name has no word in lower case: "Linnea Holm medicinskt ansvarig" is none)
            # (the role capitalised as a column's cell is, an organisation after it or none, the line's columns run
            # together: "Petra Holm Ordförande", "Ylva Berg Samordnare Barnahus", "Hans Ek Ekonom Region Kalmar län")
            if k == len(words) - 1 or k < len(words) - 1 and (self._entry_org(rest := " ".join(words[k + 1:]))
                                                               or self._unknown_org_tail(words, k + 1)
                                                               or self.ex is not None and self._named_org(rest)):
                role = kw(words[k], self.lx).strip(" .,")
                if words[k][:1].isupper() and words[k][1:].islower() and plausible_name(name.translate(DIGIT_LETTERS)) \
                        and fold(words[k]) not in self._given_names() \
                        and (_ROLE_RE.fullmatch(role) or TITLE_BY_ENDING.fullmatch(role) or role in _SEAT_SHORT):
                    return [name, words[k], *([" ".join(words[k + 1:])] if k < len(words) - 1 else [])]
            if plausible_name(name.translate(DIGIT_LETTERS)) and self._unknown_org_tail(words, k):
                return [name, tail]     # ("Annika Holm RSMH Kalmar", "Simone Ek Attention Kalmar län")
            if plausible_name(name.translate(DIGIT_LETTERS)) and (words[k][:1].islower() or self._entry_org(tail)) \
                    and (_ROLE_RE.fullmatch(kw(tail, self.lx).strip(" .")) or TITLE_BY_ENDING.fullmatch(
                        kw(tail, self.lx).strip(" .")) or self._capacity(tail) or self._entry_org(tail)
                         # (a title of several words, its first or last word one by its ending: "Eva Holm
                         # förvaltningschef barn och utbildning", "Linnea Holm medicinskt ansvarig sjuksköterska")
                         or words[k][:1].islower() and any(TITLE_BY_ENDING.fullmatch(kw(w, self.lx).strip(" ,."))
                                                           for w in (words[k], words[-1]))):
                return [name, tail]
        return [piece]

    def _comma_lost(self, text: str) -> str:
        """A running list's two names with the comma between them lost ("Karin Albertz, Eva Berggren Annika Fröborg,
        Per Ek"): the comma put back where four words stand between commas, the first and third given names, the
        second and fourth none."""
        given_names = self._given_names()

        def comma(m: re.Match[str]) -> str:
            w = m.group(2).split()
            if [fold(x.split("-")[0]) in given_names for x in w] == [True, False, True, False]:
                return f"{m.group(1)}{w[0]} {w[1]}, {w[2]} {w[3]}"
            return m.group(0)
        return re.sub(r"(^|,\s*|:\s*)((?:[A-ZÅÄÖÉ][\w'-]+\s+){3}[A-ZÅÄÖÉ][\w'-]+)(?=\s*(?:,|$))", comma, text)

    def _join_wrapped(self, per_line: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
        """A sentence's pieces per line (as `_sentence_parts` gives them) with an organisation's name the line
        end cut ("Mats Petersson, Region" / "Kalmar län; ...") joined again on the next line: where the line's
        last piece alone names none and, with the next line's first, one; likewise a person's name cut after its
        given name ("och Isabell" / "Lindalen, Nybro kommun")."""
        out = [(i, list(parts)) for i, parts in per_line]
        for k in range(len(out) - 1):
            parts, nxt = out[k][1], out[k + 1][1]
            # (a line of one piece too: the heading's line with a given name alone, "Anmält förhinder: Karin" /
            # "Ekström, Torsås kommun")
            if (len(parts) < 3 and len(parts) != 1) or not nxt:
                continue
            last, first = parts[-1].strip(" ."), nxt[0].strip(" .")
            if len(parts) >= 3 and not last and parts[-2].strip() == "," and first and not plausible_name(parts[-3]) \
                    and self.orgs.resolve(first):
                # "Katrin Kar1sson," / "Hultsfreds kommun": a name OCR damaged at the line end, its organisation
                # on the next line: read on the name's line
                out[k] = (out[k][0], parts[:-1] + [first])
                nxt[0] = ""
                continue
            # (the organisation after "för" / "från" / "vid" cut at the line end: "Jessica Lek för Kommunförbundet i
            # Kalmar" / "län, ...": the rest of its name joined on the name's line)
            tail = re.search(r"\s(?:för|från|vid)\s+(\S.*)$", last) if last and first else None
            if last and first and not self.orgs.resolve(last) and not plausible_name(last) \
                    and self.orgs.resolve(f"{last} {first}"):
                parts[-1] = ""
                nxt[0] = f"{last} {first}"
            elif tail and len(first.split()) <= 2 and first[:1].islower() and not self.orgs.resolve(first) \
                    and self.orgs.resolve(f"{tail.group(1)} {first}"):
                parts[-1] = f"{parts[-1].rstrip()} {first}"
                nxt[0] = ""
            elif last and first and all(re.fullmatch(r"[A-ZÅÄÖÉ][\w'’-]+", w) and not plausible_name(w)
                                        for w in (last, re.sub(r"\s*\(.*$", "", first))) \
                    and plausible_name(last + " " + re.sub(r"\s*[(].*$", "", first)):
                # "..., och Isabell" / "Lindalen, Nybro kommun": a name the line end cut after its given name
                # (its organisation in brackets after it: "Andreas" / "Erlandsson (Kommunförbundet i Kalmar län)")
                parts[-1] = ""
                nxt[0] = f"{last} {first}"
        return out

    def _join_och(self, parts: list[str]) -> list[str]:
        """Pieces and separators (as `_sentence_parts` gives them) with two pieces cut at "och" joined again
        where together they name an organisation ("Samordnande grupp Barn och unga")."""
        out = parts[:1]
        for k in range(1, len(parts) - 1, 2):
            sep, piece = parts[k], parts[k + 1]
            if sep.strip() == "och" and self.orgs.resolve(f"{out[-1].strip()} och {piece.strip()}") \
                    and not self.orgs.resolve(out[-1].strip()):
                out[-1] = f"{out[-1]}{sep}{piece}"
            else:
                out += [sep, piece]
        return out

    def _present_only(self, entries: list[Entry]) -> list[Entry]:
        """A list with a presence column ("x" present, "-" absent): those marked absent are people of the
        record (absent), not attendance."""
        # (a line of the list whose tail says its person is away: "X, Org (frånvarande)", "X, Org – förhinder",
        # "X, Org, har lämnat återbud.")
        # (or bears the mark an accepted protocol laid out alike marked its absent with: "* Johan Hansson" under
        # "Presidiets ledamöter (* = anmält förhinder)")
        away = [e for e in entries if _ABSENCE_TAIL.search(_flat(self.L(e.line).text))
                or _ABSENCE_AFTER_NAME.match(_flat(self.L(e.line).text).strip(" -–•*"))
                or self.learned.marks_absent(self.L(e.line).raw)]
        if away and self.ex is not None and len(away) < len(entries):
            self.ex.absent.extend(away)
            entries = [e for e in entries if e not in away]
        marks = {e.line: self._presence_mark(e.line) for e in entries}
        # (a presence column whose absent rows are left empty, three rows or more marked "x" and at least half: "Anna
        # Holm, Nybro kommun      x" / "Per Ek, Nybro kommun": those with no mark absent)
        present = sum(v is True for v in marks.values())
        if False not in marks.values() and None in marks.values() and present >= 3 and 2 * present >= len(marks) \
                and all(re.search(r"\s{3,}[xX]\s*$", self.L(n).raw) for n, v in marks.items() if v is True):
            marks = {n: v if v is True else False for n, v in marks.items()}
        if not (True in marks.values() and False in marks.values()) or self.ex is None:
            return entries
        self.ex.absent.extend(e for e in entries if marks[e.line] is False)
        return [e for e in entries if marks[e.line] is not False]

    def _legend_mark(self, n: int) -> str | None:
        """A row's mark where the table's head gives its marks' meanings in brackets ("Närv (N),Frånv (F)", "Närv
        tj.g. (NT)"): "present", "serving" (present in a member's place) or "absent"; None without such a head or
        mark."""
        m = n - 1
        legend: dict[str, str] = {}     # (the head's two lines: "Närv (N),Frånv (F)" / "Närv tj.g. (NT)")
        # (up to forty lines up, to two blank lines in a row)
        while m > 1 and m > n - 40 and not (self.L(m).blank and self.L(m - 1).blank):
            for word, mark in re.findall(r"([^\s(),][^(),]*?)\s*\(([A-ZÅÄÖ]{1,3})\)", self.L(m).text):
                legend.setdefault(mark, word.split("  ")[-1].strip())
            if len(legend) >= 2 and any(re.match(r"(?i)fr[åa]nv", w) for w in legend.values()):
                cells = [c.strip() for c in self.L(n).cells[1:]]
                mark = next((c for c in cells if c in legend), None)
                if mark is None:
                    return None
                word = fold(legend[mark])
                return "absent" if re.match(r"franv|ej\b", word) else "serving" if re.search(r"\btj", word) \
                    else "present"
            m -= 1
        return None

    def _presence_mark(self, n: int) -> bool | None:
        """A table row's presence column, last on the row apart from the rest: "x", "ja", "✓" (present) or
        "-", "–", "nej", "0" (absent); None when the row has none."""
        if n in self.check_marks:       # "[x] Anna Holm, Kalmar kommun" / "[ ] Per Ek, Nybro kommun"
            return self.check_marks[n]
        if (legend := self._legend_mark(n)) is not None:    # "N", "NT" / "F" by the head's own legend
            return legend != "absent"
        raw = self.L(n).raw
        if (by_column := self._mark_under_head(n)) is not None:
            return by_column
        if (row := self._spaced_row(n)) is not None:
            return row[2]           # "Ledamot Per Ek Nej" under "Uppdrag Ledamot Närvarande"
        if (first := _LEADING_MARK.match(raw)) is not None:     # "X   Anna Holm, Org", "-   Per Ek, Org"
            return fold(first.group(1)) in _PRESENT_MARKS
        run = re.search(r"(?:(?:\t|\s{2,})(?:x|-|–|—|ja|nej|✓|✔)){2,}\s*$", raw, re.I)
        if run and re.search(r"\S", raw[:run.start()]):
            # a presence column per paragraph ("x  x  -  -"): present when marked present at any of them
            return bool(re.search(r"(?:^|\s)(?:x|ja|✓|✔)(?=\s|$)", run.group(0), re.I))
        # (the last cell after a tab, a run of spaces or a pipe: "... | | J", "...<TAB>N")
        # (empty cells after it, a notes column left blank: "| Per Ek | Nybro | - |  |")
        m = re.search(r"\S(?:[\t ]*\t[\t ]*|\s{3,}|\s*\|[\s|]*)(\S{1,3}?)\s*(?:\|\s*)*$", raw)
        mark = fold(m.group(1)) if m else ""
        if mark in _PRESENT_MARKS or mark in _ABSENT_MARKS:
            return mark in _PRESENT_MARKS
        # a presence column in words, last of three or more cells: "Närvarande", "Närvarande §§ 30–33", "Deltar
        # via Teams" (present); "Frånvarande", "Anmält förhinder", "Ej närvarande" (absent)
        cells = self.L(n).cells
        last = fold(cells[-1]) if len(cells) >= 3 else ""
        if re.match(r"(?:franvarande|franvaro|forhinder|anmalt forhinder|ej narvarande|ej deltagit|inte narvarande)\b",
                    last):      # ("Frånvaro anmäld")
            return False
        if re.match(r"(?:narvarande|deltar|deltog|digitalt|via teams|pa plats)\b", last) \
                or bool(cells) and re.fullmatch(r"§§?\s*\d[\d\s,–-]*", cells[-1].strip()):
            return True     # "§§ 1–8", "§ 4": present for those
        return None

    def _mark_under_head(self, n: int) -> bool | None:
        """A row's mark ("x") under one of two columns its table's head row names, one of presence and one of
        absence ("Namn  Organisation  Närv.  Frånv."): present or absent by the column the mark stands under."""
        m = n - 1
        while m >= 1 and not self.L(m).blank and m > n - 40:
            head = self.L(m)
            if len(head.cells) > 2 and self._table_head(head):
                raw_head = head.raw.expandtabs(8)
                # (a head abbreviated with its stop: "Närv.  Frånv.")
                cols = [(c.start(), fold(c.group(0)).strip(" .:")) for c in re.finditer(r"\S+(?: \S+)*", raw_head)]
                absent = [a for a, word in cols if ABSENCE_HEAD.fullmatch(word)]
                present = [a for a, word in cols if not ABSENCE_HEAD.fullmatch(word) and _PRESENCE_HEAD.fullmatch(word)]
                if not (absent and present):
                    return None
                mark = re.search(r"(?:^|\s)(x|✓|✔|ja|j)\s*$", self.L(n).raw.expandtabs(8), re.I)
                if not mark:
                    return None
                at = mark.start(1)
                return abs(at - present[0]) <= abs(at - absent[0])
            m -= 1
        return None

    def _entry_of(self, ln: Line) -> list[Entry]:
        """The entries one list line holds (none when it is not a list line); each call gets its own copies."""
        # (read again once the header is read: an organisation the graph does not know is the draft's to define only
        # then, a line read before it holding the name as written alone)
        key = (ln.n, ln.text, self.ex is not None)
        if key not in self._entry_cache:
            self._entry_cache[key] = self._read_entry_line(ln)
        return [dataclasses.replace(e) for e in self._entry_cache[key]]

    def _read_entry_line(self, ln: Line) -> list[Entry]:
        text = ln.text
        if not text or ln.layout:
            return []
        # the last names of a running list wrapped at its "och" or comma, its full stop after them ("A, B, C och" /
        # "D.", the first name with its seat in brackets or not, "A (ordförande), B och"): the names without the stop
        if text.rstrip().endswith(".") and not text.rstrip().endswith("..") and ln.n > 1 \
                and re.search(r"(?:,|\s(?:och|samt))$", self.L(ln.n - 1).text.rstrip()) \
                and _name_like(re.sub(r"\s*\([^()]*\)$", "", self.L(ln.n - 1).text.split(",")[0].strip())):
            return self._read_entry_line(self.text_line(ln.n, text.rstrip()[:-1]))
        # the person's initials in brackets after the name ("Jonny Holm (JH), Kommunstyrelsens ordförande", as minutes
        # mark who said what): no party or organisation, read without them
        if (initials := _INITIALS_AFTER_NAME.match(text)) is not None \
                and initials.group(3) == "".join(w[0] for w in initials.group(2).split()).upper():
            return self._read_entry_line(self.text_line(ln.n, text[:initials.start(3) - 1].rstrip()
                                                        + text[initials.end():]))
        if re.search(r"\s(?:ersätter|efterträder)\s+[A-ZÅÄÖ]\S*\s+[A-ZÅÄÖ]\S*\s+som\s+(?:\w+\s+)?"
                     r"(?:ledamot|representant|ersättare|ordförande)\b", text):
            return []       # a replacement's sentence ("Per Ek, Emmaboda kommun, ersätter Eva Lund som ledamot i ...")
        if (several := self._org_then_names(ln)) is not None:
            return several
        if len(ln.cells) <= 1 and (told := self._names_then_sentences(ln)) is not None:
            return told
        if (run := self._names_run_together(text)) is not None:
            return [Entry(name, ln.n) for name in run]
        if len(ln.cells) <= 1 and (stand := _SERVING_THEN_ORG.fullmatch(text.strip())):
            # the member served for before the organisation ("Karin Lövgren (L) ersätter Maud Lindqvist (S),
            # Västerviks kommun"): read as "Karin Lövgren (L), Västerviks kommun, ersätter Maud Lindqvist (S)"
            return self._read_entry_line(self.text_line(
                ln.n, f"{stand.group('who')}, {stand.group('org')}, {stand.group('verb')} {stand.group('member')}"))
        if self._spaced_head(ln):
            return []               # "Uppdrag Ledamot Närvarande": a table's head, its gaps lost
        if (row := self._spaced_row(ln.n)) is not None:
            e = Entry(row[1], ln.n)     # "Ordförande Lotta Holm Ja": the seat, the name, the mark (`_presence_mark`)
            self._note_post(e, row[0])
            return [e]
        if len(ln.cells) >= 2 and _DITTO.fullmatch(ln.cells[-1].strip()) and plausible_name(ln.cells[0].strip()) \
                and (prev := self._prev_nonblank(ln.n)) is not None \
                and len(above := self._entry_of(self.L(prev))) == 1 and above[0].org:
            # the organisation's column of a table marked "the same as above" ("Johan Holm      ”"): the organisation
            # of the row above (its role cells between the person's own)
            e = Entry(ln.cells[0].strip(), ln.n, org=above[0].org, org_as_written=above[0].org_as_written)
            for c in ln.cells[1:-1]:
                self._note_post(e, c)
            return [e]
        if len(ln.cells) <= 1 and _heading_words(kw(_PAREN_TAIL.sub("", text).strip(" :*"), self.lx)) in LIST_HEADINGS:
            return []               # "Övriga deltagare": the next list's heading, not a name
        if len(ln.cells) <= 1 and text.rstrip().endswith(":") \
                and kw(text, self.lx).split()[0] in ("narvarande", "ledamoter", "ovriga", "deltagare", "franvarande"):
            return []               # "Närvarande ordinarie Länsgemensam ledning:": a list's heading naming its body
        if len(ln.cells) <= 1 and ";" in text and len(pieces := [p.strip() for p in text.strip(" ;.").split(";")]) >= 2:
            # entries parted by semicolons, each with its role after a comma ("Chris Holm, ordförande; Maud Ek, vice
            # ordförande; Conny Lund, ledamot;"): each piece one entry, or the line is none of this kind
            each = [self._read_entry_line(self.text_line(ln.n, p)) for p in pieces]
            if all(len(got) == 1 for got in each) and all("," in p or "(" in p for p in pieces):
                return [got[0] for got in each]
        if len(ln.cells) <= 1 and re.search(r"\S\s*\(\s*\)\s*$", text):
            # a bracket left empty after the name (a party a scan lost: "Eva Folkesdotter-Paradis ()"): no part of it
            text = re.sub(r"\s*\(\s*\)\s*$", "", text)
            ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
        if len(ln.cells) <= 1 and re.match(_AWAY_AFTER_NAME, _flat(text.strip(" ·•-"))) \
                and (away := re.match(r"\s*[·•-]?\s*([A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){1,2})\s+[a-zåäö]", text)) \
                and plausible_name(away.group(1)):
            # the name and a word of being away after it ("Elsa Nordin borta, Tilde Ahlgren tar över mötet"): the
            # entry, absent (`_present_only` reads the line)
            return [Entry(away.group(1), ln.n)]
        if len(ln.cells) <= 1 and re.search(r"\S\s*(?:\*{1,3}|[¹²³†])\s*$", text) and not text.lstrip().startswith("*"):
            # a footnote's mark after the entry ("Petra Holm *", a note under the list: "* = Deltagit ca halva
            # tiden."): no part of it
            text = re.sub(r"\s*(?:\*{1,3}|[¹²³†])\s*$", "", text)
            ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
        if len(ln.cells) <= 1 and text.count("/") in (1, 2) and not re.search(r"\d\s*/\s*\d|://", text) \
                and (slashed := self._slashed_entry(ln.n, text)) is not None:
            return [slashed]    # "Kalmar kommun/Camilla Holm, Verksamhetschef", "Region Kalmar län/Per Ek/Samordnare"
        if len(ln.cells) <= 1 and (remote := _MODE_TAIL.search(text)) and remote.start() > 0:
            # how the person took part after the entry ("Emma Holm (S), deltog på distans"): no part of it
            text = text[:remote.start()]
            ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
        if len(ln.cells) <= 1 and (stand := re.fullmatch(
                rf"(?P<name>[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){{1,3}})\s*{PARTY_BRACKET},?\s+"
                rf"(?:ers\.|ersättare för|ers\. för|tjg\.? ers\.? för|tjg\.? för|tjänstgörande för|för"
                rf"|i stället för)\s+"
                rf"(?P<member>[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){{1,3}})(?:\s*{PARTY_BRACKET})?"
                rf"(?:,?\s*(?:§§?\s*)?\d{{1,3}}(?:\s*[-–]\s*\d{{1,3}})?)?\.?", text.strip())) \
                and plausible_name(stand.group("name")) and plausible_name(stand.group("member")):
            # a deputy serving in a member's place, both with their parties ("Hanna Kvist (S) ers. Ann Holm (S)",
            # "Marianne Ek (M) för Liv Lund (M), 31-37"): the deputy, the member absent
            return [Entry(stand.group("name"), ln.n, in_place_of=stand.group("member"))]
        if len(ln.cells) <= 1 and (side_by_side := self._party_names(ln.n, text)) is not None:
            return side_by_side     # names side by side, each with its party ("Mona Holm (S) Hans Ek (KD)")
        if len(ln.cells) >= 2 and re.fullmatch(rf"(?:{_PARTIES})", ln.cells[0].strip()) \
                and plausible_name(re.split(r"[,(]", ln.cells[1])[0].strip()):
            # a party's column first ("S    Patrik Holm, ordförande    X"): no cell of the entry (the mark last read by
            # `_presence_mark`)
            cells = ln.cells[1:-1] if len(ln.cells) >= 3 and re.fullmatch(r"(?i:x|-|–|—|✓|✔|ja|nej)",
                                                                           ln.cells[-1].strip()) else ln.cells[1:]
            text = "   ".join(cells)
            ln = Line(ln.n, text, text, kw(text, self.lx), cells, ln.layout)
        if len(ln.cells) == 3 and plausible_name(ln.cells[1].strip()) and not plausible_name(ln.cells[0].strip()) \
                and re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé-]+(?:\s+[a-zåäöé-]+){0,2}", ln.cells[0].strip()) \
                and fold(ln.cells[0].split()[0]) not in GIVEN_NAMES \
                and (self.orgs.resolve(org_cell := _PAREN_TAIL.sub("", ln.cells[2]).strip())
                     or self._named_org(org_cell)):
            # the role's column first, then the name and the organisation ("Sammankallande    Magnus Holm    Mönsterås
            # kommun", "Åhörare    Agnes Ek    Länkarna i Kalmar (inbjuden)"): the entry with its role
            e = Entry(ln.cells[1].strip(), ln.n)
            self._set_org(e, ln.cells[2].strip() if self.orgs.resolve(org_cell) else org_cell)
            self._note_post(e, ln.cells[0].strip())
            return [e]
        if len(ln.cells) >= 2 and _LEADING_MARK.match(ln.raw):
            # the presence column first, its mark apart ("X   Magnus Holm, Mönsterås kommun      Rådets ordförande"):
            # the entry from the rest (the mark read by `_presence_mark`)
            cells = ln.cells[1:]
            text = "   ".join(cells)
            ln = Line(ln.n, text, text, kw(text, self.lx), cells, ln.layout)
        elif len(ln.cells) == 1 and (lead := _LEADING_MARK.match(text)) \
                and not lead.group(1).startswith(("-", "–", "—")):
            # (two spaces only after the mark, the line one cell: "x  Loord, Jimmy, ordförande, Region Kalmar län")
            text = text[lead.end():]
            ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
        if len(ln.cells) >= 2 and re.fullmatch(r"(?:narvarande|franvarande|deltar|deltog|ej narvarande"
                                               r"|anmalt forhinder)", fold(ln.cells[-1]).strip(" .")) \
                and plausible_name(re.split(r"[,(]", ln.cells[0])[0].strip()):
            # the presence column in words last on the row ("Ann Holm, socialchef        Närvarande"): read by
            # `_presence_mark`, no cell of the entry
            cells = ln.cells[:-1]
            text = "   ".join(cells)
            ln = Line(ln.n, text, text, kw(text, self.lx), cells, ln.layout)
        if len(ln.cells) >= 2 and _PRESENCE_ASIDE.fullmatch(ln.cells[-1]):
            # the part of the meeting attended in a column of its own ("Ahlstedt Emmy      (09:00-10:15)"): no cell of
            # the entry
            cells = ln.cells[:-1]
            text = "   ".join(cells)
            ln = Line(ln.n, text, text, kw(text, self.lx), cells, ln.layout)
        # the kind of organisation in brackets where a kommun's list has the party, the town after it ("Anna Holm,
        # (kommun), Kalmar, ordförande", "Per Ek, (region), Kalmar"): the kommun of the town, or the region
        if len(ln.cells) <= 1 and (kind := re.search(
                r",\s*\((kommun|region|regionen|landsting)\)\s*,\s*([A-ZÅÄÖ][\wåäö-]+)", text)):
            org = "Region Kalmar län" if kind.group(1) != "kommun" else kind.group(2)
            text = text[:kind.start()] + ", " + org + text[kind.end():]
            ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
        # two people with their titles, the organisation written once after the last ("Elin Holm, förbundschef, och
        # Per Ek, processledare, Samordningsförbundet i Kalmar län"): each of the organisation
        if len(ln.cells) <= 1 and (both := re.fullmatch(r"([A-ZÅÄÖÉ][^,()]+,\s*[a-zåäö][^,()]*?),?\s+(?:och|samt)\s+"
                                                        r"([A-ZÅÄÖÉ][^()]+)", text.strip(" ."))) \
                and plausible_name(both.group(1).split(",")[0].strip()):
            second = self._read_entry_line(Line(ln.n, both.group(2), both.group(2), kw(both.group(2), self.lx),
                                                [both.group(2)], ln.layout))
            if len(second) == 1 and second[0].org and second[0].org_as_written:
                t = f"{both.group(1)}, {second[0].org_as_written}"
                first = self._read_entry_line(Line(ln.n, t, t, kw(t, self.lx), [t], ln.layout))
                if len(first) == 1 and first[0].org == second[0].org:
                    return first + second
        # a party's letters in brackets between the name and its role, no comma ("Roland Holm (c) ordförande", "Eva
        # Ek (s) 1:e vice ordförande"): the name and the role (the vice chair's number no part of it)
        if len(ln.cells) <= 1 and (party := re.fullmatch(
                rf"([^(),]+?)\s*{PARTY_BRACKET}\s+(?:\d:[ae]\s+)?([^()\d,]{{3,30}})", text.strip(), re.I)) \
                and plausible_name(party.group(1).strip().translate(DIGIT_LETTERS)) \
                and (_ROLE_RE.fullmatch(kw(party.group(2), self.lx).strip(" ."))
                     or re.fullmatch(r"(?:(?:ej\s+)?tj(?:g|anstgorande)\.?\s+)?ersattare",
                                     kw(party.group(2), self.lx).strip(" ."))):
            text = f"{party.group(1).strip()}, {party.group(2).strip()}"
            ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
        # (a seat's number before the name, "2  Niklas Holm ersätter Johan Ek": no part of the entry)
        if (seat_no := _LIST_NUMBER_RE.match(text)) and len(ln.cells) <= 1:
            text = text[seat_no.end():]
            ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
        # names alone, parted by commas and "och", the paragraphs they were there for before them or not ("Sanna
        # Holm, Maria Ek, Mathias Berg", "§ 44 Marianne Lund och Petter Nord")
        if len(ln.cells) <= 1:
            bare = re.sub(r"^§§?\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?=[A-ZÅÄÖÉ])", "", text.strip()).strip(" .")
            led = bare != text.strip().strip(" .")
            # (the list wrapped, its last name on the next line: "Sofia Hartz, Anna Holm och" / "Per Ek")
            bare = re.sub(r"(?:,|\s+och|\s+samt)$", "", bare).strip()
            # (the paragraphs they were there for after them: "Eva Berg, Per Ek och Jabil Lund, § 26.")
            bare = _without_part_note(bare).strip(" .") if not led else bare
            # (each name with its role or capacity in brackets, commas inside them too: "Diana Holm (ordförande),
            # Kristin Ek (utvecklingsledare, sekreterare), Elsa Berg (brukarrepresentant)")
            # (an "och" before a word in lower case joins no names: "Eva Holm förvaltningschef barn och utbildning")
            pieces = re.split(r"\s*,\s*(?![^()]*\))|\s+(?:och|samt)\s+(?![^()]*\))(?![a-zåäöé])", bare)
            # (a party's letters in brackets after a name, "(s)", "(c)", "(rn)" where a scan read m: no aside of the
            # entry; a role or an organisation between the names the preceding name's: "Emmy Holm (c), ordförande,
            # Anders Ek (s)", "Anita Lund (s), Emmaboda kommun, Per Berg (kd)")
            pieces = [re.sub(rf"\s*{PARTY_BRACKET}\s*$", "", p) for p in pieces]
            tails: dict[int, list[str]] = {}
            kept: list[str] = []
            split = [q for piece in pieces for q in self._name_then_tail(piece)]
            run_on = len(split) > len(pieces)     # a name and its role or organisation with no comma between
            for p in split:
                if kept and (_ROLE_RE.fullmatch(kw(p, self.lx).strip(" .")) or self._entry_org(p)
                             or p[:1].islower() and TITLE_BY_ENDING.fullmatch(kw(p.split()[0], self.lx).strip(" ,."))) \
                        and not plausible_name(p):
                    tails.setdefault(len(kept) - 1, []).append(p)
                elif not kept and _ROLE_RE.fullmatch(kw(p, self.lx).strip(" .")) and len(pieces) > 2:
                    continue    # (the role of the name on the line above, wrapped: "vice ordförande, Maud Ek (m)")
                else:
                    kept.append(p)
            pieces = kept
            asides = [m.group(1) if (m := re.search(r"\s*\(([^()]*)\)\s*$", p)) else None for p in pieces]
            names = [_without_part_note(re.sub(r"\s*\([^()]*\)\s*$", "", p)) for p in pieces]
            if (len(names) >= 2 or led or run_on) \
                    and all(plausible_name(n.translate(DIGIT_LETTERS)) and len(n.split()) <= 4
                            and not self._entry_org(n) and not self._capacity(n)
                            and not _ROLE_RE.search(kw(n, self.lx)) for n in names) \
                    and sum(_given_first(n) for n in names) >= (
                        1 if led else len(names) - (len(names) >= 3)):
                # (every name's first word a given name, one of three or more aside; after the paragraphs, one: a
                # name and an organisation not known, "Karin Ahl, Röda Korset", are no two names)
                out = [Entry(n, ln.n) for n in names]
                for k, tail in tails.items():
                    for t in tail:
                        if (self._entry_org(t) or self._capacity(t) or self._titled_new_org(t)) \
                                and not (out[k].org or out[k].role):
                            self._set_org(out[k], t)
                        else:
                            self._note_post(out[k], t)
                for e, aside in zip(out, asides, strict=True):
                    if aside and _ROLE_RE.search(kw(aside, self.lx)) and not self._capacity(aside) \
                            and not self._entry_org(aside):
                        self._note_post(e, aside)   # "(ordförande)", "(utvecklingsledare, sekreterare)"
                    elif aside:
                        self._set_org(e, aside)     # "(brukarrepresentant)", "(Nybro kommun)"
                return out
        # (a row of pipes whose other cells are empty or a mark "-": "| Nils Åberg, Torsås kommun | | - |")
        cells = ln.cells if len(ln.cells) > 1 or (ln.cells and re.search(r"\s\|\s", text)) else [text]
        if (noted := _without_part_note(cells[-1])) != cells[-1] and noted:
            # the part of the meeting the person was there for, after the entry: a note, no part of it
            cells = [*cells[:-1], noted]
            text = noted if len(cells) == 1 else text
        if len(cells) > 1 and re.fullmatch(r"(?:(?i:paragraf)\s+)?[A-ZÅÄÖ]{2,5}\s+\d{1,3}(?:\s*[-–,]\s*\d{1,3})*",
                                           cells[-1].strip()) and cells[-1].strip().split()[-2] not in _NO_ORG_CAPITALS:
            cells = cells[:-1]      # the paragraphs attended by the organ's numbering ("LGL 12", "LGL 9-13"): a note
        if len(cells) > 1 and fold(cells[-1]) in _PRESENT_MARKS + _ABSENT_MARKS:
            cells = cells[:-1]      # the presence column's mark ("... | | J"): read by `_presence_mark`
        kept = [c for c in cells if not _WHEN_CELL.fullmatch(c.strip())] if len(cells) > 1 else cells
        if kept and len(kept) < len(cells):
            cells = kept            # a meeting app's report: when each joined and left, how long ("2 h 56 min")
            self.report_lines.add(ln.n)
        # a capacity in brackets, then the town the person comes from ("Rune Jansson (brukarrepresentant) Kalmar"):
        # the entry's capacity, the town no organisation of its
        town = re.fullmatch(r"([^(),]+?)\s*\(([^()]+)\)\s+([A-ZÅÄÖ][\wåäö-]+)", text.strip()) \
            if len(cells) == 1 else None
        if town and self._capacity(town.group(2)) and self._entry_org(town.group(3)) \
                and plausible_name(town.group(1).strip()):
            cells = [town.group(1).strip(), town.group(2)]
            text = f"{cells[0]} ({cells[1]})"
        if len(cells) == 1 and (joined := self._joined_pairs(text)):
            # two list lines joined by a scan: each read as its own line (an OCR-damaged name too)
            got = [self._read_entry_line(self.text_line(ln.n, t)) or
                   [d for d in [self._damaged_entry(self.text_line(ln.n, t))] if d] for t in joined]
            return [e for g in got for e in g] if all(got) else []
        if len(cells) == 1 and (pairs := self._name_org_pairs(text)):
            cells = pairs           # "Anna Holm, Kalmar kommun, Per Ek, Nybro kommun": two entries on one line
        elif len(cells) == 1 and (grouped := self._org_group(text, ln.n)):
            return grouped          # "Region Kalmar län: Anna Holm, Per Ek": names under their organisation
        elif len(cells) == 1 and re.search(r"\)(?:,|\s+[–—-])\s*\S", _ASIDE_RE.sub("", text)):
            # "Anna Holm (Kalmar kommun), ordförande", "... (Kalmar kommun) – vice ordförande": a role after it
            cells = re.split(r"(?<=\))(?:,|\s+[–—-])\s*", text)
        elif len(cells) == 1 and (after := re.fullmatch(r"([^()]+\([^()]+\))\s+((?:\d:[ae]\s+)?[^()\d]{3,30})",
                                                        text.strip())) \
                and (_ROLE_RE.fullmatch(role := kw(after.group(2), self.lx).strip(" ."))
                     or TITLE_BY_ENDING.fullmatch(role)
                     or re.fullmatch(r"\d:[ae]\s+" + _ROLE_RE.pattern, role)):
            # "Anna Holm (Kalmar kommun) ordförande", "... (Mönsterås kommun) 1:e v ordförande": a role after the
            # bracket, no comma between (a text layer's columns run together)
            cells = [after.group(1), after.group(2)]
        elif len(cells) == 1 and (stand := re.search(r"\)\s+(?=(?:" + _IN_PLACE_OF.pattern + r")\s*$)", text)):
            # "Anna Holm (Kalmar kommun) ersätter Per Ek", "... (Nybro kommun) i stället för Per Ek": a deputy
            # serving in a member's place, the member after the bracket
            cells = [text[:stand.start() + 1], text[stand.end():]]
            # (not at a party's bracket: "Anna Holm (S), Kalmar kommun, ordförande" is read as one line)
        elif len(cells) == 1 \
                and (stand := re.search(r"(?<=\w)\s+(?=(?:" + _IN_PLACE_OF.pattern + r")\s*,?\s*$)", text)) \
                and plausible_name(text[:stand.start()].strip()):
            # "Kjell Almgren för Mikael Forsberg": a deputy serving in a member's place, no organisation written
            cells = [text[:stand.start()], text[stand.end():]]
        if len(cells) > 1 and fold(cells[0]).strip(" .:") in ("region", "regionen") \
                and plausible_name(_name_part(_ASIDE_RE.sub("", cells[1]))):
            # the region of the collaboration, its word alone in a column of the organisations before the names
            # ("Region      Emma Rydh"; elsewhere "Region" may be the first word of a name wrapped onto the next line)
            cells = ["Region Kalmar län", *cells[1:]]
        # (the name alone in its cell, a bracket after it at most: "Ordförande   Agnes Holm, Nybro kommun" under the
        # lists is the signatures' form)
        if len(cells) == 2 and not plausible_name(cells[0]) and "," not in cells[1] \
                and _TITLE_CELL.fullmatch(kw(cells[0], self.lx).strip(" .:")) \
                and plausible_name(_name_part(re.sub(r"\s*\([^()]*\)\s*$", "", _ASIDE_RE.sub("", cells[1])))
                                   .translate(DIGIT_LETTERS)) \
                and not self._entry_org(cells[0]):
            # a title or seat in a column before the name ("Ordförande      Sofia Holm", "Viceordf.   Anna Ek",
            # "Utvecklingsledare    Lena Lund"): the name, its title after it
            cells = [cells[1], cells[0]]
        if len(cells) > 1 and (self._entry_org(cells[0]) or self._capacity(cells[0])) \
                and plausible_name(_name_part(_ASIDE_RE.sub("", cells[1])).translate(DIGIT_LETTERS)) \
                and not plausible_name(cells[0]):
            cells = [cells[1], cells[0], *cells[2:]]    # "Kalmar kommun    Anna Holm    ordförande": organisation first
            # (the name's cell with a role or the member served for after it: "Hab norr   Anna Holm, ordförande",
            # "Emmaboda   Anna Holm tjänstgör för Per Ek (Emmaboda)": a cell of its own after the organisation; a
            # deputy's word alone, "Torsås   Anna Holm ersättare", none)
            name = _name_part(cells[0])
            if name != cells[0].strip():
                tail = cells[0].strip()[len(name):].strip(" ,") if cells[0].strip().startswith(name) else ""
                cells = [name, cells[1], *([tail] if tail and not re.fullmatch(_SEAT_WORD, tail, re.I) else []),
                         *cells[2:]]
        if len(cells) > 1:      # in a table row two spaces part columns too ("Kalmar län  utvecklingsledare")
            cells = [c.strip() for cell in cells for c in re.split(r" {2,}", cell) if c.strip()]
            # an organisation's cell with a role after a comma ("Region Kalmar län, utvecklingsledare Äldre")
            cells = [c for cell in cells for c in self._org_and_role(cell)]
        out: list[Entry] = []
        title_before = None
        other_before = False
        seat_before = False
        for i, cell in enumerate(cells):
            acting = bool(_ACTING_RE.search(cell))
            cell = _ACTING_RE.sub("", cell).strip(" ;")
            asides = [m.group(0).strip(" ()") for m in _ASIDE_RE.finditer(cell)]
            if i == 0:
                cell = _LIST_NUMBER_RE.sub("", _BULLET_RE.sub("", cell), count=1)
                # a title in lower case before the name ("regionråd Emmy Ahlstedt (S), Region Kalmar län")
                # (or capitalised, opening the line, before a whole name: "Socialchef Eva Strand, Nybro kommun")
                # (a name a scan damaged after it too, a digit for a letter: "Socialchef 0la Karlsson")
                pre = re.match(r"^([a-zåäöé][\wåäöé.]*(?:\s+[a-zåäöé][\wåäöé.]*)?)\s+(?=[A-ZÅÄÖÉ][a-zåäöé])", cell) \
                    or re.match(r"^([A-ZÅÄÖ][a-zåäöé]{4,})\s+(?=[A-ZÅÄÖÉ0][a-zåäöé01]+\s+[A-ZÅÄÖÉ][a-zåäöé01])", cell)
                if pre and (_ROLE_RE.fullmatch(kw(pre.group(1), self.lx).strip(" ."))
                            or TITLE_BY_ENDING.fullmatch(kw(pre.group(1), self.lx).strip(" ."))
                            and not _SEAT_BEFORE.match(cell)) and (
                        pre.group(1)[0].islower()
                        or _plausible_as_read(re.split(r"[,(]|\s[–—-]\s", cell[pre.end():])[0].strip())):
                    title_before, cell = pre.group(1), cell[pre.end():]
                elif (seat := _SEAT_BEFORE.match(cell)) and _plausible_as_read(
                        re.split(r"[,(]|\s[–—-]\s", cell[seat.end():])[0].strip()):
                    other_before = bool(seat.group("other"))
                    title_before = None if other_before else seat.group("pre")
                    seat_before = True
                    cell = cell[seat.end():]
            cell = _ASIDE_RE.sub("", cell)
            continues = cell.endswith(",")
            cell = cell.strip(" ,")
            if not cell:
                continue
            # (the paragraphs taken part in, "§ 4", "§§ 11-12": the keyword form drops the sign)
            if out and (_ASIDE_CELL_RE.match(kw(cell, self.lx)) or re.fullmatch(r"§§?\s*[\d\s,–-]+", cell)):
                self._note_post(out[-1], cell)
                continue            # a role or party column ("ordförande", "S")
            # (the member's organisation in brackets after: "tjänstgör för Per Ek (Emmaboda)")
            # (capitalised as a column's cells are: "Ersätter Mats Petersson")
            if out and (stand := _IN_PLACE_OF.fullmatch(re.sub(r"\s*\([^()]*\)$", "", cell[:1].lower() + cell[1:]))) \
                    and plausible_name(stand.group("name")):
                out[-1].in_place_of = stand.group("name")
                continue            # "för Per Ek": serving in a member's place, who is absent
            if out and re.fullmatch(r"\d\s*:\s*[ae]\s+(?:vice\s+)?(?:ordförande|ordf\.?)", cell, re.I):
                self._note_post(out[-1], cell)
                continue            # "1:e vice ordförande" in the seat's column
            capacity = self._capacity(cell)
            # (a title in a column after the name, no organisation: "Tobias Holm      Sekreterare i gruppen")
            # (or titles parted by a comma, "Samordnare, mötessekreterare")
            # (the title's unit after a comma in lower case: "verksamhetschef, närvårdsavdelningen")
            titles = cell.split(",")
            if len(titles) > 1 and all(t.strip()[:1].islower() and len(t.split()) <= 3 for t in titles[1:]):
                titles = titles[:1]
            # (a body's representative by its abbreviation's genitive: "kst:s representant", the title the word after)
            if out and not capacity and not (out[-1].org or out[-1].role) and len(cells) == i + 1 \
                    and all((first := re.match(r"[\wåäöé-]+", re.sub(r"^[a-z]{2,6}:? s\s+(?=\w)", "", kw(p, self.lx))))
                            and (TITLE_BY_ENDING.fullmatch(first.group(0))
                                 or _ROLE_RE.fullmatch(kw(p, self.lx).strip(" ."))
                                 or re.fullmatch(_FUNCTION_WORDS, kw(p, self.lx).strip(" .")))
                            and not self._entry_org(p) and not self._capacity(p) for p in titles) \
                    and not (plausible_name(cell) and all(w[:1].isupper() for w in cell.split())):
                self._note_post(out[-1], cell)      # ("Områdeschef hemtjänst": a title and its unit in lower case)
                continue
            if out and not capacity and (out[-1].org or out[-1].role) and (
                    _ROLE_RE.match(kw(cell, self.lx)) or TITLE_BY_ENDING.fullmatch(kw(cell.split()[0], self.lx))
                    or len(cells) > 1 and not self._entry_org(cell)
                    and self._parse_entry_cell(ln, cell, False) is None):
                self._note_post(out[-1], cell)
                continue            # a role or note column after the organisation ("samordnare", "Ersättare för X")
            parts = [p.strip() for p in cell.split(",")]
            if out and out[-1].org is None and out[-1].role is None and len(parts) > 1 and not capacity \
                    and self._capacity(parts[0]) \
                    and all(_ROLE_RE.fullmatch(kw(p, self.lx).strip(" .")) for p in parts[1:]):
                self._set_org(out[-1], cell)    # "Invånarrepresentant, vice ordförande": the capacity and the seat
                continue
            org = None if capacity else self._entry_org(cell)
            if (capacity or org) and out and out[-1].org is None and out[-1].role is None \
                    and not plausible_name(cell):
                e = out[-1]
                e.role, e.org = capacity, org.id if org else None
                e.org_as_written = cell
                e.acting = e.acting or acting
                continue
            if out and out[-1].org is None and out[-1].role is None and not org and not capacity \
                    and self.ex is not None and self._named_org(cell):
                self._set_org(out[-1], cell)    # an organisation the graph does not know, in its column
                continue
            if out and out[-1].org is None and out[-1].role is None and not plausible_name(cell) \
                    and not org and len(cells) > 2:
                self._note_post(out[-1], cell)
                continue            # a role column between the name and the organisation
            if out and out[-1].org is None and out[-1].role is None and len(parts) > 1 \
                    and (not plausible_name(parts[0])
                         # (a title and its unit in lower case: "Avdelningschef äldreomsorg, Kalmar kommun")
                         or TITLE_BY_ENDING.fullmatch(kw(parts[0].split()[0], self.lx))
                         and not all(w[:1].isupper() for w in parts[0].split())) \
                    and (any(self._entry_org(p) for p in parts[1:]) or (
                        self.ex is not None and self._named_org(parts[-1])
                        and all(TITLE_BY_ENDING.fullmatch(r := kw(p, self.lx).strip(" .")) or _ROLE_RE.fullmatch(r)
                                for p in parts[:-1]))):
                # "utvecklingsledare, Region Kalmar län": the role, the organisation (or one the graph does not know:
                # "Rektor, Mönsterås gymnasieskola")
                self._set_org(out[-1], cell)
                continue
            e = self._parse_entry_cell(ln, cell, acting)
            if e is None and not out and (title_before or other_before or seat_before) \
                    and (e := self._damaged_entry(self.text_line(
                        ln.n, ", ".join([cell + "".join(f" ({a})" for a in asides), *cells[i + 1:]])))) is not None:
                e.note = "damaged"      # ("Ledamot Anette Ni1sson (M)": a name a scan damaged after its seat)
                out.append(e)
                break
            if e is None:
                return []
            if title_before and not out:
                self._note_post(e, title_before)
            e.other = other_before and not out
            for aside in asides:
                self._note_post(e, aside)
            if continues and e.org is None and e.role is None:
                e.note = "continues"
            out.append(e)
        return out

    def _slashed_entry(self, n: int, text: str) -> Entry | None:
        """An entry whose organisation, name and title are parted by slashes ("Kalmar kommun/Camilla Holm, Chef",
        "Nybro kommun/Gudrun Ek/ Enhetschef", "Region Kalmar län/Per Ek/Utvecklingsledare"): the organisation first,
        then the name; None for any other text."""
        parts = [p.strip(" ,.") for p in text.split("/")]
        if len(parts) < 2 or not parts[0] or not (self._entry_org(parts[0]) or self._named_org(parts[0])) \
                or plausible_name(parts[0]):
            return None
        name, _, tail = parts[1].partition(",")
        name = name.strip()
        if not (_name_like(name) and self._accept_name(name) and plausible_name(name)):  # type: ignore[attr-defined]
            return None
        e = Entry(name, n)
        self._set_org(e, parts[0])
        for t in [tail.strip(), *parts[2:]]:
            if t:
                self._note_post(e, t)
        return e

    def _names_run_together(self, text: str) -> list[str] | None:
        """A line of names with nothing between them, as a list laid out in columns loses its gaps in a text layer or
        a scan ("Annika Holm Gudrun Ek Isabell Lund", "Sofia Holm Anna Lund Trofast Cecilia Ek"): the names, each
        opening with a given name the usual ones or the known people's hold, two or three words each, two names or
        more, none an organisation; None for any other line (a title in capitals, a name and a title)."""
        words = text.split()
        if len(words) < 4 or not all(re.fullmatch(r"[A-ZÅÄÖÉ][\wåäöéü-]+", w) for w in words):
            return None
        given = self._given_names()
        names: list[list[str]] = []
        for w in words:
            opens = fold(w) in given and (not names or len(names[-1]) >= 2)
            if opens:
                names.append([w])
            elif names:
                names[-1].append(w)
            else:
                return None
        if len(names) < 2 or any(not 2 <= len(n) <= 3 for n in names) \
                or not all(plausible_name(" ".join(n).translate(DIGIT_LETTERS)) and not self._entry_org(" ".join(n))
                           for n in names):
            return None
        return [" ".join(n) for n in names]

    def _given_names(self) -> set[str]:
        """The given names a name may open with (folded): the usual ones, those of the known people and those this
        document's lists have used."""
        return GIVEN_NAMES | self.doc_given | self.people.given_names

    def _surname_first(self, cell: str, n: int | None = None) -> str | None:
        """A list entry written surname first ("Frid, Cecilia", "Vilander Hamnert, Lena – Org", "Frid, Cecilia,
        Kommunförbundet i Kalmar län (sekr.)"): the cell with the name as "Förnamn Efternamn", or None. The word
        after the comma must be a given name and the words before it none, nor an organisation's; a surname that is
        a given name too ("Verner, Lennart") only on line n between lines written surname first."""
        m = re.match(r"^(?P<sur>[A-ZÅÄÖÉ][\w'’-]+(?:[ -][A-ZÅÄÖÉ][\w'’-]+)?),\s*(?P<given>[A-ZÅÄÖÉ][\w-]+"
                     r"(?:[ -][A-ZÅÄÖÉ][\w-]+)?)(?=\s*$|\s*[,(]|\s+[–—-]\s|\s{2,}\S|\s[a-zåäö])(?P<rest>.*)$", cell)
        if not m:
            return None
        given_names = self._given_names()
        sur, given = m.group("sur"), m.group("given")
        ambiguous = fold(sur.split()[0]) in given_names
        if fold(given.split()[0].split("-")[0]) not in given_names \
                or ambiguous and not (n is not None and any(
                    1 <= k <= len(self.lines) and self.L(k).cells
                    and self._surname_first(self.L(k).cells[0]) is not None for k in (n - 1, n + 1))) \
                or self.orgs.resolve(sur) or self.orgs.resolve(given) \
                or not plausible_name(f"{given} {sur}".translate(DIGIT_LETTERS)):
            return None     # (a digit a scan read for a letter, "A1bertz, Karin": kept, the list's reading warns)
        # (a role in a column after it, two spaces or more between: "Hallgren, Sanna  utvecklingsledare")
        # (or a seat or title after it in lower case, one space between: "Hartz, Sofia ordförande, Region Kalmar län")
        rest = re.sub(r"^\s{2,}(?=\S)|^\s(?=[a-zåäö])", ", ", m.group("rest"))
        return f"{given} {sur}{rest}"

    def _org_and_role(self, cell: str) -> list[str]:
        """A table cell of an organisation with a role after a comma ("Region Kalmar län, utvecklingsledare Äldre"):
        the two as cells of their own; any other cell as it is."""
        head, _, rest = cell.partition(",")
        rest = rest.strip()
        if rest and self.orgs.resolve(head) and (not self.orgs.resolve(cell) or _ROLE_RE.match(kw(rest, self.lx))):
            return [head.strip(), rest]
        return [cell]

    def _org_group(self, text: str, n: int) -> list[Entry]:
        """'Region Kalmar län: Anna Holm (ordförande), Per Ek och Eva Lund': an organisation (or capacity)
        as a label, then the names of its people; each entry has that organisation. (Or the organisation and how many
        it sent before the names, no colon: "Region Kalmar län 3 Emmy Holm, Malin Ek, Magnus Lund", the count the
        names'.)"""
        counted = re.fullmatch(r"\s*(?P<org>[A-ZÅÄÖ][^\d:,;()]{1,60}?)\s+(?P<count>\d{1,2})\s+"
                               r"(?P<names>[A-ZÅÄÖ].*?)\s*", text)
        if counted and (self._entry_org(counted.group("org")) or self._named_org(counted.group("org"))) \
                and len([p for p in re.split(r"\s*,\s*|\s+och\s+", counted.group("names").strip(" .")) if p]) \
                == int(counted.group("count")):
            text = f"{counted.group('org')}: {counted.group('names')}"
        m = _INLINE_HEAD.match(text)
        if not m or plausible_name(m.group(1)):
            return []
        label = m.group(1).strip()
        org, capacity = self._entry_org(label), self._capacity(label)     # (a kommun by its bare name: "Kalmar")
        # (an organisation the graph does not know, named as organisations are: "Arbetsförmedlingen: Per Ek")
        if not (org or capacity or self.ex is not None and _new_org_name(label) and not plausible_name(label)):
            if len(label.split()) > 3:
                return []
            return self._label_group(m.group(2), n) or self._label_names(label, m.group(2), n)
        out: list[Entry] = []
        for _i, parts in _sentence_parts([(0, m.group(2))]):
            for piece in parts[::2]:
                piece = piece.strip(" .")
                asides = [a.group(0).strip(" ()") for a in _ASIDE_RE.finditer(piece)]
                role = re.search(r"\(([^()]+)\)\s*$", _ASIDE_RE.sub("", piece))
                name = re.sub(r"\s*\([^()]*\)\s*$", "", _ASIDE_RE.sub("", _ACTING_RE.sub("", piece))).strip()
                if not (_name_like(name) and self._accept_name(name)
                        or self._split_surname(name)):  # type: ignore[attr-defined]
                    return []
                e = Entry(name, n, acting=bool(_ACTING_RE.search(piece)))
                self._set_org(e, label)
                for aside in asides + ([role.group(1)] if role else []):
                    self._note_post(e, aside)
                out.append(e)
        return out

    def _wrapped_entry(self, ln: Line, nxt: Line) -> list[Entry]:
        """A list entry wrapped over two lines of its column, the organisation cut at the line end ("Maria Holm,
        Region" / "Kalmar län, utvecklingsledare"; OCR damage in the name allowed): the entry, read from the two
        lines joined, when the next line is no entry of its own and the joined organisation is one the
        resolver knows; else none."""
        cut_member = bool(re.search(r"\)\s+för\s+[A-ZÅÄÖ][\wåäö-]+$", ln.text.strip()))
        if nxt.blank or not ln.text.strip() or self._entry_of(nxt) or self._heading_shaped(nxt) and not cut_member \
                or self._damaged_entry(ln) or self._damaged_cells(nxt) \
                or not (re.search(r",\s*\S[^,]*$", ln.text.strip())
                        # (or the member served for cut: "Camilla Fredeke (Nybro) för Isabell" / "Lindalen (Nybro)")
                        or cut_member) \
                or nxt.text.strip()[:1] in "•-–*":
            return []
        text = f"{ln.text.strip()} {nxt.text.strip()}"
        joined = self.text_line(ln.n, text)
        got = self._entry_of(joined) or [d for d in [self._damaged_entry(joined)] if d]
        return got if got and all(e.org for e in got) else []

    def _joined_pairs(self, text: str) -> list[str]:
        """Two list lines a scan joined into one, nothing between the first's organisation and the next name
        ("Anna Holm, Region Kalmar län Per Ek, Nybro kommun"; the name may be OCR damaged, "Per E0k"): the two
        entries' texts, or none. Every organisation must be one the resolver knows."""
        parts = [p.strip() for p in text.strip(" .").split(",")]
        if len(parts) != 3 or not _name_like(parts[0]) or not self.orgs.resolve(parts[2]):
            return []
        words = parts[1].split()
        for k in range(len(words) - 2, 0, -1):
            org, name = " ".join(words[:k]), " ".join(words[k:])
            if self.orgs.resolve(org) and not self.orgs.resolve(name) and 2 <= len(name.split()) <= 3 \
                    and _name_like(name.translate(DIGIT_LETTERS)):
                return [f"{parts[0]}, {org}", f"{name}, {parts[2]}"]
        return []

    def _label_names(self, label: str, text: str, n: int) -> list[Entry]:
        """Two names or more alone under a label of the seats' kind, joined by "&" too ("Åk 8: Omar Holm & Linnea Ek",
        "Gymnasiet: Tilde Ahl, Isa Lind & Jonatan Berg"), most first words given names: the entries, no organisation;
        none under a list's own heading, a role's or a field's label ("Justerare: X, Y", "Frånvarande: X, Y")."""
        k = kw(label, self.lx).strip()
        heading = self._list_heading_kind(self.text_line(n, label))  # type: ignore[attr-defined]
        if heading or _ROLE_RE.search(k) or TITLE_BY_ENDING.search(k) \
                or re.search(r"\b(?:justera\w*|ansvarig\w*|kontakt\w*|fraga\w*|beslut\w*|foredrag\w*|amne|plats|tid"
                             r"|datum)\b", k):
            return []
        alone = [p.strip() for p in re.split(r"\s*,\s*|\s+(?:och|samt|&)\s+", text.strip(" ."))]
        if len(alone) >= 2 and all(re.fullmatch(r"[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){1,2}", p)
                                   and plausible_name(p) and not self._entry_org(p) for p in alone) \
                and sum(fold(p.split()[0]) in GIVEN_NAMES for p in alone) >= len(alone) - (len(alone) >= 3):
            return [Entry(p, n) for p in alone]
        return []

    def _label_group(self, text: str, n: int) -> list[Entry]:
        """'Socialdemokraterna: Anna Holm (Region Kalmar län, regionråd), Per Ek (Nybro kommun)': names under a
        label that is no organisation (a party, a group of seats), each with its own organisation in brackets
        (and a role after it); none unless every name has an organisation the resolver knows."""
        out: list[Entry] = []
        for _i, parts in _sentence_parts([(0, text)]):
            for piece in parts[::2]:
                piece = _ASIDE_RE.sub("", _ACTING_RE.sub("", piece.strip(" ."))).strip()
                bm = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<org>[^(),]+)(?:,\s*(?P<role>[^()]+))?\)", piece)
                if not bm or not (_name_like(bm.group("name")) and self._accept_name(bm.group("name"))):
                    return []
                if not (self.orgs.resolve(bm.group("org")) or self._capacity(bm.group("org"))):
                    return []
                e = Entry(bm.group("name").strip(), n)
                self._set_org(e, bm.group("org").strip())
                if bm.group("role"):
                    self._note_post(e, bm.group("role"))
                out.append(e)
        return out

    def _name_org_pairs(self, text: str) -> list[str]:
        """'Anna Holm, Kalmar kommun, Per Ek, Nybro kommun' (or parted by ';', the last pair after ', och' or
        'och'): name and organisation pairs, two or more, every name capitalised words and every organisation
        one the resolver knows."""
        # (how each group took part in brackets after it, "(deltog på plats)", "(deltog via Teams)", and two sentences
        # of such pairs on one line: each sentence's pairs)
        text = re.sub(r"\s*\((?:deltog\s+|deltar\s+|närvarade\s+)?(?:på plats|via \w+|digitalt|fysiskt|på distans"
                      r"|på länk|på telefon|per telefon)\)", "", text)
        if len(sentences := re.split(r"(?<=[a-zåäö)]\.)\s+(?=[A-ZÅÄÖ])", text.strip())) > 1:
            got = [self._name_org_pairs(t) for t in sentences]
            return [p for g in got for p in g] if all(got) else []
        parts = [re.sub(r"^(?:och|samt)\s+", "", p.strip()) for p in re.split(r"[,;]", text.strip(" .")) if p.strip()]
        # "Nybro kommun och Per Ek": an organisation and the next name joined by "och" (not inside a name of
        # its own, as in "Barn och unga")
        parts = [q for p in parts for q in self._org_and_name(p)]
        if len(parts) < 4 or len(parts) % 2:
            return []
        pairs = list(zip(parts[::2], parts[1::2], strict=True))
        if all(_name_like(n) and (self.orgs.resolve(o) or self._capacity(o)) for n, o in pairs):
            return [f"{n}, {o}" for n, o in pairs]
        return []

    def _org_and_name(self, part: str) -> list[str]:
        """'Nybro kommun och Per Ek': the organisation and the name; else the part whole."""
        m = re.fullmatch(r"(.+?)\s+(?:och|samt)\s+(.+)", part)
        if m and (self.orgs.resolve(m.group(1)) or self._capacity(m.group(1))) and _name_like(m.group(2)) \
                and not self.orgs.resolve(part):
            return [m.group(1), m.group(2)]
        return [part]

    def _capacity(self, text: str) -> str | None:
        k = kw(text, self.lx).strip(" .")
        # (shortened after its stem: "brukarrep.", "invånarrep.")
        # (or the capacity's stem alone in a column of the represented: "Invånare   Catrin Andersson", "Brukare")
        k = {"brukarrep": "brukarrepresentant", "invanarrep": "invanarrepresentant", "invanare": "invanarrepresentant",
             "brukarrepr": "brukarrepresentant", "invanarrepr": "invanarrepresentant",
             "brukare": "brukarrepresentant", "brukarradet": "brukarrepresentant", "brukarrad": "brukarrepresentant"
             }.get(k, k)    # (a member of the users' council in the organisation's column: "Brukarrådet")
        role = ROLE_WORDS.get(k)
        return role if role in CAPACITY_ROLES else None

    def _parse_entry_cell(self, ln: Line, cell: str, acting: bool) -> Entry | None:
        """One cell's entry; a deputy's bracket right after the name, "Anna Holm (ersättare för Per Ek), Org",
        "Anna Holm (tjg. för Per Ek)": the entry without it, serving in that member's place (who is absent)."""
        # (the person's initials after the name, as the text goes on to call her: "Cecilia Wahlstrom CW")
        if (ini := re.fullmatch(r"(?P<name>[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){1,3})\s+(?P<ini>[A-ZÅÄÖ]{2,4})",
                                cell.strip())) \
                and ini.group("ini") == "".join(w[0] for w in re.split(r"[\s-]+", ini.group("name"))).upper():
            cell = ini.group("name")
            self.doc_initials.add(ini.group("ini"))
        stand = re.match(r"^([^(),;]+?)\s*\(([^()]+)\)\s*(,.*)?$", cell)
        if stand and (who := _IN_PLACE_OF.fullmatch(stand.group(2).strip())) and plausible_name(who.group("name")) \
                and _name_like(stand.group(1).strip()):
            e = self._parse_entry_cell_as_written(ln, stand.group(1).strip() + (stand.group(3) or ""), acting)
            if e is not None:
                e.in_place_of = who.group("name")
            return e
        # (or the member served for after the name, no bracket, in a cell of its own: "Eva Holm ers. Anette Ek," the
        # organisation on the line under it)
        served = re.fullmatch(r"(?P<deputy>[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){1,3}?)\s+"
                              r"(?P<for>(?:tjg\.?\s+|tj[äa]nstg[öo]rande\s+)?ers(?:[äa]ttare|\.)?\s+(?:f[öo]r\s+)?\S.*?)"
                              r"\s*(?P<comma>,?)\s*", cell.strip())
        if served and plausible_name(served.group("deputy")) \
                and (who := _IN_PLACE_OF.fullmatch(served.group("for"))) and plausible_name(who.group("name")):
            e = Entry(served.group("deputy"), ln.n, acting=acting, in_place_of=who.group("name"))
            if served.group("comma"):
                e.note = "continues"
            return e
        return self._parse_entry_cell_as_written(ln, cell, acting)

    def _parse_entry_cell_as_written(self, ln: Line, cell: str, acting: bool) -> Entry | None:
        if _MODE_TAIL.fullmatch(", " + cell.strip()):
            return None             # "Via Teams", "På plats": a presence column's cell, no name
        org_first = re.match(r"^(.+?)\s*(?::|\s[–—-])\s+(\S.*)$", cell)    # "Kalmar kommun: Anna Holm"
        if org_first and not plausible_name(org_first.group(1)) and (self._entry_org(org_first.group(1))
                                                                     or self._capacity(org_first.group(1))
                                                                     or self.ex is not None
                                                                     and _new_org_name(org_first.group(1))) \
                and _name_like(org_first.group(2).split(",")[0].strip()):
            name, _, role = _MODE_TAIL.sub("", org_first.group(2)).partition(",")    # (", per telefon": a note)
            e = Entry(name.strip(), ln.n, acting=acting)
            self._set_org(e, org_first.group(1))
            if role.strip():
                self._note_post(e, role)
            return e
        if (inv := self._surname_first(cell, ln.n)) is not None:
            cell = inv      # "Frid, Cecilia, Kommunförbundet i Kalmar län": the name as "Förnamn Efternamn"
        paren = re.match(r"^([^(),;]+?)\s*\(([^()]+)\)\s*$", cell)       # "Anna Holm (Kalmar kommun, ordförande)"
        # (a digit a scan read for a letter in the name, "Ann-Katrin Stah1 (Mörbylånga kommun)": kept as written, the
        # list's reading warns of it)
        if paren and _name_like(paren.group(1).strip().translate(DIGIT_LETTERS)):
            cell = f"{paren.group(1).strip()}, {paren.group(2).strip()}"
        # "Maud Holm (Västervik) för Per Ek": a deputy, her organisation in brackets, the member she serves for
        # (the member's organisation in brackets after the member: "... ersätter Cecilia Holm (Oskarshamns kommun)")
        # ("Ulrika Holm (Torsås kommun) 1:e ersättare": a role after the bracket, no comma)
        stand = re.match(r"^([^(),;]+?)\s*\(([^()]+)\)\s+(\S.*?)(?:\s*\([^()]+\))?$", cell)
        if stand and _name_like(stand.group(1).strip()) and (
                _IN_PLACE_OF.fullmatch(stand.group(3).strip())
                or not stand.group(0).rstrip().endswith(")") and len(stand.group(3).split()) <= 4
                and re.search(r"ersattare|ordforande|\bordf\b|ledamot|sekreterare|suppleant",
                              kw(stand.group(3), self.lx))):
            cell = f"{stand.group(1).strip()}, {stand.group(2).strip()}, {stand.group(3).strip()}"
        # "Karin Holm (Borgholms kommun) deltog inte under § 45", "... ej närvarande": a note of presence after the
        # bracket (read from the line by `_present_only`), no part of the entry
        elif stand and _name_like(stand.group(1).strip()) and not stand.group(0).rstrip().endswith(")") \
                and re.fullmatch(r"(?:(?:ej|inte)\s+narvarande|franvarande|deltog\s+(?:inte|ej)\b.*|narvarande\s+.*)",
                                 kw(stand.group(3), self.lx)):
            cell = f"{stand.group(1).strip()}, {stand.group(2).strip()}"
        semi = re.match(r"^([^;,]+?)\s*;\s*(\S.*)$", cell)                # "Anna Holm; Kalmar kommun"
        if semi and _name_like(semi.group(1).strip()):
            cell = f"{semi.group(1)}, {semi.group(2)}"
        dash = re.match(r"^(.+?)\s+[–—/-]\s+(\S.*)$", cell)
        if dash and plausible_name(dash.group(1)):
            cell = f"{dash.group(1)}, {dash.group(2)}"      # "Name – Organisation", "Name / Organisation"
        if "," in cell:
            name, _, rest = cell.partition(",")
            name, rest = name.strip(), rest.strip()
            # (a title in lower case after the name, before the comma: "Emma Holm demenssjuksköterska, Mönsterås
            # kommun, sammankallande")
            if (titled := re.fullmatch(r"(.+?)\s+([a-zåäöé][\wåäöé-]+)", name)) \
                    and TITLE_BY_ENDING.fullmatch(kw(titled.group(2), self.lx)) and plausible_name(titled.group(1)):
                name, rest = titled.group(1), f"{titled.group(2)}, {rest}" if rest else titled.group(2)
            if not plausible_name(name.translate(DIGIT_LETTERS)) or _prose_before_name(name):
                return None
            e = Entry(name, ln.n, acting=acting)
            if rest:
                self._set_org(e, rest)
            else:
                e.note = "continues"
            return e
        # "Linda Holm Emmaboda ersätter Per Ek": the name and the kommun with no comma, the member served for after
        # them
        if (stand := re.search(r"\s+(?=(?:" + _IN_PLACE_OF.pattern + r")\s*$)", cell)) \
                and len(cell[:stand.start()].split()) > 2 \
                and (e := self._parse_entry_cell_as_written(ln, cell[:stand.start()], acting)) is not None \
                and (e.org or e.role) and (m := _IN_PLACE_OF.fullmatch(cell[stand.end():].strip())) \
                and plausible_name(m.group("name")):
            e.in_place_of = m.group("name")
            return e
        words = cell.split()
        for k in range(2, min(5, len(words))):
            name, rest = " ".join(words[:k]), " ".join(words[k:])
            # (a role capitalised as a column's cell is, then the organisation or none: "Hans Ek Ekonom Region Kalmar
            # län", "Ylva Berg Samordnare Barnahus"; `_name_then_tail` reads them alike)
            if words[k][:1].isupper() and len(parts := self._name_then_tail(cell)) >= 2 and parts[0] == name \
                    and parts[1] == words[k] \
                    and (_ROLE_RE.fullmatch(role := kw(words[k], self.lx).strip(" .,"))
                     or TITLE_BY_ENDING.fullmatch(role) or role in _SEAT_SHORT):
                e = Entry(name, ln.n, acting=acting)
                self._note_post(e, parts[1])
                if len(parts) > 2:
                    self._set_org(e, parts[2])
                return e
            # (an organisation the graph does not know, named as organisations are, no part of it a known one's name of
            # two words or more: "Annika Holm RSMH Kalmar", "Simone Ek Attention Kalmar län", "Anna Ek Länkarna i
            # Kalmar"; not "Anna Maria Holm Region Kalmar län")
            if plausible_name(name) and self._unknown_org_tail(words, k):
                e = Entry(name, ln.n, acting=acting)
                self._set_org(e, rest)
                return e
            if plausible_name(name) and (self._capacity(rest) or self.orgs.resolve(rest)):
                e = Entry(name, ln.n, acting=acting)
                self._set_org(e, rest)
                return e
            # a role or function in lower case after the name, no comma ("Malin Holm sekreterare", "Erik Ek
            # sakkunnig", "Per Lund processledare")
            if plausible_name(name) and words[k][:1].islower() and len(words) - k <= 3 \
                    and (_ROLE_RE.fullmatch(role := kw(rest, self.lx).strip(" .")) or TITLE_BY_ENDING.fullmatch(role)
                         or re.fullmatch(_FUNCTION_WORDS, role)):
                e = Entry(name, ln.n, acting=acting)
                self._note_post(e, rest)
                return e
            # an organisation's abbreviation in capitals after the name, no comma ("Anita Holm PRO", "Gun Ek SPF
            # ersätter Per Ek"); not a party's ("Anna Holm KD")
            abbrev = _ABBREV_AFTER.fullmatch(rest)
            if abbrev and plausible_name(name) and abbrev.group(1) not in _NO_ORG_CAPITALS \
                    and not (abbrev.group(2) and not plausible_name(abbrev.group("name"))):
                e = Entry(name, ln.n, acting=acting)
                self._set_org(e, abbrev.group(1))
                if e.org is None and self.ex is not None:     # one the graph does not know: the draft defines it
                    self._draft_org(e, abbrev.group(1))
                    e.note = None
                if abbrev.group(2):
                    e.in_place_of = abbrev.group("name")
                return e
        if plausible_name(cell) and not re.search(r"\s(?:att|via|och|i|på|för|med|som|av|till|om|ej|inte)\s",
                                                  f" {cell} ") \
                and not re.match(r"(?:att|via|och|för|med|som|av|till|om|ej|inte)\s", cell, re.I) \
                and (not any(w.islower() and w not in ("af", "von", "de", "van", "der", "la") for w in cell.split()[1:])
                     or self._accept_name(cell)):  # type: ignore[attr-defined]
            # (nor a heading opening with one, capitalised: "Att göra", "Om mötet", "Till protokollet")
            # (a word in lower case after the first, "Nästa möte", "Trygg hemgång", "Runda bland kommunerna": a
            # title, unless the first is a given name or the name a known person's, "Lena sjöstrand" as a hand
            # wrote it)
            # (a name alone on its cell: no function word in it; "Utses att justera", "Deltar via Teams" are a
            # label and a note; a surname OCR or a hand wrote in lower case stays a name: "Lena sjöstrand")
            return Entry(cell, ln.n, acting=acting)
        return None

    def _set_org(self, e: Entry, text: str) -> None:
        text = _MODE_TAIL.sub("", text)         # "Vimmerby kommun - digitalt": how the person took part
        text = re.sub(r"\)\.\s*$", ")", text)     # (the list's stop after a bracket: "Org (vid protokollet).")
        # (a title capitalised as a column's cells are, "Nämndsekreterare", "Förvaltningschef": a title, no name of an
        # organisation)
        if re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé-]+", text.strip()) and TITLE_BY_ENDING.fullmatch(kw(text, self.lx).strip()) \
                and not self.orgs.resolve(text):
            text = text.strip().lower()
        # (the part of the meeting attended after the organisation with no comma: "Region Kalmar län t.o.m. § 44")
        text = _PARTS_ATTENDED.sub("", text)
        # (a title's letters before the organisation, no comma: "MAS Mörbylånga kommun", "MAR Västerviks kommun": the
        # title, then the organisation)
        if (lettered := re.fullmatch(r"\s*(" + TITLE_LETTERS + r")\s+([A-ZÅÄÖ][\wåäö].*)", text)) \
                and not self.orgs.resolve(text) and self.orgs.resolve(lettered.group(2).split(",")[0]):
            text = f"{lettered.group(1)}, {lettered.group(2)}"
        if (party_org := _PARTY_THEN_ORG.fullmatch(text.strip())):
            text = party_org.group(1) or party_org.group(2)   # "Anna Holm, S (Nybro kommun)": the party, then the
            # organisation
        parts = [p.strip() for p in text.split(",")]
        if len(parts) == 1 and re.match(r"(?:tjg|tj[äa]nstg[öo]r|ers)", text.strip(), re.I) \
                and (stand := _IN_PLACE_OF.fullmatch(text.strip())) and plausible_name(stand.group("name")):
            e.in_place_of = stand.group("name")     # "Roger Ek (S), tjänstgörande ersättare för Eva Holm (M)": no
            return                                  # organisation, serving in a member's place
        if len(parts) > 1 and (stand := _IN_PLACE_OF.fullmatch(parts[-1])) and plausible_name(stand.group("name")):
            e.in_place_of = stand.group("name")     # "Torsås kommun, för Per Ek": serving in a member's place
            text = ", ".join(parts[:-1])
        elif (stand := re.search(r"\s+(?=(?:ersätter|i stället för|istället för)\s+\S)", parts[-1])) \
                and (member := _IN_PLACE_OF.fullmatch(parts[-1][stand.end():])) \
                and plausible_name(member.group("name")):
            e.in_place_of = member.group("name")    # "Nybro kommun ersätter Annika Holm": no comma before it
            text = ", ".join([*parts[:-1], parts[-1][:stand.start()]])
        # (a deputy's note before it, which the list's kind says: "ej tjänstgörande ersättare, invånarrepresentant")
        if len(parts) > 1 and re.fullmatch(r"(?:(?:ej|inte|icke)\s+)?(?:tjanstgorande\s+)?ersattare",
                                           fold(parts[0]).strip(" .")):
            parts = parts[1:]
            text = ", ".join(parts)
        # (or the capacity with the group it sits in after it: "brukarrepresentant i samordnande grupp Äldre")
        cap = self._capacity(text) or ((held := re.fullmatch(r"\s*(\S+)\s+i\s+\S.*", text))
                                       and re.match(r"(?:brukar|invanar)represent", kw(held.group(1), self.lx))
                                       and self._capacity(held.group(1)))
        if cap:
            e.role = cap
            return
        # a kommun's body by its own name, the kommun after a comma ("Ungdomsrådet, Kalmar kommun, p 9-13"): the body,
        # named as the line writes it (as a header names one), which the draft defines
        body = [p.strip(" .") for p in _without_part_note(text).split(",")]
        if self.ex is not None and len(body) == 2 and re.fullmatch(
                r"[A-ZÅÄÖ][\wåäö-]*(?:rådet|nätverket|gruppen|nämnden|utskottet|forumet)", body[0]) \
                and not self._entry_org(body[0]) and (whose := self._entry_org(body[1])) \
                and self.orgs.types.get(whose.id) in ("kommun", "region"):
            self._draft_org(e, f"{body[0]}, {body[1]}")
            return
        # a title before the organisation, no comma between ("folkhälsostrateg Torsås kommun", "Ekonom Region Kalmar
        # län")
        if (titled := re.fullmatch(r"([A-ZÅÄÖa-zåäöé][\wåäöé-]+)\s+([A-ZÅÄÖ].+)", parts[-1])) \
                and TITLE_BY_ENDING.fullmatch(kw(titled.group(1), self.lx)) and self._entry_org(titled.group(2)):
            self._note_post(e, titled.group(1))
            text = ", ".join([*parts[:-1], titled.group(2)])
            parts = [p.strip() for p in text.split(",")]
        # a seat alone where the organisation stands ("Anna Holm, ordförande", "Eva Ek (s), 1:e vice ordförande"): the
        # chair's seat, as in brackets after the name, no organisation written; a member's word ("ledamot") says no
        # more than the list does
        if (seat := _ROLE_RE.fullmatch(re.sub(r"^\d\s*[ae]\s+", "", kw(text, self.lx).strip(" .")))) \
                and not self._entry_org(text):
            if ROLE_WORDS.get(seat.group(1).rstrip(".")) in CHAIR_ROLES:
                self._note_post(e, re.sub(r"^\d:[ae]\s+", "", text.strip()))
            return
        # a capacity and the seat after it ("Invånarrepresentant, vice ordförande", "Brukarrepresentant, ordförande")
        # (the seat as the list's kind words it, the items attended after it: "Brukarrepresentant, tj ledamot",
        # "brukarrepresentant, adjungerad ersättare 15")
        if len(parts) > 1 and (cap := self._capacity(parts[0])) \
                and all(_ROLE_RE.fullmatch(seat := _SEAT_KIND.sub("", kw(p, self.lx).strip(" .")))
                        or seat in ("adjungerad", "ersattare") for p in parts[1:] if p):
            e.role = cap
            for p in parts[1:]:
                self._note_post(e, p)
            return
        # "Region Kalmar län – vice ordförande": a role after a dash
        dash = re.match(r"^(.*\S)\s+[–—-]\s+(\S.*)$", text)
        if dash and _ROLE_RE.fullmatch(kw(dash.group(2), self.lx).strip(" .")) and self.orgs.resolve(dash.group(1)):
            self._note_post(e, dash.group(2))
            text = dash.group(1)
        paren = re.search(r"\s*\(([^()]*)\)\s*$", text)   # "Kommunförbundet i Kalmar län (utvecklingsledare)"
        if paren and self.orgs.resolve(text[:paren.start()]):
            self._note_post(e, paren.group(1))
            text = text[:paren.start()]
        elif paren and text[:paren.start()].strip() \
                and _ROLE_RE.fullmatch(kw(text[:paren.start()], self.lx).strip(" .")) \
                and self._entry_org(paren.group(1)):
            self._note_post(e, text[:paren.start()])      # "ordf (Högsby)", "v ordf (Hultsfred)": the seat, the kommun
            text = paren.group(1)
        m = self._entry_org(text)
        parts = [p.strip() for p in text.split(",")]
        # (the seat with the part of the county it sits for after it: "BUP Region Kalmar län, ordförande södra länet")
        if m is None and len(parts) > 1 and (_ROLE_RE.fullmatch(kw(parts[-1], self.lx).strip(" ."))
                                             or TITLE_BY_ENDING.fullmatch(kw(parts[-1], self.lx).strip(" ."))
                                             and self._entry_org(", ".join(parts[:-1])) is None or re.fullmatch(
                _ROLE_RE.pattern + r"(?:\s+(?:i\s+)?[a-z][\w-]*){1,3}", kw(parts[-1], self.lx).strip(" .")
                ) and not self._entry_org(parts[-1])):
            # "IFO-chef socialtjänsten Oskarshamns kommun, ordförande": the seat last, the organisation before it
            self._note_post(e, parts[-1])
            text = ", ".join(parts[:-1])
        # (a unit's letters before the region or a kommun: "BUP Region Kalmar län", "IFO Nybro kommun": the
        # organisation, the unit a part of it)
        if m is None and (unit := re.fullmatch(r"([A-ZÅÄÖ]{2,5})\s+(\S.+)", text.strip())) \
                and unit.group(1) not in _NO_ORG_CAPITALS and re.search(r"\b(?:kommun|region)\b", unit.group(2), re.I) \
                and (whole := self._entry_org(unit.group(2))) and self.orgs.types.get(whole.id) in ("kommun", "region"):
            self._note_post(e, unit.group(1))
            text = unit.group(2)
        e.org_as_written = text
        if m is None:
            # "role, Organisation" / "role Organisation": the organisation is the longest tail that resolves
            parts = [p.strip() for p in text.split(",")]
            tails = [", ".join(parts[i:]) for i in range(1, len(parts))] + parts
            words = parts[-1].split()
            tails += [" ".join(words[i:]) for i in range(1, len(words) - 1)]
            for tail in tails:
                m = self._entry_org(tail) if len(tail) > 3 else None
                if m and tail != parts[-1] and parts[-1].endswith(tail) and _new_org_name(parts[-1]) \
                        and not self._entry_org(parts[-1]):
                    m = None    # "förbundschef, Samordningsförbundet i Kalmar län": the whole is a name of its own
                # (likewise after a title in lower case, no comma: "civilförsvarsdirektör Länsstyrelsen i Kalmar län")
                own = re.sub(r"^(?:[a-zåäöé][\wåäöé-]*\s+)+", "", parts[-1])
                bare_tail = re.sub(r"^(?:i|för|vid)\s+", "", tail)
                # (or the county after a body's name without "i": "samordnare Barnahus Kalmar län", a body of the
                # county's, no title of the county's)
                if m and own != parts[-1] and _new_org_name(own) and not self._entry_org(own) \
                        and (re.fullmatch(rf"[A-ZÅÄÖ]\w+(?:\s+\w+)?\s+(?:i|för)\s+{re.escape(bare_tail)}", own)
                             or m.id == "kalmar-lan" and re.fullmatch(rf"[A-ZÅÄÖ]\w+\s+{re.escape(bare_tail)}", own)):
                    m = None
                head = text.replace(tail, " ").strip(" ,")
                # (a title by its ending first: "verksamhetschef barn- och ungdomspsykiatrin Region Kalmar län")
                # (an acting holder's "tf" before it: "tf enhetschef daglig verksamhet i Västerviks kommun")
                first_k = re.sub(r"^(?:t\s?f|tillf|tillforordnad)\s+", "", kw(head, self.lx)).split()[:1]
                if m and head and not _ROLE_RE.search(kw(head, self.lx)) and "," not in text \
                        and not (first_k and TITLE_BY_ENDING.fullmatch(first_k[0])):
                    m = None    # "Samordningsförbundet i Kalmar län": a name of its own ending in one, no role before
                if m:
                    # (a unit named with the title before the town it sits in: "basenhetschef Habiliteringen norr,
                    # Västervik": the unit, not the town's kommun)
                    if self.orgs.types.get(m.id) == "kommun" and len(parts) > 1 and tail == parts[-1] \
                            and len(tail.split()) == 1:
                        tails_of_parts = (" ".join(p.split()[w:]) for p in parts[:-1] for w in range(len(p.split())))
                        unit = next(((u, t) for t in tails_of_parts if (u := self.orgs.resolve(t))
                                     and self.orgs.types.get(u.id) == "unit"), None)
                        if unit is not None:
                            m, tail = unit
                    e.org_as_written = tail
                    self._note_post(e, text.replace(tail, " ").strip(" ,"))
                    break
        # (a note in brackets after an organisation the graph does not know: "Svenska kyrkan i Kalmar (under temat om
        # frivilliga)", "Anhörigas Riksförbund (punkt 3)"; the organisation is what stands before it)
        if m is None and self.ex is not None and paren and not self._named_org(text) \
                and self._named_org(text[:paren.start()]):
            self._note_post(e, paren.group(1))
            text = text[:paren.start()]
        tail = [p.strip(" .") for p in _without_part_note(text).split(",")]
        # (not an abbreviation alone after the name: "Sara Holm, MAS" is a title's, as often as "SKR" an organisation's)
        if m is None and self.ex is not None and len(tail) >= 2 and re.fullmatch(r"[A-ZÅÄÖ]{2,6}", tail[-1]) \
                and tail[-1] not in _NO_ORG_CAPITALS \
                and all(_ROLE_RE.fullmatch(kw(p, self.lx)) for p in tail[:-1] if p):
            # "handläggare, SKR": a role and an organisation's abbreviation the graph does not know (defined by the
            # draft, as written)
            for p in tail[:-1]:
                self._note_post(e, p)
            self._draft_org(e, tail[-1])
            return
        # a unit's or an organisation's abbreviation in brackets after the name, no party's and no title's ("Camilla
        # Ek (SBN)", "Patrik Holm, ordf. (SN)"): one the draft defines, as written (a role before it the person's); not
        # the person's initials ("Helene Wendell (HW)")
        if m is None and self.ex is not None and (ab := re.fullmatch(
                r"(?:(?P<role>ordf\.?|ordförande|vice ordf\.?|sekr\.?|sekreterare)\s*,?\s*)?"
                r"\(?(?P<abbr>[A-ZÅÄÖ]{2,6})\)?",
                text.strip(" ,"))) and ab.group("abbr") not in _NO_ORG_CAPITALS \
                and f"({ab.group('abbr')})" in self.L(e.line).text \
                and ab.group("abbr") != "".join(w[0] for w in e.name.split()).upper() \
                and not _ROLE_RE.fullmatch(kw(ab.group("abbr"), self.lx)) \
                and not TITLE_BY_ENDING.fullmatch(kw(ab.group("abbr"), self.lx)):
            if ab.group("role"):
                self._note_post(e, ab.group("role"))
            self._draft_org(e, ab.group("abbr"))
            e.note = None
            return
        if m is None and self.ex is not None and len(tail) >= 2 and self._named_org(tail[-1]) \
                and all(_ROLE_RE.fullmatch(role := kw(p, self.lx).strip(" .")) or TITLE_BY_ENDING.fullmatch(role)
                        for p in tail[:-1] if p):
            # "förbundschef, Samordningsförbundet i Kalmar län": a title and an organisation the graph does not know
            for p in tail[:-1]:
                self._note_post(e, p)
            text = tail[-1]
        if m is None and self.ex is not None and (titled_org := re.fullmatch(
                r"((?:[a-zåäöé][\wåäöé-]*\s+)+)([A-ZÅÄÖ].+)", text.strip(" ,"))) \
                and TITLE_BY_ENDING.fullmatch(kw(titled_org.group(1).split()[-1], self.lx)) \
                and self._named_org(titled_org.group(2)):
            # "civilförsvarsdirektör Länsstyrelsen i Kalmar län": a title and an organisation the graph does not know
            self._note_post(e, titled_org.group(1).strip())
            text = titled_org.group(2)
        if m is None and self.ex is not None and not self._named_org(text) \
                and (bare_org := _without_part_note(text).strip(" ,")) != text.strip(" ,") \
                and self._named_org(bare_org):
            text = bare_org     # "NSPH Kalmar län, 15 §": the part of the meeting attended after it
        if m is None and self.ex is not None and self._named_org(text):
            # an organisation the graph does not know, named as organisations are ("Anhörigas Riksförbund",
            # "Demensföreningen i Kalmar"): one the draft defines (external), by its name as written
            self._draft_org(e, text.strip(" ,."))
            return
        if m:
            e.org = m.id
            for part in text.split(","):
                if part.strip() and not self.orgs.resolve(part):
                    self._note_post(e, part)     # "utvecklingsledare, Kommunförbundet i Kalmar län"
        else:
            e.note = f"organisation as written: {text}"

    def _draft_org(self, e: Entry, text: str) -> None:
        """An organisation the graph does not know as the entry's, by its name as written: one the draft defines
        (once, at the first line naming it)."""
        assert self.ex is not None
        oid = slug(text)
        e.org, e.org_as_written = oid, text
        if all(o[0] != oid for o in self.ex.new_orgs):
            self.ex.new_orgs.append((oid, text, e.line))

    def _spaced_head(self, ln: Line) -> bool:
        """A table's head row with single spaces between its heads, a seat's column first and a presence column
        last ("Uppdrag Ledamot Närvarande", "Roll Namn Närvaro"): a text layer's table with its gaps lost."""
        words = ln.key.split()
        return len(ln.cells) <= 1 and 2 <= len(words) <= 4 \
            and words[0] in ("uppdrag", "roll", "funktion", "befattning", "titel") \
            and words[-1] in ("narvarande", "narvaro", "narv")

    def _spaced_row(self, n: int) -> tuple[str, str, bool | None] | None:
        """A row under such a head ("Ordförande Lotta Holm Ja", "Ledamot Per Ek Nej", "Ledamot Liv Berg" over "Ja"):
        (the seat, the name, present or not or None); None for a line under no such head."""
        up = n - 1
        while up >= 1 and n - up <= 14 and not self.L(up).blank and not self._spaced_head(self.L(up)):
            up -= 1
        if up < 1 or self.L(up).blank or not self._spaced_head(self.L(up)):
            return None
        m = re.fullmatch(r"(?P<seat>(?:\d:[ae]\s+)?[A-ZÅÄÖa-zåäö][a-zåäö.]+(?:\s+[a-zåäö.]+)?)\s+"
                         r"(?P<name>[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){1,2}?)(?:\s+(?P<mark>(?i:ja|nej|x)|-))?",
                         self.L(n).text.strip())
        if not m or not _ROLE_RE.fullmatch(kw(m.group("seat"), self.lx).strip(" .")) \
                or not plausible_name(m.group("name")):
            return None
        mark = m.group("mark")
        if mark is None and n < len(self.lines) and re.fullmatch(r"\s*(?:ja|nej|x|-)\s*", self.L(n + 1).text, re.I):
            mark = self.L(n + 1).text.strip()       # (the mark wrapped onto the next line)
        return m.group("seat"), m.group("name"), (fold(mark) in _PRESENT_MARKS) if mark else None

    def _titled_new_org(self, text: str) -> bool:
        """A title in lower case before an organisation the graph does not know, named as organisations are
        ("samordnare Barnahus Kalmar län", "kurator Kvinnojouren i Kalmar"); the draft defines it."""
        own = re.sub(r"^(?:[a-zåäöé][\wåäöé-]*\s+)+", "", _without_part_note(text).strip(" ,."))
        return self.ex is not None and text[:1].islower() and own != text.strip(" ,.") and own[:1].isupper() \
            and TITLE_BY_ENDING.fullmatch(kw(text.split()[0], self.lx)) is not None and _new_org_name(own) \
            and not plausible_name(own)

    def _named_org(self, text: str) -> bool:
        """Words in an entry's organisation slot (its column, its bracket, after its comma) naming an organisation
        the graph does not know: by the shape of organisations' names (`_new_org_name`), or capitalised words that
        name no person (the first word no given name, no known person's name), no role, capacity, list heading
        or way of taking part ("Hela Människan", "Attendo Sverige")."""
        if _new_org_name(text):
            return True
        t = text.strip(" ,.")
        if _lettered_org(t):
            return True
        # (the county after it in lower case: "NSPH Kalmar län"; or the town it sits in: "Länkarna i Kalmar")
        t = re.sub(r"(?<=\w)\s+i\s+[A-ZÅÄÖ][\wåäö]+(?:\s+län)?$", "", t) if len(t.split()) >= 3 else t
        words = re.sub(r"(?<=[A-ZÅÄÖ]\w) län$", "", t).split()
        if not (1 <= len(words) <= 4) or len(t) < 5 or not all(re.fullmatch(r"[A-ZÅÄÖÉ][\wåäöéÅÄÖÉ&-]+", w)
                                                                for w in words):
            return False
        k = kw(t, self.lx)
        return not (_ROLE_RE.search(k) or self._capacity(t) or _heading_words(k) in LIST_HEADINGS
                    or _MODE_TAIL.fullmatch(", " + t) or fold(t) in ("teams", "zoom", "skype", "telefon", "video")
                    or self._accept_name(t)  # type: ignore[attr-defined]
                    or fold(words[0]) in GIVEN_NAMES
                    # (one word: a name of its own, "Attendo", no word of the language, "Region" cut at a line end)
                    or len(words) == 1 and (not t[1:].islower() or t in self.lx or t.lower() in self.lx))

    def _entry_org(self, text: str) -> OrgMatch | None:
        """The organisation an entry's organisation slot names. A kommun's bare name there is the kommun:
        "Kalmar" too, which the resolver leaves alone (in prose the town, the county), is Kalmar kommun
        beside a name ("Per Ek, Kalmar", "Per Ek, S (Kalmar)")."""
        m = self.orgs.resolve(text)
        if m is None and fold(text).strip(" .") == "kalmar":
            m = self.orgs.resolve("Kalmar kommun")
        if m is None and fold(text).strip(" .") in ("region", "rkl"):
            m = self.orgs.resolve("Region Kalmar län")     # "Per Ek (Region)": the county's region beside a name
        if m is None and (short := re.fullmatch(r"(\w{3,})\s+kn\.?", text.strip(" :"), re.I)):
            m = self.orgs.resolve(f"{short.group(1)} kommun")    # "Kalmar kn", "Borgholms kn": kommun shortened
        if m is None and (glued := re.fullmatch(r"(\w{3,}?s?)(kommun|region|län)", text.strip(" .:"), re.I)):
            m = self.orgs.resolve(f"{glued.group(1)} {glued.group(2)}")   # a scan's joined words: "Monsteraskommun"
        if m is None:
            m = self.orgs.resolve_shortened(text)       # "Hab norr" for Habiliteringen norr
        if m is not None and self.orgs.types.get(m.id) == "kommun" \
                and (unit := re.fullmatch(r"[A-ZÅÄÖ][\wåäö]+\s+([a-zåäö]{4,})", text.strip(" ,.:"))) \
                and _ORG_NOUN_END.search(fold(unit.group(1))) and not fold(unit.group(1)).startswith("kommun"):
            return None     # a unit named by its town and its kind ("Mönsterås gymnasieskola"): not the kommun
        return m

    def _note_post(self, e: Entry, text: str) -> None:
        """The role a list line names in words beside the name ("utvecklingsledare", "ordf."); a capacity alone
        ("Brukarrepresentant Gunnel Strand") the entry's capacity, where it has no organisation."""
        k = kw(text, self.lx).strip(" ,.")
        if not (e.org or e.role) and (cap := self._capacity(text)):
            e.role = cap
            return
        m = _ROLE_RE.search(k) if k else None
        two = [_ROLE_RE.fullmatch(kw(p, self.lx).strip(" .")) for p in re.split(r"\s*,\s*|\s+och\s+|\s*/\s*",
                                                                                text.strip(" ,."))]
        if m and e.post is None and not e.role and len(two) == 2 and two[0] and two[1]:
            # two roles in one cell or aside ("socialchef, ordförande", "regionråd och ordförande"): both the person's
            e.post = ROLE_WORDS[two[0].group(1).rstrip(".")]
            e.more_posts.append(ROLE_WORDS[two[1].group(1).rstrip(".")])
            return
        if m and e.post is None and not e.role:
            e.post = ROLE_WORDS[m.group(1).rstrip(".")]
            if e.post == "ordforande" and "kommunstyrelse" in k[:m.start()]:
                e.post = "kommunstyrelseordforande"     # "kommunstyrelsens ordförande", as in prose
            rest = k.replace(m.group(0), "").strip(" ,.")
            e.post_title = repair_text(text, self.lx).strip(" ,.") if rest else None
            # the body the role is held in, named after it ("ordförande i presidiekonferensen", "... för nätverket")
            held = re.match(r"(?:i|for|vid)\s+(.+)$", k[m.end():].strip(" ,."))
            if held and (body := self.orgs.resolve(held.group(1))):
                e.post_org = body.id

    def _damaged_cells(self, ln: Line) -> list[Entry]:
        """The entries of a list line one of whose names is OCR damaged: the line's, or, in a line of
        two or more cells ("Helene Danie1sson, Högsby kommun<TAB>Helena Danielsson, Kalmar kommun"), each
        cell's (a damaged one noted "damaged"); none unless every cell reads as an entry."""
        if len(ln.cells) < 2:
            e = self._damaged_entry(ln)
            if e is not None:
                e.note = "damaged"
            return [e] if e else []
        if len(ln.cells) == 2 and _ROLE_RE.fullmatch(kw(ln.cells[1], self.lx).strip(" .")) \
                and (e := self._damaged_entry(self.text_line(ln.n, f"{ln.cells[0].strip()} {ln.cells[1].strip()}"))):
            e.note = "damaged"      # the seat in a column of its own: "Annika Fr0berg (S)      Ordförande"
            return [e]
        for name, org in ((1, 0), (0, 1)):
            # a table row with its organisation first ("Högsby kommun    He1ene Danielsson    ordförande") or
            # second ("He1ene Danielsson    Högsby kommun    ordförande"): read as "name, organisation"
            if not ((self.orgs.resolve(ln.cells[org]) or self._capacity(ln.cells[org]))
                    and not plausible_name(ln.cells[org])):
                continue
            text = f"{ln.cells[name]}, {ln.cells[org]}"
            e = self._damaged_entry(self.text_line(ln.n, text))
            if e is not None:
                e.note = "damaged"
                for cell in ln.cells[2:]:
                    self._note_post(e, cell)
                return [e]
        out: list[Entry] = []
        for cell in ln.cells:
            one = self.text_line(ln.n, cell)
            got = self._read_entry_line(one)
            if not got and (e := self._damaged_entry(one)) is not None:
                e.note = "damaged"
                got = [e]
            if len(got) != 1:
                return []
            out += got
        return out

    def _damaged_under(self, ln: Line, org: str) -> Entry | None:
        """A name OCR damaged alone on its line ("Katrin Kar1sson") under its organisation's line ("Hultsfreds
        kommun:"): read as "name, organisation" (noted "damaged"); None for a line with more than a name."""
        if len(ln.cells) > 1 or "," in ln.text or ":" in ln.text or not 2 <= len(ln.text.split()) <= 4:
            return None
        text = f"{ln.text.strip()}, {org}"
        e = self._damaged_entry(self.text_line(ln.n, text))
        if e is not None:
            e.note = "damaged"
        return e

    def _damaged_entry(self, ln: Line) -> Entry | None:
        """'Marie Lo6f, Hogsby kommun' / 'Marie Lo6f Hogsby kommun': a name OCR damaged (a digit or sign in
        it) before an organisation that resolves; kept as written (the caller reports it)."""
        # (the note of the part of the meeting after the entry no part of it: "Jesper Gustavss0n (Kalmar) (punkt 8)")
        text = _without_part_note(ln.text) or ln.text
        name, comma, rest = text.partition(",")
        splits = [(name, rest)] if comma else []
        # (the organisation first, as a label: "Vimmerby kommun: Jabi1 Seven")
        if (org_first := re.fullmatch(r"([^:,]{2,60}):\s+([^:,]+)", text)) and self.orgs.resolve(org_first.group(1)):
            splits = [(org_first.group(2), org_first.group(1))]
            comma = ":"
        if not comma:
            words = text.split()
            splits = [(" ".join(words[:k]), " ".join(words[k:])) for k in (2, 3) if len(words) > k]
        for name, rest in splits:
            name = _ASIDE_RE.sub("", name)      # "Anna H0lm (S), Nybro kommun": the party's bracket no part of it
            if not damaged_name(name):
                continue
            e = Entry(name.strip(), ln.n)
            # (the mark of the absent after it no part of the organisation: "Rasmus 0berg (Attention) ej närvarande")
            rest = re.sub(r"\s+(?:ej|inte|icke)\s+n[äa]rvarande\.?\s*$", "", rest, flags=re.I).strip()
            self._set_org(e, rest[1:-1] if re.fullmatch(r"\([^()]+\)", rest) else rest)   # "(Kalmar)"
            if e.org or e.role:
                e.note = None
                return e
            if re.fullmatch(PARTY_BRACKET, rest):
                e.note = None
                return e        # a party's bracket alone after it, a kommun's list: "Bengt Wa11in (M)"
            if (seat := re.fullmatch(PARTY_BRACKET + r"\s+(\S.{2,30})", rest)) \
                    and _ROLE_RE.fullmatch(kw(seat.group(1), self.lx).strip(" .")):
                e.note = None   # (the seat in its column after it: "Annika Fr0berg (S)      Ordförande")
                self._note_post(e, seat.group(1))
                return e
        # (or a role in brackets after it, no organisation: "Margit Lindho1m Johansson (sekreterare)")
        if (br := re.fullmatch(r"([^(),]+?)\s*\(([^()]+)\)", text.strip())) and damaged_name(br.group(1)) \
                and (_ROLE_RE.fullmatch(role := kw(br.group(2), self.lx).strip(" .")) or TITLE_BY_ENDING.fullmatch(role)
                     or role in ("sekreterare", "sekr", "protokollforare", "adjungerad", "ordforande", "ordf")):
            e = Entry(br.group(1).strip(), ln.n)
            self._note_post(e, br.group(2))
            return e
        return None

    def _damaged_alone(self, ln: Line, column: Column) -> Entry | None:
        """A name OCR damaged with no organisation beside it ("Andreas Er1andsson      vice ordförande") among the
        bare names of a list ("Michael Landin" above or under it, as a label column lists them): read as the name
        with the role its other cells name (noted "damaged"); None where another cell is no role or paragraph."""
        cells = ln.cells if len(ln.cells) > 1 else [ln.text]
        name = _ASIDE_RE.sub("", cells[0]).strip()
        if not damaged_name(name) or "," in name or any(
                not (_ROLE_RE.fullmatch(kw(c, self.lx).strip(" ,.")) or _ASIDE_CELL_RE.match(kw(c, self.lx))
                     or re.fullmatch(r"§§?\s*[\d\s,–-]+", c.strip())) for c in cells[1:]):
            return None
        bare = [self._entry_of(self._side(m, column))
                for m in (self._prev_nonblank(ln.n), self._next_nonblank(ln.n, len(self.lines))) if m is not None]
        if not any(got and not (got[0].org or got[0].org_as_written) for got in bare):
            # (or the next line a damaged name alone too, a bare name under it: "Karin A1bertz" / "Maud Ar1ebrant" /
            # "Lotta Lindgren": two names a scan damaged in a row at a list's head)
            nxt = self._next_nonblank(ln.n, len(self.lines))
            after = self._next_nonblank(nxt, len(self.lines)) if nxt is not None else None
            if nxt is None or after is None or len(self.L(nxt).cells) > 1 \
                    or not damaged_name(_ASIDE_RE.sub("", self.L(nxt).text).strip()) \
                    or not ((got := self._entry_of(self._side(after, column)))
                            and not (got[0].org or got[0].org_as_written)):
                return None
        e = Entry(name, ln.n, note="damaged")
        for c in cells[1:]:
            self._note_post(e, c)
        return e

    def _org_cell_above(self, ln: Line, got: list[Entry], above: tuple[str, int] | None) -> tuple[str, int] | None:
        """A table row "Region Kalmar län      Anna Holm" (the organisation's cell first) gives the rows under it
        whose organisation cell is blank ("                        Per Ek", the name in the names' column) that
        organisation; returns what the next row may take. A line indented otherwise (a wrapped entry's tail,
        a name out of the column), or an entry with an organisation of its own, takes nothing."""
        raw = ln.raw.expandtabs(8)
        if len(ln.cells) > 1 and len(got) == 1 and got[0].org and got[0].org_as_written \
                and fold(ln.cells[0]) == fold(got[0].org_as_written) and raw.lstrip().startswith(ln.cells[0]):
            at = raw.find(ln.cells[1])
            return (ln.cells[0], at) if at > 0 else None
        if above and len(ln.cells) <= 1 and len(got) == 1 and not (got[0].org or got[0].role) \
                and abs((len(raw) - len(raw.lstrip())) - above[1]) <= 2 and got[0].note != "continues":
            self._set_org(got[0], above[0])
            got[0].note = "organisation in the cell above"
            return above
        return None

    def _warn_damaged(self, n: int, name: str) -> None:
        """The review's warning of a list's name OCR damaged, kept as written (line n)."""
        if self.ex is not None:
            self.ex.warnings.append(f"line {n}: the name '{name}' looks damaged (OCR); kept as written in the list "
                                    "(check the spelling)")

    def _entries(self, a: int, b: int, heading: str | None = None, column: Column = None) \
            -> tuple[list[Entry], int]:
        """The entries of the list lines a..b (of one column of them). A line that is no name line is
        skipped and reported when name lines follow it; a heading-shaped line or one followed by none
        ends the list."""
        entries: list[Entry] = []
        last = a - 1
        n = a
        skipped: list[int] = []
        group: str | None = None        # an organisation line over its people ("Kalmar kommun" / "Anna Holm")
        # a table "Organisation  Namn" writing the organisation once over several names: (its text, the names'
        # column) of the last row that had one; a row with its organisation cell blank takes it
        cell_above: tuple[str, int] | None = None
        left_org: str | None = None     # an organisation in the left column over a right column's names
        while n <= b:
            if n in self.absent_lines or _ORG_LEGEND.match(self.L(n).text):
                break               # a sentence naming those absent ends the list (or the organisations' legend)
            ln = self._side(n, column)
            if ln.blank or ln.layout or JUNK_LINE.search(ln.text) or VACANT_SEAT.match(ln.text):
                n += 1              # (a seat left empty, "Vakant (M)", "Vakant plats": no one, and the list goes on)
                continue
            if self._table_head(ln) or n in self.sub_heads:      # (or a part's heading inside the list)
                self.table_heads.add(n)
                n += 1
                continue
            nxt_line = self._next_nonblank(n, b)
            if self._org_line(ln) and entries and not (entries[-1].org or entries[-1].role) \
                    and entries[-1].line == self._prev_nonblank(n) \
                    and not (self.L(n - 1).blank and self._org_kind_line(ln)):  # type: ignore[attr-defined]
                self._set_org(entries[-1], ln.text.strip(" :"))    # "Anna Holm" / "Kalmar kommun": its organisation
                entries[-1].note = f"organisation on line {n}"
                last = n
                n += 1
                continue
            # (the entry above's organisation wrapped onto this line in lower case, "Sofia Lund   Utvecklingsledare,
            # Kommunförbundet" / "i Kalmar län": the rest of its name, no organisation over the names below)
            if entries and entries[-1].line == self._prev_nonblank(n) and ln.text.strip()[:1].islower() \
                    and not ln.text.rstrip().endswith(":") and entries[-1].org_as_written and self._org_line(ln) \
                    and (whole := self.orgs.resolve(f"{entries[-1].org_as_written} {ln.text.strip()}")) \
                    and kw(ln.text, self.lx).split()[-1:] == whole.alias.split()[-1:]:
                e = entries[-1]
                self._set_org(e, f"{e.org_as_written} {ln.text.strip()}")
                last = n
                n += 1
                continue
            # (a kind of organisation over its people, "Kommunerna", whatever they name: a part of the list)
            if self._org_kind_line(ln) and entries and nxt_line is not None:  # type: ignore[attr-defined]
                group = self._group_of_line(ln)  # type: ignore[attr-defined]
                self.table_heads.add(n)
                last = n
                n += 1
                continue
            # (the name under it damaged by a scan counts too: "Hultsfreds kommun:" / "Katrin Kar1sson")
            if self._org_line(ln) and nxt_line is not None and not (entries and entries[-1].note == "continues") \
                    and (any(not (e.org or e.role) for e in self._entry_of(self._side(nxt_line, column)))
                         or self._damaged_under(self._side(nxt_line, column), ln.text.strip(" :")) is not None):
                group = self._group_of_line(ln)  # type: ignore[attr-defined]
                self.table_heads.add(n)     # the list's own form, accounted for as layout
                last = n
                n += 1
                continue
            # the member served for, alone on the line under the deputy's ("Maud Ek, Västerviks kommun, tjänstgörande
            # för" / "Marianne Holm")
            # (the member's organisation and a note after the name: "Eva Lund (Mörbylånga kommun), deltar ej i beslut")
            above = self._side(n - 1, column).text.rstrip() if entries and entries[-1].line == n - 1 else ""
            served = _name_part(re.sub(r"\s*\([^()]*\).*$", "", self._side(n, column).text.strip()))
            if above and re.search(r"(?:tjänstgörande|tjanstgorande|tjg\.?|ersättare|ers\.?)\s+för$", above, re.I) \
                    and plausible_name(served) and not entries[-1].in_place_of:
                entries[-1].in_place_of = served
                last = n
                n += 1
                continue
            got = self._entry_of(ln)
            # (the organisation in the left column beside a right column's names, written once over its people:
            # "Region Kalmar län   Sofia Holm, ordförande" / "                    Malin Ek" / "Kalmar   Anna Berg")
            if column is not None and column[0] == "R" and got:
                left = self._side(n, ("L", column[1])).text.strip()
                if left:
                    left_org = left if self._entry_org(left) else None
                for e in got if left_org else []:
                    if not (e.org or e.role):
                        self._set_org(e, left_org)
            if column is None:
                cell_above = self._org_cell_above(ln, got, cell_above)
            if group:
                for e in got:
                    if not (e.org or e.role) and e.note != "continues":     # "Name," / its organisation below
                        self._set_org(e, group)
            if not got and entries and entries[-1].line == n - 1 and ln.text[:1].islower() \
                    and self._side(n - 1, column).text.rstrip().endswith(","):
                # the entry above goes on in its column: the rest of its organisation and its role ("Per Ek,
                # Kommunförbundet" / "i Kalmar län, utvecklingsledare"; "Anna Holm, Region Kalmar län," / "samordnare")
                e = entries[-1]
                parts = [p.strip() for p in ln.text.split(",") if p.strip()]
                if parts and e.org_as_written and not _ROLE_RE.search(kw(parts[0], self.lx)) \
                        and (whole := self.orgs.resolve(f"{e.org_as_written} {parts[0]}")):
                    e.org, e.org_as_written = whole.id, f"{e.org_as_written} {parts[0]}"
                    parts = parts[1:]
                for part in parts:
                    self._note_post(e, part)
                last = n
                n += 1
                continue
            if (not got or not any(e.org or e.role for e in got)) and nxt_line == n + 1 \
                    and (joined := self._wrapped_entry(ln, self._side(nxt_line, column))):
                # an entry wrapped inside its column ("Maria Holm, Region" / "Kalmar län, utvecklingsledare")
                entries.extend(joined)
                last = nxt_line
                n = nxt_line + 1
                continue
            if not got:
                # an organisation alone continues the entry above ("Name," / "Kommunförbundet")
                if entries and entries[-1].note == "continues":
                    e = entries[-1]
                    e.note = None
                    self._set_org(e, ln.text)
                    if e.org or e.role:
                        e.note = f"organisation on line {ln.n}"
                        last = n
                        n += 1
                        continue
                cells = self._damaged_cells(ln)
                if not cells and group and (under := self._damaged_under(ln, group)) is not None:
                    cells = [under]     # a damaged name alone under its organisation's line
                if not cells and (alone := self._damaged_alone(ln, column)) is not None:
                    cells = [alone]     # a damaged name among bare names
                if cells and self.ex is not None:
                    for damaged in cells:
                        if damaged.note == "damaged":
                            damaged.note = None
                            self._warn_damaged(ln.n, damaged.name)
                    entries.extend(cells)
                    last = n
                    n += 1
                    continue
                if not entries or self._heading_shaped(ln):
                    break
                nxt = self._next_nonblank(n, b)
                while nxt is not None and (self.L(nxt).layout or self._side(nxt, column).blank):
                    nxt = self._next_nonblank(nxt, b)
                if nxt is None or not (self._entry_of(self._side(nxt, column))
                                       or self._damaged_cells(self._side(nxt, column))):
                    break           # (a damaged name after the line goes on with the list too)
                skipped.append(n)
                n += 1
                continue
            if entries and not any(e.org or e.role for e in got) and self._over_prose(n):
                break               # "Mötets öppnande" / "Anna ... öppnade mötet.": a heading after the list
            for e in got:
                if re.search(r"\d", e.name):     # a digit a scan read for a letter ("Ann-Katrin Stah1 (Org), ...")
                    self._warn_damaged(n, e.name)
            entries.extend(got)
            last = n
            n += 1
        for e in entries:
            if e.note == "continues":
                e.note = None
        if skipped and self.ex is not None:
            where = f"list '{heading}' (line {a - 1})" if heading else f"the unheaded list at line {a}"
            for m in skipped:
                self.skipped[m] = self.L(m).text
            self.ex.incomplete.append(f"{where}: line{'s' if len(skipped) > 1 else ''} {_ranges(skipped)} "
                                      "not read as names (the list goes on after)")
        return entries, last
