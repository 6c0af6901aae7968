"""Decisions (replacements and elections among them) and the meetings a text refers to or announces.

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

import datetime as dt
import functools
import itertools
import re

from ..names import fold, slug
from .extract_agenda_numbering import item_number
from .extract_dates import YEARLESS_NUMERIC, _date_mentions
from .extract_header import _group_type
from .extract_model import Decision, Extraction, Item, MeetingRef, RulesBase
from .extract_money import amount_spans, money_set_aside
from .extract_text import GROUP_TYPES, PARTY_BRACKET, ROLE_ALONE_TITLE, _sentences
from .names_found import GIVEN_NAMES, find_names, plausible_name
from .ocr_repair import kw, repair_text, strip_markup


@functools.cache
def _word_re(words: str) -> re.Pattern[str]:
    """Words as a whole in a keyword key (an organisation's alias, a work's title), compiled once: the loops over
    every alias would otherwise compile more patterns than the re module keeps."""
    return re.compile(rf"\b{re.escape(words)}\b")


def _number(text: str) -> float | int:
    v = float(text.replace(",", "."))
    return int(v) if v.is_integer() else v


# a protocol approved ("godkändes", "justerades", "lades till handlingarna"), keyword keys
# (not the minutes' state: "Protokollet från ... är justerat och anmäls. Arbetsutskottet godkänner protokollet.")
_APPROVED = (r"\b(godkand(es|s)?|godkanns|godkannes|godkant|godkande|godkanner|justera(des|s)|(?<!\bar )justerat"
             # (a body adjusting them: "Nämnden justerade protokoll 2062:1 från ...")
             r"|(?<=en |et |na )justerade"
             r"|faststall(des|s|t|de|er)"
             r"|(lades|lags|laggs|lagger (?:\w+ ){0,7}?\w+|lade (?:\w+ ){0,7}?\w+)"
             # (or with the approval said between: "läggs med godkännande till handlingarna")
             r"(?: (?:darefter|sedan|darmed|darpa|ocksa|aven|slutligen))?(?: med godkannande)? till handlingarna"
             # (the minutes reported and noted: "Anmäles och antecknas protokoll från gruppens sammanträde ...")
             r"|anmales och antecknas|anmals och antecknas|anmaldes och antecknades)\b")

# a note taken to the minutes ("antecknas till protokollet", "tas till dagens protokoll"), keyword key
_TO_THE_MINUTES = re.compile(r"\b(?:antecknas|antecknades|antecknar|antecknade|noteras|noterades|tas|togs|tar|tog"
                             r"|notera|anteckna|ta)"
                             r"(?:\s+\w+){0,2}?\s+till\s+(?:dagens\s+)?protokoll(?:et)?\b"
                             # (or something attached to these minutes: "att statistiken bifogas detta protokoll")
                             r"|\b(?:bifogas|bifogades|biläggs|bilaggs|bifoga)\s+(?:till\s+)?(?:detta|dagens|protokollet"
                             r"|det\s+har)\s*(?:protokoll(?:et)?)?\b")

# a decision to approve the minutes, in the infinitive after "att" ("Mötet beslöt att godkänna protokollet", "...
# att lägga protokollet till handlingarna"), keyword keys
# (the minutes the verb's object: not "att utse X att justera protokollet och att fastställa dagordningen")
# (or to take note of them: "beslutade att notera föregående protokoll")
_TO_APPROVE = (r"\b(?:att|beslutar|beslutade)\s+(?:godkanna|faststalla|lagga|notera)\s+(?:\w+\s+){0,2}?"
               r"(?:\w*protokoll(?!s)\w*"
               r"|(?:minnes|motes)?anteckningar\w*)\b")

# the decision as the subject of a copula ("Beslutet blev att ...", "Mötets beslut blev att ...", "Beslutet var att
# ...", "Gruppens beslut: att ..."), keyword key
_DECISION_WAS = re.compile(r"^\s*(?:\w+s\s+)?beslut(?:et)?\s+(?:blev|blir|var|ar)\s+(?:att|enligt|i enlighet med)\b")

# consent to the proposal before, the whole sentence ("Enligt förslag.", "Enligt förslaget.", "I enlighet med
# förslaget.", "Enligt beredningens förslag.", "Som förslaget.", "Bifall till förslaget."), keyword key
_AS_PROPOSED = re.compile(r"\s*(?:(?:enligt|i enlighet med|som)\s+(?:\w+s\s+)?(?:forslag(?:et)?|beslutsforslag(?:et)?"
                          r"|forslaget till beslut)|bifall(?:\s+till\s+(?:\w+s\s+)?forslag(?:et)?)?)\s*[.!]?\s*")

# a decision's field that says none was taken ("Beslut: Inget beslut", "Beslut: –", "Beslut: Inga beslut fattades",
# "Beslut: Ej aktuellt"), folded; not a decision to take no action ("Beslut: Ingen åtgärd.", as "Ärendet lämnas utan
# åtgärd")
_NO_DECISION = re.compile(r"\s*(?:[-–—]*|inget(?:\s+beslut)?(?:\s+(?:fattades|fattas|togs|tas))?|inga(?:\s+beslut)?"
                          r"(?:\s+(?:fattades|fattas|togs|tas))?|ej aktuellt|saknas)\s*[.]?\s*")

# the record of a meeting that a meeting approves ("Protokollet", "Anteckningarna", "Minnesanteckningarna")
# (the noun last in a compound too: "mötesprotokoll", "sammanträdesprotokollet"; not "protokollsanteckning", nor
# "protokolljusterare", "protokollförare": people)
_MINUTES = r"\b\w*protokoll(?!s|juster|for)|\b(minnes|motes)?anteckningar|\b(?:minnes|motes)anteckning(?:en)?\b"

# the verbs of deciding, generated from their lemmas (keyword keys, no diacritics): a weak verb's present, past and
# passives from its stem and conjugation ("aterremittera" -> aterremitterar, aterremitterade, aterremitteras,
# aterremitterades), a strong verb's principal parts as Swedish grammars give them (present, past, present passive,
# past passive); the finite forms with a body as their subject and the passives with the matter as theirs
# ("Gruppen bordlade ärendet", "Ärendet bordläggs", "Förslaget bifölls")
def _conjugated(stem: str, group: str) -> tuple[str, ...]:
    """Present, past, present passive and past passive of a weak verb (group "1": -ar/-ade; "2a": -er/-de;
    "2b": -er/-te)."""
    if group == "1":
        return stem + "ar", stem + "ade", stem + "as", stem + "ades"
    past = "de" if group == "2a" else "te"
    return stem + "er", stem + past, stem + "s", stem + past + "s"


_DECIDING_LEMMAS: dict[str, tuple[str, ...]] = {
    "godkanna": ("godkanner", "godkande", "godkanns", "godkandes"),
    "faststalla": _conjugated("faststall", "2a"),
    "anta": ("antar", "antog", "antas", "antogs"),
    "uppdra": ("uppdrar", "uppdrog", "uppdras", "uppdrogs"),
    "tillstyrka": _conjugated("tillstyrk", "2b"),
    "bifalla": ("bifaller", "bifoll", "bifalls", "bifolls"),
    "avsla": ("avslar", "avslog", "avslas", "avslogs"),
    "godta": ("godtar", "godtog", "godtas", "godtogs"),
    "utse": ("utser", "utsag", "utses", "utsags"),
}
# (the older present passive in -es a protocol of formal style keeps: "Dagordningen godkännes.", "fastställes")
for _lemma, _old in (("godkanna", "godkannes"), ("faststalla", "faststalles"), ("tillstyrka", "tillstyrkes"),
                     ("bifalla", "bifalles"), ("anta", "antages")):
    _DECIDING_LEMMAS[_lemma] += (_old,)
# the verbs of putting a matter off or closing it: a decision as the whole sentence, the matter its subject
# ("Ärendet bordläggs.", "Frågan återremitterades."), or with a body as subject ("Gruppen bordlade ärendet."); not in
# a sentence telling more ("Frågan om uppföljning bordlades i väntan på underlag från X": the state of a question)
_POSTPONING_LEMMAS: dict[str, tuple[str, ...]] = {
    "aterremittera": _conjugated("aterremitter", "1"),
    "bordlagga": ("bordlagger", "bordlade", "bordlaggs", "bordlades"),
    "avskriva": ("avskriver", "avskrev", "avskrivs", "avskrevs"),
    "avsluta": _conjugated("avslut", "1"),
}
# (put off to the next meeting: "Gruppen bordlägger frågan till nästa möte.")
_TO_NEXT_MEETING = r"(?:\s+(?:till|pa|vid)\s+(?:nasta|kommande)\s+(?:mote|sammantrade|traff))?"
_POSTPONED_WHOLE = re.compile(r"^\s*(?:arendet|fragan|punkten|forslaget|uppdraget)\s+(?:"
                              + "|".join(f for forms in _POSTPONING_LEMMAS.values() for f in forms if f.endswith("s"))
                              + r")" + _TO_NEXT_MEETING + r"\s*$")
# a matter left as it is, the whole sentence ("Ärendet lämnas utan åtgärd.", "Skrivelsen föranleder ingen åtgärd.")
_NO_ACTION = re.compile(r"^\s*(?:arendet|fragan|skrivelsen|motionen|medborgarforslaget|remissen|framstallan)\s+"
                        r"(?:(?:lamnas|lamnades)\s+utan\s+(?:vidare\s+)?atgard"
                        r"|(?:foranleder|foranledde)\s+(?:ingen|inga)\s+(?:vidare\s+)?atgard(?:er)?)\s*$")
_BODY_POSTPONES = re.compile(r"^\s*[a-z]*(?:ledningen|presidiet|konferensen|motet|gruppen|beredningen|natverket"
                             r"|radet|styrelsen|utskottet|namnden)\s+(?:"
                             + "|".join(f for lemma, forms in _POSTPONING_LEMMAS.items() for f in forms[:2]
                                        if lemma != "avsluta")
                             + r")\s+(?:arendet|fragan|punkten|forslaget)" + _TO_NEXT_MEETING + r"\s*$")
# the forms a decision's sentence may stand on alone; the actives of "utse" ("utser", "utsåg") need their object
# and role (the appointment rule), so only its passives are here
_DECIDING_FORMS = sorted({f for lemma, forms in _DECIDING_LEMMAS.items() for f in forms
                          if lemma != "utse" or f.endswith("s")}, key=len, reverse=True)

# a decision by its verb form, passive or finite (keyword keys): godkänns/godkändes, läggs/lades till
# handlingarna, fastställs, antas/antogs, uppdras/uppdrar, tillstyrks/tillstyrker, bifalls, avslås, utses,
# återremitteras, bordläggs, avskrivs ("beviljas" also describes money granted elsewhere: only with "beslutar att"
# or a body deciding) (not the supine "har godkänts": a report of an earlier decision)
# (or the past of a modal and the passive infinitive: "Med de ändringar som tillkommit kunde förhandlingsordningen
# fastställas.")
_DECISION_VERB = re.compile(r"\b(?:" + "|".join(_DECIDING_FORMS)
                            + r"|(?:lades|lags|laggs|lagges)(?: med godkannande)? till handlingarna"
                            + r"|kunde\s+(?:\w+\s+){0,3}?(?:faststallas|godkannas|antas))\b")

# the title of the item electing the adjusters ("Justerare", "Justering", "Val av justerare", "Val av
# protokollsjusterare samt justeringsdatum"), keyword key
_ADJUSTING_TITLE = re.compile(r"(?:val av\s+)?(?:protokolls?)?(?:justerare|justering|justeringsperson(?:er)?"
                              r"|justerande)(?:\s+(?:samt|och)\s+justeringsdatum)?")
# a sentence of names alone ("Eva Berg och Jabil Ek")
_ONLY_NAMES = re.compile(r"[A-ZÅÄÖÉ][\w-]+(?:\s+[A-ZÅÄÖÉ][\w-]+){1,3}(?:(?:,\s*|\s+och\s+)[A-ZÅÄÖÉ][\w-]+"
                         r"(?:\s+[A-ZÅÄÖÉ][\w-]+){1,3})*")

# a decision's clause whose "beslutar att" stands in a margin the text lost: a bare infinitive of deciding opening a
# line and a sentence, in lower case ("lägga delgivningarna till handlingarna.", "notera informationen.", "fördela
# medlen enligt förslaget, samt")
# (something laid to the records, its name in up to three words: "lägga den ekonomiska rapporten till handlingarna")
_LAY_TO_RECORDS = r"lagga (?:\w+ ){1,3}till handlingarna"
_BARE_CLAUSE = re.compile(rf"(?:{_LAY_TO_RECORDS}|notera|anteckna|fordela|uppdra at|godkanna"
                          r"|faststalla|anta|valja|tillstyrka|avsla|bevilja|avsatta|overlamna|utse|bordlagga|aterremittera|tilldela"
                          r"|ge \w+(?: \w+)? i uppdrag)\b")

# a clause "att ..." of a decision written alone, the formal clause of a kommun's or a church conference's minutes
# (its "beslutar" left out): the clause's own forms after "att" beside `_BARE_CLAUSE` (keyword keys): a seat before
# the verb ("att till ordförande utse X"), minutes put away after their name ("att lägga protokollet från ... till
# handlingarna"), standing behind ("att ställa sig bakom finansieringen"), a subject with its verb in the present
# ("att nästa presidiekonferens hålls den ...", "att X ersätter Y som ledamot i ...")
# (the meeting held duly called, "att anse presidiekonferensen behörigen utlyst"; a proposal to another body decided,
# "att föreslå Länsgemensam ledning att fastställa fördelningen")
_ATT_CLAUSE = re.compile(r"(?:till (?:\w+ ){1,2}(?:utse|valja)\b|lagga (?:\S+ ){1,14}?till handlingarna\b"
                         r"|stalla (?:sig|oss) bakom\b|bifalla\b|(?:\S+ ){1,4}(?:halls|ersatter|utses|valjs|valjes)\b"
                         r"|anse (?:\S+ ){1,4}?(?:behorigen|behorigt|behorig|lagligen|i laga ordning) "
                         r"(?:utlyst|utlysta|sammankallad|sammankallat|kallad|kallat)\b"
                         r"|foresla (?:[\w-]+ ){1,4}?att\b)")

# a body deciding, the verb right after it ("Länsgemensam ledning godkänner ...", "Ledningen fastställde ...",
# "Konferensen ställde sig bakom ...", "Arbetsgruppen beslutar ..."): the body as a definite noun of any compound
# (the members as "vi" in a note: "Vi enades om ...", "Vi ställer oss bakom ..."; a body by its name: `_named_body`)
_BODY_SUBJECT = (r"lansgemensam(ma)? ledning|vi|(?:samordnande\s+)?(?:[a-z]+-)?[a-z]*(?:ledningen|presidiet|konferensen"
                 r"|motet"
                 r"|gruppen|beredningen|natverket|radet|styrelsen|utskottet|namnden)")
_BODY_VERBS = (r"(beslutar|beslutade|beslot|godkanner|godkande|faststaller|faststallde|antar|antog|"
                 r"tillstyrker|tillstyrkte|beviljar|beviljade|avsatter|avsatte|staller (?:sig|oss) bakom"
                 r"|stallde (?:sig|oss) bakom|"
                 r"uppdrar at|gav i uppdrag|bestammer|bestamde|"
                 r"fordelar|fordelade|tilldelar|tilldelade|utser|utsag|valjer|valde"
                 r"|enades om|enas om|kom overens om|kommer overens om|ar overens om|var enigt om|var enig om"
                 # (or of one mind: "Länsgemensam ledning är ense om att fördela medlen enligt förslaget.")
                 r"|ar ense om|var ense om|ar eniga om|var eniga om|ar enig om|ar enigt om"
                 # a task given, its receiver between ("Gruppen gav Per Ek i uppdrag att ...")
                 r"|(?:gav|ger) (?:[\w-]+ ){1,4}?i uppdrag att"
                 r"|rekommenderar|rekommenderade|fattar beslut|fattade beslut"
                 # taking note in the active ("Gruppen noterar informationen", "... lägger rapporten till handlingarna")
                 # (not "Gruppen noterade att ...": an observation)
                 # (what is laid named at length: "lägger protokollet från sammanträdet den 10 december 2076 till
                 # handlingarna")
                 r"|(?:noterar|noterade|antecknar|antecknade)(?!\s+att\b)|lagger (?:\w+ ){1,8}?till handlingarna"
                 # ("Mötet tog del av rapporten"; "Gruppen tackade för informationen och noterade den": the thanks
                 # alone take no note)
                 # (or thanking the one who gave it: "Nätverket tackade Sara Holm och noterade informationen")
                 r"|tar del av|tog del av|har tagit del av"
                 # ("Presidiet tar informationen till protokollet"; "Gruppen instämmer i förslaget")
                 r"|(?:tar|tog) \w+ till (?:dagens )?protokollet|instammer i|instammde i"
                 r"|(?:tackar|tackade) (?:for )?(?:\w+ ){1,3}?och (?:noterar|noterade"
                 r"|antecknar|antecknade|lagger \w+ till handlingarna|lade \w+ till handlingarna)"
                 r"|lade \w+ till handlingarna)\b")
_BODY_DECIDES = r"^\s*(" + _BODY_SUBJECT + r")\s+" + _BODY_VERBS
# the verb second, a body after it, an adverbial fronted ("Efter diskussion beslutar gruppen att ...", "Därefter
# godkände styrelsen ..."): the main clause's order of a prose paragraph (a mail, a note), read subject first; the
# fronted part a few words, no clause of its own (not "om"/"att"/"som"/"när" before it: a condition or a report)
_FRONTED = re.compile(r"^\s*(?P<front>(?:(?!(?:att|om|som|nar|innan|sedan|if|da)\b)[\w-]+,?\s+){0,5}?)"
                      r"(?P<verb>beslutar|beslutade|beslot|godkanner|godkande|faststaller|faststallde|antar|antog"
                      r"|tillstyrker|tillstyrkte|beviljar|beviljade|enades|enas)\s+(?P<subj>" + _BODY_SUBJECT + r")\b")


# a passive of deciding opening the sentence, its subject a definite noun after it, as formal minutes write
# ("Lades protokollet från ... till handlingarna.", "Godkändes dagordningen.")
_PASSIVE_FIRST = re.compile(r"^\s*(?P<verb>" + "|".join(f for f in _DECIDING_FORMS if f.endswith("s"))
                            + r"|lades|lags|laggs)\s+(?P<subj>(?:foregaende\s+|forra\s+)?[a-z]+(?:en|et|na))\b")


def _subject_first(key: str) -> str:
    """A key of the verb-second order with a fronted adverbial, or of the verb first, said subject first
    ("efter diskussion beslutar gruppen att ..." -> "gruppen beslutar att ...", "beslot konferensen att ..." ->
    "konferensen beslot att ...", "lades protokollet ... till handlingarna" -> "protokollet lades ... till
    handlingarna"); any other key as it is."""
    # (one proposing and the body deciding in a clause after "och": "camilla foreslog och gruppen enades om att ...")
    if (co := re.match(r"(?:[\w-]+\s+){1,3}?(?:foreslog|foreslar|foreslagit)\s+och\s+(?=(?:" + _BODY_SUBJECT + r")\s+"
                       + _BODY_VERBS + r")", key)):
        return key[co.end():]
    if (p := _PASSIVE_FIRST.match(key)) is not None:
        rest = key[p.end():]
        if p.group("verb") in ("lades", "lags", "laggs") and (tail := re.search(r"\s+till handlingarna\b", rest)):
            return f"{p.group('subj')}{rest[:tail.start()]} {p.group('verb')}{rest[tail.start():]}"
        if p.group("verb") not in ("lades", "lags", "laggs"):
            return f"{p.group('subj')} {p.group('verb')}{rest}"
    if (m := _FRONTED.match(key)) is None:
        return key
    return f"{m.group('subj')} {m.group('verb')}{key[m.end():]}"

# the adverbs a secretary puts between the verb of deciding and its clause ("beslutar enhälligt att", "beslutade
# därför att", "beslutar också att")
_CLAUSE_ADVERBS = (r"(?:enhalligt|enigt|darfor|darmed|ocksa|aven|vidare|slutligen|dessutom|saledes|salunda|harmed"
                   r"|idag|i dag|vid motet|pa motet|preliminart|formellt)")

# a task given in the present tense ("Gruppen ger X i uppdrag att", "X får i uppdrag att"); the past ("gav vid sitt
# sammanträde ... i uppdrag") may tell of another meeting's decision
# (or the task in the definite: "X får uppdraget att sammanställa ...")
_TASK_GIVEN = re.compile(r"\b(?:ger|ges|far)\b(?:\s+[\w-]+){0,4}?\s+i uppdrag att\b|\b(?:far|fick)\s+uppdraget\s+att\b")

# a decision told of, not taken here: the perfect ("har beslutat att", "hade antagit") or a verb of deciding with
# another time after it ("Regionstyrelsen beslutade i mars att", "... beslöt vid sitt sammanträde den 3 maj")
_DECIDED_ELSEWHEN = re.compile(
    r"\b(?:har|hade)\s+(?:\w+\s+)?(?:beslutat|beslutats|faststallt|antagit|tillstyrkt|beviljat)\b"
    r"|\b(?:beslutade|beslot|beslots|beslutades|antog|antogs|faststallde|faststalldes|beviljade|beviljades)"
    r"\s+(?:(?!att\b)\w+\s+){0,2}?(?:i|under|den|vid|redan|tidigare|i samband med)\s+(?:januari|februari|mars|april|maj"
    r"|juni|juli|augusti|september|oktober|november|december|varen|hosten|fjol|sitt|sina|forra|foregaende"
    r"|tidigare|ordinarie|ett|\d)"
    # (the date before the verb: "Länsgemensam ledning den 8 februari fastställde budgeten", told of in a report)
    r"|\b(?:den|i|under)\s+(?:\d{1,2}\s+)?(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober"
    r"|november|december)\s+(?:\d{4}\s+)?(?:beslutade|beslot|faststallde|antog|beviljade)\b")

# money named by a word: funding, "medel"/"medlen" alone or in a compound ("stimulansmedlen", "projektmedel";
# not "läkemedel", "hjälpmedel", "livsmedel"), statsbidrag, budget (not its follow-up, forecast or report:
# "att godkänna budgetuppföljningen" decides no money) (keyword keys)
_MONEY_WORDS = (r"finansier|(?<!lake)(?<!hjalp)(?<!livs)(?:medel|medlen)\b|statsbidrag"
                r"|budget(?!uppfoljning|prognos|rapport|redovisning|dialog|process|arbete)"
                # a sum in words ("en halv miljon kronor", "två miljoner", "femtio tusen kronor")
                r"|\b(?:en|ett|halv|tva|tre|fyra|fem|sex|sju|atta|nio|tio|tjugo|trettio|fyrtio|femtio|hundra)\s+"
                r"(?:och en\s+)?(?:halv\s+)?(?:miljon|miljoner|miljard|miljarder|tusen\s+(?:kronor|kr)\b)")

# carrying out what the item's text above costs: the proposal, its distribution, a grant ("fastställer fördelningen
# enligt förslaget", "beslutar att anta fördelningen", "beviljar medlen") (keyword keys)
# (the distribution of costs or money in one word: "att fastställa kostnadsfördelningen")
_CARRIES_OUT_COSTED = (r"\benligt\s+(?:forslaget|planen|underlaget|kalkylen|budgeten)\b|\bfordela"
                       r"|(?:\b|kostnads|medels)fordelning|\bavsatt|\bavsatte|\bbevilj|\btilldel"
                       # (signing the agreement that grants it: "Styrelsen beslöt att teckna avtalet.")
                       r"|\b(?:teckna|underteckna)\s+(?:avtalet|overenskommelsen)\b"
                       # (accepting the grant the paragraph names: "Vi beslöt att tacka ja till bidraget.")
                       r"|\btacka\s+ja\s+till\s+(?:bidraget|medlen|erbjudandet|stodet)\b"
                       # (the proposal the item's text costs approved: "Förslaget godkändes.")
                       r"|^\s*(?:beslut\s+)?forslaget\s+(?:godkandes|godkanns|antogs|antas|bifolls|bifalls|faststalldes"
                       r"|faststalls)\b")

# a proposal's label over the decision a "Beslut: Enligt förslag." takes ("Förslag:", "Förslag till beslut:")
_PROPOSAL_LABEL = r"(?:förslag|forslag|förslag till beslut|beslutsförslag)(?:\s*\([^()]{1,60}\))?\s*:"

# a task of reporting on the money back, no decision on it ("Att utvecklingsledarna återrapporterar fördelningen")
_REPORTS_BACK = r"\b(?:aterrapport\w*|rapportera\w*|redovisa\w*|folja upp|foljer upp|sammanstall\w*)\b"

# the body granting the proposal the sentence before states, in few words ("Gruppen BIFÖLL förslaget.", "Nämnden
# godkände detta.") (keyword keys)
_GRANTS_IT = re.compile(r"(?:\w+\s+)?(?:bifoll|bifaller|godkande|godkanner|antog|antar|tillstyrkte|tillstyrker)"
                        r"\s+(?:forslaget|detta|det)\s*\.?\s*")

# the bare word of granting or noting, a sentence of its own ("Godkänns.", "Beviljas.", "Antecknas.") (keyword keys)
_BARE_GRANT = re.compile(r"(?:godkanns|godkandes|beviljas|beviljades|bifalls|bifolls|antecknas|antecknades)\s*\.?\s*")

# the heading of an item's background under its decision ("Bakgrund", "Ärendebeskrivning"; folded)
_BACKGROUND_HEADING = re.compile(r"bakgrund|arendebeskrivning|beskrivning av arendet|sammanfattning(?: av arendet)?")

# a decision giving a task: "ge X i uppdrag att", "uppdrar åt X att", "X uppdras att" (keyword keys)
_TASK = r"\bi uppdrag\b|\buppdra(?:r|s|g|gs|ges|get)?\b|\buppdrog(?:s)?\b"

# the protocol's formula taking note of information: "Informationen noteras", "Rapporten antecknas",
# "Redovisningen läggs till handlingarna" (keyword keys)
_NOTED = (r"\b(?:informationen|rapporten|redovisningen|lagesbilden|lagesrapporten|presentationen"
          r"|uppfoljningen|dragningen)\s+(?:noteras|noterades|antecknas|antecknades"
          r"|(?:tas|togs|laggs|lades) till (?:dagens )?protokoll(?:et)?)\b"
          # (a fact noted for the minutes: "Det antecknades att mötet utlysts i laga ordning.")
          # (not "Det noterades att fler kommuner vill delta.": an observation)
          r"|^\s*det\s+(?:antecknades|antecknas)\s+att\b"
          # (the meeting declared lawfully called: "Mötet förklaras behörigt utlyst.", "Mötet ansågs behörigen utlyst.")
          r"|^\s*(?:motet|sammantradet)\s+(?:forklaras|forklarades|forklarade|ansags|anses|konstaterades)\s+"
          r"(?:\w+\s+)?(?:behorigt|behorigen)\b")

# a bare infinitive in lower case opening a line, a decision's clause under its heading ("fastställa ärendelistan.",
# "utse X att ...", "föreslå Y att ...")
_BARE_INFINITIVE = re.compile(r"[a-zåäö]{2,}[aeå]\s")

# an event's day or a course named right before a date, "den" between or not (folded): "demensdagen", "elevhälsodag",
# "utbildningen", "seminariet"; not a weekday ("torsdagen") nor a meeting's day ("sammanträdesdagen")
_EVENT_DAY_BEFORE = re.compile(r"\b(?:(?!\w*(?:sammantrades|motes)dag|(?:man|tis|ons|tors|fre|lor|son|hel|var)dag)"
                               r"\w{3,}(?:dag|dagen|dagar|dagarna)|\w*(?:seminari\w*|utbildning\w*|massan?|veckan?))"
                               r"(?:\s+den)?\s*$")

# the agenda amended, its own sentence ("Information om demensdagen tillförs dagordningen.", "Ett ärende om X läggs
# till på föredragningslistan", "Dagordningen kompletteras med ..."): the meeting's decision (keyword keys)
_AGENDA_CHANGED = re.compile(r"\b(?:tillfors|tillfordes|laggs till|lades till|lags till|lyfts in|lyftes in)"
                             r"\s+(?:pa\s+|i\s+)?(?:dagens\s+)?(?:dagordning|foredragningslist|arendelist)\w*"
                             r"|\b(?:dagordning|foredragningslist|arendelist)\w*\s+(?:kompletteras|kompletterades|andras"
                             r"|andrades|utokas|utokades)\s+med\b")

# the formula over any noun of what was given, the sentence's only words ("Sammanfattningen antecknades.",
# "Återrapporten noteras.", "Genomgången noterades.", "Anmälan noteras."): a definite noun and the verb, nothing else
# (not "Det noterades att ...", "Frånvaron noterades i närvarolistan")
# (with where it is taken: "Antecknas till protokollet.", "Rapporten noteras i protokollet.")
_NOTED_WHERE = r"(?:\s+(?:till|i)\s+(?:dagens\s+)?(?:protokoll(?:et)?|minnesanteckningarna|anteckningarna))?"
_NOTED_WHOLE = re.compile(r"^\s*(?:[a-z]{4,}(?:en|et|na)|anmalan|ansokan)\s+(?:noteras|noterades|antecknas|antecknades)"
                          + _NOTED_WHERE + r"\s*$")

# the formula taking note alone, a sentence of its own ("Noterades.", "Antecknas.", "Lades till handlingarna.")
_NOTED_ALONE = re.compile(r"^\s*(?:(?:noteras|noterades|antecknas|antecknades)" + _NOTED_WHERE
                          + r"|(?:lades|lags|laggs) till handlingarna)\s*$")

# the head of a decision log's item-number column, and of its decision column
_LOG_NUMBER_HEADS = {"nr", "§", "punkt", "paragraf", "arende", "p"}
_LOG_DECISION_HEADS = {"beslut", "beslutet", "beslut fattat", "beslutsformulering"}

# "Beslut: ...", "Beslut – ...", "Beslutet: ..."
# (and the labels of a decision with its action or of a position taken: "Beslut/åtgärd:", "Ställningstagande:")
# (the deciding body's in the genitive before it: "Arbetsutskottets beslut: ...", "Nämndens beslut – ...")
# (a body's name of two words: "Länsgemensam lednings beslut: ...")
_DECISION_LABEL = r"^\s*(?:(?:(?:[A-ZÅÄÖa-zåäöé][\wåäöé-]+\s+)?[\wåäöé-]+s\s+)?" \
                  r"beslut(?:et)?(?:\s*/\s*åtgärd(?:er)?|\s+och\s+åtgärd(?:er)?)?" \
                  r"|ställningstagande)" \
                  r"\s*(?::|\s[-–—])\s*"


# a decision said over a list of its points ("Mötet beslutar:", "Gruppen beslutade följande:", "Beslut:") (keyword key)
_DECIDES_OVER_LIST = re.compile(r"\b(?:beslutar|beslutade|beslot|beslots|beslutades|beslut|besluten|beslutet)"
                                r"(?:\s+(?:foljande|enligt foljande|att))?\s*:\s*$")

# a heading of the decision alone on its line (folded): "Beslut", "BESLUT", "Mötets beslut", "Beslutet"
# (a body's name of two words before it: "Länsgemensam lednings beslut", "Samordnande gruppens beslut")
_DECISION_HEADING = re.compile(r"(?:(?:[a-z]+\s+)?(?:motets|gruppens|presidiets|beredningens|natverkets"
                               r"|styrgruppens|ledningens"
                               # (any compound of a meeting's body in the definite genitive: "Presidiekonferensens",
                               # "Arbetsutskottets", "Socialnämndens", "Samverkansrådets")
                               r"|\w*(?:konferens|grupp|natverk|beredning|ledning|presidi|utskott|namnd|styrelse"
                               r"|rad|kommitte|forum|direktion|forbund|fullmaktige)(?:ens|ets|s))\s+)?"
                               r"(?:beslut|beslutet|besluten)")

# a body deciding, alone on its line over the clause it decides ("Barn- och utbildningsnämnden beslutar" / "att ...")
# (folded text)
_BODY_DECIDES_ALONE = re.compile(r"(?:[\w-]+\s+){1,4}(?:beslutar|beslutade|beslot)(?:\s+foljande)?")

# a point of such a list: "1. ...", "2) ...", "a) ...", "• ..."; a clause "att ..." is the decision's own
# (`_att_clauses`)
_LIST_POINT = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-h][.)]|[-–•*·▪])\s+(?!att\b)(?P<text>\S.*)$")
# a clause "att ..." as a point of its own, a bullet or number before it ("– att fördela ...,", "• att ...", "1. att
# ..."): each such clause a decision of its own (unmarked "att" lines joined by "samt" say one decision)
# (or the number after the word: "att 1) fördela medlen ...", "att 2) uppdra åt X ...", "att a. ...")
_ATT_POINT = re.compile(r"^\s*(?:(?:\d{1,2}[.)]|[a-h][.)]|[-–•*·▪])\s+(?P<text>att\b.*)"
                        r"|(?P<att>att)\s+(?:\d{1,2}|[a-h])[.)]\s+(?P<after>\S.*))$")


