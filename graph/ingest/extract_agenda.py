"""The agenda: its items, each item's lines, and sub-items.

- the agenda (`_agenda`): numbered items (extract_agenda_runs.py), else Markdown headings, else headings by their
  shape (extract_agenda_headings.py); a heading over its text before the first numbered item is an unnumbered item
  ("Öppnande"); each item's lines up to the next item's, the last ending at the signatures or at a section on the
  meeting itself, an attendance list read inside an item left out of its text;
- sub-items (`_numbered_items`): numbered "5.1 Title" under item 5, lettered ("a) Dagordningen"), counted
  ("1. Trygg hemgång" under "§ 7"), else standalone lines inside a numbered item (not under "Beslutspunkter", whose
  sub-headings name decisions; not a list of tasks or of the documents an item was decided on);
- the lines around a line: `_next_nonblank`, `_prev_nonblank`, `_last_content`.

An item's number and the line's form: extract_agenda_numbering.py; an agenda written as a table:
extract_agenda_tables.py; items' titles, presenters and the agenda announced before them: extract_agenda_titles.py.
"""

from __future__ import annotations

import itertools
import re

from ..names import fold
from .extract_agenda_numbering import _MEETING_ITEM, clock_stripped, item_number
from .extract_agenda_runs import _NO_ABBREVIATION
from .extract_agenda_titles import _DNR_FIRST
from .extract_dates import _DATE_RE, _ISO_RE, _date_mentions
from .extract_model import Extraction, Item, PersonMention, RulesBase
from .extract_money import amounts_in
from .extract_text import _FINITE_VERB, _PRESENTING_VERB, _PROCEDURAL, _SIGNATURE, JUNK_LINE, _name_like
from .names_found import GIVEN_NAMES, plausible_name
from .ocr_repair import kw, repair_text, strip_markup

# words that open a sentence, no title ("Då Ulla Björk ej är närvarande, valdes ...", "Till ledamot i presidiet efter
# X valdes ...")
_NO_TITLE_WORDS = {"da", "nar", "om", "efter", "innan", "eftersom", "sedan", "till", "for", "vid", "under", "med",
                   "som", "i", "pa", "av", "fran", "enligt", "infor"}

# a sub-item lettered with no mark after its letter, its title ending in a colon, the text under it ("a Ekonomi:")
_BARE_LETTER = re.compile(r"^\s*(?P<letter>[a-h])\s+(?P<title>[A-ZÅÄÖ][^.:]{1,60})(?=:\s*$)")

# a sub-item's number alone on its line ("§8b", "5.2", "14 a)"), its title on the next
_SUB_ALONE = re.compile(r"^\s*(?:§\s*)?(\d{1,3})(?:\.(\d{1,2})|\s?([a-h]))[.):]?\s*$")

# the sections of one item's text under headings of their own, no sub-items (folded): "Tidigare beslut",
# "Ärendebeskrivning", "Förslag till beslut", "Bakgrund", "Yrkanden"
_SECTION_OF_ITEM = re.compile(r"(?:tidigare|dagens|motets|ordforandens|\w+(?:ens|ets|s))?\s*(?:beslut|beslutet|besluten"
                              r"|beslutsforslag|forslag till beslut|arendebeskrivning|arendet|bakgrund|yrkanden?"
                              r"|propositionsordning|reservation|protokollsanteckning|ekonomiska konsekvenser"
                              r"|barnkonsekvensanalys|beslutsunderlag|underlag|handlingar)")


# a sub-item: "5.1 Title", "§ 5.1 Title", "4:1 Title", or lettered "§ 14 a Title", "14 b) Title", "14a. Title", "6. a)
# Title" (the item's number with its stop before the letter), "§ 14A Title" (a capital set on the number, no space)
_SUB_RE = re.compile(r"^\s*(?:§\s*)?(\d{1,3})(?:\.(\d{1,2})\.?|:(\d)(?!\d)|(?:\.\s?|\s)?([a-h])[.):]?|[A-H][.):]?)"
                     r"\s+(?P<title>[A-ZÅÄÖ\d]\S*.*?)\s*$")


# a heading of a meeting page's section on the meeting after its items (folded): "Mötesinformation", "Närvarolista"
_MEETING_SECTION = re.compile(r"motesinformation|sammantradesinformation|information om (?:motet|sammantradet)"
                              r"|narvarolista|narvaroforteckning|deltagarlista")

# a sub-item set as a dash's or a bullet's line ("- Kartläggning av hemlöshet 2075"): its title
_DASHED_SUB = re.compile(r"\s*[-–•·▪]\s+(?P<title>[A-ZÅÄÖ][^\n]*?)\s*$")

# a sub-item lettered without its item's number ("a) Dagordningen", "b. Rapporter", "(c) Budget", "c.Budget" with no
# space after the stop before a word's capital)
# (a stop and a bracket after the letter too: "a.) Ny ledamot. X lämnar styrgruppen.")
_LETTERED_SUB = re.compile(r"^\s*\(?(?P<letter>[a-hA-H])(?:\.\)\s+|[.)/]\s+|\.(?=[A-ZÅÄÖ][a-zåäö]{3}))"
                           r"(?P<title>[A-ZÅÄÖ][^\s.]*(?:\.?\s.*?)?\.?)\s*$")

# the number a word processor sets before a lettered point of its own list, the same under any item (" 1. a)
# Processledaren", " 1. b) Lokala college"): no number of the item's
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}\.\s+(?=[a-h]\)\s)")


# a sub-item's letter alone in a table's first column, its text in the next ("a      Tobakstillsyn: 14 kontrollköp har
# gjorts ..."): the letter, the title
_CELL_LETTER = re.compile(r"^\s*(?P<letter>[a-h])\s{2,}(?P<title>[A-ZÅÄÖ].*?)\s*$")


