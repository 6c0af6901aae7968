"""Words and patterns more than one kind of rule reads by: roles, groups, list furniture, verbs of prose."""

from __future__ import annotations

import re

from .names_found import plausible_name

# title words -> role id (keys are keyword keys; longest first when matching)
ROLE_WORDS = {
    "vice ordforande": "vice-ordforande", "vice ordf": "vice-ordforande", "ordforande": "ordforande",
    "v ordf": "vice-ordforande", "v ordforande": "vice-ordforande",     # "v. ordf.", "v. ordförande"
    "viceordf": "vice-ordforande", "viceordforande": "vice-ordforande",  # "Viceordf.", "Viceordförande"
    "ordf": "ordforande", "kommunstyrelseordforande": "kommunstyrelseordforande", "socialchef": "socialchef",
    "skolchef": "skolchef", "forvaltningschef": "forvaltningschef", "psykiatridirektor": "psykiatridirektor",
    "planeringsdirektor": "planeringsdirektor", "regionrad": "regionrad", "basenhetschef": "basenhetschef",
    "barnlakare": "barnlakare", "elevhalsochef": "elevhalsochef", "barnrattssamordnare": "barnrattssamordnare",
    "analytiker": "analytiker", "docent": "docent", "professor": "professor",
    "nationell samordnare": "nationell-samordnare", "samordnare": "samordnare", "handlaggare": "handlaggare",
    "utvecklingsledare": "utvecklingsledare", "processledare": "processledare",
    "brukarrepresentant": "brukarrepresentant", "invanarrepresentant": "invanarrepresentant",
    "invanarmedverkan": "invanarrepresentant", "brukarmedverkan": "brukarrepresentant",
    "sammankallande": "sammankallande", "representant": "representant", "ledamot": "ledamot",
}

#: organisation types of the groups that meet and keep protocols of their own
GROUP_TYPES = {"coordinating-group", "area-group", "process-group", "steering-group", "working-group",
               "preparatory-group"}

CAPACITY_ROLES = {"brukarrepresentant", "invanarrepresentant"}

CHAIR_ROLES = {"ordforande", "vice-ordforande"}

_ROLE_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in ROLE_WORDS), key=len, reverse=True))
                      + r")\b\.?")

# a title by its ending ("förbundsdirektör", "projektledare", "utvecklingsstrateg", "verksamhetschef",
# "nämndsekreterare", "fysioterapeut"; keyword form)
TITLE_BY_ENDING = re.compile(r"[a-z-]*(?:direktor|chef|ledare|samordnare|strateg|utredare|ansvarig|sekreterare"
                             r"|handlaggare|ekonom|radgivare|konsult|specialist|controller|kurator|ombud|representant"
                             r"|koordinator|samordnaren|direktoren|chefen"
                             # (a profession: "fysioterapeut", "arbetsterapeut", "psykolog", "specialpedagog",
                             # "sjuksköterska", "överläkare", "jurist", "dietist", "logoped")
                             r"|terapeut|psykolog|pedagog|skoterska|lakare|jurist|dietist|logoped|planerare"
                             # ("kvalitetsutvecklare", "verksamhetsutvecklare", "analytiker", "nämndassistent")
                             r"|utvecklare|analytiker|assistent|apotekare|farmaceut"
                             # ("administratör", "hälsokommunikatör", "kommunikatör")
                             r"|administrator|kommunikator"
                             # (a school's head, a police officer: "rektor", "kommunpolis")
                             r"|rektor|polis)"
                             # (in the definite form before a name: "Chefläkaren X", "Läkemedelsstrategen Y",
                             # "sjuksköterskan Z")
                             r"(?:en|n)?")

_ACTING_RE = re.compile(r"\(\s*t\.?\s*f\.?\s*\)|\bt\.?f\.(?=\s|$)", re.I)

