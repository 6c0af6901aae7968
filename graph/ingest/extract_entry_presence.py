"""Presence in attendance lists (PresenceRules): a presence column ("x" / "-", in words, one per paragraph,
under a head of presence and one of absence, by the marks its head's legend gives, a check box), a table's head
with its gaps lost ("Uppdrag Ledamot Närvarande") and its rows, and the tails of list lines saying their person is
away ("(frånvarande)", "– förhinder"): those marked absent are people of the record, not attendance.
"""

from __future__ import annotations

import re
import unicodedata

from ..names import fold
from .extract_list_columns import _PRESENCE_HEAD, ABSENCE_HEAD
from .extract_model import Entry, Line, RulesBase
from .extract_text import _ROLE_RE
from .names_found import plausible_name
from .ocr_repair import kw

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

# a presence column first on a row, its mark apart from the name by a gap ("X   Anna Holm, Org", "-   Per Ek, Org",
# "Ja    Eva Lund"): a mark of one sign or the words yes and no, no bullet before a text (one space)
_LEADING_MARK = re.compile(r"^\s{0,3}(x|X|✓|✔|ja|Ja|JA|-|–|—|nej|Nej|NEJ)(?:\t|\s{2,})(?=[A-ZÅÄÖÉ])")


class PresenceRules(RulesBase):
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
