"""The shapes of an attendance list entry's pieces, shared by the entry readers (extract_entries.py and the
extract_entry_*.py beside it): the entry's running number and a seat written before the name, a deputy's note of
the member served for, how the person took part ("- digitalt") and the part of the meeting attended ("(t.o.m.
punkt 5)", ", § 4"), a role or party column's cell, a meeting app's times, a party's letters before the
organisation, a name a scan wrote with a digit for a letter.
"""

from __future__ import annotations

import re

from ..names import fold
from .extract_text import _PARTIES, _PARTIES_LOWER, PARTY_BRACKET
from .names_found import GIVEN_NAMES, plausible_name
from .ocr_repair import DIGIT_LETTERS
from .orgs import KOMMUNER

# a list entry's running number ("1. Anna Holm, Kalmar kommun", "12) Per Ek (Nybro kommun)")
_LIST_NUMBER_RE = re.compile(r"^\s*\d{1,3}(?:[.)]\s+|\s{2,})(?=[A-ZÅÄÖÉ])")  # ("1. ", "1) ", a seat's "1  ")

_ASIDE_CELL_RE = re.compile(rf"^(?:{_PARTIES.lower()}|ordf\.?|vice ordf\.?|v\.? ?ordf\.?|ordforande|vice ordforande"
                            r"|sekreterare|sekr\.?|adj\.?"
                            r"|ersattare|ledamot|justerare|adjungerad|§§?\s*[\d\s,–-]+"
                            # (a nämnd's seats as Finland-Swedish and older minutes write them: "medlem", "suppleant")
                            r"|medlem|suppleant"
                            # ("tjänstgörande ersättare", "ej tjg ersättare" in a role column)
                            r"|(?:ej\s+)?(?:tjanstgorande|tjg\.?)\s+(?:ersattare|ers\.?))$")

# a cell of a meeting app's attendance report: a time of joining or leaving, with its date or not ("2050-01-11
# 09:03", "09:03:12", "11.3.2050 09:03"), or a duration ("2 h 56 min", "56 min", "1:02:33")
_WHEN_CELL = re.compile(r"(?:(?:\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}),?\s+)?"
                        r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[AP]M)?"
                        r"|(?:\d+\s*(?:h|tim|timmar?)\s*)?\d+\s*(?:min|minuter|m)(?:\s*\d+\s*s)?|\d+\s*(?:h|tim|timmar?)",
                        re.I)

# a party's letters, then the organisation in brackets ("S (Nybro kommun)", after "Anna Holm, "), the letters in
# brackets too, in capitals or not ("(S) (Nybro kommun)", "(s) (Nybro kommun)")
_PARTY_THEN_ORG = re.compile(rf"(?:{_PARTIES}|\((?:{_PARTIES}|{_PARTIES_LOWER})\))\s*\(([^()]+)\)"
                             # (or after a dash: "Anna Holm, C – Region Kalmar", "Per Ek, MP – Hultsfred")
                             rf"|(?:{_PARTIES})\s+[–—-]\s+([^()–—]+?(?:\s*\([^()]+\))?)")

# a function at the meeting in lower case after a name, no comma (keyword form): "sakkunnig", "adjungerad"
_FUNCTION_WORDS = (r"(?:sakkunnig|adjungerad|observator|adjungerade|gast|ahorare|protokollforare|sekreterare"
                   r"|foredragande"
                   r"|motessekreterare|sekr|sekreterare och \w+|ordinarie|suppleant|expert"
                   # (the office the person comes from, in lower case: "Cecilia Frid kansliet")
                   r"|kansliet|kansli|sekretariatet|forvaltningen"
                   # (present, not serving: "Emma Halme ej tjänstgörande")
                   r"|(?:ej|inte|icke) tjanstgorande(?: ersattare)?"
                   # (a deputy serving, shortened after the party: "Henrik Altemark (S) tjg ers")
                   r"|tjg\.? ers\.?|tjg\.? ersattare|tjanstgorande ersattare)")

