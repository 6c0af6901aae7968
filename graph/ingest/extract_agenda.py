"""The agenda: items, their numbering, titles and sub-items.

- the agenda: numbered items ("3. Title", "§ 3", "3 §", "Punkt 3.", "N:o 3", "3)", "3:"), else
  Markdown headings, else short standalone lines; a heading over its text before the first numbered
  item is an unnumbered item ("Öppnande"); sub-items are standalone lines inside a numbered item (not
  under "Beslutspunkter", whose sub-headings name decisions); two headings in a row are a section and
  its item ("A / B").
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from collections.abc import Callable

from ..names import fold
from .extract_dates import _DATE_RE, _ISO_RE, _date_mentions, _parse_date
from .extract_model import Extraction, Item, Line, PersonMention, RulesBase
from .extract_money import amount_spans, amounts_in
from .extract_text import (
    _ACTING_RE,
    _ASIDE_RE,
    _FINITE_VERB,
    _OCR_DIGITS,
    _PASSIVE_VERB,
    _PRESENTER_LABEL,
    _PRESENTING_VERB,
    _PROCEDURAL,
    _ROLE_RE,
    _SIGNATURE,
    JUNK_LINE,
    _name_like,
)
from .names_found import GIVEN_NAMES, plausible_name
from .ocr_repair import DIGIT_LETTERS, Lexicon, kw, repair_text, strip_markup, unspaced

# the words an agenda numbers its items by ("Punkt 1", "Ärende 2", "Tema 3:", "Del 2 –", "Pass 1", "Block 4")
_ITEM_WORDS = (r"punkt|ärende|arende|tema|del|pass|block|avsnitt|område|omrade|session|moment|programpunkt"
               r"|dagordningspunkt|fråga|fraga|paragraf")

# the same words shortened, or Latin ("Pkt 3", "Pkt. 3", "p. 3", "Ad 3.", "Dp 3", "Mom. 3", "Ärendenr 3")
_ITEM_ABBREVIATIONS = r"pkt|p|ad|dp|mom|ärendenr|arendenr|punktnr"

# item numbering: "§ 1", "§1", "§ 1.", "1 §", "Punkt 1.", "Tema 1:", "N:o 1", "1.", "1.Title", "1)", "1:", "1 Title"
_ITEM_RE = re.compile(r"^(?:§\s*(?P<para>\d{1,3})\.?|(?P<parab>\d{1,3})\s*§\.?"
                      # (the word for item after the agenda's or the meeting's genitive: "Dagordningens punkt 3")
                      rf"|(?:(?:(?:dagordningens|motets|mötets)\s+)?(?:{_ITEM_WORDS})\s+(?:nr\.?\s*)?"
                      rf"|(?:{_ITEM_ABBREVIATIONS})(?:\.\s*|\s+))(?P<punkt>\d{{1,2}})"
                      r"\s*[.:)]?"
                      r"|(?:n:o|nr\.?|no\.|#)\s*(?P<nio>\d{1,2})\.?|(?P<dot>\d{1,3})\.(?!\s?\))"
                      r"|(?P<paren>\d{1,2})\.?\s?\)"
                      r"|(?P<colon>\d{1,2}):(?=\s|[A-ZÅÄÖ][a-zåäö])"
                      r"|(?P<bare>\d{1,3})(?=\s+(?:[-–—:]\s+)?[A-ZÅÄÖ]))"
                      r"(?:\s*[-–—:](?=\s))?(?:(?:\s+|(?<=[.:])(?=[A-ZÅÄÖ][a-zåäö]))(?P<title>\S.*?))?\s*$", re.I)

# a time of day before a heading in a programme ("09.30 Välkommen", "kl. 10.45 Fika", "13:00–14:30 Grupparbete")
_CLOCK_PREFIX = re.compile(r"^\s*(?:kl\.?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?"
                           r"\s+(?:[-–]\s+)?(?=[A-ZÅÄÖ])")


# the annexes an item's line refers to, in a cell of their own far right ("Bilaga 2:1", "Bilagor 2:3-2:9", "Bil. 4")
_ANNEX_CELL = re.compile(r"(?:bilagor|bilaga|bil\.?)\s*\d{1,3}(?:[:.]\d{1,3})?(?:\s*[-–]\s*\d{1,3}(?:[:.]\d{1,3})?)?",
                         re.I)

# an item numbered after the meeting's number ("3.1      Ordförande öppnar möte" in meeting 3)
_MEETING_ITEM = re.compile(r"^\s*(\d{1,3})[.:](\d{1,2})\.?(?:\s+(?=[A-ZÅÄÖ])|\s*$)")

# a person presenting something in a report's sentence ("Kristin Holm gick igenom uppföljningen av ...", "Sofia Hartz,
# ordförande i X, gav en lägesbild av ..."): the name, the verb and what was presented (`_presenting_sentences`)
_PRESENTING_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:Därefter|Sedan|Slutligen|Avslutningsvis|Vidare|Också)\s+)?"
    r"(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+){1,2})"
    r"(?:,\s*[^,.]{2,60},)?\s+(?P<verb>presenterade|redovisade|redogjorde\s+för|informerade\s+om|informerade"
    r"|berättade\s+om|gick\s+igenom|föredrog|visade|beskrev|rapporterade\s+om|gav)\s+(?P<obj>[^.!?]+)")

# words that open a sentence, no title ("Då Ulla Björk ej är närvarande, valdes ...", "Till ledamot i presidiet efter
# X valdes ...")
_NO_TITLE_WORDS = {"da", "nar", "om", "efter", "innan", "eftersom", "sedan", "till", "for", "vid", "under", "med",
                   "som", "i", "pa", "av", "fran", "enligt", "infor"}

# a sub-item lettered with no mark after its letter, its title ending in a colon, the text under it ("a Ekonomi:")
_BARE_LETTER = re.compile(r"^\s*(?P<letter>[a-h])\s+(?P<title>[A-ZÅÄÖ][^.:]{1,60})(?=:\s*$)")

# a sub-item's number alone on its line ("§8b", "5.2", "14 a)"), its title on the next
_SUB_ALONE = re.compile(r"^\s*(?:§\s*)?(\d{1,3})(?:\.(\d{1,2})|\s?([a-h]))[.):]?\s*$")

# the sections of one item's text under headings of their own, no sub-items (folded): "Tidigare beslut",
# "Ärendebeskrivning", "Förslag till beslut", "Bakgrund", "Yrkanden"
_SECTION_OF_ITEM = re.compile(r"(?:tidigare|dagens|motets|ordforandens|\w+(?:ens|ets|s))?\s*(?:beslut|beslutet|besluten"
                              r"|beslutsforslag|forslag till beslut|arendebeskrivning|arendet|bakgrund|yrkanden?"
                              r"|propositionsordning|reservation|protokollsanteckning|ekonomiska konsekvenser"
                              r"|barnkonsekvensanalys|beslutsunderlag|underlag|handlingar)")

# a field's label over the meeting's facts, no item's heading (keyword form): "Tid:", "Plats:", "Datum:", "Bilagor:"
_FIELD_LABELS = (r"(?:tid|plats|datum|dag|lokal|motesdatum|sammantradesdatum|tid och plats|plats och tid|dnr"
                 r"|diarienummer|diarienr|bilagor?|underlag|handlingar|beslut|beslutet|kontaktperson|ansvarig"
                 r"|sekreterare|ordforande|justerare|protokollforare|kopia|for kannedom|sandlista|fran|till)")

# an item labelled by a letter ("Punkt A.", "Ärende B:", "Del C –"): the label is no part of the title
_LABEL_RE = re.compile(r"^(?:punkt|ärende|arende|del)\s+[A-HJ-ZÅÄÖa-hj-zåäö](?:[.:)]|\s+[-–—])?\s+(?=\S)", re.I)


# the time an item is given after its title ("Inledning (13.00-13.10)", "Fika, kl. 14.30–14.45")
_SPAN = r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?"
_CLOCK_SUFFIX = re.compile(rf"\s*(?:\(\s*(?:kl\.?\s*)?{_SPAN}\s*\)|[,–-]\s*kl\.?\s*{_SPAN})\s*$")


def clock_stripped(text: str) -> str:
    """A heading line without the time of day a programme sets before it ("09.30 Välkommen" -> "Välkommen") or
    after it ("Inledning (13.00-13.10)" -> "Inledning")."""
    return _CLOCK_SUFFIX.sub("", _CLOCK_PREFIX.sub("", text, count=1), count=1)


# a sub-item: "5.1 Title", "§ 5.1 Title", "4:1 Title", or lettered "§ 14 a Title", "14 b) Title", "14a. Title"
_SUB_RE = re.compile(r"^\s*(?:§\s*)?(\d{1,3})(?:\.(\d{1,2})\.?|:(\d)(?!\d)|(?:\.|\s)?([a-h])[.):]?)"
                     r"\s+(?P<title>[A-ZÅÄÖ\d]\S*.*?)\s*$")



# a heading of a meeting page's section on the meeting after its items (folded): "Mötesinformation", "Närvarolista"
_MEETING_SECTION = re.compile(r"motesinformation|sammantradesinformation|information om (?:motet|sammantradet)"
                              r"|narvarolista|narvaroforteckning|deltagarlista")

# an item marked by a capital letter and a slash, a bullet before it or none ("• A/ Val av justerare", as a meeting
# portal lists a nämnd's items)
LETTERED_MARK = re.compile(r"\s*(?:[•·▪\uf0b7*-]\s*)?([A-Z])\s?/\s")
LETTERED_ITEM = re.compile(LETTERED_MARK.pattern + r"\s*([A-ZÅÄÖ].*\S)\s*$")

# a sub-item lettered without its item's number ("a) Dagordningen", "b. Rapporter", "(c) Budget")
_LETTERED_SUB = re.compile(r"^\s*\(?(?P<letter>[a-hA-H])[.)/]\s+(?P<title>[A-ZÅÄÖ][^\s.]*(?:\.?\s.*?)?)\s*$")


def _lettered_point(text: str) -> re.Match[str] | None:
    """A lettered point's line, its letter and title (`_LETTERED_SUB`, or `_BARE_LETTER` with no mark after the
    letter)."""
    return _LETTERED_SUB.match(text) or _BARE_LETTER.match(text)


# what may stand before an item's number on its line and is no part of the item: a time of day ("09.15  3. Rapporter",
# "kl. 13.00–13.30 § 4 Budget", "10:00 - Punkt 2 ..."), a bullet ("• 3. Rapporter")
_ITEM_PREFIX = re.compile(
    r"^\s*(?:(?:(?i:kl)\.?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?\s*(?:[-–|:]\s*)?"
    rf"|[•▪·]\s*)(?=§\s*\d|(?i:{_ITEM_WORDS})\s+\d|\d{{1,2}}[.):]?\s+[A-ZÅÄÖ]|\d{{1,2}}\.[A-ZÅÄÖ][a-zåäö])")

# a row of an item laid out as fields ("§1 | Ärende | Mötets öppnande" over "   | Föredragande | Emmy Ahlstedt" and
# "   | Beslut | Anteckningarna godkänns."): the field naming the item's title, and the fields read as labels
_TITLE_FIELD = re.compile(r"ärende|arende|rubrik|ämne|amne|titel|fråga|fraga|punkt|ärendemening", re.I)
_LABEL_FIELD = re.compile(r"föredragande|föredragare|presentatör|beslut|beslutet|förslag till beslut|beslutsförslag"
                          r"|handläggare|ansvarig|kommentar|noteringar?|anteckningar?|diskussion|åtgärd|information"
                          r"|ärendebeskrivning|sammanfattning", re.I)


# a table's vertical rule OCR read as a letter ("l Namn      l Organisation     l"), and a ruled border so read
# ("l______l______l")
_RULE_LETTER = r"[lI|!]"
_OCR_RULED_ROW = re.compile(rf"^\s*{_RULE_LETTER}\s+\S.*?(?:\s{{2,}}{_RULE_LETTER}\s+\S.*?)+\s+{_RULE_LETTER}\s*$")
_OCR_BORDER = re.compile(rf"^\s*{_RULE_LETTER}?(?:[_\-=]{{3,}}{_RULE_LETTER})+[_\-=]*\s*$")


def ocr_rules(text: str) -> str:
    """A table row whose rules OCR read as letters, with its rules again ("l Anna Holm    l Kalmar kommun    l" ->
    "| Anna Holm    | Kalmar kommun    |"); a border so read, a border ("l____l____l" -> "|____|____|")."""
    if _OCR_BORDER.match(text):
        return re.sub(r"[_=]", "-", re.sub(_RULE_LETTER, "|", text))
    if _OCR_RULED_ROW.match(text):
        text = re.sub(rf"^(\s*){_RULE_LETTER}(?=\s)", r"\1|", text)
        # (a rule right after a full cell, one space before it: "Kalmar lan l utvecklingsledare"; a capital I only
        # where a column's spaces stand before it, where no word "I" stands)
        text = re.sub(r"(?<=\s)[l|!](?=\s)|(?<=\s\s)I(?=\s)", "|", text)
        return re.sub(rf"(?<=\s){_RULE_LETTER}(\s*)$", r"|\1", text)
    return text


def read_line(n: int, raw: str, lexicon: Lexicon, layout: bool = False) -> Line:
    """Line n as the rules read it: OCR-repaired, without markup, in `line_form`, with its cells (parted by a tab,
    three spaces or a pipe)."""
    t = line_form(strip_markup(ocr_rules(unspaced(raw))))   # (a heading in spaced letters: its words)
    cells = [c.strip(" *|") for c in re.split(r"\t| {3,}|\s\|\s", t) if c.strip(" *|-:")]
    return Line(n, raw, t, kw(t, lexicon) if t else "", cells, layout)


# a list's label with a semicolon for its colon ("Närvarande;", "Adjungerade; Sanna Holm och Marie Ek.")
_LIST_LABEL_SEMICOLON = re.compile(
    r"^\s*((?i:(?:ej\s+|övriga\s+|ovriga\s+)?(?:n[äa]rvarande|fr[åa]nvarande|f[öo]rhinder|anm[äa]lt\s+f[öo]rhinder"
    r"|adjungerade?|deltagare|ledam[öo]ter|ers[äa]ttare|tj[äa]nstg[öo]rande\s+ers[äa]ttare|[öo]vriga"
    r"|tj[äa]nstepersoner|tj[äa]nstem[äa]n|g[äa]ster|inbjudna|beslutande|medverkande)));(?=\s|$)")


def line_form(text: str) -> str:
    """A line as the rules read it: an item's number without the time of day or bullet set before it
    ("09.15  3. Rapporter" -> "3. Rapporter"; not in a table's row, where the time is a column), a row exported
    with semicolons as a table's row ("Greta Sund;Nybro kommun;ordförande" -> "... | ... | ..."), and an item's
    rows laid out as fields ("§1 | Ärende | Title" -> "§1 Title", "| Beslut | text" -> "Beslut: text"). Any
    other line as it is."""
    if (m := _ITEM_PREFIX.match(text)) and not re.search(r"\t| {3,}", text[m.end():].strip()):
        return text[m.end():]       # (a row of a table, "08.30   1   Inledning   Anna Holm", keeps its time column)
    if (semi := _LIST_LABEL_SEMICOLON.match(text)):
        text = f"{semi.group(1)}:{text[semi.end(1) + 1:]}"   # "Adjungerade; Sanna Holm och ...": a list's label
    if re.fullmatch(r"\s*[^;\s][^;]*(?:;[^;\s][^;]*|;){2,}\s*", text) and "; " not in text:
        text = text.replace(";", " | ")     # a row exported with semicolons ("Greta Sund;Nybro kommun;ordförande")
    if "|" not in text and "\t" not in text:
        return text
    cells = [c.strip() for c in re.split(r"\s*(?:\||\t+)\s*", text.strip())]
    while cells and not cells[-1]:
        cells.pop()
    if cells and not cells[0]:
        cells = cells[1:]
    if len(cells) == 2 and _LABEL_FIELD.fullmatch(cells[0].strip(" :")) and len(cells[1]) > 0 \
            and not _LABEL_FIELD.fullmatch(cells[1].strip(" :")) and not _TITLE_FIELD.fullmatch(cells[1].strip(" :")):
        return f"{cells[0].strip(' :')}: {cells[1]}"            # "   | Föredragande | X": the item's field
    if len(cells) == 3 and _TITLE_FIELD.fullmatch(cells[1].strip(" :")) and cells[2] and \
            (h := item_number(cells[0])) is not None and h[1] is None:
        return f"{cells[0]} {cells[2]}"                       # "§1 | Ärende | Title": the item and its title
    return text


# a table of items laid out in two columns ("| Ärende | Anteckning och beslut |", "Punkt<TAB>Protokollstext"): the
# head's first cell names the item, its second the item's text (folded)
_ITEM_TABLE_ITEM = re.compile(r"(?:§|nr|punkt|arende|arenden|rubrik|amne|paragraf|dagordningspunkt|fraga|"
                              r"arende och rubrik|punkt och rubrik)")
_ITEM_TABLE_TEXT = re.compile(r"(?:\w+\s+(?:och|&)\s+)?(?:anteckning|anteckningar|minnesanteckning|minnesanteckningar"
                              r"|beslut|noteringar?|diskussion|kommentar|kommentarer|text|protokollstext|innehall"
                              r"|beskrivning|sammanfattning|behandling|information|atgard|protokollsanteckning)"
                              r"(?:\s+(?:och|&)\s+\w+)?")
_TABLE_RULE = re.compile(r"[\s|:+-]*-{3,}[\s|:+-]*")


def _cells(raw: str) -> list[str] | None:
    """The cells of a table's row of pipes or tabs, empty cells kept ("|  | text |", "<TAB>text", "| Budget |  |");
    None for a line of no table."""
    if "\t" in raw.strip(" ") or raw.startswith("\t"):
        cells = raw.rstrip().split("\t")
    elif raw.strip().startswith("|") and raw.strip().endswith("|") and len(raw.strip()) > 1:
        cells = raw.strip()[1:-1].split("|")
    else:
        return None
    cells = [c.strip() for c in cells]
    while len(cells) > 2 and not cells[-1]:
        cells.pop()
    return cells


def _two_cells(raw: str, numbered: str | None = None) -> list[str] | None:
    """A row of two columns (see `_cells`); with `numbered`, a row of three whose first two cells are the item's
    number and its title ("| 3 | Budget | text |" as "§ 3 Budget" and "text" under a head "§"), joined."""
    cells = _cells(raw)
    if cells is not None and numbered is not None and len(cells) == 3:
        first = f"{numbered} {cells[0]}" if numbered and re.fullmatch(r"\d{1,3}", cells[0]) else cells[0]
        cells = [f"{first} {cells[1]}".strip() if cells[0] or cells[1] else "", cells[2]]
    return cells if cells is not None and len(cells) == 2 else None


def _three_column_head(raw: str) -> str | None:
    """A head of three columns, the item's number, its title and its text ("| § | Ärende | Anteckning och beslut
    |", "Nr<TAB>Rubrik<TAB>Protokollstext"): the sign to set before a bare number ("§" under a head "§" or
    "Paragraf", else ""); None for any other row."""
    cells = _cells(raw)
    if cells is None or len(cells) != 3 or not all(cells):
        return None
    number, title, text = (fold(c).strip(" .:") for c in cells)
    if not re.fullmatch(r"(?:|nr|punkt|paragraf|p|pkt)", number) or number == "" and cells[0].strip() != "§" \
            or not re.fullmatch(r"(?:arende|arenden|rubrik|amne|titel|fraga|arendemening|dagordningspunkt)", title) \
            or not _ITEM_TABLE_TEXT.fullmatch(text):
        return None
    return "§" if cells[0].strip() == "§" or number == "paragraf" else ""


def _titled_row(cells: list[str]) -> bool:
    """A row whose first cell is an item's number and title and whose second holds text."""
    hit = item_number(cells[0]) if cells[0] else None
    return hit is not None and bool(hit[1]) and bool(re.search(r"[^\W\d_]{3}", cells[1]))


def _aligned_cells(raw: str, cuts: list[int]) -> list[str] | None:
    """A row of a table laid out with spaces, cut where its head's columns start (`cuts`: the second column's and,
    if any, the third's), each cut moved to the word that starts within two places of it after a gap: the first two
    columns' cells (a third, "Ansvar", left out); None for a line of text across the cuts."""
    if "|" in raw or "\t" in raw:
        return None
    at = []
    for c in cuts:
        near = [k for k in range(max(1, c - 2), min(len(raw), c + 3)) if raw[k] != " " and raw[k - 1] == " "]
        if len(raw) > c and raw[max(0, c - 2):c + 1].strip() and not near:
            return None     # a word running over the column's start: no row of the table
        at.append(near[0] if near else c)
    first = raw[:at[0]].strip()
    if first and not raw[:at[0]].endswith("  "):
        return None
    second = raw[at[0]:at[1] if len(at) > 1 else len(raw)].strip()
    return [first, second]


def _item_table_body(raws: list[str], j: int, numbered: str | None = None, cuts: list[int] | None = None
                     ) -> tuple[dict[int, tuple[str, str]], set[int], int]:
    """The rows of a table of items from line j (0-based) to a blank line or a row of another shape: (line ->
    (first cell, second cell)) of the rows, the item's title going on in the first cell of the rows under its own
    (a cell wrapped over two rows, "| § 4 Medel ur | text |" / "| överenskommelsen | more |", joined into the
    item's row); the table's rules and empty rows; the line after the table."""
    found: dict[int, tuple[str, str]] = {}
    rules: set[int] = set()
    titled: int | None = None       # the row of the last item's title, while its first cell may go on
    while j < len(raws) and raws[j].strip():
        if _TABLE_RULE.fullmatch(raws[j]):
            rules.add(j)
            j += 1
            continue
        cells = _two_cells(raws[j], numbered) if cuts is None else _aligned_cells(raws[j], cuts)
        if cells is None:
            break
        if not cells[0] and not cells[1]:
            rules.add(j)            # an empty row
        elif cells[0] and _titled_row(cells):
            found[j] = (cells[0], cells[1])
            titled = j
        elif cells[0] and titled is not None and len(cells[0].split()) <= 8 \
                and not cells[0].rstrip().endswith((".", ":", "!", "?")) and item_number(cells[0]) is None:
            head, body = found[titled]
            found[titled] = (f"{head} {cells[0]}", body)        # the title wrapped in its cell
            found[j] = ("", cells[1])
        elif not cells[0] and found:
            found[j] = ("", cells[1])
            titled = None
        else:
            break
        j += 1
    return found, rules, j


def item_table_rows(raws: list[str]) -> tuple[dict[int, tuple[str, str]], set[int]]:
    """An agenda written as a table of two columns, the item's number and title in the first cell and its text
    in the second, the text going on in rows whose first cell is empty ("| § 3/2050 Budget (Föredragande: Per Ek) |
    Förslaget redovisades. |" / "|  | Mötet beslöt att anta budgeten. |"), under a head naming the columns ("|
    Ärende | Anteckning och beslut |"; each item a table of its own, or one table for all), or with no head, two
    items' rows or more numbered going up, one holding a sentence: (line -> (the first cell, the second)) of its
    rows (the first cell empty on a row going on), and the lines of its heads, rules and empty rows (the table's
    furniture). A table whose rows do not start with a numbered title (a list of people, a decision log "| Nr |
    Beslut |" numbering rows without titles) is none."""
    rows: dict[int, tuple[str, str]] = {}
    furniture: set[int] = set()
    i = 0
    while i < len(raws):
        if (sign := _three_column_head(raws[i])) is not None:
            found, rules, j = _item_table_body(raws, i + 1, sign)
            if found:
                rows.update(found)
                furniture |= rules | {i}
            i = max(j, i + 1)
            continue
        # (a head laid out with spaces, the item's column first, "Agenda      Idag      Ansvar", over rows numbered
        # in it: the rows cut where its columns start)
        aligned = [m.start() for m in re.finditer(r"(?:^|(?<=\s{2}))\S", raws[i].rstrip())]
        if 2 <= len(aligned) <= 3 and aligned[0] == 0 and "|" not in raws[i] and "\t" not in raws[i] \
                and re.fullmatch(r"(?:agenda|dagordning|dagordningspunkt|punkt|arende|nr)",
                                 fold(raws[i][:aligned[1]]).strip(" .:")) \
                and all(len(raws[i][a:].split("  ")[0].split()) <= 3 for a in aligned[1:]):
            found, rules, j = _item_table_body(raws, i + 1, cuts=aligned[1:])
            nums = [h[0] for n in sorted(found) if found[n][0] and (h := item_number(found[n][0]))]
            if len(nums) >= 2:
                rows.update(found)
                furniture |= rules | {i}
                i = max(j, i + 1)
                continue
        head = _two_cells(raws[i])
        if head is None:
            i += 1
            continue
        if head[0] and head[1] and _ITEM_TABLE_ITEM.fullmatch(fold(head[0]).strip(" .:") or head[0]) \
                and _ITEM_TABLE_TEXT.fullmatch(fold(head[1]).strip(" .:")):
            found, rules, j = _item_table_body(raws, i + 1)
            if found:
                rows.update(found)
                furniture |= rules | {i}
            i = max(j, i + 1)
            continue
        # no head: the items' rows alone (not under a head of other columns, "| Område | Kommentar |")
        if _titled_row(head) and (i == 0 or not raws[i - 1].strip()):
            found, rules, j = _item_table_body(raws, i)
            nums = [h[0] for n in sorted(found) if found[n][0] and (h := item_number(found[n][0]))]
            if len(nums) >= 2 and all(b > a for a, b in itertools.pairwise(nums)) \
                    and any(found[n][1].rstrip().endswith((".", "!", "?")) for n in found):
                rows.update(found)
                furniture |= rules
            i = max(j, i + 1)
            continue
        i += 1
    return rows, furniture


_ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
          "XVII", "XVIII", "XIX", "XX"]


# a page's running head opening with the paragraph the page holds, the organ and the meeting after it ("14, LGL,
# 2080-04-17 09:00      Sida 3")
_RUNNING_HEAD_NUMBER = re.compile(r"^\s*(\d{1,3}),\s+[A-ZÅÄÖ][\wÅÄÖåäö-]{1,10},\s+\S")
# a sentence's stop, not an abbreviation's: the word before it no "kl.", "ca.", "nr.", "bl.a.", "t.ex.", "föredr.",
# "ordf." (a lookbehind after the stop's last letters)
_NO_ABBREVIATION = r"(?<!\bkl)(?<!\bca)(?<!\bnr)(?<!\bbl\.a)(?<!\bt\.ex)(?<!\bföredr)(?<!\bordf)(?<!\bOrdf)(?<!\bKl)"
# a text's first sentence (before its stop and a capital, or at its end; not an abbreviation's stop)
_FIRST_SENTENCE = re.compile(r"^(.+?[^\s.]{2}" + _NO_ABBREVIATION + r"|.+?\))\.(?=\s+[A-ZÅÄÖ]|\s*$)")
# a lead-in naming the agenda over its numbered items ("Dagordning:", "Följande ärenden behandlades:")
_LIST_HEADING_LEAD = re.compile(r"dagordning|foredragningslista|arendelista|agenda|arenden|punkter|program")
# the verbs of a decision's or a report's sentence (keyword keys): no heading has them ("utses", "godkänns",
# "informerade"; not a participle, "samordnade", which a heading may)
_SENTENCE_VERB = re.compile(r"\b(?:utses|utsags|valdes|valjs|godkanns|godkandes|beslutar|beslutade|beslots|faststalls"
                            r"|faststalldes|ersatter|ersatte|laggs|lades|noteras|noterades|antecknas|antecknades"
                            r"|informerar|informerade|redogor|redogjorde|foredrar|foredrog|presenterar|presenterade"
                            r"|deltar|deltog|halls|holls|tillfors|adjungeras|adjungerades)\b")


def _roman(numeral: str) -> int | None:
    """The value of a roman numeral numbering an agenda (I ... XX), None for letters that are none ("VV", "IIII")."""
    return _ROMAN.index(numeral) if numeral in _ROMAN else None


# a paragraph numbered with the organ's abbreviation before it ("KS § 12 Budget", "Sn §12", "BoU § 12", "LGL 49 Budget",
# "SN 7: Budget"), or with the year after its number ("§ 12/50 Budget", "KS § 12/2050", "BoU § 1/2053"): the paragraph
# "§ 12" (OCR's "$" for the sign too: "SGÄ $ 21 Titel")
# (a space before the colon too: "FG 1 : Budget")
_ORGAN_PARA = re.compile(r"^(?:[A-ZÅÄÖ]{2,5}\s*(?:(?P<sign>[§$])\s*|\s(?=\d{1,3}\s?[.:]?\s+[A-ZÅÄÖ]|\d{1,3}\s*$))"
                         r"|[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,4}\s*(?P<signb>[§$])\s*"
                         r"|(?P<mixed>[A-ZÅÄÖ][a-zåäö]{1,2})\s(?=\d{1,3}[.:]?\s+[*_]*[A-ZÅÄÖ])"
                         # (two capitals with small letters between or after: "VoN 4 Budget", "SoN 12 Budget")
                         r"|[A-ZÅÄÖ][a-zåäö]{0,2}[A-ZÅÄÖ][a-zåäö]{0,2}\s(?=\d{1,3}[.:]?\s+[*_]*[A-ZÅÄÖ]))"
                         r"(?P<num>\d{1,3})\b(?!\s*[/.,-]\s*\d)")
# (the organ's abbreviation before it has two capitals or more: "KS", "BoU"; "Se § 12/2031" is a reference)
_PARA_YEAR = re.compile(r"^(?:[A-ZÅÄÖ](?=[A-Za-zÅÄÖåäö]{0,3}[A-ZÅÄÖ])[A-Za-zÅÄÖåäö]{1,4}\s*)?"
                        r"§\s*(?P<num>\d{1,3})\s*/\s*(?:\d{2}|\d{4})\b(?!\s*[/.,-]?\d)")
# the year before the paragraph's number, the organ's abbreviation before the sign or not ("BER § 2044:12 Budget",
# "§ 2051:7 Budget", "KS § 2050/31 Budget"): the paragraph "§ 12"
_YEAR_PARA = re.compile(r"^(?:[A-ZÅÄÖ]{2,5}\s*)?§\s*(?:19|20)\d\d\s*[:/]\s*(?P<num>\d{1,3})\b"
                        r"(?!\s*[–-]\s*\d)(?![/.,:]\d)")
# (a body's letters before the word: "L-ÄRENDE 1/36 Godkännande av dagordning", "LGL-ärende 4/36 Budget")
_ITEM_YEAR = re.compile(rf"^(?:(?:[A-ZÅÄÖ]{{1,5}}-)?(?P<word>(?i:{_ITEM_WORDS})\s+(?:nr\.?\s*)?)"
                        rf"(?P<num>\d{{1,3}})\s*/\s*(?:\d{{2}}|\d{{4}})"
                        r"|(?P<bare>)(?P<numb>\d{1,3})/(?:19|20)\d\d(?=\s+[A-ZÅÄÖ]))\b(?!\s*[/.,-]?\d)")
# capitals before a number that are no organ's: a law's, a code's, a unit's
# ("PM" in capitals a memorandum; "Pm" may be a body's, "Pm 3 Budget" for a presidiemöte's)
_NO_ORGAN = re.compile(r"^(?:(?i:SFS|EU|SOU|LSS|LVU|LVM|HSL|SOL|KL|SKR|ISO|SIS|NR|NO|TEL|TFN|FAX|ID|TF|CA|PG|BG|DP|AD)"
                       r"|PM)\b"
                       # (a capital and small letters: a page's, an annex's, a chapter's, a room's, "Bil 3 Budget")
                       r"|(?:Kap|Sid|Bil|Tel|Fax|Dnr|Nr|No|Kl|Ca|St|Jfr|Ref|Pkt|Tab|Fig|Avd|Rum|Vån|Hus|Box|Vecka|V|"
                       r"Del|Steg|Mål|Fas|Nivå|År|Lag|Sfs|Prop|Dir|Bet|Mom|Art|Ers)\s")


# a point of a list (a bullet, a letter or a number before it)
_LIST_POINT_LINE = re.compile(r"^\s*(?:[-–•*·▪]|[a-h][.)]|\d{1,2}[.)])\s+\S")

# an item's diary number alone on its line ("Dnr BER 2047/12", "Dnr: RS 2030-45", "LGL 2054/7")
_DIARY_LINE = re.compile(r"(?:(?:dnr|diarienr|diarienummer)\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,6}\s*)?\d[\w/.:-]*"
                         r"|[A-ZÅÄÖ]{2,6}\s+(?:19|20)\d\d[/-]\d{1,5})", re.I)

# a table of contents' line: a title, dot leaders and its page or paragraph ("Budget ......... 3", "... 1/53")
_TOC_ENTRY = re.compile(r"(?:\.{4,}|\s\.{3})\s*(?:§\s*)?\d{1,4}(?:\s*[/:]\s*\d{1,4})?\s*$")


def _organ_paragraph(text: str) -> str:
    """A paragraph's line in the usual form ("KS § 12 Budget" / "LGL 12 Budget" / "§ 12/50 Budget" -> "§ 12 Budget"),
    any other line as it is. The abbreviation: two to five capitals, or a capital and up to three small letters
    before the paragraph sign ("Sn § 12"), or a capital and a small letter ("Nv 12 Budget"); without the sign, a
    title with a capital after the number."""
    if (m := _PARA_YEAR.match(text)) or (m := _YEAR_PARA.match(text)):
        return f"§ {m.group('num')}{text[m.end():]}"
    # (an O a scan read as a zero in the organ's letters: "0N 26 Anmälningsärenden" for "ON 26")
    text = re.sub(r"^0(?=[A-ZÅÄÖ]{1,4}\s+\d)", "O", text)
    m = _ORGAN_PARA.match(text)
    if not m:
        return text
    signed = bool(m.group("sign") or m.group("signb"))
    rest = text[m.end():]
    # (the organ's paragraph alone on its line, its title on the next: "PK 14" / "FASTSTÄLLANDE AV DAGORDNING")
    if not signed and (_NO_ORGAN.match(text) or not re.match(r"\s?[.:]?\s+[*_]*[A-ZÅÄÖ]|\s*$", rest)):
        return text
    rest = re.sub(r"^\s?[.:](?=\s)", "", rest)
    return f"§ {m.group('num')}{rest}"


# a paragraph's number after its title ("Val av justerare § 41", "Budget 2051 (kl. 10.30) §41"): a short title
# of its own, no sentence and no reference ("enligt § 4", "se § 12", "i 5 kap. 3 §")
_PARA_AFTER = re.compile(r"^(?P<title>[A-ZÅÄÖ].{1,100}?)\s+§\s*(?P<num>\d{1,3})\s*$")
_NOT_A_TITLE_END = re.compile(r"\b(?:enligt|se|även|också|ovan|nedan|jfr|jämför|i|av|till|under|om|från|fran|"
                              r"med|och|samt|eller|vid|kap|lag(?:en)?|punkt|paragraf)\s*[.,:]?$", re.I)
_FURNITURE_TITLE = re.compile(r"justerandes|signatur|utdragsbestyrk|\bsida\b|\bsidan\b|paragraf", re.I)


def _paragraph_after(text: str) -> str:
    """A paragraph numbered after its title ("Val av justerare § 41", "Budget (kl. 10.30) §41") in the usual form
    ("§ 41 Val av justerare"); any other line as it is."""
    m = _PARA_AFTER.match(text)
    if not m:
        return text
    title = clock_stripped(m.group("title").strip(" *"))
    # (a note after a name, "Emma Holm, § 6", is none)
    if len(title.split()) > 12 or re.search(r"[.!?§]|[,;(–-]$", title) or _FURNITURE_TITLE.search(title) \
            or _NOT_A_TITLE_END.search(title):
        return text
    if re.fullmatch(r"[A-ZÅÄÖ]{2,5}", title):
        return text     # (an organ's abbreviation before its paragraph alone, "FHR § 1", its title on a line below)
    if plausible_name(who := title.split(",")[0].strip()) and fold(who.split()[0]) in GIVEN_NAMES:
        return text     # (the paragraph a person of a list took part in, "Kristin Irebring § 2", "Anna Holm, Org § 6",
        #                 is no title either)
    return f"§ {m.group('num')} {m.group('title').rstrip(' :')}"


# the item's title named inside its first sentence ("Under punkten Val av justerare utsågs X ...", "Under rubriken
# Planering av möten talade vi om ..."): the words between the phrase and the sentence's verb
_UNDER_POINT = re.compile(r"(?:Under|Vid)\s+(?:punkten|rubriken|ärendet|paragrafen)\s+(?P<title>[A-ZÅÄÖ].*)$")


# the information given before a meeting's items, its subjects after the colon ("Inför styrgruppens sammanträde
# lämnades följande information: ...", "Före sammanträdet gavs information om: ...")
_INFORMATION_GIVEN = re.compile(r"(?P<title>(?:Inför|Före|Innan|Under|Vid)\s[^:.]{3,80}?\s"
                                r"(?:lämnades|gavs|redovisades)\s+(?:följande\s+)?information(?:\s+om)?)\s*:\s+\S")


def under_point_title(text: str, lexicon: Lexicon) -> str | None:
    """The title an item's first sentence names after "Under punkten" / "Under rubriken" up to its verb, two to
    twelve words; None for any other text."""
    m = _UNDER_POINT.match(text.strip())
    if not m:
        return None
    words = m.group("title").split()
    for k in range(2, min(len(words), 13)):
        w = kw(words[k], lexicon)
        if _FINITE_VERB.fullmatch(w) or _PASSIVE_VERB.fullmatch(w) or _PRESENTING_VERB.match(w) and w.endswith(
                ("ade", "de", "te", "rde", "ar", "er")):
            title = " ".join(words[:k]).rstrip(",")
            return title if not title.endswith(".") else None
    return None


@functools.lru_cache(maxsize=1 << 16)  # a pure function of the line; every rule asks it of the same lines
def item_number(text: str) -> tuple[int, str | None, str] | None:
    """(number, title or None, form) of an item line in one of the usual Swedish numberings."""
    text = text.strip().strip("*").strip()
    # a bullet before the item's number and its colon or stop (" • 1: Karin Holm valdes till ordförande."): the number
    text = re.sub(r"^[•·▪]\s*(?=\d{1,3}[:.]\s+[A-ZÅÄÖ])", "", text)
    text = _organ_paragraph(_paragraph_after(text))
    # the year after an item's number, a word for item before it or none ("Punkt 3/2051 Budget", "Ärende 3/2051:
    # Budget", "3/2051 Budget"): the item's number; without the word, a paragraph's (numbered through the year)
    if (yr := _ITEM_YEAR.match(text)):
        text = f"{yr.group('word') or '§ '}{yr.group('num') or yr.group('numb')}{text[yr.end():]}"
    # OCR: "$ 1" / "S 1" for "§ 1", "l" / "I" / "|" for 1 and "O" for 0 in a paragraph number
    text = re.sub(r"^(?:\$|S(?=\s*[\dlI|O]{1,3}\b))\s*", "§ ", text)
    # OCR: "5" for "§" before a paragraph's number and its title ("5 12 FÖRÄNDRING I GRUPPEN", "5 12) Budget"), or
    # "fi" ("fi10) Val av justerare", "fi 11) Budget")
    text = re.sub(r"^5\s+(?=\d{1,3}\)?\s+[A-ZÅÄÖ][A-ZÅÄÖa-zåäö])", "§ ", text)
    text = re.sub(r"^fi\s*(?=\d{1,3}\)\s+[A-ZÅÄÖ][A-ZÅÄÖa-zåäö])", "§ ", text)
    # a bracket after the paragraph's number ("§ 9) Mötet öppnas"): the paragraph
    text = re.sub(r"^§\s*(\d{1,3})\)(?=\s+\S)", r"§ \1", text)
    # a stroke after the paragraph's number ("§ 1/ Mötet öppnas."): the paragraph
    text = re.sub(r"^§\s*(\d{1,3})\s*/(?=\s+\S)", r"§ \1", text)
    # a list's number before the paragraph's sign, the paragraph's own number between them or not ("1. §    Title",
    # " 7. 7 §  Title"): the paragraph
    text = re.sub(r"^(\d{1,3})\.\s*(?:\1\s*)?§\.?(?!\s*\d)(?:\s+(?=\S)|$)", lambda m: f"§ {m.group(1)} ", text).rstrip()
    # (or the paragraph's number after its sign, the same: " 1. § 1" over the title, a web page's list of paragraphs)
    text = re.sub(r"^(\d{1,3})\.\s*§\s*\1(?=\s|$)", r"§ \1", text)
    # "(3) Title" and "[3] Title" as "3) Title", "3.0 Title" as "3. Title"; a roman numeral ("IV. Title", "II) Title")
    # as its number
    text = re.sub(r"^[(\[](\d{1,2})[)\]](?=\s)", r"\1)", text)
    text = re.sub(r"^(\d{1,2})\.0\.?(?=\s+[A-ZÅÄÖ])", r"\1.", text)
    # OCR: "l" / "|" for 1 and "O" for 0 in an item's number before its title ("l. Inledning", "1O) Budget")
    if (ocr := re.match(r"^([\dl|O]{1,2})([.):])(?=\s+[A-ZÅÄÖ])", text)) and re.search(r"[l|O]", ocr.group(1)) \
            and ocr.group(1) not in ("O", "OO"):
        text = ocr.group(1).translate(_OCR_DIGITS) + text[ocr.end(1):]
    # OCR: "0" for "O" opening the title after the number ("2 0rdf. Jonny Holm öppnade sammanträdet")
    text = re.sub(r"^(\d{1,3}[.)]?\s+)0(?=[a-zåäö]{2})", r"\1O", text)
    if (rom := re.match(r"^([IVX]{1,5})([.)])\s+(?=[A-ZÅÄÖ][a-zåäö])", text)) and (v := _roman(rom.group(1))):
        text = f"{v}{rom.group(2)} {text[rom.end():]}"
    # a roman numeral after a word for item ("Punkt III – Budget", "Ärende IV: Budget")
    if (rom := re.match(rf"^((?:{_ITEM_WORDS})\s+)([IVX]{{1,5}})(?=\s*[.:)–—-]?\s+[A-ZÅÄÖ][a-zåäö])", text, re.I)) \
            and (v := _roman(rom.group(2))):
        text = f"{rom.group(1)}{v}{text[rom.end():]}"
    if text.startswith("§"):
        text = re.sub(r"^§\s*([\dlI|O]{1,3})\b", lambda m: "§ " + m.group(1).translate(_OCR_DIGITS), text)
        # the mark of an annex after the paragraph's number, and its word ("§ 42./. Bilaga. Budget", "§ 42 ./.
        # Budget"): no part of the title
        text = re.sub(r"^(§ \d{1,3})\s*\.?/\.\s*(?:(?:Bilaga|Bil)\.?\s+(?:\d{1,2}\.?\s+)?)?", r"\1 ", text)
    m = _ITEM_RE.match(text)
    if not m:
        return None
    form = next(f for f in ("para", "parab", "punkt", "nio", "dot", "paren", "colon", "bare") if m.group(f))
    title = (m.group("title") or "").strip(" *:") or None
    return int(m.group(form)), title, "§" if form in ("para", "parab") else form


# who presents or answers for an item, labelled at its title's end ("... – föredr. Anna Holm", "... (Föredragande: Per
# Ek)", "... – Ansvarig: Eva Lund", "..., handläggare: Per Ek"): the label's word, then the names to the line's end
# (the label's neighbours too: "föredras av", "informatör", "inledare"; a title in lower case before the name,
# "föredragande: ekonomichef Per Ek"; the label after a full stop or semicolon, "Budget. Föredragande: Per Ek")
_TITLE_LABEL_TAIL = re.compile(r"(?:\s+[-–—]\s*|\s*\(\s*|[,;.]\s+)(?P<label>(?i:föredr(?:agande|agare)?\.?|föredras av"
                               r"|presenteras av|dragande|presentatör|informatör|inledare|fö\."
                               # (who answers for it: "Ansvarig: X", "ansvariga: X och Y", "kontaktperson: X")
                               r"|ansvarig|ansvariga|ansvar|handläggare|kontaktperson))"
                               r"\s*:?\s+(?:[a-zåäöé][\wåäöé-]*\s+){0,2}?(?P<who>[A-ZÅÄÖÉ][^()]*?)"
                               # (the organisation in brackets after the names: "– föredr. Per Ek (Nybro kommun)")
                               r"(?:\s*\([^()]*\))?\)?\s*$")
# the labels of who answers for an item rather than presents it
_ANSWERS_FOR = r"(?:ansvar|handläggare|kontaktperson)"


def _without_label_tail(title: str) -> str:
    """The title without who presents or answers for it, labelled at its end ("Budget – Ansvarig: Per Ek", "Budget
    (föredr. Per Ek)"): the whole title where the label would leave nothing."""
    lab = _TITLE_LABEL_TAIL.search(title)
    return title[:lab.start()] if lab and lab.start() > 0 else title


# a diary number opening a paragraph's title ("Dnr 2030/123", "Dnr KS 2030/123", "Diarienr: RS 2030-45")
# (the series' letters before the number with or without a space: "Dnr KS 2030/123", "Dnr SGPH2053-0001")
# a cell holding a diary number alone, after an item's title ("Dnr 2060/12", "2060/14", "KS 2031.44")
_DNR_CELL = re.compile(r"(?:dnr|diarienr|diarienummer)?\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,5}\s*)?\d{2,4}[/.-]\d{1,4}", re.I)
_DNR_FIRST = re.compile(r"(?:dnr|diarienr|diarienummer)\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,6}\s*)?\d[\w/.:-]*\s*", re.I)
# the deciding body and the diary number as a paragraph's heading, the title on the line under it ("§ 12
# Arbetsutskottet (Dnr 2069/4)" / "Val av justerare", "§ 3  Kommunstyrelsens arbetsutskott  Dnr KS 2030/12"; not
# "§ 3 Ledamot i Beredningen (Dnr 2051/03)", a title)
_BODY_DNR = re.compile(r"(?:\w+s\s+)?\w*(?:utskott|utskottet|nämnd|nämnden|styrelse|styrelsen|direktion|direktionen"
                       r"|beredning|beredningen|rådet|gruppen|ledningen)\s*,?\s*[(\[]?\s*"
                       r"(?:dnr|diarienr|diarienummer)\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,6}\s*)?\d[\w/.:-]*\s*[)\]]?", re.I)


# a table of contents' line: a title, dot leaders (or an ellipsis, or a wide gap) and its page ("Budget ...... 3")
_PAGED_TITLE = re.compile(r"(?P<title>[A-ZÅÄÖ][^.…]*?[^\s.…])\s*(?:\.{3,}|…+|\s{4,})\s*(?P<page>\d{1,3})")


# a line of a list of tasks: who is responsible or by when ("Ansvarig: X", "Klart till: D", "- Boka lokal (X,
# senast D)"), a check box, a table's rule; a deadline only in a bullet point or in brackets: "senast" in a sentence
# is no task
_TASK_LINE = re.compile(r"\bansvarig\w*\s*:|\bansvar\s*:|\bklart\s*(?:till|senast|datum)?\s*:"
                        r"|^\s*[-*•–].*\b(?:senast|deadline)\b|\([^()]*\b(?:senast|deadline)\b[^()]*\)"
                        r"|^\s*[-*•]?\s*\[[ xX]?\]|^[\s|:-]*-{3,}[\s|:-]*$", re.I)
# the head of a table of tasks ("| Åtgärd | Ansvarig | Klart till |")
_TASK_TABLE_HEAD = re.compile(r"(?:^|\|)\s*(?:åtgärd|uppgift|aktivitet|vad)\s*\|.*\b(?:ansvarig|vem)\b", re.I)


# a table of contents' diary number over its title ("Dnr LGL 2031/00083        3", "§ 12  Dnr 2031/44   5")
_TOC_DNR = re.compile(r"(?:§\s*\d{1,3}\s+)?(?:dnr|diarienr|diarienummer)\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,5}\s+)?\d[\w/.:-]*"
                      r"(?:\s+\d{1,3})?", re.I)


# a section's heading in capitals between numbered items ("FORMALIA", "MEDDELANDEN", "ÖVRIGT")
_SECTION_CAPS = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖ ]{2,40}")


def _stands_again(title: str, later: list[str]) -> bool:
    """Whether a listed title (folded, without number and presenter) stands again among the later lines' (folded)
    texts: the same, at the end of one a little longer ("Information: Budget"), or the same but for a scan's
    damage."""
    return any(h == title or h.endswith(" " + title) and len(h) - len(title) <= 14 or _ocr_same(h, title)
               for h in later)


def found_any(runs: dict[str, list[tuple[int, int, str, int | None]]], form: str) -> bool:
    """Whether a run of this numbering form has begun."""
    return bool(runs.get(form))


@functools.lru_cache(maxsize=1 << 16)  # a pure function of the two titles, which are compared again and again
def _ocr_same(a: str, b: str) -> bool:
    """Two folded titles the same but for what a scan does to words: spaces lost or put in ("motetoppnas" /
    "motet oppnas", "akt uellt"), a letter or two misread ("socialtjanstlag" / "socialtjänstlag" folded alike,
    "justcrare" / "justerare"); titles of some length only, and an item's number before one of them passed over
    ("n o 1 motet oppnas")."""
    a = re.sub(r"^(?:n\s?o|nr|punkt|§)?\s*\d{1,3}[.):]?\s+", "", a)
    b = re.sub(r"^(?:n\s?o|nr|punkt|§)?\s*\d{1,3}[.):]?\s+", "", b)
    a, b = re.sub(r"\W+", "", a), re.sub(r"\W+", "", b)
    if min(len(a), len(b)) < 6 or re.findall(r"\d", a) != re.findall(r"\d", b):
        return False        # (another year is another title: "Budget 2031" / "Budget 2032")
    if a == b:
        return True
    same = difflib.SequenceMatcher(None, a, b)    # (the two cheap bounds first: neither is below the ratio)
    return same.real_quick_ratio() >= 0.88 and same.quick_ratio() >= 0.88 and same.ratio() >= 0.88


