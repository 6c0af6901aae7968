"""Items' headings by their shape, where no numbering marks the items.

- `_is_heading`: a short line standing alone over its text, not a sentence, a name, a field's label, a list's heading
  over names, page furniture or a heading said again inside the items; in minutes written without blank lines, a
  line of capitals or a short line among others so written (`_dense_caps_heads`, `_dense_plain_heads`);
- the headings of minutes laid out otherwise: plain headings, two in a row a section and its item ("A / B",
  `_plain_heads`), a programme's time slots (`_timed_heads`), titles over bullets (`_over_bullets`), bullets each a
  sentence (`_sentence_bullets`), capital letters and a slash ("• A/ Val av justerare", `_lettered_heads`), labels
  before a colon or in a margin (`_labelled_heads`, `_margin_labels`).
"""

from __future__ import annotations

import re

from ..names import fold
from .extract_agenda_numbering import clock_stripped, item_number
from .extract_agenda_titles import _LABEL_RE, _without_label_tail
from .extract_dates import _DATE_RE, _ISO_RE, _parse_date
from .extract_model import Line, RulesBase
from .extract_money import amount_spans
from .extract_text import (
    _FINITE_VERB,
    _PASSIVE_VERB,
    _PRESENTER_LABEL,
    _PRESENTING_VERB,
    _PROCEDURAL,
    _ROLE_RE,
    _SIGNATURE,
    _name_like,
)
from .names_found import GIVEN_NAMES, plausible_name
from .ocr_repair import kw

# a field's label over the meeting's facts, no item's heading (keyword form): "Tid:", "Plats:", "Datum:", "Bilagor:"
_FIELD_LABELS = (r"(?:tid|plats|datum|dag|lokal|motesdatum|sammantradesdatum|tid och plats|plats och tid|dnr"
                 r"|diarienummer|diarienr|bilagor?|underlag|handlingar|beslut|beslutet|kontaktperson|ansvarig"
                 r"|sekreterare|ordforande|justerare|protokollforare|kopia|for kannedom|sandlista|fran|till)")

# an item marked by a capital letter and a slash, a bullet before it or none ("• A/ Val av justerare", as a meeting
# portal lists a nämnd's items)
LETTERED_MARK = re.compile(r"\s*(?:[•·▪\uf0b7*-]\s*)?([A-Z])\s?/\s")
LETTERED_ITEM = re.compile(LETTERED_MARK.pattern + r"\s*([A-ZÅÄÖ].*\S)\s*$")

# the verbs of a decision's or a report's sentence (keyword keys): no heading has them ("utses", "godkänns",
# "informerade"; not a participle, "samordnade", which a heading may)
_SENTENCE_VERB = re.compile(r"\b(?:utses|utsags|valdes|valjs|godkanns|godkandes|beslutar|beslutade|beslots|faststalls"
                            r"|faststalldes|ersatter|ersatte|laggs|lades|noteras|noterades|antecknas|antecknades"
                            r"|informerar|informerade|redogor|redogjorde|foredrar|foredrog|presenterar|presenterade"
                            r"|deltar|deltog|halls|holls|tillfors|adjungeras|adjungerades)\b")


# a point of a list (a bullet, a letter or a number before it)
_LIST_POINT_LINE = re.compile(r"^\s*(?:[-–•*·▪]|[a-h][.)]|\d{1,2}[.)])\s+\S")

# a table of contents' line: a title, dot leaders and its page or paragraph ("Budget ......... 3", "... 1/53")
_TOC_ENTRY = re.compile(r"(?:\.{4,}|\s\.{3})\s*(?:§\s*)?\d{1,4}(?:\s*[/:]\s*\d{1,4})?\s*$")