# a deputy's note of the member served for ("för Per Ek", "i stället för Per Ek", "ersätter Per Ek")
# (the deputy's abbreviations and the diacritics OCR loses too: "tjg ers för X", "tjg. ersättare for X", "ers. for X")
_IN_PLACE_OF = re.compile(r"(?:(?:i\s+)?st[äa]llet\s+f[öo]r|ist[äa]llet\s+f[öo]r"
                          r"|(?:tjg\.?\s+|tj[äa]nstg[öo]rande\s+)?ers(?:[äa]ttare|\.)?\s+f[öo]r|ers[äa]tter"
                          r"|tj[äa]nstg[öo]r\s+(?:som\s+ers[äa]ttare\s+)?f[öo]r|f[öo]r"
                          # (the deputy's word shortened alone: "Eva Holm ers. Anette Ek")
                          r"|ers\.)"
                          r"\s+(?P<name>[A-ZÅÄÖÉ][\w'’-]+(?:\s+[A-ZÅÄÖÉ][\w'’-]+){1,3})"
                          # (the member's party after the name: "Bo Ek (s) tjänstgör som ersättare för Sten Lund (s)")
                          rf"(?:\s*{PARTY_BRACKET})?")

# a deputy's or member's word after the name in a column of names ("Anna Holm ersättare", "Per Ek tjg.")
_SEAT_WORD = r"(?:ersättare|ers\.|ledamot|tjg\.?|tjänstgörande)"


def _name_part(cell: str) -> str:
    """A cell's name before what follows it: a role after a comma, the member a deputy serves for, a deputy's word
    ("Anna Holm, ordförande", "Anna Holm tjänstgör för Per Ek (Emmaboda)", "Anna Holm ersättare")."""
    cell = re.split(r"\s*,\s*|\s+(?=(?:" + _IN_PLACE_OF.pattern + r"))", cell.strip(), maxsplit=1)[0]
    return re.sub(rf"\s+{_SEAT_WORD}$", "", cell.strip(), flags=re.I)


# an organisation's abbreviation in capitals after a name, with the member served for after it or not ("PRO", "SPF
# ersätter Per Ek"); the parties' abbreviations are no organisations
_ABBREV_AFTER = re.compile(r"([A-ZÅÄÖ]{2,6})(\s+(?:ersätter|ers\.?\s+för|i\s+stället\s+för|för)\s+"
                           r"(?P<name>[A-ZÅÄÖÉ][\w'’-]+(?:\s+[A-ZÅÄÖÉ][\w'’-]+){1,3}))?")

# a table's mark for "the same as above" (a ditto mark, "d:o")
_DITTO = re.compile(r'[”“"〃]|-[”"]-|d:o|dito')

# how a person took part, after the organisation ("- digitalt", "(via Teams)", ", på distans", "– på plats")
_MODE_TAIL = re.compile(r"\s*(?:[-–—,]\s*|\(\s*)(?:deltog\s+|deltar\s+)?(?:digitalt|digital|på\s+distans|distans"
                        r"|via\s+(?:teams|zoom|länk|video|skype|telefon)|på\s+länk|per\s+telefon|på\s+plats|fysiskt)"
                        # the part of the meeting it holds for ("på plats från § 20", "digitalt §§ 1-3", "till kl. 11")
                        r"(?:\s+(?:från|fr\.?\s*o\.?\s*m\.?|till|under|t\.?\s*o\.?\s*m\.?)?\s*(?:§§?\s*\d{1,3}"
                        r"(?:\s*[-–]\s*\d{1,3})?|kl\.?\s*\d{1,2}[.:]\d\d))?"
                        r"\s*\)?\s*$", re.I)

# the part of the meeting a person was present for, in brackets ("(fr.o.m. punkt 3)", "(från kl. 10.30)", "(t o m § 4)",
# "(deltog digitalt)")
# (or the paragraphs or points themselves, a range of them, "(punkt 3 t.o.m. 9)", "(§§ 4–6)", "(4-9)", "(ej § 6)", and
# when the person came or left, "(kom under punkt 4)", "(gick efter § 5)")
_PRESENCE_ASIDE = re.compile(r"\s*\((?:fr\.?\s?o\.?\s?m\.?|från|fran|t\.?\s?o\.?\s?m\.?|till|efter|före|fore|under"
                             r"|ankom|anslöt|anslot|lämnade|lamnade|deltog|digitalt|via|kom|gick|avvek|ej|utom"
                             r"|punkt(?:erna)?|pkt|p\.)(?=[\s.)])[^()]*\)"
                             r"|\s*\(\s*§§?\s*\d{1,3}[^()]*\)|\s*\(\s*\d{1,3}\s*[-–]\s*\d{1,3}\s*\)"
                             # (the hours attended: "(09:00-10:15)", "(kl. 10.15–11.30)")
                             r"|\s*\(\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\s*\)"
                             # (or with its word and no brackets, in a column of its own: "kl. 16:30-18:00")
                             r"|\s*kl\.?\s*\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\s*"
                             # (any words with a paragraph after them: "(på plats från och med §5)", "(lämnar efter
                             # § 5)")
                             r"|\s*\([^()§]{0,40}\s§\s?\d{1,3}[^()]*\)", re.I)

