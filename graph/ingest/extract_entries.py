"""The entries of attendance lists, line by line: a list's lines read into entries (name, organisation or
capacity, the role written beside the name, acting, the member a deputy serves for), one line, table row or cell
at a time (split from extract_lists.py, which finds the lists and their headings).

- a line: "Name, Organisation (tf.)", "Name Organisation", "Organisation: Name, Name", "Name (Org), role",
  organisation first in a table row, two entries on one line, a role or note column after the organisation
  ("samordnare", "för Per Ek"), how the person took part ("- digitalt");
- a list's lines a..b: name lines with the organisation on the next line, page furniture and unreadable lines
  passed over (and reported), the list ending at a line standing over a sentence.

The rest of the entries' reading has modules of its own, their rules mixins the Extractor (extract.py) inherits
beside EntryRules:

- extract_entry_shapes.py: the patterns of an entry's pieces the readers share;
- extract_entry_orgs.py: what an entry's organisation slot names (an organisation, a capacity, a role);
- extract_entry_sentences.py: a list written as a sentence after its label;
- extract_entry_presence.py: a presence column, and the marks of those absent;
- extract_entry_damaged.py: an entry whose name OCR damaged.
"""

from __future__ import annotations

import dataclasses
import re

from ..names import fold
from .extract_entry_orgs import _NO_ORG_CAPITALS, _lettered_org, _new_org_name
from .extract_entry_presence import _ABSENT_MARKS, _AWAY_AFTER_NAME, _LEADING_MARK, _PRESENT_MARKS, _flat
from .extract_entry_sentences import _sentence_parts
from .extract_entry_shapes import (
    _ABBREV_AFTER,
    _ASIDE_CELL_RE,
    _DITTO,
    _FUNCTION_WORDS,
    _IN_PLACE_OF,
    _INITIALS_AFTER_NAME,
    _LIST_NUMBER_RE,
    _MODE_TAIL,
    _NAME_PARTICLES,
    _PRESENCE_ASIDE,
    _SEAT_BEFORE,
    _SEAT_SHORT,
    _SEAT_WORD,
    _SERVING_THEN_ORG,
    _TITLE_CELL,
    _WHEN_CELL,
    _given_first,
    _name_part,
    _plausible_as_read,
    _prose_before_name,
    _without_part_note,
)
from .extract_list_headings import _PAREN_TAIL, LIST_HEADINGS, ORG_KIND, VACANT_SEAT, _heading_words
from .extract_lists import _BULLET_RE, _ranges
from .extract_model import Column, Entry, Line, RulesBase
from .extract_text import (
    _ACTING_RE,
    _ASIDE_RE,
    _INLINE_HEAD,
    _ORG_LEGEND,
    _PARTIES,
    _ROLE_RE,
    JUNK_LINE,
    PARTY_BRACKET,
    TITLE_BY_ENDING,
    _name_like,
)
from .names_found import GIVEN_NAMES, plausible_name
from .ocr_repair import DIGIT_LETTERS, kw

#: the list headings' words for those present as a whole, never a capacity one holds ("Deltagare", "Närvarande")
_THOSE_PRESENT = frozenset({"deltagare", "deltagarlista", "deltagarforteckning", "ledamoter", "medlemmar",
                            "medverkande", "narvarande", "ovriga", "anslutna", "uppkopplade"})



def _role_cell(cell: str) -> bool:
    """A table's cell holding a role or a capacity, not a name: a capitalised word and up to two in lower case, the
    first no given name ("Ledamot", "Vice ordförande", "Brukarrepresentant", "Sammankallande")."""
    return bool(re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé-]+(?:\s+[a-zåäöé-]+){0,2}", cell.strip())) \
        and fold(cell.split()[0]) not in GIVEN_NAMES

