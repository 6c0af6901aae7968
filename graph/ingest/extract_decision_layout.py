"""Where a decision stands on the page and how its text is cut out: a column of decisions beside the items'
text ("Ärende | Beslut"), a margin of item heads, a list of decision points under "beslutar att", a labelled
field ("Beslut:", "Förslag till beslut") and where it runs on, a decision log's table, an election by a seat's
label, paragraphs split into decisions, and the money above or below a decision that makes it funding.
"""

from __future__ import annotations

import itertools
import re

from ..names import fold
from .extract_agenda_numbering import item_number
from .extract_decision_words import (
    _ATT_CLAUSE,
    _ATT_POINT,
    _BARE_ATT,
    _BARE_CLAUSE,
    _BARE_INFINITIVE,
    _CARRIES_OUT_COSTED,
    _DECIDES_OVER_LIST,
    _DECISION_HEADING,
    _DECISION_LABEL,
    _LIST_POINT,
    _LOG_DECISION_HEADS,
    _LOG_NUMBER_HEADS,
    _MONEY_WORDS,
    _PROPOSAL_LABEL,
    _REPORTS_BACK,
    _SEAT_AND_NAME,
    _SEAT_WORD,
    _point_text,
)
from .extract_model import Decision, Item, RulesBase
from .extract_money import amount_spans, money_set_aside
from .names_found import plausible_name
from .ocr_repair import kw, repair_text, strip_markup

# the heads of minutes laid out as two columns, the matter and its notes left, the decision right ("Ärende/Notering
# ... Beslut"; folded)
# (the paragraph's sign or the item's word before it: "§ / Ärende", "Punkt/Ärende")
_MATTER_HEAD = re.compile(r"(?:(?:§|punkt|nr)\s*/?\s*)?"
                          r"(?:arende|arenden|notering|noteringar|anteckning|anteckningar|punkt|diskussion|behandling)"
                          r"(?:\s*(?:/|och|&)?\s*(?:notering|noteringar|anteckning|anteckningar|diskussion|behandling))?")


# (the notes before it: "Anteckning och beslut", "Noteringar/beslut")
_DECISION_HEAD = re.compile(r"(?:(?:anteckning|anteckningar|notering|noteringar)\s*(?:/|och|&)\s*)?"
                            r"(?:beslut(?:et)?(?:\s*(?:/|och|&)?\s*(?:atgard|atgarder|ansvarig))?|beslutat"
                            r"|atgard beslut)")


# a head of minutes in two columns: its line index, the right column's offset, that column's text per line index
ColumnHead = tuple[int, int, dict[int, str]]


def two_column_heads(raws: list[str]) -> list[ColumnHead]:
    """Each head of minutes in a matter and a decision column ("Ärende/Notering      Beslut"): its line index, the
    decision column's offset and, per line index under it, that column's text (read once per document, for
    `item_text_column` and `decision_column`)."""
    found: list[ColumnHead] = []
    for i, raw in enumerate(raws):
        cells = [c for c in re.split(r"\s{2,}", raw.strip()) if c]
        if len(cells) != 2 or not _MATTER_HEAD.fullmatch(fold(cells[0]).strip(" :")) \
                or not _DECISION_HEAD.fullmatch(fold(cells[1]).strip(" :")):
            continue
        c = raw.rindex(cells[1])
        if c < 30:
            continue
        right = {j: r[c:].strip() for j in range(i + 1, len(raws)) if len(r := raws[j]) > c and r[c:].strip()
                 and r[c - 2:c] == "  " and not r[c - 1].strip() and r[c] != " "}
        found.append((i, c, right))
    return found


