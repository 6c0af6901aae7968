"""Presence told in sentences rather than listed under a heading: "Närvarande vid mötet var X, Y och Z",
"X hade anmält förhinder", guests welcomed by name, presence under an item ("Upprop", "Närvaro"), bullets of
people present, a roll call's rows, the officers of a meeting in one line; the names in such a sentence with their
organisations and titles.
"""

from __future__ import annotations

import re

from ..names import fold
from .extract_list_headings import _ROLL_CALL_TITLE
from .extract_model import AttendanceList, Entry, Extraction, Line, RulesBase
from .extract_replacements import word_of_body
from .extract_text import (
    _INLINE_HEAD,
    _ROLE_RE,
    CHAIR_ROLES,
    GROUP_TYPES,
    PARTY_BRACKET,
    TITLE_BY_ENDING,
    TITLE_LETTERS,
    _name_like,
    _sentences,
    dots_optional,
    ocr_letters,
)
from .names_found import GIVEN_NAMES, plausible_name
from .ocr_repair import kw

# a verb of presence opening a sentence of names ("Närvarande var ...", "Från X deltog ...", "medverkade")
# (the meeting named between: "Närvarande vid mötet var ...")
# (or among those present: "Bland de närvarande fanns X (Org), Y (Org) ...")
_PRESENCE_VERB = re.compile(dots_optional(r"\b(?:(?:bland\s+de\s+)?närvarande\s+"
                                          r"(?:(?:vid|på)\s+(?:mötet|sammanträdet|träffen)\s+)?"
                            r"(?:var|voro|är|fanns)"
                            r"|närvarade|deltog|medverkade"
                            # (a report's "På plats fanns bland andra A, Org, ...", "På plats var A och B")
                            r"|på\s+plats\s+(?:fanns|var|voro)"
                            # (or in a capacity: "Som adjungerade finns A, Org, och B, Org.", "Som tjänstgörande
                            # ersättare deltog C (KD).")
                            r"|som\s+(?:[a-zåäö]+\s+){0,2}?(?:adjungerade?|gäster|gäst|ersättare|sekreterare)\s+"
                            r"(?:finns|fanns|var|voro|deltog|närvarade|medverkade))\b\s*(?::\s*)?"), re.I)


# the meeting itself opening a sentence of presence, its day and place after it ("På tisdagens möte, den 23 november
# i Kalmar, deltog ...", "Vid mötet deltog ...", "Under träffen medverkade ...")
_AT_THE_MEETING = re.compile(r"\s*(?:på|vid|under)\s+(?:\w+\s+)?(?:mötet|möte|träffen|träff|sammanträdet|sammanträde"
                             r"|nätverksträffen|nätverksmötet|styrgruppsmötet)\b[^.;:]{0,80}$", re.I)


# guests welcomed by name ("..., särskilt gästerna A, Org, och B, Org", "särskilt gästen A, Org")
GUESTS_NOTE = "guests welcomed by name in a sentence"


_GUESTS_WELCOMED = re.compile(r"\bvälkomna?\b.*?\bsärskilt\s+(?:gästerna|gästen|de inbjudna)\s+", re.I)


# the minutes kept by the one named after them ("Anteckningar fördes av X, Org.", "Protokollet fördes av X")
_MINUTES_KEPT_BY = re.compile(r"(?:minnesanteckningar(?:na)?|anteckningar(?:na)?|protokoll(?:et)?)\s+"
                              r"(?:fördes|förs)\s+av\s+", re.I)


# words of absence opening a sentence of names ("Förhinder hade ...", "Frånvarande var ...", "Anmält förhinder:")
_ABSENCE_WORDS = re.compile(dots_optional(r"\b(?:(?:anmält\s+)?förhinder\s+(?:hade|har|anmälde|anmäldes\s+av)"
                            r"|frånvarande\s+(?:var|voro)|ej\s+närvarande\s+(?:var|voro)"
                            r"|anmält\s+förhinder\s*:)\s*(?::\s*)?"), re.I)


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


# a sentence of presence ending a paragraph's line, the list's rows under it ("Konferensen öppnades ... Upprop av
# presidier förrättades. Följande var närvarande:"): the sentence is the list's heading
_PRESENCE_TAIL = re.compile(r"(?:^|[.!?]\s+)((?:Följande|Dessa|Dessutom)\s+(?:var|voro)\s+närvarande"
                            r"|Närvarande\s+(?:var|voro)|Följande\s+(?:deltog|närvarade|medverkade))\s*:\s*$")


