"""A protocol's title line and the words it is known by (a kind of document, a body's word): a line shaped as a
title ("Protokoll ...", "Minnesanteckningar ...", not a table of contents' line), a title in a letterhead repeated
on every page, a meeting page's title, a title learned from an accepted protocol of the template, and the header's
lines as written (a bracketed remark after them left out).
"""

from __future__ import annotations

import itertools
import re

from .extract_agenda_headings import LETTERED_MARK
from .extract_agenda_numbering import item_number, read_line
from .extract_dates import _parse_date
from .extract_header_date import _OTHER_EVENT
from .extract_model import Line, RulesBase
from .extract_text import _FINITE_VERB, _PASSIVE_VERB
from .ocr_repair import kw

# a word naming a body that meets (keyword key): "Närvårdsgrupp", "Styrgruppen", "Beredningen", "Nätverket",
# "Patientnämnden", "Arbetsutskottet", "Brukarrådet", "Primärvårdsledningen"
_BODY_WORD = re.compile(r"^(?:\S+\s+){0,3}?[\w-]*(?:grupp|gruppen|natverk|natverket|beredning|beredningen|utskott"
                        r"|utskottet|namnd|namnden|rad|radet|ledning|ledningen|styrelse|styrelsen|konferens"
                        r"|konferensen|forum|forumet|direktion|direktionen|kommitte|kommitten"
                        # (an association meeting as its board: "Civilförsvarsföreningen Kalmarsund")
                        r"|foreningen)\b")


# a protocol's title word: "Protokoll", "Sammanträdesprotokoll", "Minnesanteckningar" (keyword keys)
# (an extract of a protocol too: "Protokollsutdrag", "Protokollutdrag")
# (and one note of a meeting: "Mötesanteckning Brukarråd", "Minnesanteckning")
_TITLE_WORD = re.compile(r"\w*protokoll(?:s?utdrag)?|(?:minnes|motes)?anteckningar|(?:minnes|motes)anteckning")


# a table of contents' line: a title, dots or a wide gap, a page number ("Föregående protokoll ....... 3")
_TOC_LINE = re.compile(r"(?:\.{3,}|…|\s{4,})\s*\d{1,3}\s*$")


# a remark in brackets closing a line ("(utkast)", "(justerat, sänt till ledamöterna)")
_BRACKET_REMARK = re.compile(r"\s*[(\[][^()\[\]]{2,120}[)\]]\s*$")


# a bracket at a text's end, of any length ("Beredningen – protokoll (utkast)", "... [justerade]")
_TRAILING_BRACKET = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