class _Chains:
    """Runs of numbered lines per numbering form that may start at any number, each going up by one (a number
    may be missing); in one pass (a line extends the run expecting its number, else starts one)."""

    def __init__(self) -> None:
        self.open: dict[str, dict[int, list[tuple[int, int, str, int | None]]]] = {}
        self.all: dict[str, list[list[tuple[int, int, str, int | None]]]] = {}

    def add(self, form: str, line: tuple[int, int, str, int | None], may_start: bool) -> None:
        num = line[1]
        waiting = self.open.setdefault(form, {})
        run = waiting.pop(num, None) or waiting.pop(num - 1, None)
        if run is None:
            if not may_start:
                return
            run = []
            self.all.setdefault(form, []).append(run)
        run.append(line)
        if len(waiting.get(num + 1) or []) < len(run):
            waiting[num + 1] = run

    def best(self) -> dict[str, list[tuple[int, int, str, int | None]]]:
        return {form: max(runs, key=len) for form, runs in self.all.items() if runs}


class AgendaRules(RulesBase):
    def _agenda(self, ex: Extraction, end: int, start: int | None = None) -> list[Item]:
        if start is None:
            start = (ex.meeting_lines[1] + 1) if ex.meeting_lines else 1
        numbered = self._numbered(start, end)
        if self._a_run_of_items(numbered, end):
            # an unnumbered first item ("Öppnande", "Mötets öppnande") before the numbered ones: a
            # heading with its text under it
            first = numbered[0][0]
            # (with text under it: "Punkter" / "Ärenden" right over the first numbered item heads the agenda)
            # (nor the notice of the signing with its text, "BEVIS  Protokollet har anmälts hos ...")
            # (nor a signer's name under the dotted line, "........" / "Cecilia Frid sekreterare", nor the field of
            # the adjusting's time and place)
            # (nor a signer's label with the name after it: "Sekreterare Margit Holm", "Justeringspersoner Per Ek")
            lead = [(n, t) for n, t in self._plain_heads(start, first - 1)
                    if n not in self.list_headings and not _SIGNATURE.match(self.L(n).key)
                    and not (re.match(r"(?:sekreterare|justeringspersoner?|justerare|justerande|(?:konferens|motes)?"
                                      r"ordforande|protokollforare)\s+(?=\S)", self.L(n).key)
                             and _name_like(re.sub(r"^\S+\s+", "", self.L(n).text.strip())))
                    and not re.match(r"(?:anslag|anslagsbevis|justeringsbevis|bevis|utses att justera|justerare"
                                     r"|justeras av|justeringens plats|tid och plats for justering)\b", self.L(n).key)
                    and not ((p := self._prev_nonblank(n)) is not None
                             and re.fullmatch(r"\s*[._…]{6,}\s*", self.L(p).text))
                    and self._last_content(n, first - 1) > n
                    # (nor the heading over the agenda announced before the items, "Dagordning" / "§41. Öppnande" / ...)
                    and not all(self.L(m).blank or m in self.announced_agenda for m in range(n + 1, first))]
            # (or the information given before the items, a line of its own: "Inför styrgruppens sammanträde lämnades
            # följande information: Digital nattillsyn; Lennart Holm, enhetschef; ...": an item of its words)
            for n in range(start, first):
                if (given := _INFORMATION_GIVEN.match(self.L(n).text.strip())) and not self.L(n).layout \
                        and (n == 1 or self.L(n - 1).blank or self.L(n - 1).layout
                             or len(self.L(n - 1).text.split()) <= 4 or self.L(n - 1).text.rstrip().endswith(".")) \
                        and all(n != m for m, _t in lead):
                    lead = sorted([*lead, (n, given.group("title"))])
                    self.inline_heads.add(n)
            items = [Item(self._title(t), (n, self._last_content(n, (lead[i + 1][0] - 1) if i + 1 < len(lead)
                                                                 else first - 1)))
                     for i, (n, t) in enumerate(lead)]
            numbered_items = self._numbered_items(numbered, end)
            if self._meeting_prefix:
                # (numbered after the meeting's number, "3.1" ... "3.8": the items keep no number of their own, and
                # the points under one, "a. Val av justerare", are its lines, no sub-items: a sub-item's number
                # would need its parent's)
                for it in numbered_items:
                    if it.parent is not None and (up := next((p for p in numbered_items
                                                              if p.n == it.parent and p.parent is None), None)):
                        up.presenters.extend(it.presenters)
                numbered_items = [it for it in numbered_items if it.parent is None]
                for it in numbered_items:
                    it.n = None
            items += numbered_items
            if lead:
                items = self._trailing_heads(items, numbered[-1][1])
        else:
            md = [ln.n for ln in self.lines[start - 1:end]
                  if re.match(r"^\s*#{1,6}\s+\S", ln.raw) and not self._list_heading_kind(ln)]
            announced = self._announced_heads(start, end) if len(md) < 2 else []
            if announced:
                # (a heading over the text before the announced agenda, the meeting's opening: "Välkomna" / "X hälsade
                # välkomna ..." / "Upplägget av dagen var enligt följande:" / "- Föregående minnesanteckning" / ...)
                # (its text a sentence of its own, not the agenda's heading alone: "Behandlade beslutsärenden" /
                # "Agenda:" / "• Inledning" / ...)
                first_listed = min(self.announced_agenda)
                announced = [(n, t) for n, t in self._plain_heads(start, first_listed - 1)
                             if any(self.L(m).text.rstrip().endswith(".") and _FINITE_VERB.search(self.L(m).key)
                                    and not self.L(m).layout for m in range(n + 1, first_listed))] + announced
            heads = [(n, self.L(n).text.strip(" *")) for n in md] if len(md) >= 2 else \
                announced or self._plain_heads(start, end)
            if len(timed := self._timed_heads(start, end)) > len(heads):
                heads = timed
            if len(md) < 2 and len(bulleted := self._over_bullets(start, end)) > len(heads):
                heads = bulleted
                # (a title that is a sentence opening with a name, "Kristin Irebring, RKL, informerar om
                # beroendevården": its words the item's text too, its presenter)
                self.inline_heads.update(n for n, t in bulleted
                                         if _name_like(re.split(r",|\s+(?=[a-zåäö])", t)[0].strip()))
            if len(md) < 2 and len(heads) < 2 and len(said := self._sentence_bullets(start, end)) > len(heads):
                heads = said            # "• Petra Hornstra redovisade ..." / "  ... i nuläget.": each bullet an item,
                self.inline_heads.update(n for n, _t in said)     # its first line the title, its text its own
            if len(lettered := self._lettered_heads(start, end)) > len(heads):
                heads = lettered        # "• A/ Val av justerare", "• B/ Föregående protokoll", ...
            if len(labelled := self._labelled_heads(start, end)) > len(heads):
                # (and the headings alone on their lines between them, minutes mixing both forms: "Justering: X
                # utsågs ..." / "Utskrivningsklara dagar" / "X redovisade ...")
                at = {n for n, _ in labelled}
                plain = [(n, t) for n, t in self._plain_heads(start, end) if n not in at] if len(heads) >= 2 else []
                heads = sorted(labelled + plain)   # "Ekonomi: X redovisar ..." / "Nästa möte: 12 maj ...": the text
                self.inline_heads.update(n for n, _ in labelled)   # after each label the item's own
            # (a heading over nothing, last in the document: a web page's link below the minutes, "Samordningsgruppen
            # för länsnätverket"; not a closing item's own words, "Avslutning")
            if len(heads) >= 3 and self._next_nonblank(heads[-1][0], end) is None \
                    and not _PROCEDURAL.match(fold(heads[-1][1]).strip(" :")) \
                    and not re.search(r"avslut|nasta|ovrigt|ovriga", fold(heads[-1][1])):
                heads = heads[:-1]
            inside = {m for a, last, _stop in self.list_zones for m in range(a, last + 1)}
            heads = [(n, t) for n, t in heads if n not in inside and n not in self.list_headings
                     and n not in self.super_heads
                     and not self._task_section(n, end) and not self._in_documents_list(n)]
            # (each heading's paragraph number in the page's running head right above it, a kommun's paragraph per
            # page: "14, LGL, 2080-04-17 09:00      Sida 3" / "Sammanträdets laglighet och beslutförhet"; the front
            # page's headings above the first such paragraph are no items: "NÄRVARANDE MEDLEMMAR:")
            headed = {n: int(m.group(1)) for n, _t in heads if n > 1
                      and (m := _RUNNING_HEAD_NUMBER.match(self.furniture.get(n - 1, "")))}
            if len(headed) >= 3 and list(headed.values()) == sorted(headed.values()):
                heads = [(n, t) for n, t in heads if n >= min(headed)]
            else:
                headed = {}
            items = []
            for i, (n, title) in enumerate(heads):
                stop = heads[i + 1][0] - 1 if i + 1 < len(heads) else end
                if i + 1 == len(heads):     # (the last one ends at the signatures: "Justerande" / "Per Ek")
                    stop = min([stop] + [m - 1 for m in range(n + 1, stop + 1) if self._signature_over_name(m, stop)])
                # (an attendance list read inside the item: the item's text ends before it)
                stop = min([stop] + [a - 1 for a, _last, _stop in self.list_zones if n < a <= stop])
                # the people named after an unnumbered heading's title present it, as after a numbered one's
                # ("10.15–10.35 Ungdomsmottagningar – Anna Holm", "**Budget** (Per Ek)")
                title, presenters = self._title_presenters(clock_stripped(title)) if " / " not in title \
                    else (title, [])
                # (a noun phrase's stop after it, "Föredragning av lägesrapporten.": no part of the title)
                title = title[:-1] if title.endswith(".") and not title.endswith("..") else title
                item = Item(self._title(title), (n, self._last_content(n, stop)), n=headed.get(n))
                for name in presenters:
                    item.presenters.append((name, (n, n)))
                    if self.ex is not None:
                        self.ex.mentions.append(PersonMention(name, (n, n), "presenter"))
                items.append(item)
            self._organ_numbers_under(items)
        return items

    def _a_run_of_items(self, numbered: list[tuple[int, int, str, int | None]], end: int) -> bool:
        """Numbered items enough to be the agenda: two or more; or one, its lettered sub-items (three or more) the
        whole of the minutes ("1. Föredragningslista enligt överenskommelsen" / "a) Konferensen öppnades" / text /
        "b) ..." / ...)."""
        return len(numbered) >= 2 or len(numbered) == 1 and len(self._lettered_subs(numbered[0][0], end)) >= 3

    def _organ_numbers_under(self, items: list[Item]) -> None:
        """Unnumbered headings each with the organ's word and the paragraph's number on the line under it
        ("Öppnande av mötet" / "Nätverket 14" / text, "Val av sekreterare" / "Nätverket 15"): those numbers the
        items', three or more, one word for all, going up."""
        marks: list[tuple[Item, int]] = []
        words: set[str] = set()
        for it in items:
            m = re.fullmatch(r"([A-ZÅÄÖ][\wåäö-]{2,20})\s+(\d{1,3})", self.L(it.lines[0] + 1).text.strip()) \
                if it.n is None and it.lines[0] < it.lines[1] else None
            if m:
                marks.append((it, int(m.group(2))))
                words.add(m.group(1))
        nums = [num for _it, num in marks]
        if len(marks) >= 3 and len(words) == 1 and all(b > a for a, b in itertools.pairwise(nums)):
            for it, num in marks:
                it.n = num

    def _announced_heads(self, start: int, end: int) -> list[tuple[int, str]]:
        """An agenda announced at the top ("Dagordning" / "09.30  1. Välkomna och inledning" / ...) over minutes
        whose headings repeat its titles without numbers: those lines are the items, however long their titles
        ("Psykisk hälsa hos unga vuxna – läget i länet"), and a word over them that repeats none ("Anteckningar")
        is none. Each a line of its own after a blank line; at least two thirds of the titles found again, in
        the agenda's order; else nothing (the headings are read by their shape)."""
        if not self.announced_agenda:
            return []
        body = self.lines[max(self.announced_agenda):end]
        unspaced = sum(ln.blank for ln in body) <= len(body) // 10
        listed = sorted(self.announced_agenda)
        # (group headings between the titles, or lines of two lists)
        grouped = listed[-1] - listed[0] + 1 > len(listed) or any(self._listed_text(m) is None for m in listed)
        taken: set[int] = set()
        titles = []
        for m in sorted(self.announced_agenda):
            if (listed := self._listed_text(m)):     # (without the presenter after it: "Budget – Per Ek")
                titles.append(fold(self._title(self._title_presenters(listed)[0])).strip(" .:"))
        titles = list(dict.fromkeys(titles))     # (a table of contents and an agenda may both list them)
        after = max(self.announced_agenda)
        heads: list[tuple[int, str]] = []
        k = 0
        for n in range(max(start, after + 1), end + 1):
            ln = self.L(n)
            # (after a blank line; or, in minutes written without blank lines or with the heading in capitals, a
            # line that is a title whole)
            if ln.blank or len(ln.cells) > 1 or (n > 1 and not self.L(n - 1).blank and not unspaced
                                                 and not ln.text.isupper()):
                continue
            t = fold(self._title(ln.text)).strip(" .:")
            # (or the title with its presenter after it: "Budget – Per Ek")
            bare = fold(self._title(self._title_presenters(ln.text.strip(" *"))[0])).strip(" .:") \
                if re.search(r"\s[-–—]\s|\(", ln.text) else t
            # (in the agenda's order; a table of contents grouped by kind of matter lists them in another)
            at = next((j for j in (range(k, len(titles)) if not grouped else range(len(titles)))
                       if titles[j] in (t, bare) and j not in taken), None)
            if at is not None and self._next_nonblank(n, end) is not None:
                heads.append((n, ln.text.strip(" *")))
                k = at + 1
                taken.add(at)
        return heads if len(titles) >= 2 and 3 * len(heads) >= 2 * len(titles) else []

    def _trailing_heads(self, items: list[Item], last_n: int) -> list[Item]:
        """An agenda whose numbered items have unnumbered ones before them ("Inledning" / "Tema 1: ..." / ...): the
        headings after the last numbered item, written as those before it (no number of their own), are items
        of their own too ("Avslutning"), not parts of the last numbered item."""
        tails = [it for it in items if it.parent == last_n and not _SUB_RE.match(self.L(it.lines[0]).text)]
        subs = [it for it in items if it.parent == last_n]
        if not tails or len(tails) != len(subs):
            return items
        last = next(it for it in items if it.n == last_n and it.parent is None)
        last.lines = (last.lines[0], self._last_content(last.lines[0], tails[0].lines[0] - 1))
        for it in tails:
            it.parent = None
        return items

    def _text_start(self, it: Item) -> int:
        """The first line of an item's text: the line after its heading, or the heading's own line when the
        text goes on there ("§ 4 Övrigt. Inga övriga frågor.")."""
        if it.lines[0] in self.inline_heads:
            return it.lines[0]
        # (the item's diary number alone on the line under its heading, "Dnr BER 2047/12", "LGL 2054/7": no text)
        # (nor the title under a number alone, "PK 14" / "FASTSTÄLLANDE AV DAGORDNING", "§ 3" / "Budget")
        n = it.lines[0] + 1
        head = item_number(re.sub(r"\s{2,}.*$", "", self.L(it.lines[0]).text.strip()))
        if head is not None and head[1] is None and n <= it.lines[1] \
                and fold(self.L(n).text.strip()) == fold(it.title.strip()):
            n += 1
        if n <= it.lines[1] and _DIARY_LINE.fullmatch(self.L(n).text.strip()):
            return n + 1
        return n

    def _agenda_head(self, n: int) -> bool:
        """Line n heads an agenda table ("Punkt   Ärende   Föredragande   Beslut"): cells of one or two
        capitalised words, one of them an agenda column's, over a numbered row."""
        cells = [c for c in re.split(r"\t| {2,}|\s\|\s", self.L(n).text.strip(" |")) if c.strip()]
        nxt = self._next_nonblank(n, len(self.lines))
        return len(cells) >= 3 and nxt is not None and item_number(self.L(nxt).text) is not None \
            and all(re.fullmatch(r"(?:§|[A-ZÅÄÖ][\wåäö]*\.?)(?: [a-zåäö]+)?", c.strip()) for c in cells) \
            and any(re.fullmatch(r"punkt|arende|foredragande|beslut|nr|§|paragraf|rubrik|amne|ansvarig",
                                 fold(c).strip(" .")) for c in cells)

    def _title(self, text: str) -> str:
        t = clock_stripped(repair_text(strip_markup(text), self.lx).strip(" *:"))
        t = re.sub(r"\s+[-—–]\s+", " – ", t)
        # who is responsible for the matter, after the title ("Budget – Ansvarig: Per Ek", "Budget (ansvarig: Per
        # Ek)", "Budget, handläggare Per Ek"): no part of the title, and no presenter by that alone
        t = _without_label_tail(t)
        t = _LABEL_RE.sub("", t)    # "Punkt A. Mötet öppnas": a letter labels the item, no number and no title
        if self.learned.title_brackets:     # "Ekonomi 2054 (Se underlag Budget 2054)", as an accepted protocol
            t = re.sub(r"\s*\([^()]*\)\s*$", "", t)     # laid out alike titled its items: "Ekonomi 2054"
        # a pointer to the papers in brackets after the title ("(Se underlag Budget 2054)", "(se bifogad rapport)"): no
        # part of it (the papers named alone are: "Budget (bilaga 3)")
        t = re.sub(r"\s*\(\s*(?:se|jfr)\s[^()]*\)\s*$", "", t, flags=re.I)
        # the kind of item in brackets after the title ("Budget för hösten (Beslutspunkt)", "Meddelanden
        # (Informationspunkt)", "(för beslut)"): no part of it
        t = re.sub(r"\s*\(\s*(?:(?:besluts|informations|diskussions|rapport)(?:punkt|ärende)"
                   r"|för\s+(?:beslut|information|kännedom|diskussion))\s*\)\s*$", "", t, flags=re.I)
        # the diary number after the title ("Handlingsplan (Dnr 2030/12)", "Budget, dnr RS 2030/44"): no part of it
        t = re.sub(r"[\s,–-]*[(\[]?\s*(?:dnr|diarienr|diarienummer)\.?\s*:?\s*[\w]*\s*\d[\w/.:-]*\s*[)\]]?\s*$", "", t,
                   flags=re.I)
        return re.sub(r"\s+", " ", t)

    def _numbered(self, start: int, end: int) -> list[tuple[int, int, str, int | None]]:
        """The numbered items (the longest of `_numbered_runs`), passing over an agenda announced before its
        items: a run of numbered titles on consecutive lines, no text under any, whose titles stand again as
        headings further down ("Dagordning" / "1. Mötet öppnas" / ... then "Punkt A. Mötet öppnas" with its text)."""
        listed = self._listed_titles(start, end)
        if listed:
            self.announced_agenda.update(listed)
        runs = self._numbered_runs(start, end, skip=listed)
        if not runs:
            return []
        order = ["§", "dot", "punkt", "nio", "paren", "colon", "bare", "right"]
        run = runs[max(runs, key=lambda f: (len(runs[f]), -order.index(f)))]
        # (a lead-in's points, not the agenda: a short run of sentences under a line ending in a colon, "Förslag om
        # gemensamma rutiner:" / "1. Arbetsgruppen föreslår ... Gruppen beslöt ..." / "2. ...")
        lead = self._prev_nonblank(run[0][0]) if run else None
        if run and len(run) <= 4 and lead is not None and self.L(lead).text.rstrip().endswith(":") \
                and not _LIST_HEADING_LEAD.search(fold(self.L(lead).text)) \
                and all(len(self.L(n).text.split()) > 8 and _FINITE_VERB.search(self.L(n).key)
                        for n, _num, _t, _l in run):
            return []
        if len(run) >= 2 and self._announced(run, end):
            self.announced_agenda.update(range(run[0][0], run[-1][0] + 1))
            # a table announcing the agenda with a presenter column ("Punkt | Ärende | Föredragande"): who
            # presents each item, named there only
            # (or a plain list naming them after its titles: "1. Öppnande – Lisa Holm", "2. Budget (Per Dahl)"); a
            # table's column of those responsible ("Ansvarig", "Handläggare") names no presenter
            self._announcing_presenters(run)
            return self._numbered(run[-1][0] + 1, end)
        for other in runs.values():     # announced in another numbering ("1. Inledning" before "§ 1 Inledning")
            if len(other) >= 2 and other[-1][0] < run[0][0] and self._announced(other, end):
                self.announced_agenda.update(range(other[0][0], other[-1][0] + 1))
                self._announcing_presenters(other)
        if len(run) >= 2 and runs.get("§") is run:
            run = self._signs_lost(run, start, end)
        elif len(run) >= 2 and runs.get("bare") is run and "§" in runs:
            # the other way round: a scan kept the sign of one paragraph of many that lost it ("43 Rapport ..." /
            # "$ 44 Samverkansmedel 2062" / "45 Ledamot ..."): the number the run misses there, in its place
            have = {num for _n, num, _t, _l in run}
            fill = [r for r in runs["§"] if r[1] not in have and any(
                a[0] < r[0] < b[0] and a[1] < r[1] < b[1] for a, b in itertools.pairwise(run))]
            run = sorted(run + fill)
        return run

    def _signs_lost(self, run: list[tuple[int, int, str, int | None]], start: int, end: int
                    ) -> list[tuple[int, int, str, int | None]]:
        """Paragraphs whose sign a scan lost ("$ 19 Val av justerare" / ... / "21 Förbundschefens rapport"): a line
        of the number alone before a title, the number the one the run misses there, a heading's shape (a blank
        line or text under it), taken into the run."""
        # (where the paragraphs are written with the list's number before them, " 1. § 1" / "Mötet öppnas", one
        # paragraph with its number alone and its title a sentence: " 4. Sofia Holm (Org) presenterar ...")
        listed = all(re.match(r"\s*\d{1,3}\.\s*§", self.L(r[0]).text) for r in run)

        def bare(n: int, num: int) -> tuple[int, int, str, int | None] | None:
            m = re.match(r"\s*(\d{1,3})\s+([A-ZÅÄÖ][^.:]{2,80})$", self.L(n).text) \
                or listed and re.match(r"\s*(\d{1,3})\.\s+([A-ZÅÄÖ].{2,160}?)\.?\s*$", self.L(n).text)
            if not m or int(m.group(1)) != num or len(m.group(2).split()) > 16 \
                    or not listed and len(m.group(2).split()) > 12 or self._person_entry(m.group(2)):
                return None
            if listed and (_FINITE_VERB.search(self.L(n).key) or _PRESENTING_VERB.search(self.L(n).key)):
                self.inline_heads.add(n)    # (the title a sentence: the item's text too, its subject presenting)
            return (n, num, m.group(2).strip(), None)

        out: list[tuple[int, int, str, int | None]] = []
        # (before the run's first: the number right before it, searched upwards over a page at most)
        want, n = run[0][1] - 1, run[0][0] - 1
        while want >= 1 and n >= max(start, run[0][0] - 40):
            if (hit := bare(n, want)) is not None:
                out.insert(0, hit)
                want -= 1
            n -= 1
        bounds = [*[r[0] for r in run], end + 1]
        for k in range(len(run)):
            out.append(run[k])
            want = run[k][1] + 1
            for n in range(bounds[k] + 1, bounds[k + 1]):
                if k + 1 < len(run) and want >= run[k + 1][1]:
                    break
                if (hit := bare(n, want)) is not None:
                    out.append(hit)
                    want += 1
        return out

    def _announcing_presenters(self, run: list[tuple[int, int, str, int | None]]) -> None:
        """Who presents each item of an agenda announced before its items, named there only: a table's
        presenter column ("Punkt | Ärende | Föredragande"; a column of those responsible, "Ansvarig",
        "Handläggare", names no presenter), or a plain list naming them after its titles ("1. Öppnande –
        Lisa Holm", "2. Budget (Per Dahl)"); by item number."""
        head = self._prev_nonblank(run[0][0])
        # (a Markdown table's rule under its head row, "|---|---|---|", is no head)
        while head is not None and re.fullmatch(r"[\s|:+-]*-{2,}[\s|:+-]*", self.L(head).raw):
            head = self._prev_nonblank(head)
        head_key = fold(self.L(head).text) if head is not None else ""
        # (a table: a row of three cells or more, or cells parted by bars or tabs, the first row's last cell empty)
        tabled = any(len(self.L(line).cells) > 2 or re.search(r"\t|\s\|\s|^\s*\|", self.L(line).raw)
                     for line, *_ in run)
        presenting = not tabled or bool(re.search(r"foredrag|foredras|presentat|dragande|inledare|talare|informator",
                                                  head_key)) \
            and not re.search(r"ansvarig|handlaggare|kontaktperson", head_key)
        for line, num, title, _ in run if presenting else []:
            if tabled:      # the names in the cells after the title's ("| 4 | Budget | Per Dahl och Eva Ek |")
                names = [n for c in self.L(line).cells[2:] for n in self._title_presenters(f"Titel – {c}")[1]]
            else:
                names = self._title_presenters(title)[1]
            for name in names:
                if (name, line) not in self.announced_presenters.get(num, []):
                    self.announced_presenters.setdefault(num, []).append((name, line))

    def _announced(self, run: list[tuple[int, int, str, int | None]], end: int) -> bool:
        """Whether a numbered run is the agenda announced before its items (see `_numbered`)."""
        # (a sub-item's line between two allowed: "13. Övriga frågor" / "13.1 Julfika" / "14. Mötets avslutande")
        if any(t is not None for *_, t in run) or any(
                b[0] != a[0] + 1 and not all(_MEETING_ITEM.match(self.L(m).text) for m in range(a[0] + 1, b[0]))
                for a, b in itertools.pairwise(run)):
            return False        # text under an item, or between two: items of their own
        later = [_LABEL_RE.sub("", fold(self.L(m).text)).strip(" .:") for m in range(run[-1][0] + 1, end + 1)
                 if not self.L(m).blank and len(self.L(m).text) <= 120]
        titles = [fold(self._title(self._title_presenters(title)[0])).strip(" .:") for _, _, title, _ in run]
        again = sum(_stands_again(t, later) for t in titles)
        if again >= 2 and 3 * again >= 2 * len(titles):
            return True
        # (or the numbers again further down, each over text, the titles worded otherwise: "1. Mötets öppnande" / ...
        # / "11. Mötets avslutande" over "1. ÖPPNING: Ordförande X hälsade ..." / ... / "11. MÖTETS AVSLUTANDE: ...")
        nums = [num for _, num, _, _ in run]
        found = [h[0] for m in range(run[-1][0] + 1, end + 1)
                 if (h := item_number(self.L(m).text)) is not None and h[1] and m + 1 <= end
                 and (":" in h[1] and len(h[1].split(":", 1)[1].split()) >= 3 or not self.L(m + 1).blank
                      and item_number(self.L(m + 1).text) is None)]
        k = 0
        for num in found:
            if k < len(nums) and num == nums[k]:
                k += 1
        return len(nums) >= 3 and 3 * k >= 2 * len(nums)

    def _listed_title(self, n: int) -> tuple[int | None, str] | None:
        """(number, title) of a line listing an item: "§ 12   Budget", "3. Budget", a row "| 3 | Budget |"; (None,
        title) of a table of contents' line giving its page ("Budget .......... 3", "Budget … 3")."""
        ln = self.L(n)
        if ln.blank or ln.layout or _TOC_DNR.fullmatch(ln.text.strip()):
            return None
        if (page := _PAGED_TITLE.fullmatch(ln.text.strip())) and item_number(page.group("title")) is None:
            return None, page.group("title")
        if (bullet := self._bulleted_title(n)):
            return None, bullet
        if len(ln.cells) > 1:
            h = item_number(ln.cells[0])
            if h is None and (bare := re.fullmatch(r"(§)?\s*(\d{1,3})[.):]?", ln.cells[0])):
                h = (int(bare.group(2)), None, "")
            # "10  Föregående protokoll   2060/12": the title, its diary number after it (or a table of contents'
            # page: "§ 10  Val av justerare      4")
            if h is not None and h[1] and all(_DNR_CELL.fullmatch(c.strip()) or re.fullmatch(r"\d{1,3}", c.strip())
                                              for c in ln.cells[1:]):
                return h[0], h[1]
            # (the title the first cell after the number that is no diary number: "§ 1 | Dnr SN 2089/2 | Val av
            # justeringsperson")
            title = next((c for c in ln.cells[1:] if c.strip() and not _DNR_CELL.fullmatch(c.strip())), "")
            return (h[0], title) if h is not None and h[1] is None and title else None
        h = item_number(re.sub(r"\s+", " ", ln.text))
        return (h[0], h[1]) if h is not None and h[1] else None

    def _sentence(self, n: int) -> bool:
        """Line n is running text: four words or more ending a sentence."""
        t = self.L(n).text.strip() if 1 <= n <= len(self.lines) else ""
        return len(t.split()) >= 4 and t.endswith((".", "!", "?"))

    def _bulleted_title(self, n: int) -> str | None:
        """The title a bulleted line of an agenda lists ("• Budget", "- Budget", a table's row "| • | Budget |"):
        a short title, no sentence."""
        ln = self.L(n)
        if len(ln.cells) > 1:
            title = ln.cells[1].strip() if re.fullmatch(r"\s*[•·▪*–-]\s*", ln.cells[0]) else ""
        else:
            title = m.group(1) if (m := re.match(r"^\s*[•·▪*–-]\s+([A-ZÅÄÖ].*?)\s*$", ln.raw)) else ""
        if not title or len(title.split()) > 14 or title.endswith((".", ",", ":")) or self._person_entry(title):
            return None
        return title

    def _listed_text(self, n: int) -> str | None:
        """The title an announced agenda's or a table of contents' line lists ("3. Budget", "Budget ...... 3",
        "• Budget")."""
        hit = item_number(clock_stripped(re.sub(r"\s+", " ", self.L(n).text))) if not self.L(n).blank else None
        if hit and hit[1]:
            return hit[1]
        if not self.L(n).blank and (bullet := self._bulleted_title(n)):
            return bullet
        page = _PAGED_TITLE.fullmatch(self.L(n).text.strip()) if not self.L(n).blank else None
        return page.group("title") if page else None

    def _listed_titles(self, start: int, end: int) -> set[int]:
        """A table of contents or an agenda sent out with the minutes, set above the items: numbered titles on
        lines of their own, one under the other with no text under any (between them at most a group's heading,
        "Beslutsärenden" / "Informationsärenden"), in any order, most of whose titles stand again further down as
        the items' headings. Its lines are no items (the announced agenda); one title alone is no list."""
        out: set[int] = set()
        n = start
        while n <= end:
            if self._listed_title(n) is None:
                n += 1
                continue
            rows: list[tuple[int, int, str]] = []
            m = n
            while m <= end:
                if (hit := self._listed_title(m)) is not None:
                    if hit[0] is not None and any(r[1] == hit[0] for r in rows):
                        break       # the numbers again: the items themselves begin ("1. Inledning" / its text)
                    rows.append((m, *hit))
                    m += 1
                    continue
                t = self.L(m).text.strip(" *:")
                # a group's heading between the titles: a short line of words, the next line a title again (or a
                # title's diary number, "Dnr LGL 2031/00083   3", over it)
                if rows and m < end and _TOC_DNR.fullmatch(t) and self._listed_title(m + 1) is not None:
                    m += 1
                    continue
                # (a title's lettered sub-points, indented under it: "35  Rapporter" / "    a) Lägesbild" / ...)
                if rows and m < end and re.match(r"\s+[a-h][).]\s+[A-ZÅÄÖ]", self.L(m).raw) \
                        and len(t.split()) <= 8:
                    m += 1
                    continue
                if rows and m < end and 1 <= len(t.split()) <= 4 and t[:1].isupper() and not re.search(r"[\d.,;]", t) \
                        and self._listed_title(m + 1) is not None:
                    m += 1
                    continue
                break
            n = m       # (the next list may begin on the line that ended this one)
            if len(rows) < 2:
                continue    # (one title alone is no list: the later headings need not be gathered for it)
            later = [_LABEL_RE.sub("", fold(self.L(k).text)).strip(" .:*") for k in range(m, end + 1)
                     if not self.L(k).blank and len(self.L(k).text) <= 120]
            # (and each later heading's title without its number and the presenter named after it: "§4 Budget –
            # Per Ek")
            later += [fold(self._title(self._title_presenters(h[1])[0])).strip(" .:") for k in range(m, end + 1)
                      if len(self.L(k).text) <= 120 and (h := item_number(self.L(k).text)) is not None and h[1]]
            # (or a programme's time before it, "10.20–10.50 BUDGET (Per Ek)"; or no number, "Budget – Per Ek")
            later += [fold(self._title(self._title_presenters(c)[0])).strip(" .:") for k in range(m, end + 1)
                      if len(self.L(k).text) <= 120 and ((c := clock_stripped(self.L(k).text)) != self.L(k).text
                                                         or re.search(r"\s[-–—]\s|\(", c) and len(c) <= 80)]

            def again(title: str, later: list[str] = later) -> bool:
                return _stands_again(fold(self._title(self._title_presenters(title)[0])).strip(" .:"), later)

            if rows and self._sentence(m) and not again(rows[-1][2]):
                rows.pop()          # the last title with its text right under it, found nowhere after: an item
            if len(rows) < 2:
                continue
            found = sum(again(t) for _, _, t in rows)
            if found >= 2 and 3 * found >= 2 * len(rows):
                out.update(range(rows[0][0], rows[-1][0] + 1))
                if (numbered := [(line, num, title, None) for line, num, title in rows if num is not None]):
                    self._announcing_presenters(numbered)
        return out

    def _organ_rows(self, word: str) -> int:
        """How many table rows of the document open with `word` and a number ("Bunau 27"): an organ's paragraph
        marks where they are many."""
        pattern = re.compile(re.escape(word) + r"\s+\d{1,3}")
        return sum(1 for ln in self.lines if len(ln.cells) > 1 and pattern.fullmatch(ln.cells[0].strip()))

    def _numbered_runs(self, start: int, end: int, skip: set[int] | frozenset[int] = frozenset()
                       ) -> dict[str, list[tuple[int, int, str, int | None]]]:
        """Numbered item lines (line, number, title, the title's own line if apart) per numbering form ("§ 1
        Title", "§1", "§ 1.", "1. Title", "1) Title", "1 Title", "Punkt 1.", "N:o 1"); the agenda is the form
        that gives the longest run. A run starts at 1 (at any number for § paragraphs) and goes up by one (a
        number may be missing)."""
        runs: dict[str, list[tuple[int, int, str, int | None]]] = {}
        expected: dict[str, int] = {}
        # (the first item within the first lines of the text, counted after a table of contents or an agenda
        # listed above the items: a long one pushes the first item down)
        base = max([start, *(n + 1 for n in skip if n <= end)])
        # (forty lines of text: page furniture and blank lines not counted, a front page's long header broken over
        # two pages pushing the first item down)
        text_lines = [ln.n for ln in self.lines[base - 1:end] if not ln.blank and not ln.layout]
        limit = max(base + (end - base) * 2 // 5, text_lines[39] if len(text_lines) > 40 else end)
        running = _Chains()
        for ln in self.lines[start - 1:end]:
            if ln.blank or ln.layout or ln.n in skip:
                continue
            cell_head = self.cell_heads.get(ln.n)
            if cell_head is not None:       # a table's row: the number and title in its first cell, text after
                hit = item_number(cell_head)
            elif (bullet_alone := re.fullmatch(r"\s*[•·▪]\s*(\d{1,3})\s*", ln.text)) and ln.n < end \
                    and re.fullmatch(r"[A-ZÅÄÖ][^.:]{1,80}", nx := self.L(ln.n + 1).text.strip()) \
                    and len(nx.split()) <= 10:
                # (a number alone after a bullet, a title of a few words under it: " •   4" / "     Informationer")
                hit = (int(bullet_alone.group(1)), None, "bare")
            elif len(ln.cells) == 2 and (far := re.fullmatch(r"(§)?\s*(\d{1,3})", ln.cells[1].strip())) \
                    and item_number(ln.cells[0]) is None and re.search(r"[^\W\d_]{3}", ln.cells[0]) \
                    and not ln.cells[0].rstrip().endswith((".", ",", ":")) \
                    and (far.group(1) or len(ln.raw) - len(ln.raw.rstrip()) < 2
                         and ln.raw.rstrip().endswith(ln.cells[1].strip()) and len(ln.raw.rstrip()) >= 60):
                # the paragraph's number far right of its title ("Sammanträdet öppnas            § 5"), or the
                # item's number alone at the right margin ("Konferensens öppnande              1")
                hit = (int(far.group(2)), ln.cells[0].strip(), "§" if far.group(1) else "right")
            elif len(ln.cells) > 1:
                # a table row is an item when its first cell is a number alone ("1.<TAB>Title<TAB>Name")
                # (a web page's bullet before it: " • 1           Mötets öppnande")
                # (a number of two digits two spaces from its title in the column the one-digit numbers' titles
                # stand in, the number before it alone in its cell or so written: "9   Nästa möte      Beslut" / "10
                # Övrigt      Diskussion": its own cell too)
                if (two := re.fullmatch(r"(\d{2,3}) {2}(\S.*)", ln.cells[0])) and any(
                        len(self.L(m).cells) > 1
                        and re.fullmatch(rf"{int(two.group(1)) - 1}(?: {{2}}\S.*)?", self.L(m).cells[0].strip())
                        for m in range(max(1, ln.n - 40), ln.n)):
                    ln = Line(ln.n, ln.raw, ln.text, ln.key, [two.group(1), two.group(2), *ln.cells[1:]], ln.layout)
                h = item_number(self._without_meeting_number(ln.cells[0]))
                if h is None and (bare := re.fullmatch(r"(?:[•·▪]\s*)?(§)?\s*(\d{1,3})[.):]?", ln.cells[0].strip())):
                    h = (int(bare.group(2)), None, "§" if bare.group(1) else "dot")
                # (or the organ's abbreviation before it, two capitals or more: "LGL 9<spaces>Title", a paragraph)
                # (or one capital where the word opens three rows or more so: "Bunau 27", "Bunau 28", ... a kommun's
                # committee's paragraphs)
                if h is None and (organ := re.fullmatch(r"([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5})\s+(\d{1,3})", ln.cells[0])) \
                        and (re.search(r"[A-ZÅÄÖ].*[A-ZÅÄÖ]", organ.group(1)) and len(organ.group(1)) <= 5
                             or self._organ_rows(organ.group(1)) >= 3) and not _NO_ORGAN.match(ln.cells[0]):
                    h = (int(organ.group(2)), None, "§")
                dnr_after = h is not None and h[1] is not None and h[2] == "§" \
                    and all(_DNR_CELL.fullmatch(c.strip()) for c in ln.cells[1:])
                # (or the annexes it refers to far right: "2:2 Fastställande av föredragningslista      Bilaga 2:1")
                dnr_after = dnr_after or h is not None and h[1] is not None \
                    and all(_ANNEX_CELL.fullmatch(c.strip()) for c in ln.cells[1:])
                # (or the number and title in the left column, the item's text beside them in the right one: "1.
                # Mötets öppnande        Ordf. Isabell Holm öppnade mötet kl. 13.05 och häl-")
                if h is not None and h[1] is not None and not dnr_after and len(ln.cells) == 2 \
                        and len(ln.cells[1].split()) >= 4 and not _name_like(ln.cells[1].split(",")[0].strip()) \
                        and ln.raw.lstrip().startswith(ln.cells[0].split()[0]) and len(h[1].split()) <= 8:
                    hit = h
                # (or its first lettered point beside it: "§ 7  Ekonomi        A.     Budget 2044. ...")
                elif h is not None and h[1] is not None and not dnr_after and len(ln.cells) >= 3 \
                        and re.fullmatch(r"[A-Ha-h][.)]", ln.cells[1].strip()) and len(h[1].split()) <= 8 \
                        and ln.raw.lstrip().startswith(ln.cells[0].split()[0]):
                    hit = h
                    self.inline_heads.add(ln.n)     # (the point's text the item's, on the heading's line)
                elif h is None or h[1] is not None and not dnr_after:
                    continue
                else:
                    # (the paragraph and its diary number alone on the line, the title on the next: "LGL § 1      LGL
                    # 2087/02" / "Fastställande av föredragningslista": read as the paragraph's line alone, below)
                    dnr_alone = h[1] is None and h[2] == "§" \
                        and all(_DNR_CELL.fullmatch(c.strip()) for c in ln.cells[1:])
                    cells = ln.cells if not dnr_alone else [ln.cells[0], ""]
                    if dnr_after:   # "10 § Föregående protokoll      Dnr 2060/12": the title, its diary number apart
                        cells = [f"{h[0]}", h[1] or ""]
                    if len(cells) > 2 and _DNR_FIRST.fullmatch(cells[1].strip()):
                        cells = [cells[0], *cells[2:]]     # "§ 12 | Dnr 2030/123 | Budget": the diary number's cell
                        #                                    (a number alone too: "4 | Dnr 2065/08 | Budget")
                    rest = cells[2:]
                    who = rest[0] if rest and _name_like(rest[0].split(",")[0].strip()) else None
                    hit: tuple[int, str | None, str] | None = (h[0], cells[1] + (f" – {who}" if who else ""), h[2])
                    # a table announcing a kommun's running paragraphs ("| 124 | Inledning |" over "§ 124 Inledning"):
                    # its first row may bear any number the paragraphs after it start with
                    if h[0] != 1 and not found_any(runs, h[2]) and ln.n <= limit and any(
                            re.match(rf"[\s*_#]*§\s*{h[0]}\b", self.L(m).text) for m in range(ln.n + 1, end + 1)):
                        runs[h[2]] = [(ln.n, h[0], hit[1], None)]
                        expected[h[2]] = h[0] + 1
                        continue
            else:
                hit = item_number(self._without_meeting_number(re.sub(r"\s+", " ", ln.text)))
                # (a number alone over a title in capitals: "1" / "ÖPPNANDE AV MÖTET" / text)
                if hit is None and (alone := re.fullmatch(r"\s*(\d{1,3})\s*", ln.text)) and ln.n < end \
                        and (nx := self.L(ln.n + 1).text.strip()).isupper() and re.search(r"[A-ZÅÄÖ]{4}", nx) \
                        and len(nx.split()) <= 12:
                    hit = (int(alone.group(1)), None, "bare")
                # (or over a short title in lower case, the numbers alone with a stop or without in one protocol: "1."
                # / "Öppnande" / ... / "4" / "Representation": one numbering)
                if (hit is None or hit[1] is None) and (alone := re.fullmatch(r"\s*(\d{1,3})\.?\s*", ln.text)) \
                        and ln.n < end \
                        and self._numbers_alone() >= 3 \
                        and re.fullmatch(r"[A-ZÅÄÖ][^.:;]{1,60}", nx := self.L(ln.n + 1).text.strip()) \
                        and len(nx.split()) <= 8:
                    hit = (int(alone.group(1)), None, "bare")
                # (a paragraph after a name in a list, "Kristin Irebring    § 5", where an accepted protocol laid out
                # alike marked in its lists the paragraphs each one took part in: no item)
                if hit and self.learned.marks_after and _PARA_AFTER.match(ln.text.strip()):
                    continue
            if hit is None or self._in_numbered_attachments(ln.n):
                continue
            num, title, form = hit
            as_read = title or ""
            if title and self._person_entry(title):
                continue            # "1. Anna Holm, Kalmar kommun": a numbered list of people, not an agenda
            # a kommun's paragraph: the diary number right after the paragraph's number, the title after it on the
            # line or on the next ("§ 12 Dnr 2030/123 Budget", "§ 12 Dnr KS 2030/123" over "Budget")
            if title and form == "§" and (dnr := _DNR_FIRST.match(title)):
                title = title[dnr.end():].strip() or None
            if title and form == "§" and _BODY_DNR.fullmatch(title.strip()):
                title = None
            title_line = None
            if not title and ln.n in self._titles_over_marks():
                # (the title on the line above the mark: "Val av justerare" / "" / "§ 16" / "" / "X väljs ...")
                above = self._prev_nonblank(ln.n)
                assert above is not None
                title, title_line = self.L(above).text.strip(), above
            if not title:
                nxt = self._next_nonblank(ln.n, min(end, ln.n + 2))
                if nxt is not None and form == "§" and _DNR_FIRST.fullmatch(self.L(nxt).text.strip()):
                    nxt = self._next_nonblank(nxt, min(end, nxt + 2))     # "§ 12" / "Dnr KS 2030/123" / "Budget"
                if nxt is None or item_number(self.L(nxt).text) or self.L(nxt).layout:
                    continue
                title, title_line = self.L(nxt).text, nxt
            # the item's text after its title and a dash, where three or more of this protocol's items are so
            # written ("§7. Protokollet från presidiekonferensen den 24 april 2036 – Föredrogs av sekreteraren och
            # godkändes.", "§4. Val av sekreterare för konferensen – Niklas Holm"): the title before the dash
            dashed = self._dash_text(title) if title_line is None and title and cell_head is None else None
            cut = dashed is not None and self._dash_texts(form)
            if cut:
                title = dashed
                self.inline_heads.add(ln.n)
            # a title in capitals with the item's first sentence run on after it on its line (OCR joined them:
            # "§ 11 SAMVERKANSMODELLEN FÖR BARN OCH UNGA Anna Holm, Region Kalmar län, informerade om")
            caps = re.match(r"^((?:[A-ZÅÄÖÉ0-9][A-ZÅÄÖÉ0-9–&/-]*\s+){0,12}?[A-ZÅÄÖÉ0-9][A-ZÅÄÖÉ0-9–&/-]*)\s+"
                            r"(?=[A-ZÅÄÖÉ][a-zåäöé])(.+)$", title) \
                if title_line is None and title and cell_head is None and not cut else None
            # (not a subject in capitals over the item's own title, no verb in it: "13. STIMULANSMEDEL Digitala
            # vårdmöten inom psykiatrin 2099", the whole line its title)
            if caps and len(re.findall(r"[A-ZÅÄÖÉ]", caps.group(1))) >= 6 and len(caps.group(2).split()) >= 3 \
                    and re.search(r"[a-zåäöé]{2}\s+[a-zåäöé]", caps.group(2)) \
                    and (any(v.search(kw(caps.group(2), self.lx))
                             for v in (_FINITE_VERB, _PASSIVE_VERB, _PRESENTING_VERB))
                         or len(caps.group(2).split()) >= 9):
                title = caps.group(1)
                self.inline_heads.add(ln.n)
            # (or in lower case, the text run on after it where the paragraphs of this protocol all so run: "§ 1
            # Mötets öppnande Ordförande X hälsade välkommen", "§ 4 Val av justerare Britt Holm valdes till ...")
            # (and so a numbered title's where this protocol's numbered titles so run: " 1. Konferensens öppnande
            # Ordförande X hälsade välkomna")
            elif form in ("§", "dot") and title_line is None and cell_head is None and title and not cut \
                    and self._run_on_paragraphs(form) and (run_on := self._run_on_title(title, form)) is not None:
                title = run_on
                self.inline_heads.add(ln.n)
            # (or after a semicolon, where three numbered titles or more of this protocol so run: "1. Mötet öppnas;
            # Sanna Hallgren hälsar välkommen", "12. Nästa möte; 25 mars 2031 kl 9-12 i Nybro")
            elif title_line is None and cell_head is None and title and not cut \
                    and (semi := re.match(r"^([^;]{2,60}?);\s+(\S.*)$", title)) is not None \
                    and len(semi.group(1).split()) <= 8 and not _FINITE_VERB.search(kw(semi.group(1), self.lx)) \
                    and self._semicolon_titles(form):
                title = semi.group(1)
                self.inline_heads.add(ln.n)
            # "§ 4 Övrigt. Inga övriga frågor.": a paragraph mark's title and the item's text on one line
            # (or a numbered title's, the item's text run on after its stop: "1. Sammanträdets öppnande. Lennart
            # Werner öppnar sammanträdet och hälsar de" / "närvarande välkomna.", the text going on under it)
            inline = re.match(r"^(\S.{1,60}?)(?<!\bkl)(?<!\bföredr)(?<!\bordf)(?<!\bOrdf)(?<!\bca)[.:]\s+"
                              r"([A-ZÅÄÖ\d].*)$", title) \
                if title_line is None and cell_head is None and ln.n not in self.learned_heads and not cut and (
                    form in ("§", "punkt", "nio")
                    or form in ("dot", "bare") and ln.n < end and (
                        self.L(ln.n + 1).blank and title.rstrip().endswith(".") and len(title.split()) >= 6
                        or not self.L(ln.n + 1).blank
                        and ((nh := item_number(self.L(ln.n + 1).text)) is None or nh[0] != num + 1)
                        and (self.L(ln.n + 1).text.strip()[:1].islower()
                             or self.L(ln.n + 1).text.strip()[:1].isdigit()
                             or not re.search(r"[.:!?]\s*$", title))
                        )
                    # (or one item a line, a short title and its sentence after the stop, the next number on the next
                    # line or none: "2 Val av justerare. Till justerare utses Olof Ek." / "3 Föregående protokoll. ...")
                    or form in ("dot", "bare")
                    and (one := re.match(r"^([^.]{2,60})\.\s+([A-ZÅÄÖ].*[.!?])\s*$", title)) is not None
                    and len(one.group(1).split()) <= 8 and not _FINITE_VERB.search(kw(one.group(1), self.lx))
                    and bool(_FINITE_VERB.search(kw(one.group(2), self.lx))
                             or _PASSIVE_VERB.search(kw(one.group(2), self.lx))
                             or re.search(r"\b[a-zåäö]{3,}(?:ar|er)\b", one.group(2)))) \
                else None
            # (not at a presenter's label at the title's end: "§ 3 Budget – föredr. Per Ek", "§ 4 Plan – Ansvarig: X")
            # (nor a title of two parts, "Information. Aktuellt från ordföranden", "Remiss. Regional riktlinje": the
            # text after the stop no sentence, no verb and no stop at its end)
            if inline and form in ("dot", "bare") and title[len(inline.group(1))] == ":":
                inline = None       # (a colon after a numbered title: the rule below, "1. Formalia: ...")
            if inline and form == "§" and re.match(r"[A-ZÅÄÖ][^:]{1,60}?:\s+[a-zåäö0-9]", inline.group(1)):
                inline = None       # (a label and its text in lower case: "§7 Nästa möte: digitalt 12/6 2043 kl 13.")
            if inline and len(inline.group(1).split()) <= 8 and not _FINITE_VERB.search(kw(inline.group(1), self.lx)) \
                    and not _TITLE_LABEL_TAIL.search(title) \
                    and (re.search(r"[.!?:]\s*$", inline.group(2)) or _FINITE_VERB.search(kw(inline.group(2), self.lx))
                         or len(inline.group(2).split()) > 8 or form in ("dot", "bare")):
                title = inline.group(1)
                self.inline_heads.add(ln.n)
            # "1. Formalia: Helene Holm öppnade mötet. ...", "2. Uppföljning 2063: genomgång av ..., diskussioner": a
            # numbered title, a colon and the item's text on its line (six words or more after it); a paragraph's too,
            # "§5   Föräldrastöd: det finns en önskan från medlemmar om ..."
            elif title_line is None and cell_head is None \
                    and (colon := re.match(r"^([A-ZÅÄÖ][^:]{1,60}?):\s+(\S.*)$", title)) \
                    and (form in ("dot", "bare")
                         # (a paragraph's where its text goes on in lower case or with its verb; "§ 5 Remiss: Riktlinjer
                         # för ledsagarservice" is one title)
                         or form == "§" and (colon.group(2)[:1].islower() or _FINITE_VERB.search(kw(colon.group(2),
                                                                                                     self.lx)))) \
                    and len(colon.group(1).split()) <= 8 \
                    and (len(colon.group(2).split()) >= 6
                         # (or the title one the agenda announced above: "2. Mötets behörighet: Mötet förklarades
                         # behörigt." under "Dagordning:" / ... / "2. Mötets behörighet")
                         or self._announced_title(colon.group(1))
                         # (or a date after the label: "8. Nästa möte: 2082-09-17 kl. 13.00-16.00 i Västervik.")
                         or re.match(r"(?:\d{4}-\d\d-\d\d|\d{1,2}\s+[a-zåä]{3,9}\b|(?:mån|tis|ons|tors|fre)dag(?:en)?\b"
                                     r"|den\s+\d)", colon.group(2))
                         # (or the one elected after an election's label: "4. Val till justerare: Omar Holm")
                         or re.match(r"(?:val|utseende)\s+(?:av|till)\b", kw(colon.group(1), self.lx))
                         and _name_like(colon.group(2).strip(" ."))) \
                    and not _FINITE_VERB.search(kw(colon.group(1), self.lx)) \
                    and not _TITLE_LABEL_TAIL.search(colon.group(1)) \
                    and (not self._person_entry(colon.group(2)) or _FINITE_VERB.search(kw(colon.group(2), self.lx))):
                title = colon.group(1)
                self.inline_heads.add(ln.n)
            # (a table's cell bounds its title: a diary number and a presenter after it may make it long; a table of
            # contents' line, "1. Budget ........ 2 (11)", heads nothing)
            # (a title that is a noun phrase with its stop, "1. Godkännande av dagordning, övriga frågor.": the title)
            # (a heading over text, not one of a list of points: "1. Budgeten fastställs enligt förslaget." / "2. ..."
            # under "Mötet beslutar:" are a decision's points)
            # (or on the line under the number alone: "FHR § 1" / "Föregående möte och protokoll.")
            nxt_line = self._next_nonblank(title_line or ln.n, end) if title.endswith(".") else None
            # (a longer one where it goes on the numbering: "3. Fråga om konferensens behöriga utlysande, godkännande
            # av dagordning samt upprättande av närvarolista." after 1 and 2)
            if title.endswith(".") and not title.endswith("..") \
                    and len(title.split()) <= (20 if runs.get(form) and num == expected.get(form) else 8) \
                    and not _FINITE_VERB.search(kw(title, self.lx)) and title[:1].isupper() \
                    and nxt_line is not None and item_number(self.L(nxt_line).text) is None \
                    and (not _LIST_POINT_LINE.match(self.L(nxt_line).text)
                         # (lettered points under a short noun title are its sub-items: "7. Information." / "a) ...")
                         or re.match(r"\s*[a-h]\)\s", self.L(nxt_line).text) and len(title.split()) <= 3) \
                    and not re.search(r"\b(?:\w+(?:as|es|s)\s+(?:enligt|till|av|senast|den)\b)", title.lower()):
                title = title[:-1]
            # (a comma left at a title's end, the item's text after a blank line: "3. Eventuella adjungeringar,")
            if title.endswith(",") and not title.endswith(",,") and title_line is None and len(title.split()) <= 8 \
                    and self.L(ln.n + 1).blank and (nxt := self._next_nonblank(ln.n, end)) is not None \
                    and self.L(nxt).text.strip()[:1].isupper() and item_number(self.L(nxt).text) is None:
                title = title[:-1]
            # (a paragraph mark's run of sentences, the minutes written as one paragraph per mark: "§ 3  Föregående
            # protokoll från mötet den 2062-02-15 godkändes.", "§ 4 Jimmy Loord (JL) redogör för ... för 2062. Totalt
            # 900 000 SEK, ..."; the number the run expects: the title its first sentence, the rest the item's text)
            # (the title named inside the item's first sentence: "2.  Under punkten Val av justerare utsågs X att ...")
            if title_line is None and cell_head is None and (named := under_point_title(title, self.lx)):
                title = named
                self.inline_heads.add(ln.n)
            # (or a dot's numbered sentences opening the minutes, "1. Ordförande X hälsade välkommen och förklarade
            # sammanträdet öppnat." / "2. Rådet beslutade att ...", where the numbering goes on to titled items, "3.
            # Val av justerare": a decision's numbered points have no titled item after them)
            if form in ("dot", "bare", "colon") and title_line is None and cell_head is None and title.endswith(".") \
                    and len(title.split()) >= 3 and num == expected.get(form, 1) \
                    and self._titled_item_ahead(ln.n, num, end, form) and not re.search(r"\.\s+[A-ZÅÄÖ]", title):
                title = title[:-1]
                self.inline_heads.add(ln.n)
            if form == "§" and title_line is None and cell_head is None and re.search(r"\.(?:\s|$)", title) \
                    and title[:1].isupper() and not _TITLE_LABEL_TAIL.search(title) \
                    and (num == expected.get(form) and len(runs.get(form, [])) >= 2
                         or (num in (expected.get(form), (expected.get(form) or 0) + 1) or not runs.get(form))
                         and self._next_mark(ln.n, num, end)) \
                    and (first := _FIRST_SENTENCE.match(title)
                         or (re.fullmatch(r"(.+?)\.", title) if not re.search(r"\.\s+[A-ZÅÄÖ]", title) else None)
                         # (a sentence without its stop, its only stop an abbreviation's: "§ 1 Mötet öppnades 13.15 av
                         # ordf. Cecilia Holm")
                         or (re.fullmatch(r"(.+)", title) if not re.search(r"[^\s.]{2}" + _NO_ABBREVIATION
                                                                            + r"\.(?=\s+[A-ZÅÄÖ]|\s*$)", title)
                             and (_PASSIVE_VERB.search(kw(title, self.lx)) or _SENTENCE_VERB.search(kw(title, self.lx))
                                  or re.search(r"\b[a-z]{4,}(?:ades|des|tes)\b", kw(title, self.lx)))
                             else None)) \
                    and 2 <= len(first.group(1).split()) <= 60:
                title = first.group(1)
                self.inline_heads.add(ln.n)
            # (a paragraph's sentence wrapped onto the indented line under it, no stop on its own line: "§3 Protokollet
            # från sammanträdet ... godkändes och lades till" / "     handlingarna."; the line its title, the sentence
            # the item's text)
            elif form == "§" and title_line is None and cell_head is None and ln.n < end \
                    and not re.search(r"[.:]\s*$", title) and self.L(ln.n + 1).raw[:1].isspace() \
                    and self.L(ln.n + 1).text.strip()[:1].islower() and self.L(ln.n + 1).text.rstrip().endswith(".") \
                    and (_PASSIVE_VERB.search(kw(title, self.lx)) or _SENTENCE_VERB.search(kw(title, self.lx))
                         or re.search(r"\b[a-z]{4,}(?:ades|des|tes)\b", kw(title, self.lx))):
                self.inline_heads.add(ln.n)
            # (or a dot's or a bare number's run of sentences, the minutes written as numbered paragraphs, no titled
            # item among them: "1. Föregående protokoll från mötet 2072-11-17 godkändes av deltagarna." / "2.
            # Dagordningen godkändes." / ... / "4. Helene Wendell informerade om ... Väntetiden är ..."; the title its
            # first sentence; the run's first where the two numbers after it follow as paragraphs, not under a
            # line ending in a colon (a decision's points, "Mötet beslutar:" / "1. Budgeten fastställs ...")
            # (not where a rule above took the title from the line: "Under punkten X ...", "KONFERENSENS ÖPPNANDE X")
            paragraph_sentence = False
            if form in ("dot", "bare", "colon") and title_line is None and cell_head is None and as_read[:1].isupper() \
                    and title.rstrip(".") == as_read.rstrip(".") \
                    and re.search(r"[.!?]\s*$|[^\s.]{2}\.\s+[A-ZÅÄÖ\d]", as_read) \
                    and not _TITLE_LABEL_TAIL.search(as_read) and not re.match(r"[^.]{2,60}:\s", as_read) \
                    and (num == expected.get(form) and runs.get(form)
                         and ln.n in self._sentence_paragraphs(runs[form][-1][0], num - 1, form, end, 1)
                         or not runs.get(form) and (
                             self._sentence_paragraphs(ln.n, num, form, end, 2)
                             # (or the next number on the next line, a long list under it: "1 X öppnade konferensen." /
                             # "2 Inga fullmakter lämnades in. 14 förtroendevalda var med:" / names ...)
                             or ln.n < end and (nh := item_number(self.L(ln.n + 1).text)) is not None
                             and nh[0] == num + 1
                             and nh[2] == form and as_read.rstrip().endswith(".")
                             and bool(self._sentence_paragraphs(ln.n, num, form, end, 1)))) \
                    and (first := (re.match(r"^([^.()]{3,80}\([^()]{2,40}\))(?=\s+[A-ZÅÄÖ][a-zåäö])", as_read)
                                   if not _FINITE_VERB.search(kw(as_read.split("(")[0], self.lx)) else None)
                         # (a title and who presents it in brackets, the text after it with no stop between: "5.
                         # Rapport om elevhälsan (Karin Holm) Karin Holm redovisade ...")
                         or _FIRST_SENTENCE.match(as_read)
                         # (the next sentence opening with a number: "Inga fullmakter lämnades in. 14 förtroendevalda
                         # var med på" / "konferensen:")
                         or re.match(r"^(.+?[^\s.\d]{2}" + _NO_ABBREVIATION + r")\.(?=\s+\d{1,4}\s+[a-zåäö])", as_read)
                         or re.fullmatch(r"([^.]+?)[!?]?", as_read)) \
                    and 2 <= len(first.group(1).split()) <= (45 if runs.get(form) else 30):
                # (a long sentence in a run begun: "8. Nätverket beslutade att föreslå ... varav 300.000:- till ...")
                title = first.group(1)
                self.inline_heads.add(ln.n)
                paragraph_sentence = True
            # (the number the run expects over one sentence of its own with its stop, a person's doing, the next
            # line the next number's or none: " • 9. Nästa sammanträde ..." / " • 10. Sofia Hartz tackade samtliga och
            # avslutade mötet."): the sentence the title, its text too
            if form in ("dot", "bare") and title_line is None and cell_head is None and title.endswith(".") \
                    and not title.endswith("..") and num == expected.get(form) and len(runs.get(form) or []) >= 2 \
                    and not re.search(r"[^\s.]{2}\.\s+[A-ZÅÄÖ]", title) and self._person_doing(title) \
                    and ((nx := self._next_nonblank(ln.n, end)) is None or item_number(self.L(nx).text) is not None
                         or self.L(ln.n + 1).blank):
                title = title[:-1]
                self.inline_heads.add(ln.n)
            # (a title, a dash and a person's doing after it: "4. Lägesrapport piloterna – Patrik Holm redovisade
            # utfallet i Mönsterås: 41 hemgångar med" / ...: the title before the dash, the sentence the item's text)
            if title_line is None and cell_head is None \
                    and (dashed := re.match(r"^([A-ZÅÄÖ][^–—]{2,60}?)\s+[–—-]\s+(\S.*)$", title)) \
                    and not _FINITE_VERB.search(kw(dashed.group(1), self.lx)) and self._person_doing(dashed.group(2)) \
                    and len(dashed.group(2).split()) >= 4:
                title = dashed.group(1)
                self.inline_heads.add(ln.n)
            # (a title that is a person's doing, " • 1. Sofia Hartz öppnade mötet och hälsade samtliga välkomna": the
            # heading's line its text too, who presents it named there)
            # (or a body deciding: "7. Arbetsgruppen beslutar om fördelning av 620.000 kronor ...:" / "380.000 kronor
            # till ...": the decision's sentence runs on under it)
            elif title_line is None and cell_head is None and ln.n not in self.inline_heads \
                    and (self._person_doing(title)
                         or re.match(r"(?:\S+\s+){1,3}?(?:beslutar|beslutade|beslot)\s+(?:om|att)\b",
                                     kw(title, self.lx))):
                self.inline_heads.add(ln.n)
            # (a sentence wrapped at the line's end, the title its first line: "6 Protokollet från konferensen den 20
            # november 2086 lästes upp av Margit Lindholm" / "Johansson och godkändes.", "8 Finansieringen av ... vid" /
            # "utskrivning föredrogs av ..."): the heading's line is the item's text too
            if form in ("dot", "bare") and title_line is None and cell_head is None and ln.n not in self.inline_heads \
                    and not title.rstrip().endswith((".", ":", "!", "?")) and ln.n < end \
                    and not self.L(ln.n + 1).blank and not self.L(ln.n + 1).layout \
                    and item_number(self.L(ln.n + 1).text) is None \
                    and ((_FINITE_VERB.search(kw(title, self.lx)) or _PASSIVE_VERB.search(kw(title, self.lx)))
                         # (the sentence going on in lower case, or a name cut after its given name: "... lästes upp
                         # av Margit" / "Johansson och godkändes.")
                         and (self.L(ln.n + 1).text.strip()[:1].islower()
                              or (cut := re.search(r"([A-ZÅÄÖ][a-zåäö]+)(?:\s+[A-ZÅÄÖ][a-zåäö]+)?$", title)) is not None
                              and fold(cut.group(1)) in GIVEN_NAMES
                              and re.match(r"[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö]", self.L(ln.n + 1).text.strip()) is not None)
                         or re.search(r"\s(?:vid|av|för|om|i|till|med|och|samt|på|från)$", title)) \
                    and re.search(r"[.!?]\s*$", self.L(ln.n + 1).text):
                self.inline_heads.add(ln.n)
            # (a paragraph mark alone on its line over its text, no title, in a run of such marks: "§ 1" / "Nätverkets
            # samordnare X hälsade välkommen och öppnade träffen."; the title the text's first sentence, as where the
            # sentence runs on after the mark on its line)
            sentence_title = form == "§" and title_line is not None and cell_head is None \
                and title.rstrip().endswith(".") and (runs.get(form) or self._next_mark(ln.n, num, end)) \
                and not re.match(r"[^.:]{2,40}:\s", title) \
                and bool(_FINITE_VERB.search(kw(title, self.lx)) or _PASSIVE_VERB.search(kw(title, self.lx))) \
                and (first := _FIRST_SENTENCE.match(title.strip())) is not None \
                and 3 <= len(first.group(1).split()) <= 60
            if sentence_title and first is not None:
                title = first.group(1)
            # (a long title where it goes on the numbering, no stop at its end: "6. Utse någon att representera
            # gruppen i arbetsgrupp som ... ska planera en temadag om anhörigstöd" between 5 and 7)
            # (or a paragraph's first sentence as its title, on the mark's line or under it: up to sixty words)
            sentence_title = sentence_title or form == "§" and ln.n in self.inline_heads
            # (a sentence wrapped after a comma, the number the run expects: "2 Till ordförande väljs X och Y," / "till
            # sekreterare väljs Z.": the first line the title, the heading's line the item's text too)
            if form in ("dot", "bare") and title_line is None and cell_head is None and title.rstrip().endswith(",") \
                    and num == expected.get(form) and ln.n < end and self.L(ln.n + 1).text.strip()[:1].islower() \
                    and (_FINITE_VERB.search(kw(title, self.lx)) or _PASSIVE_VERB.search(kw(title, self.lx))
                         or len(title.split()) >= 8):
                title = title.rstrip().rstrip(",")
                self.inline_heads.add(ln.n)
            # (a numbered sentence a line long in a run of them, the next number on the next line or under a section's
            # heading in capitals: "2. Närvarande vid mötet var X (MAS Org), Y (MAR Org), ... samt Z (Org, via
            # Teams)." between "1. ..." and "3. ...", "1. X öppnade mötet." / "FORMALIA" / "2. ...": its first sentence
            # the title, however long)
            if form in ("dot", "bare") and title_line is None and cell_head is None and not sentence_title \
                    and title.rstrip().endswith(".") and ln.n < end \
                    and (runs.get(form) and num == expected.get(form)
                         # (a run's first, not a decision's points under a line ending in a colon: "Gruppen
                         # beslutar:" / "1. Budgeten fastställs enligt förslaget.")
                         or num == 1 and not runs.get(form)
                         and not ((up := self._prev_nonblank(ln.n)) is not None
                                  and self.L(up).text.rstrip().endswith(":"))) \
                    and (nh := item_number(self.L(ln.n + 2 if ln.n + 2 <= len(self.lines) and _SECTION_CAPS.fullmatch(
                        self.L(ln.n + 1).text.strip()) else ln.n + 1).text)) is not None \
                    and nh[2] == form and nh[0] == num + 1 \
                    and (first := _FIRST_SENTENCE.match(title.strip())) is not None \
                    and 3 <= len(first.group(1).split()) <= 60 \
                    and self._numbered_lines_ahead(ln.n, end, 1 if runs.get(form) else 2):
                title = first.group(1)
                sentence_title = True
                self.inline_heads.add(ln.n)
            long_ok = cell_head is None and len(title.split()) <= 30 and bool(runs.get(form)) \
                and num == expected.get(form) and not title.rstrip().endswith((".", ":")) or sentence_title \
                or paragraph_sentence
            if len(title.split()) > (14 if cell_head is None and not long_ok
                                     else 60 if sentence_title or paragraph_sentence else 30) \
                    or title.endswith((".", ",")) \
                    or re.search(r"\.{4,}|…|\s\.{3}\s*\d{1,3}\s*$", title) \
                    or not re.search(r"[^\W\d_]{2}", title):
                continue
            if cell_head is not None:
                self.inline_heads.add(ln.n)
            if form in ("dot", "bare", "punkt") and num >= 2:
                running.add(form, (ln.n, num, title, title_line), ln.n <= limit)
            elif form == "§":
                # (paragraphs, "§ 31 Val av justerare", may start further down than the first lines allow any
                # other numbering: under a front page and a presence table of a page or more; a run of three)
                running.add(form, (ln.n, num, title, title_line), True)
            found = runs.setdefault(form, [])
            if found:
                if num not in (expected[form], expected[form] + 1):
                    continue
            # (or in the numbering an accepted protocol laid out alike headed its items with: a body numbering its
            # items on through the year, "Ärende 8:" the first of its second meeting)
            elif (num != 1 and form != "§" and form not in self.learned.item_forms) or ln.n > limit:
                continue
            found.append((ln.n, num, title, title_line))
            expected[form] = num + 1
        # a kommun's running numbers without the paragraph sign ("62. Mötets öppnande", "62 Mötets öppnande"), or with
        # a word for item ("Ärende 8: Mötets öppnande", a body numbering on through its year): a run that starts at any
        # number, three items or more, where no run from 1 is as long
        for form, run in running.best().items():
            if len(run) >= 3 and len(run) > len(runs.get(form) or []):
                runs[form] = run
        return runs

    def _signature_over_name(self, m: int, end: int) -> bool:
        """Line m is a signature's label alone ("Justerande", "Vid protokollet") over the signer's name alone on the
        next line of text."""
        if not (_SIGNATURE.fullmatch(self.L(m).key.strip(" :")) or self.L(m).key.strip(" :") == "justerande"):
            return False
        nxt = self._next_nonblank(m, end)
        return nxt is not None and plausible_name(self.L(nxt).text.strip(" ,."))

    def _place_date_over_name(self, m: int, end: int) -> bool:
        """Line m is a place and a date alone ("Kalmar 73 06 08", "Växjö den 12 maj 2073", "Nybro, 2073-06-10") over a
        name alone on the next line of text: the signing's place and day, the signatures below (the last item ended
        above it)."""
        hit = re.fullmatch(r"\s*[A-ZÅÄÖ][\wåäöé-]+,?\s+(?:den\s+)?(?P<date>\S.*?)\s*", self.L(m).text)
        if hit is None or not any(w.strip(" .,") == hit.group("date").strip(" .,")
                                  for _p, _d, _mo, y, w in _date_mentions(hit.group("date")) if y):
            return False
        nxt = self._next_nonblank(m, end)
        return nxt is not None and plausible_name(self.L(nxt).text.strip(" ,."))

    def _numbered_lines_ahead(self, n: int, end: int, least: int = 1) -> bool:
        """The lines after line n up to a blank line or the end are numbered lines each, `least` or more (a section's
        heading in capitals between them passed over): minutes written a numbered sentence a line, no item's text
        under any."""
        seen = 0
        for m in range(n + 1, min(end, n + 60) + 1):
            if self.L(m).blank:
                break
            if _SECTION_CAPS.fullmatch(self.L(m).text.strip()):
                continue
            if item_number(self.L(m).text) is None:
                return False
            seen += 1
        return seen >= least

    def _titled_item_ahead(self, n: int, num: int, end: int, form: str = "dot") -> bool:
        """Within eight lines of text after line n, the numbering goes on in its form (number num + 1 or num + 2) to
        an item with a short title, no sentence ("3. Val av justerare"), or a short title and its text after a stop
        ("2 Val av justerare. Till justerare utses X.")."""
        # (over more numbered sentences, one a line: "1. Mötet öppnades." / "2. Dagordningen godkändes." / ... / "5.
        # Ekonomi")
        m, seen, want = n, 0, num + 1
        while (m := self._next_nonblank(m, end)) is not None and seen < 8:
            seen += 1
            hit = item_number(self.L(m).text)
            if hit is not None and hit[2] == form and hit[0] in (want, want + 1) and hit[1] \
                    and (not hit[1].rstrip().endswith(".") and len(hit[1].split()) <= 8
                         or under_point_title(hit[1], self.lx)
                         or (first := re.match(r"([^.]{2,80})\.\s+[A-ZÅÄÖ]", hit[1])) is not None
                         and len(first.group(1).split()) <= 8 and not _FINITE_VERB.search(kw(first.group(1), self.lx))):
                return True
            if hit is not None and hit[2] == form and hit[0] == want and hit[1] and hit[1].rstrip().endswith(".") \
                    and not re.search(r"\.\s+[A-ZÅÄÖ]", hit[1]) and want < num + 8:
                want += 1
                seen = 0
        return False

    def _sentence_paragraphs(self, n: int, num: int, form: str, end: int, ahead: int) -> set[int]:
        """The lines of the next `ahead` numbers after line n's (num + 1, num + 2, ...) in its form, each opening a
        paragraph (a blank line or its text indented under the last) within twelve lines of text of the one before,
        where line n's paragraph is no line ending in a colon's; empty where the numbering does not go on so: a
        run of numbered paragraphs."""
        prev = self._prev_nonblank(n)
        if prev is not None and self.L(prev).text.rstrip().endswith(":"):
            return set()
        found: set[int] = set()
        m, want = n, num + 1
        # (a list's lines between do not count: "2. Närvarande enhetschefer:" / twelve "Org:  Name" lines / "3. Till
        # mötesordförande valdes ...")
        while len(found) < ahead:
            seen, hit_line = 0, None
            while (m := self._next_nonblank(m, end)) is not None and seen < 12:
                seen += not self._entry_of(self.L(m))  # type: ignore[attr-defined]
                if (hit := item_number(self.L(m).text)) is not None:
                    hit_line = m if hit[2] == form and hit[0] == want else None
                    break
            # (or the paragraph before a line of its own, a stop at its end, as a plain export writes each numbered
            # paragraph on one line: "1. Mötet inleds av ... inbjudna." / "2. Minnesanteckningarna ... handlingarna.")
            # (or after a page's furniture, or after the paragraph before ended with its stop on its last line)
            if hit_line is None or not (self.L(hit_line - 1).blank or self.L(hit_line - 1).layout
                                        or self._indented_under(hit_line)
                                        or self.L(hit_line - 1).text.rstrip().endswith((".", "!", "?"))):
                return set()
            found.add(hit_line)
            want += 1
        return found

    def _indented_under(self, m: int) -> bool:
        """Line m's number stands left of the line above it, the text of the item before indented under its own."""
        above = self.L(m - 1).raw if m > 1 else ""
        return len(above) - len(above.lstrip()) > len(self.L(m).raw) - len(self.L(m).raw.lstrip())

    def _next_mark(self, n: int, num: int, end: int) -> bool:
        """The next paragraph mark within six lines of text after line n is number num + 1 ("§ 31 Ordföranden
        öppnar mötet." / "§ 32 Dagordningen godkändes."): a run of marks over sentences, from its first."""
        m, seen = n, 0
        while (m := self._next_nonblank(m, end)) is not None and seen < 6:
            seen += 1
            if (hit := item_number(self.L(m).text)) is not None:
                return hit[2] == "§" and hit[0] == num + 1
        return False

    def _person_entry(self, text: str) -> bool:
        """A person with an organisation ("Anna Holm, Kalmar kommun (ordförande)", "Per Ek (Nybro kommun)"):
        a list's entry, whatever numbers it."""
        text = _ASIDE_RE.sub("", _ACTING_RE.sub("", text)).strip()
        m = re.match(r"^(?P<name>[^,()–—]+?)\s*(?:,\s*|\(\s*|\s[-–—]\s*)(?P<org>[^()]+?)\)?(?:,.*)?$", text)
        return bool(m and _name_like(m.group("name")) and self._accept_name(m.group("name"))
                    and (self.orgs.resolve(m.group("org").strip(" ,")) or self._capacity(m.group("org"))))

    def _title_presenters(self, title: str) -> tuple[str, list[str]]:
        """'Kompetensförsörjning – Ingrid Bergqvist, Region Kalmar län' / '... (Ingrid Bergqvist)': the
        people named after an item's title present it; the title is what stands before them."""
        # (a label at the title's end: "föredr. X" presents; "Ansvarig: X", "Handläggare: X" answers for the item and
        # presents only where the text says so: the title without it, no presenter from it)
        lab = _TITLE_LABEL_TAIL.search(title)
        if lab and re.match(_ANSWERS_FOR, lab.group("label"), re.I):
            return title[:lab.start()], []
        # (the label parts the title from the names, whatever commas the title holds: "Budget, Dnr 2031/12 (föredr.
        # Per Ek)")
        # (or a stroke between, the presenter's name after it: "Ordförandens rapport/Sofia Hartz")
        m = re.match(r"^(?P<t>.+?)(?:\s+[-–—]\s+|\s*\(|,\s+|\s*/\s*(?=[A-ZÅÄÖÉ][a-zåäöé]+[ -][A-ZÅÄÖÉ]))"
                     r"(?P<who>[^()/]+?)\)?\s*$", title) if not lab else None
        if not m and not lab:
            return title, []
        head, who = (title[:lab.start()], lab.group("who")) if lab else (m.group("t"), m.group("who"))
        names = []
        # (a presenter's label before the names: "... – föredragande Anna Holm", "... (dragande: Per Ek)")
        who = re.sub(r"^(?:föredragande|föredragare|dragande|presentatör)\s*:?\s+", "", who, flags=re.I)
        # (a verb of taking part or presenting after the names: "... – Anna Holm deltar", "... – Per Ek och Eva Ek
        # medverkar", "(Lisa Berg informerar)")
        who = re.sub(r"\s+(?:deltar|medverkar|närvarar|narvarar|informerar|föredrar|foredrar|presenterar|redovisar"
                     r"|berättar|berattar)(?:\s+(?:digitalt|på plats|via teams))?\s*\.?$", "", who, flags=re.I)
        for part in re.split(r"\s+och\s+|\s*;\s*|\s*,\s*(?=[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ])",
                             who):
            name = part.split(",")[0].strip()
            if _name_like(name) and self._accept_name(name):
                names.append(name)
            elif names and self.orgs.resolve(part.strip()):
                continue
            else:
                return title, []
        return (head, names) if names else (title, [])

    def _numbered_items(self, numbered: list[tuple[int, int, str, int | None]], end: int) -> list[Item]:
        items: list[Item] = []
        nums = [num for _, num, _, _ in numbered]
        missing = sorted(set(range(nums[0], nums[-1] + 1)) - set(nums))
        if missing and self.ex is not None:
            self.ex.incomplete.append(f"agenda: no item numbered {', '.join(map(str, missing))} between item "
                                      f"{nums[0]} (line {numbered[0][0]}) and item {nums[-1]} (line {numbered[-1][0]})")
        for i, (n, num, title, title_line) in enumerate(numbered):
            stop = numbered[i + 1][0] - 1 if i + 1 < len(numbered) else end
            # an attendance list read inside the item ("§ 1 Mötets öppnande" / its text / "Närvarande" / names):
            # the item's text ends before it, the list is the record's, not the item's
            stop = min([stop] + [a - 1 for a, _last, _stop in self.list_zones if n < a <= stop])
            head_end = title_line or n
            if i + 1 == len(numbered):
                # (the last item ends where a meeting page's section on the meeting itself begins, its attendance and
                # signatures after the items: "Mötesinformation" / "Justerat den ..." / "Ordförande X (s)")
                # (or the signatures' labels side by side, "Vid protokollet          Justeras", the names under them)
                stop = min([stop] + [m - 1 for m in range(head_end + 1, stop + 1)
                                     if _MEETING_SECTION.fullmatch(fold(self.L(m).text).strip(" *:#"))
                                     or len(self.L(m).cells) >= 2
                                     and all(_SIGNATURE.match(kw(c, self.lx)) for c in self.L(m).cells)
                                     or self._signature_over_name(m, stop) or self._place_date_over_name(m, stop)])
            last = max(head_end, self._last_content(n, stop))
            # (the time after the title and its presenter: "Budget – Per Ek (kl. 13.35)")
            title, presenters = self._title_presenters(clock_stripped(title))
            item = Item(self._title(title), (n, last), n=num, title_line=title_line)
            for name in presenters:
                item.presenters.append((name, (head_end, head_end)))
                if self.ex is not None:
                    self.ex.mentions.append(PersonMention(name, (head_end, head_end), "presenter"))
            for name, line in self.announced_presenters.get(num, []):
                if name not in presenters:      # named in the announcing table's row only
                    item.presenters.append((name, (line, line)))
                    if self.ex is not None:
                        self.ex.mentions.append(PersonMention(name, (line, line), "presenter"))
            k = fold(repair_text(title, self.lx))
            # sub-items: numbered "5.1 Title" under item 5, else standalone heading lines
            subs = [m for m in range(head_end + 1, last + 1) if (sm := _SUB_RE.match(self.L(m).text))
                    and int(sm.group(1)) == num]
            # (a sub-item's number alone on its line, its title on the next: "§8a Till ledamot ... valdes X" / "§8b" /
            # "Konferensen beslutade att ...": the title's line starts it)
            alone = {m: nxt for m in range(head_end + 1, last + 1)
                     if (sa := _SUB_ALONE.match(self.L(m).text)) and int(sa.group(1)) == num
                     and (nxt := self._next_nonblank(m, last)) is not None and not _SUB_RE.match(self.L(nxt).text)
                     and item_number(self.L(nxt).text) is None}
            if subs and alone:
                subs = sorted([*subs, *alone.values()])
            number_line = {t: m for m, t in alone.items()}
            # "Beslutsärenden" over decision parts is one item; over numbered items ("3.1 Budget") a section
            item.decisions_only = bool(re.match(r"beslut(spunkter|sarenden|)\b", k)) and not subs
            items.append(item)
            if item.decisions_only:
                continue
            if not subs:
                # (the first point on the heading's own line, a table's row with the item's text beside its heading:
                # "§6 Rapporter      a) Hälsoundersökning vid placering")
                on_head = n in self.cell_heads and bool(_LETTERED_SUB.match(self.L(n).text))
                subs = self._lettered_subs(head_end - on_head, last)
            # (a paragraph's; or an item's counted on from 2 up, its points starting over at 1: "36. Suicidprevention
            # och samsjuklighet - status" / "1. Regional handlingsplan" / text / "2. Medel för suicidprevention")
            if not subs and (re.match(r"\s*[§$]", self.L(n).text) or num >= 3):
                subs = self._counted_subs(head_end, last)
            # (item 2's too, where three points or more are counted under it in another numbering than the items':
            # "2 Formalia" / "1. Val av mötesordförande" / ... / "6. Tidigare mötens protokoll")
            elif not subs and num == 2 and (head := item_number(self.L(n).text)) is not None \
                    and len(counted := self._counted_subs(head_end, last)) >= 3 \
                    and all((point := item_number(self.L(m).text)) is not None and point[2] != head[2]
                            for m in counted):
                subs = counted
            if not subs:
                # (a heading with no text of its own under it before the item ends is no sub-item's: a sentence its
                # stop was left off, "§ 1 Val av justerare" / "Anna Holm utses att justera dagens protokoll")
                subs = [m for m in range(head_end + 1, last + 1) if self._is_heading(m, sub=True)
                        and self._next_nonblank(m, last) is not None
                        and not _SECTION_OF_ITEM.fullmatch(fold(self.L(m).text).strip(" *:"))]
            if not subs:
                subs = self._tight_subs(head_end, last)
            subs = [m for m in subs if not self._task_section(m, last) and not self._in_documents_list(m)]
            for j, s in enumerate(subs):
                s_stop = number_line.get(subs[j + 1], subs[j + 1]) - 1 if j + 1 < len(subs) else last
                if s in number_line:        # (the title's line under the number alone: all of it)
                    sm = re.match(r"\s*(?P<title>\S.*?)\s*$", self.L(s).text)
                else:                       # ("1. Trygg hemgång", "a Ekonomi:")
                    sm = _SUB_RE.match(self.L(s).text) or _lettered_point(self.L(s).text) \
                        or re.match(r"\s*\d{1,2}[.)]\s+(?P<title>[A-ZÅÄÖ].*)$", self.L(s).text)
                sub_title = sm.group("title") if sm else self.L(s).text
                if s in number_line and _FINITE_VERB.search(self.L(s).key):
                    self.inline_heads.add(s)    # (the title a sentence under its number: the sub-item's text too)
                if (_LETTERED_SUB.match(self.L(s).text) or _MEETING_ITEM.match(self.L(s).text)) \
                        and (label := self._labelled_point(sub_title)):
                    sub_title = label       # ("a. Mörbylånga: X berättar ...": the label, its text after it; "13.1
                    self.inline_heads.add(s)  # Julfika: Emma Holm ordnar julfika till nästa möte.")
                # the people named after a sub-item's title present it, as after an item's ("7.2 Budget (Per Ek)",
                # "5 b Barnahus – Lena Holm")
                # (a sub-item written as sentences, "3.2  Mötet konstaterades vara behörigt sammankallat. Den förelagda
                # föredragningslistan godkändes.": its first sentence the title, the rest its text)
                if _SUB_RE.match(self.L(s).text) and len(sub_title.split()) > 8 \
                        and (first := re.match(r"^(.+?[^\s.]{2}" + _NO_ABBREVIATION + r"|.+?\))\.(?=\s+[A-ZÅÄÖ(])",
                                               sub_title)) and 2 <= len(first.group(1).split()) <= 30:
                    sub_title = first.group(1)
                    self.inline_heads.add(s)
                # (or its title run on into a person's doing: "§7b Korttidsvistelse Katrin Karlsson rapporterar att
                # ...", a noun's title, the name after it)
                if s not in number_line and len(sub_title.split()) > 6 \
                        and (run_on := self._run_on_title(sub_title)) is not None \
                        and fold(run_on.split()[0]) not in _NO_TITLE_WORDS and len(run_on) >= 5 \
                        and fold(sub_title[len(run_on):].split()[0]) in GIVEN_NAMES \
                        and self._person_doing(sub_title[len(run_on):].strip()):
                    sub_title = run_on
                    self.inline_heads.add(s)
                sub_title, sub_presenters = self._title_presenters(clock_stripped(strip_markup(sub_title).strip(" :")))
                sub = Item(self._title(sub_title), (s, self._last_content(s, s_stop)), parent=num)
                for name in sub_presenters:
                    sub.presenters.append((name, (s, s)))
                    if self.ex is not None:
                        self.ex.mentions.append(PersonMention(name, (s, s), "presenter"))
                items.append(sub)
        return self._bulleted_between(numbered, items)

    def _bulleted_between(self, numbered: list[tuple[int, int, str, int | None]], items: list[Item]) -> list[Item]:
        """An unnumbered heading among items numbered after one bullet each, with that bullet ("  • 7 Ny
        representant" / ... / "  • Övriga frågor" / ... / "  • 8 Nästa möte"): an item of its own with no number, the
        numbered item before it ending above it (an item with sub-items of its own is left whole)."""
        prefixes = {m.group(1) for n, *_ in numbered if (m := re.match(r"^(\s*[•·▪]\s*)\d", self.L(n).raw))}
        if len(prefixes) != 1 or len(numbered) < 3 \
                or not all(re.match(r"^\s*[•·▪]\s*\d", self.L(n).raw) for n, *_ in numbered):
            return items
        bullet = prefixes.pop()
        out: list[Item] = []
        for it in items:
            split = next((m for m in range(it.lines[0] + 1, it.lines[1] + 1)
                          if (b := re.match(re.escape(bullet) + r"([A-ZÅÄÖ][^.:\d]{1,50}?)\s*$", self.L(m).raw))
                          and len(b.group(1).split()) <= 5), None) \
                if it.parent is None and not any(x.parent == it.n for x in items) else None
            if split is None:
                out.append(it)
                continue
            end = it.lines[1]
            it.lines = (it.lines[0], self._last_content(it.lines[0], split - 1))
            out += [it, Item(self._title(self.L(split).raw.strip(" •·▪")), (split, self._last_content(split, end)))]
        return out

    def _counted_subs(self, head: int, last: int) -> list[int]:
        """A paragraph's points counted "1.", "2.", ... under it, each a short title over its own text ("§ 7
        Informations- och frågestund" / "1. Trygg hemgång" / "X berättade ..." / "2. Anhörigstöd" / ...): its
        sub-items, two or more counted from 1 with no gap."""
        found: list[int] = []
        for m in range(head + 1, last + 1):
            pm = re.match(r"\s*(\d{1,2})[.)]\s+([A-ZÅÄÖ][^.:!?]{1,60})$", self.L(m).text)
            if not pm or int(pm.group(1)) != len(found) + 1 or len(pm.group(2).split()) > 8:
                continue
            nxt = self._next_nonblank(m, last)
            if nxt is None or nxt == m + 1 and re.match(r"\s*\d{1,2}[.)]\s", self.L(nxt).text):
                return []       # a list of points with no text under each: the item's text, no sub-items
            found.append(m)
        return found if len(found) >= 2 else []

    def _task_section(self, n: int, stop: int) -> bool:
        """Line n heads a list of tasks, not an item ("Att göra", "Uppföljning", "Åtgärder" over "- Boka lokal
        (Per Ek, senast 2031-05-01)", "Boka lokal. Ansvarig: Per Ek. Klart till: 2031-05-01.", "- [ ] Per Ek: boka
        lokal", or a table "| Åtgärd | Ansvarig | Klart till |"): every line under it, to a blank line, names who is
        responsible or by when, or is such a table's rule."""
        under = []
        for m in range(n + 1, min(stop, len(self.lines)) + 1):
            if self.L(m).blank:
                break
            under.append(self.L(m).text)
        return bool(under) and all(_TASK_LINE.search(t) or _TASK_TABLE_HEAD.search(t) for t in under)

    def _in_numbered_attachments(self, n: int) -> bool:
        """Line n is an entry of a numbered list of attachments under its label, no blank line between ("Bilagor" /
        "1 Närvarolista" / "2 Presentation Länsstyrelsen"): no agenda item."""
        for m in range(n - 1, max(0, n - 15), -1):
            ln = self.L(m)
            if ln.blank and not ln.layout:
                return False
            if re.fullmatch(r"(?:bilagor|bilaga|bilageforteckning|handlingar|underlag)\s*:?",
                            fold(ln.text).strip(" *")):
                return True
            hit = item_number(ln.text)
            if hit is None or not hit[1] or len(hit[1].split()) > 8 or hit[1].rstrip().endswith((".", "!", "?")):
                return False
        return False

    def _in_documents_list(self, n: int) -> bool:
        """Line n is an entry of the list of documents an item was decided on ("Beslutsunderlag" / "Tjänsteskrivelse
        2031-03-01" / "Redovisning av ..."; "Handlingar", "Underlag", "Bilagor"): the label stands above it with
        no blank line between (a line the page's layout took out counts as one of the list's)."""
        for m in range(n - 1, max(0, n - 9), -1):
            ln = self.L(m)
            if ln.blank and not ln.layout:
                return False
            t = ln.text.strip()
            # (the list's entries: short lines, no sentence, no item's number, above n)
            if t.endswith((".", "!", "?")) or len(t.split()) > 10 or item_number(t) or _SUB_RE.match(t):
                return False
            if re.fullmatch(r"(?:beslutsunderlag|underlag|handlingar(?: i arendet)?|bilagor|bilaga|handlingar som"
                            r" legat till grund for beslutet)\s*:?", fold(ln.text).strip(" *")):
                return True
        return False

    def _lettered_subs(self, head: int, last: int) -> list[int]:
        """Sub-items lettered without their item's number ("a) Dagordningen", "b. Föregående protokoll", "(c)
        Rapporter") inside a numbered item: letters running from a in order, each a short title (a capital
        first, no full stop) with its own text under it before the next letter. A lettered list with no text
        between its entries ("a) Utbildning" / "b) Uppföljning"), clauses ("a) att ..."), sentences or a run
        not from a are none."""
        subs: list[int] = []
        for m in range(head + 1, last + 1):
            lm = _lettered_point(self.L(m).text)
            if not lm:
                continue
            title = lm.group("title")
            if ord(lm.group("letter").lower()) - ord("a") == len(subs) and self._labelled_point(title):
                subs.append(m)      # "a. Mörbylånga: X berättar att ...": a short label, the sub-item's text after it
                continue
            if ord(lm.group("letter").lower()) - ord("a") != len(subs) or len(title.split()) > 10 \
                    or title.rstrip().endswith((".", ":", ";", ",")) or _PROCEDURAL.match(fold(title).strip(" :")):
                return []       # ("b) Beslut": the letters label the parts of one item, not items)
            nxt = self._next_nonblank(m, last)
            if nxt is None or _lettered_point(self.L(nxt).text):
                return []
            prev = self._prev_nonblank(m)
            if not subs and prev is not None and self.L(prev).text.rstrip().endswith(":"):
                return []       # "... följande alternativ:" / "a) Alternativ ett": a list the text introduces
            subs.append(m)
        return subs if len(subs) >= 2 else []

    def _run_on_title(self, text: str, form: str = "§") -> str | None:
        """The title before the item's text run on after it on the paragraph's line ("Mötets öppnande Ordförande X
        hälsade ...", "Medlemsregistret 212 st medlemmar", "Nästa möte 85-10-16 kl 14.00"): a capitalised word and up
        to six more in lower case (no verb), then a capitalised word or a number opening the rest, three words or
        more with a verb or a number; not where the capitalised word opens an organisation's name ("Rapport från
        Region Kalmar län")."""
        m = re.match(r"^([A-ZÅÄÖÉ][\wåäöé-]*(?:\s+(?:[a-zåäöé][\wåäöé-]*|\([^()]{2,20}\)|o|ev|&)){0,6})\s+"
                     r"(?=[A-ZÅÄÖÉ0-9\d])(\S.*)$", text)
        if not m or _FINITE_VERB.search(kw(m.group(1), self.lx)) or len(m.group(2).split()) < 3:
            return None
        rest = m.group(2)
        # (nor one sentence whose date stands before its verb, "Minnesanteckningarna från mötet 2043-09-24 godkändes
        # och ...", or after it, "Nästa möte hålls 2044-01-21 i ...": the sentence is the paragraph's title)
        if _PASSIVE_VERB.search(kw(m.group(1), self.lx)) \
                or (dated := re.match(r"\d[\d./-]*\d\s+(\S+)", rest)) is not None \
                and (_FINITE_VERB.fullmatch(w := kw(dated.group(1), self.lx)) or _PASSIVE_VERB.fullmatch(w)
                     or re.fullmatch(r"[a-z]{4,}(?:ades|des|tes)", w)):
            return None
        # (not a name cut after its given name, "Rolf Wikström har avsagt sig ...", nor a title cut after a word that
        # wants what follows, "Nästa styrelsemöte tisdagen den 21 oktober")
        # (a scan's digit for a letter in either: "Per-0lof Fahlstrom föredrog ...", "Patrik 0lsen lämnar ...")
        given = fold(m.group(1).split()[0].translate(DIGIT_LETTERS))
        if any(part in GIVEN_NAMES for part in given.split("-")) \
                and len(m.group(1).split()) == 1 and (rest[:1].isupper() or rest[:1] in "01") \
                or re.search(r"\s(?:den|på|i|kl|till|för|av|om|med|och|samt|vid|från)$", m.group(1)):
            return None
        # (an organisation opening the text, not a word the resolver takes for one at a stretch: "Gruppen valde X" is
        # no "Gruppen Äldre")
        if any((hit := self.orgs.resolve(" ".join(rest.split()[:k]))) is not None and hit.score >= 0.97
               for k in (3, 2)):
            return None
        # (nor a role before the name of the one holding it: "Ordföranden Emmy Holm hälsade alla välkomna", one word
        # in its definite form, "Familjekoordinatorn Emma Rydh redovisade ...", "Socialchefen Per Ek ...")
        if re.fullmatch(r"[A-ZÅÄÖ][a-zåäö-]{3,}(?:orn|aren|ären|ören|efen|den)", m.group(1)) \
                and fold(rest.split()[0]) in GIVEN_NAMES:
            return None
        if re.fullmatch(r"(?:vice\s+)?(?:ordförande[n]?|sekreterare[n]?|sammankallande[n]?|ordf\.?)", m.group(1),
                        re.I) and fold(rest.split()[0]) in GIVEN_NAMES:
            return None
        # (nor a body's name cut in two: "Till representant i samordnande grupp Barn och unga valdes X")
        if any(self.orgs.resolve(" ".join(m.group(1).split()[-k:] + rest.split()[:j]))
               for k in (1, 2) for j in (1, 2, 3) if len(m.group(1).split()) > k):
            return None
        # (a numbered title, "dot": two words or more in lower case after the first, no verb, the text a sentence
        # opening with a capital; not "Under punkten Val av justerare ...", "Jabil Seven ersätter ...", "Nästa möte
        # hålls 2033-12-07")
        # (one word only before a person's name: "10. Anhörigdagen Anna Holm läste upp programmet")
        if form == "dot" and (len(m.group(1).split()) < 2 and fold(rest.split()[0]) not in GIVEN_NAMES
                              or not rest[:1].isupper() or m.group(1).isupper()
                              or _PASSIVE_VERB.search(kw(m.group(1), self.lx))
                              or re.search(r"\b(?:punkten|rubriken|ärendet|paragrafen)$", m.group(1))):
            return None
        key = kw(rest, self.lx)
        # (a subject and a verb in the present or a strong past: "Åsa skriver protokollet", "Styrelsen utsåg X")
        # (or a person's name and her verb: "Korttidsvistelse Katrin Karlsson rapporterar att ...")
        if not (_FINITE_VERB.search(key) or _PASSIVE_VERB.search(key) or rest[:1].isdigit()
                or re.match(r"\S+\s+(?:[a-z]{3,}(?:ar|er|or)|utsag|valde|beslot|gav|tog|holl|fann)\b", key)
                or fold(rest.split()[0]) in GIVEN_NAMES and plausible_name(" ".join(rest.split()[:2]))
                and re.match(r"\S+\s+\S+\s+(?:[a-z]{3,}(?:ar|er|or|ade|de|te)|utsag|valde|gav|tog)\b", key)):
            return None
        return m.group(1)

    def _titles_over_marks(self) -> set[int]:
        """The paragraph marks alone on their lines ("§ 14") with their titles on the line above, the text under
        them ("Sammanträdet öppnas" / "" / "§ 14" / "" / "X öppnar sammanträdet ..."), where two marks or more of
        this protocol stand so: the marks' lines."""
        if self._marks_under_titles is None:
            found: set[int] = set()
            for ln in self.lines:
                hit = item_number(ln.text) if not ln.blank and not ln.layout else None
                if not hit or hit[2] != "§" or hit[1] is not None:
                    continue
                above, below = self._prev_nonblank(ln.n), self._next_nonblank(ln.n, min(len(self.lines), ln.n + 3))
                if above is None or below is None or above < ln.n - 2:
                    continue
                title, text = self.L(above).text.strip(), self.L(below).text.strip()
                if title[:1].isupper() and len(title.split()) <= 12 and not title.endswith((".", ",", ":", ";")) \
                        and item_number(title) is None and not self._person_entry(title) \
                        and len(self.L(above).cells) == 1 and item_number(text) is None \
                        and (text.endswith((".", ":")) or len(text.split()) >= 8):
                    found.add(ln.n)
            self._marks_under_titles = found if len(found) >= 2 else set()
        return self._marks_under_titles

    def _titles_so_written(self, key: str, form: str, shaped: Callable[[str], bool], rows: bool = False) -> bool:
        """Three item lines or more of `form` in this protocol have a title `shaped` so (cached under `key`);
        `rows`: a table's row counts too, the paragraph's mark in its first cell ("§ 1 | Justering av protokoll
        Gruppen ...")."""
        if key not in self._title_forms:
            found = 0
            for ln in self.lines:
                hit = item_number(ln.text) if not ln.blank and not ln.layout else None
                if rows and (hit is None or (hit[1] or "").startswith("|")) and len(ln.cells) > 1 and not ln.layout \
                        and (mark := item_number(ln.cells[0])) and mark[1] is None and mark[2] == "§":
                    hit = (mark[0], ln.cells[1].strip(), "§")
                if hit and hit[2] == form and hit[1] and shaped(hit[1]):
                    found += 1
            self._title_forms[key] = int(found >= 3)
        return bool(self._title_forms[key])

    def _run_on_paragraphs(self, form: str = "§") -> bool:
        """Three paragraph marks (or numbered titles, `form` "dot") or more in this protocol have their title and
        text run on one line, the text opening with a capitalised word or a number after a title in lower case
        (`_run_on_title`)."""
        return self._titles_so_written(form, form, lambda t: self._run_on_title(t, form) is not None
                                       and not re.search(r"[.:]\s", t.split()[0] if t.split() else ""), rows=True)

    def _announced_title(self, title: str) -> bool:
        """The title is one of the agenda announced before the items (folded, without its number)."""
        return any((hit := item_number(self.L(n).text)) is not None and hit[1]
                   and fold(hit[1]).strip(" .:") == fold(title).strip(" .:") for n in self.announced_agenda)

    def _numbers_alone(self) -> int:
        """How many lines of this protocol hold a number alone, with its stop or without, over a short capitalised
        line ("1." / "Öppnande", "2" / "GEMENSAM VERKSAMHET"), where the two forms mix (0 where they do not)."""
        if "alone" not in self._title_forms:
            alone = [ln.text.strip() for ln in self.lines[:-1] if re.fullmatch(r"\s*\d{1,3}\.?\s*", ln.text)
                     and re.fullmatch(r"[A-ZÅÄÖ][^.:;]{1,60}", nx := self.L(ln.n + 1).text.strip())
                     and len(nx.split()) <= 8]
            # (the two forms mixed, some with a stop and some without: all with their stops are one numbering, "dot")
            self._title_forms["alone"] = len(alone) if any(not a.endswith(".") for a in alone) else 0
        return int(self._title_forms["alone"])

    def _dash_text(self, title: str) -> str | None:
        """The title before a dash and the item's text after it ("Budget 2037 – Sofia Holm föredrog budgeten", "Övriga
        frågor – Inga övriga frågor hade anmälts", "Val av sekreterare – Niklas Holm"), or None: the text a sentence
        (a verb in it, or opening with a passive in the past, "Godkändes", "Beslöts ...") or, after an election's
        title, the names elected."""
        m = re.match(r"^(?P<t>[A-ZÅÄÖ].{2,100}?)\s+[–—-]\s+(?P<x>[A-ZÅÄÖ].*)$", title)
        if not m or len(m.group("t").split()) > 14:
            return None
        head, text = m.group("t"), m.group("x")
        key = kw(text, self.lx)
        if re.match(r"(?:godkandes|beslots|beslutades|foredrogs|antogs|faststalldes|noterades|inga|ingen)\b", key) \
                or len(text.split()) >= 3 and (_FINITE_VERB.search(key) or _PASSIVE_VERB.search(key)) \
                or re.match(r"(?:val|utseende)\s+(?:av|till)\b", kw(head, self.lx)) \
                and all(_name_like(p.strip(" .")) for p in re.split(r",|\s+och\s+", text) if p.strip(" .")):
            return head
        return None

    def _dash_texts(self, form: str) -> bool:
        """Three numbered lines or more of `form` in this protocol have their title, a dash and the item's text
        (`_dash_text`)."""
        return self._titles_so_written(f"–{form}", form, lambda t: self._dash_text(t) is not None)

    def _semicolon_titles(self, form: str) -> bool:
        """Three numbered lines or more of `form` in this protocol have a short title (eight words or fewer), a
        semicolon and the item's text after it."""
        return self._titles_so_written(f";{form}", form, lambda t: bool(
            (semi := re.match(r"^([^;]{2,60}?);\s+\S", t)) and len(semi.group(1).split()) <= 8))

    def _without_meeting_number(self, text: str) -> str:
        """An item's line without the meeting's number its item numbers all open with ("3.1 Ordförande öppnar
        möte", "3.2 Formalia", ... in meeting III: items 1, 2, ...), where this protocol numbers them so."""
        if self._meeting_prefix is False:
            self._meeting_prefix = None
            found: list[tuple[int, int]] = []
            for ln in self.lines:
                if not ln.blank and not ln.layout and (m := _MEETING_ITEM.match(ln.text)):
                    found.append((int(m.group(1)), int(m.group(2))))
            prefixes = {k for k, _n in found}
            numbers = [n for _k, n in found]
            # (three items or more, one prefix, numbered 1, 2, ... up; no item of the prefix's own number above
            # them, as a section's sub-items have: "3 Rapporter" / "3.1 ...")
            if len(found) >= 3 and len(prefixes) == 1 and numbers[0] == 1 \
                    and all(b == a + 1 for a, b in itertools.pairwise(numbers)):
                k = found[0][0]
                if not any((hit := item_number(ln.text)) and hit[0] == k and (hit[1] or "A")[:1].isupper()
                           and not _MEETING_ITEM.match(ln.text)
                           for ln in self.lines if not ln.blank and not ln.layout):
                    self._meeting_prefix = k
        if self._meeting_prefix is None or not (m := _MEETING_ITEM.match(text)) \
                or int(m.group(1)) != self._meeting_prefix:
            return text
        return f"{int(m.group(2))}. {text[m.end():].strip()}".rstrip()

    def _report_items(self, start: int, end: int, sentences: bool = True) -> list[Item]:
        """A report of a meeting with no items of its own (a web page's news, a newsletter's text, a mailed summary):
        its matters as the report tells them, unnumbered, in order of their lines: a bullet's short heading over the
        indented text under it (" • Ekonomi" / "     Styrgruppen har ..."); else a paragraph opening with a label and
        a sentence ("Ekonomi: Nätverket har för 2046 ..."), and a person's presenting sentence ("Kristin Holm gick
        igenom uppföljningen av länets handlingsplan.", "Sofia Hartz, ordförande i X, gav en lägesbild av ..."): the
        matter presented its title, as far as its first line goes, the person its presenter (`sentences`: the
        meeting itself told in a sentence, `Extraction.reported`; minutes with no items keep their sentences as
        text)."""
        items: list[Item] = []
        rows = [n for n in range(start, end + 1) if not self.L(n).blank and not self.L(n).layout]
        bullets = []
        for n in rows:
            head = re.fullmatch(r"(\s*)[•·▪*–-]\s+([A-ZÅÄÖ][^.:!?]{1,70})", self.L(n).raw.rstrip())
            nxt = self._next_nonblank(n, end)
            indent = len(head.group(1)) if head else 0
            if head and len(head.group(2).split()) <= 8 and not _FINITE_VERB.search(kw(head.group(2), self.lx)) \
                    and nxt is not None and len(self.L(nxt).raw) - len(self.L(nxt).raw.lstrip()) > indent + 1 \
                    and not re.match(r"\s*[•·▪*–-]\s", self.L(nxt).raw):
                bullets.append((n, head.group(2).strip()))
        if len(bullets) >= 2:
            for k, (n, title) in enumerate(bullets):
                last = (bullets[k + 1][0] - 1) if k + 1 < len(bullets) else end
                while last > n and (self.L(last).blank or self.L(last).layout):
                    last -= 1
                # (who presents it in the text under it: "Sanna Holm redovisade hur ...")
                said = [(name, (at, at)) for at, name, _what in self._presenting_sentences(n + 1, last)]
                items.append(Item(title, (n, last), presenters=said))
            return items
        n = start
        while sentences and n <= end:
            if self.L(n).blank or self.L(n).layout:
                n += 1
                continue
            a, b = self._paragraph_at(n)
            b = min(b, end)
            if a == n and (label := self._labelled_point(self.L(n).text.strip())) and len(label.split()) <= 3 \
                    and not re.fullmatch(r"(?:text|foto|bild|från|till|ämne|skickat|kopia|datum|tid|plats|dnr"
                                         r"|publicerad|uppdaterad|senast uppdaterad|källa)", label.lower()):
                items.append(Item(label, (n, b)))
            for at, name, (title, last) in self._presenting_sentences(n, b):
                if re.match(r"(?:att|hur|om att|sig)\b", title):
                    continue
                items.append(Item(title, (at, max(at, last)), presenters=[(name, (at, at))]))
            n = b + 1
        return sorted(items, key=lambda it: it.lines)

    def _presenting_sentences(self, start: int, end: int) -> list[tuple[int, str, tuple[str, int]]]:
        """The sentences of lines `start`..`end` in which a person presents something ("Kristin Holm gick igenom
        uppföljningen av ...", "X, title, gav en lägesbild av ..."): (the name's line, the name, (what was presented
        as far as its first line goes, the sentence's last line))."""
        found: list[tuple[int, str, tuple[str, int]]] = []
        n = start
        while n <= end:
            if self.L(n).blank or self.L(n).layout:
                n += 1
                continue
            _a, b = self._paragraph_at(n)
            b = min(b, end)
            spans: list[tuple[int, int]] = []      # (offset in the paragraph's text, line)
            text = ""
            for i in range(n, b + 1):
                spans.append((len(text), i))
                text += self.L(i).text.strip() + " "

            def line_at(offset: int, spans: list[tuple[int, int]] = spans) -> int:
                return next(i for pos, i in reversed(spans) if pos <= offset)

            for m in _PRESENTING_SENTENCE.finditer(text):
                name = m.group("name")
                if not (_name_like(name) and self._accept_name(name)):
                    continue
                # (what was presented as far as its first line goes)
                line_end = next((pos for pos, i in spans if i == line_at(m.start("obj")) + 1), len(text))
                title = re.sub(r"^(?:en|ett)\s+", "", re.split(r"[:;]|\s[–—]\s", text[m.start("obj"):min(
                    m.end("obj"), line_end)])[0].strip(" ,"))
                if title:
                    found.append((line_at(m.start("name")), name, (title, line_at(m.end("obj")))))
            n = b + 1
        return found

    def _person_doing(self, title: str) -> bool:
        """The title is a sentence of a person's doing, the name first and the verb right after it ("Sofia Hartz
        öppnade mötet och hälsade samtliga välkomna", "Anna Holm, Nybro kommun, informerade om ...")."""
        m = re.match(r"([A-ZÅÄÖ][a-zåäöé-]+(?:\s+[A-ZÅÄÖ][a-zåäöé-]+){1,2})(?:,[^,.]{2,60},)?\s+([a-zåäö]+)\b", title)
        return bool(m and _name_like(m.group(1)) and self._accept_name(m.group(1))
                    and (_PRESENTING_VERB.match(verb := kw(m.group(2), self.lx)) or _FINITE_VERB.fullmatch(verb)))

    def _labelled_point(self, title: str) -> str | None:
        """The label of a lettered point written as a label, a colon and a sentence ("Mörbylånga: Isabell Holm
        berättar att kommunen ...", "Nybro: X redovisar 31 ärenden ..."): a name or a noun phrase of one to four
        words, no verb, a sentence of three words or more with a verb after it; None for any other point."""
        # (or a stop after the label: "a/ Gemensam rekryteringskampanj. Lotta Holm, Kalmar kommun, redovisade ...")
        m = re.match(r"([A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,3})(?::|(?<=[a-zåäö]{3})\.)\s+([A-ZÅÄÖ].*)$", title)
        if not m or _FINITE_VERB.search(kw(m.group(1), self.lx)) or len(m.group(2).split()) < 3 \
                or not (_FINITE_VERB.search(kw(m.group(2), self.lx)) or _PASSIVE_VERB.search(kw(m.group(2), self.lx))
                        or re.search(r"\b[a-zåäö]{3,}(?:ar|er)\b", m.group(2))) \
                or _PROCEDURAL.match(fold(m.group(1))):
            return None
        return m.group(1)

    def _tight_subs(self, head: int, last: int) -> list[int]:
        """Sub-headings set without blank lines: under the item's heading line, short noun-phrase lines
        ("Suicidprevention", "Uppföljning av Gemensam plan för samverkan"), each right after the heading
        or after a line ending a sentence, each with a sentence under it. Two or more make the item's
        sub-items (one such line alone may be a line of the text)."""
        subs: list[int] = []
        for m in range(head + 1, last):
            ln, nxt = self.L(m), self.L(m + 1)
            t = ln.text.strip()
            prev = self._prev_nonblank(m)
            if ln.blank or nxt.blank or len(ln.cells) > 1 or not t[:1].isupper() or len(t.split()) > 8 \
                    or t.endswith((".", ",", ";", ":", "!", "?", "-")) or "," in t or t[:1].isdigit():
                continue
            if prev is None or not (prev == head or self.L(prev).text.rstrip().endswith((".", "!", "?"))):
                continue
            k = kw(t, self.lx)
            if _FINITE_VERB.search(k) or _PROCEDURAL.match(k.strip(" :")) or self._list_heading_kind(ln) \
                    or fold(t.rstrip(":")) in self._repeated_headings() \
                    or _DATE_RE.search(t) or _ISO_RE.search(t) or amounts_in(t) or item_number(t) is not None \
                    or _DNR_FIRST.fullmatch(t) \
                    or any(e.org or e.role for e in self._entry_of(ln)) \
                    or plausible_name(t) and all(w[:1].isupper() for w in t.split()):    # a name alone
                continue
            nk = kw(nxt.text, self.lx)
            if not nxt.text[:1].isupper() or len(t) >= 0.8 * len(nxt.text) or len(nxt.text.split()) < 4 \
                    or not (_FINITE_VERB.search(nk) or _PRESENTING_VERB.search(nk) or nxt.text.rstrip().endswith(".")):
                continue
            subs.append(m)
        return subs if len(subs) >= 2 else []

    def _plain_heads(self, start: int, end: int) -> list[tuple[int, str]]:
        heads: list[tuple[int, str]] = []
        n = start
        while n <= end:
            if self._is_heading(n) and not self._in_documents_list(n) and not heads \
                    and re.fullmatch(r"(?:agenda|dagordning|foredragningslista|program|motets agenda)",
                                     self.L(n).key.strip(" :")) \
                    and (nxt := self._next_nonblank(n, end)) is not None and self._is_heading(nxt):
                n += 1      # "Agenda" over the items' headings: the word for the list of them, no item
                continue
            if self._is_heading(n) and not self._in_documents_list(n):
                nxt = self._next_nonblank(n, end)
                if nxt and self._is_heading(nxt) and self._timed(nxt) and not self._timed(n):
                    n += 1      # "Program" over "09.30 Välkommen", "10.15 ...": the programme's title, no item
                    continue
                if nxt and self._is_heading(nxt) and (nn := self._next_nonblank(nxt, end)) and \
                        not self._is_heading(nn):
                    heads.append((n, f"{self.L(n).text} / {self.L(nxt).text}"))
                    n = nxt + 1
                    continue
                heads.append((n, self.L(n).text))
            n += 1
        return heads

    def _timed_heads(self, start: int, end: int) -> list[tuple[int, str]]:
        """A programme's time slots as the headings of minutes written without blank lines ("13.00–13.30 Mötets
        öppnande" / its text / "13.30–14.00 Föregående protokoll" / ...): lines opening with a span of time and a
        short title, three or more, their times going forward; none inside a list read."""
        inside = {m for a, last, _stop in self.list_zones for m in range(a, last + 1)}
        heads: list[tuple[int, str]] = []
        last_at = -1
        for n in range(start, end + 1):
            ln = self.L(n)
            m = re.match(r"^\s*(?:kl\.?\s*)?([01]?\d|2[0-3])[.:]([0-5]\d)\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d\s+"
                         r"(?:[-–]\s+)?(?=[A-ZÅÄÖ])", ln.text)
            if ln.blank or n in inside or len(ln.cells) > 1 or not m:
                continue
            title = ln.text[m.end():].strip(" *:")
            at = int(m.group(1)) * 60 + int(m.group(2))
            if not title or len(self._title_presenters(title)[0].split()) > 10 or title.endswith((".", ",", ";")) \
                    or at < last_at:
                continue
            heads.append((n, ln.text.strip(" *")))
            last_at = at
        return heads if len(heads) >= 3 else []

    def _over_bullets(self, start: int, end: int) -> list[tuple[int, str]]:
        """Minutes with no blank lines whose paragraphs are bullets (their mark lost, a space left: " Rune
        Jansson hälsade välkomna."), each item's title a flush line over its first bullet ("Ordföranden informerar"
        / " Rune Jansson ..."; "Skall brukarrepresentanter kunna delta ...?"): those lines, three or more, each
        after a sentence's end (or the lists before them), none a list's line or heading."""
        inside = {m for a, last, _stop in self.list_zones for m in range(a, last + 1)}
        heads: list[tuple[int, str]] = []
        for n in range(start, end + 1):
            ln = self.L(n)
            if ln.blank or ln.layout or self._furniture(n) or ln.raw[:1].isspace() or len(ln.cells) > 1 \
                    or n in inside or n in self.list_headings:
                continue
            t = ln.text.strip()
            nxt = self._next_text(n, end)
            if nxt is None or not re.match(r"(?: |[•·▪\uf0b7-]\s*)[A-ZÅÄÖ]", self.L(nxt).raw) or len(t.split()) > 14 \
                    or t.endswith((".", ",", ";", ":")) or not t[:1].isupper() or self._list_heading_kind(ln):
                continue
            prev = self._prev_text(n)
            if prev is not None and prev >= start and not (self.L(prev).text.rstrip().endswith((".", "?", "!"))
                                                          or re.match(r"\s*[-–•]\s", self.L(prev).raw)
                                                          or prev in inside or self._entry_of(self.L(prev))):
                continue
            heads.append((n, t))
        if len(heads) >= 3:
            return heads
        # (or the other way round: each title a bullet whose mark was lost, its text flush under it ("
        # Samsjuklighet – gemensam rutin för beroendevård och psykiatri" / "Mats Pettersson, ... redogjorde"))
        # (or a bullet's mark kept: " • Kort presentationsrunda" / " • Genomgång av föregående minnesanteckningar" /
        # "Minnesanteckningarna från ... godkändes.", a title with no text of its own before the next)
        def bullet_head(n: int) -> str | None:
            ln = self.L(n)
            t = re.sub(r"^[•·▪\uf0b7]\s*", "", ln.text.strip()).strip().rstrip(":").strip()
            if ln.blank or ln.layout or self._furniture(n) \
                    or not re.match(r"\s?[A-ZÅÄÖ]|\s*[•·▪\uf0b7]\s*[A-ZÅÄÖ]", ln.raw) \
                    or ln.raw[:1] not in " •·▪\uf0b7" \
                    or len(ln.cells) > 1 or n in inside or n in self.list_headings or len(t.split()) > 12 \
                    or t.endswith((".", ",", ";")) or self._list_heading_kind(ln) and self._names_ahead(n)[0]:
                return None
            return t

        heads = []
        own_text = 0        # (most titles with text of their own: not an agenda announced as bullets)
        for n in range(start, end + 1):
            if (t := bullet_head(n)) is None:
                continue
            nxt = self._next_text(n, end)
            if nxt is not None and (not self.L(nxt).raw[:1].isspace()
                                    and re.match(r"[A-ZÅÄÖ–-]", self.L(nxt).text.strip())
                                    or bullet_head(nxt) is not None) or nxt is None and n > start:
                heads.append((n, t))
                own_text += nxt is None or bullet_head(nxt) is None
        return heads if len(heads) >= 3 and own_text * 3 >= len(heads) * 2 else []

    def _lettered_heads(self, start: int, end: int) -> list[tuple[int, str]]:
        """Items marked by capital letters in order and a slash, a bullet before them or none ("• A/ Val av
        justerare", "• B/ Föregående protokoll", as a meeting portal lists a nämnd's items): the titles, three or
        more, the letters running from A."""
        heads: list[tuple[int, str]] = []
        for n in range(start, end + 1):
            ln = self.L(n)
            m = LETTERED_ITEM.match(ln.raw)
            if ln.blank or ln.layout or not m or len(m.group(2).split()) > 14:
                continue
            if ord(m.group(1)) - ord("A") != len(heads):
                continue        # (the letters in order from A: no other line's)
            heads.append((n, m.group(2).strip()))
        return heads if len(heads) >= 3 else []

    def _labelled_heads(self, start: int, end: int) -> list[tuple[int, str]]:
        """Minutes whose paragraphs open with a label and a colon, the paragraph's text after it on its line
        ("Lägesrapport: X och Y lämnar en lägesrapport ...", "Nästa möte: 12 maj ..."): each label an item's
        heading, three or more, none a list's, a field's or the signature's label ("Närvarande:", "Tid:", "Vid
        anteckningarna:")."""
        heads: list[tuple[int, str]] = []
        short: list[tuple[int, str]] = []
        margin = self._margin_labels(start, end)
        for n in range(start, end + 1):
            ln = self.L(n)
            if n in margin:
                heads.append((n, margin[n]))
                continue
            # (or a dash's before the label, each paragraph so marked, no blank line between: "- Dagordningen:
            # dagordningen godkändes" / "- Val av justerare: X valdes ...")
            dashed = re.match(r"\s*[-–•]\s+[A-ZÅÄÖ]", ln.text) is not None
            if ln.blank or ln.layout or len(ln.cells) > 1 or n in self.list_headings \
                    or n > start and not self.L(n - 1).blank and not dashed:
                continue        # (a paragraph's first line only)
            m = re.match(rf"([A-ZÅÄÖ][a-zåäöé]+(?:[ -][a-zåäöé]+){{0,{5 if dashed else 3}}}):\s+(\S.*)$",
                         re.sub(r"^\s*[-–•]\s+", "", ln.text).strip())
            if m and len(m.group(2).split()) < 3 and m.group(2)[:1].isupper():
                short.append((n, m.group(1)))   # ("Rapport: Ny representant.": its label's other heads decide)
                continue
            if not m or len(m.group(2).split()) < 3:
                continue
            label = m.group(1)
            key = kw(label, self.lx)
            # (a list's words before a sentence are an item's label: "Övriga frågor: Inga övriga frågor finns.", "Ny
            # ledamot: Marie Holm ersätter Per Ek som ledamot i styrgruppen.")
            sentence = m.group(2).rstrip().endswith(".") \
                and bool(_FINITE_VERB.search(rest := kw(m.group(2), self.lx)) or re.search(r"\bersatter\b", rest))
            # (nor a decision's words before its colon: "Arbetsgruppen beslutar att: Ha nästa möte ...", the decision
            # of the item above, no item of its own)
            if self._list_heading_kind(Line(n, label, label, key, [label])) and not sentence \
                    or re.search(r"\b(?:beslutar|beslutade|beslot|beslutas|beslutades|foreslar|foreslog)(?:\s+att)?$",
                                 key) \
                    or _SIGNATURE.match(key) \
                    or _PRESENTER_LABEL.match(key) and len(m.group(2).split()) <= 6 or re.fullmatch(_FIELD_LABELS, key):
                continue
            heads.append((n, label))
        # (a label two of the heads share, a short title after it: "Rapport: SIP-statistik ..." / "Rapport: Samordnande
        # grupp Psykisk hälsa." / "Rapport: Ny representant.")
        heads = sorted(heads + [(n, label) for n, label in short if sum(h == label for _n, h in heads) >= 2])
        # (a label three of them share is the items' kind, not their titles: the words after it the title,
        # "Rapport: SIP-statistik första halvåret 2037." the item "SIP-statistik första halvåret 2037")
        shared = {label for _n, label in heads if sum(h == label for _m, h in heads) >= 3}
        heads = [(n, self._after_label(n) if label in shared else label) for n, label in heads]
        return heads if len(heads) >= 3 else []

    def _after_label(self, n: int) -> str:
        """The words after line n's label and colon, without the sentence's stop."""
        text = re.sub(r"^\s*[-–•]\s+", "", self.L(n).text).strip()
        return text.split(":", 1)[1].strip().rstrip(".") if ":" in text else text

    def _sentence_bullets(self, start: int, end: int) -> list[tuple[int, str]]:
        """Minutes written as one block of bullets, each a sentence or two of its own, its lines going on indented
        under its text ("  • Sedvanlig information om uppföljning av handlingsplanen ..." / "  • Beslut om att
        fördela 450 000 kr inom ..." / "    i förskolan: ..."): each bullet an item, its first line the title; three
        or more, no line between them but a bullet's own, none a list's."""
        inside = {m for a, last, _stop in self.list_zones for m in range(a, last + 1)}
        heads: list[tuple[int, str]] = []
        indent = None
        n = start
        while n <= end:
            ln = self.L(n)
            m = re.match(r"(\s*)[•·▪\uf0b7–-]\s+(?=[A-ZÅÄÖ])", ln.raw)
            if m is None or ln.layout or n in inside or n in self.list_headings:
                if heads:
                    break
                n += 1
                continue
            if indent is not None and len(m.group(1)) != indent:
                return []
            indent = len(m.group(1))
            text = [ln.raw[m.end():].strip()]
            k = n + 1
            while k <= end and not self.L(k).blank and not re.match(r"\s*[•·▪\uf0b7–-]\s", self.L(k).raw) \
                    and len(self.L(k).raw) - len(self.L(k).raw.lstrip()) > indent:
                text.append(self.L(k).text.strip())
                k += 1
            whole = " ".join(text)
            if len(whole.split()) < 5 or not whole.rstrip().endswith((".", "!", "?")):
                return []
            heads.append((n, text[0].rstrip(".")))
            n = k
        return heads if len(heads) >= 3 else []

    def _margin_labels(self, start: int, end: int) -> dict[int, str]:
        """Minutes whose paragraphs are labelled in a margin, a word or two and a stop, the text in a column after
        it, its lines going on indented to that column ("Protokollet.   Protokollet från sammanträdet ... godkändes."
        / "Föredrag.      Därefter höll X ..." / "               nya hjälpmedelsplanen ..."): each label an item's
        heading (line -> label), three or more at one column; none where fewer."""
        found: dict[int, tuple[int, str]] = {}
        for n in range(start, end + 1):
            ln = self.L(n)
            m = re.match(r"([A-ZÅÄÖ][a-zåäöé]+(?: [a-zåäöé]+){0,2})\.(\s{2,})(?=[A-ZÅÄÖ\d])", ln.raw)
            if ln.blank or ln.layout or not m or n in self.list_headings:
                continue
            found[n] = (m.end(), m.group(1))
        if len(found) < 3:
            return {}
        col = max(set(c for c, _ in found.values()), key=lambda c: sum(abs(c - d) <= 1 for d, _ in found.values()))
        at = {n: label for n, (c, label) in found.items() if abs(c - col) <= 1}
        if len(at) < 3:
            return {}
        # (the lines between two labels each blank, another label, or going on indented to the column)
        first, last = min(at), max(at)
        for n in range(first, last + 1):
            raw = self.L(n).raw
            if n not in at and raw.strip() and len(raw) - len(raw.lstrip()) < col - 1 and not self.L(n).layout:
                return {}
        return at

    def _timed(self, n: int) -> bool:
        """Line n sets a time of day before its heading ("09.30 Välkommen")."""
        return clock_stripped(self.L(n).text) != self.L(n).text

    def _next_nonblank(self, n: int, end: int) -> int | None:
        for m in range(n + 1, min(end, len(self.lines)) + 1):
            if not self.L(m).blank:
                return m
        return None

    def _prev_nonblank(self, n: int) -> int | None:
        for m in range(n - 1, 0, -1):
            if not self.L(m).blank:
                return m
        return None

    def _next_text(self, n: int, end: int) -> int | None:
        """The next line after n (up to `end`) that is neither blank nor page furniture."""
        nxt = self._next_nonblank(n, end)
        while nxt is not None and self._furniture(nxt):
            nxt = self._next_nonblank(nxt, end)
        return nxt

    def _prev_text(self, n: int) -> int | None:
        """The line before n that is neither blank nor page furniture."""
        prev = self._prev_nonblank(n)
        while prev is not None and self._furniture(prev):
            prev = self._prev_nonblank(prev)
        return prev

    def _furniture(self, n: int) -> bool:
        """A page header or footer OCR put into the text: an indented short fragment in lower case."""
        ln = self.L(n)
        return ln.indented and ln.text[:1].islower() and len(ln.text.split()) <= 6 and \
            not ln.text.endswith((".", ":", ",", "?"))

    def _sentence_after_gap(self, n: int) -> bool:
        """A blank line under line n, then a sentence with a verb of its own, no list line ("Val av ledamöter" / "" /
        "Maria Holm ersätter Emma Ek som ledamot ...", "Föregående protokoll" / "" / "Protokollet ... godkändes"): line
        n heads that text, whatever its words (no list's heading over names)."""
        if n + 2 > len(self.lines) or not self.L(n + 1).blank or self.L(n + 2).blank:
            return False
        nxt = self.L(n + 2)
        return len(nxt.cells) <= 1 and len(nxt.text.split()) >= 3 and not self._entry_of(nxt) \
            and bool(_SENTENCE_VERB.search(nxt.key) or _FINITE_VERB.search(nxt.key) or _PASSIVE_VERB.search(nxt.key))

    def _heads_prose(self, n: int) -> bool:
        """A short line after a blank line, right above a much longer line of running text: a heading
        with its text straight under it ("Avslutning" / "Anna ... tackade för dagen.")."""
        if n >= len(self.lines):    # the document's last line heads nothing
            return False
        t = self.L(n).text
        nt = re.sub(r"^\s*[-–•*·▪]\s+", "", self.L(n + 1).text)    # a sentence as a bullet point is a sentence
        nt = re.sub(r"^@(?=[A-ZÅÄÖ])", "", nt)      # a sentence opening with a mention ("@Anna Holm informerade")
        # (a sentence the line end wraps goes on over the next lines of its paragraph: the heading is measured
        # against the whole of it)
        m = n + 2
        while m <= len(self.lines) and not nt.endswith((".", ":", "!", "?")) and not self.L(m).blank \
                and not re.match(r"^\s*[-–•*·▪]\s+", self.L(m).text) and len(self.L(m - 1).text) >= 60 \
                and len(self.L(m - 1).cells) <= 1 and len(self.L(m).cells) <= 1:     # prose, not a table's rows
            nt = f"{nt} {self.L(m).text.strip()}"
            m += 1
        words = len(nt.split())
        nk = kw(nt, self.lx)
        # a finite verb: by its form, or in second place of a sentence, where Swedish puts it ("Planen beskrivs i
        # underlaget.", "Gruppen diskuterar ...")
        second = nt.split()[1] if words >= 3 else ""
        # (or a decision's sentence its stop was left off: "Protokollet från mötet 2074-05-29 godkändes")
        verb = (nt.endswith(".") or words >= 3 and bool(_SENTENCE_VERB.search(nk))) \
            and bool(_FINITE_VERB.search(nk) or _PASSIVE_VERB.search(nk) or _SENTENCE_VERB.search(nk)
                     or _PRESENTING_VERB.search(nk) or (
            nt[:1].isupper() and re.fullmatch(r"[a-zåäö]{3,}(?:s|r|de|te)", second)))
        running = words >= 9 or (words >= 6 and nt.endswith(".")) or verb   # not a name line under a heading
        # or a dated sentence ("2030-05-06 kl. 13.00 i Nybro.") under a heading ending its paragraph
        dated = words >= 3 and nt.endswith(".") and bool(_parse_date(nt, 2000)) \
            and (n + 2 > len(self.lines) or self.L(n + 2).blank)
        # (a programme's heading, a time of day before it, heads its text however long: "10.45 Budget 2032 – ...")
        timed = clock_stripped(t) != t
        t = _LABEL_RE.sub("", clock_stripped(t))    # (a label "Punkt D." is no part of the heading's length)
        # (nor who presents or answers for it by a label after it: "Nära vård i länet – föredr. Per Ek och Eva Ek")
        t = _without_label_tail(t)
        # (or a table under a title with its colon, after a blank line: "Ny socialtjänstlag:" / "| Område | Status |",
        # not a table's caption giving its unit or year: "Budget 2051 (tkr):")
        if n < len(self.lines) and len(self.L(n + 1).cells) > 1 and t.endswith(":") and not t.endswith("::") \
                and n > 1 and self.L(n - 1).blank and 1 <= len(t[:-1].split()) <= 8 and not re.search(r"\d", t) \
                and not re.search(r"\b(?:tkr|kkr|kr|sek|kronor|belopp|mnkr|msek)\b", fold(t)) \
                and not _FINITE_VERB.search(kw(t, self.lx)):
            return True
        # (or the item's presenter field under it: "Ungdomsmottagningar" / "Informatör: Björn Wallin")
        if re.match(r"(?:föredragande|föredragare|föredras av|presentatör|informatör|inledare|dragande)\s*:\s*"
                    r"[A-ZÅÄÖ]", nt, re.I) and n > 1 and self.L(n - 1).blank and len(t.split()) <= 8 \
                and not t.endswith((".", ",", ";")) and not re.match(r"(?:föredragande|föredras|presentatör"
                                                                     r"|informatör)\b", t, re.I):
            return True
        # (a longer title with no verb and no stop: "Fördelning av medel för digital vård i hemmet 2076")
        short = len(t.split()) <= 8 or len(t.split()) <= 12 and not t.rstrip().endswith(".") \
            and not _FINITE_VERB.search(kw(t, self.lx)) and not _PASSIVE_VERB.search(kw(t, self.lx))
        return n > 1 and self.L(n - 1).blank and short and (running or dated) \
            and (len(t) < 0.6 * len(nt) or (verb or dated or timed) and not t.endswith(".")) \
            and (nt[:1].isupper() or dated)

    def _over_presenters(self, n: int) -> bool:
        """Line n stands over a line naming only people, with their organisations ("Malin Holm, Nybro kommun och Johan
        Ek, Region Kalmar län"), then a blank line: an item's heading and its presenters, the item's text below; not
        a list's heading (two names' lines or more under it)."""
        if n + 2 > len(self.lines) or not self.L(n + 2).blank or not (n == 1 or self.L(n - 1).blank) \
                or _SIGNATURE.match(self.L(n).key) or re.fullmatch(r"justerande|justeras av|vid protokollet",
                                                                    self.L(n).key.strip(" :")) \
                or _ROLE_RE.fullmatch(self.L(n).key.strip(" :")):
            return False    # (a signature's label over the name: "Justerande" / "Roger Holm")
        # (the item's text after the blank line: prose, not another name)
        after = self._next_nonblank(n + 2, len(self.lines))
        if after is None or len(self.L(after).text.split()) < 6 and not self.L(after).text.rstrip().endswith("."):
            return False
        text = self.L(n + 1).text.strip()
        if not text or text.endswith((".", ":")) or len(self.L(n + 1).cells) > 1 \
                or _FINITE_VERB.search(self.L(n + 1).key):
            return False
        pieces = [p.strip() for p in re.split(r",\s*|\s+och\s+|\s*/\s*", text) if p.strip()]
        names = [p for p in pieces if plausible_name(p) and self._accept_name(p)]
        return bool(names) and all(p in names or self.orgs.resolve(p) for p in pieces)

    def _over_prose(self, n: int) -> bool:
        """Whether line n stands right above a sentence (a heading with its text, not a name in a list):
        the next line is no list line and ends a sentence with a verb in it."""
        if n >= len(self.lines) or self.L(n + 1).blank or self._entry_of(self.L(n + 1)):
            return False
        # (nor a list's heading of a word alone, a participle read as a verb: "Förhindrade:", "Närvarande:")
        if re.fullmatch(r"[^\W\d_]+\s*:", self.L(n + 1).text.strip()) and self._list_heading_kind(self.L(n + 1)):
            return False
        k = kw(self.L(n + 1).text, self.lx)
        return self.L(n + 1).text.rstrip().endswith((".", ":")) and bool(
            _FINITE_VERB.search(k) or _PRESENTING_VERB.search(k))

    def _repeated_headings(self) -> frozenset[str]:
        """The short lines standing alone (a blank line above them) three times or more in the protocol, or twice
        after lines numbered as items: the headings of an item's parts ("Sammanfattning", "Beslut", "Samordnande
        gruppens beslut"), which the template repeats in item after item; no item's title, which is said once
        (in the items; an agenda or table of contents before them may say it again)."""
        if self._repeated is None:
            seen: dict[str, list[int]] = {}
            alone: dict[str, list[int]] = {}    # (with no blank line above: the heads of a table flattened into
            #                                     lines, "Ärende" / "1. Title" / "Kort beskrivning" / "Anteckningar")
            for ln in self.lines:
                t = ln.text.strip().rstrip(":")
                if t and len(ln.cells) == 1 and len(t.split()) <= 5 and not ln.layout and ln.n > 1 \
                        and item_number(t) is None:
                    if self.L(ln.n - 1).blank:
                        seen.setdefault(fold(t), []).append(ln.n)
                    elif t[:1].isupper() and not t.endswith((".", ",", ";")) and len(t.split()) <= 3:
                        alone.setdefault(fold(t), []).append(ln.n)
            numbered = [ln.n for ln in self.lines if item_number(ln.text) is not None]
            self._repeated = frozenset(
                t for t, at in seen.items()
                if len(at) >= 3 or len(at) == 2 and numbered and sum(numbered[0] < a for a in at) == 2
                and sum(a < m < at[1] for m in numbered for a in at[:1]) >= 1) \
                | frozenset(t for t, at in alone.items() if len(at) + len(seen.get(t, [])) >= 3)
        return self._repeated

    def _dense_caps_heads(self) -> frozenset[int]:
        """Headings in capitals in minutes written with no blank lines (a PDF's text layer, "Förhinder" / "Johan Holm"
        / "SAMMANTRÄDETS ÖPPNANDE" / "Ordförande X hälsade ..."): a line of capitals alone (two to eight words, or one
        of eight letters or more), the next line's text not in capitals, four such lines or more in the protocol; not
        a list's heading over names, nor the minutes' own word."""
        if self._caps_heads is None:
            found: list[int] = []
            for ln in self.lines:
                t = ln.text.strip().rstrip(":")
                words = t.split()
                if not t or ln.layout or len(ln.cells) > 1 or not t.isupper() or not re.search(r"[A-ZÅÄÖÉ]{4}", t) \
                        or not (2 <= len(words) <= 8 or len(words) == 1 and len(t) >= 8) \
                        or re.search(r"\d", re.sub(r"\b(?:19|20|21)\d\d\b", "", t)) \
                        or re.fullmatch(r"(?:sammantrades|motes)?protokoll|minnesanteckningar|anteckningar", ln.key):
                    continue
                nxt = self._next_text(ln.n, len(self.lines))
                if nxt is None or self.L(nxt).text.strip().isupper() or self.L(nxt).text.strip()[:1].islower():
                    continue
                if self._list_heading_kind(ln) and self._names_ahead(ln.n)[0]:  # type: ignore[attr-defined]
                    continue
                found.append(ln.n)
            self._caps_heads = frozenset(found) if len(found) >= 4 else frozenset()
        return self._caps_heads

    def _dense_plain_heads(self) -> frozenset[int]:
        """Short headings in minutes written with no blank line at all (an e-mail's or a web form's text: "Anmäld
        frånvaro:" / "Pernilla Holm" / "Föregående protokoll" / "Lotta Holm läser igenom ..." / "Ekonomi" / ...): a line
        of one to four words opening with a capital, no stop, no digit, no name or list's heading over names (a body's
        name may head its report), not after a line going on (a comma or a colon at its end, or three words or more
        ending in one in lower case, no stop); five such lines or more in a protocol of sixty lines or fewer that has
        no blank line after its head."""
        if self._plain_dense is None:
            found: list[int] = []
            body = self.lines[5:]
            if len(self.lines) <= 60 and body and all(not ln.blank for ln in body[:-1]):
                for ln in body:
                    t = ln.text.strip()
                    prev = self.L(ln.n - 1).text.strip()
                    if ln.layout or len(ln.cells) > 1 or not 1 <= len(t.rstrip(":").split()) <= 4 \
                            or not t[:1].isupper() or t.endswith((".", ",", ";")) or re.search(r"\d", t) \
                            or _name_like(t.rstrip(":")) \
                            or self._list_heading_kind(ln) and self._names_ahead(ln.n)[0] \
                            or item_number(t) is not None or re.search(r"\s[-–—]\s", t) \
                            or re.match(r"[^:]+:\s*\S", t) or fold(t.split()[0]) in GIVEN_NAMES \
                            or prev.endswith((",", ":")) or not prev or len(prev.split()) >= 3 \
                            and prev.split()[-1][:1].islower() and not prev.endswith("."):
                        continue
                    found.append(ln.n)
            self._plain_dense = frozenset(found) if len(found) >= 5 else frozenset()
        return self._plain_dense

    def _is_heading(self, n: int, sub: bool = False) -> bool:
        ln = self.L(n)
        t = clock_stripped(ln.text)
        if not t or len(ln.cells) > 1 or len(t) > 100 or self._furniture(n):
            return False
        # (a sentence wrapped after a word that wants the next, the line under it going on: "Den gemensamma
        # presidiekonferensen för Region Kalmar län, länets kommuner och" / "Kommunförbundet i Kalmar län sammanträdde
        # ...")
        if n < len(self.lines) and not self.L(n + 1).blank and len(t.split()) >= 4 \
                and re.search(r"\s(?:och|samt|eller|i|för|av|med|till|om|på|från|vid|som|att|den|det|de|en|ett)$",
                              t.rstrip()):
            return False
        if not sub and n in self._dense_caps_heads() and not self.L(n - 1).blank:
            return True     # (a heading in capitals among others so written, no blank line above it)
        if not sub and n in self._dense_plain_heads():
            return True     # (or a short one in minutes with no blank line at all)
        # (who presents or answers for it by a label after it is no part of the heading: "Budget – Ansvarig: Per Ek,
        # Nybro kommun")
        t = _without_label_tail(t)
        # (or right under the minutes' own word alone, over their first section: "" / "Protokoll" / "Ordförandens
        # inledning" / text)
        under_title_word = n > 2 and self.L(n - 1).key.strip() in ("protokoll", "minnesanteckningar", "anteckningar") \
            and self.L(n - 2).blank and n < len(self.lines) and self.L(n + 1).text.rstrip().endswith(".")
        # (or right under the meeting's header, its last line the place: "Årsmötet ägde rum i Stora salen" /
        # "Invigning" / "X hälsade välkommen ...")
        under_header = self.ex is not None and bool(self.ex.meeting_lines) and n - 1 == self.ex.meeting_lines[1] \
            and n - 1 > self.ex.title_line and bool(re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){0,2}", t.strip()))
        if n > 1 and not self.L(n - 1).blank and not ln.indented and not under_title_word and not under_header:
            return False
        # (a signer's name under the field's dots, "Justerare:    ......." / "       Ingrid Holm"; the notice of the
        # signing, "BEVIS")
        if n > 1 and re.search(r"[._…]{6,}\s*$", self.L(n - 1).text) or _SIGNATURE.fullmatch(ln.key.strip(" :")):
            return False
        if fold(t) in self.learned.sub_headings or fold(t) in self._repeated_headings():
            return False    # a heading inside the items of an accepted protocol laid out alike ("Sammanfattning"),
            #                 or said again inside this protocol's items ("Samordnande gruppens beslut")
        if n < len(self.lines) and (nxt := self._next_nonblank(n, len(self.lines))) is not None \
                and _TOC_ENTRY.search(self.L(nxt).text):
            return False    # the heading of a table of contents ("Innehållsförteckning" / "Budget ........ 3/53")
        if re.fullmatch(r"(?:innehallsforteckning|innehall|arendeforteckning|paragrafforteckning)", ln.key.strip()):
            return False    # (by its word, its lines numbered as the paragraphs: "Innehållsförteckning:" / "10  Titel")
        if sub and re.search(r":\s*\S", t) and amount_spans(t):
            return False    # a row of a label and its sum ("Kommunförbundet i Kalmar län: 15.000 kr"), no sub-item
        if self.learned.caps_items and t.isupper() and re.search(r"[A-ZÅÄÖÉ]{4}", t) and len(t.split()) <= 14 \
                and not _DATE_RE.search(t) and not _ISO_RE.search(t):
            return True     # capitals, as an accepted protocol laid out alike headed its items ("ANHÖRIGSTÖD I LÄNET")
        if n < len(self.lines) and not self.L(n + 1).blank and not self._furniture(n + 1) \
                and not self._heads_prose(n) and not self._over_presenters(n) and not under_title_word \
                and not under_header:
            return False
        words = t.split()
        if len(words) > 14 or not t[0].isupper() or not re.search(r"[a-zåäöé]{2}", t.lower()):
            return False
        if t.isupper() and (not re.search(r"[A-ZÅÄÖÉ]{4}", t) or re.fullmatch(r"[IVXLCDM]+\.?", t)):
            return False            # capitals: a word, not a roman numeral ("III") or an abbreviation
        if t.endswith(":") and (re.fullmatch(_FIELD_LABELS, fold(t[:-1]).strip())
                                or (ahead := self._next_nonblank(n, len(self.lines))) is not None
                                and _LIST_POINT_LINE.match(self.L(ahead).text)):
            return False            # a field's label over its value ("Plats:" / "" / "BUP-mottagningen"), a lead-in
            #                         over its points ("Förslag om gemensamma rutiner:" / "1. ...")
        if t.endswith(":") and len(words) <= 6 and not _FINITE_VERB.search(ln.key) and not t[:-1].endswith(":"):
            t = t[:-1].rstrip()     # "Kompetensförsörjning:" over its text: the heading without its colon
        # (a noun phrase with its stop alone between blank lines over a paragraph of prose: "Föredragning av
        # lägesrapport om konsultationsmodellen." / "" / "Kristin Holm och ... föredrog lägesrapporten. ...")
        if t.endswith(".") and not t.endswith("..") and 2 <= len(words) <= 10 and not sub \
                and not (_FINITE_VERB.search(ln.key) or _SENTENCE_VERB.search(ln.key) or _PASSIVE_VERB.search(ln.key)) \
                and fold(words[0]) not in GIVEN_NAMES and self._sentence_after_gap(n) \
                and len(self.L(n + 2).text.split()) >= 6 and (n == 1 or self.L(n - 1).blank):
            t = t[:-1]
        # (a comma before a word or two in lower case is the title's: "Gemensam journal, lägesrapport")
        titled_comma = t.count(",") == 1 and bool(re.fullmatch(r"[a-zåäöé][\wåäöé-]*(?:\s+[a-zåäöé][\wåäöé-]*){0,3}",
                                                               t.split(",")[1].strip())) \
            and not plausible_name(t.split(",")[0].strip()) and not self.orgs.resolve(t.split(",")[0].strip())
        if t.endswith((".", ",", ";", ":")) or "," in t and not titled_comma or "://" in t or "@" in t \
                or t[:1].isdigit():
            return False
        if t.endswith("!") and _FINITE_VERB.search(ln.key):
            return False        # an exclamation with its verb ("X som är mötesledare hälsar alla välkomna!")
        # (a range of years is a title's: "Länsgemensam plan för välfärdsteknik 2076-2079")
        if _DATE_RE.search(t) or _ISO_RE.search(t) \
                or re.search(r"\d{5}|\d[ /-]\d", re.sub(r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b", "", t)):
            return False
        if fold(t) in ("bildspel",) or _PROCEDURAL.match(fold(t).strip(" :")):
            return False
        # (or a short one, its verb last or second, where Swedish puts it: "Dagordningen fastställdes", "Till justerare
        # valdes Per Ek")
        if (len(words) >= 7 or _SENTENCE_VERB.fullmatch(ln.key.split()[-1] if ln.key.split() else "")
                or _SENTENCE_VERB.search(" ".join(ln.key.split()[1:3]))) \
                and _SENTENCE_VERB.search(ln.key) or (stop := re.search(r"[a-zåäö]\.\s+(?=[A-ZÅÄÖ])", t)) \
                and _FINITE_VERB.search(kw(t[:stop.start() + 1], self.lx)) and _FINITE_VERB.search(kw(t[stop.end():],
                                                                                                     self.lx)):
            return False            # a sentence its stop was left off ("Anna Holm (Org) utses att jämte ordförande
            # justera dagens protokoll"), or two, the last one's ("Protokollet är justerat. Justeringen har
            # tillkännagivits genom anslag"): no heading
        # (a person's doing, her name and its verb in the past after a title or none, a sentence of seven words or
        # more whose stop a protocol leaves off: "Ordförande Emmy Ahlstedt hälsade alla välkomna och öppnade
        # konferensen")
        if len(words) >= 7 and (who := re.match(r"^(?:[A-ZÅÄÖ][a-zåäö]+\s+)?"
                                                r"([A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+){1,2})"
                                                r"\s+([a-zåäö]+(?:ade|de|te))\s", t)) \
                and plausible_name(who.group(1)) and fold(who.group(1).split()[0]) in GIVEN_NAMES | self.doc_given \
                and _FINITE_VERB.search(kw(who.group(2), self.lx)):
            return False
        if self._list_heading_kind(ln) and (self._names_ahead(n)[0] or not self._heads_prose(n)) \
                and not self._sentence_after_gap(n):
            return False            # "Ny ledamot" / "Övrigt" over a sentence, no names: an item's heading
        if re.match(r"^[=\-–—•*|]", t):
            return False
        if plausible_name(t) and (self.people.is_known(t) or fold(words[0]) in GIVEN_NAMES | self.doc_given):
            return False
        # a label and the person it names ("Justerare: Per Holm", "Vid anteckningarna: Eva Lund, Nybro kommun"): a
        # line of the signatures or a role's, no heading
        if (lab := re.match(r"^([^:]{2,40}):\s+(\S.*)$", t)) and self._accept_name(who := lab.group(2).split(",")[0]
                                                                                    .strip(" .")) \
                and plausible_name(who):
            return False
        nxt = self._next_text(n, len(self.lines))
        if nxt is not None:
            nt = self.L(nxt).text.lstrip("*[")
            if nt[:1].islower():
                return False
        if sub:
            prev = self._prev_nonblank(n)
            if prev is not None and item_number(self.L(prev).text) is None:
                pt = self.L(prev).text
                # a short standalone line right above (a heading) makes this a status line
                if len(pt) < 80 and not pt.endswith((".", ":", "?", "!")) and self.L(prev - 1).blank \
                        and (prev + 1 > len(self.lines) or self.L(prev + 1).blank):
                    return False
        return True

    def _last_content(self, a: int, b: int) -> int:
        last = a
        for m in range(a, min(b, len(self.lines)) + 1):
            t = self.L(m).text
            if t and not JUNK_LINE.search(t) and re.search(r"[a-zåäöé]{3}", t):
                last = m
        return last
