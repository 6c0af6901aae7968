"""Attendance read from tables: the grid of a vote ("Namn  Närvaro  Tjg  Ers"), a table of marks ("x" under
"Närvarande" or "Frånvarande"), a table of seats (ledamot / ersättare), a legend's table, and organisations'
blocks (an organisation's line over its people's names).
"""

from __future__ import annotations

import re

from ..names import fold
from .extract_agenda_numbering import item_number
from .extract_list_columns import _PRESENCE_HEAD, _SEAT_HEAD, _VOTE_HEAD, ABSENCE_HEAD
from .extract_model import AttendanceList, Entry, RulesBase
from .names_found import plausible_name


class ListTableRules(RulesBase):
    """Attendance read from a table's grid: votes, marks, seats, a legend, organisations' blocks."""

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