# the heads of minutes laid out as two columns, the matter and its notes left, the decision right ("Ärende/Notering
# ... Beslut"; folded)
_MATTER_HEAD = re.compile(r"(?:arende|arenden|notering|noteringar|anteckning|anteckningar|punkt|diskussion|behandling)"
                          r"(?:\s*(?:/|och|&)?\s*(?:notering|noteringar|anteckning|anteckningar|diskussion|behandling))?")
_DECISION_HEAD = re.compile(r"beslut(?:et)?(?:\s*(?:/|och|&)?\s*(?:atgard|atgarder|ansvarig))?|beslutat|atgard beslut")


# a head of minutes in two columns: its line index, the right column's offset, that column's text per line index
ColumnHead = tuple[int, int, dict[int, str]]


def two_column_heads(raws: list[str]) -> list[ColumnHead]:
    """Each head of minutes in a matter and a decision column ("Ärende/Notering      Beslut"): its line index, the
    decision column's offset and, per line index under it, that column's text (read once per document, for
    `item_text_column` and `decision_column`)."""
    found: list[ColumnHead] = []
    for i, raw in enumerate(raws):
        cells = [c for c in re.split(r"\s{2,}", raw.strip()) if c]
        if len(cells) != 2 or not _MATTER_HEAD.fullmatch(fold(cells[0]).strip(" :")) \
                or not _DECISION_HEAD.fullmatch(fold(cells[1]).strip(" :")):
            continue
        c = raw.rindex(cells[1])
        if c < 30:
            continue
        right = {j: r[c:].strip() for j in range(i + 1, len(raws)) if len(r := raws[j]) > c and r[c:].strip()
                 and r[c - 2:c] == "  " and not r[c - 1].strip() and r[c] != " "}
        found.append((i, c, right))
    return found


