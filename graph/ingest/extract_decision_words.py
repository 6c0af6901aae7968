"""The words a decision is read by: the verbs of deciding, putting off and noting in their forms
("godkänns", "bordlades", "noterar"), a body as the subject ("Gruppen beslutar", "Länsgemensam ledning
godkänner"), "att"-clauses and bare infinitives of a decision, the minutes approved, a proposal's and a
decision's labels and headings ("Förslag till beslut", "Beslut:"), money named in a decision, points of a list
of decisions.
"""

from __future__ import annotations

import functools
import re


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
                                r"(?:\s+(?:foljande|enligt foljande|att))?\s*:\s*$"
                                # (or the proposals adopted over them, "... antogs följande förslag:", or a decision's
                                # means over them, "Vidare fattades beslut att uppmuntra X genom att:")
                                r"|\bantogs\s+foljande(?:\s+forslag|\s+beslut|\s+punkter)?\s*:\s*$"
                                r"|\bbeslut\s+att\s+(?:\w+\s+){1,12}?genom\s+att\s*:\s*$")


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


