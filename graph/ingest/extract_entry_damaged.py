"""Attendance list entries whose name OCR damaged ("Marie Lo6f, Hogsby kommun", "Katrin Kar1sson" under
"Hultsfreds kommun:") (DamagedEntryRules): read cell by cell, under their organisation's line or among bare names,
kept as written and warned of in the review.
"""

from __future__ import annotations

import re

from .extract_entry_shapes import _ASIDE_CELL_RE, _without_part_note
from .extract_model import Column, Entry, Line, RulesBase
from .extract_text import _ASIDE_RE, _ROLE_RE, PARTY_BRACKET, TITLE_BY_ENDING
from .names_found import damaged_name, plausible_name
from .ocr_repair import kw


class DamagedEntryRules(RulesBase):
    def _damaged_cells(self, ln: Line) -> list[Entry]:
        """The entries of a list line one of whose names is OCR damaged: the line's, or, in a line of
        two or more cells ("Helene Danie1sson, Högsby kommun<TAB>Helena Danielsson, Kalmar kommun"), each
        cell's (a damaged one noted "damaged"); none unless every cell reads as an entry."""
        if len(ln.cells) < 2:
            e = self._damaged_entry(ln)
            if e is not None:
                e.note = "damaged"
            return [e] if e else []
        if len(ln.cells) == 2 and _ROLE_RE.fullmatch(kw(ln.cells[1], self.lx).strip(" .")) \
                and (e := self._damaged_entry(self.text_line(ln.n, f"{ln.cells[0].strip()} {ln.cells[1].strip()}"))):
            e.note = "damaged"      # the seat in a column of its own: "Annika Fr0berg (S)      Ordförande"
            return [e]
        for name, org in ((1, 0), (0, 1)):
            # a table row with its organisation first ("Högsby kommun    He1ene Danielsson    ordförande") or
            # second ("He1ene Danielsson    Högsby kommun    ordförande"): read as "name, organisation"
            if not ((self.orgs.resolve(ln.cells[org]) or self._capacity(ln.cells[org]))
                    and not plausible_name(ln.cells[org])):
                continue
            text = f"{ln.cells[name]}, {ln.cells[org]}"
            e = self._damaged_entry(self.text_line(ln.n, text))
            if e is not None:
                e.note = "damaged"
                for cell in ln.cells[2:]:
                    self._note_post(e, cell)
                return [e]
        out: list[Entry] = []
        for cell in ln.cells:
            one = self.text_line(ln.n, cell)
            got = self._read_entry_line(one)
            if not got and (e := self._damaged_entry(one)) is not None:
                e.note = "damaged"
                got = [e]
            if len(got) != 1:
                return []
            out += got
        return out

    def _damaged_under(self, ln: Line, org: str) -> Entry | None:
        """A name OCR damaged alone on its line ("Katrin Kar1sson") under its organisation's line ("Hultsfreds
        kommun:"): read as "name, organisation" (noted "damaged"); None for a line with more than a name."""
        if len(ln.cells) > 1 or "," in ln.text or ":" in ln.text or not 2 <= len(ln.text.split()) <= 4:
            return None
        text = f"{ln.text.strip()}, {org}"
        e = self._damaged_entry(self.text_line(ln.n, text))
        if e is not None:
            e.note = "damaged"
        return e

    def _damaged_entry(self, ln: Line) -> Entry | None:
        """'Marie Lo6f, Hogsby kommun' / 'Marie Lo6f Hogsby kommun': a name OCR damaged (a digit or sign in
        it) before an organisation that resolves; kept as written (the caller reports it)."""
        # (the note of the part of the meeting after the entry no part of it: "Jesper Gustavss0n (Kalmar) (punkt 8)")
        text = _without_part_note(ln.text) or ln.text
        name, comma, rest = text.partition(",")
        splits = [(name, rest)] if comma else []
        # (the organisation first, as a label: "Vimmerby kommun: Jabi1 Seven")
        if (org_first := re.fullmatch(r"([^:,]{2,60}):\s+([^:,]+)", text)) and self.orgs.resolve(org_first.group(1)):
            splits = [(org_first.group(2), org_first.group(1))]
            comma = ":"
        if not comma:
            words = text.split()
            splits = [(" ".join(words[:k]), " ".join(words[k:])) for k in (2, 3) if len(words) > k]
        for name, rest in splits:
            name = _ASIDE_RE.sub("", name)      # "Anna H0lm (S), Nybro kommun": the party's bracket no part of it
            if not damaged_name(name):
                continue
            e = Entry(name.strip(), ln.n)
            # (the mark of the absent after it no part of the organisation: "Rasmus 0berg (Attention) ej närvarande")
            rest = re.sub(r"\s+(?:ej|inte|icke)\s+n[äa]rvarande\.?\s*$", "", rest, flags=re.I).strip()
            self._set_org(e, rest[1:-1] if re.fullmatch(r"\([^()]+\)", rest) else rest)   # "(Kalmar)"
            if e.org or e.role:
                e.note = None
                return e
            if re.fullmatch(PARTY_BRACKET, rest):
                e.note = None
                return e        # a party's bracket alone after it, a kommun's list: "Bengt Wa11in (M)"
            if (seat := re.fullmatch(PARTY_BRACKET + r"\s+(\S.{2,30})", rest)) \
                    and _ROLE_RE.fullmatch(kw(seat.group(1), self.lx).strip(" .")):
                e.note = None   # (the seat in its column after it: "Annika Fr0berg (S)      Ordförande")
                self._note_post(e, seat.group(1))
                return e
        # (or a role in brackets after it, no organisation: "Margit Lindho1m Johansson (sekreterare)")
        if (br := re.fullmatch(r"([^(),]+?)\s*\(([^()]+)\)", text.strip())) and damaged_name(br.group(1)) \
                and (_ROLE_RE.fullmatch(role := kw(br.group(2), self.lx).strip(" .")) or TITLE_BY_ENDING.fullmatch(role)
                     or role in ("sekreterare", "sekr", "protokollforare", "adjungerad", "ordforande", "ordf")):
            e = Entry(br.group(1).strip(), ln.n)
            self._note_post(e, br.group(2))
            return e
        return None

    def _damaged_alone(self, ln: Line, column: Column) -> Entry | None:
        """A name OCR damaged with no organisation beside it ("Andreas Er1andsson      vice ordförande") among the
        bare names of a list ("Michael Landin" above or under it, as a label column lists them): read as the name
        with the role its other cells name (noted "damaged"); None where another cell is no role or paragraph."""
        cells = ln.cells if len(ln.cells) > 1 else [ln.text]
        name = _ASIDE_RE.sub("", cells[0]).strip()
        if not damaged_name(name) or "," in name or any(
                not (_ROLE_RE.fullmatch(kw(c, self.lx).strip(" ,.")) or _ASIDE_CELL_RE.match(kw(c, self.lx))
                     or re.fullmatch(r"§§?\s*[\d\s,–-]+", c.strip())) for c in cells[1:]):
            return None
        bare = [self._entry_of(self._side(m, column))
                for m in (self._prev_nonblank(ln.n), self._next_nonblank(ln.n, len(self.lines))) if m is not None]
        if not any(got and not (got[0].org or got[0].org_as_written) for got in bare):
            # (or the next line a damaged name alone too, a bare name under it: "Karin A1bertz" / "Maud Ar1ebrant" /
            # "Lotta Lindgren": two names a scan damaged in a row at a list's head)
            nxt = self._next_nonblank(ln.n, len(self.lines))
            after = self._next_nonblank(nxt, len(self.lines)) if nxt is not None else None
            if nxt is None or after is None or len(self.L(nxt).cells) > 1 \
                    or not damaged_name(_ASIDE_RE.sub("", self.L(nxt).text).strip()) \
                    or not ((got := self._entry_of(self._side(after, column)))
                            and not (got[0].org or got[0].org_as_written)):
                return None
        e = Entry(name, ln.n, note="damaged")
        for c in cells[1:]:
            self._note_post(e, c)
        return e

    def _warn_damaged(self, n: int, name: str) -> None:
        """The review's warning of a list's name OCR damaged, kept as written (line n)."""
        if self.ex is not None:
            self.ex.warnings.append(f"line {n}: the name '{name}' looks damaged (OCR); kept as written in the list "
                                    "(check the spelling)")