class AgendaHeadingRules(RulesBase):
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

    def _indented_paragraphs(self, start: int, end: int) -> list[tuple[int, str]]:
        """Minutes written as paragraphs indented under the lists, a blank line between them, no heading or number
        ("   Mötet öppnades av samordnaren X som hälsade alla välkomna." / "" / "   Y redovisade hur ... Nätverket
        beslutade att ..."): each paragraph an item, its first sentence the title; four or more, every line of text
        after the lists in them (a line at the margin, a heading, is another form)."""
        inside = {m for a, last, _stop in self.list_zones for m in range(a, last + 1)}
        after = max([start - 1, *(last for a, last, _stop in self.list_zones if a <= end)])
        heads: list[tuple[int, str]] = []
        n = after + 1
        while n <= end:
            ln = self.L(n)
            if ln.blank or ln.layout or n in inside:
                n += 1
                continue
            indent = len(ln.raw) - len(ln.raw.lstrip())
            if indent < 2 or not ln.text.strip()[:1].isupper() or n in self.list_headings \
                    or (n > 1 and not (self.L(n - 1).blank or self.L(n - 1).layout)):
                return []
            k = n
            while k + 1 <= end and not self.L(k + 1).blank and not self.L(k + 1).layout:
                k += 1
                if len(self.L(k).raw) - len(self.L(k).raw.lstrip()) < 2:
                    return []
            whole = " ".join(self.L(m).text.strip() for m in range(n, k + 1))
            first = re.match(r"(.+?[^\s.]{2}\.)(?=\s+[A-ZÅÄÖ]|\s*$)", whole)
            if first is None or len(first.group(1).split()) < 3 or not whole.rstrip().endswith((".", "!", "?")):
                return []
            heads.append((n, first.group(1)))
            n = k + 1
        return heads if len(heads) >= 4 else []

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
            # (a short sentence of its own too, its verb in it: "Mötet godkände dagordningen.")
            short = len(whole.split()) >= 3 and bool(_FINITE_VERB.search(key := kw(whole, self.lx))
                                                     or _PASSIVE_VERB.search(key) or re.search(r"\w{3}[dt]es?\b", key))
            if len(whole.split()) < 5 and not short or not whole.rstrip().endswith((".", "!", "?")):
                return []
            # (the title the line's first clause: up to a colon, a dash or a sentence's end, "Nätverket gläds åt tre nya
            # fältassistenter i länet: en i Hultsfred, ..." / "Kvällsvandringar under sportlovet – Nybro ...")
            title = text[0].rstrip(".")
            if (cut := re.match(r"(.{12,}?\S)(?::\s|\s[–—]\s|\.\s+(?=[A-ZÅÄÖ]))", title)) is not None:
                title = cut.group(1)
            heads.append((n, title))
            n = k
        return heads if len(heads) >= 3 else []

    def _margin_labels(self, start: int, end: int) -> dict[int, str]:
        """Minutes whose paragraphs are labelled in a margin, a word or two and a stop (or in capitals, no stop), the
        text in a column after it, its lines going on indented to that column ("Protokollet.   Protokollet från
        sammanträdet ... godkändes." / "Föredrag.      Därefter höll X ..." / "               nya
        hjälpmedelsplanen ...", "UPPDRAGET         I stället för ..."): each label an item's heading (line ->
        label), three or more at one column; none where fewer."""
        found: dict[int, tuple[int, str]] = {}
        for n in range(start, end + 1):
            ln = self.L(n)
            # (or in capitals, with no stop and a wider gap: "FARMACEUTEN       Träffen inleddes med ...")
            m = re.match(r"([A-ZÅÄÖ][a-zåäöé]+(?: [a-zåäöé]+){0,2})\.(\s{2,})(?=[A-ZÅÄÖ\d])", ln.raw) \
                or re.match(r"([A-ZÅÄÖ]{2,}(?: [A-ZÅÄÖ]{2,}){0,2})(\s{3,})(?=[A-ZÅÄÖ\d])", ln.raw)
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
        if re.match(r"(?:alla\s+)?(?:inlagg|artiklar)\s+av\s|(?:skrivet|postat|publicerat|publicerad)\s+av\s", ln.key):
            return False    # a web page's link to its writer's posts ("Alla inlägg av Sofia Ludvigsson"), a by-line
        if re.fullmatch(r"(?:ater|tillbaka|till toppen|upp|las mer|skriv ut|dela)(?: till \w+)?"
                        # (or to its other news: "Tidigare nyheter", "Fler nyheter", "Relaterade artiklar")
                        r"|(?:tidigare|fler|aldre|senaste|relaterade|andra|liknande) (?:nyheter|artiklar|inlagg|nytt)"
                        r"|nyhetsarkiv|arkiv", ln.key.strip(" :.<>^»«")):
            return False    # a web page's links ("ÅTER", "Till toppen", "Skriv ut", "Tidigare nyheter")
        if re.match(r"(?:foto|foton|bild|bilder|fotograf|text och (?:foto|bild))\s*:", ln.text.strip().lower()):
            return False    # a photo's credit ("Foton: Lina Forsberg och Gustav Ekholm")
        if re.match(r"(?:hej|hejsan|halla|kara|basta|tjena)\b", ln.key) and t.rstrip().endswith(("!", ",")):
            return False    # a letter's greeting ("Hej alla munvårdsombud!")
        if re.fullmatch(r"(?:inga|\d+) kommentar(?:er)?|(?:skicka|lamna|skriv) (?:en )?kommentar|kommentera"
                        r"|dela(?: pa)? (?:facebook|twitter|linkedin)", ln.key.strip()) \
                or re.fullmatch(r"(?:img|dsc|dscn|p|pict|foto)[\s_-]?\d{3,}\w*(?:\.(?:jpe?g|png|gif))?"
                                r"|\S+\.(?:jpe?g|png|gif|webp)", t.strip(), re.I):
            return False    # a blog's comment links ("Inga kommentarer", "Skicka en kommentar"), an image's file name
            #                 ("IMG 4412s", "presidiekonferens-2058.jpg")
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
        # (or up to ten words over its prose: "Diskussion om frågor i skrivelse från anhörigrådet i Västervik:" / "En
        # skrivelse har inkommit ...")
        if t.endswith(":") and (len(words) <= 6 or len(words) <= 10 and (n == 1 or self.L(n - 1).blank)
                                and n < len(self.lines) and not self.L(n + 1).blank and self._heads_prose(n)) \
                and not _FINITE_VERB.search(ln.key) and not t[:-1].endswith(":"):
            t = t[:-1].rstrip()     # "Kompetensförsörjning:" over its text: the heading without its colon
        # (a noun phrase with its stop alone between blank lines over a paragraph of prose: "Föredragning av
        # lägesrapport om konsultationsmodellen." / "" / "Kristin Holm och ... föredrog lägesrapporten. ...")
        # (not a sentence opening with an adverb of sequence, its verb after it: "Efter detta övergick träffen till en
        # fri diskussion.")
        if t.endswith(".") and not t.endswith("..") and 2 <= len(words) <= 10 and not sub \
                and not (_FINITE_VERB.search(ln.key) or _SENTENCE_VERB.search(ln.key) or _PASSIVE_VERB.search(ln.key)) \
                and not re.match(r"(?:efter (?:detta|det|det har)|darefter|sedan|slutligen|avslutningsvis|till sist"
                                 r"|dessutom|inledningsvis|harefter)\s", ln.key) \
                and fold(words[0]) not in GIVEN_NAMES and (n == 1 or self.L(n - 1).blank) \
                and (self._sentence_after_gap(n) and len(self.L(n + 2).text.split()) >= 6
                     or not re.search(r"[:.]", t[:-1]) and n < len(self.lines) and not self.L(n + 1).blank
                     and self._heads_prose(n)):
            # (or its text right under it: "Val av justerare." / "Till justerare valdes Emma Halme. ...")
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
        # (or more than one: "Foton: Lina Forsberg och Gustav Ekholm")
        if (lab := re.match(r"^([^:]{2,40}):\s+(\S.*)$", t)) and self._accept_name(
                who := re.split(r",|\s+och\s+|\s*&\s*", lab.group(2))[0].strip(" .")) \
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
