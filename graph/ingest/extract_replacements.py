"""Replacements and elections in a decision: "X ersätter Y i GROUP (som ROLE) (från ORIGIN)", "X utses till
ROLE i GROUP efter Y", "efterträder", "ersätts av", "tar över efter"; the group named (or the body whose
meeting it is), the seat, the organisation the new member comes from.
"""

from __future__ import annotations

import re

from ..names import fold, slug
from .extract_decision_words import _word_re
from .extract_header_body import _group_type
from .extract_model import Decision, RulesBase
from .extract_text import GROUP_TYPES
from .names_found import GIVEN_NAMES
from .ocr_repair import kw, repair_text


def indefinite(word: str) -> str:
    """A body's word without its definite ending ("radet": "rad", "gruppen": "grupp", "styrelsen": "styrelse"): the
    stem the body's name holds ("i rådet" at a meeting of the "Regionalt samverkansråd för krisberedskap")."""
    return re.sub(r"(?<=\w{2})(?:et|en|n)$", "", word) if not word.endswith("sen") else word[:-1]


def word_of_body(word: str, body: str) -> bool:
    """Whether a body's word ("radet", "arbetsgruppen") is the body's own, its id holding the word's stem (its first six
    letters): "i rådet" at a meeting of "regionalt-samverkansrad-...", not "i beredningen" at a presidiemöte."""
    return indefinite(fold(word))[:6] in fold(body).replace("-", "")