# (or a count in a bulleted list of names: "- Från början: 20", "- Försenad: 1")
JUNK_LINE = re.compile(r"^\W*$|://|^www\.|^\s*[-–•]\s+[A-ZÅÄÖa-zåäö][\wåäö ]{2,30}:\s*\d{1,3}\s*$")

# a paragraph giving the organisations of the lists' names apart from them ("Organisation: Anna Holm och Per Ek
# Nybro kommun, Eva Lund Kalmar kommun"): the text after its label
_ORG_LEGEND = re.compile(r"\s*(?:organisation|organisationer|tillhörighet|arbetsplats)\s*:\s*(\S.*)$", re.I)

_INLINE_HEAD = re.compile(r"^([^:,.]{3,60}):\s+(\S.*)$")     # "Närvarande: names ..."
# the letters of a medical title written before the organisation, no comma ("MAS Mörbylånga kommun": medicinskt ansvarig
# sjuksköterska; MAR for rehabilitering, MAP for psykosocialt arbete), never an organisation's own letters ("NSPH
# Kalmar län", "PRO Mörbylånga")
TITLE_LETTERS = r"MAS|MAR|MAP"

# a list's label with its note after a comma, then its entries ("Närvarande, ej tjänstgörande ersättare: X (Org)")
LABEL_WITH_NOTE = re.compile(r"^([^:,.]{3,40},\s+[a-zåäöé][^:,.]{2,40}):\s+(\S.*)$")

# the signatures under a protocol ("Justeras", "Protokollet justeras", "Vid protokollet"); "Protokollet
# justeras (av X)." in the present tense stands over the signatures, not in an item
_SIGNED_BY = r"(?:(?:protokollet|anteckningarna|minnesanteckningarna)\s+)?(?:justeras|justerat)"
_SIGNATURE = re.compile(rf"^(?:vid protokollet|vid anteckningarna|vid pennan|antecknat av|{_SIGNED_BY}|justerare"
                        r"|protokollforare|sekreterare|ordforande|underskrifter"
                        # a kommun protocol's notice of its signing ("ANSLAG/BEVIS", "Bevis om anslag")
                        r"|anslag(?:\s*/?\s*bevis)?|anslagsbevis|justeringsbevis|bevis(?: om (?:anslag|justering))?"
                        r"|ordforandes signatur|justerandes signatur)\s*:?\s*(?:av)?"
                        # (the mark of a signature beside the label: "Vid protokollet  /sign/", "Justeras sign. sign.")
                        r"(?:\s+(?:sign|signerat|signatur|underskrift))*\s*$"
                        # a letter's closing greeting over the sender's name ("Vänliga hälsningar", "Med vänlig
                        # hälsning", "MVH", "Hälsningar,"): minutes sent as a mail end there
                        r"|^(?:med\s+)?(?:(?:vanlig|vanliga|basta|hjartliga|varma)\s+)?halsning(?:ar)?\s*[,!.]?$"
                        r"|^mvh\s*[,!.]?$"
                        # (two labels side by side, their gap lost: "Vid protokollet Justeras")
                        r"|^(?:vid protokollet|vid anteckningarna|vid pennan|sekreterare)\s+(?:justeras|justerare"
                        r"|justerat|ordforande)\s*$"
                        # the name on the label's line: "Vid anteckningarna: Sofia Ludvigsson"
                        # (or a blog's poster, a title after a comma: "Upplagt av Jonatan Holm, sekreterare")
                        rf"|^(?:vid protokollet|vid anteckningarna|antecknat av|antecknad av|{_SIGNED_BY}"
                        r"|protokollforare|upplagt av|publicerat av|inlagt av|skrivet av)\s*:?\s+[a-z][a-z'-]+"
                        r"(?:\s+[a-z][a-z'-]+){1,3}(?:\s*,\s*[a-z]+(?:\s+[a-z]+)?)?\s*\.?$")

