"""The body whose meeting a protocol records: named in the title or the header's lines ("Samordnande grupp
Psykisk hälsa", "Region Kalmar län – Beredningen"), a group described by its kind and field, a new body named
beside the collaboration or over its group, a body's line with the date after it; a group's type
("samordnande grupp", "arbetsgrupp").
"""

from __future__ import annotations

import re

from ..names import fold, slug
from .extract_agenda_numbering import item_number
from .extract_dates import _date_mentions, _parse_date
from .extract_header_title import _BODY_WORD, _TITLE_WORD, _TRAILING_BRACKET
from .extract_model import Line, RulesBase
from .extract_text import _FINITE_VERB, GROUP_TYPES
from .names_found import GIVEN_NAMES, plausible_name
from .ocr_repair import kw

# a group's kind by the word naming it (keyword form): a group no record defines gets this type
_GROUP_WORDS = [(r"arbetsgrupp(?:en)?", "working-group"), (r"styrgrupp(?:en)?", "steering-group"),
                (r"processgrupp(?:en)?", "process-group"), (r"natverk(?:et)?", "network"),
                (r"referensgrupp(?:en)?", "working-group"), (r"projektgrupp(?:en)?", "working-group"),
                (r"arbetsutskott(?:et)?", "working-group")]


# a group's word opening its name (keyword form): "arbetsgruppen för ...", "nätverket för ...", "styrgrupp ..."
_GROUP_WORD_FIRST = re.compile(r"\w*(?:grupp|gruppen|natverk|natverket|beredning|beredningen)\b")


def _without_dates(text: str) -> str:
    """The text with every date it gives blanked out ("Beredningen 2033-02-10", "den 4 mars 2031")."""
    for _at, _d, _m, _y, written in _date_mentions(text):
        text = text.replace(written, " ")
    return text


def _met_body(text: str) -> str | None:
    """The body a title names after the meeting's word ("Protokoll fört vid möte inom SIP-gruppen södra länet i Nybro
    2078-09-14.", "Minnesanteckningar från möte med Arbetsgruppen för X"): up to a place, a comma, a date or the
    end; None where it names none."""
    # (a place after "i" is capitalised: "i Nybro", not "i äldreomsorgen", part of the name; the date after "den":
    # "möte med Styrgruppen för vaccination i äldreomsorgen den 11/5 2083")
    after = re.search(r"m[öo]te\s+(?:för|med|inom)\s+(?P<body>\w.*?)"
                      r"(?=\s+i\s+(?=[A-ZÅÄÖ])(?![A-ZÅÄÖ]\w*s?\s+kommun|Kalmar\s+län)|\s*[,.]|\s+\d{4}-\d\d-\d\d"
                      r"|\s+den\s+\d|\s*$)", text)
    if after:
        return after.group("body")
    # (minutes "kept at" the body's meeting, its name in the genitive: "Protokoll nr 4 fört vid Arbetsgruppen för Bostad
    # först i Kalmar läns möte den 19 augusti 2099")
    kept = re.search(r"\b(?:fört|förda|fort|forda)\s+vid\s+(?P<body>[A-ZÅÄÖ][^,.:;]*?)s\s+(?:möte|mote|sammanträde"
                     r"|sammantrade)\b", text)
    if kept:
        return kept.group("body")
    # (a group's meeting by its compound word, the group's name after it: "Protokoll: Styrgruppsmöte Vård- och
    # omsorgscollege Kalmar län 2036-03-26": "Styrgrupp Vård- och omsorgscollege Kalmar län")
    compound = re.search(r"\b(?P<kind>[Ss]tyrgrupp|[Aa]rbetsgrupp|[Rr]eferensgrupp|[Pp]rojektgrupp|[Nn]ätverk)s?"
                         r"(?:möte|mote|träff|traff)\s+(?P<name>[A-ZÅÄÖ][^,.:;]*?)"
                         r"(?=\s*[,.:;]|\s+\d{4}-\d\d-\d\d|\s+\d{1,2}\s+[a-zåäö]+\s+\d{4}|\s*$)", text)
    if compound is None or len(name := compound.group("name").split()) < 2 \
            or _TITLE_WORD.search(fold(compound.group("name"))):
        return None     # (a place, "Nätverksträff Emmaboda 23 mars", or the title's word, "Arbetsgruppsmöte Protokoll")
    # (the name a body's own, "Nätverksmöte Boendestödsnätverket i Kalmar län": that name)
    return " ".join(name) if _BODY_WORD.search(fold(name[0])) \
        else f"{compound.group('kind').capitalize()} {' '.join(name)}"


# a meeting held in a body named with a capital, its number and year between ("styrgruppsmöte 1/2053 i Styrgruppen för
# Nära vård i Kalmar län"): the body up to a comma, a stop, a date or the line's end
_MEETING_IN = re.compile(r"\w*m[öo]te(?:\s+\d{1,2}/\d{2,4})?\s+i\s+(?P<body>[A-ZÅÄÖ]\w*(?:\s+\S+){0,8}?)"
                         r"(?=\s*[,.]|\s+\d{4}-\d\d-\d\d|\s+(?:den|kl\.?)\s|\s*$)")


def _body_type(key: str) -> str:
    """The type of a body no record defines, by its name's keyword key: its group word's ("arbetsgruppen",
    "styrgrupp"), else a network's or a council's, else a working group."""
    return _group_type(key.split()) or ("network" if "natverk" in key else "forum"
                                        if re.search(r"rad(?:et)?\b", key) else "working-group")


def _group_type(keys: list[str]) -> str | None:
    """The type of group a name's first word for a group gives ("arbetsgruppen", "styrgrupp"), keyword keys."""
    return next((t for w in keys for pat, t in _GROUP_WORDS if re.fullmatch(rf"[\w-]*{pat}", w)), None)