def margin_item_heads(raws: list[str]) -> list[ColumnHead]:
    """Minutes with no head over their two columns, each item's number and title in the left margin and its text
    right from one offset ("1 Konferensens öppnande   Emmy Holm hälsade ..." / "                          och inbjudna
    välkomna ..."): read as if a head stood over the first item (three items or more so laid out, the text's column
    at the same offset), for `item_text_column`."""
    at: dict[int, list[int]] = {}
    for i, raw in enumerate(raws):
        # (a sentence after it, one cell of five words or more: not a table of contents' page number, "§ 9  Mötets
        # öppnande        4", nor an agenda table's columns, "2   Budget      Per Ek      Planen antas.")
        if (m := re.match(r"((?:§\s*)?\d{1,3}[.)]?\s+[A-ZÅÄÖ]\S*(?: \S+)*?)\s{2,}(?=\S)", raw)) and m.end() >= 15 \
                and len(raw[m.end():].split()) >= 5 and not re.search(r"\S\s{2,}\S", raw[m.end():].rstrip()):
            at.setdefault(m.end(), []).append(i)
    c, rows = max(at.items(), key=lambda kv: len(kv[1]), default=(0, []))
    if len(rows) < 3:
        return []
    first = rows[0]
    right = {j: r[c:].strip() for j in range(first, len(raws)) if len(r := raws[j]) > c and r[c:].strip()
             and r[c - 2:c] == "  " and r[c] != " "}
    return [(first - 1, c, right)]