# an aside in a list line: a party "(S)", a chair "(ordf.)", "(ersättare)"; removed before the name is read
_PARTIES = r"S|M|C|V|L|KD|MP|SD|FP|Fp|Kd|Mp|Sd"
# (in brackets a party may be written in lower case too, as many kommuner do: "Anna Holm (s)", "Per Ek (mp)")
_PARTIES_LOWER = r"s|m|c|v|l|kd|mp|sd|fp"
# a party's letters in brackets, in either case ("(S)", "(kd)"; "(rn)" where a scan read m)
PARTY_BRACKET = rf"\((?i:{_PARTIES_LOWER}|rn)\)"

# (a party's bracket after a comma, "Anna Holm, (s)", taken with its comma)
_ASIDE_RE = re.compile(rf"(?:,\s*(?=\((?:{_PARTIES}|{_PARTIES_LOWER})\)))?"
                       rf"\s*\((?:{_PARTIES}|{_PARTIES_LOWER}|ordf\.?|vice ordf\.?|v\.\s?ordf\.?|ordförande"
                       r"|vice ordförande|sekreterare"
                       r"|sekr\.?|adj\.?|ersättare"
                       r"|ledamot|justerare|adjungerad|(?:§§?|punkt(?:erna)?|pkt\.?|p\.)\s*[\d\s,–-]+)\)(?=\s|,|$)")

# sub-headings of a decision's parts, never agenda items
_PROCEDURAL = re.compile(r"^(?:(?:[a-z]+s )?forslag till beslut|beslutsforslag|beslut|beslutet|beslutsunderlag"
                         r"|arendebeskrivning|arendet|bakgrund|yrkanden?|reservation(?:er)?|protokollsanteckning(?:ar)?|handlingar"
                         r"|foredragande|overlaggning|beslutet skickas till|expedieras till|justering"
                         # (the parts of a kommun's paragraph: "Beskrivning av ärendet", "Propositionsordning",
                         # "Beslutsgång", the body's decision "Nämndens beslut", "Jäv")
                         r"|beskrivning av arendet|sammanfattning av arendet|propositionsordning|beslutsgang"
                         r"|[a-z]+(?:ens|ets|ns|s) beslut|jav|anmalan om jav)$")


def _name_like(text: str) -> bool:
    """A person's name alone on a line: a plausible name with every word capitalised."""
    return plausible_name(text) and all(w[:1].isupper() or w in ("af", "von", "de", "van") for w in text.split())


# a finite verb by its form (past tense: -ade, -dde, a consonant and -te/-de; passive; or one of the
# common irregular ones); "-nde" words are titles ("ordförande") and "arbete", "möte" nouns, not verbs
# ("sammanträde", "inträde": nouns, not a past tense)
_FINITE_VERB = re.compile(r"\b(?:(?![a-z]*nde\b)(?![a-z]*(?:samman|in|fram|till)trade\b)(?!(?:inte|bade|omrade)\b)"
                          r"[a-z]{2,}"
                          r"(?:ades?|dde|[bcdfghjklmnpqrstvwxz](?:te|de)s?)|har|hade|ar|var|blev|blir|gav|drog"
                          r"|holl|tog|gick|fick|kom|ska|skall|kommer|kan|deltog|beskrev|foredrog|redogjorde|sa|sade"
                          r"|sag|utses|finns|fanns|far|gar|ser|tar|gor|ges|bor|maste|vill|behover|anser|menar|onskar"
                          r"|foreslar|foreslas|lamnar|deltar|saknas|fick|anmaler|anmalde|ersatter|eftertrader|overtar|tilltrader)\b")

# present passives and other finite forms the pattern above leaves out ("Nästa möte hålls digitalt.")
_PASSIVE_VERB = re.compile(r"\b(?:halls|godkanns|noteras|laggs|tas|skickas|behandlas|bordlaggs|justeras|avslutas"
                           r"|oppnas|redovisas|diskuteras|beslutas|antas|faststalls|genomfors|planeras|aterkommer"
                           r"|fortsatter|utgar|star|blir|utsags|togs|gavs|valjs)\b")

