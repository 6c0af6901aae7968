"""The lines that look like holding a fact no rule read, listed in the review under "Prose holding a fact" (issue 13:
the review never loses a line in silence). The draft is the same with or without them.

- a line read as prose or a table's row with a fact's shape the draft has none of on it: an amount of money, a verb
  of deciding, a person's name beside an organisation (or a party's letters);
- where an item's usual facts were not read: a heading-shaped line between the items no item took, the last
  sentence of an item no decision was read from, a line naming a person present in an item with no presenter read,
  a sentence opening with a person's name no fact took.
"""

from __future__ import annotations

import re

from ..names import fold, same_person
from .extract_model import Extraction, Line, RulesBase
from .extract_money import amounts_in
from .extract_text import _PROCEDURAL, _SIGNATURE
from .names_found import GIVEN_NAMES, find_names, plausible_name
from .ocr_repair import kw

# a line shaped like an item's heading read as prose: a title over its text, with a colon ("Ny socialtjänstlag:") or
# a number before it ("7 b Lägesrapport Nära vård:", "8.2 Mobil närvård"), a few words and no sentence's end
_HEADING_SHAPE = re.compile(r"^(?:\d{1,3}(?:[.:]\d{1,2})*\.?\s*(?:[a-z]\s+)?[A-ZÅÄÖÉ][^.!?:]{2,60}:?"
                            r"|[A-ZÅÄÖÉ][^.!?:]{2,60}:)$")


# a sum in words no rule parses ("tvåhundrafemtio tusen kronor", "trettio miljoner kronor"): a fact's shape
_SUM_IN_WORDS = re.compile(r"\b[a-zåäö]*(?:tusen|hundra|miljon|miljoner|miljard|miljarder)\s+(?:svenska\s+)?"
                           r"(?:kronor|kr|sek)\b", re.I)


# the parties' letters a kommun's list writes beside a name
_PARTIES = {"S", "M", "C", "L", "KD", "V", "MP", "SD", "FP"}


# a verb of deciding (keyword key): "beslutar", "beslutade", "beslöt", "beslutades", "Beslut:"
_DECIDING = re.compile(r"\b(?:beslutar|beslutade|beslutades|beslots?|besluts?\s*:|beslutat)\b")
# a matter presented or discussed in a report's sentence (keyword form)
_MATTER_TOLD = re.compile(r"\b(?:gick igenom|presenterade|redovisade|redogjorde|informerade|berattade|foredrog|visade"
                          r"|beskrev|rapporterade|diskuterade|samtalade|tog del av)\b")
# the decision's label with its colon opening a line: "Beslut: ...", "Beslutet: ...", "Nämndens beslut: ..."
_DECISION_FIELD = re.compile(r"\s*(?:\w+s\s+)?beslut(?:et)?\s*:\s*\S", re.I)
# the label of a signature's or the adjusting's field before a name (keyword key): "Justerare   X", "Utses att
# justera   X", "Underskrift(er) ... X", "Justerande ... X", "Sekreterare ... X"
_SIGNING_LABEL = re.compile(r"\s*(?:utses att justera|justerare|justering|justerande|justeras|underskrift\w*"
                            r"|sekreterare|protokollforare|ordforande|vid protokollet)\b")
# a person's name and an organisation after it: "Anna Holm, Kalmar kommun", "Anna Holm (Nybro kommun)"
_NAME_BESIDE_ORG = re.compile(r"(?P<name>[A-ZÅÄÖÉ][a-zåäöé]+(?:[ -][A-ZÅÄÖÉ][a-zåäöé]+){1,2})\s*(?:,\s*|\(\s*)"
                              r"(?P<org>(?:[A-ZÅÄÖÉ][\wåäöé-]*)(?:\s+(?:i\s+)?[\wåäöéÅÄÖÉ-]+){0,4})")


