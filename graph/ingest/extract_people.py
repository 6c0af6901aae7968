"""People named in an item's prose: presenters, and the titles and posts beside their names.

- people: names in presenter lines and prose (names_found.py) and the titles after them; a name is a
  presenter when the first verb after it is one of presenting ("X och Y presenterade"), a label names
  it ("Föredragande: X"), or it stands with its titles without a verb; not after another verb
  ("Synpunkter lämnades av X", "Gruppen tackade X") nor as the subject of another ("X hade skickat"),
  nor named in a decision, a task ("uppdrar åt X") or an election; a passive of presenting with its
  agent presents ("avslutades av ordföranden X"); a title right before a name ("Regionens
  planeringsdirektör X") is a post in the organisation the person is listed with.

Names are kept as written. Everything else is read through the OCR repair (ocr_repair.py).
"""

from __future__ import annotations

import re
import unicodedata

from ..names import fold, same_person
from .extract_agenda_numbering import clock_stripped, item_number
from .extract_agenda_titles import _ocr_same
from .extract_list_prose import GUESTS_NOTE
from .extract_model import Extraction, Item, Line, PersonMention, Post, RulesBase
from .extract_text import (
    _FINITE_VERB,
    _INLINE_HEAD,
    _PASSIVE_VERB,
    _PRESENTER_LABEL,
    _PRESENTING_VERB,
    _ROLE_RE,
    _SIGNATURE,
    CAPACITY_ROLES,
    CHAIR_ROLES,
    GROUP_TYPES,
    JUNK_LINE,
    ROLE_ALONE_TITLE,
    ROLE_WORDS,
    TITLE_BY_ENDING,
    _name_like,
)
from .names_found import GIVEN_NAMES, NameSpan, find_names, plausible_name
from .ocr_repair import DIGIT_LETTERS, kw, repair_text
from .orgs import OrgMatch


