"""Organisations within attendance list entries: what an entry's organisation slot (its column, its bracket,
after its comma) names, read into the entry (EntryOrgRules): an organisation the graph knows (a kommun by its bare
name too), one the graph does not know named as organisations are (which the draft defines), a capacity
("brukarrepresentant"), and the role or title written beside the name (the entry's post); and the shapes of
organisations' names an entry's words are told by ("Demensföreningen i Kalmar", "SPF Seniorerna Mörbylånga").
"""

from __future__ import annotations

import re

from ..names import fold, slug
from .extract_entry_shapes import _IN_PLACE_OF, _MODE_TAIL, _PARTS_ATTENDED, _PARTY_THEN_ORG, _without_part_note
from .extract_list_headings import LIST_HEADINGS, _heading_words
from .extract_model import Entry, RulesBase
from .extract_text import _PARTIES, _ROLE_RE, CAPACITY_ROLES, CHAIR_ROLES, ROLE_WORDS, TITLE_BY_ENDING, TITLE_LETTERS
from .names_found import _ORG_NOUN_END, GIVEN_NAMES, plausible_name
from .ocr_repair import kw, mend_strokes, repair_text
from .orgs import OrgMatch

_NO_ORG_CAPITALS = {p for p in _PARTIES.split("|") if p.isupper()} | {"NYD", "SPI", "VFP", "SJVP", "ORDF", "SEKR",
                                                                      "ERS", "TJG"}


def _lettered_org(text: str) -> bool:
    """An association's letters first, its name or branch after them ("SPF Seniorerna Mörbylånga", "SKPF avd Öland",
    "RSMH Kalmar"): an organisation's name, no person's (not a party's or a title's letters, "MAS", "SJVP")."""
    acro = re.fullmatch(r"([A-ZÅÄÖ]{2,6})(?:\s+(?:avd\.?|avdelning|[A-ZÅÄÖ][\wåäöé-]+)){1,4}(?:\s+län)?",
                        text.strip(" ,."))
    return acro is not None and acro.group(1) not in _NO_ORG_CAPITALS \
        and acro.group(1) not in ("MAS", "MAR", "IFO", "HSL", "LSS", "BUP", "VC", "HC")


def _new_org_name(text: str) -> bool:
    """Words naming an organisation by their shape: one to six words, the first capitalised, one of them a noun
    organisations are named by ("Anhörigas Riksförbund", "Demensföreningen i Kalmar", "Stiftelsen Äldrecentrum")."""
    words = text.strip(" ,.").split()
    # (every word capitalised but the small words between: "i", "för", "och", ...)
    # (the county last in lower case: "Länsförsäkringar Kalmar län", "NSPH Kalmar län")
    county = len(words) >= 3 and words[-1] in ("län", "lan") and words[-2][:1].isupper()
    words = words[:-1] if county else words
    # (a body named with its county, "Länsförsäkringar Kalmar län", "Brukarrådet i Kalmar län", "NSPH Kalmar län",
    # is an organisation whatever its first word: no person is named with a county)
    return 1 <= len(words) <= 6 and all(re.fullmatch(r"[\wåäöéÅÄÖÉ&-]+", w) for w in words) \
        and all(w[:1].isupper() or w in ("i", "för", "och", "av", "på", "inom", "mot", "med")
                # (after a capitalised first word, the noun organisations are named by in lower case: "Svenska kyrkan
                # i Kalmar", "Svenska kyrkan")
                or i > 0 and _ORG_NOUN_END.search(fold(w))
                # (a genitive in lower case before the noun: "Hjärt- och lungsjukas förening")
                or 0 < i < len(words) - 1 and w.endswith("s") and _ORG_NOUN_END.search(fold(words[-1]))
                for i, w in enumerate(words)) \
        and words[0][:1].isupper() and (words[-1][:1].isupper() or len(words) > 1 and _ORG_NOUN_END.search(
            fold(words[-1]))) \
        and (county or any(_ORG_NOUN_END.search(fold(w))
                           or fold(w).startswith(("stiftelsen", "foreningen", "forbundet"))
                           or w in ("AB", "HB", "ek. för.") for w in words))


