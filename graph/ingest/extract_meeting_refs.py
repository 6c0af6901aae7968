"""Meetings referred to or announced: a date ("den 3 oktober 2025", 2026-03-12) after words naming a meeting
("Länsgemensam ledning", "mötet", "Protokollet från mötet"), not a date of validity ("från den 1 maj
2027", "senast den ...", "träder i kraft den ..."), nor an event's day before it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from ..names import fold
from .extract_dates import YEARLESS_NUMERIC, _date_mentions
from .extract_model import Extraction, MeetingRef, RulesBase
from .extract_text import GROUP_TYPES, _sentences
from .ocr_repair import repair_text

# an event's day or a course named right before a date, "den" between or not (folded): "demensdagen", "elevhälsodag",
# "utbildningen", "seminariet"; not a weekday ("torsdagen") nor a meeting's day ("sammanträdesdagen")
_EVENT_DAY_BEFORE = re.compile(r"\b(?:(?!\w*(?:sammantrades|motes)dag|(?:man|tis|ons|tors|fre|lor|son|hel|var)dag)"
                               r"\w{3,}(?:dag|dagen|dagar|dagarna)|\w*(?:seminari\w*|utbildning\w*|massan?|veckan?))"
                               r"(?:\s+den)?\s*$")


class MeetingRefRules(RulesBase):
    """Meetings a text refers to or announces, by a date after words naming a meeting."""

    @staticmethod
    def _cut_at(paras: list[tuple[list[int], str, list[int]]], heads: set[int]
                ) -> list[tuple[list[int], str, list[int]]]:
        """The paragraphs cut at the items' headings inside them (minutes written with no blank line between
        items, "1.2 Föregående protokoll" / its text / "1.3 Fastställande av dagordning" / ...)."""
        out: list[tuple[list[int], str, list[int]]] = []
        for lines, text, offsets in paras:
            cuts = [0] + [i for i in range(1, len(lines)) if lines[i] in heads] + [len(lines)]
            for a, b in itertools.pairwise(cuts):
                start, stop = offsets[a], (offsets[b] - 1 if b < len(lines) else len(text))
                out.append((lines[a:b], text[start:stop], [o - start for o in offsets[a:b]]))
        return out

    # ------------------------------------------------------------------ meetings referred to
    def _minutes_of_a_group(self, ctx: str) -> bool:
        """Whether a (folded) text ends in the minutes of a group the records know, named with its date after
        it ("a) Protokoll från samordnande grupp Äldre"): a meeting of that group referred to."""
        m = re.search(r"\b(?:protokoll(?:et)?|(?:minnes|motes)?anteckningar(?:na)?)\s+fran\s+((?:[\w-]+\s+){0,5}[\w-]+)"
                      r"(?:\s+den)?\s*$", ctx)
        hit = self.orgs.resolve(m.group(1)) if m else None
        return bool(hit and self.orgs.types.get(hit.id) in GROUP_TYPES | {"collaboration-body"})

    @staticmethod
    def _meeting_dates(sent: str) -> list[tuple[int, int, int, int | None, str]]:
        """The dates a sentence gives (`_date_mentions`), and a day and month in digits without the year right after
        a meeting's word ("Nästa möte hålls 16/4 i Vimmerby."), which alone could be any fraction."""
        found = _date_mentions(sent)
        for m in YEARLESS_NUMERIC.finditer(sent):
            day, month = int(m.group(1)), int(m.group(2))
            if 1 <= day <= 31 and 1 <= month <= 12 \
                    and not any(p <= m.start() < p + len(w) for p, _d, _m, _y, w in found) \
                    and re.search(r"\b(?:mote|motet|sammantrade|sammantradet|traff|traffen)\b(?:\s+\S+){0,3}"
                                  r"\s*$", fold(sent[:m.start()])):
                found.append((m.start(), day, month, None, m.group(0)))
        return sorted(found)

    def _meeting_refs(self, ex: Extraction) -> list[MeetingRef]:
        """Meetings the text refers to or announces: a date ("den 3 oktober 2025", "2026-03-12",
        "12/3 2026") after words naming a meeting ("Länsgemensam ledning", "mötet", "protokollet från
        mötet", "presidiekonferens"); announced when the sentence looks ahead or the date is later."""
        refs: list[MeetingRef] = []
        own = dt.date.fromisoformat(ex.date) if ex.date else None
        a = (ex.meeting_lines[1] + 1) if ex.meeting_lines else 1
        end = ex.items[-1].lines[1] if ex.items else len(self.lines)
        heads = {it.lines[0] for it in ex.items}
        for lines, text, offsets in self._cut_at(self._paragraphs(a, end), heads):
            rep = repair_text(text, self.lx)
            # an item headed "Nästa möte" / "Kommande möten": the dates under it are meetings to come
            item = next((it for it in ex.items if it.lines[0] <= lines[0] <= it.lines[1] and not it.parent), None)
            ahead = bool(item and re.search(r"\b(?:nasta|kommande)\s+(?:mote|moten|motet|sammantrade|traff)|motestider"
                                            r"|motesplan|motesdatum", fold(item.title)))
            for s, e in _sentences(rep):
                sent = rep[s:e]
                k = fold(sent)
                for start, day, month, year, written in self._meeting_dates(sent):
                    ctx = fold(sent[max(0, start - 70): start])
                    # ("Anteckningarna från nätverksträffen den 26 augusti": a meeting's noun between)
                    minutes = re.search(r"\b(?:protokoll(?:et)?|(?:minnes|motes)?anteckningar(?:na)?)\s+fran"
                                        r"(?:\s+\w*(?:motet|traffen|sammantradet|konferensen))?(?:\s+den)?\s*$",
                                        ctx) \
                        or re.search(r"\b(?:foregaende|forra|senaste)\s+(?:motes|minnes)?(?:protokoll|anteckningar)\w*"
                                     r"\s*\(?(?:\s*fran)?(?:\s*den)?\s*$", ctx) \
                        or self._minutes_of_a_group(ctx)     # "Protokoll från samordnande grupp Äldre 2034-08-28"
                    # (an event's day named right before the date, "den länsgemensamma demensdagen den 21 september",
                    # "elevhälsodag den 21 maj", "utbildningen den 3 maj": no meeting, under "Nästa möte" too; not a
                    # weekday, "torsdagen den 13 mars")
                    if not minutes and _EVENT_DAY_BEFORE.search(ctx) \
                            and not re.search(r"\bmote|sammantrade|konferens", fold(sent[max(0, start - 30):start])):
                        continue
                    # (the next meeting named after its date in the sentence: "Torsdagen den 12/11-69 kl. 13.00 håller
                    # gruppen nästa möte via Teams.", the sentence's one date)
                    later = fold(sent[start:start + 90])
                    if not minutes and not ahead and len(_date_mentions(sent)) == 1 and re.search(
                            r"\b(?:haller|halls|blir|ar)\b[^.]{0,30}\b(?:nasta|kommande)\s+(?:mote|motet|sammantrade|traff)",
                            later):
                        ctx = f"nasta mote {ctx}"
                        k = f"nasta mote {k}"
                    if ahead and not minutes:
                        ctx = f"nasta mote {ctx}"
                        k = f"nasta mote {k}"
                    if not minutes and not re.search(r"lansgemensam(ma)? ledning|\bmote\b|\bmotet\b|\bmotets\b"
                                                     r"|\bmoten(?:a)?\b|motestider|motesdatum|motesplan"
                                                     r"|sammantrade|presidiekonferens|presidiemote|\bkonferensen\b",
                                                     ctx):
                        continue
                    body_only = not minutes and not re.search(r"\bmote|sammantrade|konferens|protokoll|traff", ctx)
                    # (the words round the date, not another clause's: "Rapport från Länsgemensam ledning 16 maj 2075
                    # ... remiss senast 30 september 2075")
                    near = fold(sent[max(0, start - 40):start + 40])
                    if body_only and re.search(r"\b(galler|trader i kraft|tradde i kraft|infors|inforas|startar"
                                               r"|borjar|loper|ska vara klar|klart|senast|giltig)", near):
                        continue    # "Avtalet för Länsgemensam ledning gäller den 1 januari 2028": no meeting
                    if not minutes and re.search(r"\b(fran(?: och med)?|fr o m|from|senast|till och med|t o m|tom"
                                                 r"|per|efter|innan|fore|sedan|giltig[at]?|under|inom"
                                                 r"|utsandes|utsand|skickades|skickats|sandes ut|inkom)(?:\s+den)?\s*$",
                                                 ctx):
                        continue    # "från den 1 maj 2027", "senast den 30 juni": a date of validity, no meeting
                        #             ("Kallelsen till mötet utsändes den 29 september": the notice's day, no meeting)
                    if year is None and own is None:
                        continue
                    # (a year of two digits in the protocol's own century, not the pivot's: "12/11-73" at a meeting
                    # of 2073)
                    if year and own and abs(year - own.year) > 50 and re.search(r"[-'’´]\s*\d\d$", written):
                        year += 100 * round((own.year - year) / 100)
                    try:
                        date = dt.date(year or (own.year if own else 0), month, day)
                    except ValueError:
                        continue
                    announced = bool(re.search(r"kommande|nasta|planera|kommer att|ska hallas|motestider", k))
                    if year is None and own and announced and date < own:
                        date = dt.date(date.year + 1, month, day)
                    elif year is None and own and minutes and not announced and date > own:
                        # "Minnesanteckningar från mötet 8 december" at a meeting of 9 February: the minutes of a
                        # past meeting, the year before
                        try:
                            date = dt.date(date.year - 1, month, day)
                        except ValueError:
                            continue
                    if ahead and own and date < own and not re.search(
                            r"kommande|nasta|planera|kommer att|ska hallas|motestider", fold(sent)):
                        announced = False   # under "Nästa möte": "Föregående möte hölls 2035-02-01." looks back
                    if date == own:
                        continue
                    status = "announced" if announced or (own is not None and date > own) else "referred"
                    kind, of = ("presidiekonferens", "presidiekonferensen") if "presidiekonferens" in ctx else \
                        ("presidiemote", "presidiemoten") if "presidiemote" in ctx else \
                        ("lgl-meeting", "lansgemensam-ledning") if re.search(r"lansgemensam(ma)? ledning", ctx) \
                        else ("lgl-meeting", ex.meeting_of or "lansgemensam-ledning")
                    span = self._span_lines(lines, offsets, min(s, len(text) - 1), min(e, len(text)) - 1)
                    # (a date with no year is read only where the protocol has its own, above)
                    past = " (the minutes of a past meeting: the year before)" if own and date.year < own.year else ""
                    note = None if year else (f'"{written}": the text gives no year; {date.year} from the '
                                              f"protocol's date{past}.")
                    if not any(r.date == date.isoformat() for r in refs):
                        refs.append(MeetingRef(date.isoformat(), status, kind, of, span, sent.strip(), note))
        return refs