# a line opening the sentence of those present beside a roll call's members ("Även X, Org, och Y, Org, noterades som
# närvarande.")
_ALSO_PRESENT = re.compile(r"\s*(?:Även|Dessutom)\s")


class PresenceProseRules(RulesBase):
    """Presence told in sentences, bullets and roll calls rather than in a list under a heading."""

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
                    # (or a list's word over a sentence of presence: "Deltagare" / "I mötet deltog A, Org, ...")
                    if past_heading or lists or not (
                            self._presence_under(n, end) or self._list_heading_kind(self.L(n))
                            and (nx := self._next_nonblank(n, end)) is not None and self._opens_presence_sentence(nx)):
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
                # (or after the meeting itself, its day and place between: "På tisdagens möte, den 23 november 2083
                # i Kalmar, deltog A och B från X, ...": those the meeting had, its members)
                # (not "medverkade", one contributing, nor one present beside the rest: "Vid mötet medverkade även X")
                at_meeting = bool(verb) and not absent and bool(_AT_THE_MEETING.match(sentence[:verb.start()])) \
                    and re.match(r"deltog|närvarade", verb.group(0).strip(), re.I) is not None \
                    and not re.match(r"\s*(?:även|också|dessutom)\b", sentence[verb.end():], re.I)
                if not verb or len(sentence[:verb.start()].split()) > 5 and not at_meeting:
                    continue
                # (the members named before the verb: "Av gruppens ledamöter närvarade A, Org, B, Org, ...")
                # (or their organisations: "Från medlemsorganisationerna deltog bland andra A (Org), ...")
                kind = "ledamoter" if fold(verb.group(0)).startswith(("narvarande", "bland", "pa")) or re.search(
                    r"\bledamöter(?:na)?\b|\bfrån\s+(?:medlems(?:organisationerna|kommunerna|förbunden)|kommunerna"
                    r"|länets kommuner)\b",
                    sentence[:verb.start()], re.I) or self._own_body_word(sentence[:verb.start()]) or at_meeting \
                    else "ovriga"
                # (but those present beside the members: "Dessutom närvarande voro socialchef X, ...")
                if kind == "ledamoter" and re.search(r"\b(?:dessutom|aven|darutover|dartill|ocksa|vidare)\b",
                                                     fold(sentence[:verb.start()])):
                    kind = "ovriga"
                # (a deputy serving in a member's place: "Som tjänstgörande ersättare deltog C (KD).")
                if re.match(r"som\s+tjanstgorande\s+ersattare\b", fold(verb.group(0))):
                    kind = "ledamoter"
                # ("Vid mötet deltog X, Y och Z.", "Vid sammanträdet närvarade X (S), Y (M) ...": with no members
                # named before, the first sentence of presence that names no others ("Från X deltog", "Dessutom
                # medverkade") names those taking part)
                if kind == "ovriga" and not absent and not lists and not re.search(
                        r"\b(?:fran|dessutom|aven|ocksa|darutover|dartill|vidare|under|for|som|inbjud\w*|gast\w*)\b",
                        fold(sentence[:verb.start()])) and fold(verb.group(0)).startswith(("deltog", "narvarade")):
                    kind = "ledamoter"
                entries = self._sentence_entries(sentence[verb.end():], s0 + verb.end(), spans,
                                                 self._from_org(sentence[:verb.start()]), bare=bare, alone=bool(kept),
                                                 roll=bool(re.match(r"narvarande (?:var|voro)\b", fold(verb.group(0)))))
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
                          alone: bool = False, roll: bool = False) -> list[Entry]:
        def line_at(pos: int) -> int:
            return next(i for at, i in reversed(spans) if at <= pos)

        entries: list[Entry] = []
        pending: list[Entry] = []           # names waiting for the organisation named next
        titled: list[Entry] = []            # names with words of a title or seat before them ("socialchef X")
        partied: list[Entry] = []           # names with their party after them ("Kerstin Öhrvall (KD)")
        described: list[Entry] = []         # names with a title after them ("Eva Lund, enhetschef öppenvården")
        fran_group = False                  # the names after "från X" (an organisation's own group)
        pos = 0
        # (how one took part after a comma inside the organisation's bracket, "(Mönsterås kommun, via Teams)": no
        # break between entries; the comma a dash, as `_set_org` reads how one took part, the text's length kept)
        text = re.sub(r",(?=\s*(?:via|på|per)\s+\w+\s*\))", "–", text)
        # (a scan's digits for letters, "0rdf. Jonny Holm, 1edamoten Per Ek": the words as written, the length kept)
        text = ocr_letters(text)
        pieces: list[tuple[str, int]] = []
        from_pieces: set[int] = set()          # the pieces that are an organisation after "från" (their index)
        for piece in re.split(r"(\s*;\s*|,\s*|\s+och\s+|\s+samt\s+)", text.rstrip(" .")):
            at, pos = pos, pos + len(piece)
            # (a name and the organisation it comes from, "Niklas Teodorsson från Kommunförbundet i Kalmar län": the
            # name, then the organisation, as if a comma stood between; the names before it without one share it)
            frm = re.match(r"^(\s*[A-ZÅÄÖÉ][\w'’-]+(?:\s+[A-ZÅÄÖÉ][\w'’-]+){1,3})\s+(?:från|fran)\s+(?=[A-ZÅÄÖ])(.+)$",
                           piece)
            if frm and self.orgs.resolve(frm.group(2).strip(" .")) and plausible_name(frm.group(1).strip()):
                pieces += [(frm.group(1), at), (frm.group(2), at + frm.start(2))]
                from_pieces.add(len(pieces) - 1)
            else:
                pieces.append((piece, at))
        since_comma = 0                         # the entries named since the last comma (names joined by "och")
        for k, (piece, at) in enumerate(pieces):
            if re.fullmatch(r"\s*[,;]\s*", piece):
                since_comma = len(entries)
            if k in from_pieces:
                # (the organisation after "från" is the names' joined by "och" before it, not those before a comma:
                # "Sofia Hartz (ordförande), Niklas Foghner och Charlotte Sternel från Region Kalmar län")
                pending = [e for e in pending if any(e is x for x in entries[since_comma:])]
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
                    # (the title after the name, "Dessutom närvarade Eva Lund, enhetschef öppenvården.": the post of
                    # the one before, present in that capacity)
                    if pending and words and (TITLE_BY_ENDING.fullmatch(kw(words[0], self.lx).strip(" ,."))
                                              or _ROLE_RE.fullmatch(kw(words[0], self.lx).strip(" ,."))):
                        self._note_post(pending[-1], piece)
                        described.append(pending[-1])
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
        if (bare or roll) and len(entries) >= 3 \
                and all(fold(e.name.split()[0].split("-")[0]) in GIVEN_NAMES for e in entries):
            # (in an item's sentence of presence, names alone, three or more, each opening with a given name:
            # "Närvarande var ordinarie ledamöter A, B och C"; or `roll`, the sentence's verb naming those present
            # themselves, "Närvarande var A, B och C.", wherever it stands)
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
        return [e for e in entries if e.org or e.role or e.post in CHAIR_ROLES and any(x.org for x in entries)
                or any(e is d for d in described)]

    def _own_body_word(self, before: str) -> bool:
        """Whether the words before a verb of presence name the meeting's own body by its word ("Från gruppen deltog A,
        B och C" at a meeting of the group: its members; not another body's, "Från beredningen deltog ..." at a
        presidiemöte)."""
        word = re.search(r"\bfr[åa]n\s+([\wåäö]*(?:gruppen|nätverket|rådet|styrelsen|presidiet|nämnden|utskottet"
                         r"|beredningen))\b", before, re.I)
        body = self._meeting_body(self.ex) if word and self.ex is not None else None
        return bool(word and body and word_of_body(word.group(1), body))

    def _kind_at_meeting(self, kind: str) -> str:
        """At a presidiekonferens the elected are its participants ("deltagare") and the officials and
        others "ovriga-deltagare"; elsewhere (a presidiemöte too: the members of the presidium) members are
        "ledamoter" and the others "ovriga" (the corpus README's conventions)."""
        if self.ex is not None and self.ex.meeting_kind == "presidiekonferens":
            return {"ledamoter": "deltagare", "ovriga": "ovriga-deltagare"}.get(kind, kind)
        return {"ovriga-deltagare": "ovriga"}.get(kind, kind)