def _stopped_phrase(title: str) -> str | None:
    """A short title of one phrase ended with a full stop, the headings' style ("Sociala kontrakt och boendestöd
    2100."): the phrase without its stop; None for any other title (a sentence, an abbreviation's stop, no stop)."""
    t = title.strip()
    return t[:-1] if re.fullmatch(r"[^.!?]+[^.\s]{2}\.", t) and len(t.split()) <= 8 else None


def _lettered_point(text: str) -> re.Match[str] | None:
    """A lettered point's line, its letter and title (`_LETTERED_SUB`, `_BARE_LETTER` with no mark after the
    letter, or `_CELL_LETTER` in a column of its own)."""
    return _LETTERED_SUB.match(text) or _BARE_LETTER.match(text) or _CELL_LETTER.match(text)


# a page's running head opening with the paragraph the page holds, the organ and the meeting after it ("14, LGL,
# 2080-04-17 09:00      Sida 3")
_RUNNING_HEAD_NUMBER = re.compile(r"^\s*(\d{1,3}),\s+[A-ZÅÄÖ][\wÅÄÖåäö-]{1,10},\s+\S")

# an item's diary number alone on its line ("Dnr BER 2047/12", "Dnr: RS 2030-45", "LGL 2054/7")
_DIARY_LINE = re.compile(r"(?:(?:dnr|diarienr|diarienummer)\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,6}\s*)?\d[\w/.:-]*"
                         r"|[A-ZÅÄÖ]{2,6}\s+(?:19|20)\d\d[/-]\d{1,5})", re.I)


# the information given before a meeting's items, its subjects after the colon ("Inför styrgruppens sammanträde
# lämnades följande information: ...", "Före sammanträdet gavs information om: ...")
_INFORMATION_GIVEN = re.compile(r"(?P<title>(?:Inför|Före|Innan|Under|Vid)\s[^:.]{3,80}?\s"
                                r"(?:lämnades|gavs|redovisades)\s+(?:följande\s+)?information(?:\s+om)?)\s*:\s+\S")


# a line of a list of tasks: who is responsible or by when ("Ansvarig: X", "Klart till: D", "- Boka lokal (X,
# senast D)"), a check box, a table's rule; a deadline only in a bullet point or in brackets: "senast" in a sentence
# is no task
_TASK_LINE = re.compile(r"\bansvarig\w*\s*:|\bansvar\s*:|\bklart\s*(?:till|senast|datum)?\s*:"
                        r"|^\s*[-*•–].*\b(?:senast|deadline)\b|\([^()]*\b(?:senast|deadline)\b[^()]*\)"
                        r"|^\s*[-*•]?\s*\[[ xX]?\]|^[\s|:-]*-{3,}[\s|:-]*$", re.I)
# the head of a table of tasks ("| Åtgärd | Ansvarig | Klart till |")
_TASK_TABLE_HEAD = re.compile(r"(?:^|\|)\s*(?:åtgärd|uppgift|aktivitet|vad)\s*\|.*\b(?:ansvarig|vem)\b", re.I)