# verbs of presenting, welcoming, opening, closing, reporting (stems, any tense)
_PRESENTING_VERB = re.compile(r"\b(?:present|redovis|inform|foredr|berat|beskr|visa|inled|oppna|h[ae]lsa|valkomna"
                              r"|avslut|tack|summer|belys|redogj|redogor|rapport|gav\b|ger\b|drog\b|drar\b|ledde\b"
                              r"|leder\b|forelas|(?:gick|gar|gatt)\s+(?:[a-z]+\s+)?igenom|tog vid|gastade|moderer"
                              r"|inlett\b"
                              # ("lyfte fram" presents; "lyfte X:s erfarenheter", "lyfte frågan" raises a point, and
                              # answering a question presents nothing: eleventh round)
                              r"|lyft(?:e|er)\s+fram\b"
                              r"|demonstr|introduc|orienter|uppdater|aterrapport|aterkoppl|sammanfatt"
                              # a verb of holding or giving and a noun of presenting ("höll en dragning",
                              # "lämnade information om", "lämnar en kort lägesrapport")
                              # (giving a body what is presented: "delgav gruppen", "delger nätverket")
                              r"|delgav\b|delger\b"
                              # (telling the meeting: "X meddelade att budgeten är ..."; not sending word of being away,
                              # "X meddelade förhinder")
                              r"|meddel(?:ade|ar)\b(?!\s+(?:(?:sitt|sin)\s+)?(?:forhinder|franvaro|aterbud|avbud))"
                              # (handing out an award: "X delade ut utmärkelsen Årets boendeinsats")
                              r"|del(?:ade|ar)\s+ut\b"
                              # (reading a text out to the meeting: "X läste upp föregående mötes protokoll")
                              r"|las(?:te|er)\s+upp\b"
                              # (a speech opening the meeting: "X betonade i sitt öppningstal att ...")
                              r"|(?:betonade|betonar|framholl|framhaller|understrok|understryker|sade|talade|talar)"
                              r"\s+i\s+sitt\s+(?:oppnings|inlednings|valkomst)?(?:tal|anforande)\b"
                              r"|(?:holl|haller|lamnade|lamnar|hade|har)\s+(?:en |ett |i )?"
                              r"(?:kort |muntlig |skriftlig )?"
                              r"(?:dragning|presentation|foredrag|genomgang|inledning|information|redovisning"
                              r"|lagesbild|lagesrapport|rapport|aterrapport|orientering|uppdatering)\b"
                              # (giving a picture or an overview, an adjective or two before the noun: "lämnar en
                              # sammanfattande bild av", "gav en kort översikt över"; having one, "har en annan
                              # bild av", is a view, no presentation)
                              r"|(?:lamnade|lamnar|lamnat|gav|ger|tecknade|tecknar)\s+(?:en |ett )?(?:[a-z]+ ){0,2}?"
                              r"(?:bild|lagesbild|overblick|oversikt|sammanfattning|beskrivning|redogorelse)\b)")

# a label or noun naming the presenter before the name ("Föredragande:", "Presentation av")
# (generated: the agent nouns of presenting and their shortenings, and the nouns of what is presented in their
# indefinite and definite singular, "dragning"/"dragningen", "lägesrapport"/"lägesrapporten", "info")
_PRESENTER_AGENTS = ("foredragande", "dragande", "presentator", "foredragshallare", "foredragare", "inledare",
                     "talare", "foredr",
                     # (who informs, and agent nouns in the plural: "Informatör:", "Informatörer:", "Presentatörer:")
                     "informator(?:er|erna)?", "presentatorer(?:na)?", "inledare(?:na)?", "foredragshallare(?:na)?",
                     # (with who presents in apposition: "Föredragande tjänsteperson:", "Föredragande politiker:")
                     "foredragande (?:tjansteperson|tjansteman|politiker|ledamot|handlaggare)")