def margin_item_heads(raws: list[str]) -> list[ColumnHead]:
    """Minutes with no head over their two columns, each item's number and title in the left margin and its text
    right from one offset ("1 Konferensens öppnande   Emmy Holm hälsade ..." / "                          och inbjudna
    välkomna ..."): read as if a head stood over the first item (three items or more so laid out, the text's column
    at the same offset), for `item_text_column`."""
    at: dict[int, list[int]] = {}
    for i, raw in enumerate(raws):
        # (a sentence after it, one cell of five words or more: not a table of contents' page number, "§ 9  Mötets
        # öppnande        4", nor an agenda table's columns, "2   Budget      Per Ek      Planen antas.")
        if (m := re.match(r"((?:§\s*)?\d{1,3}[.)]?\s+[A-ZÅÄÖ]\S*(?: \S+)*?)\s{2,}(?=\S)", raw)) and m.end() >= 15 \
                and len(raw[m.end():].split()) >= 5 and not re.search(r"\S\s{2,}\S", raw[m.end():].rstrip()):
            at.setdefault(m.end(), []).append(i)
    c, rows = max(at.items(), key=lambda kv: len(kv[1]), default=(0, []))
    if len(rows) < 3:
        return []
    first = rows[0]
    right = {j: r[c:].strip() for j in range(first, len(raws)) if len(r := raws[j]) > c and r[c:].strip()
             and r[c - 2:c] == "  " and r[c] != " "}
    return [(first - 1, c, right)]


def _headings_alone_left(raws: list[str], i: int, c: int, right: dict[int, str]) -> bool:
    """The left column under the head at line index i holds the items' headings alone ("§7 Ekonomi"), the right one
    all their text: a table of the items and their minutes, not of the matter and its decision."""
    lefts = [raws[j][:c].strip() for j in range(i + 1, _table_end(raws, i, c, right) + 1) if raws[j][:c].strip()]
    return bool(lefts) and all(_ITEM_HEADING_CELL.match(t) for t in lefts)


# an item's heading in a table's left column ("§7 Ekonomi", "3. Budget")
_ITEM_HEADING_CELL = re.compile(r"(?:§\s*)?\d{1,3}[.)]?\s+[A-ZÅÄÖ]")


def _table_end(raws: list[str], i: int, c: int, right: dict[int, str]) -> int:
    """The last line index of the two-column table under the head at line index i: the right column's last line
    before the first text at the left margin that is no item's heading after the last heading (the signatures under
    the table, "Vid protokollet      Justeras", are none of it)."""
    end = max(right, default=i)
    heads = [j for j in range(i + 1, end + 1) if _ITEM_HEADING_CELL.match(raws[j][:c].strip())]
    if not heads:
        return end
    after = next((j for j in range(heads[-1] + 1, end + 1)
                  if raws[j][:c].strip() and not _ITEM_HEADING_CELL.match(raws[j][:c].strip())), None)
    return end if after is None else max([heads[-1], *(j for j in right if j < after)])


def item_text_column(raws: list[str], heads: list[ColumnHead]) -> tuple[dict[int, tuple[str, str]], set[int]]:
    """Minutes as a table of each item's heading left and its whole text right under a head naming a matter and a
    decision column ("Ärende      Beslut / åtgärd" / "§7 Ekonomi      Katrin Holm gick igenom ekonomin." / "
    Gruppen har 640 000 kronor ..."): per row's line index its heading (or "" under it) and its text, and the
    head's line index as the table's furniture, as `item_table_rows` gives an agenda table's; or ({}, set()).
    `heads`: the document's `two_column_heads`."""
    for i, c, right in heads:
        if len(right) >= 2 and _headings_alone_left(raws, i, c, right):
            end = _table_end(raws, i, c, right)
            return {j: (raws[j][:c].strip(), text) for j, text in right.items() if j <= end}, {i}
    return {}, set()


def decision_column(raws: list[str], heads: list[ColumnHead]) -> tuple[int | None, dict[int, str]]:
    """Minutes laid out as two columns under a head naming them ("Ärende/Notering      Beslut"): the matter, its
    notes and the items' headings left, each decision right, beside the lines it concerns ("1.2 Föregående
    protokoll" / "  Protokollet ... föredrogs.      Att lägga protokollet till" / "      handlingarna."). The head's
    line index and, per line index, the decision column's text (two such lines or more), or (None, {}). `heads`: the
    document's `two_column_heads`."""
    for i, c, right in heads:
        # (not where the left column holds the items' headings alone: `item_text_column`)
        if len(right) >= 2 and not _headings_alone_left(raws, i, c, right):
            return i, right
    return None, {}