class AgendaRules(RulesBase):
    def _agenda(self, ex: Extraction, end: int, start: int | None = None) -> list[Item]:
        if start is None:
            start = (ex.meeting_lines[1] + 1) if ex.meeting_lines else 1
        numbered = self._numbered(start, end)
        if self._a_run_of_items(numbered, end):
            # an unnumbered first item ("Öppnande", "Mötets öppnande") before the numbered ones: a
            # heading with its text under it
            first = numbered[0][0]
            # (with text under it: "Punkter" / "Ärenden" right over the first numbered item heads the agenda)
            # (nor the notice of the signing with its text, "BEVIS  Protokollet har anmälts hos ...")
            # (nor a signer's name under the dotted line, "........" / "Cecilia Frid sekreterare", nor the field of
            # the adjusting's time and place)
            # (nor a signer's label with the name after it: "Sekreterare Margit Holm", "Justeringspersoner Per Ek")
            lead = [(n, t) for n, t in self._plain_heads(start, first - 1)
                    if n not in self.list_headings and not _SIGNATURE.match(self.L(n).key)
                    and not (re.match(r"(?:sekreterare|justeringspersoner?|justerare|justerande|(?:konferens|motes)?"
                                      r"ordforande|protokollforare)\s+(?=\S)", self.L(n).key)
                             and _name_like(re.sub(r"^\S+\s+", "", self.L(n).text.strip())))
                    and not re.match(r"(?:anslag|anslagsbevis|justeringsbevis|bevis|utses att justera|justerare"
                                     r"|justeras av|justeringens plats|tid och plats for justering)\b", self.L(n).key)
                    and not ((p := self._prev_nonblank(n)) is not None
                             and re.fullmatch(r"\s*[._…]{6,}\s*", self.L(p).text))
                    and self._last_content(n, first - 1) > n
                    # (nor the heading over the agenda announced before the items, "Dagordning" / "§41. Öppnande" / ...)
                    and not all(self.L(m).blank or m in self.announced_agenda for m in range(n + 1, first))]
            # (or the information given before the items, a line of its own: "Inför styrgruppens sammanträde lämnades
            # följande information: Digital nattillsyn; Lennart Holm, enhetschef; ...": an item of its words)
            for n in range(start, first):
                if (given := _INFORMATION_GIVEN.match(self.L(n).text.strip())) and not self.L(n).layout \
                        and (n == 1 or self.L(n - 1).blank or self.L(n - 1).layout
                             or len(self.L(n - 1).text.split()) <= 4 or self.L(n - 1).text.rstrip().endswith(".")) \
                        and all(n != m for m, _t in lead):
                    lead = sorted([*lead, (n, given.group("title"))])
                    self.inline_heads.add(n)
            items = [Item(self._item_title(t), (n, self._last_content(n, (lead[i + 1][0] - 1) if i + 1 < len(lead)
                                                                 else first - 1)))
                     for i, (n, t) in enumerate(lead)]
            numbered_items = self._numbered_items(numbered, end)
            if self._meeting_prefix:
                # (numbered after the meeting's number, "3.1" ... "3.8": the items keep no number of their own, and
                # the points under one, "a. Val av justerare", are its lines, no sub-items: a sub-item's number
                # would need its parent's)
                for it in numbered_items:
                    if it.parent is not None and (up := next((p for p in numbered_items
                                                              if p.n == it.parent and p.parent is None), None)):
                        up.presenters.extend(it.presenters)
                numbered_items = [it for it in numbered_items if it.parent is None]
                for it in numbered_items:
                    it.n = None
            items += numbered_items
            if lead:
                items = self._trailing_heads(items, numbered[-1][1])
        else:
            md = [ln.n for ln in self.lines[start - 1:end]
                  if re.match(r"^\s*#{1,6}\s+\S", ln.raw) and not self._list_heading_kind(ln)]
            announced = self._announced_heads(start, end) if len(md) < 2 else []
            if announced:
                # (a heading over the text before the announced agenda, the meeting's opening: "Välkomna" / "X hälsade
                # välkomna ..." / "Upplägget av dagen var enligt följande:" / "- Föregående minnesanteckning" / ...)
                # (its text a sentence of its own, not the agenda's heading alone: "Behandlade beslutsärenden" /
                # "Agenda:" / "• Inledning" / ...)
                first_listed = min(self.announced_agenda)
                announced = [(n, t) for n, t in self._plain_heads(start, first_listed - 1)
                             if any(self.L(m).text.rstrip().endswith(".") and _FINITE_VERB.search(self.L(m).key)
                                    and not self.L(m).layout for m in range(n + 1, first_listed))] + announced
            heads = [(n, self.L(n).text.strip(" *")) for n in md] if len(md) >= 2 else \
                announced or self._plain_heads(start, end)
            if len(timed := self._timed_heads(start, end)) > len(heads):
                heads = timed
            if len(md) < 2 and len(bulleted := self._over_bullets(start, end)) > len(heads):
                heads = bulleted
                # (a title that is a sentence opening with a name, "Kristin Irebring, RKL, informerar om
                # beroendevården": its words the item's text too, its presenter)
                self.inline_heads.update(n for n, t in bulleted
                                         if _name_like(re.split(r",|\s+(?=[a-zåäö])", t)[0].strip()))
            if len(md) < 2 and len(heads) < 2 and len(said := self._sentence_bullets(start, end)) > len(heads):
                heads = said            # "• Petra Hornstra redovisade ..." / "  ... i nuläget.": each bullet an item,
                self.inline_heads.update(n for n, _t in said)     # its first line the title, its text its own
            if len(md) < 2 and len(heads) < 2 and self.ex is not None and self.ex.doc_kind == "protocol" \
                    and len(paragraphs := self._indented_paragraphs(start, end)) > len(heads):
                heads = paragraphs      # "   X öppnade mötet ..." / "" / "   Y redovisade ...": each paragraph an
                self.inline_heads.update(n for n, _t in paragraphs)    # item, its first sentence the title
            if len(md) < 2 and len(points := self._extract_points(start, end)) > len(heads):
                heads = points          # "1.4 Val av justerare" / "3.2 Vaccination ...": an extract's paragraphs
            if len(lettered := self._lettered_heads(start, end)) > len(heads):
                heads = lettered        # "• A/ Val av justerare", "• B/ Föregående protokoll", ...
            if len(labelled := self._labelled_heads(start, end)) > len(heads):
                # (and the headings alone on their lines between them, minutes mixing both forms: "Justering: X
                # utsågs ..." / "Utskrivningsklara dagar" / "X redovisade ...")
                at = {n for n, _ in labelled}
                plain = [(n, t) for n, t in self._plain_heads(start, end) if n not in at] if len(heads) >= 2 else []
                heads = sorted(labelled + plain)   # "Ekonomi: X redovisar ..." / "Nästa möte: 12 maj ...": the text
                self.inline_heads.update(n for n, _ in labelled)   # after each label the item's own
            # (a heading over nothing, last in the document: a web page's link below the minutes, "Samordningsgruppen
            # för länsnätverket"; not a closing item's own words, "Avslutning")
            if len(heads) >= 3 and self._next_nonblank(heads[-1][0], end) is None \
                    and not _PROCEDURAL.match(fold(heads[-1][1]).strip(" :")) \
                    and not re.search(r"avslut|nasta|ovrigt|ovriga", fold(heads[-1][1])):
                heads = heads[:-1]
            inside = {m for a, last, _stop in self.list_zones for m in range(a, last + 1)}
            # (a heading above the lists of those present, two or more after them, no sentence between it and the
            # lists: the meeting's theme under the minutes' title, "Unga som varken arbetar eller studerar – vägen
            # från skola till arbete" / "Punkter som togs upp under temamötet i ...", no item; an opening's
            # heading with its text, "KONFERENSENS ÖPPNANDE" / "X hälsar välkommen ...", is one)
            first_list = min((a for a, _last, _stop in self.list_zones if a > start), default=None)
            if first_list is not None and sum(1 for n, _t in heads if n > first_list) >= 2:
                heads = [(n, t) for n, t in heads if n > first_list or any(
                    re.search(r"[.:!?](?:\s|$)", self.L(m).text) for m in range(n + 1, first_list))
                         or re.search(r"[.!?]\s", self.L(first_list).text)]
            # (a list's word as a heading over a sentence of those present read as the list: "Deltagare" / "I mötet
            # deltog A, Org, och B, Org.": the list's heading, no item)
            heads = [(n, t) for n, t in heads
                     if not (self._list_heading_kind(self.L(n)) and (nx := self._next_nonblank(n, end)) is not None
                             and (any(a <= nx <= last for a, last, _stop in self.list_zones)
                                  or self._opens_presence_sentence(nx)))]
            heads = [(n, t) for n, t in heads if n not in inside and n not in self.list_headings
                     and n not in self.super_heads
                     and not self._task_section(n, end) and not self._in_documents_list(n)]
            # (each heading's paragraph number in the page's running head right above it, a kommun's paragraph per
            # page: "14, LGL, 2080-04-17 09:00      Sida 3" / "Sammanträdets laglighet och beslutförhet"; the front
            # page's headings above the first such paragraph are no items: "NÄRVARANDE MEDLEMMAR:")
            headed = {n: int(m.group(1)) for n, _t in heads if n > 1
                      and (m := _RUNNING_HEAD_NUMBER.match(self.furniture.get(n - 1, "")))}
            if len(headed) >= 3 and list(headed.values()) == sorted(headed.values()):
                heads = [(n, t) for n, t in heads if n >= min(headed)]
            else:
                headed = {}
            items = []
            for i, (n, title) in enumerate(heads):
                stop = heads[i + 1][0] - 1 if i + 1 < len(heads) else end
                if i + 1 == len(heads):     # (the last one ends at the signatures: "Justerande" / "Per Ek")
                    stop = min([stop] + [m - 1 for m in range(n + 1, stop + 1) if self._signature_over_name(m, stop)])
                # (an attendance list read inside the item: the item's text ends before it)
                stop = min([stop] + [a - 1 for a, _last, _stop in self.list_zones if n < a <= stop])
                # the people named after an unnumbered heading's title present it, as after a numbered one's
                # ("10.15–10.35 Ungdomsmottagningar – Anna Holm", "**Budget** (Per Ek)")
                title, presenters = self._title_presenters(clock_stripped(title)) if " / " not in title \
                    else (title, [])
                # (a noun phrase's stop after it, "Föredragning av lägesrapporten.": no part of the title)
                title = title[:-1] if title.endswith(".") and not title.endswith("..") else title
                item = Item(self._item_title(title), (n, self._last_content(n, stop)), n=headed.get(n))
                for name in presenters:
                    item.presenters.append((name, (n, n)))
                    if self.ex is not None:
                        self.ex.mentions.append(PersonMention(name, (n, n), "presenter"))
                items.append(item)
            self._organ_numbers_under(items)
        return items

    def _a_run_of_items(self, numbered: list[tuple[int, int, str, int | None]], end: int) -> bool:
        """Numbered items enough to be the agenda: two or more; or one, its lettered sub-items (three or more) the
        whole of the minutes ("1. Föredragningslista enligt överenskommelsen" / "a) Konferensen öppnades" / text /
        "b) ..." / ...)."""
        return len(numbered) >= 2 or len(numbered) == 1 and len(self._lettered_subs(numbered[0][0], end)) >= 3

    def _organ_numbers_under(self, items: list[Item]) -> None:
        """Unnumbered headings each with the organ's word and the paragraph's number on the line under it
        ("Öppnande av mötet" / "Nätverket 14" / text, "Val av sekreterare" / "Nätverket 15"): those numbers the
        items', three or more, one word for all, going up."""
        marks: list[tuple[Item, int]] = []
        words: set[str] = set()
        for it in items:
            m = re.fullmatch(r"([A-ZÅÄÖ][\wåäö-]{2,20})\s+(\d{1,3})", self.L(it.lines[0] + 1).text.strip()) \
                if it.n is None and it.lines[0] < it.lines[1] else None
            if m:
                marks.append((it, int(m.group(2))))
                words.add(m.group(1))
        nums = [num for _it, num in marks]
        if len(marks) >= 3 and len(words) == 1 and all(b > a for a, b in itertools.pairwise(nums)):
            for it, num in marks:
                it.n = num

    def _trailing_heads(self, items: list[Item], last_n: int) -> list[Item]:
        """An agenda whose numbered items have unnumbered ones before them ("Inledning" / "Tema 1: ..." / ...): the
        headings after the last numbered item, written as those before it (no number of their own), are items
        of their own too ("Avslutning"), not parts of the last numbered item."""
        tails = [it for it in items if it.parent == last_n and not _SUB_RE.match(self.L(it.lines[0]).text)]
        subs = [it for it in items if it.parent == last_n]
        if not tails or len(tails) != len(subs):
            return items
        last = next(it for it in items if it.n == last_n and it.parent is None)
        last.lines = (last.lines[0], self._last_content(last.lines[0], tails[0].lines[0] - 1))
        for it in tails:
            it.parent = None
        return items

    def _text_start(self, it: Item) -> int:
        """The first line of an item's text: the line after its heading, or the heading's own line when the
        text goes on there ("§ 4 Övrigt. Inga övriga frågor.")."""
        if it.lines[0] in self.inline_heads:
            return it.lines[0]
        # (the item's diary number alone on the line under its heading, "Dnr BER 2047/12", "LGL 2054/7": no text)
        # (nor the title under a number alone, "PK 14" / "FASTSTÄLLANDE AV DAGORDNING", "§ 3" / "Budget")
        n = it.lines[0] + 1
        head = item_number(re.sub(r"\s{2,}.*$", "", self.L(it.lines[0]).text.strip()))
        if head is not None and head[1] is None and n <= it.lines[1] \
                and fold(self.L(n).text.strip()) == fold(it.title.strip()):
            n += 1
        if n <= it.lines[1] and _DIARY_LINE.fullmatch(self.L(n).text.strip()):
            return n + 1
        return n

    def _agenda_head(self, n: int) -> bool:
        """Line n heads an agenda table ("Punkt   Ärende   Föredragande   Beslut"): cells of one or two
        capitalised words, one of them an agenda column's, over a numbered row."""
        cells = [c for c in re.split(r"\t| {2,}|\s\|\s", self.L(n).text.strip(" |")) if c.strip()]
        nxt = self._next_nonblank(n, len(self.lines))
        return len(cells) >= 3 and nxt is not None and item_number(self.L(nxt).text) is not None \
            and all(re.fullmatch(r"(?:§|[A-ZÅÄÖ][\wåäö]*\.?)(?: [a-zåäö]+)?", c.strip()) for c in cells) \
            and any(re.fullmatch(r"punkt|arende|foredragande|beslut|nr|§|paragraf|rubrik|amne|ansvarig",
                                 fold(c).strip(" .")) for c in cells)

    def _signature_over_name(self, m: int, end: int) -> bool:
        """Line m is a signature's label alone ("Justerande", "Vid protokollet") over the signer's name alone on the
        next line of text."""
        if not (_SIGNATURE.fullmatch(self.L(m).key.strip(" :")) or self.L(m).key.strip(" :") == "justerande"):
            return False
        nxt = self._next_nonblank(m, end)
        return nxt is not None and plausible_name(self.L(nxt).text.strip(" ,."))

    def _place_date_over_name(self, m: int, end: int) -> bool:
        """Line m is a place and a date alone ("Kalmar 73 06 08", "Växjö den 12 maj 2073", "Nybro, 2073-06-10") over a
        name alone on the next line of text: the signing's place and day, the signatures below (the last item ended
        above it)."""
        hit = re.fullmatch(r"\s*[A-ZÅÄÖ][\wåäöé-]+,?\s+(?:den\s+)?(?P<date>\S.*?)\s*", self.L(m).text)
        if hit is None or not any(w.strip(" .,") == hit.group("date").strip(" .,")
                                  for _p, _d, _mo, y, w in _date_mentions(hit.group("date")) if y):
            return False
        nxt = self._next_nonblank(m, end)
        return nxt is not None and plausible_name(self.L(nxt).text.strip(" ,."))

    def _numbered_items(self, numbered: list[tuple[int, int, str, int | None]], end: int) -> list[Item]:
        items: list[Item] = []
        nums = [num for _, num, _, _ in numbered]
        missing = sorted(set(range(nums[0], nums[-1] + 1)) - set(nums))
        if missing and self.ex is not None:
            self.ex.incomplete.append(f"agenda: no item numbered {', '.join(map(str, missing))} between item "
                                      f"{nums[0]} (line {numbered[0][0]}) and item {nums[-1]} (line {numbered[-1][0]})")
        for i, (n, num, title, title_line) in enumerate(numbered):
            stop = numbered[i + 1][0] - 1 if i + 1 < len(numbered) else end
            # an attendance list read inside the item ("§ 1 Mötets öppnande" / its text / "Närvarande" / names):
            # the item's text ends before it, the list is the record's, not the item's
            stop = min([stop] + [a - 1 for a, _last, _stop in self.list_zones if n < a <= stop])
            head_end = title_line or n
            if i + 1 == len(numbered):
                # (the last item ends where a meeting page's section on the meeting itself begins, its attendance and
                # signatures after the items: "Mötesinformation" / "Justerat den ..." / "Ordförande X (s)")
                # (or the signatures' labels side by side, "Vid protokollet          Justeras", the names under them)
                stop = min([stop] + [m - 1 for m in range(head_end + 1, stop + 1)
                                     if _MEETING_SECTION.fullmatch(fold(self.L(m).text).strip(" *:#"))
                                     or len(self.L(m).cells) >= 2
                                     and all(_SIGNATURE.match(kw(c, self.lx)) for c in self.L(m).cells)
                                     or self._signature_over_name(m, stop) or self._place_date_over_name(m, stop)])
            last = max(head_end, self._last_content(n, stop))
            # (the time after the title and its presenter: "Budget – Per Ek (kl. 13.35)")
            title, presenters = self._title_presenters(clock_stripped(title))
            item = Item(self._item_title(title), (n, last), n=num, title_line=title_line)
            for name in presenters:
                item.presenters.append((name, (head_end, head_end)))
                if self.ex is not None:
                    self.ex.mentions.append(PersonMention(name, (head_end, head_end), "presenter"))
            for name, line in self.announced_presenters.get(num, []):
                if name not in presenters:      # named in the announcing table's row only
                    item.presenters.append((name, (line, line)))
                    if self.ex is not None:
                        self.ex.mentions.append(PersonMention(name, (line, line), "presenter"))
            k = fold(repair_text(title, self.lx))
            # sub-items: numbered "5.1 Title" under item 5, else standalone heading lines
            subs = [m for m in range(head_end + 1, last + 1) if (sm := _SUB_RE.match(self.L(m).text))
                    and int(sm.group(1)) == num]
            # (a sub-item's number alone on its line, its title on the next: "§8a Till ledamot ... valdes X" / "§8b" /
            # "Konferensen beslutade att ...": the title's line starts it)
            alone = {m: nxt for m in range(head_end + 1, last + 1)
                     if (sa := _SUB_ALONE.match(self.L(m).text)) and int(sa.group(1)) == num
                     and (nxt := self._next_nonblank(m, last)) is not None and not _SUB_RE.match(self.L(nxt).text)
                     and item_number(self.L(nxt).text) is None}
            if subs and alone:
                subs = sorted([*subs, *alone.values()])
            number_line = {t: m for m, t in alone.items()}
            # "Beslutsärenden" over decision parts is one item; over numbered items ("3.1 Budget") a section
            item.decisions_only = bool(re.match(r"beslut(spunkter|sarenden|)\b", k)) and not subs
            items.append(item)
            if item.decisions_only:
                continue
            if not subs:
                # (the first point on the heading's own line, a table's row with the item's text beside its heading:
                # "§6 Rapporter      a) Hälsoundersökning vid placering")
                on_head = n in self.cell_heads and bool(_LETTERED_SUB.match(self.L(n).text))
                subs = self._lettered_subs(head_end - on_head, last)
            # (a paragraph's; or an item's counted on from 2 up, its points starting over at 1: "36. Suicidprevention
            # och samsjuklighet - status" / "1. Regional handlingsplan" / text / "2. Medel för suicidprevention")
            if not subs and (re.match(r"\s*[§$]", self.L(n).text) or num >= 3):
                subs = self._counted_subs(head_end, last)
            # (item 2's too, where three points or more are counted under it in another numbering than the items':
            # "2 Formalia" / "1. Val av mötesordförande" / ... / "6. Tidigare mötens protokoll")
            elif not subs and num == 2 and (head := item_number(self.L(n).text)) is not None \
                    and len(counted := self._counted_subs(head_end, last)) >= 3 \
                    and all((point := item_number(self.L(m).text)) is not None and point[2] != head[2]
                            for m in counted):
                subs = counted
            if not subs:
                # (a heading with no text of its own under it before the item ends is no sub-item's: a sentence its
                # stop was left off, "§ 1 Val av justerare" / "Anna Holm utses att justera dagens protokoll")
                subs = [m for m in range(head_end + 1, last + 1) if self._is_heading(m, sub=True)
                        and self._next_nonblank(m, last) is not None
                        and not _SECTION_OF_ITEM.fullmatch(fold(self.L(m).text).strip(" *:"))]
            if not subs:
                subs = self._tight_subs(head_end, last)
            if not subs:
                subs = self._dashed_subs(head_end, last)
            subs = [m for m in subs if not self._task_section(m, last) and not self._in_documents_list(m)]
            # (headings lettered in capitals with no mark after the letter, from A on: "A Lägesrapport om ..." / "B
            # Uppföljning av ...": the letter no part of the title)
            capital_letters = bool(subs) and all(
                (cap := re.match(r"\s*([A-H])\s+[A-ZÅÄÖ][a-zåäö]", self.L(m).text))
                and cap.group(1) == chr(ord("A") + k)
                for k, m in enumerate(subs))
            for j, s in enumerate(subs):
                s_stop = number_line.get(subs[j + 1], subs[j + 1]) - 1 if j + 1 < len(subs) else last
                if s in number_line:        # (the title's line under the number alone: all of it)
                    sm = re.match(r"\s*(?P<title>\S.*?)\s*$", self.L(s).text)
                else:                       # ("1. Trygg hemgång", "a Ekonomi:")
                    sm = _SUB_RE.match(self.L(s).text) or _lettered_point(self.L(s).text) \
                        or re.match(r"\s*\d{1,2}[.)]\s+(?P<title>[A-ZÅÄÖ].*)$", self.L(s).text) \
                        or re.match(_DASHED_SUB, self.L(s).text)
                sub_title = sm.group("title") if sm else self.L(s).text
                if capital_letters and s not in number_line:
                    sub_title = re.sub(r"^\s*[A-H]\s+", "", sub_title)
                if s in number_line and _FINITE_VERB.search(self.L(s).key):
                    self.inline_heads.add(s)    # (the title a sentence under its number: the sub-item's text too)
                if (_lettered_point(self.L(s).text) or _MEETING_ITEM.match(self.L(s).text)) \
                        and (label := self._labelled_point(sub_title)):
                    sub_title = label       # ("a. Mörbylånga: X berättar ...": the label, its text after it; "13.1
                    self.inline_heads.add(s)  # Julfika: Emma Holm ordnar julfika till nästa möte.")
                # the people named after a sub-item's title present it, as after an item's ("7.2 Budget (Per Ek)",
                # "5 b Barnahus – Lena Holm")
                # (a sub-item written as sentences, "3.2  Mötet konstaterades vara behörigt sammankallat. Den förelagda
                # föredragningslistan godkändes.": its first sentence the title, the rest its text)
                if _SUB_RE.match(self.L(s).text) and len(sub_title.split()) > 8 \
                        and (first := re.match(r"^(.+?[^\s.]{2}" + _NO_ABBREVIATION + r"|.+?\))\.(?=\s+[A-ZÅÄÖ(])",
                                               sub_title)) and 2 <= len(first.group(1).split()) <= 30:
                    sub_title = first.group(1)
                    self.inline_heads.add(s)
                # (or its title run on into a person's doing: "§7b Korttidsvistelse Katrin Karlsson rapporterar att
                # ...", a noun's title, the name after it)
                if s not in number_line and len(sub_title.split()) > 6 \
                        and (run_on := self._run_on_title(sub_title)) is not None \
                        and fold(run_on.split()[0]) not in _NO_TITLE_WORDS and len(run_on) >= 5 \
                        and fold(sub_title[len(run_on):].split()[0]) in GIVEN_NAMES \
                        and self._person_doing(sub_title[len(run_on):].strip()):
                    sub_title = run_on
                    self.inline_heads.add(s)
                # (points run into the title after bullets, "A) Sommarlovsinsatser • Kvällsvandringar i sex kommuner •
                # ...": the title before them)
                sub_title = re.split(r"\s[•·▪]\s", sub_title)[0]
                # (a short title's full stop, the headings' style: "6. a) Sociala kontrakt och boendestöd 2100.")
                sub_title = _stopped_phrase(sub_title) or sub_title
                sub_title, sub_presenters = self._title_presenters(clock_stripped(strip_markup(sub_title).strip(" :")))
                sub = Item(self._item_title(sub_title), (s, self._last_content(s, s_stop)), parent=num)
                for name in sub_presenters:
                    sub.presenters.append((name, (s, s)))
                    if self.ex is not None:
                        self.ex.mentions.append(PersonMention(name, (s, s), "presenter"))
                items.append(sub)
        return self._bulleted_between(numbered, items)

    def _bulleted_between(self, numbered: list[tuple[int, int, str, int | None]], items: list[Item]) -> list[Item]:
        """An unnumbered heading among items numbered after one bullet each, with that bullet ("  • 7 Ny
        representant" / ... / "  • Övriga frågor" / ... / "  • 8 Nästa möte"): an item of its own with no number, the
        numbered item before it ending above it (an item with sub-items of its own is left whole)."""
        prefixes = {m.group(1) for n, *_ in numbered if (m := re.match(r"^(\s*[•·▪]\s*)\d", self.L(n).raw))}
        if len(prefixes) != 1 or len(numbered) < 3 \
                or not all(re.match(r"^\s*[•·▪]\s*\d", self.L(n).raw) for n, *_ in numbered):
            return items
        bullet = prefixes.pop()
        out: list[Item] = []
        for it in items:
            split = next((m for m in range(it.lines[0] + 1, it.lines[1] + 1)
                          if (b := re.match(re.escape(bullet) + r"([A-ZÅÄÖ][^.:\d]{1,50}?)\s*$", self.L(m).raw))
                          and len(b.group(1).split()) <= 5), None) \
                if it.parent is None and not any(x.parent == it.n for x in items) else None
            if split is None:
                out.append(it)
                continue
            end = it.lines[1]
            it.lines = (it.lines[0], self._last_content(it.lines[0], split - 1))
            out += [it, Item(self._item_title(self.L(split).raw.strip(" •·▪")),
                             (split, self._last_content(split, end)))]
        return out

    def _counted_subs(self, head: int, last: int) -> list[int]:
        """A paragraph's points counted "1.", "2.", ... under it, each a short title over its own text ("§ 7
        Informations- och frågestund" / "1. Trygg hemgång" / "X berättade ..." / "2. Anhörigstöd" / ...): its
        sub-items, two or more counted from 1 with no gap."""
        found: list[int] = []
        for m in range(head + 1, last + 1):
            pm = re.match(r"\s*(\d{1,2})[.)]\s+([A-ZÅÄÖ][^.:!?]{1,60})$", self.L(m).text)
            if not pm or int(pm.group(1)) != len(found) + 1 or len(pm.group(2).split()) > 8:
                continue
            nxt = self._next_nonblank(m, last)
            if nxt is None or nxt == m + 1 and re.match(r"\s*\d{1,2}[.)]\s", self.L(nxt).text):
                return []       # a list of points with no text under each: the item's text, no sub-items
            found.append(m)
        return found if len(found) >= 2 else []

    def _task_section(self, n: int, stop: int) -> bool:
        """Line n heads a list of tasks, not an item ("Att göra", "Uppföljning", "Åtgärder" over "- Boka lokal
        (Per Ek, senast 2031-05-01)", "Boka lokal. Ansvarig: Per Ek. Klart till: 2031-05-01.", "- [ ] Per Ek: boka
        lokal", or a table "| Åtgärd | Ansvarig | Klart till |"): every line under it, to a blank line, names who is
        responsible or by when, or is such a table's rule."""
        under = []
        for m in range(n + 1, min(stop, len(self.lines)) + 1):
            if self.L(m).blank:
                break
            under.append(self.L(m).text)
        return bool(under) and all(_TASK_LINE.search(t) or _TASK_TABLE_HEAD.search(t) for t in under)

    def _in_documents_list(self, n: int) -> bool:
        """Line n is an entry of the list of documents an item was decided on ("Beslutsunderlag" / "Tjänsteskrivelse
        2031-03-01" / "Redovisning av ..."; "Handlingar", "Underlag", "Bilagor"): the label stands above it with
        no blank line between (a line the page's layout took out counts as one of the list's)."""
        for m in range(n - 1, max(0, n - 9), -1):
            ln = self.L(m)
            if ln.blank and not ln.layout:
                return False
            t = ln.text.strip()
            # (the list's entries: short lines, no sentence, no item's number, above n)
            if t.endswith((".", "!", "?")) or len(t.split()) > 10 or item_number(t) or _SUB_RE.match(t):
                return False
            if re.fullmatch(r"(?:beslutsunderlag|underlag|handlingar(?: i arendet)?|bilagor|bilaga|handlingar som"
                            r" legat till grund for beslutet)\s*:?", fold(ln.text).strip(" *")):
                return True
        return False

    def _lettered_subs(self, head: int, last: int) -> list[int]:
        """Sub-items lettered without their item's number ("a) Dagordningen", "b. Föregående protokoll", "(c)
        Rapporter") inside a numbered item: letters running from a in order, each a short title (a capital
        first, no full stop) with its own text under it before the next letter. A lettered list with no text
        between its entries ("a) Utbildning" / "b) Uppföljning"), clauses ("a) att ..."), sentences or a run
        not from a are none."""
        subs: list[int] = []
        # (the minutes' headings ending with a full stop, "6 Övriga frågor.": a lettered title so ended is a heading
        # of that style, "a) Tolkbokning vid hälsoundersökningar.", one short phrase, no sentences)
        stopped = self.L(head).text.rstrip().endswith(".")
        for m in range(head + 1, last + 1):
            lm = _lettered_point(self.L(m).text) or _lettered_point(_LIST_NUMBER.sub("", self.L(m).text))
            if not lm:
                continue
            title = lm.group("title")
            if ord(lm.group("letter").lower()) - ord("a") == len(subs) and self._labelled_point(title):
                subs.append(m)      # "a. Mörbylånga: X berättar att ...": a short label, the sub-item's text after it
                continue
            phrase = (stopped and _stopped_phrase(title)) or title
            # (a title of up to fourteen words: "a) Regional vaccinationssamordning 2094 – förslag från samordnande
            # grupp Barn och unga Bil 14", no sentence's end)
            if ord(lm.group("letter").lower()) - ord("a") != len(subs) or len(title.split()) > 14 \
                    or phrase.rstrip().endswith((".", ":", ";", ",")) or _PROCEDURAL.match(fold(title).strip(" :")):
                return []       # ("b) Beslut": the letters label the parts of one item, not items)
            nxt = self._next_nonblank(m, last)
            if nxt is None or _lettered_point(self.L(nxt).text) or self.L(nxt).text.strip()[:1].islower():
                return []       # (no text under it, or a sentence running on: "a/ Arbetsutskottet beslutade att" /
                                # "välja ...")
            prev = self._prev_nonblank(m)
            if not subs and prev is not None and self.L(prev).text.rstrip().endswith(":"):
                return []       # "... följande alternativ:" / "a) Alternativ ett": a list the text introduces
            subs.append(m)
        # (one lettered point alone is a sub-item right under its heading, "10 Övriga frågor" / "a) Dagverksamhet i
        # glesbygd" / its text; after the item's own text it is a point of that text)
        alone = len(subs) == 1 and self._next_nonblank(head, last) == subs[0] \
            and len(self.L(subs[0]).text.split()) <= 9
        return subs if len(subs) >= 2 or alone else []

    def _tight_subs(self, head: int, last: int) -> list[int]:
        """Sub-headings set without blank lines: under the item's heading line, short noun-phrase lines
        ("Suicidprevention", "Uppföljning av Gemensam plan för samverkan"), each right after the heading
        or after a line ending a sentence, each with a sentence under it. Two or more make the item's
        sub-items (one such line alone may be a line of the text)."""
        subs: list[int] = []
        for m in range(head + 1, last):
            ln, nxt = self.L(m), self.L(m + 1)
            t = ln.text.strip()
            prev = self._prev_nonblank(m)
            if ln.blank or nxt.blank or len(ln.cells) > 1 or not t[:1].isupper() or len(t.split()) > 8 \
                    or t.endswith((".", ",", ";", ":", "!", "?", "-")) or "," in t or t[:1].isdigit():
                continue
            if prev is None or not (prev == head or self.L(prev).text.rstrip().endswith((".", "!", "?"))):
                continue
            k = kw(t, self.lx)
            if _FINITE_VERB.search(k) or _PROCEDURAL.match(k.strip(" :")) or self._list_heading_kind(ln) \
                    or fold(t.rstrip(":")) in self._repeated_headings() \
                    or _DATE_RE.search(t) or _ISO_RE.search(t) or amounts_in(t) or item_number(t) is not None \
                    or _DNR_FIRST.fullmatch(t) \
                    or any(e.org or e.role for e in self._entry_of(ln)) \
                    or plausible_name(t) and all(w[:1].isupper() for w in t.split()):    # a name alone
                continue
            nk = kw(nxt.text, self.lx)
            if not nxt.text[:1].isupper() or len(t) >= 0.8 * len(nxt.text) or len(nxt.text.split()) < 4 \
                    or not (_FINITE_VERB.search(nk) or _PRESENTING_VERB.search(nk) or nxt.text.rstrip().endswith(".")):
                continue
            subs.append(m)
        return subs if len(subs) >= 2 else []

    def _dashed_subs(self, head: int, last: int) -> list[int]:
        """Sub-headings set as a dash's or a bullet's short line, each over its own text with no dash ("5. Hemlöshet
        och bostadsförsörjning" / "- Kartläggning av hemlöshet 2075" / "Lena Holm redovisade ..." / "- Bostad först i
        hela länet" / ...): a short noun phrase (no full stop, no verb, no comma), the line under it a sentence. Two or
        more make the item's sub-items; a list of points, each over the next, is none."""
        subs: list[int] = []
        for m in range(head + 1, last):
            if not (dm := re.match(_DASHED_SUB, self.L(m).text)):
                continue
            t = dm.group("title").strip()
            nxt = self._next_nonblank(m, last)
            while nxt is not None and self.L(nxt).layout:     # (past a page's furniture between them)
                nxt = self._next_nonblank(nxt, last)
            # (set tight over its text: a blank line between, "  • Fast vårdkontakt" / "" / "X informerar ...", is a
            # point of the item's own text, as the keys of such minutes read it; a page's furniture may stand between)
            if nxt is None or nxt > m + 1 and not any(self.L(q).layout for q in range(m + 1, nxt)) \
                    or re.match(r"\s*[-–•·▪*]\s", self.L(nxt).text) or len(t.split()) > 8 \
                    or t.endswith((".", ",", ";", ":", "!", "?")) or "," in t:
                continue
            k = kw(t, self.lx)
            nk = kw(self.L(nxt).text, self.lx)
            if _FINITE_VERB.search(k) or _PROCEDURAL.match(k.strip(" :")) or amounts_in(t) \
                    or plausible_name(t) and all(w[:1].isupper() for w in t.split()) \
                    or not self.L(nxt).text[:1].isupper() or len(self.L(nxt).text.split()) < 4 \
                    or not (_FINITE_VERB.search(nk) or _PRESENTING_VERB.search(nk)):
                continue
            subs.append(m)
        return subs if len(subs) >= 2 else []

    def _next_nonblank(self, n: int, end: int) -> int | None:
        for m in range(n + 1, min(end, len(self.lines)) + 1):
            if not self.L(m).blank:
                return m
        return None

    def _prev_nonblank(self, n: int) -> int | None:
        for m in range(n - 1, 0, -1):
            if not self.L(m).blank:
                return m
        return None

    def _last_content(self, a: int, b: int) -> int:
        last = a
        for m in range(a, min(b, len(self.lines)) + 1):
            t = self.L(m).text
            if t and not JUNK_LINE.search(t) and re.search(r"[a-zåäöé]{3}", t):
                last = m
        return last
