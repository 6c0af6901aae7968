"""Lists laid out in columns: a table's head row and cells, and a label standing beside its values.

- head rows: column heads ("Namn  Organisation  Roll", "Närvarande  J  N"), a head row known by its shape, a
  legend's head, a paragraph column ("§ 4");
- cells: where a row's cells start, the side of a tab or a wide gap a value stands on;
- labels: "Övriga närvarande: X, Org" with its values running on below it, a label flush left with its values in
  the next column, a label in the middle of a line, a tight label over its column.
"""

from __future__ import annotations

import itertools
import re

from ..names import fold
from .extract_agenda_numbering import item_number
from .extract_entry_shapes import _without_part_note
from .extract_list_headings import _CHAIR_LABELS, LIST_HEADINGS, _heading_words
from .extract_model import Column, Entry, Line, RulesBase
from .extract_text import (
    _INLINE_HEAD,
    _ROLE_RE,
    PARTY_BRACKET,
    TITLE_BY_ENDING,
    _name_like,
)
from .names_found import plausible_name
from .ocr_repair import kw, strip_markup

# a running list's piece: the text between its commas, a comma inside brackets no end ("Anna Holm (Kalmar kommun,
# ordförande)")
_COMMA_PIECE = re.compile(r"(?:[^,(]|\([^()]*\))+")


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


# the heads of a presence and voting list's columns ("Namn  När-/varo  Tjg./ers.  Reservation  Omröstning  Ja  Nej
# Anteckning"), folded
_VOTE_HEAD = re.compile(r"namn|nar-?|varo|narvaro|narv|narvarande|nar- ?varo|tjg|ers|tjg ers|tjanstgor\w*|reservation"
                        r"|omrostninga?r?|ja|nej|avstar|avst|anteckning|anteckningar|jav|ja nej"
                        r"|(?:ordinarie )?(?:ledamot|ledamoter)|ersattare")


class ListColumnRules(RulesBase):
    """A list laid out in columns: head rows, cells, a label beside its values."""

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

    def _table_head(self, ln: Line) -> bool:
        """A table's column heads ("| Namn | Organisation |", "Namn<TAB>Roll<TAB>Organisation")."""
        if self.learned.is_table_head(ln.text):
            return True         # as an accepted protocol laid out alike headed its list ("Namn  Kommun/organisation")
        if self._spaced_head(ln):  # type: ignore[attr-defined]
            return True         # "Uppdrag Ledamot Närvarande": heads with their gaps lost
        if len(ln.cells) <= 1 and "," in ln.text and ln.text.rstrip().endswith(":"):
            return False        # "Närvaro, ordinarie ledamöter:": a list's heading and its kind, over the table
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