def _flat(text: str) -> str:
    """The text lower-cased and without accents, character for character (positions kept, unlike fold)."""
    return "".join((unicodedata.normalize("NFKD", ch)[:1] or ch).lower() for ch in text)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding position pos begins."""
    # (the capital at pos seen; a bullet point opening the next sentence: "... kontaktpersoner. • Eva Berg ...")
    # (or a case's running number: "... fördelningen. 32/ Emmy Holm informerar ...")
    # (not an abbreviation's stop before a name: "... av ordf. Cecilia Holm", "kl. 13")
    ends = list(re.finditer(r"(?<!\bordf)(?<!\bkl)(?<!\bca)(?<!\bresp)[.;!?](?=\s+(?:[-–•·▪]\s+|\d{1,3}/\s+)?"
                            r"[A-ZÅÄÖ\"”“])", text[:pos + 1]))
    return ends[-1].end() if ends else 0


# a passive of presenting with its agent before the name ("Mötet avslutades av ordföranden X", "Ärendet
# föredrogs av X"), or a noun of presenting given by the name ("Information lämnades av X")
_PRESENTED_BY = re.compile(r"(?:\b(?:present|redovis|inform|foredr|oppna|avslut|inled|led|drog|visa|beskr|berat"
                           r"|sammanfatt|rapport)"
                           r"[a-z]*(?:ades|des|tes|s)"
                           # ("gicks igenom av", "gås igenom av", "har gåtts igenom av": the particle after the verb)
                           r"|\b(?:gicks|gas|gatts)\s+igenom"
                           # ("lästes upp av X": read out to the meeting)
                           r"|\b(?:lastes|lases|lasts)\s+upp"
                           # ("Sammanträdet förklarades öppnat av ordföranden X")
                           r"|\b(?:forklarades|forklaras)\s+(?:oppnat|avslutat)"
                           r"|\b(?:information|redovisning|rapport|lagesrapport|lagesbild|presentation|dragning"
                           r"|genomgang|foredragning|aterrapport)(?:en)?\s+(?:lamnades|lamnas|gavs|ges|holls|halls))"
                           # (the time between: "Mötet öppnades 13.15 av ordf. X")
                           r"(?:\s+(?:kl\s+)?\d{1,2}\s+\d\d)?"
                           # (the agent's title, a body's genitive before it: "av nätverkets samordnare X")
                           r"\s+av(?:\s+(?:[a-z]+s\s+)?(?:ordforanden|ordforande|ordf|sekreteraren|samordnaren"
                           r"|samordnare|sammankallande))?\s*$")
_TITLE_WORD = TITLE_BY_ENDING
# another passive with its agent before the name ("Frågan bereds av X", "Underlaget skickas av X"): no presenter
_DONE_BY = re.compile(r"\b[a-z]{3,}(?:ades|des|tes|s)\s+av\s*$")
# a verb of the future or of a task right after the name ("X ska presentera", "X kommer att redovisa"): what the
# name will do at another meeting, not here
_NOT_YET = re.compile(r"\s*(?:,[^,.]*,\s*|\([^)]*\)\s*)?"
                      r"(?:ska|skall|kommer att|ombeds|ombads|far i uppdrag att|fick i uppdrag att|bor)\b")


def _cl_mended(key: str) -> str:
    """A keyword key with the words of presenting a scan wrote with "cl" for "d" mended ("föreclrog", "reclovisade",
    "Föreclragande:"): a word with "cl" that is no such word, and is one with "d" for it (other words as read)."""
    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        mended = word.replace("cl", "d")
        return mended if (_PRESENTING_VERB.match(mended) or _PRESENTER_LABEL.match(mended)) \
            and not (_PRESENTING_VERB.match(word) or _PRESENTER_LABEL.match(word)) else word
    return re.sub(r"\b[a-z]*cl[a-z]*\b", one, key) if "cl" in key else key


def _presents(before: str, after: str, alone: bool = True, bare: bool = False) -> bool:
    """Whether a name is a presenter, from the words of its sentence before and after it (keyword
    form): named by a label ("Föredragande: X"); or the first verb after it is one of presenting
    ("X, title, och Y presenterade", "X tog vid och berättade"); or, with no verb before it, one of
    presenting follows later ("X deltog digitalt och berättade"); or no verb stands after it nor
    before it (a line of its own with the titles; not under a label of another kind, `alone` False:
    "Ansvarig: X"). A name after a verb with none of its own ("Synpunkter
    lämnades av X", "Gruppen tackade X") or whose own verb is another ("X hade skickat underlag") is not."""
    if _PRESENTER_LABEL.search(before) or _PRESENTED_BY.search(before):
        return True
    # (the name's title in lower case between the label and the name: "Föredragande: förbundsdirektör X", "Föredras
    # av: samordnare X")
    words = before.split()
    # (or after the passive's agent: "Lägesrapporten föredrogs av processledare X")
    if any((_PRESENTER_LABEL.fullmatch(head := " ".join(words[:-k])) or _PRESENTED_BY.search(head))
           and all(_ROLE_RE.fullmatch(w) or _TITLE_WORD.fullmatch(w) for w in words[-k:]) for k in (1, 2)
           if len(words) > k):
        return True
    # (a label a scan split inside its word, alone before the name: "Föredr agande:", "Info rmator:")
    if re.fullmatch(r"\s*[a-z]{2,}\s[a-z]{2,}\s*:?\s*", before) and _PRESENTER_LABEL.fullmatch(
            re.sub(r"\s+", "", before)):
        return True
    # (a headline's form, the name opening it and its subject after "om", no verb: "Julia Edman (Region Kalmar län) om
    # de mobila närsjukvårdsteamen.")
    if not re.search(r"[a-z]", before) and re.match(r"\s*om\s+[a-z]", after) and not _verb_in(after):
        return True
    if _DONE_BY.search(before) or _NOT_YET.match(after):
        return False
    # (the one welcomed in the passive: "X är ny i gruppen och hälsas särskilt välkommen")
    if re.search(r"\bhalsas\s+(?:(?:sarskilt|varmt|hjartligt|extra)\s+)?valkomm?(?:en|na)\b", after):
        return False
    # (the one chairing from a point on: "X ledde mötet från denna punkt", "X leder sammanträdet")
    if re.match(r"\s*(?:ledde|leder|ledda)\s+(?:motet|sammantradet|resten av motet|ordet)\b", after):
        return False
    # (the one welcomed: "X hälsar ledamöterna samt Y välkomna")
    # (an apposition and an adverb between: "... och Y, ungdomsrådet i Kalmar speciellt välkomna")
    if re.match(r"\s*(?:valkomna|valkommen|valkomnade)\b", after) or (
            (adv := re.match(r"\s*,?\s*((?:[a-z]+\s+){0,6})(?:speciellt|sarskilt|extra|varmt|hjartligt)\s+"
                             r"(?:valkomna|valkommen)\b",
                             after)) and not _FINITE_VERB.search(adv.group(1))):
        return False
    # (one introducing themselves: "X, Org, presenterade sig för gruppen")
    if re.match(r"\s*(?:presenterade|presenterar|presenterat)\s+sig\b"
                r"(?!\s+och\s+(?:halsa|oppna|inled|valkomna|forklara))", after):
        return False    # (but "X presenterar sig och hälsar alla välkomna": the welcome is hers)
    # (the verb of presenting before the name, after an adverb opening the sentence: "Till detta beskriver X ...",
    # "Därefter informerade X om ...")
    if re.fullmatch(r"\s*(?:till detta|darefter|sedan|vidare|slutligen|dessutom|avslutningsvis|darpa|efter detta"
                    r"|efter det)\s+(?:beskriver|beskrev|redogor|redogjorde|informerar|informerade|presenterar"
                    r"|presenterade|foredrar|foredrog|berattar|berattade|redovisar|redovisade)\s*", before):
        return True
    # (or holding the talk, the verb before the name and the talk after it: "Därefter höll X det utlovade
    # föredraget om ...")
    if re.fullmatch(r"\s*(?:(?:darefter|sedan|vidare|slutligen|dessutom|avslutningsvis|darpa)\s+)?(?:holl|haller)\s*",
                    before) and re.match(r"\s*(?:det|den|ett|en)\s+(?:[a-z]+\s+)?(?:foredrag|dragning|presentation"
                                         r"|genomgang|inledning)\w*\b", after):
        return True
    # (the one opening the meeting, the verb before the chair's title and name after a time opening the sentence:
    # "Klockan 9.00 hälsade ordföranden Sofia Hartz alla närvarande välkomna")
    if re.fullmatch(r"\s*(?:klockan|kl)\s+\d{1,2}(?:[.:\s]\d\d)?\s+(?:halsade|oppnade|forklarade)"
                    r"(?:\s+(?:ordforanden|ordforande|motesordforanden))?\s*", before):
        return True
    # invited to present ("X och Y var inbjudna till dagens möte för att berätta om ...")
    if re.match(r"\s*(?:var|ar|har varit|hade blivit|har blivit)\s+inbjud(?:n[ae]?|en|et)\b[^.]{0,60}?"
                r"\b(?:for\s+)?att\s+(?:beratta|presentera|informera|redovisa|ge en|halla|dra)\b", after):
        return True
    # presenting together with the name ("X inledde dagen tillsammans med Y", "X redovisade ärendet jämte Y"): the
    # verb of presenting in the same clause, before "tillsammans med" (not in a clause of its own: "X berättade
    # om projektet som drivs tillsammans med Y"; not another verb: "Gruppen diskuterade tillsammans med Y")
    if (tm := re.search(r"\b(?:tillsammans\s+med|jamte|ihop\s+med)\s*$", before)):
        clause = re.split(r"[,;]|\b(?:som|att|om|hur|dar|nar|vilket|vilken)\b", before[:tm.start()])[-1]
        if any(_presenting_word(clause, w.start()) for w in re.finditer(r"\b[a-z]", clause)):
            return True
    # the name governed by a preposition of direction or company ("Frågor skickas till X", "Samtal med X", "Kontakt
    # hos X"): the name is no subject, so it presents nothing (a presenter's noun before "från"/"av" is a label, above);
    # but a relative clause after it may say it presents ("gav ordet till X, som berättade ...")
    # ("X tillsammans med Y presenterade": Y a subject with X, the verb after)
    # (or in place of someone, whatever the relative clause after: "val av ny representant efter X, som avsagt sig
    # uppdraget")
    if re.search(r"\b(?:val|representant|ledamot|ersattare|ordforande)\b.*\befter\s*$", before):
        return False
    # (a title between, "Vi riktar ett stort tack till avgående sammankallande X")
    bare_before = before
    while (tail := re.search(r"\s([a-z]+)\s*$", bare_before)) and (
            _ROLE_RE.fullmatch(tail.group(1)) or _TITLE_WORD.fullmatch(tail.group(1))
            or tail.group(1) in ("avgaende", "tidigare", "nya", "nye", "nyvalda", "nyvalde", "forre", "vice")):
        bare_before = bare_before[:tail.start()]
    # (or "för": "Mötet godkände fullmakterna för X", "ersättare för X")
    if re.search(r"\b(?:till|hos|at|mot|med|utan|genom|for)\s*$", bare_before) \
            and not re.match(r"[^.;]{0,60}?\bsom\b", after) \
            and not re.search(r"\b(?:tillsammans|ihop)\s+med\s*$", bare_before):
        return False
    # the verb before its subject after an opening adverbial ("Under punkten informerade X om ...",
    # "Därefter redovisade X ...")
    # (or after a fronted "Från <organisation>" in a round among the members: "Från Nybro kommun rapporterade X att")
    # (or opening the sentence, the name its subject right after, as formal minutes write it: "Redogjorde X för
    # gruppens ekonomi.", "Meddelade X att ...", "Förklarade ordföranden X mötet öppnat.")
    v1 = re.fullmatch(r"\s*(?:\d{1,3}\s+)?([a-z]{4,}(?:ade|de|te|dde|ar|er|or|og))"
                      r"(?:\s+(?:ordforanden|ordforande|sekreteraren|samordnaren|sammankallande))?\s*", before)
    if v1 and (_presenting_word(v1.group(1), 0) or re.fullmatch(r"meddelade|meddelar|forklarade|forklarar|rapporterade"
                                                                 r"|rapporterar", v1.group(1))
               and (v1.group(1) not in ("forklarade", "forklarar")
                    or re.match(r"\s*(?:[a-z]+\s+){0,2}(?:oppnat|oppnad|avslutat|avslutad)\b", after))):
        return True
    v2 = re.search(r"^(?:under|darefter|sedan|harefter|inledningsvis|slutligen|vidare|avslutningsvis|dessutom"
                   r"|forst|i|pa|vid|efter|som|fran)\b.*\b([a-z]+)\s*$", before)
    if v2 and _presenting_word(v2.group(1), 0):
        return True
    # the name as the object of its clause's verb ("X hälsar Y välkommen", "X tackade Y och avslutade"): the
    # verb stands between the clause's start and the name; the verbs after the name are the subject's
    clause = re.split(r",|\b(?:och|samt|att|som|men|nar|dar|innan|sedan)\b", before)[-1]
    if _verb_in(clause) and not re.match(r"\s*(?:\([^)]*\)\s*)?,?\s*som\b", after):
        return False
    first = None
    words = list(re.finditer(r"\b[a-z][a-z-]*", after))
    for i, m in enumerate(words):
        # (the name the object of a passive, "X, Org, hälsas särskilt välkommen", "X presenteras för gruppen": no
        # presenter)
        if i == 0 and re.fullmatch(r"[a-z]{4,}(?:as|es)", m.group(0)) and _presenting_word(after, m.start()):
            return False
        if _presenting_word(after, m.start()):
            return True
        if _FINITE_VERB.match(after, m.start()) or _PASSIVE_VERB.match(after, m.start()) \
                or (i == 0 and not after[:m.start()].strip()
                    and re.fullmatch(r"(?!(?:under|efter|over|eller|samt)$)(?:[a-z]{4,}(?:as|s)|[a-z]{3,}(?:ar|er))",
                                     m.group(0))) \
                or (i == 0 and bare and m.group(0) not in _NOT_A_VERB):
            # "X kontaktas", "X skickar", "X yrkar bifall"; with no sign between (`bare`), any lower-case word
            # right after the name, where a Swedish clause puts its subject's verb ("X anslöt under punkten"),
            # unless a word of its own
            first = m.start()
            break
    if _FINITE_VERB.search(before) or _verb_in(before):
        return False
    # the subject with another verb first: presenting further on ("X deltog digitalt och berättade"); no verb at
    # all: a name standing with its titles presents (`alone`), one under a label of another kind does not
    if first is None:
        return alone
    # (a verb of presenting in a clause the first verb governs is not the subject's: "X frågade om andelen kan
    # redovisas", "X undrade hur det ska rapporteras"; one coordinated with it is: "X deltog och berättade")
    return any(_presenting_word(after, m.start()) and not _governed(after[first:m.start()])
               for m in words if m.start() > first)


def _governed(between: str) -> bool:
    """Whether the words between a subject's first verb and a later verb put the later one in a clause of its
    own (after "om", "hur", "att", "som", ...), not coordinated with the first ("och berättade")."""
    return bool(re.search(r"\b(?:om|hur|vad|varfor|nar|vilka|vilken|vilket|ifall|att|som)\b", between)) \
        and not re.search(r"\b(?:och|samt)\s+(?:[a-z]+\s+)?$", between)


# lower-case words that may follow a name without being its verb ("X från Nybro", "X och Y", "X med kollegor")
_NOT_A_VERB = {"och", "samt", "fran", "med", "i", "pa", "vid", "for", "inom", "tillsammans", "respektive", "resp",
               "m", "mfl", "jamte", "via", "digitalt", "ej", "inte"} | {w for k in ROLE_WORDS for w in fold(k).split()}


def _verb_in(text: str) -> bool:
    """Whether a (keyword form) text holds a finite verb or a verb of presenting in a verb's form (present
    "hälsar", "presenterar"; past "tackade")."""
    return bool(_FINITE_VERB.search(text)) or any(
        _presenting_word(text, m.start()) and re.match(r"[a-z]+(?:ar|er|ade|de|te|dde)\b", text[m.start():])
        for m in re.finditer(r"\b[a-z]", text))


def _presenting_word(text: str, pos: int) -> bool:
    """Whether the word at `pos` is a verb of presenting: not a noun of the same stem ("information",
    "redovisningen", "rapporten"), not thanks for what others gave ("tackade för informationen")."""
    if not _PRESENTING_VERB.match(text, pos):
        return False
    word = re.match(r"[a-z-]+", text[pos:])
    w = word.group(0) if word else ""
    # (a noun: "-tion", "-ing" (no verb form ends so: "återkoppling", "sammanfattningen"))
    # (or a compound of a noun in -tion: "informationspunkt", "presentationsmaterial")
    if re.search(r"(?:tion|tionen|tioner|ing|ingen|ingar|ingarna)$|tion", w) or re.fullmatch(r"rapport(?:en|er)?", w):
        return False
    if re.fullmatch(r"(?:av)?tack(?:as|ades|ats)", w):
        return False        # "X, Org, tackas för arbetet": X is thanked (a passive), presents nothing
    if re.search(r"(?:ande|ende)$", w):
        return False        # a participle used as an adjective ("en avslutande diskussion", "inledande frågor")
    if w.startswith("lyft") and re.match(r"[a-z]+\s+(?:behovet|vikten|onskemalet|problemet|synpunkten|risken)\b",
                                         text[pos:]):
        return False        # "X lyfte behovet av ...": a need raised, not a presentation
    if w.startswith("lyft") and re.match(r"[a-z]+\s+(?:en\s+|flera\s+|nagra\s+)?(?:fragan|fraga|fragor|fragorna)\b",
                                         text[pos:]):
        return False        # "X lyfte frågan om ...": a question raised, not a presentation
    if w.startswith("tack") and re.match(r"[a-z]+\s+(?:for|till)\s+(?:sina|sin|sitt|mina|min|mitt|hennes|hans|tiden"
                                         r"|aren|samarbetet|fortroendet|uppdraget|gott samarbete)\b", text[pos:]):
        return False        # "X tackade för sina år i gruppen": a farewell, not a presentation (nor a closing)
    # (thanks for what another gave, with its article and words before the noun too: "tackade för en tydlig
    # genomgång", "tackar för de goda synpunkterna")
    return not (w.startswith("tack") and re.match(
        r"[a-z]+\s+(?:for|till)\s+(?:[a-z]+\s+){0,3}?(?:informationen|information|presentationen|presentation"
        r"|redovisningen|redovisning|dragningen|dragning|genomgangen|genomgang|fragan|synpunkterna|synpunkter"
        r"|rapporten|rapport|inspelet|inspel|bidraget|bidrag|arbetet|insatsen|insats|forelasningen|forelasning)\b",
        text[pos:]))


def _sentence_end(text: str, start: int) -> int:
    m = re.compile(r"[.;!?](?=\s+(?:[-–•·▪]\s+)?[A-ZÅÄÖ\"”“]|\s*$)").search(text, start)
    return m.end() if m else len(text)


# the head of a table's column naming who presents ("Föredragande", "Presentatör", "Inledare"; folded)
_PRESENTER_COLUMN = re.compile(r"foredrag|foredras|presentat|inledare|talare|informator")


class PeopleRules(RulesBase):
    def _listed_presenters(self, ex: Extraction) -> None:
        """Who presents each item, named in an agenda set out before the items without the items' numbers (or in
        other numbers): bullets or lines "Budget – Per Ek" / "• Budget (Per Ek)" / "100. Budget – Per Ek", a table
        "| • | Budget | Per Ek |" under a head with a presenter's column ("Föredragande", "Presentatör"); matched
        to the items by title (in capitals or not, a time or a number before it, a letter or two a scan misread).
        A list only where two of its titles or more are items' titles; an item's presenters named in its own
        text come on top, a name there already is not named twice."""
        if not ex.items:
            return
        first = min(it.lines[0] for it in ex.items)
        start = ex.title_line + 1      # (an agenda table under the meeting's lines may be read as part of them)
        head: list[str] | None = None        # the cells of a table's head row over the rows read
        listed: list[tuple[int, str, list[str]]] = []
        for n in range(start, first):
            ln = self.L(n)
            if ln.blank:
                head = None
                continue
            raw = ln.text.strip()
            if raw.startswith("|") or raw.count("|") >= 2:
                cells = [c.strip(" *") for c in raw.strip().strip("|").split("|")]
                if all(re.fullmatch(r":?-{2,}:?|", c) for c in cells):
                    continue        # a Markdown table's rule under its head
                keys = [fold(c) for c in cells]
                if head is None and any(_PRESENTER_COLUMN.search(k) for k in keys):
                    head = keys
                    continue
                if head is None or len(cells) != len(head):
                    continue
                col = next(i for i, k in enumerate(head) if _PRESENTER_COLUMN.search(k))
                titled = [c for i, c in enumerate(cells) if i != col and re.search(r"[A-Za-zÅÄÖåäö]{3}", c)
                          and item_number(c) is None]
                if not titled:
                    continue
                names = self._title_presenters(f"Titel – {cells[col]}")[1] if cells[col] else []
                listed.append((n, titled[0], names))
                continue
            head = None
            t = re.sub(r"^\s*(?:[-•·▪*]|\d{1,3}[.):])\s+", "", clock_stripped(raw)).strip()
            if len(t) > 120 or not re.search(r"[A-Za-zÅÄÖåäö]{3}", t):
                continue
            # (the presenter on the line under the title: "- Länsgemensam budget 2068" / "  Föredras av Mats-Peter
            # Krantz och Sofia Hartz")
            if (by := re.match(r"(?i:föredras av|föredragande:?|presenteras av|dragande:?)\s+(\S.*)$", t)) \
                    and listed and listed[-1][0] == self._prev_nonblank(n) and not listed[-1][2]:
                listed[-1] = (listed[-1][0], listed[-1][1], self._title_presenters(f"Titel – {by.group(1)}")[1])
                continue
            title, names = self._title_presenters(t)
            listed.append((n, title, names))

        def same(a: str, b: str) -> bool:
            return a == b or _ocr_same(a, b)

        def key(text: str) -> str:
            return fold(self._title(text)).strip(" .:")

        titles = [key(it.title) for it in ex.items]
        rows = [(n, key(t), names) for n, t, names in listed]
        if sum(any(same(k, t) for t in titles) for _, k, _ in rows) < 2:
            return
        for it, t in zip(ex.items, titles, strict=True):
            for n, k, names in rows:
                if not names or not same(k, t):
                    continue
                for name in names:
                    if all(fold(name) != fold(p) for p, _ in it.presenters):
                        it.presenters.append((name, (n, n)))
                        ex.mentions.append(PersonMention(name, (n, n), "presenter"))
                break

    def _paragraphs(self, a: int, b: int) -> list[tuple[list[int], str, list[int]]]:
        """Paragraphs (line numbers, joined text, offset of each line) of prose lines a..b."""
        paras: list[tuple[list[int], str, list[int]]] = []
        cur: list[int] = []

        texts: dict[int, str] = {}

        def flush() -> None:
            if cur:
                offsets, parts, pos = [], [], 0
                for m in cur:
                    offsets.append(pos)
                    parts.append(texts.get(m, self.L(m).text))
                    pos += len(parts[-1]) + 1
                paras.append((list(cur), " ".join(parts), offsets))
                cur.clear()

        for m in range(a, b + 1):
            ln = self.L(m)
            if ln.layout or (ln.blank and cur and self._page_break_at(m, b)):
                continue            # page furniture inside a paragraph: the paragraph goes on
            # (or with a stop, after a sentence's end: "... i stället för X." / "b. Sammankallande Y omvaldes ...")
            if cur and (re.match(r"\d{1,3}/\s+[A-ZÅÄÖ]|[a-h][)/]\s+[A-ZÅÄÖ]", ln.text)
                        or re.match(r"[a-h]\.\s+[A-ZÅÄÖ]", ln.text)
                        and self.L(cur[-1]).text.rstrip().endswith((".", "!", "?", ":"))):
                flush()             # a case's running number opens a paragraph of its own ("31/ Gamleby IF ansöker
                #                     ..."), as a lettered point does ("b) Socialchef Anette Holm informerar om:")
            # (or a verb first in the passive, capitalised after a line with no stop: "Valdes X att leda dagens
            # förhandlingar" / "Valdes Y att föra dagens protokoll", a sentence each)
            if cur and re.match(r"(?:Valdes|Utsågs|Utses|Väljs|Beslutades|Godkändes|Fastställdes)\s+[A-ZÅÄÖ]",
                                ln.text.strip()) and not re.search(r"[.!?:,]\s*$", self.L(cur[-1]).text):
                flush()
            if cur and self._name_opens_sentence(self.L(cur[-1]), ln.text.strip()):
                flush()
            # (or a sub-item's number: "3.2      Mötet konstaterades vara behörigt sammankallat. ...")
            if m in getattr(self, "inline_heads", ()) and len(ln.cells) > 1 and (
                    (head := item_number(ln.cells[0])) and head[1] is None
                    or re.fullmatch(r"\d{1,2}\.\d{1,2}\.?", ln.cells[0].strip())
                    # (or its label in the margin: "Protokollet.   Protokollet från sammanträdet ...")
                    or re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]+(?: [a-zåäöé]+){0,2}\.", ln.cells[0].strip())):
                texts[m] = " ".join(ln.cells[1:])   # the item's text on its number's line, a gap between them ("2.
                cur.append(m)                       # Under punkten Val av justerare utsågs ...")
                continue
            if (value := self._margin_value(m)) is not None:
                texts[m] = value    # the item's text beside its margin's keyword ("Dagordning      Förslaget ...")
                cur.append(m)
                continue
            if len(ln.cells) > 1 and len(ln.cells[0].split()) >= 3 \
                    and all(re.fullmatch(r"[A-ZÅÄÖ]{2,3}", c.strip()) for c in ln.cells[1:]):
                texts[m] = ln.cells[0]  # the signers' initials at the line's right ("X valdes till justerare.
                cur.append(m)           # OK   PM", a template's marks of who checked the page): no part of the text
                continue
            if ln.blank or len(ln.cells) > 1 or JUNK_LINE.search(ln.text) or fold(ln.text) == "bildspel" \
                    or self._is_heading(m, sub=True) or self._label_line(m):
                flush()
                continue
            # (names alone only as the item's first line, right under its heading: a signer's name under "Vid
            # pennan" at the end is none)
            if self._labelled_name(m) or not cur and not paras and self._names_line(m):
                flush()             # "Föredragande: Anna Holm": a line of its own; the name ends with it
                cur.append(m)       # (or names alone opening a paragraph, "Denise Goransson/Rebecka Nilsson" over
                flush()             # "Ur Överenskommelsen om ...": no part of the sentence under them)
                continue
            cur.append(m)
        flush()
        return paras

    def _margin_value(self, m: int) -> str | None:
        """The text of line m where the protocol writes an item's text in a column beside keywords in the margin
        ("Dagordning      Förslaget till dagordning godkändes ..." / "                Beslut: ..."; the keyword
        broken over lines too, "Suicid-" / "prevention"): the value column's text, its lines going on at the same
        indent above or below it; None for any other line (a list's label and names, a table's row)."""
        ln = self.L(m)
        if self.ex is None or not any(it.lines[0] < m <= it.lines[1] for it in self.ex.items):
            return None     # (an item's text only: a front page's labels and values, "Organ   Beredningen", are none)
        if len(ln.cells) == 1 and not ln.raw[:1].isspace() and m > 1 and len(self.L(m - 1).cells) == 2 \
                and (above := self._margin_value(m - 1)) \
                and (at := self.L(m - 1).raw.find(above)) >= 8 and len(ln.raw) > at and ln.raw[at - 1] == " " \
                and ln.raw[at] != " " and 1 <= len(ln.raw[:at].split()) <= 3 and not re.search(r"\d", ln.raw[:at]):
            # the keyword's second line, one space before the text in the column ("motes protokoll handlingarna.")
            return ln.raw[at:].strip()
        if len(ln.cells) != 2 or not 1 <= len(ln.cells[0].split()) <= 3 or ln.raw[:1].isspace() \
                or re.search(r"\d", ln.cells[0]) or plausible_name(ln.cells[0].strip(" ,")) \
                or plausible_name(ln.cells[1].strip(" ,.")) or _SIGNATURE.match(kw(ln.cells[0], self.lx)):
            return None     # (names side by side, the signatures' labels: no keyword and its text)
        value = ln.cells[1]
        sentence = len(value.split()) >= 4 and (bool(re.search(r"[a-zåäö]\.(?:\s|$)", value))
                                                or bool(_FINITE_VERB.search(kw(value, self.lx))))
        if self._list_heading_kind(self.text_line(m, ln.cells[0])) and not sentence:
            return None     # (a list's label and its names: "Ledamöter   Anna Holm"; not "Ledamot   X ersätter Y ...")
        at = ln.raw.find(ln.cells[1])
        if at < 8:
            return None

        def indent(n: int) -> int:
            raw = self.L(n).raw
            return len(raw) - len(raw.lstrip())

        def aligned(n: int) -> bool:
            if not 1 <= n <= len(self.lines) or self.L(n).blank:
                return False
            other = self.L(n)
            return indent(n) == at and len(other.cells) == 1 or len(other.cells) == 2 \
                and not other.raw[:1].isspace() and other.raw.find(other.cells[1]) == at
        # (one word alone beside the keyword's second line only as the end of the sentence above it: "motes protokoll
        # handlingarna.")
        if len(ln.cells[1].split()) < 2 and not aligned(m - 1):
            return None
        return ln.cells[1] if aligned(m - 1) or aligned(m + 1) or self._margin_columns().get(at, 0) >= 4 else None

    def _margin_columns(self) -> dict[int, int]:
        """Where the protocol's value columns start beside keywords in the margin, and how many lines use each:
        lines of a short keyword at the left and text from that column on."""
        if getattr(self, "_margins", None) is None:
            count: dict[int, int] = {}
            for ln in self.lines:
                if len(ln.cells) == 2 and not ln.raw[:1].isspace() and 1 <= len(ln.cells[0].split()) <= 3 \
                        and not re.search(r"\d", ln.cells[0]) and (at := ln.raw.find(ln.cells[1])) >= 8:
                    count[at] = count.get(at, 0) + 1
            self._margins = count
        return self._margins

    def _names_line(self, m: int) -> bool:
        """Line m is names alone, one or a few parted by "/", "," or "och", no sentence's end ("Sara Holmén",
        "Denise Goransson/Rebecka Nilsson")."""
        text = self.L(m).text.strip()
        if not text or text[-1] in ".:;!?" or len(text.split()) > 9:
            return False
        pieces = [p for p in re.split(r"\s*/\s*|\s*,\s*|\s+och\s+", text) if p]
        return bool(pieces) and all(2 <= len(p.split()) <= 3 and plausible_name(p) and self._accept_name(p)
                                    and all(w[:1].isupper() for w in p.split()) for p in pieces)

    def _labelled_name(self, m: int) -> bool:
        """Line m is a label and a name ("Föredragande: Anna Holm", "Sekreterare: Per Ek, Nybro kommun"):
        the line is whole; the capitalised word that begins the next line is no part of the name."""
        lab = _INLINE_HEAD.match(self.L(m).text)
        # (a presenter's label without its colon: "Föredragande Anna Holm", "Presentatör Per Ek, Nybro kommun")
        bare = re.match(r"^(\w+)\s+(\S.*)$", self.L(m).text) if lab is None else None
        if bare and _PRESENTER_LABEL.fullmatch(kw(bare.group(1), self.lx).strip() + ":") \
                and _name_like(re.split(r"[,(]", bare.group(2))[0].strip(" .")):
            return True
        value = re.split(r"[,(]", lab.group(2))[0].strip(" .") if lab else ""
        if lab and (re.match(r"(?:beslut|forslag)", fold(lab.group(1)))
                    or re.search(r"\s(?:beslut|forslag)$", fold(lab.group(1)).strip())):
            return False            # "Beslut: X, Org, ersätter Y som" / "ledamot ...": a sentence, wrapped on
            #                         (the body's too: "Länsgemensam lednings beslut: X ...")
        if lab and _PRESENTER_LABEL.fullmatch(kw(lab.group(1), self.lx).strip() + ":"):
            # (the name's title in lower case before it: "Föredragande: samordnare Anna Holm", "... förbundsdirektör
            # Per Ek, Org")
            value = re.sub(r"^(?:[a-zåäöé][\w-]*\.?\s+){1,3}(?=[A-ZÅÄÖÉ])", "", value)
        return bool(value) and (_name_like(value) or self._split_surname(value)) and len(lab.group(1).split()) <= 3

    def _label_line(self, m: int) -> bool:
        """Line m is a one- or two-word label over a paragraph inside an item ("Ärende", "Bakgrund",
        "Yrkande"): capitalised, no punctuation, no name, standing between the item's heading (or a
        finished sentence) and a line that begins a sentence. Its word is never part of a name."""
        ln = self.L(m)
        words = ln.text.split()
        if not 1 <= len(words) <= 2 or len(ln.text) > 30 or not ln.text[0].isupper() \
                or not all(w.isalpha() for w in words) or plausible_name(ln.text) and self._accept_name(ln.text):
            return False
        if len(words) == 2 and (_FINITE_VERB.search(ln.key) or _PASSIVE_VERB.search(ln.key)):
            return False    # a sentence of two words its stop left off ("Dagordningen godkändes"): no label
        prev, nxt = self._prev_nonblank(m), self._next_nonblank(m, len(self.lines))
        # (the paragraph under it may open with a point: "Beslut" / "1. Gruppen fastställer ...")
        if nxt is None or not re.sub(r"^\s*(?:\d{1,2}[.)]|[-–•*·▪])\s+", "", self.L(nxt).text)[:1].isupper():
            return False
        return prev is None or self.L(m - 1).blank or item_number(self.L(prev).text) is not None \
            or self.L(prev).text.endswith((".", ":", "!", "?"))

    def _page_break_at(self, m: int, b: int) -> bool:
        """Blank line m lies in a page break (blank lines around page furniture) inside a sentence."""
        a = m
        while a > 1 and self.L(a - 1).blank:
            a -= 1
        z = m
        while z < b and self.L(z + 1).blank:
            z += 1
        prev = self.L(a - 1).text if a > 1 else ""
        if not prev or prev.endswith((".", ":", "!", "?")) or z >= b:
            return False
        # (or the one blank line a text set with a blank line after every line puts inside a sentence: "Elin Holm
        # ersätter Rolf Ek som" / "" / "ledamot i styrelsen resten av mandatperioden.")
        if a == z and self.L(z + 1).text.strip()[:1].islower() and self._double_spaced():
            return True
        return any(self.L(i).layout for i in range(a, z + 1)) and not self._is_heading(z + 1)

    def _name_opens_sentence(self, before: Line, text: str) -> bool:
        """A line opening with a person's name (a title or a body's genitive before it or none) and her own verb after
        it, the line before a sentence with a verb and no stop: a sentence of its own ("X hälsade välkommen till
        årsmötet" / "Eva Holm, kommunstyrelsens ordförande, hälsade välkommen ...", "Föreningsrådets ordförande Nadia
        Holm öppnade ..."); not the name that is the line before's object or subject after its verb, a role or a title
        ("Till justerare utsågs" / "Omar Holm.", "Ordförande" / "Maud Holm hade förhinder.")."""
        opener = re.match(r"(?:[A-ZÅÄÖ][a-zåäö]+s\s+)?(?:([a-zåäö]+)\s+)?([A-ZÅÄÖ][a-zåäöé]+)\s+[A-ZÅÄÖ]", text)
        if opener is None or fold(opener.group(2)) not in GIVEN_NAMES | self.doc_given:
            return False
        if opener.group(1) is not None and not (_ROLE_RE.fullmatch(title := kw(opener.group(1), self.lx))
                                                or TITLE_BY_ENDING.fullmatch(title)):
            return False
        last = (before.key.split() or [""])[-1]
        return not re.search(r"(?:[.!?:,;]|\b(?:och|samt|av|till|med|för|om|att))\s*$", before.text) \
            and bool(_FINITE_VERB.search(before.key)) and not _FINITE_VERB.fullmatch(last) \
            and not re.search(r"(?:des|tes|gs|ts)\s*$", before.key) \
            and not _ROLE_RE.fullmatch(last) and not TITLE_BY_ENDING.fullmatch(last) \
            and bool(re.search(r"\b[a-zåäö]{3,}(?:ade|de|te|ar|er)\b", text[opener.end(2):]))

    def _double_spaced(self) -> bool:
        """Four in five of the text's lines or more have a blank line after them (a text set with a blank line after
        every line, as a web page's paragraphs are copied)."""
        if self._spaced is None:
            text = [ln.n for ln in self.lines if not ln.blank and not ln.layout]
            spaced = sum(1 for n in text if n < len(self.lines) and self.L(n + 1).blank)
            self._spaced = len(text) >= 10 and spaced >= 0.8 * len(text)
        return self._spaced

    @staticmethod
    def _span_lines(lines: list[int], offsets: list[int], start: int, end: int) -> tuple[int, int]:
        first = last = lines[0]
        for ln, off in zip(lines, offsets, strict=True):
            if off <= start:
                first = ln
            if off < end:
                last = ln
        return first, last

    def _accept_name(self, name: str) -> bool:
        first = fold(name).split()[0]
        def known(word: str) -> bool:
            return word in GIVEN_NAMES or word in self.doc_given or word in self.people.given_names
        if known(first):
            return True
        if "-" in first and all(known(part) for part in first.split("-")):
            return True     # a double given name of two given names ("Lars-Göran", "Ann-Sofie")
        return self.people.is_known(name)

    def _split_surname(self, name: str) -> bool:
        """A name with a word a scan split in two, its tail in lower case ("Eva Ber glund", "Marie Stj ernstrom"):
        the halves joined give a known person's name. Kept as written (the key and the review see it so)."""
        words = name.split()
        for i in range(1, len(words)):
            if words[i][:1].islower() and words[i].isalpha() and len(words[i]) >= 2 and words[i - 1][:1].isupper():
                joined = " ".join([*words[:i - 1], words[i - 1] + words[i], *words[i + 1:]])
                if _name_like(joined) and self.people.is_known(joined):
                    return True
        return False

    def _role_follows(self, rest: str) -> bool:
        k = kw(rest[:40], self.lx).lstrip(" ,")
        k = re.sub(r"^tidigare\s+", "", k)
        return bool(_ROLE_RE.match(k))

    def _prose_people(self, a: int, b: int, item: Item | None, item_no: int | None = None, record: bool = True) \
            -> list[tuple[str, tuple[int, int]]]:
        """Record the people named in prose lines a..b (with the titles after them); return those not
        named inside a decision sentence (the item's presenters). `record`: False for lines whose people are
        recorded already (a report's matters, read after its text), their presenters only."""
        assert self.ex is not None
        presenters: list[tuple[str, tuple[int, int]]] = []
        # (a name alone on the document's last line, after a blank line: a signature, whatever item it ends; a person
        # of the record, no presenter)
        last = max((ln.n for ln in self.lines if not ln.blank), default=0)
        signed = last if last > 1 and self.L(last - 1).blank and plausible_name(self.L(last).text.strip(" ,.")) \
            else None
        for lines, text, offsets in self._paragraphs(a, b):
            spans = self._names_as_written(text)
            # a decision's sentence, from its start (the subject of "X ersätter Y", "Beslut: X utses ...")
            # (also one giving a person a task: "Gruppen uppdrar åt X att ...", "X får i uppdrag"; the
            # passive "Y ersätts av X")
            decision_zones = [(_sentence_start(text, m.start()), _sentence_end(text, m.start())) for m in re.finditer(
                r"besl\S{0,4}\s+att|ers\S{1,3}tt(?:er|s|es)\b|\bbeslut\s*:|\butse(?:s|dd|dda)?\b|\butsags\b"
                r"|\buppdr(?:ar|as|og|ogs)\b|\beftertr\S{1,3}d|\bval(?:js|des|jes|de|jer|ja)\b|\buts(?:ag|aags|er)\b",
                _flat(text))]
            prev_chair_org = None
            for i, sp in enumerate(spans):
                span_lines = self._span_lines(lines, offsets, sp.start, sp.end)
                nxt = spans[i + 1].start if i + 1 < len(spans) else len(text)
                in_decision = any(s <= sp.start <= e for s, e in decision_zones)
                mention = PersonMention(sp.name, span_lines, "decision" if in_decision else "prose")
                posts, affs = self._appositions(text, sp, nxt, lines, offsets, item)
                pre = self._pre_role(text, sp, lines, offsets, item)
                if pre:
                    posts.insert(0, pre)
                for p in posts:
                    if p.role in CHAIR_ROLES:
                        if p.org is None:
                            p.org = prev_chair_org
                        else:
                            prev_chair_org = p.org
                mention.posts = [p for p in posts if p.org]
                mention.affiliations = affs
                if record:
                    self.ex.mentions.append(mention)
                run_end = self._run_end(text, spans, i)
                later = next((o.start for o in spans if o.start >= run_end), None)
                # the first name of the run this one is part of ("Information lämnades av X och Y", "Informatör:
                # X, Y"): the names of a run share the words before its first name as they share its verb
                first = i
                while first > 0 and self._run_end(text, spans, first - 1) >= sp.end:
                    first -= 1
                # a check box's task opening with its owner ("- [ ] X: skicka ut materialet", "☐ X – boka lokal"):
                # the one to do it, no presenter
                line_at = max((o for o in offsets if o <= sp.start), default=0)
                task = span_lines[0] in self.check_marks and not text[line_at:sp.start].strip(" •") \
                    and re.match(r"\s*(?:\([^()]*\))?\s*[:–—-]", text[sp.end:])
                # (the official a matter's case file names, a field before the item's text: "Handläggare: X telefon
                # ...", who need not present it)
                official = re.search(r"(?:handl[äa]ggare|kontaktperson)\s*:\s*$", text[line_at:sp.start], re.I)
                # (the names alone under an item of electing: the elected, "2. Val av sekreterare." / "Karolina Holm")
                # (or after the title on its line, a semicolon between, the title the role alone: "4. Sekreterare;
                # Linda Johanson")
                elected = item is not None \
                    and bool(re.match(r"(?:val|utseende)\s+(?:av|till)\b|" + ROLE_ALONE_TITLE,
                                      kw(item.title, self.lx))) \
                    and self._names_only(re.sub(r"^.*?" + re.escape(item.title) + r"\s*(?:;|\s[–—-])\s*", "",
                                                text.strip(" ."), flags=re.S))  # type: ignore[attr-defined]
                # (or those an item of absence names: "§4 Anmälda förhinder" / "Pia Holm, Emmaboda kommun, och ...")
                elected = elected or item is not None and bool(re.fullmatch(
                    r"(?:anmalda?|anmalt)?\s*forhinder|franvarande(?: ledamoter)?|ej narvarande",
                    fold(item.title).strip(" :")))
                # (or the people an organisation named, in brackets after its name: "Västerviks kommun (Maud Ek),
                # Region Kalmar län (Chris Lund, Sanna Holm)", a seat's holders listed, no presenters)
                elected = elected or self._in_org_bracket(text, sp.start)
                if item is not None and not in_decision and not task and not official and not elected \
                        and self._presents(text, sp, run_end, later, spans[first].start):
                    presenters.append((sp.name, span_lines))
        # names in table cells ("Name , title, organisation")
        for m in range(a, b + 1):
            ln = self.L(m)
            if len(ln.cells) < 2:
                continue
            for cell in ln.cells:
                spans = find_names(cell, self._accept_name, self._role_follows)
                for sp in spans[:1]:
                    if sp.start > 2:
                        continue
                    mention = PersonMention(sp.name, (m, m), "table")
                    posts, affs = self._appositions(cell, sp, len(cell), [m], [0], item)
                    mention.posts = [p for p in posts if p.org]
                    mention.affiliations = affs
                    if record:
                        self.ex.mentions.append(mention)
                # "Kl. 13.50-14.30 | Föredragande: X": a cell labelling the item's presenter
                lab = _INLINE_HEAD.match(cell)
                if item is not None and lab and _PRESENTER_LABEL.fullmatch(kw(lab.group(1), self.lx).strip() + ":"):
                    for sp in find_names(lab.group(2), self._accept_name, self._role_follows)[:1]:
                        if sp.start <= 2 and all(p != sp.name for p, _ in presenters):
                            presenters.append((sp.name, (m, m)))
        # an attendance list standing inside an item (after its first item, "1. Öppnande" / "Närvarande" / names):
        # its names attend, they present nothing
        # (a list's zone ends before the next item's heading: one read on past a programme or an agenda, "Återbud: X"
        # / "Program:" / ... / "1. Öppnande" / "Y öppnade mötet", does not take the item's text for its names)
        heads = sorted(it.lines[0] for it in self.ex.items)
        listed = {n for h, last, _stop in self.list_zones
                  for n in range(h, min([last] + [k - 1 for k in heads if k > h]) + 1)} | {
            e.line for lst in self.ex.attendance for e in lst.entries}
        # (but the one welcoming guests by name on a line of theirs, "X hälsade de närvarande välkomna, särskilt
        # gästerna A, Org, och B, Org": X opens the item, the guests attend)
        guests = [e for lst in self.ex.attendance if lst.note == GUESTS_NOTE for e in lst.entries]
        welcomed = {e.line for e in guests}
        presenters = [(name, span) for name, span in presenters
                      if (span[0] not in listed
                          or span[0] in welcomed and not any(same_person(name, e.name) for e in guests))
                      and span[0] not in self.absent_lines]
        # a presenter's label as a heading of its own, the name on the line right under it ("Föredragande" /
        # "Eva Strand, Nybro kommun"): a template's field set out as a heading over its value
        for m in range(a, b):
            t = self.L(m).text.strip().rstrip(":").strip()
            if item is None or not t or len(t.split()) > 2 or self.L(m + 1).blank \
                    or not _PRESENTER_LABEL.fullmatch(kw(t, self.lx).strip() + ":"):
                continue
            for sp in find_names(self.L(m + 1).text, self._accept_name, self._role_follows)[:1]:
                if sp.start <= 2 and all(p != sp.name for p, _ in presenters):
                    presenters.append((sp.name, (m + 1, m + 1)))
        return [p for p in presenters if p[1] != (signed, signed)]

    def _in_org_bracket(self, text: str, at: int) -> bool:
        """The name at `at` stands inside a bracket opened right after an organisation's name ("Region Kalmar län
        (Chris Lund, Sanna Holm)"): one of those the organisation named."""
        opened = text.rfind("(", 0, at)
        if opened < 0 or text.rfind(")", 0, at) > opened:
            return False
        before = re.search(r"([A-ZÅÄÖ][\wåäöé-]*(?:\s+[\wåäöé-]+){0,4})\s*$", text[:opened])
        return before is not None and any(self.orgs.resolve(" ".join(before.group(1).split()[k:]))
                                          for k in range(len(before.group(1).split())))

    def _names_as_written(self, text: str) -> list[NameSpan]:
        """The names the rules' name finder finds in a text, with those a scan damaged found whole as written: a
        spelling a list of this document writes damaged ("Katrin Kar1sson", `_with_damaged_names`) and a given name
        written with a digit ("Camil1a Fredeke", "0mar Yusuf", `_digit_given_names`)."""
        return self._digit_given_names(
            text, self._with_damaged_names(text, find_names(text, self._accept_name, self._role_follows)))

    def _with_damaged_names(self, text: str, spans: list[NameSpan]) -> list[NameSpan]:
        """The name spans of a text, with each name a list of this document writes OCR damaged found as
        written (as a whole word run), in place of the shorter spans overlapping it ("Helene Wende" of
        "Helene Wende1l")."""
        for name in self.damaged_names:
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                if any(sp.start <= m.start() and m.end() <= sp.end and sp.name != name for sp in spans
                       if len(sp.name) > len(name)):
                    continue
                spans = [sp for sp in spans if sp.end <= m.start() or sp.start >= m.end()]
                spans.append(NameSpan(name, m.start(), m.end()))
        # a name no list writes, cut where OCR wrote a digit for a letter inside its last word ("Karin Schu" of
        # "Karin Schu1z", "Per Ols0n"): the whole word, kept as written
        out = []
        for sp in spans:
            tail = re.match(r"[01|][a-zåäö]*(?![\w-])", text[sp.end:])
            if tail and sp.end > 0 and text[sp.end - 1].isalpha() and len(sp.name.split()) >= 2:
                sp = NameSpan(sp.name + tail.group(0), sp.start, sp.end + tail.end())
            out.append(sp)
        # (or right after its capital, a given name before it: "Jimmy L0ord redovisade ...", no span found)
        for m in re.finditer(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]+)\s+[A-ZÅÄÖ][01][a-zåäö]{2,}(?![\w-])", text):
            if fold(m.group(1)) in GIVEN_NAMES and all(sp.end <= m.start() or sp.start >= m.end() for sp in out):
                out.append(NameSpan(m.group(0), m.start(), m.end()))
        return sorted(out, key=lambda sp: sp.start)

    @staticmethod
    def _digit_given_names(text: str, spans: list[NameSpan]) -> list[NameSpan]:
        """The name spans with each name whose given name OCR wrote with a digit ("Camil1a Fredeke ersätter ...")
        found whole, kept as written, where the given name read with letters is one."""
        out = list(spans)
        # (or the capital itself a digit: "0mar Yusuf, Region Kalmar län, redovisade ...", "0skar Wennberg")
        for m in re.finditer(r"(?<![\w-])((?:[A-ZÅÄÖ][a-zåäö]*[01]|[01])[a-zåäö]+)\s+"
                             r"([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)(?![\w-])", text):
            if fold(m.group(1).translate(DIGIT_LETTERS)) in GIVEN_NAMES \
                    and all(sp.end <= m.start() or sp.start >= m.end() or sp.end - sp.start < m.end() - m.start()
                            for sp in out):
                out = [sp for sp in out if sp.end <= m.start() or sp.start >= m.end()]
                out.append(NameSpan(m.group(0), m.start(), m.end()))
        return sorted(out, key=lambda sp: sp.start)

    @staticmethod
    def _run_end(text: str, spans: list[NameSpan], i: int) -> int:
        """Where the run of names the i-th begins ends: "X (S) och Y (M) yrkar ...", "X, Org, och Y, Org,
        ...", "X, Y och Z ...": names joined by "och" / "samt" / commas (each with its bracket or organisation
        between commas) share the verb after the last of them."""
        j = i
        while j + 1 < len(spans) and re.fullmatch(
                r"\s*(?:\([^()]{1,60}\))?\s*(?:,[^.;:,()]{1,60},)?\s*(?:,|och|samt)\s*@?",
                text[spans[j].end:spans[j + 1].start]):
            j += 1
        return spans[j].end

    def _presents(self, text: str, sp: NameSpan, run_end: int | None = None, later: int | None = None,
                  run_start: int | None = None) -> bool:
        """Whether the name at `sp` presents (module function `_presents`, on its sentence); the words after
        it are those after the run of names it begins (`run_end`), up to the next name (`later`): a verb after
        another name is that name's ("X kunde inte delta; informationen lämnades av Y, som berättade")."""
        s0, e0 = _sentence_start(text, sp.start), _sentence_end(text, sp.start)
        between = kw(text[max(sp.end, run_end or 0):later], self.lx) if later is not None else ""
        if later is not None and later > sp.end and (_FINITE_VERB.search(between) or _PASSIVE_VERB.search(between)):
            e0 = min(e0, later)     # (not "X, tillsammans med Y, presenterade": no verb of X's own before Y)
        # a bracket right after the name (a party, an organisation: "X (S) yrkar ...") is the name's, not the
        # sentence's: the verb after it is the name's own
        # (after a comma too: "X, (c) yrkar bifall")
        after = re.sub(r"^\s*,?\s*\([^()]{1,60}\)", "", text[max(sp.end, run_end or 0):e0])
        # (a party's letters after a comma without a bracket, a comma after them or none: "X, V yrkar bifall", "X,
        # KD, yrkar", "X, MP reserverar sig")
        after = re.sub(r"^\s*,\s*(?:S|M|C|L|V|KD|MP|SD|FP)\b\s*,?(?=\s+[a-zåäö])", "", after)
        # likewise the organisation or title between commas before a lower-case word ("X, Org, tackas för ..."):
        # the word after it is the name's verb (the commas are lost in the keyword form)
        after = re.sub(r"^\s*,[^,.;:()]{1,60},(?=\s*[a-zåäö])", "", after)
        # (or the organisation after a comma and before the next name's "och": "X, Borgholms kommun och Y, Org", the
        # genitive's "-s" no verb)
        if (app := re.match(r"^\s*,\s*(?P<org>[A-ZÅÄÖ][^,.;:()]{2,50}?)(?=\s+(?:och|samt)\s)", after)) \
                and self.orgs.resolve(app.group("org")):
            after = after[app.end():]
        # (or the organisation after "från" / "vid", no commas: "X från Nybro kommun var inbjuden för att informera")
        if (frm := re.match(r"^\s*(?:från|vid|på)\s+(?=[A-ZÅÄÖ])", after)):
            words = list(re.finditer(r"\S+", after[frm.end():frm.end() + 60]))
            for k in range(len(words), 0, -1):      # the longest run of words naming an organisation
                if (hit := self.orgs.resolve(after[frm.end():frm.end() + words[k - 1].end()].strip(" ,"))) \
                        and hit.score >= 0.99:
                    after = after[frm.end() + words[k - 1].end():]
                    break
        # (a relative clause of what the person is between the name and the verb: "X som är mötesledare hälsar alla
        # välkomna")
        after = re.sub(r"^\s*,?\s*som\s+(?:är|var)\s+[a-zåäö]+\s*,?(?=\s+[a-zåäö]{3,})", "", after)
        if _NOT_YET.match(_flat(after)):
            return False            # "X, Org, ska redovisa ...": the apposition's commas seen before folding
        # the one asking or commenting, named by a label ("Fråga (X): ...", "Fråga från X:", "Synpunkt från X",
        # "Frågeställare: X", "Kommentar (X)"): no presenter, whatever the answer after it says
        if re.search(r"(?:^|\s)(?:fr[åa]ga|fr[åa]gor|fr[åa]gest[äa]llare|synpunkt(?:er)?|kommentar(?:er)?|inspel"
                     r"|medskick|yrkande)\s*(?:\(|fr[åa]n\s+|av\s+|:)\s*$", text[s0:sp.start], re.I):
            return False
        # a task's owner and its deadline after the name ("- Boka lokal (X, senast 2030-05-01)", "... (X, klart
        # till v. 12)", "X, senast den 3 maj"): the one to do it, who presents nothing
        if re.match(r"\s*[,(–-]\s*(?:senast|klart|klar|deadline|datum|till\s+den|f[öo]re|v\.|vecka)\b"
                    r"|\s*[,(]\s*(?:\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2})\s*\)?\s*$",
                    text[sp.end:e0], re.I):
            return False
        # "Ansvarig: X", "Kontaktperson: X": a label of another kind than presenting right before the name
        start = sp.start if run_start is None or not s0 <= run_start < sp.start else run_start
        labelled = bool(re.search(r"\w\s*:\s*$", text[s0:start]))
        if self.learned.presents(text[s0:start], after):
            return True             # a label or verb that marked presenters in an accepted protocol laid out alike
        # (a case's running number before the sentence, "32/ Emmy Holm informerar om ...": no word of it)
        before = re.sub(r"^\s*\d{1,3}\s*/\s+", "", text[s0:start])
        return _presents(_cl_mended(kw(before, self.lx)), _cl_mended(kw(after, self.lx)), alone=not labelled,
                         bare=bool(re.match(r"\s+[a-zåäö]", after)))

    def _pre_role(self, text: str, sp: NameSpan, lines: list[int], offsets: list[int], item: Item | None) \
            -> Post | None:
        """'Vice ordförande i Länsgemensam ledning Anna ...': a chair role written before the name."""
        before = text[max(0, sp.start - 80):sp.start]
        before = re.split(r"[.;:]\s|\boch\s", before)[-1]
        k = kw(before, self.lx)
        m = re.search(r"\b(vice ordforande|ordforande|vice ordf|ordf)\b\.?\s*(.*)$", k)
        if not m:
            return self._title_before(k, sp, lines, offsets, before)
        # (not another's apposition, a comma before the role and one before the name: "Från vänster: Pernilla
        # Gustafsson, vice ordförande, Torsås kommun, Janita Kirchberg, Emmaboda kommun" gives Janita no seat)
        if re.search(r"\w\s*,\s*(?:vice\s+)?ordf", before, re.I) and before.rstrip().endswith(","):
            return None
        role = ROLE_WORDS[m.group(1)]
        rest = m.group(2).strip()
        org = None
        if rest:
            hit = self.orgs.resolve(rest)
            if not hit:
                return None
            org = hit.id
        elif self.ex and self.ex.meeting_of and item is not None and item.lines[0] == self.ex.items[0].lines[0]:
            org = self.orgs.seat_body(self._meeting_body(self.ex))      # (the presidium at a presidiemöte)
        ln = self._span_lines(lines, offsets, max(0, sp.start - len(before)), sp.end)
        return Post(role, org, ln)

    def _title_before(self, k: str, sp: NameSpan, lines: list[int], offsets: list[int], before: str) \
            -> Post | None:
        """'Regionens planeringsdirektör Sofia Hartz', 'socialchef Anna ...': a title (no seat) right
        before the name; its organisation the one the person is listed with at this meeting."""
        m = _ROLE_RE.search(k)
        role = ROLE_WORDS.get(m.group(1).rstrip(".")) if m and not k[m.end():].strip() else None
        if role is None or role in CHAIR_ROLES | CAPACITY_ROLES | {"ledamot", "representant", "sammankallande"} \
                or self.ex is None:
            return None
        org = next((e.org for lst in self.ex.attendance for e in lst.entries
                    if e.org and fold(e.name) == fold(sp.name)), None)
        if org is None:
            return None
        return Post(role, org, self._span_lines(lines, offsets, max(0, sp.start - len(before)), sp.end))

    def _appositions(self, text: str, sp: NameSpan, stop: int, lines: list[int], offsets: list[int],
                     item: Item | None) -> tuple[list[Post], list[tuple[str, tuple[int, int], str]]]:
        """Posts and affiliations in the words after a name, up to the next name or sentence end."""
        rest_start = sp.end
        end = min(stop, _sentence_end(text, rest_start))
        rest = text[rest_start:end]
        posts: list[Post] = []
        affs: list[tuple[str, tuple[int, int], str]] = []
        # "X utses till gruppens representant i samverkansområdesgrupp Y", "X valdes till ny sammankallande för
        # nätverket Z": the seat an appointment gives, in the body it names
        appointed = re.match(r"\s*,?\s*(?:utses|utsags|utsågs|valdes|väljs|valjs|utsetts)\s+(?:till|som)\s+(?:ny\s+)?"
                             r"(?:\w+s\s+)?(?:nya\s+)?(?P<role>\w+(?:\s+\w+)?)\s+(?:i|för|for|till|inom)\s+"
                             r"(?P<body>[^.;]+?)\s*(?:[.;]|$|\s+(?:från|fran|efter|fr\.o\.m\.)\b)", rest, re.I)
        if appointed:
            rk = kw(appointed.group("role"), self.lx)
            role = ROLE_WORDS.get(rk) or ROLE_WORDS.get(rk.split()[-1])
            body = self.orgs.resolve(appointed.group("body"))
            if role and body and role not in CHAIR_ROLES | CAPACITY_ROLES:
                span = self._span_lines(lines, offsets, sp.start, rest_start + appointed.end())
                posts.append(Post(role, body.id, span, org_as_written=appointed.group("body")))
                self._note_org(body, appointed.group("body"), span[0])
                return posts, affs
        pos = rest_start
        parts = re.split(r"(,)", rest)
        offset = rest_start
        chunks: list[tuple[int, str]] = []
        for p in parts:
            if p != ",":
                chunks.append((offset, p))
            offset += len(p)
        if chunks and not chunks[0][1].strip():
            chunks = chunks[1:]
        for i, (off, chunk) in enumerate(chunks):
            if i > 0 and not chunk.strip():
                break
            pieces = self._split_roles(chunk)
            progressed = False
            for p_off, piece in pieces:
                piece_s = piece.strip()
                if not piece_s:
                    continue
                k = kw(piece_s, self.lx)
                span = self._span_lines(lines, offsets, off + p_off, off + p_off + len(piece))
                former = bool(re.match(r"(och\s+)?tidigare\b", k))
                k2 = re.sub(r"^(och\s+)?(tidigare\s+)?", "", k)
                acting = bool(re.match(r"^(tf|t f)\b", k2))
                k2 = re.sub(r"^(tf|t f)\s+", "", k2)
                m = _ROLE_RE.search(k2)
                if m and m.start() <= 25:
                    role = ROLE_WORDS[m.group(1).rstrip(".")]
                    after = k2[m.end():].strip()
                    org, org_text, title_tail = self._org_suffix(piece_s, after, self._role_index(piece_s))
                    title = None
                    pre_words = k2[:m.start()].strip()
                    if "som" in pre_words.split():
                        pre_words, title_tail = "", False
                    if title_tail or (pre_words and pre_words not in ("vice", "nationell")):
                        title = self._title_text(piece_s, org_text)
                    if role == "ordforande" and "kommunstyrelse" in k2[:m.start()]:
                        role = "kommunstyrelseordforande"
                    posts.append(Post(role, org.id if org else None, span, title=title, acting=acting,
                                      former=former, org_as_written=org_text))
                    progressed = True
                    if org:
                        self._note_org(org, org_text or piece_s, span[0])
                    continue
                org = self.orgs.resolve(piece_s)
                if org is None:
                    # an organisation followed by other words ("Oskarshamns kommun presenterade")
                    words = piece_s.split()
                    for n in range(len(words) - 1, 0, -1):
                        head = " ".join(words[:n])
                        org = self.orgs.resolve(head)
                        if org and len(head) > 3:
                            piece_s = head
                            break
                        org = None
                if org:
                    tail_key = kw(piece[piece.find(piece_s) + len(piece_s):], self.lx)
                    som = re.match(r"^\s*som\s+(\w+(?:\s+\w+)?)", tail_key)
                    som_role = None
                    if som:
                        som_role = ROLE_WORDS.get(som.group(1)) or ROLE_WORDS.get(som.group(1).split()[0])
                    if posts and posts[-1].org is None and posts[-1].title:
                        joined = self.orgs.resolve(f"{self._tail_after_role(posts[-1].title)} {piece_s}")
                        if joined and joined.id != org.id:
                            org, piece_s = joined, f"{self._tail_after_role(posts[-1].title)}, {piece_s}"
                    self._note_org(org, piece_s, span[0])
                    if som_role:
                        posts.append(Post(som_role, org.id, span, org_as_written=piece_s))
                    elif posts and posts[-1].org is None:
                        posts[-1].org = org.id
                        posts[-1].org_as_written = piece_s
                    elif not posts:
                        affs.append((org.id, span, piece_s))
                    progressed = True
                    continue
                break
            if not progressed:
                break
            pos = off + len(chunk)
        del pos
        return posts, affs

    def _split_roles(self, chunk: str) -> list[tuple[int, str]]:
        """Split 'ordförande för X och planeringsdirektör i Y' before each later role word."""
        words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", chunk)]
        keys = [kw(w, self.lx).strip(" .") for _, w in words]
        cuts = [0]
        has_role = False
        for i, k in enumerate(keys):
            two = f"{k} {keys[i + 1]}" if i + 1 < len(keys) else ""
            is_role = (k in ROLE_WORDS or (k in ("vice", "nationell") and two in ROLE_WORDS)) and \
                not (i and keys[i - 1] in ("vice", "nationell"))
            if is_role and i and (keys[i - 1] == "och" or has_role):
                cut_at = i - 1 if keys[i - 1] in ("och", "tidigare") else i
                cuts.append(words[cut_at][0])
            has_role = has_role or is_role
        cuts = sorted(set(cuts))
        return [(c, chunk[c:(cuts[j + 1] if j + 1 < len(cuts) else len(chunk))]) for j, c in enumerate(cuts)]

    def _role_index(self, piece: str) -> int:
        """Index of the (first word of the) title word in a piece's words."""
        words = piece.split()
        for i, w in enumerate(words):
            k = kw(w, self.lx).strip(" .")
            if k in ROLE_WORDS:
                return i - 1 if i and kw(words[i - 1], self.lx).strip(" .") in ("vice", "nationell") else i
        return 0

    def _org_suffix(self, piece: str, after_key: str, role_idx: int = 0) \
            -> tuple[OrgMatch | None, str | None, bool]:
        """The organisation named in a title phrase: the longest run of words after the title that
        resolves ("psykiatridirektör i Region Kalmar län hälsade ..." -> Region Kalmar län); not one
        after "från" (the seat's origin)."""
        words = piece.split()
        for i in range(role_idx + 1, len(words)):
            if fold(words[i]) in ("i", "pa", "vid", "for", "fer", "inom", "hos", "och", "fran", "som"):
                continue
            if i and fold(words[i - 1]) == "fran":
                continue
            for j in range(min(len(words), i + 8), i, -1):
                cand = " ".join(words[i:j])
                m = self.orgs.resolve(cand)
                if m:
                    head = kw(" ".join(words[:i]), self.lx).split()
                    title_tail = len([w for w in head if w not in ("i", "pa", "vid", "for", "inom", "hos", "och",
                                                                   "tidigare", "tf")]) > 1
                    return m, cand, title_tail
        # "sammankallande för gruppen": the group whose meeting this is
        if re.match(r"(?:for|i)\s+gruppen\b", after_key) and self.ex is not None:
            body = self._meeting_body(self.ex)
            if body and self.orgs.types.get(body) in GROUP_TYPES:
                return OrgMatch(body, "gruppen", 1.0, body in self.orgs.defined), None, False
        return None, None, bool(after_key)

    def _tail_after_role(self, title: str) -> str:
        words = title.split()
        i = self._role_index(title)
        return " ".join(words[i + 1:])

    def _title_text(self, piece: str, org_text: str | None) -> str:
        t = piece.strip()
        if org_text and org_text in t:
            t = t[: t.index(org_text)].strip()
        t = re.sub(r"\s+(?:i|på|pa|vid|för|for|fér|inom|hos)$", "", t)
        t = re.sub(r"^(?:och\s+)?(?:tidigare\s+)?", "", t)
        return repair_text(t, self.lx).strip(" ,.")

    def _note_org(self, org: OrgMatch, as_written: str, line: int) -> None:
        assert self.ex is not None
        self.ex.org_mentions.append((org.id, self.orgs.trim(as_written, org.id), line))

    def _summary(self, a: int, b: int) -> str | None:
        for _lines, text, _ in self._paragraphs(a, b):
            if len(text.split()) >= 8:
                t = repair_text(text, self.lx)
                if len(t) > 320:
                    cut = t.rfind(". ", 0, 320)
                    t = t[: cut + 1] if cut > 80 else t[:320].rsplit(" ", 1)[0] + " […]"
                return re.sub(r"\s+", " ", t).strip()
        return None