_PRESENTED_NOUNS = ("presentation", "dragning", "redovisning", "foredragning", "information", "genomgang",
                    "inledning", "lagesrapport", "lagesbild", "aterrapport", "redogorelse", "info")


def _definite(noun: str) -> str:
    """A noun of the common gender with its definite singular ending optional: "dragning(en)", "redogörelse(n)"."""
    return noun + ("n?" if noun.endswith("e") else "(?:en)?")


# an item's title that is a meeting's role alone ("Sekreterare", "Protokolljusterare", "Mötesordförande"; keyword key):
# the names after it on the item's line are those elected to it ("4. Sekreterare; Linda Johanson")
ROLE_ALONE_TITLE = r"(?:protokolls?|motes)?(?:justerare|sekreterare|ordforande)$"

# (a word of its own: "Representation:" names no presentation)
_PRESENTER_LABEL = re.compile(r"\b(?:" + "|".join(_PRESENTER_AGENTS) + "|" + "|".join(map(_definite, _PRESENTED_NOUNS))
                              + r")\s*(?:av|fran|:)?\s*[:,]?\s*$")


def _sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of a text: (start, end) of each, ended by . ! ? before a capital (or a bullet point
    opening the next: "... planen. - Planen antogs.") or the end."""
    out = []
    pos = 0
    # (or a decision's clause in lower case, "att" and an infinitive: "... daterat 2058-11-25. att godkänna ...")
    # (or a number opening the next, after a word's stop: "... Beviljas. 20 förtroendevalda är närvarande.")
    # (not an abbreviation's stop before a name: "Närvarande voro ordf. Jonny Holm, v. ordf. Karin Ek", a scan's
    # "0rdf.")
    for m in re.finditer(r"(?<!\b[oO0]rdf)(?<!\bv)(?<!\bkl)(?<!\bKl)(?<!\bca)(?<!\bresp)"
                         r"[.!?](?=\s+(?:[-–•·▪]\s+)?[A-ZÅÄÖ\"”“*]|\s*$|\s+att\s+[a-zåäö]{2,}[aeå]\s)"
                         r"|(?<=[a-zåäö]{4})\.(?=\s+\d{1,4}\s+[a-zåäö]{3,})", text):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < len(text) and text[pos:].strip():
        out.append((pos, len(text)))
    return out


_DOTS = {"å": "[åa]", "ä": "[äa]", "ö": "[öo]", "Å": "[ÅA]", "Ä": "[ÄA]", "Ö": "[ÖO]"}


def dots_optional(pattern: str) -> str:
    """A regular expression's letters å, ä and ö matching also the letter a scan or a keyboard without them writes
    ("narvarade" for "närvarade", "forhinder" for "förhinder"); inside a character class they stand as they are."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        out.append(ch if in_class or ch not in _DOTS else _DOTS[ch])
    return "".join(out)


_OCR_DIGITS = str.maketrans({"l": "1", "I": "1", "|": "1", "O": "0"})   # OCR's letters for 1 and 0


def ocr_letters(text: str) -> str:
    """A scan's digits for letters inside words put back, the text's length kept (offsets into it hold): "0" for
    "O" or "o" and "1" for "l" opening a word in lower case or between letters ("0rdf.", "1edamoten", "R0sander",
    "Petterss0n"); no number is touched (a digit next to a digit, or alone)."""
    text = re.sub(r"(?<![\w-])0(?=[a-zåäö]{2})", "O", text)
    text = re.sub(r"(?<![\w-])1(?=[a-zåäö]{2})", "l", text)
    text = re.sub(r"(?<=[A-Za-zÅÄÖåäöé])0(?=[a-zåäö]|\b)", "o", text)
    return re.sub(r"(?<=[A-Za-zÅÄÖåäöé])1(?=[a-zåäö])", "l", text)