class ReplacementRules(RulesBase):
    """Replacements and elections: who replaces whom, in which group and seat."""

    def _names_only(self, text: str) -> bool:
        """The text is people's names alone, joined by commas and "och" ("Gudrun och Conny", "Anna Holm och Per
        Ek"): each a name the document or the graph knows, or a given name."""
        pieces = [p.strip() for p in re.split(r",|\s+och\s+|\s+samt\s+", text) if p.strip()]
        return bool(pieces) and len(pieces) <= 4 and all(
            re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé-]+(?:\s+[A-ZÅÄÖ][a-zåäöé-]+){0,2}", p)
            and (fold(p.split()[0]) in GIVEN_NAMES | self.doc_given) for p in pieces)

    def _given_name_elected(self, sentence: str) -> bool:
        """One of the meeting's people by the given name alone, elected to a seat ("Sofia valdes till mötesordförande.",
        "Till justerare valdes Anita."): a given name, of the document's lists or a known one."""
        m = re.match(r"\s*(?P<a>[A-ZÅÄÖ][a-zåäöé]+)\s+(?:valdes|valjs|valjes|väljs|utsågs|utses)\s+(?:till|att)\b"
                     r"|\s*Till\s+[\wåäö ]{3,40}?\s+(?:valdes|väljs|utsågs|utses)\s+(?P<b>[A-ZÅÄÖ][a-zåäöé]+)"
                     # (two elections in one sentence: "Till mötessekreterare valdes Madeleine, och till justerare
                     # valdes Patrik.")
                     r"(?:\s*,?\s+och\s+till\s+[\wåäö ]{3,40}?\s+(?:valdes|väljs|utsågs|utses)\s+[A-ZÅÄÖ][a-zåäöé]+)?"
                     r"\s*\.?\s*$", sentence)
        given = (m.group("a") or m.group("b")) if m else None
        # (or by the initials the list writes after the name: "Till ordförande valdes CW, till sekreterare MF och
        # justerare OL.")
        if not given and (ini := re.match(r"\s*Till\s+[\wåäö ]{3,40}?\s+(?:valdes|väljs|utsågs|utses)\s+"
                                          r"([A-ZÅÄÖ]{2,4})\b", sentence)):
            return ini.group(1) in self.doc_initials
        return bool(given) and fold(given) in GIVEN_NAMES | self.doc_given

    def _drafted_org(self, words: str) -> str | None:
        """An organisation no record knows that the draft defines from its lists ("Attention Kalmar län", "Hela
        människan"), named by its name or its first words (keyword form): its id."""
        if self.ex is None or not words.strip():
            return None
        w = words.strip()
        return next((oid for oid, name, _line in self.ex.new_orgs
                     if fold(name) == w or fold(name).startswith(w + " ")), None)

    def _seat_named_after_i(self, key: str) -> str | None:
        """The group a replacement names after "i" in words no alias spells out ("i styrgruppen för
        samverkansmodellen för barn och unga"): the longest run of words there that names a group."""
        for m in re.finditer(r"\bi\s+(\S+(?:\s+\S+){0,9})", key):
            words = re.split(r"\s+(?:som|efter|fr o m|fran och med|med)\b", m.group(1))[0].strip(" .,;").split()
            # (the county's word before the group's name, "i Länsgemensam arbetsgrupp för ordnat införande": the
            # group without it too)
            for start in (0, 1) if words and words[0].startswith("lansgemensam") else (0,):
                for n in range(len(words), start, -1):
                    hit = self.orgs.resolve(" ".join(words[start:n]))
                    if hit and self.orgs.types.get(hit.id) in GROUP_TYPES:
                        return hit.id
        return None

    def _seat_group_named(self, sentence: str, line: int) -> str | None:
        """A group no record defines, named as a replacement's seat by a word for a group and what it is for ("som
        ledamot i beredskapsgruppen för vård och omsorg från och med ..."), or by a compound of one ("i
        läkemedelsgruppen"): defined by the draft (`seat_groups`), its id; None where the words name a group the
        records know, the meeting's own body, or a group of the area by its kind alone ("i processgruppen")."""
        assert self.ex is not None
        # (the county after it: "i Primärvårdsrådet i Kalmar län från den 1 februari")
        # (or a samordnande grupp by its name: "i samordnande grupp Funktionsnedsättning"; or a nämnd's utskott in the
        # genitive, "i omsorgsnämndens arbetsutskott för återstoden av mandatperioden")
        m = re.search(r"\bi\s+(?P<name>[\wåäöÅÄÖ-]*(?:gruppen|nätverket|rådet|forumet|utskottet)"
                      r"(?:\s+för\s+(?!(?:återstoden|resten|mandatperioden|perioden)\b)[^,.;]+?)?"
                      r"(?:\s+i\s+Kalmar\s+län)?|[Ss]amordnande\s+grupp(?:en)?\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[a-zåäö]+)?"
                      r"|[\wåäö-]+s\s+(?:arbets)?utskott"
                      # (or a group word and its name: "i Projektgruppen Bostad först i Kalmar län")
                      r"|[\wåäöÅÄÖ-]*(?:gruppen|nätverket|rådet)\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[a-zåäö]+)?"
                      r"(?:\s+i\s+Kalmar\s+län)?"
                      # (or a name opening with a capital, its group word indefinite: "i Regionalt familjehemsnätverk
                      # i Kalmar län")
                      r"|[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö-]*(?:nätverk|grupp|råd|forum)(?:\s+i\s+Kalmar\s+[l1]än)?)"
                      # (or the verb electing to it: "Till gruppens representant i arbetsgruppen för X valdes Y")
                      r"(?=\s+(?:från|fr\.?\s?o\.?\s?m|med|som|efter|t\.?\s?o\.?\s?m|under|den|för|valdes|omvaldes"
                      r"|utsågs|utses|väljs)\b|\s*[,.;]|\s*$)",
                      sentence)
        if not m:
            return None
        name = m.group("name")
        head = name.split()[0].lower()
        if " för " not in name and (re.fullmatch(r"(?:process|styr|arbets|samordnings)?gruppen|nätverket|rådet|forumet"
                                                 r"|(?:arbets)?utskottet", head)):
            return None
        # (the meeting's own body; not its utskott, "omsorgsnämndens arbetsutskott" at the omsorgsnämnd's meeting)
        if self.orgs.resolve(name) is not None or (body := self._meeting_body(self.ex)) and fold(body).replace(
                "-", " ").startswith(fold(name)[:12]) and not re.search(r"s\s+(?:arbets)?utskott$", name):
            return None
        name = repair_text(name[:1].upper() + name[1:], self.lx)     # (a scan's "Kalmar 1än": "Kalmar län")
        key = kw(name, self.lx)
        oid = slug(name)
        part = next((g[3] for g in self.ex.new_groups if g[3]), None)
        if all(g[0] != oid for g in self.ex.seat_groups):
            kind = "coordinating-group" if key.startswith("samordnande grupp") else _group_type(key.split())
            self.ex.seat_groups.append((oid, name, kind or "working-group", part, line))
        return oid

    def _definite_group_of_body(self, key: str) -> str | None:
        """A seat named by a bare group word in the definite form ("i processgruppen", "i styrgruppen", "i
        arbetsgruppen") at a meeting of a group of one area: that area's one group of that kind
        (samordnande grupp Barn och unga's "processgruppen" is processgrupp-barn-och-unga). None where the
        area has no such group or several, at a meeting of no area's group, or for "i en processgrupp"."""
        m = re.search(r"\bi\s+(process|styr|arbets)gruppen\b(?!\s+(?:for|inom|om)\b)", key)
        body = self._meeting_body(self.ex) if m and self.ex is not None else None
        if not m or not body or not body.startswith(("samordnande-grupp-", "omradesgrupp-")):
            return None
        area = re.sub(r"^(?:samordnande-grupp|omradesgrupp)-", "", body)
        kind = {"process": "process-group", "styr": "steering-group", "arbets": "working-group"}[m.group(1)]
        found = {oid for oid in self.orgs.types if self.orgs.types[oid] == kind and oid.endswith("-" + area)}
        return found.pop() if len(found) == 1 else None

    def _replacement(self, sentence: str, key: str, span: tuple[int, int], item_no: int | None,
                     text_rep: str) -> Decision:
        # (a name the lists write OCR damaged, "Katrin Kar1sson", found as written, not cut at the digit)
        # (or its given name: "Linda Holm ersätter Camil1a Fredeke som ...")
        spans = self._names_as_written(sentence)
        words = list(re.finditer(r"\S+", sentence))
        folded = [(w.start(), fold(repair_text(w.group(0), self.lx))) for w in words]
        pos = next((at for at, f in folded if f.startswith(("ersatt", "eftertrad"))), None)
        if pos is None:  # "X utses till ledamot ... efter Y", "X tar över efter Y", "... utses X i stället för Y"
            pos = next((at for at, f in folded if f in ("efter", "stallet", "istallet")), None)
        new = next((s.name for s in spans if pos is not None and s.start < pos), None)
        old = next((s.name for s in spans if pos is not None and s.start > pos), None)
        after = [s.name for s in spans if pos is not None and s.start > pos]
        if new is None and len(after) >= 2 and dict(folded)[pos].startswith("ersatter"):
            # the verb second after a fronted adverbial, both names after it: "Från och med april ersätter X Y som
            # ledamot i ...", the new one first
            new, old = after[0], after[1]
        relieved = next((at for at, f in folded if f == "entledigas"), None)
        if relieved is not None and pos is not None and pos > relieved:
            # "X entledigas ..., samt att Y i stället övertar uppdraget": X the one replaced, Y the new
            old = next((s.name for s in spans if s.start < relieved), None)
            new = next((s.name for s in reversed(spans) if relieved < s.start < pos), None)
        verb = next((at for at, f in folded if pos is not None and at > pos and f in ("utses", "utsags", "valdes",
                                                                                       "valjs", "utsag")), None)
        if new is None and verb is not None:    # "Till ny ledamot ... efter Y utses X": the new one after the verb
            new = next((s.name for s in spans if s.start > verb), None)
            old = next((s.name for s in spans if pos is not None and pos < s.start < verb), None)
        if re.search(r"\bersatts av\b|\bersattes av\b", key):
            new, old = old, new         # "Y ersätts av X": the passive names the one replaced first
        k = key.replace("/", " ")
        seats: list[tuple[int, str, str]] = []      # (position, id, type) of group names not after "från"
        origin = None
        for alias, oid in self.orgs.aliases.items():
            t = self.orgs.types.get(oid, "")
            for m in _word_re(alias).finditer(k):
                # (or the seat's origin after the role: "som representant för Mönsterås kommun i ...")
                # (the seat's word after "som", not an item's title in the sentence: "Under punkten Ny ledamot för
                # Torsås kommun beslutades att ...")
                for_role = bool(re.search(r"\bsom\s+(?:\w+\s+)?(?:representant|ledamot|ersattare)\s+for\s+$",
                                          k[max(0, m.start() - 34):m.start()]))
                after_fran = "fran" in k[max(0, m.start() - 8):m.start()] or for_role
                # (a unit the seat is for, "som representant för Habiliteringen norr i nätverket"; or a kommun
                # after the group, "som ledamot i samverkansområdesgruppen för Borgholms kommun")
                for_kommun = t in ("kommun", "region") and bool(re.search(
                    r"\bsom\s+(?:ordinarie\s+)?(?:ledamot|representant|ersattare)\s+i\s+\S[^,]*\bfor\s+$",
                    k[:m.start()]))
                if after_fran and t in ("area-group", "coordinating-group", "kommun", "region") \
                        or for_role and t in ("unit", "external", "kommunforbund") or for_kommun:
                    origin = oid
                elif not after_fran and t in ("coordinating-group", "area-group", "process-group", "steering-group",
                                              "working-group", "preparatory-group", "forum", "network",
                                              "collaboration-body", "presidium") \
                        or t == "conference" and re.search(r"\bi\s+$", k[:m.start()]):
                    # (the presidia's conference only as the seat's body, "som ledamot i presidiekonferensen"; not the
                    # subject deciding, "Presidiekonferensen beslutar att X ersätter Y som ledamot i ...")
                    seats.append((m.start(), oid, t))
        seats.sort(key=lambda x: (x[2] != "coordinating-group", x[2] == "collaboration-body", x[0]))
        # (the body by its bare word, "som ledamot i gruppen", "i nätverket": the body whose meeting this is, below)
        # (or by a compound of it, "i folkhälsoutskottet", at a meeting of that body)
        # (not a group of the area by its kind, "i processgruppen": `_definite_group_of_body`)
        # (the seat's kommun after it no part of the name: "som ledamot i gruppen för Oskarshamns kommun")
        bare_body = not seats and re.search(r"\bi\s+(?!(?:process|styr|arbets)gruppen\b)[\w-]*(?:gruppen|natverket"
                                            r"|radet|styrelsen|beredningen|utskottet"
                                            r"|namnden|forumet)\b(?!\s+(?:inom|om|i)\b"
                                            r"|\s+for\s+(?!\w+s\s+kommun\b|region kalmar lan\b))", k)
        if bare_body and re.search(r"\bi\s+[\wåäöÅÄÖ-]*(?:gruppen|nätverket|rådet)\s+[A-ZÅÄÖ]", sentence):
            bare_body = None    # the group word and its name after it: "i Projektgruppen Bostad först i Kalmar län"
        if bare_body and re.search(r"\bi\s+[A-ZÅÄÖ]{2,}[\wåäöÅÄÖ]*-[\wåäö-]*(?:gruppen|nätverket|rådet|forumet)\b",
                                   sentence):
            bare_body = None    # a group's own name, its letters before the word: "i BUP-samverkansgruppen"
        group = seats[0][1] if seats else None if bare_body else self._seat_named_after_i(k)
        if group is None and self.ex is not None and not bare_body:
            group = self._definite_group_of_body(k)
        if group is None and self.ex is not None \
                and self.ex.meeting_kind in ("presidiemote", "presidiekonferens", "lgl-meeting") \
                and re.search(r"\bi\s+presidiet\b(?!\s+(?:for|i)\b)", k):
            group = "presidiet-lgl"     # "... som ledamot i presidiet" at a presidiemöte: the presidium that meets
            #                             (at the presidia's conference or Länsgemensam ledning: the same presidium)
        if group is None and self.ex is not None and not bare_body:
            group = self._seat_group_named(sentence, span[0])
        if group is None and self.ex is not None:   # "X ersätter Y.": a seat in the body whose meeting this is
            body = self._meeting_body(self.ex)
            new_types = {g[0]: g[2] for g in self.ex.new_groups}
            # (a network too: "X ersätter Y som representant i nätverket" at a meeting of a network)
            if body and self.orgs.types.get(body, new_types.get(body, "")) in GROUP_TYPES | {"collaboration-body",
                                                                                            "network", "conference"}:
                group = body
            elif body and bare_body and body in new_types \
                    and (indefinite(fold(bare_body.group(0).split()[-1]))[:6].replace("-", " ")
                         in fold(body).replace("-", " ")
                         # (an association's board at its meeting: "som ledamot i styrelsen")
                         or new_types[body] == "external" and fold(bare_body.group(0).split()[-1]) == "styrelsen"):
                group = body    # a body the header names that no record defines, "i folkhälsoutskottet" at its meeting
        if origin == group:
            origin = None
        # (the seat's origin in the genitive before the role: "som Region Kalmar läns representant i ...", an
        # abbreviation's with its colon, "som PRO:s representant")
        k = re.sub(r"\b([a-z0-9]{2,}) s (?=(?:representant|ledamot|ersattare)\b)", r"\1s ", k)
        gen = re.search(r"\bsom\s+((?:[\w-]+\s+){0,4}?[\w-]+)s\s+(representant|ledamot|ersattare)\b", k)
        if gen and origin is None and (whose := self.orgs.resolve(gen.group(1))) is not None \
                and self.orgs.types.get(whose.id) in ("kommun", "region", "kommunforbund", "gymnasieforbund",
                                                      "area-group", "coordinating-group", "external"):
            origin = whose.id       # (an authority too: "som Polismyndighetens ledamot i rådet")
            k = k[:gen.start()] + "som " + gen.group(2) + k[gen.end():]
        elif gen and origin is None \
                and re.fullmatch(r"\w*(?:namnden|gruppen|utskottet|styrelsen|radet|natverket|beredningen|direktionen)",
                                 gen.group(1)):
            # (the meeting's own body by its word, "som nämndens representant i samordnande grupp Äldre": the seat's
            # role, no origin apart from the body whose decision it is)
            k = k[:gen.start()] + "som " + gen.group(2) + k[gen.end():]
        elif gen and origin is None and (drafted := self._drafted_org(gen.group(1))) is not None:
            # (an organisation the draft defines from its lists: "som Attentions representant" for "Attention Kalmar
            # län"; "som representant för Hela människan" below)
            origin = drafted
            k = k[:gen.start()] + "som " + gen.group(2) + k[gen.end():]
        if origin is None and (fm := re.search(r"\b(?:representant|ledamot|ersattare)\s+for\s+(.+?)(?:\s+i\s|$)", k)) \
                and (drafted := self._drafted_org(fm.group(1))) is not None:
            origin = drafted
        rm = re.search(r"\bsom\s+(?:[\w-]+s\s+)?(vice ordforande|ordforande|representant|ledamot|ersattare"
                       r"|sammankallande)\b", k)
        rm = rm or re.search(r"\btill\s+(?:ny\s+)?(?:[\w-]+s\s+)?(vice ordforande|ordforande|representant|ledamot"
                             r"|ersattare|sammankallande)\b", k)
        role = {"vice ordforande": "vice-ordforande", "ordforande": "ordforande", "ersattare": "ledamot"}.get(
            rm.group(1), rm.group(1)) if rm else "ledamot"
        return Decision("replacement", span, text_rep, item_no, group=group, role=role, new=new, replaced=old,
                        seat_origin=origin)