# the part of the meeting a person was there for, after a list line's entry, in brackets or after a comma ("(t.o.m.
# punkt 5)", "(från kl. 10.30)", ", § 4", ", §§ 3–5", ", ej § 7", ", kl. 09.00–10.30", ", fr.o.m. punkt 3")
# (also "deltog vid § 5", "närvarande §§ 3–5", "kom under punkt 4"; and a bare range of paragraphs after the entry,
# "X (Org) 4-9", "X, Org 4–9", or paragraphs after a space, "X § 2": the points the person was there for)
_PART_NOTE = re.compile(r"\s*,\s*(?:(?:fr\.?\s?o\.?\s?m\.?|från|fran|t\.?\s?o\.?\s?m\.?|till|ej|utom|del av|under"
                        r"|(?:deltog|deltar|närvarande|narvarande|kom|gick|avvek)(?:\s+(?:vid|under|i|från|fran|efter"
                        r"|till))?)\s+)?"
                        # (the organ's paragraphs: ", LGL 10", ", KS §§ 3-4")
                        # (a scan's "$" for the sign: ", $ 43")
                        r"(?:(?:(?-i:[A-ZÅÄÖ]{2,5})\s+)?(?:§§?|\$)\s*\d{1,3}(?:\s*(?:[-–—,]|och|t\.?\s?o\.?\s?m\.?)\s*\d{1,3})*"
                        r"|(?-i:[A-ZÅÄÖ]{2,5})\s+\d{1,3}(?:\s*[-–—]\s*\d{1,3})?"
                        r"|(?:punkt(?:erna)?|p\.?|pkt\.?|paragraf(?:erna)?)\s*\d{1,3}(?:\s*(?:[-–—,]|och|t\.?\s?o\.?\s?m\.?)\s*\d{1,3})*"
                        # (the number before its sign: ", 15 §", ", 12-15 §")
                        r"|\d{1,3}(?:\s*[-–—]\s*\d{1,3})?\s*§§?"
                        r"|(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d\d)?(?:\s*[-–—]\s*\d{1,2}(?:[.:]\d\d)?)?)\s*$"
                        r"|(?<=[\w)])\s+\d{1,2}\s*[-–—]\s*\d{1,2}\s*$"
                        # (or the paragraphs after a space, "Kristin Irebring § 2", "X (Org) §§ 3-4")
                        # (not the words of a part note of its own: "på plats från § 20", "ej § 5", "t.o.m. § 4")
                        r"|(?<=[\w)])(?<!från)(?<!fran)(?<!till)(?<!under)(?<!efter)(?<!vid)(?<!ej)(?<!utom)(?<!\bi)"
                        r"(?<!\bm\.)(?<!\btom)\s+§§?\s*\d{1,3}(?:\s*[-–—,]\s*\d{1,3})*\s*$"
                        # (a part note after the organisation's bracket with no comma: "X (Högsby kommun) ej § 25")
                        r"|(?<=\))\s+(?:ej|utom|fr\.?\s?o\.?\s?m\.?|t\.?\s?o\.?\s?m\.?)\s*§§?\s*\d{1,3}"
                        r"(?:\s*[-–—,]\s*\d{1,3})*\s*$", re.I)


# the part of the meeting attended after an organisation with no comma ("Region Kalmar län t.o.m. § 44")
# (or "punkt 6" after the organisation's bracket: "Denise Holm (Region Kalmar län) punkt 6")
_PARTS_ATTENDED = re.compile(r"\s+(?:(?:t\.?\s?o\.?\s?m\.?|fr\.?\s?o\.?\s?m\.?|from|tom|ej|utom)\s*)?"
                             r"(?:§§?|(?<=\)\s)punkt(?:erna)?)\s*\d{1,3}"
                             r"(?:\s*[-–—]\s*\d{1,3})?\s*$"
                             # (the sign after the number: "deltog under 5 §", "§ 5" written the other way)
                             r"|\s+(?:deltog|närvarade|medverkade)\s+(?:under|vid|i)\s+(?:punkt\s+|§\s*)?\d{1,3}"
                             r"(?:\s*§)?\s*$"
                             # (or the day of a meeting of two: "Länsstyrelsen dag 1", "SOS Alarm del av dag 1")
                             r"|\s+(?:(?:del av|hela|endast)\s+)?dag(?:en)?\s+\d(?:\s*(?:och|-|–)\s*\d)?\s*$")