def _headings_alone_left(raws: list[str], i: int, c: int, right: dict[int, str]) -> bool:
    """The left column under the head at line index i holds the items' headings alone ("§7 Ekonomi"), the right one
    all their text: a table of the items and their minutes, not of the matter and its decision."""
    lefts = [raws[j][:c].strip() for j in range(i + 1, max(right, default=i) + 1) if raws[j][:c].strip()]
    return bool(lefts) and all(re.match(r"(?:§\s*)?\d{1,3}[.)]?\s+[A-ZÅÄÖ]", t) for t in lefts)


def item_text_column(raws: list[str], heads: list[ColumnHead]) -> tuple[dict[int, tuple[str, str]], set[int]]:
    """Minutes as a table of each item's heading left and its whole text right under a head naming a matter and a
    decision column ("Ärende      Beslut / åtgärd" / "§7 Ekonomi      Katrin Holm gick igenom ekonomin." / "
    Gruppen har 640 000 kronor ..."): per row's line index its heading (or "" under it) and its text, and the
    head's line index as the table's furniture, as `item_table_rows` gives an agenda table's; or ({}, set()).
    `heads`: the document's `two_column_heads`."""
    for i, c, right in heads:
        if len(right) >= 2 and _headings_alone_left(raws, i, c, right):
            return {j: (raws[j][:c].strip(), text) for j, text in right.items()}, {i}
    return {}, set()


