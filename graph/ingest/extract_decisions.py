"""Decisions: which sentences of an item decide, and what each decides (replacements, elections and the meetings
a text refers to have modules of their own: extract_replacements.py, extract_meeting_refs.py; the words a decision
is read by are in extract_decision_words.py, where it stands on the page in extract_decision_layout.py).

- decisions: "Beslut: ...", "... beslutar/beslöt att ...", "beslutades att ...", a body with its verb
  ("Länsgemensam ledning godkänner ..."), "Protokollet godkändes", replacements "X ersätter Y ... i
  GROUP (som ROLE) (från ORIGIN)" and "X utses till ROLE i GROUP efter Y", "X utses till ...",
  "beslutar att fastställa indikatorn för LABEL för år YEAR till VALUE", "... varav detta fastslås";
  any sentence of an item with a decision verb form (godkänns/godkändes, läggs/lades till
  handlingarna, fastställs, antas, uppdras, tillstyrker, utses; not the supine "har
  godkänts", not "som antogs"); "Anteckningarna godkänns" approves a protocol; replacements also as
  "efterträder", "ersätts av", "tar över efter", in the group named or the body whose meeting it is;
  a decision naming money, or in a paragraph that does, is funding
- meetings referred to or announced: a date ("den 3 oktober 2025", 2026-03-12) after words naming a
  meeting ("Länsgemensam ledning", "mötet", "Protokollet från mötet"), not a date of validity ("från
  den 1 maj 2027", "senast den ...", "träder i kraft den ...").
"""

from __future__ import annotations

import re

from ..names import fold
from .extract_decision_layout import DecisionLayoutRules
from .extract_decision_words import (
    _ADJUSTING_TITLE,
    _AGENDA_CHANGED,
    _APPROVED,
    _AS_PROPOSED,
    _BACKGROUND_HEADING,
    _BARE_CLAUSE,
    _BARE_GRANT,
    _BARE_INFINITIVE,
    _BODY_DECIDES,
    _BODY_DECIDES_ALONE,
    _BODY_POSTPONES,
    _BODY_SUBJECT,
    _BODY_VERBS,
    _CARRIES_OUT_COSTED,
    _CLAUSE_ADVERBS,
    _DECIDED_ELSEWHEN,
    _DECIDED_TITLE,
    _DECISION_HEADING,
    _DECISION_LABEL,
    _DECISION_VERB,
    _DECISION_WAS,
    _GRANTS_IT,
    _LAY_TO_RECORDS,
    _LIST_POINT,
    _MINUTES,
    _MONEY_WORDS,
    _NO_ACTION,
    _NO_DECISION,
    _NOTED,
    _NOTED_ALONE,
    _NOTED_WHOLE,
    _ONLY_NAMES,
    _POSTPONED_WHOLE,
    _REPORTS_BACK,
    _TASK,
    _TASK_GIVEN,
    _TO_APPROVE,
    _TO_THE_MINUTES,
    _number,
    _subject_first,
    _word_re,
)
from .extract_meeting_refs import MeetingRefRules
from .extract_model import Decision, Item
from .extract_money import amount_spans, money_set_aside
from .extract_replacements import ReplacementRules
from .extract_text import GROUP_TYPES, PARTY_BRACKET, ROLE_ALONE_TITLE, _sentences
from .names_found import find_names
from .ocr_repair import kw, repair_text