# the part of the day a person was there, after the name ("Anna Holm endast fm", "Per Ek endast em", "Eva Lund bara
# förmiddagen")
_PART_OF_DAY = re.compile(r"\s+(?:endast|bara|enbart)\s+(?:fm|em|f\.\s?m\.|e\.\s?m\.|förmiddagen|eftermiddagen"
                          r"|dag\s+\d)\.?\s*$"
                          # (or the time of day they came or left: "t.o.m. kl. 11.00", "från kl 10.15")
                          r"|,?\s+(?:fr\.?\s?o\.?\s?m\.?|från|fran|t\.?\s?o\.?\s?m\.?|till|efter|före|fore)\s+"
                          r"kl(?:\.|ockan)?\s*\d{1,2}[.:]\d\d\s*$"
                          # (or a sentence of coming or leaving at a paragraph or an hour, no comma: "Jonas Frid Nybro
                          # kommun lämnade mötet vid § 43", "... anslöt kl. 10.15")
                          # (or the item attended, named: "... Kalmar kommun deltar under punkten Hälsosamtal")
                          r"|,?\s+(?:deltar|deltog|närvarar|narvarar|närvarade|narvarade)\s+(?:under|vid)\s+"
                          r"(?:punkten|punkt|ärendet|arendet)\s+\S.*$"
                          # (or the paragraphs attended, after the entry's bracket: "Roland Holm (Borgholms kommun)
                          # deltog under §§ 12-16")
                          r"|(?<=\))\s+(?:deltar|deltog|närvarar|narvarar|närvarade|narvarade)\s+(?:under|vid|i)\s+"
                          r"(?:§§?|\$)\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*$"
                          r"|,?\s+(?:lämnade|lamnade|lämnar|lamnar|anslöt|anslot|ankom|kom|gick|avvek)"
                          r"(?:\s+(?:mötet|motet|sammanträdet|sammantradet))?\s+(?:vid|efter|före|fore|under|från|fran"
                          r"|till|kl\.?)\s+(?:§\s*\d{1,3}|(?:kl\.?\s*)?\d{1,2}[.:]\d\d|punkt\s+\d{1,2})\.?\s*$", re.I)


# the paragraphs attended as bare numbers after the entry, one or a few, a comma before them or none ("Per Ek 37",
# "Eva Lund, Linnéuniversitetet 36, 38", "Eva Lund, folkhälsostrateg Torsås kommun, 12"); a name never ends in digits
_BARE_PARAGRAPHS = re.compile(r"(?<=[a-zåäöé)])(?:\s*,)?\s+\d{1,3}(?:\s*(?:,|och)\s*\d{1,3})*\s*$")

# (but a town's name and a number are an address's, "Greta Lund, Nybro 12", and a unit's or a place's noun and its
# number a name, "Avdelning 4", "Team 2": the words after which a number is no paragraph)
_NAMED_WITH_A_NUMBER = {fold(name) for name, _gen in KOMMUNER.values()} | {
    "avdelning", "avd", "enhet", "team", "grupp", "lokal", "rum", "sal", "hus", "plan", "vaning", "distrikt",
    "omrade", "zon", "korridor", "klass", "linje", "gatan", "vagen", "box"}


# the small words of a name written in lower case ("Ingrid von Holm", "Eva af Ek")
_NAME_PARTICLES = {"von", "af", "av", "de", "van", "der", "la", "le", "da", "di"}


def _without_part_note(text: str) -> str:
    """A list line's text without the note of the part of the meeting its person was there for."""
    text = _PART_OF_DAY.sub("", _PART_NOTE.sub("", _PRESENCE_ASIDE.sub("", text))).strip()
    if (bare := _BARE_PARAGRAPHS.search(text)) \
            and fold(text[:bare.start()].split()[-1]).strip(",") not in _NAMED_WITH_A_NUMBER:
        text = text[:bare.start()].strip()
    return text