class UnreadRules(RulesBase):
    def _unread_in_items(self, ex: Extraction) -> None:
        """Where an item's usual facts were not read, its lines are listed in the review instead of passing as prose
        (issue 13: the review never loses a line in silence): a line shaped like a heading between the items that
        no item took; the last sentence of an item no decision was read from; a line naming a person present in
        an item no presenter was read for; a sentence opening with a person's name no fact took (in an item or
        outside every item: the text of an item the rules did not find). Only the review's list grows."""
        used, listed = ex.used, ex.prose_facts
        if not ex.items:
            # (no item read in the whole document: each heading after the title one it may have had)
            for n, kind in sorted(used.items()):
                if kind == "heading" and n > ex.title_line and n not in listed \
                        and not _PROCEDURAL.match(fold(self.L(n).text).strip(" :")) and not self._label_line(n):
                    listed[n] = "a heading, no item read in the document"
            return
        heads = {it.lines[0] for it in ex.items} | {it.title_line for it in ex.items if it.title_line}
        first, last = min(it.lines[0] for it in ex.items), max(it.lines[1] for it in ex.items)
        for n in range(first, last + 1):
            if n in heads or n in listed:
                continue
            text = self.L(n).text.strip(" *_>#")
            procedural = _PROCEDURAL.match(fold(text).strip(" :")) or self._label_line(n)
            if not procedural and (used.get(n) == "heading" or used.get(n) == "prose" and len(text.split()) <= 8
                                   and _HEADING_SHAPE.match(text)):
                listed[n] = "a heading no item took"
        present = {name.split()[-1] for p in ex.mentions if len(name := p.name.split(",")[0].strip()) > 3
                   and len(name.split()) > 1}
        named = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(present))) + r")\b") if present else None
        starts = sorted(it.lines[0] for it in ex.items)
        for it in ex.items:
            a = it.lines[0] + 1
            b = min([it.lines[1]] + [s - 1 for s in starts if s > it.lines[0]])     # its own lines, not its sub-items'
            text = [n for n in range(a, b + 1) if used.get(n) in ("prose", "heading", "table") and n not in listed]
            if not text:
                continue
            ends = [n for n in text if used.get(n) == "prose" and self.L(n).text.rstrip().endswith(".")]
            if ends and not any(d.lines[0] <= b and d.lines[1] >= a for d in ex.decisions):
                listed[ends[-1]] = "the last sentence of an item no decision was read from"
            for n in text:
                if n in listed or used.get(n) != "prose" and it.presenters:
                    continue
                if not it.presenters and named is not None and named.search(self.L(n).text):
                    listed[n] = "a person present, in an item no presenter was read for"
                elif (who := self._name_first(n)) and not any(same_person(who, p) for p, _ in it.presenters):
                    listed[n] = "a person's name opening a sentence no fact took"
        # (a line a mention took is marked "person" before any is read as prose, heading or table: none of these
        # lines names a person the draft has)
        inside = {n for it in ex.items for n in range(it.lines[0], it.lines[1] + 1)}
        for n, kind in used.items():     # (outside the items: the text of an item the rules did not find)
            if kind == "prose" and n not in inside and n not in listed and self._name_first(n):
                listed[n] = "a person's name opening a sentence no fact took"

    def _unread_names(self, ex: Extraction) -> None:
        """A person's name on a line no fact took, between the title and the last item's end (a list the rules did not
        find, its names in a table's rows or a sentence, or taken for headings), and a heading in capitals read as
        prose: listed in the review (issue 13: never lose a line in silence). Not the signatures' lines (their labels,
        "Justerare   X", "Underskrift ... X", the names under them), not a line a list or a mention took."""
        used, listed = ex.used, ex.prose_facts
        end = max((it.lines[1] for it in ex.items), default=len(self.lines))
        taken = {e.line for lst in ex.attendance for e in lst.entries} | {e.line for e in ex.absent}
        for n, kind in sorted(used.items()):
            if n in listed or n in taken or not ex.title_line < n <= end or kind not in ("prose", "table", "heading"):
                continue
            ln = self.L(n)
            prev = self._prev_nonblank(n)
            first = kw(ln.cells[0] if ln.cells else ln.text, self.lx)
            if _SIGNATURE.match(ln.key) or self._signature_line(n) or _SIGNING_LABEL.match(first) or prev is not None \
                    and (_SIGNATURE.match(self.L(prev).key) or _SIGNING_LABEL.match(self.L(prev).key)
                         or any(_SIGNATURE.match(kw(c, self.lx)) for c in self.L(prev).cells)):
                continue        # the signatures: "Vid protokollet" / "Anna Holm", "Utses att justera   Per Ek"
            spans = find_names(ln.text, self._accept_name, self._role_follows)  # type: ignore[attr-defined]
            if any(fold(sp.name.split()[0]) in GIVEN_NAMES | self.doc_given or self.people.is_known(sp.name)
                   for sp in spans):
                listed[n] = "a person's name no fact took"
            elif kind == "prose" and 2 <= len(ln.text.split()) <= 10 and ln.text.isupper() \
                    and not ln.text.rstrip().endswith((".", ":")) and (n == 1 or self.L(n - 1).blank):
                listed[n] = "a heading in capitals no item took"

    def _name_first(self, n: int) -> str | None:
        """The person's name a line opens with ("Anna Holm berättade om ...", "Per Olof Ek hälsar ..."): two or three
        words shaped as a name, the first a given name (known, or given in this document's lists); else None."""
        words = self.L(n).text.split()
        for k in (3, 2):
            name = " ".join(words[:k])
            if len(words) > k and plausible_name(name) and (fold(words[0]) in GIVEN_NAMES | self.doc_given
                                                             or self.people.is_known(name)):
                return name
        return None

    def _row_person_shape(self, ex: Extraction, ln: Line) -> str | None:
        """A table row with a person's name in one cell and an organisation in another ("Region Kalmar län   Anna
        Holm", "Holm, Anna   Nybro kommun") that no mention took: "a name beside an organisation"."""
        cells = [c.strip() for c in ln.cells if c.strip()]
        named = any(plausible_name(re.sub(r"\s*\([^)]*\)\s*$", "", c)) or self._surname_first(c) for c in cells)
        org = any(self.orgs.resolve(c) for c in cells)
        if named and org and not any(p.lines[0] <= ln.n <= p.lines[1] for p in ex.mentions):
            return "a name beside an organisation"
        # (a kommun's list in a table: the name and the party's letters, "Anna Holm | S", "Per Ek | KD")
        if named and any(c.strip("() ") in _PARTIES for c in cells) \
                and not any(p.lines[0] <= ln.n <= p.lines[1] for p in ex.mentions):
            return "a name beside a party"
        return None

    def _fact_shape(self, ex: Extraction, n: int) -> str | None:
        """What fact a line read as prose looks like holding that the draft has none of on that line: an amount of
        money no funding took, a verb of deciding no decision took, a person's name beside an organisation no
        mention took; None for a line of plain prose."""
        ln = self.L(n)
        if (amounts_in(ln.text) or _SUM_IN_WORDS.search(ln.text)) and not any(f.lines[0] <= n <= f.lines[1]
                                           or n in {a.line for a in f.parts + f.allocations} for f in ex.funding):
            return "an amount of money"
        # (a deciding line over the points that are its decisions, "Mötet beslutar:" / "1. ...": taken by them)
        # (or the decision's label with its colon, which the keyword key leaves out: "Beslut: Enligt förslaget.")
        if (_DECIDING.search(ln.key) or _DECISION_FIELD.match(ln.text)) \
                and not any(d.lines[0] <= n <= d.lines[1] or n < d.lines[0] <= n + 2 for d in ex.decisions):
            return "a verb of deciding"
        for m in _NAME_BESIDE_ORG.finditer(ln.text):
            if plausible_name(m.group("name")) and self.orgs.resolve(m.group("org").strip()) \
                    and not any(p.lines[0] <= n <= p.lines[1] for p in ex.mentions):
                return "a name beside an organisation"
        # (in a report of a meeting, its facts told in sentences: a matter presented or discussed where no item of
        # the draft begins, "Mötet gick igenom gruppens dokument ...", and a person named that no fact of the draft
        # names there)
        if ex.reported:
            if _MATTER_TOLD.search(ln.key) and not any(it.lines[0] <= n <= it.lines[1] for it in ex.items):
                return "a matter presented or discussed"
            if find_names(ln.text, self._accept_name, self._role_follows) \
                    and not any(p.lines[0] <= n <= p.lines[1] for p in ex.mentions) \
                    and not any(e.line == n for lst in ex.attendance for e in lst.entries):
                return "a person named"
        return None
