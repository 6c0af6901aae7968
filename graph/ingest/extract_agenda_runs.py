"""The numbered items: which of the numbered lines are the agenda's.

- numbered item lines per numbering form ("§ 1 Title", "1. Title", "1) Title", "1 Title", "Punkt 1.", "N:o 1", a
  table's row, a number far right of its title), each run going up by one from 1 (from any number for § paragraphs);
  the agenda is the form with the longest run (`_numbered_runs`, `_numbered`), an agenda announced before its items
  passed over; no numbered sentences, attachments, people or points inside an item's text; a title run on into its
  text ("Mötets öppnande Ordförande X hälsade ...", "Val av sekreterare – Niklas Holm") cut where the text begins;
  paragraphs whose sign a scan lost taken into the run (`_signs_lost`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from ..names import fold
from .extract_agenda_headings import _LIST_POINT_LINE, _SENTENCE_VERB
from .extract_agenda_numbering import _MEETING_ITEM, _NO_ORGAN, _PARA_AFTER, item_number
from .extract_agenda_titles import _DNR_CELL, _DNR_FIRST, _TITLE_LABEL_TAIL, under_point_title
from .extract_model import Line, RulesBase
from .extract_text import _FINITE_VERB, _PASSIVE_VERB, _PRESENTING_VERB, _name_like
from .names_found import GIVEN_NAMES, plausible_name
from .ocr_repair import DIGIT_LETTERS, kw

# the annexes an item's line refers to, in a cell of their own far right ("Bilaga 2:1", "Bilagor 2:3-2:9", "Bil. 4")
_ANNEX_CELL = re.compile(r"(?:bilagor|bilaga|bil\.?)\s*\d{1,3}(?:[:.]\d{1,3})?(?:\s*[-–]\s*\d{1,3}(?:[:.]\d{1,3})?)?",
                         re.I)

# a sentence's stop, not an abbreviation's: the word before it no "kl.", "ca.", "nr.", "bl.a.", "t.ex.", "föredr.",
# "ordf." (a lookbehind after the stop's last letters)
_NO_ABBREVIATION = r"(?<!\bkl)(?<!\bca)(?<!\bnr)(?<!\bbl\.a)(?<!\bt\.ex)(?<!\bföredr)(?<!\bordf)(?<!\bOrdf)(?<!\bKl)"
# a text's first sentence (before its stop and a capital, or at its end; not an abbreviation's stop)
_FIRST_SENTENCE = re.compile(r"^(.+?[^\s.]{2}" + _NO_ABBREVIATION + r"|.+?\))\.(?=\s+[A-ZÅÄÖ]|\s*$)")
# a lead-in naming the agenda over its numbered items ("Dagordning:", "Följande ärenden behandlades:")
_LIST_HEADING_LEAD = re.compile(r"dagordning|foredragningslista|arendelista|agenda|arenden|punkter|program")

# the deciding body and the diary number as a paragraph's heading, the title on the line under it ("§ 12
# Arbetsutskottet (Dnr 2069/4)" / "Val av justerare", "§ 3  Kommunstyrelsens arbetsutskott  Dnr KS 2030/12"; not
# "§ 3 Ledamot i Beredningen (Dnr 2051/03)", a title)
_BODY_DNR = re.compile(r"(?:\w+s\s+)?\w*(?:utskott|utskottet|nämnd|nämnden|styrelse|styrelsen|direktion|direktionen"
                       r"|beredning|beredningen|rådet|gruppen|ledningen)\s*,?\s*[(\[]?\s*"
                       r"(?:dnr|diarienr|diarienummer)\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,6}\s*)?\d[\w/.:-]*\s*[)\]]?", re.I)


# a section's heading in capitals between numbered items ("FORMALIA", "MEDDELANDEN", "ÖVRIGT")
_SECTION_CAPS = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖ ]{2,40}")


def found_any(runs: dict[str, list[tuple[int, int, str, int | None]]], form: str) -> bool:
    """Whether a run of this numbering form has begun."""
    return bool(runs.get(form))


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


class AgendaRunRules(RulesBase):
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
        if len(run) >= 2 and self._points_under_a_heading(run, start, end):
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
        extract = self._an_extract()
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
                # (a number with no mark, its title close beside it, is a bare number as in the rows the columns split
                # otherwise: "1  <cell>Mötets öppnande" beside "2      Val av justerare" one run; a page's number far
                # left of its running head, "2                    Arbetsgruppen 4/2098", no item of that run)
                if h is None and (bare := re.fullmatch(r"(?:[•·▪]\s*)?(§)?\s*(\d{1,3})([.):]?)", ln.cells[0].strip())):
                    indent = len(ln.raw) - len(ln.raw.lstrip())
                    close = not bare.group(3) and 0 <= ln.raw.find(ln.cells[1].strip()) - indent <= 16
                    h = (int(bare.group(2)), None, "§" if bare.group(1) else "bare" if close else "dot")
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
                        and (len(ln.cells[1].split()) >= 4 and not _name_like(ln.cells[1].split(",")[0].strip())
                             or self._text_column_goes_on(ln)) \
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
                if nxt is None or self.L(nxt).layout:
                    # (a page's end between the number and its title: "8." / ... / the page's footer / "Nästa möte")
                    k = ln.n + 1
                    while k <= end and (self.L(k).blank or self.L(k).layout):
                        k += 1
                    if k <= end and any(self.L(m).layout for m in range(ln.n + 1, k)):
                        nxt = k
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
                    and not (len(ln.cells) > 1 and ln.cells[0].rstrip().endswith(title)
                             and any(c.strip() for c in ln.cells[1:])) \
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
                         # (or a table's row, the item's cell a title and a sentence, the decision's cell after it: "|
                         # 5. | Gruppens styrgrupp: X lämnar styrgruppen. | Y ersätter X som ... |")
                         or len(ln.cells) > 2 and colon.group(2).rstrip().endswith(".")
                         and len(colon.group(2).split()) >= 3
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
            # (a paragraph mark alone over its title, the item's first sentence run on after it on the line: "§4" /
            # "Barnfattigdom i länet, lägesbild 2087. Anna Holm, analytiker Region Kalmar län, redovisade"): the
            # title before the stop, the line the item's text too
            if form == "§" and title_line is not None and not sentence_title and cell_head is None \
                    and (run_on := re.match(r"([A-ZÅÄÖ][^.]{2,90}?[^\s.]{2})\.\s+"
                                            r"([A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ][\w-]+)[,\s]", title)) \
                    and plausible_name(run_on.group(2)) and not _FINITE_VERB.search(kw(run_on.group(1), self.lx)) \
                    and not _PASSIVE_VERB.search(kw(run_on.group(1), self.lx)):
                title = run_on.group(1)
                self.inline_heads.add(title_line)
            # (a long title where it goes on the numbering, no stop at its end: "6. Utse någon att representera
            # gruppen i arbetsgrupp som ... ska planera en temadag om anhörigstöd" between 5 and 7)
            # (or a paragraph's first sentence as its title, on the mark's line or under it: up to sixty words)
            sentence_title = sentence_title or form == "§" and ln.n in self.inline_heads
            # (an extract's paragraph, its text on the mark's line: "§4. X valdes att justera protokollet.", "§9.
            # Budget 2088. Y redogjorde för ärendet."): the first sentence the title, the line the item's text too
            if extract and form == "§" and title_line is None and cell_head is None \
                    and title.rstrip().endswith(".") and (first := _FIRST_SENTENCE.match(title.strip())) is not None \
                    and 2 <= len(first.group(1).split()) <= 60:
                title = first.group(1)
                sentence_title = True
                self.inline_heads.add(ln.n)
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
                if num not in (expected[form], expected[form] + 1) and not (extract and form in ("§", "dot")
                                                                           and num > found[-1][1]):
                    continue
            # (or in the numbering an accepted protocol laid out alike headed its items with: a body numbering its
            # items on through the year, "Ärende 8:" the first of its second meeting; or an extract's first item)
            elif (num != 1 and form != "§" and form not in self.learned.item_forms
                  and not (extract and form == "dot")) or ln.n > limit:
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

    def _run_on_title(self, text: str, form: str = "§") -> str | None:
        """The title before the item's text run on after it on the paragraph's line ("Mötets öppnande Ordförande X
        hälsade ...", "Medlemsregistret 212 st medlemmar", "Nästa möte 85-10-16 kl 14.00"): a capitalised word and up
        to six more in lower case (no verb), then a capitalised word or a number opening the rest, three words or
        more with a verb or a number; not where the capitalised word opens an organisation's name ("Rapport från
        Region Kalmar län")."""
        # (a title in capitals, its words all so: "NÄRA VÅRD Marie Ragnarsson informerade ...")
        m = re.match(r"^([A-ZÅÄÖÉ]{2,}(?:\s+[A-ZÅÄÖÉ]+){1,5}(?=\s+[A-ZÅÄÖÉ][a-zåäöé])"
                     r"|[A-ZÅÄÖÉ][\wåäöé-]*(?:\s+(?:[a-zåäöé][\wåäöé-]*|\([^()]{2,20}\)|o|ev|&)){0,6})\s+"
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

    def _points_under_a_heading(self, run: list[tuple[int, int, str, int | None]], start: int, end: int) -> bool:
        """The numbered lines are points in the text of a section under a heading, not the agenda: minutes whose
        sections stand under headings with no number, two or more of them with text before the points ("Formalia" /
        "X öppnade mötet." / ... / "Aktiviteter under året" / "... genom insatserna nedan." / " 1. Uppsökande team" /
        " 2. ..."); the points one a line, one under the other (a page's break between them counts for none), no
        text under any, the line right above the first a sentence's end, and a heading with no number after the
        last."""
        lines = [n for n, _num, _t, _l in run]
        if any(title_line is not None for _n, _num, _t, title_line in run):
            return False
        for a, b in itertools.pairwise(lines):
            if any(not (self.L(m).blank or self.L(m).layout) for m in range(a + 1, b)):
                return False
        above = self._prev_nonblank(lines[0])
        if above is None or not self.L(above).text.rstrip().endswith((".", ":")) \
                or self._is_heading(above) or len(self.L(above).text.split()) < 6 \
                and (above == 1 or self.L(above - 1).blank):     # (a sentence's last line counts: "... nedan.")
            return False
        heads = [n for n, _t in self._plain_heads(start, above)
                 if (nx := self._next_nonblank(n, above)) is not None and not self._is_heading(nx)]
        return len(heads) >= 2 and self._plain_heads(lines[-1] + 1, end) != []

    def _text_column_goes_on(self, ln: Line) -> bool:
        """The right cell of line ln goes on on the next line in its column, nothing left of it ("§ 7 Syrgas i
        hemmet        Tobias Grahn, lungsjuksköterska i" / "                Region Kalmar län, föredrog ..."): a
        column of text, not of the item's presenter."""
        if ln.n >= len(self.lines) or len(ln.cells) != 2:
            return False
        at = ln.raw.expandtabs(8).find(ln.cells[1].strip())
        nxt = self.L(ln.n + 1).raw.expandtabs(8)
        return at > 0 and not nxt[:at].strip() and len(nxt) > at and abs(len(nxt) - len(nxt.lstrip()) - at) <= 2

    def _an_extract(self) -> bool:
        """The document is an extract of a protocol ("UTDRAG UR PROTOKOLL", "Protokollsutdrag", "Utdrag ur protokoll
        från ..." in its first lines): a few of the meeting's paragraphs, their numbers apart ("§4" then "§9")."""
        return any(re.match(r"(?:utdrag\b|protokolls?utdrag\b)", fold(ln.text).strip())
                   for ln in self.lines[:15] if not ln.blank)

    def _extract_points(self, start: int, end: int) -> list[tuple[int, str]]:
        """An extract's paragraphs numbered by their place in the whole protocol's agenda, the section's number
        first ("1.4 Val av justerare", "3.2 Vaccination på särskilda boenden (se bilaga)"): each an item of its own,
        no number (the extract keeps none of the meeting's numbering)."""
        if not self._an_extract():
            return []
        return [(ln.n, ln.text[m.end():].strip()) for ln in self.lines[start - 1:end]
                if not ln.blank and not ln.layout and (m := _MEETING_ITEM.match(ln.text))
                and len(ln.text[m.end():].split()) >= 2 and not ln.text.rstrip().endswith((",", ";"))]

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
