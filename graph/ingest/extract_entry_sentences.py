"""Attendance lists written as a sentence after their label ("Närvarande: X, Org, och Y, Org.") read into
entries (SentenceListRules): the sentence cut into pieces, its pieces joined again where the line end cut an
organisation's or a person's name, labels of its own inside it ("Gruppen: ... Övriga: ..."), the others present
named after the members, titles before the names, names side by side with their parties; and a list's names as a
sentence of their own with sentences of the others present after it.
"""

from __future__ import annotations

import re

from ..names import fold
from .extract_entry_orgs import _lettered_org, _new_org_name
from .extract_entry_shapes import (
    _ASIDE_CELL_RE,
    _IN_PLACE_OF,
    _PARTS_ATTENDED,
    _PARTY_THEN_ORG,
    _PRESENCE_ASIDE,
    _without_part_note,
)
from .extract_list_prose import _PRESENCE_VERB
from .extract_model import Entry, Line, RulesBase
from .extract_text import (
    _ACTING_RE,
    _ASIDE_RE,
    _FINITE_VERB,
    _INLINE_HEAD,
    _ROLE_RE,
    LABEL_WITH_NOTE,
    PARTY_BRACKET,
    TITLE_BY_ENDING,
)
from .names_found import GIVEN_NAMES, plausible_name
from .ocr_repair import DIGIT_LETTERS, kw

# a name and its party in brackets ("Mona Holm (S)")
_NAME_PARTY = rf"[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){{1,3}}\s*{PARTY_BRACKET}"


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


# a column's cell that is one entry: a name, then its party in brackets or words in lower case or nothing ("Anna
# Holm (S) ordförande", "Per Ek förvaltningschef", "Eva Lund")
_NAME_CELL = re.compile(r"(?P<name>[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){1,2})(?:\s*\([A-ZÅÄÖ]{1,3}\))?"
                        r"(?:\s+[a-zåäö][\w.,-]*(?:\s+[a-zåäö][\w.,-]*){0,4})?")


def _name_cell(cell: str) -> bool:
    return bool(m := _NAME_CELL.fullmatch(cell.strip())) and plausible_name(m.group("name"))


# the label of the next organisation's people inside a list's sentence, lower case ("för kommunerna: A, Kalmar kommun,
# ...", "för Kommunförbundet i Kalmar län: B")
_ORG_SUBLABEL = re.compile(r"^\s*(?:för|från)\s+([^:,.]{3,60}):\s+(?=[A-ZÅÄÖ])")


class SentenceListRules(RulesBase):
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
                # (the part of the meeting attended after it no part of it: "Karin A1bertz (punkt 1-8)")
                alone = _without_part_note(piece) or piece
                if e is None and len(alone.split()) <= 4 and re.search(r"[a-zåäöé][01]|[01][a-zåäöé]", alone) \
                        and plausible_name(alone.translate(DIGIT_LETTERS)):
                    e = Entry(alone, i, note="damaged")    # "Lisa Ho1mkvarn": a name alone a scan damaged
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