class HeaderTitleRules(RulesBase):
    """The protocol's title line: where it stands, its shape, a letterhead's title."""

    def _meeting_page_title(self, head: list[Line]) -> Line | None:
        """A meeting's page of a kommun's website, its heading the word for a meeting and the date alone
        ("Sammanträde 2066-02-17", "Möte den 17 februari 2066"): that heading is the title (the body in the
        breadcrumbs above it: "Hem > Kalmar kommun > Äldrenämnden > Sammanträde 2066-02-17")."""
        for ln in head:
            if ln.layout or len(ln.cells) > 1:
                continue
            # (or a kind of meeting in one word, with the weekday: "Nätverksträff onsdagen den 9 juni 2077")
            # (or the body's word and the date alone: "Brukarråd 9/2 -83")
            # (or a note's word before it: "Kortfattat från nätverksträff 1 20990211", "Referat från möte 3 maj 2071")
            m = re.fullmatch(r"(?:(?:kortfattat|kort|referat|sammanfattning|noteringar)\s+fran\s+)?"
                             r"\w*(?:sammantrade|mote|sammankomst|traff)\s+(?:\w+dagen\s+)?(?:den\s+)?(.+)", ln.key) \
                or re.fullmatch(r"\w*(?:rad|grupp|natverk|utskott|forum|beredning)\s+(\d.{2,20})", ln.key)
            if m and (d := _parse_date(ln.text, None)) and len(ln.key.split()) <= 6 \
                    and not _FINITE_VERB.search(ln.key) \
                    and (d[:4] in ln.text or re.search(rf"[-'’]\s*{d[2:4]}\b", ln.text)):     # ("9/2 -83")
                return ln
        return None

    def _title_shaped(self, ln: Line) -> bool:
        """A protocol's title line: 'Protokoll ...' (the title word among the first three), a header cell
        'Kommunförbundet ...      PROTOKOLL', or '<Body> - Protokoll' (the word last on a short line); never
        an agenda item's heading ('§ 2. Föregående protokoll')."""
        words = ln.key.split()
        # (a date before the title in a column of its own is no item's number: "9 april 2069      Protokoll ...")
        dated = len(ln.cells) > 1 and bool(re.fullmatch(r"\d{1,2}\s+[^\W\d]+\s+\d{4}", ln.cells[0].strip())) \
            and _parse_date(ln.cells[0], None) is not None
        # (nor the protocol's range of paragraphs in a letterhead row: "§§ 14-22      Kl 13:30-15:45      PROTOKOLL")
        dated = dated or len(ln.cells) > 1 and bool(re.fullmatch(r"§§\s*\d{1,3}\s*[-–]\s*\d{1,3}", ln.cells[0].strip()))
        if not words or item_number(ln.text) is not None and not dated \
                or LETTERED_MARK.match(ln.text):     # ("• B/ Föregående protokoll")
            return False
        if re.match(r"(?:foregaende|forra|senaste|tidigare|godkannande av|justering av)\b", ln.key) \
                or re.match(r"\w*(?:protokoll|anteckningar)\s+fran\s+(?:forra|foregaende|senaste)\s", ln.key):
            return False    # an item's unnumbered heading on the last minutes ("Föregående minnesanteckningar",
            #                 "Minnesanteckningar från förra mötet")
        # an item's label and its text ("Protokollsjustering: Föregående mötesprotokoll ..."; not a mail's subject or
        # a web page's category: "Ämne: Anteckningar ...", "Kategori: Projektgruppen | Minnesanteckningar")
        # (but the body's name before the title word and the meeting's date: "Elevhälsochefsnätverket i Kalmar län:
        # protokoll 20 januari 2039", a web page's heading)
        if (named := re.match(r"\s*([^:]{3,60}):\s+(\S+)\s+(.+)$", ln.text)) \
                and _TITLE_WORD.fullmatch(kw(named.group(2), self.lx)) and len(named.group(3).split()) <= 5 \
                and _parse_date(named.group(3), None) and len(named.group(1).split()) <= 8:
            return True
        if (label := re.match(r"\s*([^:]{3,30}):\s", ln.text)) \
                and not _TITLE_WORD.fullmatch(lab := kw(label.group(1), self.lx)) \
                and not re.fullmatch(r"amne|rubrik|kategori|titel|subject|ang|angaende|arende|dokument|typ", lab):
            return False
        if len(words) > 6 and re.search(r"[a-zåäö]{3}\.\s+[A-ZÅÄÖ][a-zåäö]+\s", ln.text) \
                and (_FINITE_VERB.search(ln.key) or _PASSIVE_VERB.search(ln.key)) \
                and not re.match(r"\w*(?:protokoll|anteckningar)\s+(?:fort|forda|fordes)\s+(?:vid|over)\b", ln.key):
            return False    # a sentence's end and the next sentence on the line: "Protokoll från pensionärsrådet. Nästa
            #                 sammanträde hålls tisdagen" (a paragraph's line, no title)
        if len(words) > 6 and ln.text.rstrip().endswith(".") and _FINITE_VERB.search(ln.key) \
                and not re.match(r"\w*(?:protokoll|anteckningar)\s+(?:fort|forda|fordes)\s+(?:vid|over)\b", ln.key):
            return False    # a sentence: "Protokoll från föregående möte den 11 maj 2068 godkändes. ..." (not the title
            #                 opening a paragraph: "Protokoll fört vid X:s höstmöte 14.11.2084 ... Närvarande var 24.")
        # a remark in brackets after the title ("Beredningen – protokoll (utkast)", "... – minnesanteckningar
        # [justerade]"): the title is what stands before it
        bare = _TRAILING_BRACKET.sub("", ln.text.strip())
        if bare and bare != ln.text.strip():
            words = kw(bare, self.lx).split() or words
        if _TOC_LINE.search(ln.text) and not (len(ln.cells) in (2, 3)
                                              and any(_TITLE_WORD.fullmatch(kw(c, self.lx)) for c in ln.cells[:-1])):
            return False        # a table of contents' line ("Föregående protokoll ........ 3"): no title
            #                     (but the title word and the protocol's number far right: "PROTOKOLL      34",
            #                     "PROTOKOLL      SGPH      1" with the body's abbreviation between, or the body
            #                     before it: "KALMARSUNDS GYMNASIEFÖRBUND      SAMMANTRÄDESPROTOKOLL      1")
        # (a word OCR split in two among the first: "Protokollsutd rag ...", "Anteckni ngar fört vid ...")
        split = [a + b for a, b in itertools.pairwise(words[:4])]
        # (or joined by a hyphen to the meeting's word: "PROTOKOLL-Möte Brukarrådet ... 16 september 2037")
        split += [w.split("-")[0] for w in words[:1] if "-" in w]
        if any(_TITLE_WORD.fullmatch(w) for w in words[:3] + split) \
                or any(_TITLE_WORD.fullmatch(w) for c in ln.cells[1:] for w in kw(c, self.lx).split()[:3]):
            return True
        # (or right after the date, two spaces before it: "Familjehemsföreningen i Kalmar län 2092-01-23  Protokoll
        # från styrelsemöte")
        if (dated_title := re.search(r"\b(?:19|20)\d\d-\d\d-\d\d\s{2,}(\S+)", ln.text)) \
                and _TITLE_WORD.fullmatch(kw(dated_title.group(1), self.lx)) and len(words) <= 14:
            return True
        # (the word last before the protocol's serial number or its date: "Beredningen Protokoll 7/2031",
        # "Nätverket Anteckningar nr 3", "... Protokoll 310304"; a word OCR split in two: "Protokol lsutdrag")
        while len(words) > 2 and (re.fullmatch(r"\d{1,8}|nr|no", words[-1])):
            words = words[:-1]
        last = [words[-1]] + ([words[-2] + words[-1]] if len(words) >= 3 else [])
        return 2 <= len(words) <= 8 and any(_TITLE_WORD.fullmatch(w) for w in last) \
            and not (bare or ln.text).rstrip().endswith((".", ":"))

    def _as_written(self, n: int) -> Line:
        """Line n as written: one taken for page furniture (its Line blank) read back from its text, any other as it
        is."""
        return read_line(n, self.furniture[n], self.lx) if n in self.furniture else self.L(n)

    def _learned_title(self) -> Line | None:
        """The title line as an accepted protocol laid out alike wrote its own, among the first lines, also where it
        was taken for a running header (a letterhead row the template repeats on every page: "LÄNSGEMENSAM LEDNING I
        SAMVERKAN      PROTOKOLL"): put back as a line of text, the first page's."""
        for ln in self.lines[:25]:
            raw = self.furniture.get(ln.n, ln.raw) if ln.layout else ln.raw
            if raw.strip() and self.learned.is_title(raw):
                if ln.layout:
                    self.lines[ln.n - 1] = read_line(ln.n, raw, self.lx)
                return self.L(ln.n)
        return None

    def _title_in_letterhead(self) -> Line | None:
        """The title line among the first page's lines taken for a running header: a letterhead row the template
        repeats on every page ("LÄNSGEMENSAM LEDNING I SAMVERKAN      PROTOKOLL", "Protokoll      1 (6)"), the title
        word in its place, put back as a line of text, the first page's; only where no line of text is a title."""
        for ln in self.lines[:15]:
            if ln.layout and ln.n in self.furniture and self._title_shaped(back := self._as_written(ln.n)):
                self.lines[ln.n - 1] = back
                return back
        # (or a letterhead naming the body and the meeting's date, no title word: "Presidiemöte 22 januari 2058
        # 1 (4)" on every page; a body no record knows in a column of its own, by its word for a body:
        # "Omsorgsnämndens arbetsutskott   2069-02-11   1 (5)")
        for ln in self.lines[:15]:
            if ln.layout and ln.n in self.furniture:
                back = self._as_written(ln.n)
                body = re.sub(r"\s+\d{1,3}\s*\(\d{1,3}\)\s*$", "", back.text).strip()
                if _parse_date(body, None) and not _FINITE_VERB.search(back.key) and len(body.split()) <= 10 \
                        and (re.search(r"lansgemensam(?:ma)? ledning|grupp|presidiekonferens|presidiemote|beredning",
                                       back.key) or self._group_named(body)
                             or len(back.cells) > 1 and not _parse_date(back.cells[0], None)
                             and _BODY_WORD.search(kw(back.cells[0], self.lx))):
                    self.lines[ln.n - 1] = back
                    return back
        # (or a letterhead naming the body alone, "Samverkansområdesgrupp Hab/rehab" under "1(4)" on every page, the
        # meeting's date on the first page's labelled line under it: "Plats och tid   Kalmar, torsdag 23/10 2055")
        for ln in self.lines[:10]:
            if not (ln.layout and ln.n in self.furniture):
                continue
            back = self._as_written(ln.n)
            # (or a body no record knows, by its word for a body: "NÄRVÅRDSGRUPP NYBRO      11 juni      1 (4)")
            if not 1 <= len(back.key.split()) <= 8 or _parse_date(back.text, None) or not (
                    self._group_named(back.text) or _BODY_WORD.search(kw(back.cells[0], self.lx))):
                continue
            below = [m for m in self.lines[ln.n:ln.n + 8] if not m.blank and not m.layout][:2]
            # (the date on the label's line, or on the value's next line: "Plats och tid   Stadshuset, Nybro" /
            # "               Torsdag, 11 juni, 2062 kl. 13.00")
            if any(re.match(r"(?:plats och tid|tid och plats|datum|tid|sammantradesdatum|motesdatum)\b", m.key)
                   and not _OTHER_EVENT.search(m.key)
                   and (_parse_date(m.text, None) or m.n < len(self.lines) and self.L(m.n + 1).raw[:1].isspace()
                        and not self.L(m.n + 1).blank and _parse_date(self.L(m.n + 1).text, None))
                   for m in below):
                self.lines[ln.n - 1] = back
                return back
        return None

    def _header_lines(self, title: int) -> list[int]:
        """The document's own header: the title line, up to three short lines above it, and the
        lines after it up to the first agenda item (numbered in any usual form, or a Markdown
        heading), at most 15."""
        # (a remark in brackets after a line's words is no part of it: "Samordnande grupp Äldre – protokoll
        # (justerat, sänt till ledamöterna)")
        # (a longer line naming a body, no sentence: "Projektgrupp Trygg hemgång inom samordnande grupp Äldre, Kalmar
        # län")
        before = [n for n in range(max(1, title - 6), title) if not self.L(n).blank
                  and (len(words := _BRACKET_REMARK.sub("", self.L(n).text).split()) <= 8
                       or len(words) <= 12 and _BODY_WORD.search(self.L(n).key) is not None
                       and not self.L(n).text.rstrip().endswith((".", ":")))][-3:]
        after: list[int] = []
        for n in range(title + 1, min(len(self.lines), title + 15) + 1):
            ln = self.L(n)
            if ln.blank:
                continue
            # (a Markdown heading right under the title, no number of its own, names the body: "MINNESANTECKNINGAR" /
            # "# Länsnätverket för suicidprevention")
            body_heading = not after and item_number(ln.text) is None and len(ln.text.split()) <= 8 \
                and self.L(n - 1).n == title
            # (a protocol's number through the year right under the title, the body's name beside it, said again
            # in the letterhead of later pages: "2/2098      Vård- och omsorgsnämnden", no paragraph)
            letterhead = n <= title + 2 and re.match(r"\s*\d{1,3}/(?:19|20)\d\d\b", ln.text) is not None \
                and sum(self._as_written(m).key == ln.key for m in range(1, len(self.lines) + 1)) > 1
            if item_number(ln.text) and not _parse_date(ln.text, None) and not letterhead \
                    or re.match(r"^\s*#{1,6}\s", ln.raw) and not body_heading:
                break
            after.append(n)
        return [title, *after, *before]