class HeaderBodyRules(RulesBase):
    """The body or group whose meeting it is, named in the header or its lines."""

    def _dated_body_line(self, head: list[Line]) -> Line | None:
        """With no title word: a meeting-date label ("Sammanträdesdatum 2026-06-05", "Mötesdatum: 5 juni
        2026") under a short line naming a body or group ("Länsgemensam ledning"), or a line naming the body
        with the date on it or under it: that line is the title."""
        for i, ln in enumerate(head):
            if not re.match(r"(?:sammantradesdatum|motesdatum|datum)\b", ln.key):
                continue
            if not _parse_date(ln.text, None):
                # the label alone over its date ("Sammanträdesdatum" / "2053-02-12"), the body's name under them
                if not (re.fullmatch(r"(?:sammantradesdatum|motesdatum|datum):?", ln.key) and i + 2 < len(head)
                        and len(head[i + 1].key.split()) <= 4 and _parse_date(head[i + 1].text, None)):
                    continue
                below = head[i + 2]
                if 1 <= len(below.key.split()) <= 8 and not below.text.rstrip().endswith((".", ":")) \
                        and item_number(below.text) is None and self._group_named(below.text):
                    return below
                continue
            for above in reversed(head[max(0, i - 3):i]):
                words = above.key.split()
                # (or a body's word opening it: "Nätverket för kvinnofridssamordnare i Kalmar län" / "Datum: ...")
                if 1 <= len(words) <= 8 and not above.text.rstrip().endswith((".", ":")) and (
                        re.search(r"ledning|grupp|konferens|beredning|presidi|styrgrupp", above.key)
                        or self.orgs.resolve(above.text) or _BODY_WORD.match(above.key)):
                    return above
        # a line naming the body, with the meeting's date on it or on the line under it ("Samordnande grupp
        # Äldre – möte 2031-02-13", "Dokumentation från samordnande grupp Äldre" / "2031-02-13")
        for i, ln in enumerate(head[:6]):
            words = ln.key.split()
            # (a stop after the date of a meeting's word opening the line is no sentence's: "Sammanträde med
            # Integrationsnätverket i Kalmar län, 2088-03-16.")
            dated_stop = bool(re.match(r"(?:sammantrade|mote|motet|traff)\b", ln.key)) \
                and bool(re.search(r"\d\.\s*$", ln.text)) and _parse_date(ln.text, None) is not None
            if not 1 <= len(words) <= 14 or ln.text.rstrip().endswith((".", ":")) and not dated_stop \
                    or item_number(ln.text) is not None \
                    or not (re.search(r"lansgemensam(?:ma)? ledning|grupp|presidiekonferens|presidiemote|beredning",
                                      ln.key) or self._group_named(ln.text)
                            or dated_stop and _BODY_WORD.search(ln.key)
                            # (the meeting's compound word for a body: "Nätverksmöte för Nätverket för socialchefer
                            # i Kalmar län den 22:a oktober 2092")
                            or re.match(r"\w*(?:mote|sammantrade|traff)\s+(?:for|med|inom)\s", ln.key)
                            and _BODY_WORD.search(ln.key)
                            # (or after the body's name, the date last: "Nätverket för suicidpreventiva samordnare i
                            # Kalmar län nätverksmöte 2089-09-18", "GEMENSAMMA HJÄLPMEDELSNÄMNDEN I KALMAR LÄN
                            # Sammanträde 14.3.2090 kl. 13.00")
                            or _BODY_WORD.search(ln.key) and _parse_date(ln.text, None) is not None
                            and (re.search(r"\s\w*(?:mote|sammantrade|traff)\s+[\d\s:./-]+"
                                           r"(?:\s(?:kl|klockan)\s[\d\s]+)?$", ln.key)
                                 # (or the meeting's word first, the body and the date after it: "Sammanträde
                                 # Vård- och omsorgsnämnden, Emmaboda kommun 2039-09-07 kl. 13.30-16.45")
                                 or re.match(r"(?:sammantrade|motet?)\s+(?!\d)", ln.key))):
                continue
            nxt = head[i + 1] if i + 1 < len(head) else None
            # (the date line labelled as the time may be longer: "Tid   Tisdagen den 6 mars 2057 kl. 09.00-12.00", "Tid
            # och plats   Fredagen den 10 februari 2062 kl 09.00–11.45, Regionhuset, Kalmar, sal Stensö")
            # (or the meeting's word opening it: "Arbetsgruppsmöte nr 6, 9 oktober 2084, Kommunförbundet i Kalmar län")
            if _parse_date(ln.text, None) and not _FINITE_VERB.search(ln.key) or nxt is not None \
                    and (len(nxt.key.split()) <= 8 or len(nxt.key.split()) <= 20
                         and re.match(r"(?:tid|datum|dag|nar|tidpunkt|sammantradestid|motestid|plats och tid"
                                      r"|\w*(?:mote|sammantrade|traff))\b", nxt.key)) \
                    and _parse_date(nxt.text, None) \
                    and (not nxt.text.rstrip().endswith(".") or len(nxt.key.split()) <= 8) \
                    and not _FINITE_VERB.search(nxt.key):
                return ln       # (the date line no sentence: "Ledningen träffades senast 2026-06-05." is none)
        return None

    def _yearless_body_line(self, head: list[Line]) -> Line | None:
        """With no title word and no full date in the head: a short line naming a body with a day and month but no year
        ("Gemensam presidiekonferens 20 maj, Kalmarsalen, Kalmar."), where the document's other dates give the year
        (`_yearless_date` reads it): that line is the title."""
        if not self._document_years():
            return None
        for ln in head:
            if not 2 <= len(ln.key.split()) <= 14 or item_number(ln.text) is not None or _FINITE_VERB.search(ln.key):
                continue
            if not (re.search(r"lansgemensam(?:ma)? ledning|grupp|presidiekonferens|presidiemote|beredning", ln.key)
                    or self._group_named(ln.text) or _BODY_WORD.search(ln.key)):
                continue
            if any(y is None for *_r, y, _w in _date_mentions(ln.text)) and _parse_date(ln.text, None) is None:
                return ln
        return None

    def _names_a_body(self, key: str) -> bool:
        """Words (keyword form) naming a body: by a body's word, as a group the records know, or as an organisation."""
        return bool(_BODY_WORD.search(key) or self._group_named(key) or self.orgs.resolve(key))

    def _new_group(self, header: list[int]) -> tuple[str, str, str, str, int] | None:
        """A group no record defines, named on a header line by a group word ("Länsgemensam arbetsgrupp för
        X", "Nätverket för Y") with the known group it belongs to on that line or the next ("(under
        samordnande grupp Psykisk hälsa)", "inom ...", "del av ...", "Arbetsgrupp under ..."): (id, name, type,
        part of, line)."""
        for n in header:
            text = self.L(n).text.strip()
            name = re.split(r"\s*[(–—-]?\s*\b(?:under|inom|del av|som del av)\b", text, maxsplit=1)[0]
            m = re.search(r"\(?\s*\b(?:under|inom|del av|som del av)\s+(.+?)\)?\s*$", text)
            parent_text = m.group(1) if m else None
            if parent_text is None and n + 1 <= len(self.lines):
                # the next line: "(under X)", or a group word before it ("Arbetsgrupp under X", "En arbetsgrupp
                # inom X")
                nxt = re.fullmatch(r"\(?\s*(?P<lead>(?:\S+\s+){0,2}?)(?:under|inom|del av|som del av)\s+(.+?)\)?\.?",
                                   self.L(n + 1).text.strip(), re.I)
                lead = kw(nxt.group("lead"), self.lx).split() if nxt else []
                if nxt and lead and not any(re.fullmatch(pat, w) for w in lead for pat, _t in _GROUP_WORDS):
                    nxt = None
                parent_text = nxt.group(2) if nxt else None
            if parent_text is None:
                # a group word and "för" a known group: the group's own unit ("Arbetsutskottet för samordnande grupp
                # Äldre (AU)"), its abbreviation aside
                text = re.sub(r"\s*\(\s*[A-ZÅÄÖ]{2,6}\s*\)\s*$", "", text)
                own = re.fullmatch(r"(\S+)\s+för\s+(.+)", text, re.I)
                if own and any(re.fullmatch(pat, kw(own.group(1), self.lx)) for pat, _t in _GROUP_WORDS) \
                        and (hit := self.orgs.resolve(own.group(2))) and self.orgs.types.get(hit.id) in GROUP_TYPES:
                    name, parent_text = text, own.group(2)
            if parent_text is None and (pair := re.fullmatch(r"(.+?),\s+([^,]+)", text)) \
                    and (hit := self.orgs.resolve(pair.group(2))) \
                    and self.orgs.types.get(hit.id) in GROUP_TYPES | {"collaboration-body"} \
                    and not self.orgs.resolve(pair.group(1)):
                # (the group it belongs to after a comma: "Arbetsgruppen för fallprevention, samordnande grupp Äldre",
                # "Styrgruppen för friskare arbetsplatser i vård och omsorg, Länsgemensam ledning i samverkan")
                name, parent_text = pair.group(1), pair.group(2)
            if parent_text is None and n + 1 <= len(self.lines) and not self.orgs.resolve(text) \
                    and (under := self.orgs.resolve(self.L(n + 1).text.split(",")[0].strip())) is not None \
                    and self.orgs.types.get(under.id) in GROUP_TYPES and under.score >= 0.99:
                # (or on the line under it, the known group alone there: "Arbetsgruppen för rehabilitering av
                # medarbetare" / "Samordnande grupp Psykisk hälsa, Länsgemensam ledning i samverkan")
                parent_text = self.L(n + 1).text.split(",")[0].strip()
            if not parent_text:
                continue
            # (the county after the parent's name: "inom samordnande grupp Äldre, Kalmar län")
            parent_text = re.sub(r",?\s+(?:i\s+)?Kalmar\s+län$", "", parent_text.strip(), flags=re.I)
            name = name.strip(" ,")
            # (a remark in brackets under the title describing the body the title names: "Protokoll fört vid möte inom
            # SIP-gruppen södra länet i Nybro 2078-09-14." / "(arbetsgrupp för ... under samordnande grupp X)")
            from_title = name.startswith("(") and n > 1 and (body := _met_body(self.L(n - 1).text)) is not None
            if from_title:
                name = body
            # the protocol's title word before the group's name ("Minnesanteckningar – Arbetsutskottet för X")
            lead = re.match(r"^(\S+)\s*[–—:-]\s+(?=\S)", name)
            if lead and _TITLE_WORD.fullmatch(kw(lead.group(1), self.lx)):
                name = name[lead.end():]
            words = kw(name, self.lx).split()
            gtype = next((t for w in words for pat, t in _GROUP_WORDS if re.fullmatch(pat, w)), None)
            if gtype is None and from_title and re.fullmatch(r"[\w-]+-grupp(?:en)?", words[0] if words else ""):
                gtype = "working-group"     # (the body the title names: "SIP-gruppen södra länet")
            parent = self.orgs.resolve(parent_text)
            if gtype is None or parent is None \
                    or self.orgs.types.get(parent.id) not in GROUP_TYPES | {"collaboration-body"} \
                    or not 2 <= len(words) <= 8 or _TITLE_WORD.search(kw(name, self.lx)):
                continue
            known = self.orgs.resolve(name)
            if known and self.orgs.types.get(known.id) in GROUP_TYPES and known.id != parent.id:
                return None             # a group the records define: no new one
            return slug(name), name, gtype, parent.id, n
        return None

    def _org_dash_body(self, cell: str) -> list[str]:
        """A header's cell naming an organisation and its body parted by a dash ("Kommunförbundet i Kalmar län -
        Beroendenätverket i Kalmar län"): the two apart; else the cell."""
        d = re.fullmatch(r"(.+?)\s+[-–—]\s+(.+)", cell)
        if d and self.orgs.resolve(d.group(1)) is not None and _BODY_WORD.search(kw(d.group(2), self.lx)):
            return [d.group(1), d.group(2)]
        return [cell]

    def _header_body(self, title: Line, header: list[int], notice_end: int = 0
                     ) -> tuple[str, str, str, str | None, int] | None:
        """The body whose meeting this is, named in the title or the header's lines around it by a word for a body
        and known to no record ("Samverkansgruppen för missbruk och beroende i Kalmar län", "NÄRVÅRDSGRUPP NYBRO
        11 juni 1 (4)", "Västerviks kommun   Socialnämndens arbetsutskott   SAMMANTRÄDESPROTOKOLL"): (id, name,
        type, the kommun or region named beside it or None, line); the name with its kommun after a comma where
        the line names one apart; a body the records know, a group or a network, as (id, "", "", None, line). None
        where none is named."""
        # (the title's word alone, "Protokoll", under the body's name and the meeting's lines: further up)
        # (or a short title naming no body, a report's heading: "Styrgruppsmöte 19 februari" / "" / "• 24 feb 2053" /
        # "" / "Ordinarie styrgruppsmöte 1/2053 i Styrgruppen för Nära vård i Kalmar län")
        reach = 6 if len(title.key.split()) <= 3 else 3
        # (and the letterhead's rows under the title, taken for a running header: "BORGHOLMS KOMMUN   SAMMANTRÄDES-
        # PROTOKOLL" / "Krisledningsnämnden   Sammanträdesdatum")
        # (or the letterhead's line right above the title: "Kommunförbundet i Kalmar län - Beroendenätverket i Kalmar
        # län" / "Minnesanteckningar från nätverksmöte ...")
        above = [title.n - 1] if title.n > 1 and not self.L(title.n - 1).blank and not self.L(title.n - 1).layout \
            and len(self.L(title.n - 1).key.split()) <= 12 and not _parse_date(self.L(title.n - 1).text, None) else []
        # (or the body's name further up, blank lines and the date alone between: "Anhörignätverket i Kalmar län" /
        # "" / "73 06 08" / "" / "Protokoll fört vid Teamsmöte 73 06 08 kl. 13-14.30")
        up = title.n - 1
        while up > 1 and title.n - up <= 4 and (self.L(up).blank or self.L(up).layout or (
                _parse_date(self.L(up).text, None) and len(self.L(up).key.split()) <= 4)):
            up -= 1
        if not above and up < title.n - 1 and up >= 1 and not self.L(up).blank and not self.L(up).layout \
                and len(self.L(up).key.split()) <= 8 and _BODY_WORD.search(self.L(up).key) \
                and not _parse_date(self.L(up).text, None):
            above = [up]
        lines = [title.n, *sorted({n for n in header if n != title.n and abs(n - title.n) <= reach}
                                  | {n for n in (title.n + 1, title.n + 2) if n in self.furniture} | set(above))]
        # the body after the meeting's word in the title, the title wrapped over two lines ("Protokoll från
        # styrgruppsmöte/konstituerande möte för Länsgemensam styrgrupp för ANDT-förebyggande" / "arbete i
        # Kommunförbundets lokaler, Kalmar 2070-04-09"): the name up to the place ("i" a place that is no kommun)
        whole = self.L(title.n).text.strip()
        # (not a label's line under it, "Datum: 2031-03-04", nor a date)
        if title.n + 1 in header and not whole.endswith((".", ":")) and len(self.L(title.n + 1).cells) <= 1 \
                and not re.match(r"\s*[^:]{1,30}:", self.L(title.n + 1).text) \
                and not (_parse_date(self.L(title.n + 1).text, None) and len(self.L(title.n + 1).key.split()) <= 4):
            whole = f"{whole} {self.L(title.n + 1).text.strip()}"
        # (or the notice's line above the protocol: "AGENDA" / "Agenda för möte med e-hälsorådet i Kalmar län.")
        notice = [self.L(n).text.strip() for n in range(1, min(notice_end, 8) + 1)]
        # (or a line of the header telling the meeting "in" the body, a report's: "Ordinarie styrgruppsmöte 1/2053 i
        # Styrgruppen för Nära vård i Kalmar län")
        held_in = [m.group("body") for n in lines if n != title.n and (m := _MEETING_IN.search(self.L(n).text))]
        for body in [*(_met_body(said) for said in (whole, *notice)), *held_in]:
            if body is not None and 1 <= len(body.split()) <= 9 \
                    and _BODY_WORD.search(kw(body, self.lx)) \
                    and self.orgs.resolve(body) is None and not re.fullmatch(r"lansgemensam(?:ma)? ledning.*",
                                                                             kw(body, self.lx)):
                return slug(body), body[:1].upper() + body[1:], _body_type(kw(body, self.lx)), None, title.n
        # (or the body's label on the front page's notice of the adjusting: "Organ   Styrgruppen för ...", "Nämnd:
        # Samordnande grupp Psykisk hälsa")
        organ = {n: m.group(1) for n in range(1, min(len(self.lines), 60) + 1)
                 if (m := re.match(r"\s*(?:[O0]rgan|Beslutsinstans|Nämnd)\s*(?::\s*|\s{2,})(\S.*)$", self.L(n).text))}
        for n in [*lines, *organ]:
            back = self._as_written(n)
            if n in organ:
                back = self.text_line(n, organ[n])
            if back.text.rstrip().endswith(":") or self._list_heading_kind(back):
                continue        # a list's heading ("Närvarande ledamöter i ledningsgruppen:"), no body's name
            # (nor its value beside a list's label: "Närvarande:    Justerad närvarolista bilagd (protokollsbilaga 1).")
            if len(back.cells) > 1 and back.cells[0].rstrip().endswith(":") \
                    and self._list_heading_kind(self.text_line(n, back.cells[0])):
                continue
            cells = [c.strip() for c in back.cells if c.strip()] or [back.text.strip()]
            # (an organisation and its body parted by a dash: "Kommunförbundet i Kalmar län - Beroendenätverket i Kalmar
            # län")
            cells = [p for c in cells for p in self._org_dash_body(c)]
            owner_cell, owner = next(((c.strip(" ,"), hit) for c in cells if (hit := self.orgs.resolve(c.strip(" ,")))
                                      and self.orgs.types.get(hit.id) in ("kommun", "region")), (None, None))
            for cell in cells:
                if re.match(r"\s*(?:kategori|category|taggar|etiketter|ämne|amne)\s*:", cell, re.I):
                    continue    # a web page's category ("Kategori: Projektgruppen | Minnesanteckningar"): no name
                # (the meeting's serial number after it: "..., Förvaltningsgrupp LinK (IT-stöd vid utskrivning), #5")
                text = re.sub(r"[,\s]+(?:#|nr\.?\s*|no\.?\s*)\d{1,3}\s*$", "", cell, flags=re.I)
                # (or after the title's word with its year: "Emmaboda kommun Omsorgsnämnden PROTOKOLL 5/35")
                text = re.sub(r"(\w*(?:protokoll|PROTOKOLL|Protokoll))\s+(?:nr\.?\s*)?\d{1,3}/\d{2,4}\s*$", r"\1", text)
                text = _TRAILING_BRACKET.sub("", text)
                text = _without_dates(text)
                # (the place after the date taken off, its "den" left before them: "... med Styrgruppen för X den
                # 11/5 2083, Kommunförbundets lokaler": the name ends before it)
                text = re.sub(r"\s+(?:den|d\.)\s*(?:,.*)?$", "", text)
                # (the weekday left before the date taken off: "..., Mönsterås kommun, tis 18 november 2091")
                # (a scan's "0" for "O": "... i Kalmar län 0nsdagen")
                text = re.sub(r"[,\s]+(?:mån|tis|[o0]ns|tors|fre|lör|sön)(?:dag(?:en)?)?\.?\s*$", "", text, flags=re.I)
                # (a title's word joined to the meeting's by a hyphen before the body: "PROTOKOLL-Möte Brukarrådet ...")
                text = re.sub(r"^\s*\w*(?:protokoll|anteckningar)[-–]\w+\s+(?=[A-ZÅÄÖ])", "", text, flags=re.I)
                # (the meeting's time after the body's name: "Samordnande gruppen för Hälsa, vård och omsorg kl
                # 13.00-15.30")
                text = re.sub(r"[\s,]+(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*$", "", text)
                text = re.sub(r"\s+\d{1,3}\s*\(\d{1,3}\)\s*$|^\s*(?:sida|sid)\s*\d.*$", "", text, flags=re.I)
                words = [w for w in text.split() if not _TITLE_WORD.fullmatch(kw(w, self.lx))]
                # (and a summary's word for itself: "Sammanfattning från länsnätverket för habilitering")
                # (or the meeting's compound word before a comma: "förvaltningsgruppsmöte, Förvaltningsgrupp LinK")
                # (or "för" before it: "Minnesanteckningar för Kommunala pensionärsrådet, Hultsfreds kommun")
                # (or the meeting's compound word before the body's capitalised name: "nätverksmöte Boendestödsnätverket
                # i Kalmar län")
                while len(words) > 1 and (re.fullmatch(r"fran|fort|vid|med|mote|motet|fr[aå]n|sammanfattning"
                                                       r"|dokumentation|sammantrade|sammantradet|for",
                                                       kw(words[0], self.lx))
                                          or words[0].endswith(",") and len(words) > 2
                                          and re.fullmatch(r"\w+(?:mote|sammantrade|traff)",
                                                           kw(words[0], self.lx).strip(","))
                                          or words[0][:1].islower() and words[1][:1].isupper()
                                          and (re.fullmatch(r"\w+(?:mote|sammantrade|traff)", kw(words[0], self.lx))
                                               or words[0] == "i")):
                    words = words[1:]
                # (the meeting's compound word and "för" before the body: "Nätverksmöte för Nätverket för X")
                if len(words) > 3 and re.fullmatch(r"\w+(?:mote|sammantrade|traff)", kw(words[0], self.lx)) \
                        and kw(words[1], self.lx) in ("for", "med", "inom"):
                    words = words[2:]
                # (the meeting's purpose before the body: "Möte för att bilda Rådet för äldres hälsa i Kalmar län")
                if len(words) > 3 and kw(words[0], self.lx) == "att" \
                        and re.fullmatch(r"bilda|konstituera|starta|inratta", kw(words[1], self.lx)):
                    words = words[2:]
                name = re.sub(r"\s+(?:den|d\.|kl\.?)\s*$", "", " ".join(words).strip(" ,.:–-")).strip(" ,.:–-")
                # (the meeting after the body's name in the genitive: "GRUPPENS FÖR KOMPETENSFÖRSÖRJNING I KALMAR LÄN
                # MÖTE MÅNDAGEN": the body "GRUPPEN FÖR ...")
                # (or its compound word: "Nätverket för suicidpreventiva samordnare i Kalmar län nätverksmöte")
                met = re.sub(r"\s+(?:[a-zåäö]*(?:möte|mötet|sammanträde)|MÖTE|MÖTET|SAMMANTRÄDE)"
                             r"(?:\s+\S+){0,2}\s*$", "", name)
                # (and its last word in the genitive before it: "DEMENSNÄTVERKET I KALMAR LÄNS MÖTE": "... KALMAR LÄN")
                if met != name:
                    name = re.sub(r"(?i)\b((?:län|lan|kommun|region|grupp|gruppen|nätverk|nätverket|råd|rådet|förbund"
                                  r"|förbundet|utskott|utskottet|nämnd|nämnden))s$", r"\1", met)
                    # (or a noun in lower case: "Förvaltningsgruppen för vård och omsorgs möte": "... omsorg"; not a
                    # word whose own last letter is s, "process", "kurs", "fokus")
                    name = re.sub(r"(?<=\s)([a-zåäö]{3,}[^\Wsur\d])s$", r"\1", name)
                name = re.sub(r"^(\w+?)([sS])(?=\s+(?:för|i|FÖR|I)\s)", r"\1", name)
                # (a word on the minutes before "från" and the body: "Kortfattat [protokoll] från arbetsgruppen")
                if (frm := re.match(r"^[A-ZÅÄÖ][a-zåäö]+\s+(?:från|vid)\s+(?=\S)", name)) \
                        and _BODY_WORD.match(kw(name[frm.end():], self.lx)):
                    name = name[frm.end():]
                    words = name.split()
                key = kw(name, self.lx)
                # (a participle after the body's "för" no verb of a sentence: "Arbetsgruppen för placerade barns hälsa")
                verb_key = re.sub(r"^(\S+)\s+for\s.*$", r"\1", key) if _BODY_WORD.match(key) else key
                # (up to twelve words where the name opens with the body's word: "Nätverket för enhetschefer i kommunal
                # hälso- och sjukvård i Kalmar län")
                if not name or not 1 <= len(words) <= (12 if _BODY_WORD.match(key) else 9) \
                        or not _BODY_WORD.search(key) or _FINITE_VERB.search(verb_key) \
                        or ";" in name or any(fold(w) in GIVEN_NAMES and plausible_name(f"{w} {v}")
                                              for w, v in zip(words[1:], words[2:], strict=False)) \
                        or back.text.rstrip().endswith(".") and re.match(
                            r"\S+\s+(?!(?:for|kommer|ar)\b)[a-z]{2,}(?:ar|er|ade|de|te)\b", key) \
                        or re.search(r"lansgemensam(?:ma)? ledning|presidie", key) \
                        or fold(name.split()[0]) in GIVEN_NAMES and plausible_name(name):
                    continue
                # (the body's word alone in the title, its whole name on a line below: "Brukarråd 9/2 -83" / "" /
                # "Brukarrådet för socialpsykiatri och boendestöd, Västerviks kommun")
                # (or after the title's words there: "2091 11 18 Protokoll projektgruppen" / "" / "Protokoll från
                # projektgruppen Trygg hemgång, Mönsterås kommun, tis 18 november 2091")
                if len(key.split()) == 1 and any(
                        len(kw(self.L(m).text, self.lx).split()) >= 3
                        and re.match(r"(?:(?:protokoll|minnesanteckningar|anteckningar)\s+(?:fort\s+)?"
                                     r"(?:fran|vid|for)\s+)?" + re.escape(key[:max(5, len(key) - 1)]),
                                     kw(self.L(m).text, self.lx))
                        for m in [*lines, *organ] if m > n):
                    continue
                # (the kommun after a comma on the body's line, "Trygghetsrådet, Kalmar kommun": the body's owner, the
                # name as the line writes it)
                if (comma := re.fullmatch(r"(.+?),\s+([^,]+)", name)) and (whose := self.orgs.resolve(comma.group(2))) \
                        and self.orgs.types.get(whose.id) in ("kommun", "region") and _BODY_WORD.search(
                            kw(comma.group(1), self.lx)):
                    owner, owner_cell = whose, None
                    key = kw(comma.group(1), self.lx)
                # (or another organisation the group belongs to, "Arbetsgruppen för samhällsorientering och hälsa,
                # Kommunförbundet i Kalmar län": its owner, no part of the group's name)
                elif comma and whose and _GROUP_WORD_FIRST.match(kw(comma.group(1), self.lx)) \
                        and self.orgs.types.get(whose.id) not in GROUP_TYPES | {"network", "kommun", "region"}:
                    owner, owner_cell = whose, None
                    name = comma.group(1)
                    key = kw(name, self.lx)
                # (or before it, no comma: "Emmaboda kommun Omsorgsnämnden": "Omsorgsnämnden, Emmaboda kommun")
                elif (lead := re.match(r"([A-ZÅÄÖ][\wåäö]+\s+kommun)\s+(?=[A-ZÅÄÖ])", name)) \
                        and (whose := self.orgs.resolve(lead.group(1))) and self.orgs.types.get(whose.id) == "kommun" \
                        and _BODY_WORD.match(kw(name[lead.end():], self.lx)):
                    owner, owner_cell = whose, None
                    name = f"{name[lead.end():]}, {lead.group(1)}"
                    key = kw(name[:name.rindex(",")], self.lx)
                bare = re.sub(r"(?:\s+i|,)\s+(?:kalmar|ka1mar)\s+(?:län|lan)\s*$", "", name, flags=re.I)
                known = self.orgs.resolve(name) or self.orgs.resolve(bare)
                # (a known group with the venue after a comma: "Samordnande grupp Äldre, Regionhuset Kalmar")
                if known is None and (venue := re.fullmatch(r"(.+?),\s+[^,]+", name)) \
                        and (hit := self.orgs.resolve(venue.group(1))) is not None \
                        and self.orgs.types.get(hit.id) in GROUP_TYPES | {"network"}:
                    known = hit
                if known is None:
                    # (a known group in the genitive before its meeting's words: "samordnande grupp Psykisk hälsas
                    # temamöte om krisstöd i Västervik")
                    parts = name.split()
                    for k in range(len(parts) - 1, 1, -1):
                        if parts[k - 1].endswith("s") and (hit := self.orgs.resolve(
                                " ".join([*parts[:k - 1], parts[k - 1][:-1]]))) is not None \
                                and self.orgs.types.get(hit.id) in GROUP_TYPES | {"network"} \
                                and re.match(r"\w*m[öo]te|sammantr|konferens|traff", kw(parts[k], self.lx)):
                            known = hit
                            break
                if known is not None:
                    if self.orgs.types.get(known.id) in GROUP_TYPES | {"network"}:
                        return known.id, "", "", None, n
                    continue
                gtype = _group_type(key.split()) \
                    or ("network" if re.search(r"natverk", key) else "preparatory-group" if "beredning" in key
                        else "area-group" if re.search(r"narvard|vardsamverkan", key)
                        else "unit" if re.search(r"utskott|namnd", key)
                        else "forum" if re.search(r"rad(?:et)?\b", key)
                        else "external" if re.search(r"foreningen\b", key) else "working-group")
                if name[:1].islower():
                    # (named in lower case after "från" in a heading, "Sammanfattning från länsnätverket för
                    # habilitering": the name as the header's sentence writes it, with its county, "Länsnätverket för
                    # habilitering i Kalmar län träffades ...")
                    for other in lines:
                        if (full := re.match(re.escape(name) + r"(?:\s+i\s+[A-ZÅÄÖ]\w+\s+län)?\b",
                                             self.L(other).text.strip(), re.I)) and full.group(0)[:1].isupper():
                            name = full.group(0)
                            break
                if owner_cell and fold(owner_cell) not in fold(name):
                    name = f"{name}, {owner_cell}"      # "Socialnämndens arbetsutskott, Västerviks kommun"
                if owner is None:
                    # (the kommun on a letterhead row of its own, "BORGHOLMS KOMMUN   SAMMANTRÄDESPROTOKOLL": the body's
                    # owner, no part of its name)
                    # (or in the letterhead's first lines, the body named by its label further down: "Barn- och
                    # utbildningsnämnden      Sammanträdesdatum" / "NYBRO KOMMUN      2082-04-16" / ... / "Organ
                    # Barn- och utbildningsnämnden")
                    letterhead = [m for m in range(1, min(len(self.lines), 8) + 1) if m not in lines] \
                        if n in organ else []
                    owner = next((hit for m in [*lines, *letterhead] for c in self._as_written(m).cells
                                  if (hit := self.orgs.resolve(c.strip(" ,")))
                                  and self.orgs.types.get(hit.id) in ("kommun", "region")
                                  and (m in lines or re.fullmatch(r"[A-ZÅÄÖ]+S?\s+KOMMUN|[A-ZÅÄÖ][a-zåäö]+s?\s+kommun",
                                                                  c.strip(" ,")))), None)
                return slug(name), name, gtype, owner.id if owner else None, n
        return None

    def _described_group(self, title: Line, header: list[int]) -> tuple[str, str, str, str, int] | None:
        """A group no record defines, named in the title by a group word ("Demensnätverket i Kalmar län –
        minnesanteckningar", "Minnesanteckningar Referensgruppen för X"), and the body it belongs to said in a
        sentence of the header ("..., knutet till samordnande grupp Äldre.", "ett av nätverken kopplade till
        Länsgemensam ledning"): (id, name, type, part of, line), or None."""
        name = gtype = None
        # the title, else a line above it naming the group ("Nätverket för skolnärvaro i Kalmar län" / "Minnes-
        # anteckningar från nätverksträffen den 14 oktober 2043")
        # (or, where the title is its word alone, "PROTOKOLL", the line under it; or the body's label, "Organ: X",
        # "Beslutsinstans: X")
        under = [title.n + 1] if _TITLE_WORD.fullmatch(title.key.strip()) and title.n < len(self.lines) else []
        labelled = {n: m.group(1) for n in header if (m := re.match(r"^\s*(?:organ|beslutsinstans)\s*:\s*(\S.*)$",
                                                                     self.L(n).text, re.I))}
        for line in [title.n, *under, *labelled, *sorted((n for n in header if n < title.n), reverse=True)]:
            text = _TRAILING_BRACKET.sub("", labelled.get(line, self.L(line).text).strip())
            text = _without_dates(text)
            # (a date stamp or the protocol's serial number after the name: "Nätverket för X 310304", "... 7/2031")
            text = re.sub(r"\s+(?:\d{6}|\d{8}|(?:nr\s*)?\d{1,3}/\d{2,4})\s*$", "", text)
            if line != title.n and line not in under and line not in labelled and (
                    _date_mentions(self.L(line).text) or _FINITE_VERB.search(kw(text, self.lx))):
                continue
            for part in re.split(r"\s+[–—-]\s+|:\s+", text):
                words = part.split()
                while words and (_TITLE_WORD.fullmatch(kw(words[0], self.lx)) or (
                        re.fullmatch(r"mote|motet|med|fran|fort|vid|sammantrade|sammantradet", kw(words[0], self.lx))
                        and any(re.search(pat, kw(w, self.lx)) for w in words[1:] for pat, _t in _GROUP_WORDS))):
                    words = words[1:]   # "Minnesanteckningar Demensnätverket ...": the title word before the name
                    # (and "från möte med" before it: "Minnesanteckningar från möte med Nätverket för X")
                while words and _TITLE_WORD.fullmatch(kw(words[-1], self.lx)):
                    words = words[:-1]
                keys = kw(" ".join(words), self.lx).split()
                gtype = _group_type(keys)
                if gtype and 1 <= len(words) <= 8 and (line in (title.n, *under, *labelled) or re.fullmatch(
                        r"\w*(?:natverk|natverket|grupp|gruppen|forum|forumet|radet)", keys[0])):
                    name = re.sub(r"\s+(?:den|d\.|från|fran)\s*$", "", " ".join(words)).strip(" ,.")
                    break       # (a date taken out after it leaves its "den": "Nätverket för X den 4 mars 2050")
            if name:
                break
        if not name or not gtype or ((known := self.orgs.resolve(name)) and self.orgs.types.get(known.id)):
            return None
        for n in header:
            m = re.search(r"(?:(?P<noun>\w+)\s+)?(?P<verb>knuten|knutet|knutna|kopplad|kopplat|kopplade|ansluten"
                          r"|anslutet|anslutna)\s+till\s+(?P<body>.+?)(?:\s+och\s+|[.,;]|$)", self.L(n).text)
            # (or the group word again in apposition: "– ett nätverk under samordnande grupp Psykisk hälsa", "en
            # arbetsgrupp inom X")
            m = m or re.search(r"\b(?:ett|en)\s+(?P<noun>\w+)\s+(?P<verb>under|inom)\s+(?P<body>.+?)"
                               r"(?:\s+och\s+|[.,;]|$)", self.L(n).text)
            # (or a verb of reporting to it or belonging under it: "ett av de nätverk som rapporterar till X",
            # "Nätverket hör till X", "... som lyder under X")
            m = m or re.search(r"\b(?P<noun>)(?P<verb>rapporterar|rapporterade|redovisar|hör|hor|tillhör|tillhor|lyder"
                               r"|sorterar)\s+(?:till\s+|under\s+)?(?P<body>.+?)(?:\s+och\s+|[.,;]|$)",
                               self.L(n).text)
            if not m:
                continue
            # (the body's name may hold "och": "samordnande grupp Barn och unga och samlar ...": the longest that
            # names one)
            rest = re.split(r"[.,;]", self.L(n).text[m.start("body"):])[0]
            pieces = rest.split(" och ")
            bodies = [" och ".join(pieces[:k]) for k in range(len(pieces), 0, -1)]
            # ("ett av nätverken kopplade till X": the networks of X, where the records name them so)
            parent = (self.orgs.resolve(f"{m.group('noun')} {m.group('verb')} till {m.group('body')}")
                      if m.group("noun") and m.group("verb") not in ("under", "inom") else None) \
                or next((hit for b in bodies if (hit := self.orgs.resolve(b))
                         and self.orgs.types.get(hit.id) in GROUP_TYPES | {"network", "collaboration-body"}), None)
            if parent and self.orgs.types.get(parent.id) in GROUP_TYPES | {"network", "collaboration-body"}:
                return slug(name), name, gtype, parent.id, n
        return None

    def _group_named(self, text: str) -> str | None:
        """The group (samordnande grupp, område, process ...) a header line names, title words and
        dates aside."""
        text = _without_dates(text)
        # (a remark in brackets inside it: "Samverkansområdesgrupp Folkhälsa (länets folkhälsoråd) 2064-01-23")
        text = re.sub(r"(?<=\S)\s*\((?![A-ZÅÄÖ/]{2,12}\))[^()]{3,60}\)", " ", text)
        # each column of the line on its own ("Beredningen      2033-02-10      1 (3)"), then the whole line
        cells = [c for c in re.split(r"\t| {3,}", text) if c.strip()]
        for part in ([*cells, text] if len(cells) > 1 else [text]):
            words = [w for w in re.split(r"[\s/,–—-]+", part) if w and not _TITLE_WORD.fullmatch(kw(w, self.lx))]
            # two groups joined by "och" ("Samordnande grupp Barn och unga och processgruppen för Barn och unga", a
            # joint meeting): the first named is the meeting's body
            # (and a group named "för" the body it serves, "BEREDNINGEN FOR LANSGEMENSAM LEDNING I SAMVERKAN": the
            # group, not the body at the line's end)
            # a group, a dash and the body it serves ("Beredningen – Länsgemensam ledning i samverkan"): the group
            # (or a comma: "Beredningen, Länsgemensam ledning i samverkan – protokoll")
            halves = re.split(r"\s+[–—-]\s+", part.strip())
            pair = re.split(r",\s+", halves[0].strip())
            if len(pair) == 2 and (len(halves) == 1
                                   or len(halves) == 2 and _TITLE_WORD.fullmatch(kw(halves[1], self.lx))):
                halves = pair
            # (the county after the body, "Länsgemensam ledning i samverkan Kalmar län", no part of its name)
            if len(halves) == 2 and (g := self.orgs.resolve(halves[0].strip())) \
                    and (b := self.orgs.resolve(halves[1].strip()) or self.orgs.resolve(
                        re.sub(r"\s+(?:i\s+)?Kalmar\s+län$", "", halves[1].strip()))) and g.id != b.id \
                    and self.orgs.types.get(g.id) in GROUP_TYPES \
                    and self.orgs.types.get(b.id) in GROUP_TYPES | {"collaboration-body"}:
                return g.id
            for joint in (" och ", " for "):
                pieces = re.sub(r"\s(?:för|FÖR|for|FOR|För|For)\s", " for ", " ".join(words)).split(joint)
                for k in range(1, len(pieces)):
                    first = self.orgs.resolve(joint.join(pieces[:k]))
                    second = self.orgs.resolve(joint.join(pieces[k:]))
                    if first and second and first.id != second.id and {self.orgs.types.get(first.id),
                                                                       self.orgs.types.get(second.id)} <= (
                            GROUP_TYPES | ({"collaboration-body"} if joint == " for " else set())) \
                            and self.orgs.types.get(first.id) in GROUP_TYPES:
                        return first.id
            # the whole text, else its end ("Anteckningar från möte i samordnande grupp Äldre"); a group's name
            # of one word only as the whole text ("Protokoll – Beredningen")
            for i in range(len(words) if len(words) == 1 else len(words) - 1):
                hit = self.orgs.resolve(" ".join(words[i:]))
                if hit and self.orgs.types.get(hit.id) in GROUP_TYPES:
                    return hit.id
        return None