# a seat's kind before it and the items attended after it ("tj ledamot", "tjänstgörande ersättare", "adjungerad
# ersättare 15"; keyword form)
_SEAT_KIND = re.compile(r"^(?:(?:ej|inte)\s+)?(?:tj|tjg|tjanstgorande|adjungerad)\.?\s+|\s+(?:§§?\s*)?\d[\d\s,–-]*$")


class EntryOrgRules(RulesBase):
    def _unknown_org_tail(self, words: list[str], k: int) -> bool:
        """The words from the k-th on name an organisation the graph does not know, by an organisation's shape (its
        noun, its county, its letters, the town it sits in), and no part of them names a known one in two words or more
        ("RSMH Kalmar", "Attention Kalmar län", "Länkarna i Kalmar"; not "Holm Region Kalmar län", a name's third word
        before the region; nor "Holm Ek", a double surname)."""
        rest = " ".join(words[k:])
        # (two words at least, or letters in capitals: "Per Olof Fahlström" is no "Per Olof" of "Fahlström")
        # (or one word that is an authority's or a body's name by its ending, the list's last word: "Katarina Holm
        # Åklagarmyndigheten", "Per Ek Kriminalvården"; not a surname, "Lund", "Berg")
        one = len(words) - k == 1 and k >= 2 and len(words[k]) >= 9 and words[k][:1].isupper() \
            and words[k][1:].islower() and bool(re.search(r"(?:myndigheten|verket|kassan|formedlingen|styrelsen"
                                                         r"|forbundet|foreningen|inspektionen|varden)$",
                                                         fold(words[k])))
        return self.ex is not None and k < len(words) and (len(words) - k >= 2 or words[k].isupper() or one) \
            and not self.orgs.resolve(rest) \
            and (_new_org_name(rest) or _lettered_org(rest) or bool(re.search(r"\si\s+[A-ZÅÄÖ][\wåäö]+$", rest))
                 and self._named_org(rest)) \
            and (words[k].isupper() or not any((hit := self.orgs.resolve(" ".join(words[j:])))
                                               and hit.id != "kalmar-lan" and len(words) - j >= 2
                                               for j in range(k + 1, len(words))))

    def _capacity(self, text: str) -> str | None:
        k = kw(text, self.lx).strip(" .")
        # (shortened after its stem: "brukarrep.", "invånarrep.")
        # (or the capacity's stem alone in a column of the represented: "Invånare   Catrin Andersson", "Brukare")
        k = {"brukarrep": "brukarrepresentant", "invanarrep": "invanarrepresentant", "invanare": "invanarrepresentant",
             "brukarrepr": "brukarrepresentant", "invanarrepr": "invanarrepresentant",
             "brukare": "brukarrepresentant", "brukarradet": "brukarrepresentant", "brukarrad": "brukarrepresentant"
             }.get(k, k)    # (a member of the users' council in the organisation's column: "Brukarrådet")
        role = ROLE_WORDS.get(k)
        return role if role in CAPACITY_ROLES else None

    def _set_org(self, e: Entry, text: str) -> None:
        # (a second column after a wide gap is no part of it: "Kalmar kommun                  NÄSTA TRÄFF")
        if (gap := re.search(r"\S(\s{4,})\S", text)) and self.orgs.resolve(text[:gap.start(1)].strip(" ,")):
            text = text[:gap.start(1)]
        text = _MODE_TAIL.sub("", text)         # "Vimmerby kommun - digitalt": how the person took part
        text = re.sub(r"\)\.\s*$", ")", text)     # (the list's stop after a bracket: "Org (vid protokollet).")
        # (a title capitalised as a column's cells are, "Nämndsekreterare", "Förvaltningschef": a title, no name of an
        # organisation)
        if re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé-]+", text.strip()) and TITLE_BY_ENDING.fullmatch(kw(text, self.lx).strip()) \
                and not self.orgs.resolve(text):
            text = text.strip().lower()
        # (the part of the meeting attended after the organisation with no comma: "Region Kalmar län t.o.m. § 44")
        text = _PARTS_ATTENDED.sub("", text)
        # (a title's letters before the organisation, no comma: "MAS Mörbylånga kommun", "MAR Västerviks kommun": the
        # title, then the organisation)
        if (lettered := re.fullmatch(r"\s*(" + TITLE_LETTERS + r")\s+([A-ZÅÄÖ][\wåäö].*)", text)) \
                and not self.orgs.resolve(text) and self.orgs.resolve(lettered.group(2).split(",")[0]):
            text = f"{lettered.group(1)}, {lettered.group(2)}"
        if (party_org := _PARTY_THEN_ORG.fullmatch(text.strip())):
            text = party_org.group(1) or party_org.group(2)   # "Anna Holm, S (Nybro kommun)": the party, then the
            # organisation
        parts = [p.strip() for p in text.split(",")]
        if len(parts) == 1 and re.match(r"(?:tjg|tj[äa]nstg[öo]r|ers)", text.strip(), re.I) \
                and (stand := _IN_PLACE_OF.fullmatch(text.strip())) and plausible_name(stand.group("name")):
            e.in_place_of = stand.group("name")     # "Roger Ek (S), tjänstgörande ersättare för Eva Holm (M)": no
            return                                  # organisation, serving in a member's place
        if len(parts) > 1 and (stand := _IN_PLACE_OF.fullmatch(parts[-1])) and plausible_name(stand.group("name")):
            e.in_place_of = stand.group("name")     # "Torsås kommun, för Per Ek": serving in a member's place
            text = ", ".join(parts[:-1])
        elif (stand := re.search(r"\s+(?=(?:ersätter|i stället för|istället för)\s+\S)", parts[-1])) \
                and (member := _IN_PLACE_OF.fullmatch(parts[-1][stand.end():])) \
                and plausible_name(member.group("name")):
            e.in_place_of = member.group("name")    # "Nybro kommun ersätter Annika Holm": no comma before it
            text = ", ".join([*parts[:-1], parts[-1][:stand.start()]])
        # (a deputy's note before it, which the list's kind says: "ej tjänstgörande ersättare, invånarrepresentant")
        if len(parts) > 1 and re.fullmatch(r"(?:(?:ej|inte|icke)\s+)?(?:tjanstgorande\s+)?ersattare",
                                           fold(parts[0]).strip(" .")):
            parts = parts[1:]
            text = ", ".join(parts)
        # (or the capacity with the group it sits in after it: "brukarrepresentant i samordnande grupp Äldre")
        cap = self._capacity(text) or ((held := re.fullmatch(r"\s*(\S+)\s+i\s+\S.*", text))
                                       and re.match(r"(?:brukar|invanar)represent", kw(held.group(1), self.lx))
                                       and self._capacity(held.group(1)))
        if cap:
            e.role = cap
            return
        # a kommun's body by its own name, the kommun after a comma ("Ungdomsrådet, Kalmar kommun, p 9-13"): the body,
        # named as the line writes it (as a header names one), which the draft defines
        body = [p.strip(" .") for p in _without_part_note(text).split(",")]
        if self.ex is not None and len(body) == 2 and re.fullmatch(
                r"[A-ZÅÄÖ][\wåäö-]*(?:rådet|nätverket|gruppen|nämnden|utskottet|forumet)", body[0]) \
                and not self._entry_org(body[0]) and (whose := self._entry_org(body[1])) \
                and self.orgs.types.get(whose.id) in ("kommun", "region"):
            self._draft_org(e, f"{body[0]}, {body[1]}")
            return
        # a title before the organisation, no comma between ("folkhälsostrateg Torsås kommun", "Ekonom Region Kalmar
        # län")
        if (titled := re.fullmatch(r"([A-ZÅÄÖa-zåäöé][\wåäöé-]+)\s+([A-ZÅÄÖ].+)", parts[-1])) \
                and TITLE_BY_ENDING.fullmatch(kw(titled.group(1), self.lx)) and self._entry_org(titled.group(2)):
            self._note_post(e, titled.group(1))
            text = ", ".join([*parts[:-1], titled.group(2)])
            parts = [p.strip() for p in text.split(",")]
        # a seat alone where the organisation stands ("Anna Holm, ordförande", "Eva Ek (s), 1:e vice ordförande"): the
        # chair's seat, as in brackets after the name, no organisation written; a member's word ("ledamot") says no
        # more than the list does
        if (seat := _ROLE_RE.fullmatch(re.sub(r"^\d\s*[ae]\s+", "", kw(text, self.lx).strip(" .")))) \
                and not self._entry_org(text):
            if ROLE_WORDS.get(seat.group(1).rstrip(".")) in CHAIR_ROLES:
                self._note_post(e, re.sub(r"^\d:[ae]\s+", "", text.strip()))
            return
        # a capacity and the seat after it ("Invånarrepresentant, vice ordförande", "Brukarrepresentant, ordförande")
        # (the seat as the list's kind words it, the items attended after it: "Brukarrepresentant, tj ledamot",
        # "brukarrepresentant, adjungerad ersättare 15")
        if len(parts) > 1 and (cap := self._capacity(parts[0])) \
                and all(_ROLE_RE.fullmatch(seat := _SEAT_KIND.sub("", kw(p, self.lx).strip(" .")))
                        or seat in ("adjungerad", "ersattare") for p in parts[1:] if p):
            e.role = cap
            for p in parts[1:]:
                self._note_post(e, p)
            return
        # "Region Kalmar län – vice ordförande": a role after a dash
        dash = re.match(r"^(.*\S)\s+[–—-]\s+(\S.*)$", text)
        if dash and _ROLE_RE.fullmatch(kw(dash.group(2), self.lx).strip(" .")) and self.orgs.resolve(dash.group(1)):
            self._note_post(e, dash.group(2))
            text = dash.group(1)
        paren = re.search(r"\s*\(([^()]*)\)\s*$", text)   # "Kommunförbundet i Kalmar län (utvecklingsledare)"
        if paren and self.orgs.resolve(text[:paren.start()]):
            self._note_post(e, paren.group(1))
            text = text[:paren.start()]
        elif paren and text[:paren.start()].strip() \
                and _ROLE_RE.fullmatch(kw(text[:paren.start()], self.lx).strip(" .")) \
                and self._entry_org(paren.group(1)):
            self._note_post(e, text[:paren.start()])      # "ordf (Högsby)", "v ordf (Hultsfred)": the seat, the kommun
            text = paren.group(1)
        m = self._entry_org(text)
        parts = [p.strip() for p in text.split(",")]
        # (the seat with the part of the county it sits for after it: "BUP Region Kalmar län, ordförande södra länet")
        if m is None and len(parts) > 1 and (_ROLE_RE.fullmatch(kw(parts[-1], self.lx).strip(" ."))
                                             or TITLE_BY_ENDING.fullmatch(kw(parts[-1], self.lx).strip(" ."))
                                             and self._entry_org(", ".join(parts[:-1])) is None or re.fullmatch(
                _ROLE_RE.pattern + r"(?:\s+(?:i\s+)?[a-z][\w-]*){1,3}", kw(parts[-1], self.lx).strip(" .")
                ) and not self._entry_org(parts[-1])):
            # "IFO-chef socialtjänsten Oskarshamns kommun, ordförande": the seat last, the organisation before it
            self._note_post(e, parts[-1])
            text = ", ".join(parts[:-1])
        # (a unit's letters before the region or a kommun: "BUP Region Kalmar län", "IFO Nybro kommun": the
        # organisation, the unit a part of it)
        if m is None and (unit := re.fullmatch(r"([A-ZÅÄÖ]{2,5})\s+(\S.+)", text.strip())) \
                and unit.group(1) not in _NO_ORG_CAPITALS and re.search(r"\b(?:kommun|region)\b", unit.group(2), re.I) \
                and (whole := self._entry_org(unit.group(2))) and self.orgs.types.get(whole.id) in ("kommun", "region"):
            self._note_post(e, unit.group(1))
            text = unit.group(2)
        e.org_as_written = text
        if m is None:
            # "role, Organisation" / "role Organisation": the organisation is the longest tail that resolves
            parts = [p.strip() for p in text.split(",")]
            tails = [", ".join(parts[i:]) for i in range(1, len(parts))] + parts
            words = parts[-1].split()
            tails += [" ".join(words[i:]) for i in range(1, len(words) - 1)]
            for tail in tails:
                m = self._entry_org(tail) if len(tail) > 3 else None
                if m and tail != parts[-1] and parts[-1].endswith(tail) and _new_org_name(parts[-1]) \
                        and not self._entry_org(parts[-1]):
                    m = None    # "förbundschef, Samordningsförbundet i Kalmar län": the whole is a name of its own
                # (likewise after a title in lower case, no comma: "civilförsvarsdirektör Länsstyrelsen i Kalmar län")
                own = re.sub(r"^(?:[a-zåäöé][\wåäöé-]*\s+)+", "", parts[-1])
                bare_tail = re.sub(r"^(?:i|för|vid)\s+", "", tail)
                # (or the county after a body's name without "i": "samordnare Barnahus Kalmar län", a body of the
                # county's, no title of the county's)
                if m and own != parts[-1] and _new_org_name(own) and not self._entry_org(own) \
                        and (re.fullmatch(rf"[A-ZÅÄÖ]\w+(?:\s+\w+)?\s+(?:i|för)\s+{re.escape(bare_tail)}", own)
                             or m.id == "kalmar-lan" and re.fullmatch(rf"[A-ZÅÄÖ]\w+\s+{re.escape(bare_tail)}", own)):
                    m = None
                head = text.replace(tail, " ").strip(" ,")
                # (a title by its ending first: "verksamhetschef barn- och ungdomspsykiatrin Region Kalmar län")
                # (an acting holder's "tf" before it: "tf enhetschef daglig verksamhet i Västerviks kommun")
                first_k = re.sub(r"^(?:t\s?f|tillf|tillforordnad)\s+", "", kw(head, self.lx)).split()[:1]
                if m and head and not _ROLE_RE.search(kw(head, self.lx)) and "," not in text \
                        and not (first_k and TITLE_BY_ENDING.fullmatch(first_k[0])):
                    m = None    # "Samordningsförbundet i Kalmar län": a name of its own ending in one, no role before
                if m:
                    # (a unit named with the title before the town it sits in: "basenhetschef Habiliteringen norr,
                    # Västervik": the unit, not the town's kommun)
                    if self.orgs.types.get(m.id) == "kommun" and len(parts) > 1 and tail == parts[-1] \
                            and len(tail.split()) == 1:
                        tails_of_parts = (" ".join(p.split()[w:]) for p in parts[:-1] for w in range(len(p.split())))
                        unit = next(((u, t) for t in tails_of_parts if (u := self.orgs.resolve(t))
                                     and self.orgs.types.get(u.id) == "unit"), None)
                        if unit is not None:
                            m, tail = unit
                    e.org_as_written = tail
                    self._note_post(e, text.replace(tail, " ").strip(" ,"))
                    break
        # (a note in brackets after an organisation the graph does not know: "Svenska kyrkan i Kalmar (under temat om
        # frivilliga)", "Anhörigas Riksförbund (punkt 3)"; the organisation is what stands before it)
        if m is None and self.ex is not None and paren and not self._named_org(text) \
                and self._named_org(text[:paren.start()]):
            self._note_post(e, paren.group(1))
            text = text[:paren.start()]
        tail = [p.strip(" .") for p in _without_part_note(text).split(",")]
        # (not an abbreviation alone after the name: "Sara Holm, MAS" is a title's, as often as "SKR" an organisation's)
        if m is None and self.ex is not None and len(tail) >= 2 and re.fullmatch(r"[A-ZÅÄÖ]{2,6}", tail[-1]) \
                and tail[-1] not in _NO_ORG_CAPITALS \
                and all(_ROLE_RE.fullmatch(kw(p, self.lx)) for p in tail[:-1] if p):
            # "handläggare, SKR": a role and an organisation's abbreviation the graph does not know (defined by the
            # draft, as written)
            for p in tail[:-1]:
                self._note_post(e, p)
            self._draft_org(e, tail[-1])
            return
        # a unit's or an organisation's abbreviation in brackets after the name, no party's and no title's ("Camilla
        # Ek (SBN)", "Patrik Holm, ordf. (SN)"): one the draft defines, as written (a role before it the person's); not
        # the person's initials ("Helene Wendell (HW)")
        if m is None and self.ex is not None and (ab := re.fullmatch(
                r"(?:(?P<role>ordf\.?|ordförande|vice ordf\.?|sekr\.?|sekreterare)\s*,?\s*)?"
                r"\(?(?P<abbr>[A-ZÅÄÖ]{2,6})\)?",
                text.strip(" ,"))) and ab.group("abbr") not in _NO_ORG_CAPITALS \
                and f"({ab.group('abbr')})" in self.L(e.line).text \
                and ab.group("abbr") != "".join(w[0] for w in e.name.split()).upper() \
                and not _ROLE_RE.fullmatch(kw(ab.group("abbr"), self.lx)) \
                and not TITLE_BY_ENDING.fullmatch(kw(ab.group("abbr"), self.lx)):
            if ab.group("role"):
                self._note_post(e, ab.group("role"))
            self._draft_org(e, ab.group("abbr"))
            e.note = None
            return
        if m is None and self.ex is not None and len(tail) >= 2 and self._named_org(tail[-1]) \
                and all(_ROLE_RE.fullmatch(role := kw(p, self.lx).strip(" .")) or TITLE_BY_ENDING.fullmatch(role)
                        for p in tail[:-1] if p):
            # "förbundschef, Samordningsförbundet i Kalmar län": a title and an organisation the graph does not know
            for p in tail[:-1]:
                self._note_post(e, p)
            text = tail[-1]
        if m is None and self.ex is not None and (titled_org := re.fullmatch(
                r"((?:[a-zåäöé][\wåäöé-]*\s+)+)([A-ZÅÄÖ].+)", text.strip(" ,"))) \
                and TITLE_BY_ENDING.fullmatch(kw(titled_org.group(1).split()[-1], self.lx)) \
                and self._named_org(titled_org.group(2)):
            # "civilförsvarsdirektör Länsstyrelsen i Kalmar län": a title and an organisation the graph does not know
            self._note_post(e, titled_org.group(1).strip())
            text = titled_org.group(2)
        if m is None and self.ex is not None and not self._named_org(text) \
                and (bare_org := _without_part_note(text).strip(" ,")) != text.strip(" ,") \
                and self._named_org(bare_org):
            text = bare_org     # "NSPH Kalmar län, 15 §": the part of the meeting attended after it
        if m is None and self.ex is not None and self._named_org(text):
            # an organisation the graph does not know, named as organisations are ("Anhörigas Riksförbund",
            # "Demensföreningen i Kalmar"): one the draft defines (external), by its name as written
            self._draft_org(e, text.strip(" ,."))
            return
        if m:
            e.org = m.id
            for part in text.split(","):
                if part.strip() and not self.orgs.resolve(part):
                    self._note_post(e, part)     # "utvecklingsledare, Kommunförbundet i Kalmar län"
        else:
            e.note = f"organisation as written: {text}"

    def _draft_org(self, e: Entry, text: str) -> None:
        """An organisation the graph does not know as the entry's, by its name as written: one the draft defines
        (once, at the first line naming it)."""
        assert self.ex is not None
        oid = slug(mend_strokes(text))      # (its id from the letters a scan's strokes stand for: "Arbetsförmed1ingen")
        e.org, e.org_as_written = oid, text
        if all(o[0] != oid for o in self.ex.new_orgs):
            self.ex.new_orgs.append((oid, text, e.line))

    def _titled_new_org(self, text: str) -> bool:
        """A title in lower case before an organisation the graph does not know, named as organisations are
        ("samordnare Barnahus Kalmar län", "kurator Kvinnojouren i Kalmar"); the draft defines it."""
        own = re.sub(r"^(?:[a-zåäöé][\wåäöé-]*\s+)+", "", _without_part_note(text).strip(" ,."))
        return self.ex is not None and text[:1].islower() and own != text.strip(" ,.") and own[:1].isupper() \
            and TITLE_BY_ENDING.fullmatch(kw(text.split()[0], self.lx)) is not None and _new_org_name(own) \
            and not plausible_name(own)

    def _named_org(self, text: str) -> bool:
        """Words in an entry's organisation slot (its column, its bracket, after its comma) naming an organisation
        the graph does not know: by the shape of organisations' names (`_new_org_name`), or capitalised words that
        name no person (the first word no given name, no known person's name), no role, capacity, list heading
        or way of taking part ("Hela Människan", "Attendo Sverige")."""
        if _new_org_name(text):
            return True
        t = text.strip(" ,.")
        if _lettered_org(t):
            return True
        # (the county after it in lower case: "NSPH Kalmar län"; or the town it sits in: "Länkarna i Kalmar")
        t = re.sub(r"(?<=\w)\s+i\s+[A-ZÅÄÖ][\wåäö]+(?:\s+län)?$", "", t) if len(t.split()) >= 3 else t
        words = re.sub(r"(?<=[A-ZÅÄÖ]\w) län$", "", t).split()
        if not (1 <= len(words) <= 4) or len(t) < 5 or not all(re.fullmatch(r"[A-ZÅÄÖÉ][\wåäöéÅÄÖÉ&-]+", w)
                                                                for w in words):
            return False
        k = kw(t, self.lx)
        return not (_ROLE_RE.search(k) or self._capacity(t) or _heading_words(k) in LIST_HEADINGS
                    or _MODE_TAIL.fullmatch(", " + t) or fold(t) in ("teams", "zoom", "skype", "telefon", "video")
                    or self._accept_name(t)  # type: ignore[attr-defined]
                    or fold(words[0]) in GIVEN_NAMES
                    # (one word: a name of its own, "Attendo", no word of the language, "Region" cut at a line end)
                    or len(words) == 1 and (not t[1:].islower() or t in self.lx or t.lower() in self.lx))

    def _entry_org(self, text: str) -> OrgMatch | None:
        """The organisation an entry's organisation slot names. A kommun's bare name there is the kommun:
        "Kalmar" too, which the resolver leaves alone (in prose the town, the county), is Kalmar kommun
        beside a name ("Per Ek, Kalmar", "Per Ek, S (Kalmar)")."""
        m = self.orgs.resolve(text)
        if m is None and fold(text).strip(" .") == "kalmar":
            m = self.orgs.resolve("Kalmar kommun")
        if m is None and fold(text).strip(" .") in ("region", "rkl"):
            m = self.orgs.resolve("Region Kalmar län")     # "Per Ek (Region)": the county's region beside a name
        if m is None and (short := re.fullmatch(r"(\w{3,})\s+kn\.?", text.strip(" :"), re.I)):
            m = self.orgs.resolve(f"{short.group(1)} kommun")    # "Kalmar kn", "Borgholms kn": kommun shortened
        if m is None and (glued := re.fullmatch(r"(\w{3,}?s?)(kommun|region|län)", text.strip(" .:"), re.I)):
            m = self.orgs.resolve(f"{glued.group(1)} {glued.group(2)}")   # a scan's joined words: "Monsteraskommun"
        if m is None:
            m = self.orgs.resolve_shortened(text)       # "Hab norr" for Habiliteringen norr
        if m is not None and self.orgs.types.get(m.id) == "kommun" \
                and (unit := re.fullmatch(r"[A-ZÅÄÖ][\wåäö]+\s+([a-zåäö]{4,})", text.strip(" ,.:"))) \
                and _ORG_NOUN_END.search(fold(unit.group(1))) and not fold(unit.group(1)).startswith("kommun"):
            return None     # a unit named by its town and its kind ("Mönsterås gymnasieskola"): not the kommun
        return m

    def _note_post(self, e: Entry, text: str) -> None:
        """The role a list line names in words beside the name ("utvecklingsledare", "ordf."); a capacity alone
        ("Brukarrepresentant Gunnel Strand") the entry's capacity, where it has no organisation."""
        k = kw(text, self.lx).strip(" ,.")
        if not (e.org or e.role) and (cap := self._capacity(text)):
            e.role = cap
            return
        m = _ROLE_RE.search(k) if k else None
        two = [_ROLE_RE.fullmatch(kw(p, self.lx).strip(" .")) for p in re.split(r"\s*,\s*|\s+och\s+|\s*/\s*",
                                                                                text.strip(" ,."))]
        if m and e.post is None and not e.role and len(two) == 2 and two[0] and two[1]:
            # two roles in one cell or aside ("socialchef, ordförande", "regionråd och ordförande"): both the person's
            e.post = ROLE_WORDS[two[0].group(1).rstrip(".")]
            e.more_posts.append(ROLE_WORDS[two[1].group(1).rstrip(".")])
            return
        if m and e.post is None and not e.role:
            e.post = ROLE_WORDS[m.group(1).rstrip(".")]
            if e.post == "ordforande" and "kommunstyrelse" in k[:m.start()]:
                e.post = "kommunstyrelseordforande"     # "kommunstyrelsens ordförande", as in prose
            rest = k.replace(m.group(0), "").strip(" ,.")
            e.post_title = repair_text(text, self.lx).strip(" ,.") if rest else None
            # the body the role is held in, named after it ("ordförande i presidiekonferensen", "... för nätverket")
            held = re.match(r"(?:i|for|vid)\s+(.+)$", k[m.end():].strip(" ,."))
            if held and (body := self.orgs.resolve(held.group(1))):
                e.post_org = body.id