class EntryRules(RulesBase):
    def _org_then_names(self, ln: Line) -> list[Entry] | None:
        """An organisation as a label, the names of its people after it joined by "&" ("RSMH Västervik: Eva Holm & Rune
        Ek", "Västerviks kommun:   Maud Ek & Marianne Lund", "Attention Västervik: Tove Lund"): each name with the
        organisation (one the graph knows, or one named as organisations are, the draft's); None for any other line."""
        # (or a bullet and a dash: " • Region Kalmar län – Sofia Holm (ordf.), Mats Ek, Per Lund (del av dag)")
        text = " ".join(c.strip() for c in ln.cells) if ln.cells else ""
        dashed = re.fullmatch(r"\s*[•·▪*]\s*([^:,–—]{2,60}?)\s+[–—-]\s+(\S.*?)\s*", text)
        m = dashed or re.fullmatch(r"\s*([^:,]{2,60}?):\s+(\S.*?)\s*", text)
        if m is None and len(ln.cells) <= 2 and (first := self._known_org_first(text, ln.n)) is not None:
            return first
        if m is None or plausible_name(m.group(1)):
            return None
        pieces = [n.strip() for n in re.split(r"\s*&\s*|\s*,\s*(?![^()]*\))|\s+och\s+", m.group(2)) if n.strip()]
        asides = [re.findall(r"\(([^()]*)\)", n) if dashed else [] for n in pieces]
        names = [re.sub(r"\s*\([^()]*\)", "", n).strip() if dashed else n for n in pieces]
        org = m.group(1).strip()
        label = kw(org, self.lx)
        if not dashed and len(names) >= 2 and all(plausible_name(n) for n in names) \
                and re.fullmatch(r"(?:fran|for)\s+\S.*", label) and ORG_KIND.fullmatch(label):
            # (a kind of organisation as the label, "För kommunerna: Stefan Holm, Maud Ek, ...": the people of the
            # list's next group, with no organisation of their own)
            return [Entry(name, ln.n) for name in names]
        known = self._entry_org(org)
        # (one name after an organisation the graph knows: the entry reader's own form, "Kalmar kommun: Anna Holm")
        if not all(plausible_name(n) for n in names) or len(names) < 2 and not dashed and (known or "&" in m.group(2)) \
                or not (
                known or self.ex is not None and (_new_org_name(org) or _lettered_org(org)
                                                  or len(org.split()) >= 2 and self._named_org(org))):
            return None     # (not a label's word: "Underskrifter: Sekreterare Per Ek")
        out = []
        for name, noted in zip(names, asides, strict=True):
            e = Entry(name, ln.n)
            self._set_org(e, org)
            for aside in noted:     # "(ordf.)", "(sekreterare)"; "(del av dag)" says no role
                if _ROLE_RE.search(kw(aside, self.lx)) or TITLE_BY_ENDING.search(kw(aside, self.lx)):
                    self._note_post(e, aside)
            out.append(e)
        return out

    def _known_org_first(self, text: str, n: int) -> list[Entry] | None:
        """A row of a roll call by organisation, no colon after it: an organisation the graph knows opening the line,
        the names of its people after it parted by commas, "och", "&" or wide gaps ("Region Kalmar län Emmy Holm, Lars
        Ek", "Borgholms kommun      Tomas Zander"): each name with the organisation; None for any other line."""
        # (the fewest words that name it and leave names after them: "Region Kalmar" leaves "län Emmy Holm", no name)
        words = text.split()
        for k in range(1, min(6, len(words) - 2) + 1):
            org = " ".join(words[:k])
            if plausible_name(org) or not self._entry_org(org):
                continue
            rest = text.strip()[len(org):].strip() if text.strip().startswith(org) else " ".join(words[k:])
            names = [p.strip(" .") for p in re.split(r"\s*&\s*|\s*,\s*|\s+och\s+|\s{2,}", rest) if p.strip(" .")]
            if not names or not all(plausible_name(name) and len(name.split()) <= 4 for name in names):
                continue
            out = []
            for name in names:
                e = Entry(name, n)
                self._set_org(e, org)
                out.append(e)
            return out
        return None

    def _name_then_tail(self, piece: str) -> list[str]:
        """A running list's piece with a role, capacity or organisation after the name and no comma between
        ("Margit Holm processledare", "Jessica Ek Kommunförbundet i Kalmar län", "Rune Lund brukarrepresentant"):
        the name and the rest as two pieces; any other piece as it is."""
        words = re.sub(r"\s*\([^()]*\)\s*$", "", piece).split()
        # (the longest tail first: "Sofia Lund Kommunförbundet i Kalmar län" is no name "Sofia Lund Kommunförbundet"
        # of the county's)
        for k in range(2, len(words)):
            name, tail = " ".join(words[:k]), " ".join(words[k:])
            if not all(w[:1].isupper() or w in _NAME_PARTICLES for w in words[:k]):
                break       # (a name has no word in lower case: "Linnea Holm medicinskt ansvarig" is none)
            # (the role capitalised as a column's cell is, an organisation after it or none, the line's columns run
            # together: "Petra Holm Ordförande", "Ylva Berg Samordnare Barnahus", "Hans Ek Ekonom Region Kalmar län")
            if k == len(words) - 1 or k < len(words) - 1 and (self._entry_org(rest := " ".join(words[k + 1:]))
                                                               or self._unknown_org_tail(words, k + 1)
                                                               or self.ex is not None and self._named_org(rest)):
                role = kw(words[k], self.lx).strip(" .,")
                if words[k][:1].isupper() and words[k][1:].islower() and plausible_name(name.translate(DIGIT_LETTERS)) \
                        and fold(words[k]) not in self._given_names() \
                        and (_ROLE_RE.fullmatch(role) or TITLE_BY_ENDING.fullmatch(role) or role in _SEAT_SHORT):
                    return [name, words[k], *([" ".join(words[k + 1:])] if k < len(words) - 1 else [])]
            if plausible_name(name.translate(DIGIT_LETTERS)) and self._unknown_org_tail(words, k):
                return [name, tail]     # ("Annika Holm RSMH Kalmar", "Simone Ek Attention Kalmar län")
            if plausible_name(name.translate(DIGIT_LETTERS)) and (words[k][:1].islower() or self._entry_org(tail)) \
                    and (_ROLE_RE.fullmatch(kw(tail, self.lx).strip(" .")) or TITLE_BY_ENDING.fullmatch(
                        kw(tail, self.lx).strip(" .")) or self._capacity(tail) or self._entry_org(tail)
                         # (a title of several words, its first or last word one by its ending: "Eva Holm
                         # förvaltningschef barn och utbildning", "Linnea Holm medicinskt ansvarig sjuksköterska")
                         or words[k][:1].islower() and any(TITLE_BY_ENDING.fullmatch(kw(w, self.lx).strip(" ,."))
                                                           for w in (words[k], words[-1]))):
                return [name, tail]
        return [piece]

    def _entry_of(self, ln: Line) -> list[Entry]:
        """The entries one list line holds (none when it is not a list line); each call gets its own copies."""
        # (read again once the header is read: an organisation the graph does not know is the draft's to define only
        # then, a line read before it holding the name as written alone)
        key = (ln.n, ln.text, self.ex is not None)
        if key not in self._entry_cache:
            self._entry_cache[key] = self._read_entry_line(ln)
        return [dataclasses.replace(e) for e in self._entry_cache[key]]

    def _read_entry_line(self, ln: Line) -> list[Entry]:
        text = ln.text
        if not text or ln.layout:
            return []
        # the last names of a running list wrapped at its "och" or comma, its full stop after them ("A, B, C och" /
        # "D.", the first name with its seat in brackets or not, "A (ordförande), B och"): the names without the stop
        if text.rstrip().endswith(".") and not text.rstrip().endswith("..") and ln.n > 1 \
                and re.search(r"(?:,|\s(?:och|samt))$", self.L(ln.n - 1).text.rstrip()) \
                and _name_like(re.sub(r"\s*\([^()]*\)$", "", self.L(ln.n - 1).text.split(",")[0].strip())):
            return self._read_entry_line(self.text_line(ln.n, text.rstrip()[:-1]))
        # the person's initials in brackets after the name ("Jonny Holm (JH), Kommunstyrelsens ordförande", as minutes
        # mark who said what): no party or organisation, read without them
        if (initials := _INITIALS_AFTER_NAME.match(text)) is not None \
                and initials.group(3) == "".join(w[0] for w in initials.group(2).split()).upper():
            return self._read_entry_line(self.text_line(ln.n, text[:initials.start(3) - 1].rstrip()
                                                        + text[initials.end():]))
        if re.search(r"\s(?:ersätter|efterträder)\s+[A-ZÅÄÖ]\S*\s+[A-ZÅÄÖ]\S*\s+som\s+(?:\w+\s+)?"
                     r"(?:ledamot|representant|ersättare|ordförande)\b", text):
            return []       # a replacement's sentence ("Per Ek, Emmaboda kommun, ersätter Eva Lund som ledamot i ...")
        if (several := self._org_then_names(ln)) is not None:
            return several
        if len(ln.cells) <= 1 and (told := self._names_then_sentences(ln)) is not None:
            return told
        if (run := self._names_run_together(text)) is not None:
            return [Entry(name, ln.n) for name in run]
        if len(ln.cells) <= 1 and (stand := _SERVING_THEN_ORG.fullmatch(text.strip())):
            # the member served for before the organisation ("Karin Lövgren (L) ersätter Maud Lindqvist (S),
            # Västerviks kommun"): read as "Karin Lövgren (L), Västerviks kommun, ersätter Maud Lindqvist (S)"
            return self._read_entry_line(self.text_line(
                ln.n, f"{stand.group('who')}, {stand.group('org')}, {stand.group('verb')} {stand.group('member')}"))
        if self._spaced_head(ln):
            return []               # "Uppdrag Ledamot Närvarande": a table's head, its gaps lost
        if (row := self._spaced_row(ln.n)) is not None:
            e = Entry(row[1], ln.n)     # "Ordförande Lotta Holm Ja": the seat, the name, the mark (`_presence_mark`)
            self._note_post(e, row[0])
            return [e]
        if len(ln.cells) >= 2 and _DITTO.fullmatch(ln.cells[-1].strip()) and plausible_name(ln.cells[0].strip()) \
                and (prev := self._prev_nonblank(ln.n)) is not None \
                and len(above := self._entry_of(self.L(prev))) == 1 and above[0].org:
            # the organisation's column of a table marked "the same as above" ("Johan Holm      ”"): the organisation
            # of the row above (its role cells between the person's own)
            e = Entry(ln.cells[0].strip(), ln.n, org=above[0].org, org_as_written=above[0].org_as_written)
            for c in ln.cells[1:-1]:
                self._note_post(e, c)
            return [e]
        if len(ln.cells) <= 1 and _heading_words(kw(_PAREN_TAIL.sub("", text).strip(" :*"), self.lx)) in LIST_HEADINGS:
            return []               # "Övriga deltagare": the next list's heading, not a name
        if len(ln.cells) <= 1 and text.rstrip().endswith(":") \
                and kw(text, self.lx).split()[0] in ("narvarande", "ledamoter", "ovriga", "deltagare", "franvarande"):
            return []               # "Närvarande ordinarie Länsgemensam ledning:": a list's heading naming its body
        if len(ln.cells) <= 1 and ";" in text and len(pieces := [p.strip() for p in text.strip(" ;.").split(";")]) >= 2:
            # entries parted by semicolons, each with its role after a comma ("Chris Holm, ordförande; Maud Ek, vice
            # ordförande; Conny Lund, ledamot;"): each piece one entry, or the line is none of this kind
            each = [self._read_entry_line(self.text_line(ln.n, p)) for p in pieces]
            if all(len(got) == 1 for got in each) and all("," in p or "(" in p for p in pieces):
                return [got[0] for got in each]
        if len(ln.cells) <= 1 and re.search(r"\S\s*\(\s*\)\s*$", text):
            # a bracket left empty after the name (a party a scan lost: "Eva Folkesdotter-Paradis ()"): no part of it
            text = re.sub(r"\s*\(\s*\)\s*$", "", text)
            ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
        if len(ln.cells) <= 1 and re.match(_AWAY_AFTER_NAME, _flat(text.strip(" ·•-"))) \
                and (away := re.match(r"\s*[·•-]?\s*([A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){1,2})\s+[a-zåäö]", text)) \
                and plausible_name(away.group(1)):
            # the name and a word of being away after it ("Elsa Nordin borta, Tilde Ahlgren tar över mötet"): the
            # entry, absent (`_present_only` reads the line)
            return [Entry(away.group(1), ln.n)]
        if len(ln.cells) <= 1 and re.search(r"\S\s*(?:\*{1,3}|[¹²³†])\s*$", text) and not text.lstrip().startswith("*"):
            # a footnote's mark after the entry ("Petra Holm *", a note under the list: "* = Deltagit ca halva
            # tiden."): no part of it
            text = re.sub(r"\s*(?:\*{1,3}|[¹²³†])\s*$", "", text)
            ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
        if len(ln.cells) <= 1 and (part := re.search(r"\s+(?:från|fr\.?\s?o\.?\s?m\.?|till och med|t\.?\s?o\.?\s?m\.?"
                                                  r"|efter|under)\s+(?:§§?\s*|punkt\s+|p\.\s*)\d{1,3}\s*[a-z]?\.?\s*$",
                                                  text)) \
                and part.start() > 0 and re.search(r"[)\w]$", text[:part.start()]):
            # the part of the meeting attended after the entry, no brackets ("Saga Holm (Kalmarsunds
            # gymnasieförbund) från §44"): no part of it
            text = text[:part.start()]
            ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
        if len(ln.cells) <= 1 and text.count("/") in (1, 2) and not re.search(r"\d\s*/\s*\d|://", text) \
                and (slashed := self._slashed_entry(ln.n, text)) is not None:
            return [slashed]    # "Kalmar kommun/Camilla Holm, Verksamhetschef", "Region Kalmar län/Per Ek/Samordnare"
        if len(ln.cells) <= 1 and (remote := _MODE_TAIL.search(text)) and remote.start() > 0:
            # how the person took part after the entry ("Emma Holm (S), deltog på distans"): no part of it
            text = text[:remote.start()]
            ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
        if len(ln.cells) <= 1 and (stand := re.fullmatch(
                rf"(?P<name>[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){{1,3}})\s*{PARTY_BRACKET},?\s+"
                rf"(?:ers\.|ersättare för|ers\. för|tjg\.? ers\.? för|tjg\.? för|tjänstgörande för|för"
                rf"|i stället för)\s+"
                rf"(?P<member>[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){{1,3}})(?:\s*{PARTY_BRACKET})?"
                rf"(?:,?\s*(?:§§?\s*)?\d{{1,3}}(?:\s*[-–]\s*\d{{1,3}})?)?\.?", text.strip())) \
                and plausible_name(stand.group("name")) and plausible_name(stand.group("member")):
            # a deputy serving in a member's place, both with their parties ("Hanna Kvist (S) ers. Ann Holm (S)",
            # "Marianne Ek (M) för Liv Lund (M), 31-37"): the deputy, the member absent
            return [Entry(stand.group("name"), ln.n, in_place_of=stand.group("member"))]
        if len(ln.cells) <= 1 and (side_by_side := self._party_names(ln.n, text)) is not None:
            return side_by_side     # names side by side, each with its party ("Mona Holm (S) Hans Ek (KD)")
        if len(ln.cells) >= 2 and re.fullmatch(rf"(?:{_PARTIES})", ln.cells[0].strip()) \
                and plausible_name(re.split(r"[,(]", ln.cells[1])[0].strip()):
            # a party's column first ("S    Patrik Holm, ordförande    X"): no cell of the entry (the mark last read by
            # `_presence_mark`)
            cells = ln.cells[1:-1] if len(ln.cells) >= 3 and re.fullmatch(r"(?i:x|-|–|—|✓|✔|ja|nej)",
                                                                           ln.cells[-1].strip()) else ln.cells[1:]
            text = "   ".join(cells)
            ln = Line(ln.n, text, text, kw(text, self.lx), cells, ln.layout)
        if len(ln.cells) in (3, 4) and plausible_name(ln.cells[1].strip()) and not plausible_name(ln.cells[0].strip()) \
                and (re.fullmatch(r"(?:narvarande|franvarande|narvaro|franvaro|forhinder|anmalt forhinder|ej narvarande"
                                  r"|deltar|deltog)", fold(ln.cells[-1]).strip(" ."))
                     or re.fullmatch(r"§§?\s*\d[\d\s,–-]*", ln.cells[-1].strip())):
            # the role's column first and a presence column in words, or the paragraphs attended, last ("Ledamot
            # Anna Holm    Kalmar kommun    förhinder", "Adjungerad    Per Ek    Region Kalmar län    § 4"; the
            # organisation's cell left blank for some): read by `_presence_mark`, no cell of the entry
            cells = ln.cells[:-1]
            text = "   ".join(cells)
            ln = Line(ln.n, text, text, kw(text, self.lx), cells, ln.layout)
            if len(cells) == 2 and _role_cell(cells[0]) and not self.orgs.resolve(cells[1]):
                e = Entry(cells[1].strip(), ln.n)   # ("Brukarrepresentant    Rune Holm    närvarande": no organisation)
                self._note_post(e, cells[0].strip())
                return [e]
        if len(ln.cells) == 3 and plausible_name(ln.cells[1].strip()) and not plausible_name(ln.cells[0].strip()) \
                and _role_cell(ln.cells[0]) \
                and (self.orgs.resolve(org_cell := _PAREN_TAIL.sub("", ln.cells[2]).strip())
                     or self._named_org(org_cell)):
            # the role's column first, then the name and the organisation ("Sammankallande    Magnus Holm    Mönsterås
            # kommun", "Åhörare    Agnes Ek    Länkarna i Kalmar (inbjuden)"): the entry with its role
            e = Entry(ln.cells[1].strip(), ln.n)
            self._set_org(e, ln.cells[2].strip() if self.orgs.resolve(org_cell) else org_cell)
            self._note_post(e, ln.cells[0].strip())
            return [e]
        if len(ln.cells) >= 2 and _LEADING_MARK.match(ln.raw):
            # the presence column first, its mark apart ("X   Magnus Holm, Mönsterås kommun      Rådets ordförande"):
            # the entry from the rest (the mark read by `_presence_mark`)
            cells = ln.cells[1:]
            text = "   ".join(cells)
            ln = Line(ln.n, text, text, kw(text, self.lx), cells, ln.layout)
        elif len(ln.cells) == 1 and (lead := _LEADING_MARK.match(text)) \
                and not lead.group(1).startswith(("-", "–", "—")):
            # (two spaces only after the mark, the line one cell: "x  Loord, Jimmy, ordförande, Region Kalmar län")
            text = text[lead.end():]
            ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
        if len(ln.cells) >= 2 and re.fullmatch(r"(?:narvarande|franvarande|deltar|deltog|ej narvarande"
                                               r"|anmalt forhinder)", fold(ln.cells[-1]).strip(" .")) \
                and plausible_name(re.split(r"[,(]", ln.cells[0])[0].strip()):
            # the presence column in words last on the row ("Ann Holm, socialchef        Närvarande"): read by
            # `_presence_mark`, no cell of the entry
            cells = ln.cells[:-1]
            text = "   ".join(cells)
            ln = Line(ln.n, text, text, kw(text, self.lx), cells, ln.layout)
        if len(ln.cells) >= 2 and _PRESENCE_ASIDE.fullmatch(ln.cells[-1]):
            # the part of the meeting attended in a column of its own ("Ahlstedt Emmy      (09:00-10:15)"): no cell of
            # the entry
            cells = ln.cells[:-1]
            text = "   ".join(cells)
            ln = Line(ln.n, text, text, kw(text, self.lx), cells, ln.layout)
        # the kind of organisation in brackets where a kommun's list has the party, the town after it ("Anna Holm,
        # (kommun), Kalmar, ordförande", "Per Ek, (region), Kalmar"): the kommun of the town, or the region
        if len(ln.cells) <= 1 and (kind := re.search(
                r",\s*\((kommun|region|regionen|landsting)\)\s*,\s*([A-ZÅÄÖ][\wåäö-]+)", text)):
            org = "Region Kalmar län" if kind.group(1) != "kommun" else kind.group(2)
            text = text[:kind.start()] + ", " + org + text[kind.end():]
            ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
        # two people with their titles, the organisation written once after the last ("Elin Holm, förbundschef, och
        # Per Ek, processledare, Samordningsförbundet i Kalmar län"): each of the organisation
        if len(ln.cells) <= 1 and (both := re.fullmatch(r"([A-ZÅÄÖÉ][^,()]+,\s*[a-zåäö][^,()]*?),?\s+(?:och|samt)\s+"
                                                        r"([A-ZÅÄÖÉ][^()]+)", text.strip(" ."))) \
                and plausible_name(both.group(1).split(",")[0].strip()):
            second = self._read_entry_line(Line(ln.n, both.group(2), both.group(2), kw(both.group(2), self.lx),
                                                [both.group(2)], ln.layout))
            if len(second) == 1 and second[0].org and second[0].org_as_written:
                t = f"{both.group(1)}, {second[0].org_as_written}"
                first = self._read_entry_line(Line(ln.n, t, t, kw(t, self.lx), [t], ln.layout))
                if len(first) == 1 and first[0].org == second[0].org:
                    return first + second
        # a party's letters in brackets between the name and its role, no comma ("Roland Holm (c) ordförande", "Eva
        # Ek (s) 1:e vice ordförande"): the name and the role (the vice chair's number no part of it)
        if len(ln.cells) <= 1 and (party := re.fullmatch(
                rf"([^(),]+?)\s*{PARTY_BRACKET}\s+(?:\d:[ae]\s+)?([^()\d,]{{3,30}})", text.strip(), re.I)) \
                and plausible_name(party.group(1).strip().translate(DIGIT_LETTERS)) \
                and (_ROLE_RE.fullmatch(kw(party.group(2), self.lx).strip(" ."))
                     or re.fullmatch(r"(?:(?:ej\s+)?tj(?:g|anstgorande)\.?\s+)?ersattare",
                                     kw(party.group(2), self.lx).strip(" ."))):
            text = f"{party.group(1).strip()}, {party.group(2).strip()}"
            ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
        # (a seat's number before the name, "2  Niklas Holm ersätter Johan Ek": no part of the entry)
        if (seat_no := _LIST_NUMBER_RE.match(text)) and len(ln.cells) <= 1:
            text = text[seat_no.end():]
            ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
        # names alone, parted by commas and "och", the paragraphs they were there for before them or not ("Sanna
        # Holm, Maria Ek, Mathias Berg", "§ 44 Marianne Lund och Petter Nord")
        if len(ln.cells) <= 1:
            bare = re.sub(r"^§§?\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?=[A-ZÅÄÖÉ])", "", text.strip()).strip(" .")
            led = bare != text.strip().strip(" .")
            # (the list wrapped, its last name on the next line: "Sofia Hartz, Anna Holm och" / "Per Ek")
            bare = re.sub(r"(?:,|\s+och|\s+samt)$", "", bare).strip()
            # (the paragraphs they were there for after them: "Eva Berg, Per Ek och Jabil Lund, § 26.")
            bare = _without_part_note(bare).strip(" .") if not led else bare
            # (each name with its role or capacity in brackets, commas inside them too: "Diana Holm (ordförande),
            # Kristin Ek (utvecklingsledare, sekreterare), Elsa Berg (brukarrepresentant)")
            # (an "och" before a word in lower case joins no names: "Eva Holm förvaltningschef barn och utbildning")
            pieces = re.split(r"\s*,\s*(?![^()]*\))|\s+(?:och|samt)\s+(?![^()]*\))(?![a-zåäöé])", bare)
            # (a party's letters in brackets after a name, "(s)", "(c)", "(rn)" where a scan read m: no aside of the
            # entry; a role or an organisation between the names the preceding name's: "Emmy Holm (c), ordförande,
            # Anders Ek (s)", "Anita Lund (s), Emmaboda kommun, Per Berg (kd)")
            pieces = [re.sub(rf"\s*{PARTY_BRACKET}\s*$", "", p) for p in pieces]
            tails: dict[int, list[str]] = {}
            kept: list[str] = []
            split = [q for piece in pieces for q in self._name_then_tail(piece)]
            run_on = len(split) > len(pieces)     # a name and its role or organisation with no comma between
            for p in split:
                if kept and (_ROLE_RE.fullmatch(kw(p, self.lx).strip(" .")) or self._entry_org(p)
                             or p[:1].islower() and TITLE_BY_ENDING.fullmatch(kw(p.split()[0], self.lx).strip(" ,."))) \
                        and not plausible_name(p):
                    tails.setdefault(len(kept) - 1, []).append(p)
                elif not kept and _ROLE_RE.fullmatch(kw(p, self.lx).strip(" .")) and len(pieces) > 2:
                    continue    # (the role of the name on the line above, wrapped: "vice ordförande, Maud Ek (m)")
                else:
                    kept.append(p)
            pieces = kept
            asides = [m.group(1) if (m := re.search(r"\s*\(([^()]*)\)\s*$", p)) else None for p in pieces]
            names = [_without_part_note(re.sub(r"\s*\([^()]*\)\s*$", "", p)) for p in pieces]
            if (len(names) >= 2 or led or run_on) \
                    and all(plausible_name(n.translate(DIGIT_LETTERS)) and len(n.split()) <= 4
                            and not self._entry_org(n) and not self._capacity(n)
                            and not _ROLE_RE.search(kw(n, self.lx)) for n in names) \
                    and sum(_given_first(n) for n in names) >= (
                        1 if led else len(names) - (len(names) >= 3)):
                # (every name's first word a given name, one of three or more aside; after the paragraphs, one: a
                # name and an organisation not known, "Karin Ahl, Röda Korset", are no two names)
                out = [Entry(n, ln.n) for n in names]
                for k, tail in tails.items():
                    for t in tail:
                        if (self._entry_org(t) or self._capacity(t) or self._titled_new_org(t)) \
                                and not (out[k].org or out[k].role):
                            self._set_org(out[k], t)
                        else:
                            self._note_post(out[k], t)
                for e, aside in zip(out, asides, strict=True):
                    if aside and _ROLE_RE.search(kw(aside, self.lx)) and not self._capacity(aside) \
                            and not self._entry_org(aside):
                        self._note_post(e, aside)   # "(ordförande)", "(utvecklingsledare, sekreterare)"
                    elif aside:
                        self._set_org(e, aside)     # "(brukarrepresentant)", "(Nybro kommun)"
                return out
        # (a row of pipes whose other cells are empty or a mark "-": "| Nils Åberg, Torsås kommun | | - |")
        cells = ln.cells if len(ln.cells) > 1 or (ln.cells and re.search(r"\s\|\s", text)) else [text]
        if (noted := _without_part_note(cells[-1])) != cells[-1] and noted:
            # the part of the meeting the person was there for, after the entry: a note, no part of it
            cells = [*cells[:-1], noted]
            text = noted if len(cells) == 1 else text
        if len(cells) > 1 and re.fullmatch(r"(?:(?i:paragraf)\s+)?[A-ZÅÄÖ]{2,5}\s+\d{1,3}(?:\s*[-–,]\s*\d{1,3})*",
                                           cells[-1].strip()) and cells[-1].strip().split()[-2] not in _NO_ORG_CAPITALS:
            cells = cells[:-1]      # the paragraphs attended by the organ's numbering ("LGL 12", "LGL 9-13"): a note
        if len(cells) > 1 and fold(cells[-1]) in _PRESENT_MARKS + _ABSENT_MARKS:
            cells = cells[:-1]      # the presence column's mark ("... | | J"): read by `_presence_mark`
        kept = [c for c in cells if not _WHEN_CELL.fullmatch(c.strip())] if len(cells) > 1 else cells
        if kept and len(kept) < len(cells):
            cells = kept            # a meeting app's report: when each joined and left, how long ("2 h 56 min")
            self.report_lines.add(ln.n)
        # a capacity in brackets, then the town the person comes from ("Rune Jansson (brukarrepresentant) Kalmar"):
        # the entry's capacity, the town no organisation of its
        town = re.fullmatch(r"([^(),]+?)\s*\(([^()]+)\)\s+([A-ZÅÄÖ][\wåäö-]+)", text.strip()) \
            if len(cells) == 1 else None
        if town and self._capacity(town.group(2)) and self._entry_org(town.group(3)) \
                and plausible_name(town.group(1).strip()):
            cells = [town.group(1).strip(), town.group(2)]
            text = f"{cells[0]} ({cells[1]})"
        if len(cells) == 1 and (joined := self._joined_pairs(text)):
            # two list lines joined by a scan: each read as its own line (an OCR-damaged name too)
            got = [self._read_entry_line(self.text_line(ln.n, t)) or
                   [d for d in [self._damaged_entry(self.text_line(ln.n, t))] if d] for t in joined]
            return [e for g in got for e in g] if all(got) else []
        if len(cells) == 1 and (pairs := self._name_org_pairs(text)):
            cells = pairs           # "Anna Holm, Kalmar kommun, Per Ek, Nybro kommun": two entries on one line
        elif len(cells) == 1 and (grouped := self._org_group(text, ln.n)):
            return grouped          # "Region Kalmar län: Anna Holm, Per Ek": names under their organisation
        elif len(cells) == 1 and re.search(r"\)(?:,|\s+[–—-])\s*\S", _ASIDE_RE.sub("", text)):
            # "Anna Holm (Kalmar kommun), ordförande", "... (Kalmar kommun) – vice ordförande": a role after it
            cells = re.split(r"(?<=\))(?:,|\s+[–—-])\s*", text)
        elif len(cells) == 1 and (after := re.fullmatch(r"([^()]+\([^()]+\))\s+((?:\d:[ae]\s+)?[^()\d]{3,30})",
                                                        text.strip())) \
                and (_ROLE_RE.fullmatch(role := kw(after.group(2), self.lx).strip(" ."))
                     or TITLE_BY_ENDING.fullmatch(role)
                     or re.fullmatch(r"\d:[ae]\s+" + _ROLE_RE.pattern, role)):
            # "Anna Holm (Kalmar kommun) ordförande", "... (Mönsterås kommun) 1:e v ordförande": a role after the
            # bracket, no comma between (a text layer's columns run together)
            cells = [after.group(1), after.group(2)]
        elif len(cells) == 1 and (stand := re.search(r"\)\s+(?=(?:" + _IN_PLACE_OF.pattern + r")\s*$)", text)):
            # "Anna Holm (Kalmar kommun) ersätter Per Ek", "... (Nybro kommun) i stället för Per Ek": a deputy
            # serving in a member's place, the member after the bracket
            cells = [text[:stand.start() + 1], text[stand.end():]]
            # (not at a party's bracket: "Anna Holm (S), Kalmar kommun, ordförande" is read as one line)
        elif len(cells) == 1 \
                and (stand := re.search(r"(?<=\w)\s+(?=(?:" + _IN_PLACE_OF.pattern + r")\s*,?\s*$)", text)) \
                and plausible_name(text[:stand.start()].strip()):
            # "Kjell Almgren för Mikael Forsberg": a deputy serving in a member's place, no organisation written
            cells = [text[:stand.start()], text[stand.end():]]
        if len(cells) > 1 and fold(cells[0]).strip(" .:") in ("region", "regionen") \
                and plausible_name(_name_part(_ASIDE_RE.sub("", cells[1]))):
            # the region of the collaboration, its word alone in a column of the organisations before the names
            # ("Region      Emma Rydh"; elsewhere "Region" may be the first word of a name wrapped onto the next line)
            cells = ["Region Kalmar län", *cells[1:]]
        # (the name alone in its cell, a bracket after it at most: "Ordförande   Agnes Holm, Nybro kommun" under the
        # lists is the signatures' form)
        if len(cells) == 2 and not plausible_name(cells[0]) and "," not in cells[1] \
                and _TITLE_CELL.fullmatch(kw(cells[0], self.lx).strip(" .:")) \
                and plausible_name(_name_part(re.sub(r"\s*\([^()]*\)\s*$", "", _ASIDE_RE.sub("", cells[1])))
                                   .translate(DIGIT_LETTERS)) \
                and not self._entry_org(cells[0]):
            # a title or seat in a column before the name ("Ordförande      Sofia Holm", "Viceordf.   Anna Ek",
            # "Utvecklingsledare    Lena Lund"): the name, its title after it
            cells = [cells[1], cells[0]]
        if len(cells) > 1 and (self._entry_org(cells[0]) or self._capacity(cells[0])) \
                and plausible_name(_name_part(_ASIDE_RE.sub("", cells[1])).translate(DIGIT_LETTERS)) \
                and not plausible_name(cells[0]):
            cells = [cells[1], cells[0], *cells[2:]]    # "Kalmar kommun    Anna Holm    ordförande": organisation first
            # (the name's cell with a role or the member served for after it: "Hab norr   Anna Holm, ordförande",
            # "Emmaboda   Anna Holm tjänstgör för Per Ek (Emmaboda)": a cell of its own after the organisation; a
            # deputy's word alone, "Torsås   Anna Holm ersättare", none)
            name = _name_part(cells[0])
            if name != cells[0].strip():
                tail = cells[0].strip()[len(name):].strip(" ,") if cells[0].strip().startswith(name) else ""
                cells = [name, cells[1], *([tail] if tail and not re.fullmatch(_SEAT_WORD, tail, re.I) else []),
                         *cells[2:]]
        if len(cells) > 1:      # in a table row two spaces part columns too ("Kalmar län  utvecklingsledare")
            cells = [c.strip() for cell in cells for c in re.split(r" {2,}", cell) if c.strip()]
            # an organisation's cell with a role after a comma ("Region Kalmar län, utvecklingsledare Äldre")
            cells = [c for cell in cells for c in self._org_and_role(cell)]
        out: list[Entry] = []
        title_before = None
        other_before = False
        seat_before = False
        for i, cell in enumerate(cells):
            acting = bool(_ACTING_RE.search(cell))
            cell = _ACTING_RE.sub("", cell).strip(" ;")
            asides = [m.group(0).strip(" ()") for m in _ASIDE_RE.finditer(cell)]
            if i == 0:
                cell = _LIST_NUMBER_RE.sub("", _BULLET_RE.sub("", cell), count=1)
                # a list's heading word without its colon before the first entry on its line ("Deltagare
                # elevhälsochefen Karin Albertz (Borgholms kommun), ..."): no part of the name (a word for those
                # present, not a capacity one holds: "Insynsledamot X", "Bisittare Y" keep theirs)
                label = re.match(r"^([A-ZÅÄÖ][a-zåäö]+)\s+(?=[a-zåäö]+\s+[A-ZÅÄÖ]|[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ])", cell)
                if label and kw(label.group(1), self.lx).strip() in _THOSE_PRESENT:
                    cell = cell[label.end():]
                # a title in lower case before the name ("regionråd Emmy Ahlstedt (S), Region Kalmar län")
                # (or capitalised, opening the line, before a whole name: "Socialchef Eva Strand, Nybro kommun")
                # (a name a scan damaged after it too, a digit for a letter: "Socialchef 0la Karlsson")
                pre = re.match(r"^([a-zåäöé][\wåäöé.]*(?:\s+[a-zåäöé][\wåäöé.]*)?)\s+(?=[A-ZÅÄÖÉ][a-zåäöé])", cell) \
                    or re.match(r"^([A-ZÅÄÖ][a-zåäöé]{4,})\s+(?=[A-ZÅÄÖÉ0][a-zåäöé01]+\s+[A-ZÅÄÖÉ][a-zåäöé01])", cell)
                if pre and (_ROLE_RE.fullmatch(kw(pre.group(1), self.lx).strip(" ."))
                            or TITLE_BY_ENDING.fullmatch(kw(pre.group(1), self.lx).strip(" ."))
                            and not _SEAT_BEFORE.match(cell)) and (
                        pre.group(1)[0].islower()
                        or _plausible_as_read(re.split(r"[,(]|\s[–—-]\s", cell[pre.end():])[0].strip())):
                    title_before, cell = pre.group(1), cell[pre.end():]
                elif (seat := _SEAT_BEFORE.match(cell)) and _plausible_as_read(
                        re.split(r"[,(]|\s[–—-]\s", cell[seat.end():])[0].strip()):
                    # (a deputy the line itself calls serving, "ers. Malin Holm, Nybro kommun, tjänstgörande
                    # ersättare för led. 8 Per Ek", sits as a member)
                    other_before = bool(seat.group("other")) and not (
                        re.match(r"ers", seat.group("other"), re.I)
                        and re.search(r"\btj[äa]nstg[öo]r|\btjg\b", cell[seat.end():], re.I))
                    title_before = None if other_before else seat.group("pre")
                    seat_before = True
                    cell = cell[seat.end():]
            cell = _ASIDE_RE.sub("", cell)
            continues = cell.endswith(",")
            cell = cell.strip(" ,")
            if not cell:
                continue
            # (the paragraphs taken part in, "§ 4", "§§ 11-12": the keyword form drops the sign)
            if out and (_ASIDE_CELL_RE.match(kw(cell, self.lx)) or re.fullmatch(r"§§?\s*[\d\s,–-]+", cell)):
                self._note_post(out[-1], cell)
                continue            # a role or party column ("ordförande", "S")
            # (the member's organisation in brackets after: "tjänstgör för Per Ek (Emmaboda)")
            # (capitalised as a column's cells are: "Ersätter Mats Petersson")
            if out and (stand := _IN_PLACE_OF.fullmatch(re.sub(r"\s*\([^()]*\)$", "", cell[:1].lower() + cell[1:]))) \
                    and plausible_name(stand.group("name")):
                out[-1].in_place_of = stand.group("name")
                continue            # "för Per Ek": serving in a member's place, who is absent
            if out and re.fullmatch(r"\d\s*:\s*[ae]\s+(?:vice\s+)?(?:ordförande|ordf\.?)", cell, re.I):
                self._note_post(out[-1], cell)
                continue            # "1:e vice ordförande" in the seat's column
            capacity = self._capacity(cell)
            # (a title in a column after the name, no organisation: "Tobias Holm      Sekreterare i gruppen")
            # (or titles parted by a comma, "Samordnare, mötessekreterare")
            # (the title's unit after a comma in lower case: "verksamhetschef, närvårdsavdelningen")
            titles = cell.split(",")
            if len(titles) > 1 and all(t.strip()[:1].islower() and len(t.split()) <= 3 for t in titles[1:]):
                titles = titles[:1]
            # (a body's representative by its abbreviation's genitive: "kst:s representant", the title the word after)
            if out and not capacity and not (out[-1].org or out[-1].role) and len(cells) == i + 1 \
                    and all((first := re.match(r"[\wåäöé-]+", re.sub(r"^[a-z]{2,6}:? s\s+(?=\w)", "", kw(p, self.lx))))
                            and (TITLE_BY_ENDING.fullmatch(first.group(0))
                                 or _ROLE_RE.fullmatch(kw(p, self.lx).strip(" ."))
                                 or re.fullmatch(_FUNCTION_WORDS, kw(p, self.lx).strip(" .")))
                            and not self._entry_org(p) and not self._capacity(p) for p in titles) \
                    and not (plausible_name(cell) and all(w[:1].isupper() for w in cell.split())):
                self._note_post(out[-1], cell)      # ("Områdeschef hemtjänst": a title and its unit in lower case)
                continue
            if out and not capacity and (out[-1].org or out[-1].role) and (
                    _ROLE_RE.match(kw(cell, self.lx)) or TITLE_BY_ENDING.fullmatch(kw(cell.split()[0], self.lx))
                    or len(cells) > 1 and not self._entry_org(cell)
                    and self._parse_entry_cell(ln, cell, False) is None):
                self._note_post(out[-1], cell)
                continue            # a role or note column after the organisation ("samordnare", "Ersättare för X")
            parts = [p.strip() for p in cell.split(",")]
            if out and out[-1].org is None and out[-1].role is None and len(parts) > 1 and not capacity \
                    and self._capacity(parts[0]) \
                    and all(_ROLE_RE.fullmatch(kw(p, self.lx).strip(" .")) for p in parts[1:]):
                self._set_org(out[-1], cell)    # "Invånarrepresentant, vice ordförande": the capacity and the seat
                continue
            org = None if capacity else self._entry_org(cell)
            if (capacity or org) and out and out[-1].org is None and out[-1].role is None \
                    and not plausible_name(cell):
                e = out[-1]
                e.role, e.org = capacity, org.id if org else None
                e.org_as_written = cell
                e.acting = e.acting or acting
                continue
            if out and out[-1].org is None and out[-1].role is None and not org and not capacity \
                    and self.ex is not None and self._named_org(cell):
                self._set_org(out[-1], cell)    # an organisation the graph does not know, in its column
                continue
            if out and out[-1].org is None and out[-1].role is None and not plausible_name(cell) \
                    and not org and len(cells) > 2:
                self._note_post(out[-1], cell)
                continue            # a role column between the name and the organisation
            if out and out[-1].org is None and out[-1].role is None and len(parts) > 1 \
                    and (not plausible_name(parts[0])
                         # (a title and its unit in lower case: "Avdelningschef äldreomsorg, Kalmar kommun")
                         or TITLE_BY_ENDING.fullmatch(kw(parts[0].split()[0], self.lx))
                         and not all(w[:1].isupper() for w in parts[0].split())) \
                    and (any(self._entry_org(p) for p in parts[1:]) or (
                        self.ex is not None and self._named_org(parts[-1])
                        and all(TITLE_BY_ENDING.fullmatch(r := kw(p, self.lx).strip(" .")) or _ROLE_RE.fullmatch(r)
                                for p in parts[:-1]))):
                # "utvecklingsledare, Region Kalmar län": the role, the organisation (or one the graph does not know:
                # "Rektor, Mönsterås gymnasieskola")
                self._set_org(out[-1], cell)
                continue
            e = self._parse_entry_cell(ln, cell, acting)
            if e is None and not out and (title_before or other_before or seat_before) \
                    and (e := self._damaged_entry(self.text_line(
                        ln.n, ", ".join([cell + "".join(f" ({a})" for a in asides), *cells[i + 1:]])))) is not None:
                e.note = "damaged"      # ("Ledamot Anette Ni1sson (M)": a name a scan damaged after its seat)
                out.append(e)
                break
            if e is None:
                return []
            if title_before and not out:
                self._note_post(e, title_before)
            e.other = other_before and not out
            for aside in asides:
                self._note_post(e, aside)
            if continues and e.org is None and e.role is None:
                e.note = "continues"
            out.append(e)
        return out

    def _slashed_entry(self, n: int, text: str) -> Entry | None:
        """An entry whose organisation, name and title are parted by slashes ("Kalmar kommun/Camilla Holm, Chef",
        "Nybro kommun/Gudrun Ek/ Enhetschef", "Region Kalmar län/Per Ek/Utvecklingsledare"): the organisation first,
        then the name; None for any other text."""
        parts = [p.strip(" ,.") for p in text.split("/")]
        if len(parts) < 2 or not parts[0] or not (self._entry_org(parts[0]) or self._named_org(parts[0])) \
                or plausible_name(parts[0]):
            return None
        name, _, tail = parts[1].partition(",")
        name = name.strip()
        if not (_name_like(name) and self._accept_name(name) and plausible_name(name)):  # type: ignore[attr-defined]
            return None
        e = Entry(name, n)
        self._set_org(e, parts[0])
        for t in [tail.strip(), *parts[2:]]:
            if t:
                self._note_post(e, t)
        return e

    def _names_run_together(self, text: str) -> list[str] | None:
        """A line of names with nothing between them, as a list laid out in columns loses its gaps in a text layer or
        a scan ("Annika Holm Gudrun Ek Isabell Lund", "Sofia Holm Anna Lund Trofast Cecilia Ek"): the names, each
        opening with a given name the usual ones or the known people's hold, two or three words each, two names or
        more, none an organisation; None for any other line (a title in capitals, a name and a title)."""
        words = text.split()
        if len(words) < 4 or not all(re.fullmatch(r"[A-ZÅÄÖÉ][\wåäöéü-]+", w) for w in words):
            return None
        given = self._given_names()
        names: list[list[str]] = []
        for w in words:
            opens = fold(w) in given and (not names or len(names[-1]) >= 2)
            if opens:
                names.append([w])
            elif names:
                names[-1].append(w)
            else:
                return None
        if len(names) < 2 or any(not 2 <= len(n) <= 3 for n in names) \
                or not all(plausible_name(" ".join(n).translate(DIGIT_LETTERS)) and not self._entry_org(" ".join(n))
                           for n in names):
            return None
        return [" ".join(n) for n in names]

    def _given_names(self) -> set[str]:
        """The given names a name may open with (folded): the usual ones, those of the known people and those this
        document's lists have used."""
        return GIVEN_NAMES | self.doc_given | self.people.given_names

    def _surname_first(self, cell: str, n: int | None = None) -> str | None:
        """A list entry written surname first ("Frid, Cecilia", "Vilander Hamnert, Lena – Org", "Frid, Cecilia,
        Kommunförbundet i Kalmar län (sekr.)"): the cell with the name as "Förnamn Efternamn", or None. The word
        after the comma must be a given name and the words before it none, nor an organisation's; a surname that is
        a given name too ("Verner, Lennart") only on line n between lines written surname first."""
        m = re.match(r"^(?P<sur>[A-ZÅÄÖÉ][\w'’-]+(?:[ -][A-ZÅÄÖÉ][\w'’-]+)?),\s*(?P<given>[A-ZÅÄÖÉ][\w-]+"
                     r"(?:[ -][A-ZÅÄÖÉ][\w-]+)?)(?=\s*$|\s*[,(]|\s+[–—-]\s|\s{2,}\S|\s[a-zåäö])(?P<rest>.*)$", cell)
        if not m:
            return None
        given_names = self._given_names()
        sur, given = m.group("sur"), m.group("given")
        ambiguous = fold(sur.split()[0]) in given_names
        if fold(given.split()[0].split("-")[0]) not in given_names \
                or ambiguous and not (n is not None and any(
                    1 <= k <= len(self.lines) and self.L(k).cells
                    and self._surname_first(self.L(k).cells[0]) is not None for k in (n - 1, n + 1))) \
                or self.orgs.resolve(sur) or self.orgs.resolve(given) \
                or not plausible_name(f"{given} {sur}".translate(DIGIT_LETTERS)):
            return None     # (a digit a scan read for a letter, "A1bertz, Karin": kept, the list's reading warns)
        # (a role in a column after it, two spaces or more between: "Hallgren, Sanna  utvecklingsledare")
        # (or a seat or title after it in lower case, one space between: "Hartz, Sofia ordförande, Region Kalmar län")
        rest = re.sub(r"^\s{2,}(?=\S)|^\s(?=[a-zåäö])", ", ", m.group("rest"))
        return f"{given} {sur}{rest}"

    def _org_and_role(self, cell: str) -> list[str]:
        """A table cell of an organisation with a role after a comma ("Region Kalmar län, utvecklingsledare Äldre"):
        the two as cells of their own; any other cell as it is."""
        head, _, rest = cell.partition(",")
        rest = rest.strip()
        if rest and self.orgs.resolve(head) and (not self.orgs.resolve(cell) or _ROLE_RE.match(kw(rest, self.lx))):
            return [head.strip(), rest]
        return [cell]

    def _org_group(self, text: str, n: int) -> list[Entry]:
        """'Region Kalmar län: Anna Holm (ordförande), Per Ek och Eva Lund': an organisation (or capacity)
        as a label, then the names of its people; each entry has that organisation. (Or the organisation and how many
        it sent before the names, no colon: "Region Kalmar län 3 Emmy Holm, Malin Ek, Magnus Lund", the count the
        names'.)"""
        counted = re.fullmatch(r"\s*(?P<org>[A-ZÅÄÖ][^\d:,;()]{1,60}?)\s+(?P<count>\d{1,2})\s+"
                               r"(?P<names>[A-ZÅÄÖ].*?)\s*", text)
        if counted and (self._entry_org(counted.group("org")) or self._named_org(counted.group("org"))) \
                and len([p for p in re.split(r"\s*,\s*|\s+och\s+", counted.group("names").strip(" .")) if p]) \
                == int(counted.group("count")):
            text = f"{counted.group('org')}: {counted.group('names')}"
        m = _INLINE_HEAD.match(text)
        if not m or plausible_name(m.group(1)):
            return []
        label = m.group(1).strip()
        org, capacity = self._entry_org(label), self._capacity(label)     # (a kommun by its bare name: "Kalmar")
        # (an organisation the graph does not know, named as organisations are: "Arbetsförmedlingen: Per Ek")
        if not (org or capacity or self.ex is not None and _new_org_name(label) and not plausible_name(label)):
            if len(label.split()) > 3:
                return []
            return self._label_group(m.group(2), n) or self._label_names(label, m.group(2), n)
        out: list[Entry] = []
        for _i, parts in _sentence_parts([(0, m.group(2))]):
            for piece in parts[::2]:
                piece = piece.strip(" .")
                asides = [a.group(0).strip(" ()") for a in _ASIDE_RE.finditer(piece)]
                role = re.search(r"\(([^()]+)\)\s*$", _ASIDE_RE.sub("", piece))
                name = re.sub(r"\s*\([^()]*\)\s*$", "", _ASIDE_RE.sub("", _ACTING_RE.sub("", piece))).strip()
                if not (_name_like(name) and self._accept_name(name)
                        or self._split_surname(name)):  # type: ignore[attr-defined]
                    return []
                e = Entry(name, n, acting=bool(_ACTING_RE.search(piece)))
                self._set_org(e, label)
                for aside in asides + ([role.group(1)] if role else []):
                    self._note_post(e, aside)
                out.append(e)
        return out

    def _wrapped_entry(self, ln: Line, nxt: Line) -> list[Entry]:
        """A list entry wrapped over two lines of its column, the organisation cut at the line end ("Maria Holm,
        Region" / "Kalmar län, utvecklingsledare"; OCR damage in the name allowed): the entry, read from the two
        lines joined, when the next line is no entry of its own and the joined organisation is one the
        resolver knows; else none."""
        cut_member = bool(re.search(r"\)\s+för\s+[A-ZÅÄÖ][\wåäö-]+$", ln.text.strip()))
        if nxt.blank or not ln.text.strip() or self._entry_of(nxt) or self._heading_shaped(nxt) and not cut_member \
                or self._damaged_entry(ln) or self._damaged_cells(nxt) \
                or not (re.search(r",\s*\S[^,]*$", ln.text.strip())
                        # (or the member served for cut: "Camilla Fredeke (Nybro) för Isabell" / "Lindalen (Nybro)")
                        or cut_member) \
                or nxt.text.strip()[:1] in "•-–*":
            return []
        text = f"{ln.text.strip()} {nxt.text.strip()}"
        joined = self.text_line(ln.n, text)
        got = self._entry_of(joined) or [d for d in [self._damaged_entry(joined)] if d]
        return got if got and all(e.org for e in got) else []

    def _joined_pairs(self, text: str) -> list[str]:
        """Two list lines a scan joined into one, nothing between the first's organisation and the next name
        ("Anna Holm, Region Kalmar län Per Ek, Nybro kommun"; the name may be OCR damaged, "Per E0k"): the two
        entries' texts, or none. Every organisation must be one the resolver knows."""
        parts = [p.strip() for p in text.strip(" .").split(",")]
        if len(parts) != 3 or not _name_like(parts[0]) or not self.orgs.resolve(parts[2]):
            return []
        words = parts[1].split()
        for k in range(len(words) - 2, 0, -1):
            org, name = " ".join(words[:k]), " ".join(words[k:])
            if self.orgs.resolve(org) and not self.orgs.resolve(name) and 2 <= len(name.split()) <= 3 \
                    and _name_like(name.translate(DIGIT_LETTERS)):
                return [f"{parts[0]}, {org}", f"{name}, {parts[2]}"]
        return []

    def _label_names(self, label: str, text: str, n: int) -> list[Entry]:
        """Two names or more alone under a label of the seats' kind, joined by "&" too ("Åk 8: Omar Holm & Linnea Ek",
        "Gymnasiet: Tilde Ahl, Isa Lind & Jonatan Berg"), most first words given names: the entries, no organisation;
        none under a list's own heading, a role's or a field's label ("Justerare: X, Y", "Frånvarande: X, Y")."""
        k = kw(label, self.lx).strip()
        heading = self._list_heading_kind(self.text_line(n, label))  # type: ignore[attr-defined]
        if heading or _ROLE_RE.search(k) or TITLE_BY_ENDING.search(k) \
                or re.search(r"\b(?:justera\w*|ansvarig\w*|kontakt\w*|fraga\w*|beslut\w*|foredrag\w*|amne|plats|tid"
                             r"|datum)\b", k):
            return []
        alone = [p.strip() for p in re.split(r"\s*,\s*|\s+(?:och|samt|&)\s+", text.strip(" ."))]
        if len(alone) >= 2 and all(re.fullmatch(r"[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){1,2}", p)
                                   and plausible_name(p) and not self._entry_org(p) for p in alone) \
                and sum(fold(p.split()[0]) in GIVEN_NAMES for p in alone) >= len(alone) - (len(alone) >= 3):
            return [Entry(p, n) for p in alone]
        return []

    def _label_group(self, text: str, n: int) -> list[Entry]:
        """'Socialdemokraterna: Anna Holm (Region Kalmar län, regionråd), Per Ek (Nybro kommun)': names under a
        label that is no organisation (a party, a group of seats), each with its own organisation in brackets
        (and a role after it); none unless every name has an organisation the resolver knows."""
        out: list[Entry] = []
        for _i, parts in _sentence_parts([(0, text)]):
            for piece in parts[::2]:
                piece = _ASIDE_RE.sub("", _ACTING_RE.sub("", piece.strip(" ."))).strip()
                bm = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<org>[^(),]+)(?:,\s*(?P<role>[^()]+))?\)", piece)
                if not bm or not (_name_like(bm.group("name")) and self._accept_name(bm.group("name"))):
                    return []
                if not (self.orgs.resolve(bm.group("org")) or self._capacity(bm.group("org"))):
                    return []
                e = Entry(bm.group("name").strip(), n)
                self._set_org(e, bm.group("org").strip())
                if bm.group("role"):
                    self._note_post(e, bm.group("role"))
                out.append(e)
        return out

    def _name_org_pairs(self, text: str) -> list[str]:
        """'Anna Holm, Kalmar kommun, Per Ek, Nybro kommun' (or parted by ';', the last pair after ', och' or
        'och'): name and organisation pairs, two or more, every name capitalised words and every organisation
        one the resolver knows."""
        # (how each group took part in brackets after it, "(deltog på plats)", "(deltog via Teams)", and two sentences
        # of such pairs on one line: each sentence's pairs)
        text = re.sub(r"\s*\((?:deltog\s+|deltar\s+|närvarade\s+)?(?:på plats|via \w+|digitalt|fysiskt|på distans"
                      r"|på länk|på telefon|per telefon)\)", "", text)
        if len(sentences := re.split(r"(?<=[a-zåäö)]\.)\s+(?=[A-ZÅÄÖ])", text.strip())) > 1:
            got = [self._name_org_pairs(t) for t in sentences]
            return [p for g in got for p in g] if all(got) else []
        parts = [re.sub(r"^(?:och|samt)\s+", "", p.strip()) for p in re.split(r"[,;]", text.strip(" .")) if p.strip()]
        # "Nybro kommun och Per Ek": an organisation and the next name joined by "och" (not inside a name of
        # its own, as in "Barn och unga")
        parts = [q for p in parts for q in self._org_and_name(p)]
        if len(parts) < 4 or len(parts) % 2:
            return []
        pairs = list(zip(parts[::2], parts[1::2], strict=True))
        if all(_name_like(n) and (self.orgs.resolve(o) or self._capacity(o)) for n, o in pairs):
            return [f"{n}, {o}" for n, o in pairs]
        return []

    def _org_and_name(self, part: str) -> list[str]:
        """'Nybro kommun och Per Ek': the organisation and the name; else the part whole."""
        m = re.fullmatch(r"(.+?)\s+(?:och|samt)\s+(.+)", part)
        if m and (self.orgs.resolve(m.group(1)) or self._capacity(m.group(1))) and _name_like(m.group(2)) \
                and not self.orgs.resolve(part):
            return [m.group(1), m.group(2)]
        return [part]

    def _parse_entry_cell(self, ln: Line, cell: str, acting: bool) -> Entry | None:
        """One cell's entry; a deputy's bracket right after the name, "Anna Holm (ersättare för Per Ek), Org",
        "Anna Holm (tjg. för Per Ek)": the entry without it, serving in that member's place (who is absent)."""
        # (the person's initials after the name, as the text goes on to call her: "Cecilia Wahlstrom CW")
        if (ini := re.fullmatch(r"(?P<name>[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){1,3})\s+(?P<ini>[A-ZÅÄÖ]{2,4})",
                                cell.strip())) \
                and ini.group("ini") == "".join(w[0] for w in re.split(r"[\s-]+", ini.group("name"))).upper():
            cell = ini.group("name")
            self.doc_initials.add(ini.group("ini"))
        stand = re.match(r"^([^(),;]+?)\s*\(([^()]+)\)\s*(,.*)?$", cell)
        if stand and (who := _IN_PLACE_OF.fullmatch(stand.group(2).strip())) and plausible_name(who.group("name")) \
                and _name_like(stand.group(1).strip()):
            e = self._parse_entry_cell_as_written(ln, stand.group(1).strip() + (stand.group(3) or ""), acting)
            if e is not None:
                e.in_place_of = who.group("name")
            return e
        # (or the member served for after the name, no bracket, in a cell of its own: "Eva Holm ers. Anette Ek," the
        # organisation on the line under it)
        served = re.fullmatch(r"(?P<deputy>[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){1,3}?)\s+"
                              r"(?P<for>(?:tjg\.?\s+|tj[äa]nstg[öo]rande\s+)?ers(?:[äa]ttare|\.)?\s+(?:f[öo]r\s+)?\S.*?)"
                              r"\s*(?P<comma>,?)\s*", cell.strip())
        if served and plausible_name(served.group("deputy")) \
                and (who := _IN_PLACE_OF.fullmatch(served.group("for"))) and plausible_name(who.group("name")):
            e = Entry(served.group("deputy"), ln.n, acting=acting, in_place_of=who.group("name"))
            if served.group("comma"):
                e.note = "continues"
            return e
        return self._parse_entry_cell_as_written(ln, cell, acting)

    def _parse_entry_cell_as_written(self, ln: Line, cell: str, acting: bool) -> Entry | None:
        if _MODE_TAIL.fullmatch(", " + cell.strip()):
            return None             # "Via Teams", "På plats": a presence column's cell, no name
        org_first = re.match(r"^(.+?)\s*(?::|\s[–—-])\s+(\S.*)$", cell)    # "Kalmar kommun: Anna Holm"
        if org_first and not plausible_name(org_first.group(1)) and (self._entry_org(org_first.group(1))
                                                                     or self._capacity(org_first.group(1))
                                                                     or self.ex is not None
                                                                     and _new_org_name(org_first.group(1))) \
                and _name_like(org_first.group(2).split(",")[0].strip()):
            name, _, role = _MODE_TAIL.sub("", org_first.group(2)).partition(",")    # (", per telefon": a note)
            e = Entry(name.strip(), ln.n, acting=acting)
            self._set_org(e, org_first.group(1))
            if role.strip():
                self._note_post(e, role)
            return e
        if (inv := self._surname_first(cell, ln.n)) is not None:
            cell = inv      # "Frid, Cecilia, Kommunförbundet i Kalmar län": the name as "Förnamn Efternamn"
        paren = re.match(r"^([^(),;]+?)\s*\(([^()]+)\)\s*$", cell)       # "Anna Holm (Kalmar kommun, ordförande)"
        # (a digit a scan read for a letter in the name, "Ann-Katrin Stah1 (Mörbylånga kommun)": kept as written, the
        # list's reading warns of it)
        if paren and _name_like(paren.group(1).strip().translate(DIGIT_LETTERS)):
            cell = f"{paren.group(1).strip()}, {paren.group(2).strip()}"
        # "Maud Holm (Västervik) för Per Ek": a deputy, her organisation in brackets, the member she serves for
        # (the member's organisation in brackets after the member: "... ersätter Cecilia Holm (Oskarshamns kommun)")
        # ("Ulrika Holm (Torsås kommun) 1:e ersättare": a role after the bracket, no comma)
        stand = re.match(r"^([^(),;]+?)\s*\(([^()]+)\)\s+(\S.*?)(?:\s*\([^()]+\))?$", cell)
        if stand and _name_like(stand.group(1).strip()) and (
                _IN_PLACE_OF.fullmatch(stand.group(3).strip())
                or not stand.group(0).rstrip().endswith(")") and len(stand.group(3).split()) <= 4
                and re.search(r"ersattare|ordforande|\bordf\b|ledamot|sekreterare|suppleant",
                              kw(stand.group(3), self.lx))):
            cell = f"{stand.group(1).strip()}, {stand.group(2).strip()}, {stand.group(3).strip()}"
        # "Karin Holm (Borgholms kommun) deltog inte under § 45", "... ej närvarande": a note of presence after the
        # bracket (read from the line by `_present_only`), no part of the entry
        elif stand and _name_like(stand.group(1).strip()) and not stand.group(0).rstrip().endswith(")") \
                and re.fullmatch(r"(?:(?:ej|inte)\s+narvarande|franvarande|deltog\s+(?:inte|ej)\b.*|narvarande\s+.*)",
                                 kw(stand.group(3), self.lx)):
            cell = f"{stand.group(1).strip()}, {stand.group(2).strip()}"
        semi = re.match(r"^([^;,]+?)\s*;\s*(\S.*)$", cell)                # "Anna Holm; Kalmar kommun"
        if semi and _name_like(semi.group(1).strip()):
            cell = f"{semi.group(1)}, {semi.group(2)}"
        dash = re.match(r"^(.+?)\s+[–—/-]\s+(\S.*)$", cell)
        if dash and plausible_name(dash.group(1)):
            cell = f"{dash.group(1)}, {dash.group(2)}"      # "Name – Organisation", "Name / Organisation"
        if "," in cell:
            name, _, rest = cell.partition(",")
            name, rest = name.strip(), rest.strip()
            # (a title in lower case after the name, before the comma: "Emma Holm demenssjuksköterska, Mönsterås
            # kommun, sammankallande")
            if (titled := re.fullmatch(r"(.+?)\s+([a-zåäöé][\wåäöé-]+)", name)) \
                    and TITLE_BY_ENDING.fullmatch(kw(titled.group(2), self.lx)) and plausible_name(titled.group(1)):
                name, rest = titled.group(1), f"{titled.group(2)}, {rest}" if rest else titled.group(2)
            if not plausible_name(name.translate(DIGIT_LETTERS)) or _prose_before_name(name):
                return None
            e = Entry(name, ln.n, acting=acting)
            if rest:
                self._set_org(e, rest)
            else:
                e.note = "continues"
            return e
        # "Linda Holm Emmaboda ersätter Per Ek": the name and the kommun with no comma, the member served for after
        # them
        if (stand := re.search(r"\s+(?=(?:" + _IN_PLACE_OF.pattern + r")\s*$)", cell)) \
                and len(cell[:stand.start()].split()) > 2 \
                and (e := self._parse_entry_cell_as_written(ln, cell[:stand.start()], acting)) is not None \
                and (e.org or e.role) and (m := _IN_PLACE_OF.fullmatch(cell[stand.end():].strip())) \
                and plausible_name(m.group("name")):
            e.in_place_of = m.group("name")
            return e
        words = cell.split()
        for k in range(2, min(5, len(words))):
            name, rest = " ".join(words[:k]), " ".join(words[k:])
            # (a role capitalised as a column's cell is, then the organisation or none: "Hans Ek Ekonom Region Kalmar
            # län", "Ylva Berg Samordnare Barnahus"; `_name_then_tail` reads them alike)
            if words[k][:1].isupper() and len(parts := self._name_then_tail(cell)) >= 2 and parts[0] == name \
                    and parts[1] == words[k] \
                    and (_ROLE_RE.fullmatch(role := kw(words[k], self.lx).strip(" .,"))
                     or TITLE_BY_ENDING.fullmatch(role) or role in _SEAT_SHORT):
                e = Entry(name, ln.n, acting=acting)
                self._note_post(e, parts[1])
                if len(parts) > 2:
                    self._set_org(e, parts[2])
                return e
            # (an organisation the graph does not know, named as organisations are, no part of it a known one's name of
            # two words or more: "Annika Holm RSMH Kalmar", "Simone Ek Attention Kalmar län", "Anna Ek Länkarna i
            # Kalmar"; not "Anna Maria Holm Region Kalmar län")
            if plausible_name(name) and self._unknown_org_tail(words, k):
                e = Entry(name, ln.n, acting=acting)
                self._set_org(e, rest)
                return e
            if plausible_name(name) and (self._capacity(rest) or self.orgs.resolve(rest)):
                e = Entry(name, ln.n, acting=acting)
                self._set_org(e, rest)
                return e
            # a role or function in lower case after the name, no comma ("Malin Holm sekreterare", "Erik Ek
            # sakkunnig", "Per Lund processledare")
            if plausible_name(name) and words[k][:1].islower() and len(words) - k <= 3 \
                    and (_ROLE_RE.fullmatch(role := kw(rest, self.lx).strip(" .")) or TITLE_BY_ENDING.fullmatch(role)
                         or re.fullmatch(_FUNCTION_WORDS, role)):
                e = Entry(name, ln.n, acting=acting)
                self._note_post(e, rest)
                return e
            # an organisation's abbreviation in capitals after the name, no comma ("Anita Holm PRO", "Gun Ek SPF
            # ersätter Per Ek"); not a party's ("Anna Holm KD")
            abbrev = _ABBREV_AFTER.fullmatch(rest)
            if abbrev and plausible_name(name) and abbrev.group(1) not in _NO_ORG_CAPITALS \
                    and not (abbrev.group(2) and not plausible_name(abbrev.group("name"))):
                e = Entry(name, ln.n, acting=acting)
                self._set_org(e, abbrev.group(1))
                if e.org is None and self.ex is not None:     # one the graph does not know: the draft defines it
                    self._draft_org(e, abbrev.group(1))
                    e.note = None
                if abbrev.group(2):
                    e.in_place_of = abbrev.group("name")
                return e
        if plausible_name(cell) and not re.search(r"\s(?:att|via|och|i|på|för|med|som|av|till|om|ej|inte)\s",
                                                  f" {cell} ") \
                and not re.match(r"(?:att|via|och|för|med|som|av|till|om|ej|inte)\s", cell, re.I) \
                and (not any(w.islower() and w not in ("af", "von", "de", "van", "der", "la") for w in cell.split()[1:])
                     or self._accept_name(cell)):  # type: ignore[attr-defined]
            # (nor a heading opening with one, capitalised: "Att göra", "Om mötet", "Till protokollet")
            # (a word in lower case after the first, "Nästa möte", "Trygg hemgång", "Runda bland kommunerna": a
            # title, unless the first is a given name or the name a known person's, "Lena sjöstrand" as a hand
            # wrote it)
            # (a name alone on its cell: no function word in it; "Utses att justera", "Deltar via Teams" are a
            # label and a note; a surname OCR or a hand wrote in lower case stays a name: "Lena sjöstrand")
            return Entry(cell, ln.n, acting=acting)
        return None

    def _org_cell_above(self, ln: Line, got: list[Entry], above: tuple[str, int] | None) -> tuple[str, int] | None:
        """A table row "Region Kalmar län      Anna Holm" (the organisation's cell first) gives the rows under it
        whose organisation cell is blank ("                        Per Ek", the name in the names' column) that
        organisation; returns what the next row may take. A line indented otherwise (a wrapped entry's tail,
        a name out of the column), or an entry with an organisation of its own, takes nothing."""
        raw = ln.raw.expandtabs(8)
        if len(ln.cells) > 1 and len(got) == 1 and got[0].org and got[0].org_as_written \
                and fold(ln.cells[0]) == fold(got[0].org_as_written) and raw.lstrip().startswith(ln.cells[0]):
            at = raw.find(ln.cells[1])
            return (ln.cells[0], at) if at > 0 else None
        if above and len(ln.cells) <= 1 and len(got) == 1 and not (got[0].org or got[0].role) \
                and abs((len(raw) - len(raw.lstrip())) - above[1]) <= 2 and got[0].note != "continues":
            self._set_org(got[0], above[0])
            got[0].note = "organisation in the cell above"
            return above
        return None

    def _entries(self, a: int, b: int, heading: str | None = None, column: Column = None) \
            -> tuple[list[Entry], int]:
        """The entries of the list lines a..b (of one column of them). A line that is no name line is
        skipped and reported when name lines follow it; a heading-shaped line or one followed by none
        ends the list."""
        entries: list[Entry] = []
        others_below = False    # past a row labelling those below others present in the table's margin
        last = a - 1
        n = a
        skipped: list[int] = []
        group: str | None = None        # an organisation line over its people ("Kalmar kommun" / "Anna Holm")
        # a table "Organisation  Namn" writing the organisation once over several names: (its text, the names'
        # column) of the last row that had one; a row with its organisation cell blank takes it
        cell_above: tuple[str, int] | None = None
        left_org: str | None = None     # an organisation in the left column over a right column's names
        carried: tuple[int, str] | None = None      # a running list's name cut at a line's end: (line, given name)
        while n <= b:
            if n in self.absent_lines or _ORG_LEGEND.match(self.L(n).text):
                break               # a sentence naming those absent ends the list (or the organisations' legend)
            ln = self._side(n, column)
            if carried is not None and carried[0] == n and not ln.blank:
                text = f"{carried[1]} {ln.text.strip()}"
                ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
            carried = None
            # (a running list wrapped in the middle of a name, its given name last on the line, its surname first on
            # the next: "..., Emma Rydh (ER), Kristin" / "Irebring (KI), Lars Roslander (LR), ...": the name read whole
            # on the next line)
            if column is None and n < b and (cut := re.search(r",\s*([A-ZÅÄÖ][a-zåäöé]+)\s*$", ln.text)) \
                    and fold(cut.group(1)) in self._given_names() and not self.L(n + 1).blank \
                    and re.match(r"\s*[A-ZÅÄÖ][a-zåäöé-]+(?:\s*\(|\s*,|\s+och\b|\s*$)", self.L(n + 1).text):
                carried = (n + 1, cut.group(1))
                text = ln.text[:cut.start()] + ","
                ln = Line(ln.n, text, text, kw(text, self.lx), [text], ln.layout)
            if ln.blank or ln.layout or JUNK_LINE.search(ln.text) or VACANT_SEAT.match(ln.text):
                n += 1              # (a seat left empty, "Vakant (M)", "Vakant plats": no one, and the list goes on)
                continue
            if self._table_head(ln) or n in self.sub_heads:      # (or a part's heading inside the list)
                self.table_heads.add(n)
                n += 1
                continue
            nxt_line = self._next_nonblank(n, b)
            if self._org_line(ln) and entries and not (entries[-1].org or entries[-1].role) \
                    and entries[-1].line == self._prev_nonblank(n) \
                    and not (self.L(n - 1).blank and self._org_kind_line(ln)):  # type: ignore[attr-defined]
                self._set_org(entries[-1], ln.text.strip(" :"))    # "Anna Holm" / "Kalmar kommun": its organisation
                entries[-1].note = f"organisation on line {n}"
                last = n
                n += 1
                continue
            # (the entry above's organisation wrapped onto this line in lower case, "Sofia Lund   Utvecklingsledare,
            # Kommunförbundet" / "i Kalmar län": the rest of its name, no organisation over the names below)
            if entries and entries[-1].line == self._prev_nonblank(n) and ln.text.strip()[:1].islower() \
                    and not ln.text.rstrip().endswith(":") and entries[-1].org_as_written and self._org_line(ln) \
                    and (whole := self.orgs.resolve(f"{entries[-1].org_as_written} {ln.text.strip()}")) \
                    and kw(ln.text, self.lx).split()[-1:] == whole.alias.split()[-1:]:
                e = entries[-1]
                self._set_org(e, f"{e.org_as_written} {ln.text.strip()}")
                last = n
                n += 1
                continue
            # (a kind of organisation over its people, "Kommunerna", whatever they name: a part of the list)
            if self._org_kind_line(ln) and entries and nxt_line is not None:  # type: ignore[attr-defined]
                group = self._group_of_line(ln)  # type: ignore[attr-defined]
                self.table_heads.add(n)
                last = n
                n += 1
                continue
            # (the name under it damaged by a scan counts too: "Hultsfreds kommun:" / "Katrin Kar1sson")
            if self._org_line(ln) and nxt_line is not None and not (entries and entries[-1].note == "continues") \
                    and (any(not (e.org or e.role) for e in self._entry_of(self._side(nxt_line, column)))
                         or self._damaged_under(self._side(nxt_line, column), ln.text.strip(" :")) is not None):
                group = self._group_of_line(ln)  # type: ignore[attr-defined]
                self.table_heads.add(n)     # the list's own form, accounted for as layout
                last = n
                n += 1
                continue
            # the member served for, alone on the line under the deputy's ("Maud Ek, Västerviks kommun, tjänstgörande
            # för" / "Marianne Holm")
            # (the member's organisation and a note after the name: "Eva Lund (Mörbylånga kommun), deltar ej i beslut")
            above = self._side(n - 1, column).text.rstrip() if entries and entries[-1].line == n - 1 else ""
            served = _name_part(re.sub(r"\s*\([^()]*\).*$", "", self._side(n, column).text.strip()))
            if above and re.search(r"(?:tjänstgörande|tjanstgorande|tjg\.?|ersättare|ers\.?)\s+för$", above, re.I) \
                    and plausible_name(served) and not entries[-1].in_place_of:
                entries[-1].in_place_of = served
                last = n
                n += 1
                continue
            # (a table's margin labelling the rows from this one on others present, the members' label on its head
            # row: "Närvarande   Namn   Organisation   Roll" / ... / "Övriga   Per Ek   Kommunförbundet   sekreterare"):
            # the rest of the row the entry, it and those below present, not members
            if column is None and len(ln.cells) >= 3 and entries \
                    and re.match(r"(?:ovriga|dessutom|tjansteperson|tjansteman)", fold(ln.cells[0]).strip(" :")) \
                    and self._list_heading_kind(self.text_line(n, ln.cells[0])) == "ovriga":
                others_below = True
                text = "   ".join(ln.cells[1:])
                ln = Line(ln.n, text, text, kw(text, self.lx), ln.cells[1:], ln.layout)
            got = self._entry_of(ln)
            for e in got if others_below else []:
                e.other = True
            # (the organisation in the left column beside a right column's names, written once over its people:
            # "Region Kalmar län   Sofia Holm, ordförande" / "                    Malin Ek" / "Kalmar   Anna Berg")
            if column is not None and column[0] == "R" and got:
                left = self._side(n, ("L", column[1])).text.strip()
                if left:
                    left_org = left if self._entry_org(left) else None
                for e in got if left_org else []:
                    if not (e.org or e.role):
                        self._set_org(e, left_org)
            if column is None:
                cell_above = self._org_cell_above(ln, got, cell_above)
            if group:
                for e in got:
                    if not (e.org or e.role) and e.note != "continues":     # "Name," / its organisation below
                        self._set_org(e, group)
            if not got and entries and entries[-1].line == n - 1 and ln.text[:1].islower() \
                    and self._side(n - 1, column).text.rstrip().endswith(","):
                # the entry above goes on in its column: the rest of its organisation and its role ("Per Ek,
                # Kommunförbundet" / "i Kalmar län, utvecklingsledare"; "Anna Holm, Region Kalmar län," / "samordnare")
                e = entries[-1]
                parts = [p.strip() for p in ln.text.split(",") if p.strip()]
                if parts and e.org_as_written and not _ROLE_RE.search(kw(parts[0], self.lx)) \
                        and (whole := self.orgs.resolve(f"{e.org_as_written} {parts[0]}")):
                    e.org, e.org_as_written = whole.id, f"{e.org_as_written} {parts[0]}"
                    parts = parts[1:]
                for part in parts:
                    self._note_post(e, part)
                last = n
                n += 1
                continue
            if (not got or not any(e.org or e.role for e in got)) and nxt_line == n + 1 \
                    and (joined := self._wrapped_entry(ln, self._side(nxt_line, column))):
                # an entry wrapped inside its column ("Maria Holm, Region" / "Kalmar län, utvecklingsledare")
                entries.extend(joined)
                last = nxt_line
                n = nxt_line + 1
                continue
            if not got:
                # an organisation alone continues the entry above ("Name," / "Kommunförbundet")
                if entries and entries[-1].note == "continues":
                    e = entries[-1]
                    e.note = None
                    self._set_org(e, ln.text)
                    if e.org or e.role:
                        e.note = f"organisation on line {ln.n}"
                        last = n
                        n += 1
                        continue
                cells = self._damaged_cells(ln)
                if not cells and group and (under := self._damaged_under(ln, group)) is not None:
                    cells = [under]     # a damaged name alone under its organisation's line
                if not cells and (alone := self._damaged_alone(ln, column)) is not None:
                    cells = [alone]     # a damaged name among bare names
                if cells and self.ex is not None:
                    for damaged in cells:
                        if damaged.note == "damaged":
                            damaged.note = None
                            self._warn_damaged(ln.n, damaged.name)
                    entries.extend(cells)
                    last = n
                    n += 1
                    continue
                if not entries or self._heading_shaped(ln):
                    break
                nxt = self._next_nonblank(n, b)
                while nxt is not None and (self.L(nxt).layout or self._side(nxt, column).blank):
                    nxt = self._next_nonblank(nxt, b)
                if nxt is None or not (self._entry_of(self._side(nxt, column))
                                       or self._damaged_cells(self._side(nxt, column))):
                    break           # (a damaged name after the line goes on with the list too)
                skipped.append(n)
                n += 1
                continue
            if entries and not any(e.org or e.role for e in got) and self._over_prose(n):
                break               # "Mötets öppnande" / "Anna ... öppnade mötet.": a heading after the list
            for e in got:
                if re.search(r"\d", e.name):     # a digit a scan read for a letter ("Ann-Katrin Stah1 (Org), ...")
                    self._warn_damaged(n, e.name)
            entries.extend(got)
            last = n
            n += 1
        for e in entries:
            if e.note == "continues":
                e.note = None
        if skipped and self.ex is not None:
            where = f"list '{heading}' (line {a - 1})" if heading else f"the unheaded list at line {a}"
            for m in skipped:
                self.skipped[m] = self.L(m).text
            self.ex.incomplete.append(f"{where}: line{'s' if len(skipped) > 1 else ''} {_ranges(skipped)} "
                                      "not read as names (the list goes on after)")
        return entries, last
