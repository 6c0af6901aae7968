"""Attendance lists: where each starts and ends, and the people named absent (a list's entries are read in
extract_entries.py). What a list is made of has a module of its own: its heading's words and shape
(extract_list_headings.py), a layout in columns or under a label (extract_list_columns.py), a table's grid
(extract_list_tables.py), presence told in sentences and roll calls (extract_list_prose.py).

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

import re
from dataclasses import replace

from ..names import fold, same_person
from .extract_agenda_numbering import item_number
from .extract_list_columns import _PRESENCE_HEAD, ListColumnRules, _cell_starts, _column_head
from .extract_list_headings import (
    _CHAIR_LABELS,
    _NOT_SERVING,
    _PAREN_TAIL,
    _SEAT_HEADINGS,
    ListHeadingRules,
    _heading_words,
)
from .extract_list_prose import _PRESENCE_TAIL, PresenceProseRules
from .extract_list_tables import ListTableRules
from .extract_model import AttendanceList, Column, Entry
from .extract_money import amount_spans
from .extract_text import (
    _INLINE_HEAD,
    _ORG_LEGEND,
    _PRESENTER_LABEL,
    _SIGNATURE,
    JUNK_LINE,
    LABEL_WITH_NOTE,
    PARTY_BRACKET,
    TITLE_BY_ENDING,
    _name_like,
)
from .names_found import GIVEN_NAMES, plausible_name
from .ocr_repair import kw
from .reconcile import REPORT_NOTE

_BULLET_RE = re.compile(r"^\s*[-–•*·▪]\s+")


def _ranges(lines: list[int]) -> str:
    """'3, 7-9' for the lines 3, 7, 8, 9."""
    out: list[str] = []
    for n in sorted(lines):
        if out and out[-1].split("-")[-1] == str(n - 1):
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)


class ListRules(ListHeadingRules, ListColumnRules, ListTableRules, PresenceProseRules):
    """A protocol's attendance: its lists found under their headings (`_list_headings`) and read with their
    entries, absences and gaps (`_attendance`); the mixins read headings, columns, tables and presence in prose."""

    def _from_report(self, entries: list[Entry]) -> bool:
        """The entries (one or more) are a meeting app's report's: each on a line with the times its person joined
        and left, none with an organisation or a role."""
        return bool(entries) and all(e.line in self.report_lines and not (e.org or e.role) for e in entries)


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
                    and all(c.rstrip().endswith((":", ";")) for c in ln.cells) \
                    and (kinds := [self._list_heading_kind(self.text_line(ln.n, c)) for c in ln.cells]) and all(kinds) \
                    and len(starts := _cell_starts(ln.raw)) == 2 \
                    and self._entry_of(self._side(ln.n + 1, ("L", starts[1]))) \
                    and self._entry_of(self._side(ln.n + 1, ("R", starts[1]))):
                # "Närvarande:      Ej närvarande:": two headings with their colons side by side over two columns of
                # names, no list after either colon (or a semicolon for the colon, "Närvarande;   Övriga närvarande;")
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
            # (a presence column last too, beside the heading's word: "Närvarande:   Namn   Organisation   Deltog")
            if len(ln.cells) >= 2 and ln.n not in items and not inside_agenda and all(
                    _column_head(c) or (named or k == len(ln.cells) - 1 and _column_head(ln.cells[1]))
                    and _PRESENCE_HEAD.fullmatch(fold(c).strip(" :")) for k, c in enumerate(ln.cells) if k):
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
                        or kind in ("ledamoter", "deltagare") and self._named_other(e, heading, column) \
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
        # (or a table's role column first naming the secretary or one co-opted, under the table's head row:
        # "Funktion   Namn   Organisation" / ... / "Sekreterare    Sofia Ek    Org"; a network's list of its members
        # with no head row names the member taking the notes so, "Sekreterare   Liv Holm   Mörbylånga kommun")
        # (or a role column after the name and its organisation: "Namn   Organisation   Roll   Närvaro" / ... /
        # "Viktor Eng   Polismyndigheten   adjungerad   X")
        cells = self._side(e.line, column).cells
        if len(cells) >= 2 and e.name in (c.strip() for c in cells[:2]) \
                and any(h in self.table_heads for h in range(e.line - 20, e.line)) and any(re.fullmatch(
                    r"sekreterare|sekr|protokollforare|adjungerad|adjungerade|gast|inbjuden", fold(c).strip(" .:"))
                    for c in cells if c.strip() != e.name):
            return True
        return e.org is None and e.role is None and e.note is None and bool(re.search(
            rf"\b{re.escape(e.name)},(?:\s+[a-zåäöé][\wåäöé-]*)*\s*\(?(?:sekreterare|sekr)\.?\)?\s*(?:[;,]|$)",
            self._side(e.line, column).text))


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