def decision_column(raws: list[str], heads: list[ColumnHead]) -> tuple[int | None, dict[int, str]]:
    """Minutes laid out as two columns under a head naming them ("Ärende/Notering      Beslut"): the matter, its
    notes and the items' headings left, each decision right, beside the lines it concerns ("1.2 Föregående
    protokoll" / "  Protokollet ... föredrogs.      Att lägga protokollet till" / "      handlingarna."). The head's
    line index and, per line index, the decision column's text (two such lines or more), or (None, {}). `heads`: the
    document's `two_column_heads`."""
    for i, c, right in heads:
        # (not where the left column holds the items' headings alone: `item_text_column`)
        if len(right) >= 2 and not _headings_alone_left(raws, i, c, right):
            return i, right
    return None, {}

# an item's title that is its decision, the agenda or the minutes approved ("Agendan godkänns", "Dagordningen
# godkändes", "Föregående protokoll fastställdes"; keyword key)
_DECIDED_TITLE = re.compile(r"(?:agendan|dagordningen|foredragningslistan|arendelistan|(?:foregaende\s+)?protokollet"
                            r"|(?:foregaende\s+)?(?:motes)?anteckningarna)\s+(?:godkanns|godkandes|faststalls"
                            r"|faststalldes|godkands)")


# a seat's label and the names elected to it on one line, a bullet or a point's letter before it ("- ordförande: Rune
# Holm", "a)    Ordförande              Karin Holm", "- Ledamöter (två år): A, B, C")
_SEAT_AND_NAME = re.compile(r"^\s*(?:[-–•·▪]\s*|[a-h]\)\s*)?(?P<seat>[^\W\d_][\w ]{2,40}?)\s*(?:\([^()]*\))?"
                            r"\s*(?::\s*|\s{2,})(?P<names>[A-ZÅÄÖ].*)$")
# the words of a seat one is elected to (keyword key)
_SEAT_WORD = re.compile(r"ordforande|sekreterare|justerare|justeringsm|ledamot|ledamoter|ersattare|revisor|suppleant"
                        r"|representant|rostraknare|sammankallande|valberedning")

# a clause "att ..." opening its line, no mark before it (`_decision_points`)
_BARE_ATT = re.compile(r"^\s*(?P<text>att\s+\S.*)$")


def _point_text(pm: re.Match[str]) -> str:
    """A point's text; "att 1) fördela ..." as "att fördela ..."."""
    if "after" in pm.re.groupindex and pm.group("after") is not None:
        return f"{pm.group('att')} {pm.group('after')}"
    return pm.group("text")