class DecisionRules(DecisionLayoutRules, ReplacementRules, MeetingRefRules):
    """An item's decisions: which sentences decide and what kind of decision each is (`_decision_of`), read over
    every item (`_decisions`); the mixins find where decisions stand, replacements and meetings referred to."""

    def _adjusting_before_items(self) -> None:
        """The adjusters elected under a heading of their own before the first item ("Justering" / "Utsågs X att
        jämte ordföranden justera dagens protokoll."): a decision of the meeting, where no item records one."""
        assert self.ex is not None
        first = min((it.lines[0] for it in self.ex.items), default=0)
        if not first:
            return
        adjuster = any(re.search(r"\bjuster", kw(d.text, self.lx)) for d in self.ex.decisions)
        approved = any(d.kind == "approve-protocol" for d in self.ex.decisions)
        agenda = any(re.search(r"\b(?:dagordning|foredragningslista|arendelista)", kw(d.text, self.lx))
                     for d in self.ex.decisions)
        for n in range(1, first) if not adjuster else ():
            ln = self.L(n)
            if ln.blank or ln.layout or len(ln.cells) != 1 or not _ADJUSTING_TITLE.fullmatch(ln.key):
                continue
            nxt = self._next_nonblank(n, first - 1)
            if nxt is None or nxt > n + 1:
                continue
            text = self.L(nxt).text.strip()
            if text.endswith(".") and re.search(r"\b(?:utsags|utses|valdes|valjs|valjes)\b", self.L(nxt).key) \
                    and re.search(r"\bjustera\b", self.L(nxt).key) \
                    and find_names(text, self._accept_name, self._role_follows):
                self.ex.decisions.append(Decision("other", (nxt, nxt), repair_text(text, self.lx), None))
                adjuster = True
                break
        # (or a paragraph of its own before the first item, after the lists: "Till att justera anteckningarna valdes
        # X. Anteckningarna från mötet den 3 februari gicks igenom, godkändes och lades till handlingarna."; the last
        # minutes "justerades": approved, "Föregående mötesprotokoll (möte 4, 870310) justerades.")
        inside = {m for a, last, _ in self.list_zones for m in range(a, last + 1)}
        # (the header's paragraphs after the title too: "... Mötet hölls i Regionhuset, Kalmar. Till att jämte
        # ordföranden justera protokollet utsågs X.", the meeting's place read from the same paragraph)
        start = (self.ex.meeting_lines[0] + 1) if self.ex.meeting_lines else 1
        for lines, text, offsets in self._paragraphs(start, first - 1):
            # (nor the agenda announced before the items: "§43. Föregående protokoll godkänns" is its title)
            if any(n in inside or self._is_heading(n) or n in self.announced_agenda for n in lines) or len(lines) > 4:
                continue
            for a, b in _sentences(text):
                sentence = text[a:b].strip()
                key = kw(sentence, self.lx)
                span = self._span_lines(lines, offsets, a, b - 1)
                if re.search(r"\b(?:utsags|utses|valdes|valjs|valjes)\b", key) and re.search(r"\bjustera\b", key) \
                        and ":" not in sentence and sentence.endswith(".") and not adjuster \
                        and find_names(sentence, self._accept_name, self._role_follows):
                    self.ex.decisions.append(Decision("other", span, repair_text(sentence, self.lx), None))
                elif re.match(r"till\s+(?:motets\s+|motes)?(?:ordforande|sekreterare|justerare|justeringsperson(?:er)?)"
                              r"\s+(?:valdes|utsags|valjs|valjes|utses)\b", key) \
                        and find_names(sentence, self._accept_name, self._role_follows):
                    # "Till mötesordförande valdes Sofia Hartz.", "Till Justerare valdes A och B": the meeting's
                    # elections before its items, one a paragraph
                    self.ex.decisions.append(Decision("other", span, repair_text(sentence, self.lx), None))
                elif not agenda and re.fullmatch(r"(?:dagordningen|foredragningslistan|arendelistan)\s+(?:godkandes"
                                                 r"|godkanns|godkannes|faststalldes|faststalls|faststalles)", key):
                    # "Dagordningen godkändes." on the front page, under the adjuster's election
                    self.ex.decisions.append(Decision("other", span, repair_text(sentence, self.lx), None))
                elif not approved and re.search(_MINUTES, key) and re.search(_APPROVED, key) \
                        and not re.search(r"\bjuster(?!ades\b|ats\b)", key) \
                        and re.search(r"\b(?:foregaende|forra|senaste|tidigare|fran (?:motet|sammantradet|traffen))\b",
                                      key) \
                        and (d := self._decision_of(sentence, key, span, None, None)) is not None \
                        and d.kind == "approve-protocol":
                    self.ex.decisions.append(d)


    def _decisions(self, it: Item, own_end: int, item_no: int | None, tops: dict[int, Item]) -> None:
        assert self.ex is not None
        # a title that is the decision, no text under it ("2. Agendan godkänns", "§ 2." / "Dagordningen godkändes")
        head = it.title_line or it.lines[0]
        # (or a title that is a whole sentence deciding, on a line of its own, text under it: "§8" / "Nätverkets
        # budget för 2038 fastställdes." / "Budgeten omfattar 380 000 kr ...": the decision, on the item's money)
        sentence = head not in self.inline_heads and self.L(head).text.rstrip().endswith(".") \
            and bool(_DECISION_VERB.search(kw(it.title, self.lx))) and len(it.title.split()) >= 3
        if (_DECIDED_TITLE.fullmatch(kw(it.title, self.lx).strip(" .")) and head not in self.inline_heads
                and all(self.L(m).blank or self.L(m).layout for m in range(head + 1, own_end + 1))) or sentence:
            said = f"Beslut: {it.title}"
            money = sentence and any(amount_spans(self.L(k).text) for k in range(head, own_end + 1))
            d = self._decision_of(said, kw(said, self.lx), (head, head), it, item_no, money)
            if d is not None:
                d.text = it.title
                self.ex.decisions.append(d)
        cells_from = len(self.ex.decisions)
        for cell in self._row_cells(it):
            d = self._decision_of(cell, kw(cell, self.lx), it.lines, it, item_no, bool(amount_spans(cell)))
            if d is not None:
                self.ex.decisions.append(d)
        by_cell = self.ex.decisions[cells_from:]
        taken = self._decision_points(it, own_end, item_no)
        for lines, text, offsets, ahead in self._split_paragraphs(self._paragraphs(self._text_start(it), own_end)):
            rep = repair_text(text, self.lx)
            # a decision on the money its paragraph states (the whole paragraph, before a cut at its decision)
            para_money = money_set_aside(ahead + text)      # (not an outcome reported: "Prognosen visar ...")
            label = self._prev_nonblank(lines[0])
            if not para_money and label is not None and label > it.lines[0] and self._label_line(label):
                # "Beslut" over the decision: the money the item's paragraphs above it state
                para_money = self._money_above(it, label)
            before = ""         # the sentence before, in this paragraph
            labelled: Decision | None = None    # a "Beslut: ..." of this paragraph, the task after it its own
            stated: Decision | None = None      # the decision the paragraph's sentence before stated
            said: list[tuple[str, tuple[int, int], str]] = []     # the paragraph's sentences so far, with their lines
            for s, e in _sentences(text):
                # the space, or a bullet or a point's letter, before it ("a) Till justerare valdes X.")
                opening = re.match(r"\s*(?:[-–•·▪]\s+|\(?[a-h]\)\s+)?", text[s:e])
                # (the item's number a sentence of its own before it: "2." / "VAL AV JUSTERARE: Till ...")
                # (a label, not a sentence ending in a colon: "7. Arbetsgruppen beslutar om fördelning av ...:")
                first_said = s == 0 or bool(re.fullmatch(r"\s*(?:[§$]\s*)?\d{1,3}[.)]?\s*", text[:s])) \
                    and not re.search(r"\b(?:beslutar|beslutade|beslot|[a-z]{3,}(?:ar|er|ade|de))\b",
                                      kw(it.title, self.lx))
                if first_said and lines[0] == it.lines[0] in self.inline_heads \
                        and (lab := re.match(r"(?:[-–•]\s+)?(?:(?:[§$]\s*)?\d{1,3}\s*[.):]?\s+)?" + re.escape(it.title)
                                             + r"\s*:\s+",
                                             text[s:e].lstrip())):
                    # the item's label before its text on the heading's line ("Kommande aktiviteter: Vi bestämmer
                    # ...", a dash before it or none): no part of the sentence
                    opening = re.match(r"\s*" + re.escape(lab.group(0)), text[s:e])
                elif s == 0 and lines[0] == it.lines[0] in self.inline_heads and it.n is not None \
                        and (num := re.match(rf"\s*(?:[§$]\s*)?{it.n}\s*(?:[.):]|\.\s*(?:{it.n}\s*)?§)?\s+(?=[A-ZÅÄÖ])",
                                             text[s:e])):
                    # (the item's number before its sentence on the heading's line, "6. Uppdrogs åt X att ...", "4.
                    # §  Protokollet ...": no part of the sentence)
                    opening = num
                sentence = text[s:e].strip()[len(opening.group(0).lstrip()) if opening else 0:].strip()
                key = kw(sentence, self.lx)
                # "Protokollet från ... gicks igenom. Det godkändes ...": a pronoun for the minutes the sentence
                # before names, approving them
                if (pron := re.match(r"(?:det|detta|de|dessa|den)\s+(?=\S)", key)) and re.search(_MINUTES, before) \
                        and re.search(_APPROVED, key) and not re.search(_MINUTES, key):
                    key = "protokollet " + key[pron.end():]
                before = key
                # "Beslut" / "BESLUT" as a heading over a clause "Att godkänna ..." opening the paragraph under it:
                # the clause is the decision the heading announces (the template of a nämnd, layout of issue 13)
                # (or a bare infinitive in lower case, the heading the clause's subject and verb: "Beslut" /
                # "fastställa ärendelistan.")
                # (or the body deciding alone on the line over it: "Barn- och utbildningsnämnden beslutar" / "att lägga
                # protokollen till handlingarna.")
                if s == 0 and (key.startswith("att ") or _BARE_INFINITIVE.match(sentence)) \
                        and label is not None and label > it.lines[0] \
                        and (_DECISION_HEADING.fullmatch(fold(self.L(label).text.strip().rstrip(":")))
                             or _BODY_DECIDES_ALONE.fullmatch(fold(self.L(label).text).strip().rstrip(":"))):
                    sentence = f"Beslut: {sentence}"
                    key = kw(sentence, self.lx)
                key = _subject_first(key)
                s += opening.end() if opening else 0                      # from its first word
                span = self._span_lines(lines, offsets, s, e - 1)
                said.append((sentence, span, key))
                if s == 0 and self._bare_clause(lines[0]) or s > 0 and sentence[:4] == "att " \
                        and _BARE_CLAUSE.match(key[4:]) and text[:s].rstrip().endswith("."):
                    # (a clause "att ..." after the sentence before on its line: "Genomgång av föregående protokoll.
                    # att godkänna föregående protokoll.")
                    sentence = f"Beslut: {sentence}"
                    key = kw(sentence, self.lx)
                if span[1] in taken:
                    continue            # a decision said over its points: read point by point above (also the
                    #                     label line unended before it: "Ärende: Protokoll" / "Gruppen beslutar")
                # (the paragraph's text before the sentence, where it states money: what it costs; or the item's
                # text above the paragraph, a decision carrying out its proposal: "Förslag till fördelning:" / rows of
                # amounts / "Gruppen beslutar att anta fördelningen enligt förslaget.")
                # (or the item's description below the decision, where a template puts the decision first: "Beslut" /
                # "... fastställa fördelningen enligt presidiets förslag." / "Ärendebeskrivning" / rows of amounts)
                costed = para_money or not amount_spans(sentence) and bool(re.search(_CARRIES_OUT_COSTED, key)) \
                    and not re.search(_REPORTS_BACK, key) \
                    and (self._money_above(it, lines[0]) or self._money_below(it, lines[0], lines[-1], own_end)
                         # (or the paragraph's sentences before it: "X meddelade att distriktet får 60 000 kr ... Vi
                         # beslöt att tacka ja till bidraget.")
                         or re.search(r"\btacka\s+ja\b", key) and bool(amount_spans(text[:s]))) \
                    or not amount_spans(sentence) and self._proposal_costed(it, key, span[0])
                # (a report laid to the records costs nothing: "... 65 000 kronor till utbildning." / "lägga den
                # ekonomiska rapporten till handlingarna")
                costed = costed and not re.search(rf"\b{_LAY_TO_RECORDS}\b", key)
                if span[0] == lines[0] and label is not None and label > it.lines[0] \
                        and re.fullmatch(r"(?:forslag|forslag till beslut|beslutsforslag"
                                         r"|\w+s forslag(?: till beslut)?)", fold(self.L(label).text).strip(" :")):
                    continue        # "Förslag" / "Till protokolljusterare utses X.": the proposal its heading says,
                    #                 decided under "Beslut" after it ("Förslaget godkändes.")
                d = self._decision_of(sentence, key, span, it, item_no, costed,
                                      kw(ahead + text[:s], self.lx) if para_money else "")
                # (a decision "enligt förslaget" right after the sentence proposing it, "Nybro kommun föreslår att X
                # ersätter Y som ... Mötet beslutar enligt förslaget.": the proposal's decision, over both sentences)
                if d is not None and d.kind == "other" and len(said) >= 2 \
                        and re.search(r"\b(?:beslutar|beslutade|beslot|beslots|beslutades)\s+(?:i\s+enlighet\s+med"
                                      r"|enligt)\s+(?:\w+\s+)?forslag", key) \
                        and len(clause := re.split(r"\bföreslå(?:r|s)\s+att\s+|\bföreslog\s+att\s+", said[-2][0],
                                                   maxsplit=1, flags=re.I)) == 2 \
                        and (taken_up := self._decision_of(f"Beslut: {clause[1]}", kw(f"Beslut: {clause[1]}", self.lx),
                                                           (said[-2][1][0], span[1]), it, item_no, costed)) is not None:
                    taken_up.text = repair_text(re.sub(r"\s+", " ", clause[1]), self.lx)
                    d = taken_up
                if d is not None and (proposed := self._as_proposed(key, ahead, lines[0], it, item_no, span)):
                    d = proposed        # "Förslag: Protokollet läggs till handlingarna." / "Beslut: Enligt förslag."
                    # (the proposal a decision by its own words, "Förslag (X): Nämnden beslutar att ...": read once,
                    # as the decision taking it)
                    self.ex.decisions[:] = [o for o in self.ex.decisions if not (
                        o.item == item_no and proposed.lines[0] <= o.lines[0] and o.lines[1] < span[0])]
                # the heading over any other sentence opening the paragraph under it, one no decision by its own
                # words ("Beslut" / "Medlen fördelas enligt förslaget."): the decision it announces, unless a
                # proposal or a label of its own
                # (each point of a list under it too: "Ledningens beslut" / "• Medlen fördelas." / "• Planen följs
                # upp.")
                if d is None and (span[0] == lines[0] or _LIST_POINT.match(self.L(span[0]).text)) \
                        and label is not None and label > it.lines[0] \
                        and _DECISION_HEADING.fullmatch(fold(self.L(label).text.strip().rstrip(":"))) \
                        and not re.match(r"(?:\w+s\s+)?(?:beslut|forslag|beslutsforslag|yrkande)\b", key):
                    d = self._decision_of(f"Beslut: {sentence}", kw(f"Beslut: {sentence}", self.lx), span, it,
                                          item_no, para_money, kw(ahead + text[:s], self.lx) if para_money else "")
                # a nämnd's decision first under the item's heading, its background under a heading of its own after
                # it ("§ 4 Uppföljning ..." / "Omsorgsnämnden tackar för redovisningen." / "Bakgrund"): the thanks are
                # the decision there (elsewhere, in the text of a note, no decision)
                if d is None and span[0] == lines[0] == self._text_start(it) and re.match(
                        r"\s*(?:" + _BODY_SUBJECT + r")\s+tackar\s+for\s+(?:\w+\s+){0,2}?(?:redovisningen|informationen"
                        r"|rapporten|dragningen|presentationen)\s*\.?\s*$", key) \
                        and (nxt := self._next_nonblank(span[1], it.lines[1])) is not None \
                        and _BACKGROUND_HEADING.fullmatch(fold(self.L(nxt).text).strip(" :")):
                    d = Decision("other", span, repair_text(re.sub(r"\s+", " ", sentence), self.lx), item_no)
                # the item electing the adjusters, its sentence naming them ("§1 Justerare" / "Eva Berg och Jabil
                # Ek.", "Justering" / "Ordföranden X och Y justerar protokollet tisdagen ...", "Utsågs X att jämte
                # ordföranden justera dagens protokoll."): the election
                if d is None and _ADJUSTING_TITLE.fullmatch(kw(it.title, self.lx)) \
                        and (re.search(r"\bjustera(?:r|s|de)?\b", key) or _ONLY_NAMES.fullmatch(sentence.strip(" ."))) \
                        and not re.search(r"\b(?:sker|skall ske|ska ske|beslutades ske)\b", key) \
                        and find_names(sentence, self._accept_name, self._role_follows):
                    d = Decision("other", span, repair_text(re.sub(r"\s+", " ", sentence), self.lx), item_no)
                if d is None and _BARE_GRANT.fullmatch(key) and len(said) >= 2:
                    d = Decision("other", span, repair_text(sentence, self.lx), item_no)  # ("Beviljas.": below)
                if d is None:
                    continue
                # "Beslut: Temat blir X. Y får i uppdrag att ta fram ett program.": the task given right after the
                # labelled decision, in its paragraph, is part of it (not a decision of its own)
                if labelled is not None and d.kind == "other" and re.search(_TASK, key) \
                        and not re.match(r"(?:beslut|beslutet)\b", key) and not re.match(_BODY_DECIDES, key) \
                        and labelled.lines[1] >= span[0] - 1:
                    self._join_sentence(labelled, sentence, span)
                    continue
                # "X ersätter Y som representant i ... Gruppen BIFÖLL förslaget.": the body granting what the sentence
                # before stated is that decision's end, none of its own
                # (or the bare word, "Presidiekonferensen ställer sig bakom färdplanen. Godkänns.")
                if stated is not None and d.kind == "other" \
                        and (_GRANTS_IT.fullmatch(key) or _BARE_GRANT.fullmatch(key)) \
                        and stated.lines[1] >= span[0] - 1:
                    self._join_sentence(stated, sentence, span)
                    continue
                # the bare word granting or noting what the sentence before asks or tells, no decision of its own
                # ("Ledamöterna X och Y anmäler om frånvaro ... Beviljas.", "Protokollet ... har justerats och finns på
                # webbplatsen. Antecknas."): one decision of both, on the minutes where they name them
                if d.kind == "other" and _BARE_GRANT.fullmatch(key) and len(said) >= 2 \
                        and said[-2][1][1] >= span[0] - 1 and said[-2][1][0] > (stated.lines[1] if stated else 0):
                    ahead, ahead_span, ahead_key = said[-2]
                    d.text = repair_text(" ".join(ahead.split()), self.lx) + " " + d.text
                    d.lines = (ahead_span[0], span[1])
                    if re.search(_MINUTES, ahead_key) and re.search(r"\bjustera(?:ts|des|t|s)\b|\bgodkan", ahead_key):
                        d.kind = "approve-protocol"
                stated = d
                labelled = d if re.match(r"beslut\b", key) else None
                # a decision under a sub-heading (Beslutspunkter) starts at that heading
                prev = self._prev_nonblank(lines[0])
                if it.decisions_only and prev and prev > it.lines[0] and self._is_heading(prev) \
                        and span[0] == lines[0]:
                    d.lines = (prev, d.lines[1])
                if re.search(r"\b(?:beslutar|beslutade|beslot|besluts?)\s*[:.]?\s*$", key):
                    self._att_clauses(d, own_end)
                    if d.lines[1] > span[1]:
                        # the clauses under it are this decision's, none of their own; a member replaced in them
                        # makes it the replacement ("Ledningen beslutar" / "att X ersätter Y som ledamot i ...")
                        taken.update(range(span[1] + 1, d.lines[1] + 1))
                        whole = self._decision_of(d.text, kw(d.text, self.lx), d.lines, it, item_no)
                        if whole is not None and whole.kind == "replacement":
                            d = whole
                # (a table's row: its decision's cell already read as the row's decision, "| 2. | ... | Protokollet
                # godkändes. |": one decision)
                if any(o.kind == d.kind and o.text.strip(" .") == d.text.strip(" .") for o in by_cell):
                    continue
                self.ex.decisions.append(d)
            del rep


    @staticmethod
    def _costed_act(key: str, costed: str) -> bool:
        """Carrying out what the paragraph before costs ("Kostnaden för studieresan beräknas till 90 000 kronor" ...
        "beslutade att genomföra studieresan"): the act's object named (by its stem) in the costed text."""
        # (a number before it too: "att genomföra två utbildningsdagar", the costed "120 000 kr till utbildningsdagar")
        m = re.search(r"\batt\s+(?:genomfora|arrangera|anordna|starta|bilda)\s+(?:(?:en|ett|den|det|de|tva|tre|fyra"
                      r"|fem|\d{1,2})\s+)?(\w{5,})", key)
        return bool(m and costed and re.search(rf"\b{re.escape(m.group(1)[:6])}", costed))

    def _decision_of(self, sentence: str, key: str, span: tuple[int, int], it: Item | None, item_no: int | None,
                     para_money: bool = False, costed: str = "") -> Decision | None:
        """The decision a sentence states, if any: "Beslut: ...", "... beslutar/beslutade/beslöt att ...",
        "beslutades att ...", "... varav detta fastslås", a body deciding ("Länsgemensam ledning godkänner
        ..."), a protocol approved ("Protokollet godkändes"), a replacement ("X ersätter Y i GROUP", "X
        utses till ledamot i GROUP efter Y", with both names and the group), an appointment ("X utses
        till ..."); a decision naming money (or funding words) is funding."""
        text_rep = repair_text(re.sub(r"\s+", " ", sentence), self.lx)
        money = bool(amount_spans(sentence)) or bool(re.search(_MONEY_WORDS, key))
        # (the item's text after its title and a dash on the heading's line, "Val av ordförande 2037 – Beslöts Emmy
        # Holm, Org, 1 år, omval.", "Nästa presidiekonferens – Beslöts fredagen den 23 april 2037": the verb opening
        # the text opens the decision)
        dashed = re.sub(r"^\s*(?:[§$]\s*\d{1,3}\.?\s+)?" + re.escape(it.title) + r"\s+[–—-]\s+", "", sentence) \
            if it is not None and it.lines[0] == span[0] and it.lines[0] in self.inline_heads else sentence
        tail_key = kw(dashed, self.lx) if dashed != sentence else key
        labelled = bool(re.match(_DECISION_LABEL, text_rep, re.I))
        # an opening that began the decisions of an accepted protocol laid out alike ("Åtgärd:", "Gruppen enades om
        # att"): a decision's, a label like "Beslut:"
        learned = self.learned.decision_opening(text_rep)
        if labelled:
            text_rep = re.sub(_DECISION_LABEL, "", text_rep, count=1, flags=re.I)
            learned = learned or self.learned.decision_opening(text_rep)    # ("Beslut: Godkändes och lades ...")
        elif learned and learned.endswith(":"):
            labelled = True
            text_rep = re.sub(r"^[^:]*:\s*", "", text_rep, count=1)
        if labelled and (_NO_DECISION.fullmatch(fold(text_rep)) or not re.search(r"\w", text_rep)):
            return None             # "Beslut: Inget beslut", "Beslut: –": the field says none was taken
        # (whose proposal in the genitive before it: "Arbetsutskottets förslag till beslut", "Förvaltningens förslag:")
        # (also with its diacritics lost, "Arbetsutskottets forslag:")
        if re.match(r"^\s*(?:[\wåäöé]+(?::s|s)\s+)?(?:(?:f[öo]rslag till beslut|beslutsf[öo]rslag)\b|f[öo]rslag\s*:)",
                    sentence.strip(), re.I):
            return None             # "Förslag till beslut: ..." (or its label line over it): a proposal
        # one proposing that a body decide ("Kansliet föreslår nämnden besluta att ...", "Förvaltningen föreslog
        # gruppen att besluta att ..."): a proposal, whatever its "besluta att" (but the meeting's own body proposing
        # so to another that it names, "Arbetsutskottet föreslår omsorgsnämnden besluta att ..." at the arbetsutskott's
        # meeting: its decision to propose)
        if not labelled and re.search(r"\bforesl(?:ar|og|agit|agits|as)\b(?:\s+\S+){0,8}?\s+(?:att\s+)?besluta\b",
                                      key) and not self._own_body_proposes(key):
            return None
        # (these minutes' own adjusting noted under the signatures: "Protokollet justerat 20.3.2090", the signers'
        # names under it)
        if not labelled and re.fullmatch(r"\s*protokollet\s+(?:ar\s+)?justerat(?:\s+den)?\s+\d[\s\d]*"
                                         r"(?:[a-z]+\s+\d{4})?(?:\s+[a-z]+){0,4}\s*", key):
            return None
        # "beslutar att", "Beslutades i enlighet med förslaget", "Det beslöts enligt förslaget"
        # (but the meeting's own body, in a report of the meeting: "Gruppen har beslutat att anlita X som ...")
        if not labelled and _DECIDED_ELSEWHEN.search(key) and not re.search(_MINUTES, key) \
                and not re.match(r"\s*(?:gruppen|natverket|radet|motet|vi|styrgruppen|arbetsgruppen|projektgruppen"
                                 r"|presidiet|beredningen)\s+har\s+beslutat\s+att\b", key):
            return None             # "Regionstyrelsen beslutade i mars att ...": told of, not decided here
        # ("Beslut enligt förslaget.", "Beslutades enligt förslag": the decision said by the proposal it follows)
        # ("Beslut om att fördela 450 000 kr ...": the decision as a noun over its infinitive, a sentence of its own)
        decides = labelled or bool(learned) \
            or bool(re.match(r"^\s*beslut\s+om\s+att\s+[a-z]+a\b", key)) and sentence.rstrip().endswith(".") \
            or bool(re.search(r"\bbesl\w*\s+(?:" + _CLAUSE_ADVERBS + r"\s+)?att\b", key)) \
            or bool(re.match(r"^\s*(?:beslut|beslutades|beslots)\s+(?:i\s+)?enlighet med|^\s*(?:beslut|beslutades"
                             r"|beslots)\s+enligt\b", key)) \
            or bool(re.match(r"^\s*(?:(?:dessutom|vidare|slutligen|darefter|sedan|avslutningsvis|aven|ocksa)\s+)?"
                             r"(?:det\s+)?(?:beslutades|beslots|overenskoms|overenskoms)\b", tail_key)) \
            or bool(_TASK_GIVEN.search(key)) \
            or bool(re.match(r"^\s*beslut\s+(?:fattades|fattas|togs|tas)\s+(?:om|enligt|i enlighet med)\b", key)) \
            or bool(re.fullmatch(r"\s*(?:sa|sålunda|salunda)\s+(?:beslutades|beslots|beslutas)\s*", key)) \
            or bool(re.match(r"^\s*(?:forslaget|yrkandet|\w+s\s+forslag)\s+(?:vann|vinner|fick|far)\s+bifall\b", key)) \
            or bool(_DECISION_WAS.match(key)) or bool(_AS_PROPOSED.fullmatch(key)) \
            or bool(re.search(r",\s+som\s+(?:godkändes|fastställdes|antogs|bifölls)\b", sentence)) \
            or bool(re.match(r"\s*(?:beslut\s+)?rostlangden\s+(?:justerades|justeras|faststalldes|faststalls|godkandes"
                             r"|godkanns)\b", key)) \
            or bool(re.search(r"\bforklara(?:des|s)\s+(?:vara\s+)?(?:behorig|stadgeenlig|laglig)(?:t|en)?\s+"
                              r"(?:utlyst|utlysta|sammankallad|sammankallat|kallad|kallat)\b", key)) \
            or bool(_POSTPONED_WHOLE.match(key) or _BODY_POSTPONES.match(key) or _NO_ACTION.match(key)) \
            or bool((_AGENDA_CHANGED.search(key) or re.search(r"\badjunger(?:as|ades)\b", key)
                     # (a guest given leave to attend and speak: "X gavs närvaro- och yttranderätt under § 5")
                     or re.search(r"\b(?:gavs|ges|far|fick)\s+(?:narvaro-?\s+och\s+)?(?:yttranderatt|narvaroratt)\b",
                                  key))
                    and not re.search(r"\bforesl", key))
        # ("Konferensen förklarades vara behörigt utlyst.": the meeting declared duly called, its decision)
        # (what was presented, approved in a relative clause: "X redogjorde för verksamhetsberättelsen, som godkändes av
        # konferensen och lades till handlingarna"; an annual meeting's roll of votes fixed: "Röstlängden justerades
        # till 34 ombud")
        # ("Beslut fattades om att ...", "Beslut tas om att ...": the noun and its verb in the passive; "Ärendet
        # avslutas.", "Gruppen bordlade ärendet.": the matter put off or closed, the whole sentence; "Det överenskoms
        # att ...": the impersonal
        # passive of agreeing)
        # one proposing what another decides ("... föreslår Tove Holm att Oskar Ek utses till ordförande för dagens
        # möte"): a proposal, unless the sentence says it was decided ("..., vilket godkändes")
        # (but the meeting's body proposing to another, its subject: "Beredningen föreslår att Länsgemensam ledning
        # fastställer handlingsplanen", a decision of this meeting)
        if not decides and (prop := re.search(r"\bforesl(?:ar|og)\b(?:\s+\S+){0,4}?\s+att\b", key)) \
                and not re.search(r"\b(?:godkand\w*|godkanns|beslutades|beslots|bifolls|bifalls|vilket)\b",
                                  key[prop.end():]) \
                and not self._own_body_proposes(key):
            return None
        # one moving a motion ("Ordföranden yrkar att ärendelistan kompletteras ...", "Per Ek (S) yrkade att ..."): a
        # motion, decided only where the sentence says so ("... och finner yrkandet antaget")
        if not labelled and (motion := re.search(r"\byrka(?:r|de)\b(?:\s+\S+){0,4}?\s+att\b", key)) \
                and not re.search(r"\b(?:antaget|antagen|antogs|bifall|bifaller|bifalls|bifolls|beslutar|beslutade"
                                  r"|beslots|vilket)\b", key[motion.end():]):
            return None
        # a member supporting or moving in the debate, named with the party ("Henrik Holm (V) bifaller förslaget.",
        # "Eva Ek (S) instämmer"): no decision of the body
        if not labelled and re.match(rf"\s*[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){{1,2}}\s*{PARTY_BRACKET}\s+"
                                     r"(?:bifaller|bifoll|instämmer|instammer|yrkar|yrkade|tillstyrker|avstyrker)\b",
                                     sentence):
            return None
        # (the bare infinitive under "Beslut" too: "Beslut: utse X att jämte ordföranden justera dagens protokoll")
        # (the passive with "blev": "Johanna Fors blev vald till protokolljusterare")
        appointed = re.search(r"\b(utses|utsags|utsetts|valjs|valjes|valdes|omvaldes|omvaljs)\b"
                              r"|\bblev\s+(?:vald|valda|utsedd|utsedda)\b"
                              r"|\batt\b(?:\s+\w+){0,8}?\s+utse\b"
                              r"|^\s*beslut\s+(?:utse|valja)\b", key) \
            or re.search(r"\b(?:valde|valjer|utser|utsag)\s+(?!att\b|ut\b)\S.{0,60}?\s+"
                         r"(?:till\s+\w|att\s+ersatta\b)", key)
        # ("Gruppen valde X till ordförande", "Styrelsen valde X att ersätta Y": the body electing)
        # "X ersätter Y" (or passive), "... beslutar att X ska ersätta Y"; "föreslås ersätta" is a proposal
        # (or one relieved and another taking over: "X entledigas från sitt uppdrag ..., samt att Y i stället övertar
        # uppdraget")
        replaces = re.search(r"\bersatter\b|\bersatt(?:es|s)\b|\beftertrad(?:er|de|s)\b|\btar over efter\b"
                             r"|\bblir ny\b.*\befter\b"
                             r"|\bentledigas\b.*\b(?:i stallet|istallet)\s+(?:overtar|tar over)\b",
                             key) or (decides and re.search(r"\bersatt(?!are)", key))
        # ("X valdes att ersätta Y som ledamot i ...": elected to replace)
        if replaces or (appointed and re.search(r"\b(efter|stallet for|att ersatta)\b", key)):
            # (the verb first after a fronted adverbial, an adverb after it: "Efter diskussion utsågs enhälligt
            # Johanna Lund, Hultsfreds kommun, till ledamot i ... efter Emma Halme": read subject first)
            if (v2 := re.match(r"^\s*(?:efter|vid|under|darefter|sedan)\b[^,]{0,30}?\s+(utsågs|valdes|utses|väljs)\s+"
                               r"(?:enhälligt\s+)?([A-ZÅÄÖ].*?)\s+(till\s+.*)$", sentence, re.I)):
                sentence = f"{v2.group(2)} {v2.group(1)} {v2.group(3)}"
                key = kw(sentence, self.lx)
            d = self._replacement(sentence, key, span, item_no, text_rep)
            if (d.new and d.replaced and d.group) or (decides and not labelled):
                return d
        if decides and "indikator" in key:
            return self._indicator(text_rep, span, item_no)
        if learned in self.learned.approving and not appointed:
            return Decision("approve-protocol", span, text_rep, item_no)    # as its accepted protocols' did
        # (the minutes where a note is taken, "Informationen antecknas till protokollet", "tar rapporten till dagens
        # protokoll": no minutes approved)
        # (not the minutes to be adjusted later: "Protokollet ska justeras senast tisdagen den 18 oktober.")
        # (not the agenda approved in the minutes' terms: "Dagordningen godkändes i enlighet med rubrikerna i
        # protokollet.")
        # (or the proposed agenda: "Förslag till dagordning fastställs enligt följande: ... 33 Föregående protokoll")
        agenda_first = bool(re.match(r"(?:beslut\s+)?(?:forslag(?:et)?\s+till\s+)?(?:dagordning(?:en)?"
                                     r"|foredragningslistan?|arendelistan?)\b", key.strip()))
        # (nor when it will be: "Protokollet justeras den 27.01.2098.", under "Beslut:" too)
        later = re.search(r"\b(?:ska|skall|kommer att)\s+(?:\w+\s+){0,2}?justeras\b"
                          r"|\bjusteras\s+(?:den|senast|inom|efter|\w+dagen)\b", key)
        if re.search(_MINUTES, _TO_THE_MINUTES.sub(" ", key)) and not appointed and not agenda_first and not later and (
                labelled or (re.search(_APPROVED, key) and len(key.split()) <= 25)
                or (decides or re.match(_BODY_DECIDES, key)) and re.search(_TO_APPROVE, key)
                and len(key.split()) <= 25):
            return Decision("approve-protocol", span, text_rep, item_no)
        # the approval alone in the item on the minutes ("Föregående minnesanteckningar" / "Godkändes.", a table's
        # decision cell)
        if it is not None and re.search(_MINUTES, kw(it.title, self.lx)) and not appointed \
                and re.fullmatch(rf"(?:beslut\s+)?(?:{_APPROVED})(?:\s+och\s+(?:{_APPROVED}))?", key.strip()):
            return Decision("approve-protocol", span, text_rep, item_no)
        # (or the report of the minutes' adjusting laid to the records: "Anmälan om protokollsjustering" / "Protokollet
        # från sammanträdet 2078-02-16 är justerat. Anmälan lades till handlingarna.")
        if it is not None and re.search(r"protokoll|anteckningar", kw(it.title, self.lx)) and not appointed \
                and re.fullmatch(r"(?:anmalan|anmalningen|anmalningarna)\s+(?:lades|lags|laggs)\s+till\s+handlingarna",
                                 key.strip(" .")):
            return Decision("approve-protocol", span, text_rep, item_no)
        # a decision on the money its paragraph states; not one giving a task ("ge X i uppdrag att ...")
        # "beslutade att ta fram en plan", "... att bjuda in ...": an act that is no money's
        other_act = bool(re.search(r"\batt\s+(?:ta fram|bjuda in|aterkomma|skicka|redovisa|arrangera|genomfora"
                                   r"|kalla|informera|sprida|undersoka|utreda|bordlagga|remittera|lyfta|diskutera"
                                   r"|tillsatta|bilda|starta|anordna|bjuda|tacka(?!\s+ja\b))\b"
                                   # (or when something takes place: "beslutar att veckan blir v.11", "att mötet hålls")
                                   r"|\batt\s+(?:\w+\s+){1,3}(?:blir|ska\s+bli|halls|ska\s+hallas)\b", key)) \
            and not re.search(r"\benligt\s+(?:forslaget|planen|underlaget|kalkylen|budgeten)\b", key) \
            and not self._costed_act(key, costed)
        # (or proposing to another body an act of no money: "beslutar att föreslå samordnande grupp Barn och unga att
        # teamet förlängs till och med 2083", under a paragraph stating the team's money)
        if (proposed := re.search(r"\batt\s+foresla\b.*?\batt\b(.*)$", key)) and not amount_spans(sentence) \
                and not re.search(_MONEY_WORDS + r"|fordel|kostnad|bidrag|anslag|bevilj|avsatt|tilldel|ersattning"
                                  r"|faststall|\banta\b|godkann|stalla sig bakom|\bram(?:en|ar|arna)?\b",
                                  proposed.group(1)):
            other_act = True
        # (carrying out "enligt förslaget" / "enligt planen" what its paragraph costs is deciding that money)
        # (a task given in a later clause, "att ställa sig bakom ansökan, samt att uppdra åt X att ...", leaves the
        # first clause's support of the money standing: only a task as the first act makes no funding)
        first_clause = re.split(r"(?:,\s*|\s+)samt\s+att\b|[;,]\s*att\b", key)[0]
        # (but a later clause deciding the money the paragraph costs after the task: "... beslutade att uppdra åt X
        # att förbereda upphandlingen och att kostnaden fördelas enligt förslaget")
        later_money = any(re.search(r"\bfordela\w*|\bbevilj|\bavsatt|\btilldel", c)
                          for c in re.split(r"(?:,\s*|\s+)(?:samt|och)\s+att\b|[;,]\s*att\b", key)[1:])
        money = money or (para_money and (not re.search(_TASK, first_clause) or later_money) and not other_act)
        # (a task of reporting on the money, no amount of its own: "X ges i uppdrag att redovisa hur medlen har
        # använts": no money decided)
        # (not "fördela medlen, samt uppdra åt X att ...", "Medlen fördelas och X får i uppdrag att följa upp dem":
        # the money decided first)
        first_act = re.split(r",?\s+samt\s+", first_clause)[0]
        task = re.search(_TASK, first_act)
        if task and re.search(r"\bfordel|\bbevilj|\bavsatt|\btilldel|\banvis|\bfaststall", first_act[:task.start()]):
            task = None
        if money and not amount_spans(sentence) and task \
                and re.search(r"\batt\s+(?:redovisa|aterrapportera|rapportera|folja upp|utvardera|sammanstalla)\b",
                              first_act):
            money = False
        # (an application turned down grants no money: "Mötet beslutar att avslå ansökan ...", "Ansökan avslås.")
        if money and re.search(r"\bavsla(?:s|r|tt)?\b|\bavslogs?\b|\bavslagits?\b|\bavslag\b", first_act):
            money = False
        # (the agenda approved with an item added, its title naming money: "Föredragningslistan fastställs efter -
        # tillägg av informationsärende: Ansökan om medel för ...": no money decided)
        if money and not amount_spans(sentence) \
                and re.match(r"(?:beslut\s+)?(?:foredragningslistan|dagordningen|arendelistan|foredragningslista"
                             r"|dagordning)\b",
                             key.strip()):
            money = False
        kind = "funding" if money else "other"
        # ("Insatsmedel 2063: Förbundsstyrelsen fastställde fördelningen ..." at the beredningsgrupp's meeting: another
        # body's decision told of)
        if (other := re.match(r"^(?:[\w ]{1,40}?\s)?([a-z]{3,}(?:styrelsen|namnden|utskottet|fullmaktige))\s+"
                              r"(?:beslutade|beslot|faststallde|godkande|antog|beviljade|fordelade|tilldelade)\b",
                              key)) \
                and not labelled and self._another_body(other.group(1)):
            return None
        verb = _DECISION_VERB.search(key)
        # (the meeting itself or its members the agent: "Dagordningen godkändes av mötesdeltagarna.", "... av
        # nätverket", "... av de närvarande")
        # (a group's own word, "av arbetsgruppen", "av beredningsgruppen")
        agent = re.match(r"\s+av\s+(?!(?:lansgemensam(?:ma)? ledning|ledningen|\w*gruppen|motet|presidiet"
                         r"|presidiekonferensen|konferensen|\w*deltagarna|de narvarande|ledamoterna"
                         r"|\w*(?:natverket|radet|utskottet|namnden|styrelsen|beredningen))\b)\w",
                         key[verb.end():]) if verb else None
        proposed = re.search(r"\bforesl\w*\s+att\b", key[:verb.start()]) if verb else None   # a proposal
        if verb and not agent and not proposed and not re.search(r"\b(som|ska|skall|kommer att|har|hade|kan|bor)\s+("
                                                                 + _DECISION_VERB.pattern + ")", key):
            return Decision(kind, span, text_rep, item_no, about=self._about(it))   # not "godkänns av fullmäktige"
        # (taking note decides no money, whatever the paragraph's: "Insatsmedel 2063: ... 2 100 000 kr." / "Beslut:
        # Informationen noteras.")
        # (or deciding to take note: "Rådet beslutar att notera informationen.")
        notes = bool(re.search(_NOTED, key) or _NOTED_ALONE.match(key) or _NOTED_WHOLE.match(key)
                     or re.search(r"\batt\s+(?:notera|anteckna|tacka for)\s+(?:informationen|rapporten|redovisningen"
                                  r"|lagesbilden|presentationen|dragningen)\s*\.?\s*$", key))
        noted = notes and not amount_spans(sentence)
        if decides or re.match(_BODY_DECIDES, key) or self._named_body_decides(key) or notes \
                or self._own_body_proposes(key):
            return Decision("other" if noted else kind, span, text_rep, item_no, about=self._about(it))
        if re.search(r"\bfastsla(s|gs|gits)\b|\bfastslogs\b", key):
            kind = "funding" if money or "kostnad" in key else "other"
            return Decision(kind, span, text_rep, item_no, about=self._about(it))
        # the adjusters named after the word alone, a sentence of its own ("Justeringspersoner Isabell och Karin A.",
        # "Justerare: Per Ek."): the election, in a note's shorthand
        # (not a signer's field, "Justerare: Per Ek", under the last item)
        if it is not None and re.fullmatch(r"(?i:justeringspersoner|justeringsperson|justerare)\s+"
                                           r"[A-ZÅÄÖ][^.:]*\.", sentence.strip()) and len(sentence.split()) <= 8 \
                and not _ADJUSTING_TITLE.fullmatch(kw(sentence, self.lx).strip()):
            return Decision("other", span, text_rep, item_no, about=self._about(it))
        # "... valdes till ordförande", "Till justerare valdes X": the role before or after the verb
        # (the role with its group before the verb: "Till sammankallande för SG Barn och unga väljs X på ett år",
        # "Till att justera dagens protokoll valdes X"; the body electing: "Gruppen valde X till ordförande")
        # (an adverb between: "X valdes enhälligt till sammankallande"; re-elected: "Till kontaktperson omvaldes X")
        if appointed and re.search(r"\b(utses|utsags|utsetts|valjs|valjes|valdes|omvaldes"
                                   r"|blev\s+(?:vald|valda|utsedd|utsedda))\s+(?:enhalligt\s+)?"
                                   r"(till|att|som)\b"
                                   r"|\batt\b.*\butses\b"
                                   r"|^\s*(till|som)\s+([\w-]+\s+){1,12}(utses|utsags|valjs|valjes|valdes|omvaldes)\b"
                                   r"|^\s*(?:\w+\s+){0,5}?(?:valde|valjer|utser|utsag)\s+(?!att\b|ut\b)\S.{0,60}?\s+till\s+\w",
                                   key) and (find_names(sentence, self._accept_name, self._role_follows)
                                             or self._given_name_elected(sentence)
                                             # (a name the lists write OCR damaged: "valdes Tove K1asson")
                                             or any(name in sentence for name in self.damaged_names)):
            return Decision(kind, span, text_rep, item_no, about=self._about(it))
        # the verb first, as minutes write an election under its item ("3. Val av ordförande" / "Föreslogs och valdes
        # Anna Holm, Kalmar kommun.")
        if (appointed or re.match(r"\s*beslots\s", tail_key)) \
                and (re.match(r"\s*(?:[Ff]öreslogs\s+och\s+)?(?:[Vv]aldes|[Uu]tsågs|[Vv]äljs|[Uu]tses|[Bb]eslöts)"
                              r"\s+[A-ZÅÄÖ]", dashed)
                          # (or the name and the verb alone: "§3 Val av protokollförare" / "Gustav Hedlund valdes.")
                          # (or re-elected for a term: "Sammankallande X omvaldes för en tid av ett år.")
                          or re.fullmatch(r"\s*[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2}\s+(?:valdes|utsågs|omvaldes)"
                                          r"(?:\s+(?:för|på)\s+(?:en\s+tid\s+av\s+)?(?:ett|två|tre|\d)\s+år)?\s*\.?\s*",
                                          sentence)) \
                and it is not None and (re.match(r"(?:val|utseende)\b", kw(it.title, self.lx))
                                        # (or the item's point right over it: "b. Val av mötessekreterare" / "Valdes
                                        # Isabell Lindalen.")
                                        or (up := self._prev_nonblank(span[0])) is not None
                                        and re.match(r"\s*(?:[a-h][.)]?\s+)?(?:val|utseende)\s+(?:av|till)\b",
                                                     self.L(up).key)) \
                and find_names(sentence, self._accept_name, self._role_follows):
            return Decision("other", span, text_rep, item_no)
        # the names alone under an item of electing, a sentence of their own ("3 Val av justerare" / "Gudrun och
        # Conny.", "Val av mötessekreterare" / "Anna Holm."): the election, in a note's shorthand
        # (or after the label on the item's line: "4. Val till justerare: Omar Holm")
        inline = it is not None and it.lines[0] == span[0] and it.lines[0] in self.inline_heads
        # (or after a semicolon, the item's title the role alone: "4. Sekreterare; Linda Johanson", "5.
        # Protokolljusterare; Eva Berggren och Åsa Lindkvist")
        if it is not None and (it.lines[0] < span[0] or inline) \
                and re.match(r"(?:val|utseende)\s+(?:av|till)\s+(?:\w+\s+)?\w*(?:justerare"
                             r"|ordforande|sekreterare|justeringsperson\w*)\b"
                             + (r"|" + ROLE_ALONE_TITLE if inline else ""),
                             kw(it.title, self.lx)) \
                and (sentence.strip().endswith(".") or inline or span[0] == span[1]
                     and self._next_nonblank(span[1], it.lines[1]) is None) \
                and self._names_only(re.sub(r"^" + re.escape(it.title) + r"\s*(?:[:;]|\s[–—-])\s*", "",
                                            sentence.strip()).rstrip(".")):
            return Decision("other", span, text_rep, item_no, about=self._about(it))
        return None


    def _another_body(self, subject: str) -> bool:
        """A body named as a compound ("förbundsstyrelsen", "regionstyrelsen", "socialnämnden") that is not the one
        whose meeting this is (its words nowhere in the title or the meeting's body): its decisions are told of."""
        word = subject.split()[-1]
        m = re.fullmatch(r"([a-z]{3,})(styrelsen|namnden|utskottet|fullmaktige)", word)
        if m is None or self.ex is None:
            return False
        own = self._own_body_words()
        return m.group(1) not in own.replace("-", " ").replace(" ", "") and word not in own

    def _own_body_words(self) -> str:
        """The words naming the body whose meeting this is (folded): the title, the meeting's body and the groups
        the draft defines."""
        assert self.ex is not None
        groups = " ".join(str(g[1]) for g in self.ex.new_groups)
        return fold(f"{self.ex.title or ''} {self.ex.meeting_of or ''} {groups}")


    def _own_body_proposes(self, key: str) -> bool:
        """The meeting's own body proposing to another that decides, named ("Beredningen föreslår att Länsgemensam
        ledning fastställer handlingsplanen" at the Beredning's meeting, "Arbetsutskottet föreslår socialnämnden att
        godkänna ..." at the arbetsutskott's): its decision to propose. Not a body proposing at another's meeting
        ("Presidiet föreslår att konferensen ..." at a presidiekonferens), nor a proposal naming no one to decide
        ("Arbetsgruppen föreslår att 480 000 kronor avsätts")."""
        m = re.match(r"^\s*(?P<subj>" + _BODY_SUBJECT + r")\s+foresl(?:ar|og)\s+(?:att\s+)?(?P<to>lansgemensam(?:ma)? "
                     r"ledning|(?:[a-z]+-\s+(?:och|&)\s+)?[a-z]*(?:namnden|styrelsen|ledningen|konferensen|fullmaktige|gruppen|radet|beredningen"
                     r"|utskottet|presidiet))\b", key)
        if not m or self.ex is None or m.group("subj") in ("vi", "motet") or m.group("subj") == m.group("to"):
            return False
        stem = re.sub(r"(?:en|et|n)$", "", m.group("subj").split()[-1])
        if self.ex.meeting_kind == "presidiekonferens" and stem.startswith("presidi"):
            return False
        return len(stem) >= 4 and bool(re.search(rf"\b\w*{re.escape(fold(stem))}", self._own_body_words()))

    def _named_body_decides(self, key: str) -> bool:
        """A body named as the subject of a verb of deciding ("Samordnande grupp Äldre ställer sig bakom ...",
        "Styrgruppen för Barn och unga enades om ..."): the words before the verb name a group the records know."""
        m = re.match(r"^\s*((?:\S+\s+){0,6}?\S+)\s+" + _BODY_VERBS + r"\b", key)
        if not m or re.match(_BODY_DECIDES, key):
            return False
        hit = self.orgs.resolve(m.group(1))
        return bool(hit) and self.orgs.types.get(hit.id) in GROUP_TYPES

    def _about(self, it: Item | None) -> list[str]:
        if it is None:
            return []           # a decision of no item (a row of a decision log with a dash for its number)
        k = fold(it.title)
        found = []
        for wid, titles in self.works.items():
            if any(t and (t == k or (len(t) > 3 and _word_re(t).search(k))) for t in titles):
                found.append(wid)
        return found[:3]


    def _indicator(self, text_rep: str, span: tuple[int, int], item_no: int | None) -> Decision:
        m = re.search(r"indikatorn?\s+(?:för\s+)?(?P<label>.+?)\s+(?:för\s+)?år\s+(?P<year>\d{4})\s+till\s+"
                      r"(?P<value>\d+(?:[.,]\d+)?)", text_rep)
        ind = None
        if m:
            label = m.group("label").strip()
            ind = {"label": label[:1].upper() + label[1:], "value": _number(m.group("value")),
                   "year": int(m.group("year"))}
        return Decision("indicator", span, text_rep, item_no, indicator=ind)