# a seat or function written before the name in a list ("Ordf. Anna Holm, Kalmar kommun", "V. ordf. ...",
# "Sekr. ...", "Adj. ...", "Ers. ...", "Tjg. ers. ..."): the chair's and vice chair's a post; a secretary, an
# adjungerad or a deputy not serving is one of the others present, whatever the list's heading
_SEAT_BEFORE = re.compile(
    r"^(?P<pre>v(?:ice)?\.?\s*ordf(?:\.|[öo]randen?)|ordf(?:\.|[öo]randen?)|sammankallande|(?P<other>sekr(?:\.|eterare)"
    r"|adj(?:\.|ungerad)|även|aven|dessutom|(?<!tjg )(?<!tjg\. )ers(?:\.|[äa]ttare)|protokollf[öo]rare)"
    r"|tjg\.?\s*ers(?:\.|[äa]ttare)"
    r"|tj[äa]nstg[öo]rande\s+ers[äa]ttare|led(?:\.|amot))"
    # (the seat's number after its word: "led. 1 Sofia Hartz, ...", "Ledamot 3: Per Ek")
    r"(?:\s*\d{1,2}(?=[\s:]))?\s*:?\s+(?=(?-i:[A-ZÅÄÖÉ][a-zåäöé]))", re.I)

# a scan's digits for a word's first letter, a capital ("0la", "1ngrid")
_OCR_INITIALS = str.maketrans({"0": "O", "1": "I"})


def _plausible_as_read(name: str) -> bool:
    """A person's name, or one a scan wrote with a digit for a letter ("Anette Ni1sson", "0la Karlsson")."""
    return plausible_name(name) or bool(re.search(r"[01]", name)) and plausible_name(
        " ".join(w[:1].translate(_OCR_INITIALS) + w[1:].translate(DIGIT_LETTERS)
                 for w in name.split()))


def _prose_before_name(text: str) -> bool:
    """'Förhinder hade Anna Holm': a word in lower case before capitalised ones, a sentence, not a name
    (particles aside: 'af', 'von', 'de', 'van'; an OCR-damaged last name 'Emelie lngvarsson' is no sentence)."""
    words = text.split()
    return any(w[:1].islower() and w not in ("af", "von", "de", "van", "der", "la")
               and any(v[:1].isupper() for v in words[i + 1:]) for i, w in enumerate(words))


# a seat or title alone in a column (keyword key): a role ("ordförande", "viceordf", "ledamot", "medlemmar",
# "ersättare"), a title by its ending ("utvecklingsledare", "förbundschef", "ekonom"), a representative's short form
# ("brukarrepr", "FK repr")
_TITLE_CELL = re.compile(r"(?:ordforande|ordf|vice ?ordforande|vice ?ordf|viceordf|ledamot|ledamoter|medlem|medlemmar"
                         r"|ersattare|sekreterare|adjungerad|[a-z]* ?repr|[a-z]*representant"
                         r"|[a-z]*(?:chef|ledare|samordnare|strateg|ekonom|handlaggare|sekreterare|direktor|lakare"
                         r"|skoterska|kurator|konsulent))")


# a seat's word shortened, capitalised as a column's cell is ("Sekr.", "Ordf.", "Adj."): a role after a name
_SEAT_SHORT = ("sekr", "ordf", "adj")



# a deputy serving for a member, both with their parties, the organisation after both ("Karin Lövgren (L) ersätter
# Maud Lindqvist (S), Västerviks kommun")
_SERVING_THEN_ORG = re.compile(r"(?P<who>[A-ZÅÄÖÉ][^,()]{3,40}?\s*\([A-Za-zÅÄÖåäö]{1,3}\))\s+"
                               r"(?P<verb>ersätter|i stället för|istället för|tjänstgör för|tjg för)\s+"
                               r"(?P<member>[A-ZÅÄÖÉ][^,()]{3,40}?\s*\([A-Za-zÅÄÖåäö]{1,3}\))\s*,\s*(?P<org>[^,()]{3,60})")


def _given_first(name: str) -> bool:
    """Whether a name opens with a given name the usual ones hold, a double one too ("Bengt-Åke Svärd")."""
    first = fold(name.split()[0]) if name.split() else ""
    return first in GIVEN_NAMES or "-" in first and all(part in GIVEN_NAMES for part in first.split("-"))


# a name and the person's initials in brackets after it ("Bengt-Åke Holm (BH)", "Jonny Ek (JE)")
_INITIALS_AFTER_NAME = re.compile(r"(\s*)([A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,3})\s*\(([A-ZÅÄÖ]{2,4})\)")