class DecisionLayoutRules(RulesBase):
    """Where a decision stands: a column beside the items, a list of points, a labelled field, a log."""

    def _decision_points(self, it: Item, own_end: int, item_no: int | None) -> set[int]:
        """A decision said over the list of its points ("Mötet beslutar:" / "1. Budgeten fastställs." / "2. X får i
        uppdrag att ..."): each point a decision of its own, of the kind its own words give (money only where the
        point names it). The lines taken (the saying and its points), for the item's sentences to pass over."""
        assert self.ex is not None
        taken: set[int] = set()
        m = self._text_start(it)
        while m <= own_end:
            t = self.L(m).text.rstrip()
            k = f"{fold(t)}:" if t.endswith(":") else ""      # (the colon, which the folded key leaves out)
            # (or a heading of the decision alone over its points: "Beslut", "Mötets beslut", "Beslutet")
            # (or a body deciding with nothing after its verb: "Mötet beslutar" / "1. ...")
            # (or over infinitive points after its "att": "Länsgemensam ledning beslutar att" / "1. Fastställa ...")
            if _DECISION_HEADING.fullmatch(fold(t)) \
                    or re.fullmatch(r"(?:\w+\s+){1,3}(?:beslutar|beslutade|beslot)(?:\s+foljande|\s+att)?", fold(t)):
                k = f"{fold(t)}:"
            first = self._next_nonblank(m, own_end)
            # (a page break between the heading and its points: the page's furniture and blank lines)
            while first is not None and self.L(first).layout:
                first = self._next_nonblank(first, own_end)
            if not _DECIDES_OVER_LIST.search(k) or first is None \
                    or first > m + 2 and any(not (self.L(q).blank or self.L(q).layout) for q in range(m + 1, first)):
                m += 1
                continue
            # the points: all of one kind, "att" clauses marked as points or other points
            point = _ATT_POINT if _ATT_POINT.match(self.L(first).text) else _LIST_POINT
            # (or "att" clauses unmarked, one a line, none joined to the next by "samt", "och" or a comma: "Mötet
            # beslutade" / "att föreslå X att ..." / "att Y får i uppdrag att ...", each a decision)
            second = self._next_nonblank(first, own_end)
            if not point.match(self.L(first).text) and _BARE_ATT.match(self.L(first).text) and second == first + 1 \
                    and _BARE_ATT.match(self.L(second).text) \
                    and not re.search(r"(?:,|;|\bsamt|\boch)\s*$", self.L(first).text) \
                    and not re.search(r"\s(?i:att)$", t):
                point = _BARE_ATT
            if not point.match(self.L(first).text):
                m += 1
                continue
            points: list[tuple[int, int, str]] = []
            p = first
            while p is not None and p <= own_end and (pm := point.match(self.L(p).text)):
                q, text = p, _point_text(pm)
                # (past a comma too where the line under it goes on in lower case: "... psykisk hälsa 2090," /
                # "varav 600 000 kronor från ...")
                while q + 1 <= own_end and not self.L(q + 1).blank and not point.match(self.L(q + 1).text) \
                        and not text.rstrip().endswith((".", "!", "?")) \
                        and (not text.rstrip().endswith((",", ";")) or re.match(r"\s*[a-zåäö]", self.L(q + 1).text)):
                    q += 1          # the point wrapped over the next line
                    text = f"{text} {self.L(q).text.strip()}"
                points.append((p, q, text))
                nxt = self._next_nonblank(q, own_end)
                p = nxt if nxt is not None and nxt <= q + 2 else None
            if point is _ATT_POINT or re.search(r"\s(?i:att)$", t):     # (not "beslutar att:", a colon ending it)
                # "Gruppen beslutar" / "– att ...", "Ledningen beslutar att" / "1. Fastställa ...": the first clause
                # completes its line
                points[0] = (m, *points[0][1:])
            # (the money the item's text above the heading states: a point's carrying out the proposal that costs it
            # or granting it, "1. Gruppen fastställer fördelningen enligt förslaget.")
            above = self._money_above(it, m) or self._money_below(it, m, points[-1][1], own_end)
            for a, b, text in points:
                text = re.sub(r"(?:,|;)?\s*(?:samt|och)?\s*$", "", text.rstrip()) if point in (_ATT_POINT, _BARE_ATT) \
                    else text
                sentence = f"Beslut: {text}"
                key = kw(sentence, self.lx)
                costed = above and not amount_spans(text) and bool(re.search(_CARRIES_OUT_COSTED, key)) \
                    and not re.search(_REPORTS_BACK, key)   # ("Att X återrapporterar fördelningen": a task)
                d = self._decision_of(sentence, key, (a, b), it, item_no, costed)
                if d is not None:
                    self.ex.decisions.append(d)
            taken.update(range(m, points[-1][1] + 1))
            m = points[-1][1] + 1
        return taken

    def _row_cells(self, it: Item) -> list[str]:
        """An item that is a row of an agenda table ("2   Handlingsplan   Bertil Ek   Planen antas."): the
        cells after its title that are sentences (the row's decision column); none for any other item."""
        ln = self.L(it.lines[0])
        if it.lines[0] != it.lines[1] or len(ln.cells) < 3:
            return []
        cells = [c for c in ln.cells[2:] if c.rstrip().endswith(".") and len(c.split()) >= 2]
        head = it.lines[0]
        while head > 1 and len(self.L(head - 1).cells) >= 3:
            head -= 1           # the table's first row: its head, if it names a decision column ("Beslut")
        if head < it.lines[0] and any(fold(c) in ("beslut", "beslutet", "beslut fattat")
                                      for c in re.split(r"\t| {2,}|\s\|\s", self.L(head).text.strip(" |"))):
            cells = [f"Beslut: {c}" for c in cells]
        return cells

    def _column_decisions(self, it: Item, own_end: int, item_no: int | None) -> None:
        """The decisions of minutes laid out as matter and decision columns (`decision_column`) beside the item's
        lines: each run of the column's lines one decision, a new one at each "Att ..." opening a line."""
        assert self.ex is not None
        def goes_on(m: int) -> bool:    # line m's text continues the decision on the line above
            return m - 1 in self.column_decisions and not re.match(r"Att\s", self.column_decisions[m]) \
                and not self.column_decisions[m - 1].rstrip().endswith(".")

        runs: list[list[int]] = []
        for n in range(it.lines[0], own_end + 1):
            if n not in self.column_decisions:
                continue
            if runs and runs[-1][-1] == n - 1 and goes_on(n):
                runs[-1].append(n)
            else:
                runs.append([n])
        for run in runs:
            # (the decision wrapped past the item's text: "Att X ersätter Isabell" / "      Lindalen som ledamot ...")
            while (m := run[-1] + 1) in self.column_decisions and self.L(m).blank and goes_on(m):
                run.append(m)
            text = " ".join(self.column_decisions[n] for n in run)
            text = re.sub(r"(\w)- (\w)", r"\1\2", text)
            sentence = f"Beslut: {text}"
            costed = money_set_aside(text) or self._money_above(it, run[-1] + 1)
            d = self._decision_of(sentence, kw(sentence, self.lx), (run[0], run[-1]), it, item_no, costed)
            if d is not None:
                d.text = repair_text(text, self.lx)
                self.ex.decisions.append(d)

    def _money_below(self, it: Item, n: int, last: int, own_end: int) -> bool:
        """Whether the item's text opens with its decision at line n (only its heading's lines and the decision's
        label, "Beslut", between the heading and n) and names money set aside below it (after line `last`, the
        decision's, to the item's end): a template putting the decision first and its description after."""
        return self._decision_first(it, n) and any(money_set_aside(self.L(q).text)
                                                   for q in range(last + 1, own_end + 1))

    def _decision_first(self, it: Item, n: int) -> bool:
        """The item's text opens with its decision at line n: only its heading's lines and the decision's label
        ("Beslut") stand between the item's heading and n."""
        return all(self.L(q).blank or self._label_line(q)
                   or _DECISION_HEADING.fullmatch(fold(self.L(q).text).strip(" :"))
                   or re.fullmatch(r"(?:dnr|diarienummer)\b.*", fold(self.L(q).text).strip())
                   for q in range(it.lines[0] + 1, n))

    def _proposal_costed(self, it: Item, key: str, n: int) -> bool:
        """The decision's clause carries out, in the same words, a proposal the item's text above line n costs
        ("... ett förslag om att inrätta ett permanent team för trygg hemgång ... Kostnaden för 2091 beräknas till
        1,2 mnkr ..." / "... besluta att inrätta ett permanent team för trygg hemgång ..."): five words of the
        clause after its "att" stand so above, and money is set aside there."""
        clause = re.search(r"\bbesl\w*\s+att\s+((?:[\wåäö-]+\s+){4}[\wåäö-]+)", key)
        if clause is None or not self._money_above(it, n):
            return False
        above = re.sub(r"\s+", " ", " ".join(self.L(q).key for q in range(it.lines[0] + 1, n)))
        return bool(re.search(r"\batt\s+" + re.escape(clause.group(1)) + r"\b", above))

    def _money_above(self, it: Item, n: int) -> bool:
        """Whether the item's text above line n (from the line after its title) names money set aside; in an item of
        numbered cases ("31/ Gamleby IF ansöker om medel ..."), the case's own text only."""
        start = max([it.lines[0] + 1] + [q for q in range(it.lines[0] + 1, n)
                                         if re.match(r"\d{1,3}/\s+[A-ZÅÄÖ]", self.L(q).text)])
        return any(money_set_aside(self.L(q).text) for q in range(start, n))

    def _points_first(self) -> None:
        """A template putting each item's decisions first, as numbered points right under its title, the account
        after them ("27 Brukarpriset" / "1. Brukarpriset 2055 delas inte ut." / "Gruppen brukar varje år ..."): where
        three items or more open so and two or more of those first points already read as decisions by their own
        words, the first points of the others are decisions too (the layout says so, whatever their words)."""
        assert self.ex is not None
        opening: list[tuple[Item, int]] = []
        for it in self.ex.items:
            head = it.title_line or it.lines[0]
            first = self._next_nonblank(head, it.lines[1])
            if first is not None and first == head + 1 and re.match(r"1\.\s+[A-ZÅÄÖ]", self.L(first).text.strip()) \
                    and self.L(first).text.rstrip().endswith("."):
                opening.append((it, first))
        decided = {n for d in self.ex.decisions for n in range(d.lines[0], d.lines[1] + 1)}
        if len(opening) < 3 or sum(first in decided for _it, first in opening) < 2:
            return
        for it, first in opening:
            if first in decided:
                continue
            text = re.sub(r"^1\.\s+", "", self.L(first).text.strip())
            kind = "funding" if amount_spans(text) else "other"
            self.ex.decisions.append(Decision(kind, (first, first), repair_text(text, self.lx),
                                              it.n if it.n is not None else it.parent))

    def _titles_deciding(self) -> None:
        """An item whose heading is its decision, no text under it ("§ 2 Helene Wendell utses att justera
        protokollet" / "§ 3 ..."): the heading's sentence, where it reads as one and the item records none (text
        under it where the heading's line is that sentence alone, "9. §  X ersätter Y som ledamot i rådet." /
        "Förändringen gäller från ...")."""
        assert self.ex is not None
        decided = {n for d in self.ex.decisions for n in range(d.lines[0], d.lines[1] + 1)}
        for it in self.ex.items:
            head = it.title_line or it.lines[0]
            # (a heading whose line is its sentence alone, "§ 33 Justeringspersoner Isabell och Karin A.", too)
            rest = self.L(head).text.strip().rstrip(".")
            whole = it.lines[0] in self.inline_heads and rest.endswith(it.title.rstrip("."))
            if it.lines[0] in self.inline_heads and not whole or any(it.lines[0] <= n <= it.lines[1] for n in decided) \
                    or self._next_nonblank(head, it.lines[1]) is not None and not whole or len(it.title.split()) < 4:
                continue
            key = kw(it.title, self.lx)
            if not re.search(r"\b(?:utses|utsags|valdes|omvaldes|valjs|valjes|ersatter|godkanns|godkandes|faststalls"
                             r"|faststalldes)\b"
                             r"|^(?:justeringspersoner|justeringsperson|justerare)\b", key):
                continue
            if (d := self._decision_of(it.title.rstrip(".") + ".", key, (head, head), it, it.n)) is not None:
                self.ex.decisions.append(d)

    def _decision_log(self) -> None:
        """A table of the decisions apart from the items ("Beslutslogg" / "| Nr | Beslut | Ansvarig |"): a head
        row with an item-number column first ("Nr", "§", "Punkt", "Ärende") and a decision column ("Beslut");
        each row under it, up to a blank line, a decision of the item its first cell numbers (money decided
        where that item states money)."""
        assert self.ex is not None
        items = {it.n: it for it in self.ex.items if it.n is not None}
        taken = {n for d in self.ex.decisions for n in range(d.lines[0], d.lines[1] + 1)}
        for head in self.lines:
            cells = [fold(c).strip(" |") for c in head.cells]
            if len(cells) < 2 or cells[0] not in _LOG_NUMBER_HEADS \
                    or not (col := next((k for k, c in enumerate(cells) if c in _LOG_DECISION_HEADS), 0)):
                continue
            m = head.n + 1
            while m <= len(self.lines) and not self.L(m).blank:
                row = self.L(m).cells
                num = re.fullmatch(r"(?:§\s*)?(\d{1,3})\.?", row[0].strip(" |")) if row else None
                # (a dash, or nothing, for the item's number: a decision of the meeting no item is named for)
                unnumbered = bool(row) and re.fullmatch(r"[-–—]?", row[0].strip(" |")) is not None
                cell = row[col].strip(" |") if (num or unnumbered) and len(row) > col else ""
                if (num or unnumbered) and m not in taken and len(cell.split()) >= 2 \
                        and (num or cell.rstrip().endswith(".")):      # (no number: a sentence only)
                    it = items.get(int(num.group(1))) if num else None
                    money = bool(it) and any(amount_spans(self.L(k).text) for k in range(it.lines[0], it.lines[1] + 1))
                    d = self._decision_of(f"Beslut: {cell}", kw(f"Beslut: {cell}", self.lx), (m, m),
                                          it, int(num.group(1)) if num else None, money) if it or unnumbered else None
                    if d is not None:
                        self.ex.decisions.append(d)
                m += 1

    def _elected_by_label(self, it: Item, own_end: int, item_no: int | None, first_new: int) -> None:
        """An item of electing ("Val av mötesfunktionärer") whose text is its seats' labels and the names elected
        ("- ordförande: Rune Holm" / "- sekreterare: Sofia Ek", "a)   Ordförande      Karin Holm"): one decision over
        those lines, where no decision of the item was read there."""
        assert self.ex is not None
        if not re.match(r"(?:val|utseende)\s+(?:av|till)\b", kw(it.title, self.lx)):
            return
        labelled = [m for m in range(self._text_start(it), own_end + 1)
                    if (row := _SEAT_AND_NAME.match(self.L(m).text)) is not None
                    and _SEAT_WORD.search(kw(row.group("seat"), self.lx))
                    and plausible_name(re.split(r",|\s+och\s+|\s{2,}|\s*\(", row.group("names"))[0].strip(" ."))]
        if not labelled:
            return
        span = (labelled[0], labelled[-1])
        if any(d.lines[0] <= span[1] and span[0] <= d.lines[1] for d in self.ex.decisions[first_new:]):
            return
        text = " ".join(self.L(m).text.strip() for m in range(span[0], span[1] + 1) if not self.L(m).blank)
        self.ex.decisions.append(Decision("other", span, repair_text(text, self.lx), item_no))

    def _join_sentence(self, d: Decision, sentence: str, span: tuple[int, int]) -> None:
        """A sentence after a decision that is part of it (a task given after it, the body granting it): its text and
        lines joined to the decision's."""
        d.text = f"{d.text.rstrip()} {repair_text(sentence, self.lx)}"
        d.lines = (d.lines[0], max(d.lines[1], span[1]))

    def _as_proposed(self, key: str, ahead: str, first: int, it: Item, item_no: int | None,
                     span: tuple[int, int]) -> Decision | None:
        """A decision "according to the proposal" ("Beslut: Enligt förslag.", "Beslut: Bifall till förslaget.") under
        the proposal it takes ("Förslag: Förbundsstyrelsen fastställer fördelningen ..."): the proposal's decision,
        its kind and text, from the proposal's label to the decision."""
        if not re.fullmatch(r"beslut:?\s+(?:enligt|i enlighet med|bifall till)\s+(?:\w+\s+)?(?:forslag|forslaget"
                            r"|forslagen)\s*", key):
            return None
        prop = re.search(r"(?:^|\s)" + _PROPOSAL_LABEL + r"\s*(\S.*)$", ahead.strip(), re.I | re.S)
        label = next((m for m in range(first - 1, it.lines[0], -1)
                      if re.match(r"\s*" + _PROPOSAL_LABEL, self.L(m).text, re.I)), None)
        if prop is None or label is None:
            return None
        text = re.sub(r"\s+", " ", prop.group(1)).strip()
        sentence = f"Beslut: {text}"
        d = self._decision_of(sentence, kw(sentence, self.lx), (label, span[1]), it, item_no,
                              bool(amount_spans(text)) or self._money_above(it, label))
        if d is not None:
            d.text = repair_text(text, self.lx)
        return d

    def _split_paragraphs(self, paras: list[tuple[list[int], str, list[int]]]
                          ) -> list[tuple[list[int], str, list[int], str]]:
        """The paragraphs cut where a line opens a sentence of its own though the line before ends none: a line
        opening with the decision's label ("- Regionens del: 2,3 MSEK" / "Beslut: Medlen fördelas ..."), or a line
        of text after a list's points ("- Utbildning: 800 000 kr" / "Medlen fördelas enligt förslaget."); with each
        part, the paragraph's text before it (what the paragraph says ahead of the decision: its money)."""
        point = re.compile(r"^\s*(?:[-–•*·▪]|\d{1,2}[.)])\s+\S")
        out: list[tuple[list[int], str, list[int], str]] = []
        for lines, text, offsets in paras:
            cuts = [0] + [i for i in range(1, len(lines))
                          if re.match(_DECISION_LABEL, strip_markup(self.L(lines[i]).text), re.I)
                          or (point.match(self.L(lines[i - 1]).text) and not point.match(self.L(lines[i]).text)
                              # (not an item's heading with its text run on, wrapped: "2. VAL AV JUSTERARE: ... valdes
                              # Lena" / "Sjöstrand.")
                              and lines[i - 1] not in self.inline_heads
                              and self.L(lines[i]).text.strip()[:1].isupper()
                              and not self.L(lines[i - 1]).text.rstrip().endswith((".", ":", "!", "?")))
                          or self._bare_clause(lines[i])
                          # (under the decision's heading alone on its line, a bare infinitive in lower case:
                          # "Beslut" / "fastställa ärendelistan."; or a verb whose subject the heading names:
                          # "Arbetsutskottets beslut" / "överlämnar ärendet till nämnden ...")
                          or _DECISION_HEADING.fullmatch(fold(self.L(lines[i - 1]).text.strip()))
                          and (_BARE_INFINITIVE.match(self.L(lines[i]).text.strip())
                               or self.L(lines[i]).text.strip()[:1].islower())
                          or (self._field_line(lines[i - 1]) or self._field_line(lines[i]))
                          and self.L(lines[i]).text.strip().lstrip("-–•*·▪ ")[:1].isupper()
                          and not self.L(lines[i - 1]).text.rstrip().endswith((".", "!", "?"))
                          and not self._field_runs_on(lines[i - 1])] \
                + [len(lines)]
            # (a lettered point opens what the paragraph says ahead of its decision: "a." / "... 5 400 000 kronor ..."
            # / "Beslut: ..." / "b. X redovisade uppföljningen." / "Beslut: ...": b's decision decides none of a's
            # money)
            lettered = [i for i in range(len(lines)) if re.match(r"\s*[a-h][.)](?:\s|$)", self.L(lines[i]).text)
                        and (i == 0 or self.L(lines[i - 1]).text.rstrip().endswith((".", ":", "!", "?")))]
            for a, b in itertools.pairwise(cuts):
                if a == b:
                    continue
                start, stop = offsets[a], (offsets[b] - 1 if b < len(lines) else len(text))
                base = offsets[max((i for i in lettered if i <= a), default=0)]
                out.append((lines[a:b], text[start:stop], [o - start for o in offsets[a:b]], text[base:start]))
        return out

    def _bare_clause(self, n: int) -> bool:
        """Line n opens a decision's clause whose "beslutar att" a margin lost: a bare infinitive of deciding in
        lower case, after a sentence's end ("... skrivelser." / "lägga delgivningarna till handlingarna.")."""
        text = self.L(n).text.strip()
        prev = self._prev_nonblank(n)
        # (the clause's "att" kept after a sentence's end: "... 700 tkr." / "att fördela medlen enligt förslaget.";
        # after a colon it is the clause of the decision said above, "Gruppen beslutar:" / "att avsätta ...")
        att = self.L(n).key.startswith("att ")
        # (or the item's text opening with it, right under the numbered heading: "§ 2  Fastställande av dagordning" /
        # "att fastställa dagordningen")
        # (a clause of its own forms, "att till ordförande utse X.", after a sentence's end or a list of those
        # present it fixes: "Sanna Julin, Sveriges Kommuner och Regioner" / "att fastställa närvarolistan.")
        clause = re.sub(r"^att\s+", "", self.L(n).key)
        # (or a sub-item's heading: "2.1 Ordförande och vice ordförande" / "att till ordförande utse X.")
        listed = att and prev is not None and self.ex is not None \
            and (any(e.line == prev for lst in self.ex.attendance for e in lst.entries)
                 or any(prev in (it.lines[0], it.title_line) for it in self.ex.items))
        # (a conference's clause capitalised on a line of its own: "Att bevilja tjänstepersonerna yttranderätt.")
        # (or, in lower case, right under the item's heading, the minutes' every decision so: "2 Val av
        # sekreterare" / "välja Marie Ragnarson att föra protokoll under mötet")
        under_heading = not att and prev is not None and self.ex is not None and text[:1].islower() \
            and any(prev in (it.lines[0], it.title_line) for it in self.ex.items)
        return (text[:1].islower() or text.startswith("Att ")) \
            and bool(_BARE_CLAUSE.match(clause) or att and _ATT_CLAUSE.match(clause)) \
            and (prev is None or self.L(prev).text.rstrip().endswith((".",) if att else (".", ":"))
                 or att and item_number(self.L(prev).text) is not None or listed or under_heading)

    def _field_runs_on(self, n: int) -> bool:
        """A field's value on line n a sentence wrapped mid-way, a word in lower case ending the line ("Beslut:
        Länsgemensam ledning beslutar att Simon Edborg, Hultsfreds kommun, ersätter" / "Rebecka Nilsson som ...")."""
        label = re.match(r"^[^:]{1,40}:\s+(?P<value>\S.*)$", strip_markup(self.L(n).text).strip())
        # (or any decision's label, the sentence wrapped after a word in lower case: "Ledningens beslut: Till
        # protokolljusterare valdes Patrik Holm och" / "Johanna Fors.")
        return bool(label and re.search(r"[a-zåäö]$", label.group("value"))
                    and (len(label.group("value").split()) >= 6
                         and re.search(r"\b(?:beslutar|beslutade|beslöt|att)\b", label.group("value"))
                         or len(label.group("value").split()) >= 4
                         and re.match(_DECISION_LABEL, strip_markup(self.L(n).text), re.I)))

    def _field_line(self, n: int) -> bool:
        """A line of a field and its value ("Diarienummer: RS 2030/12", "Beslutsförslag: ...", "Totalt: 1 200 000
        kronor") or the decision's heading alone ("Beslut"): a unit of its own, never the start of the sentence on
        the next line."""
        t = strip_markup(self.L(n).text).strip()
        return bool(re.match(r"^[A-ZÅÄÖ][\wåäöé]*(?:\s+[\wåäöé]+){0,3}\s*:\s+\S", t)
                    or not t.endswith(":") and _DECISION_HEADING.fullmatch(fold(t).strip()))  # ("Beslut:" labels)

    def _att_clauses(self, d: Decision, end: int) -> None:
        """'Ledningen beslutar' over its clauses on lines of their own ("att anta planen, samt" / "att uppdra åt
        ..."), blank lines between: the decision runs to its last clause and says them."""
        m = d.lines[1]
        while (nxt := self._next_nonblank(m, end)) is not None and \
                re.match(r"^[-–•*]?\s*att\b", self.L(nxt).text):
            m = nxt
            while m + 1 <= end and not self.L(m + 1).blank and not re.match(r"^[-–•*]?\s*att\b", self.L(m + 1).text):
                m += 1          # the clause wrapped over the next lines
        if m > d.lines[1]:
            more = " ".join(self.L(i).text.lstrip("-–•* ") for i in range(d.lines[1] + 1, m + 1)
                            if not self.L(i).blank)
            d.text = f"{d.text.rstrip(' :.')} {repair_text(more, self.lx)}"
            d.lines = (d.lines[0], m)
            if d.kind == "other" and (amount_spans(more) or re.search(_MONEY_WORDS, kw(more, self.lx))):
                d.kind = "funding"      # "att fördela 500 000 kronor ...": money decided