class DecisionRules(RulesBase):
    def _decision_points(self, it: Item, own_end: int, item_no: int | None) -> set[int]:
        """A decision said over the list of its points ("Mötet beslutar:" / "1. Budgeten fastställs." / "2. X får i
        uppdrag att ..."): each point a decision of its own, of the kind its own words give (money only where the
        point names it). The lines taken (the saying and its points), for the item's sentences to pass over."""
        assert self.ex is not None
        taken: set[int] = set()
        m = self._text_start(it)
        while m <= own_end:
            t = self.L(m).text.rstrip()
            k = f"{fold(t)}:" if t.endswith(":") else ""      # (the colon, which the folded key leaves out)
            # (or a heading of the decision alone over its points: "Beslut", "Mötets beslut", "Beslutet")
            # (or a body deciding with nothing after its verb: "Mötet beslutar" / "1. ...")
            # (or over infinitive points after its "att": "Länsgemensam ledning beslutar att" / "1. Fastställa ...")
            if _DECISION_HEADING.fullmatch(fold(t)) \
                    or re.fullmatch(r"(?:\w+\s+){1,3}(?:beslutar|beslutade|beslot)(?:\s+foljande|\s+att)?", fold(t)):
                k = f"{fold(t)}:"
            first = self._next_nonblank(m, own_end)
            # (a page break between the heading and its points: the page's furniture and blank lines)
            while first is not None and self.L(first).layout:
                first = self._next_nonblank(first, own_end)
            if not _DECIDES_OVER_LIST.search(k) or first is None \
                    or first > m + 2 and any(not (self.L(q).blank or self.L(q).layout) for q in range(m + 1, first)):
                m += 1
                continue
            # the points: all of one kind, "att" clauses marked as points or other points
            point = _ATT_POINT if _ATT_POINT.match(self.L(first).text) else _LIST_POINT
            # (or "att" clauses unmarked, one a line, none joined to the next by "samt", "och" or a comma: "Mötet
            # beslutade" / "att föreslå X att ..." / "att Y får i uppdrag att ...", each a decision)
            second = self._next_nonblank(first, own_end)
            if not point.match(self.L(first).text) and _BARE_ATT.match(self.L(first).text) and second == first + 1 \
                    and _BARE_ATT.match(self.L(second).text) \
                    and not re.search(r"(?:,|;|\bsamt|\boch)\s*$", self.L(first).text) \
                    and not re.search(r"\s(?i:att)$", t):
                point = _BARE_ATT
            if not point.match(self.L(first).text):
                m += 1
                continue
            points: list[tuple[int, int, str]] = []
            p = first
            while p is not None and p <= own_end and (pm := point.match(self.L(p).text)):
                q, text = p, _point_text(pm)
                # (past a comma too where the line under it goes on in lower case: "... psykisk hälsa 2090," /
                # "varav 600 000 kronor från ...")
                while q + 1 <= own_end and not self.L(q + 1).blank and not point.match(self.L(q + 1).text) \
                        and not text.rstrip().endswith((".", "!", "?")) \
                        and (not text.rstrip().endswith((",", ";")) or re.match(r"\s*[a-zåäö]", self.L(q + 1).text)):
                    q += 1          # the point wrapped over the next line
                    text = f"{text} {self.L(q).text.strip()}"
                points.append((p, q, text))
                nxt = self._next_nonblank(q, own_end)
                p = nxt if nxt is not None and nxt <= q + 2 else None
            if point is _ATT_POINT or re.search(r"\s(?i:att)$", t):     # (not "beslutar att:", a colon ending it)
                # "Gruppen beslutar" / "– att ...", "Ledningen beslutar att" / "1. Fastställa ...": the first clause
                # completes its line
                points[0] = (m, *points[0][1:])
            # (the money the item's text above the heading states: a point's carrying out the proposal that costs it
            # or granting it, "1. Gruppen fastställer fördelningen enligt förslaget.")
            above = self._money_above(it, m) or self._money_below(it, m, points[-1][1], own_end)
            for a, b, text in points:
                text = re.sub(r"(?:,|;)?\s*(?:samt|och)?\s*$", "", text.rstrip()) if point in (_ATT_POINT, _BARE_ATT) \
                    else text
                sentence = f"Beslut: {text}"
                key = kw(sentence, self.lx)
                costed = above and not amount_spans(text) and bool(re.search(_CARRIES_OUT_COSTED, key)) \
                    and not re.search(_REPORTS_BACK, key)   # ("Att X återrapporterar fördelningen": a task)
                d = self._decision_of(sentence, key, (a, b), it, item_no, costed)
                if d is not None:
                    self.ex.decisions.append(d)
            taken.update(range(m, points[-1][1] + 1))
            m = points[-1][1] + 1
        return taken


    def _row_cells(self, it: Item) -> list[str]:
        """An item that is a row of an agenda table ("2   Handlingsplan   Bertil Ek   Planen antas."): the
        cells after its title that are sentences (the row's decision column); none for any other item."""
        ln = self.L(it.lines[0])
        if it.lines[0] != it.lines[1] or len(ln.cells) < 3:
            return []
        cells = [c for c in ln.cells[2:] if c.rstrip().endswith(".") and len(c.split()) >= 2]
        head = it.lines[0]
        while head > 1 and len(self.L(head - 1).cells) >= 3:
            head -= 1           # the table's first row: its head, if it names a decision column ("Beslut")
        if head < it.lines[0] and any(fold(c) in ("beslut", "beslutet", "beslut fattat")
                                      for c in re.split(r"\t| {2,}|\s\|\s", self.L(head).text.strip(" |"))):
            cells = [f"Beslut: {c}" for c in cells]
        return cells

    def _column_decisions(self, it: Item, own_end: int, item_no: int | None) -> None:
        """The decisions of minutes laid out as matter and decision columns (`decision_column`) beside the item's
        lines: each run of the column's lines one decision, a new one at each "Att ..." opening a line."""
        assert self.ex is not None
        def goes_on(m: int) -> bool:    # line m's text continues the decision on the line above
            return m - 1 in self.column_decisions and not re.match(r"Att\s", self.column_decisions[m]) \
                and not self.column_decisions[m - 1].rstrip().endswith(".")

        runs: list[list[int]] = []
        for n in range(it.lines[0], own_end + 1):
            if n not in self.column_decisions:
                continue
            if runs and runs[-1][-1] == n - 1 and goes_on(n):
                runs[-1].append(n)
            else:
                runs.append([n])
        for run in runs:
            # (the decision wrapped past the item's text: "Att X ersätter Isabell" / "      Lindalen som ledamot ...")
            while (m := run[-1] + 1) in self.column_decisions and self.L(m).blank and goes_on(m):
                run.append(m)
            text = " ".join(self.column_decisions[n] for n in run)
            text = re.sub(r"(\w)- (\w)", r"\1\2", text)
            sentence = f"Beslut: {text}"
            costed = money_set_aside(text) or self._money_above(it, run[-1] + 1)
            d = self._decision_of(sentence, kw(sentence, self.lx), (run[0], run[-1]), it, item_no, costed)
            if d is not None:
                d.text = repair_text(text, self.lx)
                self.ex.decisions.append(d)

    def _money_below(self, it: Item, n: int, last: int, own_end: int) -> bool:
        """Whether the item's text opens with its decision at line n (only its heading's lines and the decision's
        label, "Beslut", between the heading and n) and names money set aside below it (after line `last`, the
        decision's, to the item's end): a template putting the decision first and its description after."""
        return self._decision_first(it, n) and any(money_set_aside(self.L(q).text)
                                                   for q in range(last + 1, own_end + 1))

    def _decision_first(self, it: Item, n: int) -> bool:
        """The item's text opens with its decision at line n: only its heading's lines and the decision's label
        ("Beslut") stand between the item's heading and n."""
        return all(self.L(q).blank or self._label_line(q)
                   or _DECISION_HEADING.fullmatch(fold(self.L(q).text).strip(" :"))
                   or re.fullmatch(r"(?:dnr|diarienummer)\b.*", fold(self.L(q).text).strip())
                   for q in range(it.lines[0] + 1, n))

    def _proposal_costed(self, it: Item, key: str, n: int) -> bool:
        """The decision's clause carries out, in the same words, a proposal the item's text above line n costs
        ("... ett förslag om att inrätta ett permanent team för trygg hemgång ... Kostnaden för 2091 beräknas till
        1,2 mnkr ..." / "... besluta att inrätta ett permanent team för trygg hemgång ..."): five words of the
        clause after its "att" stand so above, and money is set aside there."""
        clause = re.search(r"\bbesl\w*\s+att\s+((?:[\wåäö-]+\s+){4}[\wåäö-]+)", key)
        if clause is None or not self._money_above(it, n):
            return False
        above = re.sub(r"\s+", " ", " ".join(self.L(q).key for q in range(it.lines[0] + 1, n)))
        return bool(re.search(r"\batt\s+" + re.escape(clause.group(1)) + r"\b", above))

    def _money_above(self, it: Item, n: int) -> bool:
        """Whether the item's text above line n (from the line after its title) names money set aside; in an item of
        numbered cases ("31/ Gamleby IF ansöker om medel ..."), the case's own text only."""
        start = max([it.lines[0] + 1] + [q for q in range(it.lines[0] + 1, n)
                                         if re.match(r"\d{1,3}/\s+[A-ZÅÄÖ]", self.L(q).text)])
        return any(money_set_aside(self.L(q).text) for q in range(start, n))

    def _points_first(self) -> None:
        """A template putting each item's decisions first, as numbered points right under its title, the account
        after them ("27 Brukarpriset" / "1. Brukarpriset 2055 delas inte ut." / "Gruppen brukar varje år ..."): where
        three items or more open so and two or more of those first points already read as decisions by their own
        words, the first points of the others are decisions too (the layout says so, whatever their words)."""
        assert self.ex is not None
        opening: list[tuple[Item, int]] = []
        for it in self.ex.items:
            head = it.title_line or it.lines[0]
            first = self._next_nonblank(head, it.lines[1])
            if first is not None and first == head + 1 and re.match(r"1\.\s+[A-ZÅÄÖ]", self.L(first).text.strip()) \
                    and self.L(first).text.rstrip().endswith("."):
                opening.append((it, first))
        decided = {n for d in self.ex.decisions for n in range(d.lines[0], d.lines[1] + 1)}
        if len(opening) < 3 or sum(first in decided for _it, first in opening) < 2:
            return
        for it, first in opening:
            if first in decided:
                continue
            text = re.sub(r"^1\.\s+", "", self.L(first).text.strip())
            kind = "funding" if amount_spans(text) else "other"
            self.ex.decisions.append(Decision(kind, (first, first), repair_text(text, self.lx),
                                              it.n if it.n is not None else it.parent))

    def _titles_deciding(self) -> None:
        """An item whose heading is its decision, no text under it ("§ 2 Helene Wendell utses att justera
        protokollet" / "§ 3 ..."): the heading's sentence, where it reads as one and the item records none (text
        under it where the heading's line is that sentence alone, "9. §  X ersätter Y som ledamot i rådet." /
        "Förändringen gäller från ...")."""
        assert self.ex is not None
        decided = {n for d in self.ex.decisions for n in range(d.lines[0], d.lines[1] + 1)}
        for it in self.ex.items:
            head = it.title_line or it.lines[0]
            # (a heading whose line is its sentence alone, "§ 33 Justeringspersoner Isabell och Karin A.", too)
            rest = self.L(head).text.strip().rstrip(".")
            whole = it.lines[0] in self.inline_heads and rest.endswith(it.title.rstrip("."))
            if it.lines[0] in self.inline_heads and not whole or any(it.lines[0] <= n <= it.lines[1] for n in decided) \
                    or self._next_nonblank(head, it.lines[1]) is not None and not whole or len(it.title.split()) < 4:
                continue
            key = kw(it.title, self.lx)
            if not re.search(r"\b(?:utses|utsags|valdes|omvaldes|valjs|valjes|ersatter|godkanns|godkandes|faststalls"
                             r"|faststalldes)\b"
                             r"|^(?:justeringspersoner|justeringsperson|justerare)\b", key):
                continue
            if (d := self._decision_of(it.title.rstrip(".") + ".", key, (head, head), it, it.n)) is not None:
                self.ex.decisions.append(d)

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

    def _decision_log(self) -> None:
        """A table of the decisions apart from the items ("Beslutslogg" / "| Nr | Beslut | Ansvarig |"): a head
        row with an item-number column first ("Nr", "§", "Punkt", "Ärende") and a decision column ("Beslut");
        each row under it, up to a blank line, a decision of the item its first cell numbers (money decided
        where that item states money)."""
        assert self.ex is not None
        items = {it.n: it for it in self.ex.items if it.n is not None}
        taken = {n for d in self.ex.decisions for n in range(d.lines[0], d.lines[1] + 1)}
        for head in self.lines:
            cells = [fold(c).strip(" |") for c in head.cells]
            if len(cells) < 2 or cells[0] not in _LOG_NUMBER_HEADS \
                    or not (col := next((k for k, c in enumerate(cells) if c in _LOG_DECISION_HEADS), 0)):
                continue
            m = head.n + 1
            while m <= len(self.lines) and not self.L(m).blank:
                row = self.L(m).cells
                num = re.fullmatch(r"(?:§\s*)?(\d{1,3})\.?", row[0].strip(" |")) if row else None
                # (a dash, or nothing, for the item's number: a decision of the meeting no item is named for)
                unnumbered = bool(row) and re.fullmatch(r"[-–—]?", row[0].strip(" |")) is not None
                cell = row[col].strip(" |") if (num or unnumbered) and len(row) > col else ""
                if (num or unnumbered) and m not in taken and len(cell.split()) >= 2 \
                        and (num or cell.rstrip().endswith(".")):      # (no number: a sentence only)
                    it = items.get(int(num.group(1))) if num else None
                    money = bool(it) and any(amount_spans(self.L(k).text) for k in range(it.lines[0], it.lines[1] + 1))
                    d = self._decision_of(f"Beslut: {cell}", kw(f"Beslut: {cell}", self.lx), (m, m),
                                          it, int(num.group(1)) if num else None, money) if it or unnumbered else None
                    if d is not None:
                        self.ex.decisions.append(d)
                m += 1

    def _elected_by_label(self, it: Item, own_end: int, item_no: int | None, first_new: int) -> None:
        """An item of electing ("Val av mötesfunktionärer") whose text is its seats' labels and the names elected
        ("- ordförande: Rune Holm" / "- sekreterare: Sofia Ek", "a)   Ordförande      Karin Holm"): one decision over
        those lines, where no decision of the item was read there."""
        assert self.ex is not None
        if not re.match(r"(?:val|utseende)\s+(?:av|till)\b", kw(it.title, self.lx)):
            return
        labelled = [m for m in range(self._text_start(it), own_end + 1)
                    if (row := _SEAT_AND_NAME.match(self.L(m).text)) is not None
                    and _SEAT_WORD.search(kw(row.group("seat"), self.lx))
                    and plausible_name(re.split(r",|\s+och\s+|\s{2,}|\s*\(", row.group("names"))[0].strip(" ."))]
        if not labelled:
            return
        span = (labelled[0], labelled[-1])
        if any(d.lines[0] <= span[1] and span[0] <= d.lines[1] for d in self.ex.decisions[first_new:]):
            return
        text = " ".join(self.L(m).text.strip() for m in range(span[0], span[1] + 1) if not self.L(m).blank)
        self.ex.decisions.append(Decision("other", span, repair_text(text, self.lx), item_no))

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
        for cell in self._row_cells(it):
            d = self._decision_of(cell, kw(cell, self.lx), it.lines, it, item_no, bool(amount_spans(cell)))
            if d is not None:
                self.ex.decisions.append(d)
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
                self.ex.decisions.append(d)
            del rep

    def _join_sentence(self, d: Decision, sentence: str, span: tuple[int, int]) -> None:
        """A sentence after a decision that is part of it (a task given after it, the body granting it): its text and
        lines joined to the decision's."""
        d.text = f"{d.text.rstrip()} {repair_text(sentence, self.lx)}"
        d.lines = (d.lines[0], max(d.lines[1], span[1]))

    def _as_proposed(self, key: str, ahead: str, first: int, it: Item, item_no: int | None,
                     span: tuple[int, int]) -> Decision | None:
        """A decision "according to the proposal" ("Beslut: Enligt förslag.", "Beslut: Bifall till förslaget.") under
        the proposal it takes ("Förslag: Förbundsstyrelsen fastställer fördelningen ..."): the proposal's decision,
        its kind and text, from the proposal's label to the decision."""
        if not re.fullmatch(r"beslut:?\s+(?:enligt|i enlighet med|bifall till)\s+(?:\w+\s+)?(?:forslag|forslaget"
                            r"|forslagen)\s*", key):
            return None
        prop = re.search(r"(?:^|\s)" + _PROPOSAL_LABEL + r"\s*(\S.*)$", ahead.strip(), re.I | re.S)
        label = next((m for m in range(first - 1, it.lines[0], -1)
                      if re.match(r"\s*" + _PROPOSAL_LABEL, self.L(m).text, re.I)), None)
        if prop is None or label is None:
            return None
        text = re.sub(r"\s+", " ", prop.group(1)).strip()
        sentence = f"Beslut: {text}"
        d = self._decision_of(sentence, kw(sentence, self.lx), (label, span[1]), it, item_no,
                              bool(amount_spans(text)) or self._money_above(it, label))
        if d is not None:
            d.text = repair_text(text, self.lx)
        return d

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

    def _split_paragraphs(self, paras: list[tuple[list[int], str, list[int]]]
                          ) -> list[tuple[list[int], str, list[int], str]]:
        """The paragraphs cut where a line opens a sentence of its own though the line before ends none: a line
        opening with the decision's label ("- Regionens del: 2,3 MSEK" / "Beslut: Medlen fördelas ..."), or a line
        of text after a list's points ("- Utbildning: 800 000 kr" / "Medlen fördelas enligt förslaget."); with each
        part, the paragraph's text before it (what the paragraph says ahead of the decision: its money)."""
        point = re.compile(r"^\s*(?:[-–•*·▪]|\d{1,2}[.)])\s+\S")
        out: list[tuple[list[int], str, list[int], str]] = []
        for lines, text, offsets in paras:
            cuts = [0] + [i for i in range(1, len(lines))
                          if re.match(_DECISION_LABEL, strip_markup(self.L(lines[i]).text), re.I)
                          or (point.match(self.L(lines[i - 1]).text) and not point.match(self.L(lines[i]).text)
                              # (not an item's heading with its text run on, wrapped: "2. VAL AV JUSTERARE: ... valdes
                              # Lena" / "Sjöstrand.")
                              and lines[i - 1] not in self.inline_heads
                              and self.L(lines[i]).text.strip()[:1].isupper()
                              and not self.L(lines[i - 1]).text.rstrip().endswith((".", ":", "!", "?")))
                          or self._bare_clause(lines[i])
                          # (under the decision's heading alone on its line, a bare infinitive in lower case:
                          # "Beslut" / "fastställa ärendelistan."; or a verb whose subject the heading names:
                          # "Arbetsutskottets beslut" / "överlämnar ärendet till nämnden ...")
                          or _DECISION_HEADING.fullmatch(fold(self.L(lines[i - 1]).text.strip()))
                          and (_BARE_INFINITIVE.match(self.L(lines[i]).text.strip())
                               or self.L(lines[i]).text.strip()[:1].islower())
                          or (self._field_line(lines[i - 1]) or self._field_line(lines[i]))
                          and self.L(lines[i]).text.strip().lstrip("-–•*·▪ ")[:1].isupper()
                          and not self.L(lines[i - 1]).text.rstrip().endswith((".", "!", "?"))
                          and not self._field_runs_on(lines[i - 1])] \
                + [len(lines)]
            # (a lettered point opens what the paragraph says ahead of its decision: "a." / "... 5 400 000 kronor ..."
            # / "Beslut: ..." / "b. X redovisade uppföljningen." / "Beslut: ...": b's decision decides none of a's
            # money)
            lettered = [i for i in range(len(lines)) if re.match(r"\s*[a-h][.)](?:\s|$)", self.L(lines[i]).text)
                        and (i == 0 or self.L(lines[i - 1]).text.rstrip().endswith((".", ":", "!", "?")))]
            for a, b in itertools.pairwise(cuts):
                if a == b:
                    continue
                start, stop = offsets[a], (offsets[b] - 1 if b < len(lines) else len(text))
                base = offsets[max((i for i in lettered if i <= a), default=0)]
                out.append((lines[a:b], text[start:stop], [o - start for o in offsets[a:b]], text[base:start]))
        return out

    def _bare_clause(self, n: int) -> bool:
        """Line n opens a decision's clause whose "beslutar att" a margin lost: a bare infinitive of deciding in
        lower case, after a sentence's end ("... skrivelser." / "lägga delgivningarna till handlingarna.")."""
        text = self.L(n).text.strip()
        prev = self._prev_nonblank(n)
        # (the clause's "att" kept after a sentence's end: "... 700 tkr." / "att fördela medlen enligt förslaget.";
        # after a colon it is the clause of the decision said above, "Gruppen beslutar:" / "att avsätta ...")
        att = self.L(n).key.startswith("att ")
        # (or the item's text opening with it, right under the numbered heading: "§ 2  Fastställande av dagordning" /
        # "att fastställa dagordningen")
        # (a clause of its own forms, "att till ordförande utse X.", after a sentence's end or a list of those
        # present it fixes: "Sanna Julin, Sveriges Kommuner och Regioner" / "att fastställa närvarolistan.")
        clause = re.sub(r"^att\s+", "", self.L(n).key)
        # (or a sub-item's heading: "2.1 Ordförande och vice ordförande" / "att till ordförande utse X.")
        listed = att and prev is not None and self.ex is not None \
            and (any(e.line == prev for lst in self.ex.attendance for e in lst.entries)
                 or any(prev in (it.lines[0], it.title_line) for it in self.ex.items))
        # (a conference's clause capitalised on a line of its own: "Att bevilja tjänstepersonerna yttranderätt.")
        # (or, in lower case, right under the item's heading, the minutes' every decision so: "2 Val av
        # sekreterare" / "välja Marie Ragnarson att föra protokoll under mötet")
        under_heading = not att and prev is not None and self.ex is not None and text[:1].islower() \
            and any(prev in (it.lines[0], it.title_line) for it in self.ex.items)
        return (text[:1].islower() or text.startswith("Att ")) \
            and bool(_BARE_CLAUSE.match(clause) or att and _ATT_CLAUSE.match(clause)) \
            and (prev is None or self.L(prev).text.rstrip().endswith((".",) if att else (".", ":"))
                 or att and item_number(self.L(prev).text) is not None or listed or under_heading)

    def _field_runs_on(self, n: int) -> bool:
        """A field's value on line n a sentence wrapped mid-way, a word in lower case ending the line ("Beslut:
        Länsgemensam ledning beslutar att Simon Edborg, Hultsfreds kommun, ersätter" / "Rebecka Nilsson som ...")."""
        label = re.match(r"^[^:]{1,40}:\s+(?P<value>\S.*)$", strip_markup(self.L(n).text).strip())
        # (or any decision's label, the sentence wrapped after a word in lower case: "Ledningens beslut: Till
        # protokolljusterare valdes Patrik Holm och" / "Johanna Fors.")
        return bool(label and re.search(r"[a-zåäö]$", label.group("value"))
                    and (len(label.group("value").split()) >= 6
                         and re.search(r"\b(?:beslutar|beslutade|beslöt|att)\b", label.group("value"))
                         or len(label.group("value").split()) >= 4
                         and re.match(_DECISION_LABEL, strip_markup(self.L(n).text), re.I)))

    def _field_line(self, n: int) -> bool:
        """A line of a field and its value ("Diarienummer: RS 2030/12", "Beslutsförslag: ...", "Totalt: 1 200 000
        kronor") or the decision's heading alone ("Beslut"): a unit of its own, never the start of the sentence on
        the next line."""
        t = strip_markup(self.L(n).text).strip()
        return bool(re.match(r"^[A-ZÅÄÖ][\wåäöé]*(?:\s+[\wåäöé]+){0,3}\s*:\s+\S", t)
                    or not t.endswith(":") and _DECISION_HEADING.fullmatch(fold(t).strip()))  # ("Beslut:" labels)

    def _att_clauses(self, d: Decision, end: int) -> None:
        """'Ledningen beslutar' over its clauses on lines of their own ("att anta planen, samt" / "att uppdra åt
        ..."), blank lines between: the decision runs to its last clause and says them."""
        m = d.lines[1]
        while (nxt := self._next_nonblank(m, end)) is not None and \
                re.match(r"^[-–•*]?\s*att\b", self.L(nxt).text):
            m = nxt
            while m + 1 <= end and not self.L(m + 1).blank and not re.match(r"^[-–•*]?\s*att\b", self.L(m + 1).text):
                m += 1          # the clause wrapped over the next lines
        if m > d.lines[1]:
            more = " ".join(self.L(i).text.lstrip("-–•* ") for i in range(d.lines[1] + 1, m + 1)
                            if not self.L(i).blank)
            d.text = f"{d.text.rstrip(' :.')} {repair_text(more, self.lx)}"
            d.lines = (d.lines[0], m)
            if d.kind == "other" and (amount_spans(more) or re.search(_MONEY_WORDS, kw(more, self.lx))):
                d.kind = "funding"      # "att fördela 500 000 kronor ...": money decided

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
            or bool(re.match(r"^\s*(?:det\s+)?(?:beslutades|beslots|overenskoms|overenskoms)\b", tail_key)) \
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

    def _drafted_org(self, words: str) -> str | None:
        """An organisation no record knows that the draft defines from its lists ("Attention Kalmar län", "Hela
        människan"), named by its name or its first words (keyword form): its id."""
        if self.ex is None or not words.strip():
            return None
        w = words.strip()
        return next((oid for oid, name, _line in self.ex.new_orgs
                     if fold(name) == w or fold(name).startswith(w + " ")), None)

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
        spans = self._digit_given_names(sentence, self._with_damaged_names(
            sentence, find_names(sentence, self._accept_name, self._role_follows)))
        words = list(re.finditer(r"\S+", sentence))
        folded = [(w.start(), fold(repair_text(w.group(0), self.lx))) for w in words]
        pos = next((at for at, f in folded if f.startswith(("ersatt", "eftertrad"))), None)
        if pos is None:  # "X utses till ledamot ... efter Y", "X tar över efter Y", "... utses X i stället för Y"
            pos = next((at for at, f in folded if f in ("efter", "stallet", "istallet")), None)
        new = next((s.name for s in spans if pos is not None and s.start < pos), None)
        old = next((s.name for s in spans if pos is not None and s.start > pos), None)
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
                                              "collaboration-body", "presidium"):
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
                                                                                            "network"}:
                group = body
            elif body and bare_body and body in new_types \
                    and (fold(bare_body.group(0).split()[-1])[:6].replace("-", " ") in fold(body).replace("-", " ")
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

    def _indicator(self, text_rep: str, span: tuple[int, int], item_no: int | None) -> Decision:
        m = re.search(r"indikatorn?\s+(?:för\s+)?(?P<label>.+?)\s+(?:för\s+)?år\s+(?P<year>\d{4})\s+till\s+"
                      r"(?P<value>\d+(?:[.,]\d+)?)", text_rep)
        ind = None
        if m:
            label = m.group("label").strip()
            ind = {"label": label[:1].upper() + label[1:], "value": _number(m.group("value")),
                   "year": int(m.group("year"))}
        return Decision("indicator", span, text_rep, item_no, indicator=ind)

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
