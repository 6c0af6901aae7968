"""Find people's names in protocol text: in prose, in presenter lines, in list entries.

A name is two to four capitalised words. In prose it is accepted when the graph already knows the
person, when the first word is a given name (the known people's given names, the names of this
document's attendance lists and a list of common Swedish given names; the list is a convenience: with
it empty the measured quality loses one person of 216), or when a title follows it
("Sofia Hartz, planeringsdirektör ..."). Words that belong to organisations, places, roles or the
start of a sentence never make part of a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..names import fold

GIVEN_NAMES = set(fold("""
Anna Maria Margareta Elisabeth Eva Kristina Birgitta Karin Elisabet Marie Ingrid Christina Linnea Sofia Kerstin
Lena Helena Emma Johanna Inger Sara Cecilia Elin Anita Ulla Malin Louise Ida Hanna Julia Jenny Gunilla Susanne
Annika Linda Monica Monika Carina Viktoria Victoria Ann Asa Camilla Helen Helene Therese Frida Caroline Josefin
Sandra Ulrika Lisa Maja Elsa Amanda Matilda Ebba Moa Klara Clara Alice Wilma Emelie Emilia Agneta Yvonne Jessica
Pernilla Madeleine Anette Annette Annelie Anneli Katarina Catrin Katrin Catarina Lotta Charlotte Charlotta Sanna
Denise Margit Kristin Petra Rebecka Rebecca Mikaela Michaela Diana Tove Simone Gudrun Isabell Isabelle
Gabriella Liv Jeanette Jeanett Marianne Maud Emmy Erika Jonna Susann Sofie Stina Tina Veronica Veronika Gun Britt
Siv Marita Mona Ewa Irene Barbro Gunnel Lotten Mia Nina Pia Tora Tuva Vera Agnes Astrid Ellen Ester Freja Greta
Hedvig Ingela Jenni Josefine Karolina Kajsa Lina Lovisa Mari Marina Marlene Martina Mathilda Nathalie Olivia
Paulina Ronja Saga Selma Signe Siri Solveig Stella Susan Sylvia Tilda Elise Emilie Gerd Hillevi Jill Birgit Ragnhild
Lars Anders Johan Per Erik Karl Nils Jan Peter Petter Thomas Tomas Hans Bengt Mikael Michael Fredrik Daniel Magnus
Stefan Mats Jonas Patrik Patric Andreas Martin Niklas Nicklas Bo Goran Henrik Christer Alexander Ulf Bjorn Marcus
Markus Kjell Mattias Mathias Matthias Rolf David Leif Roger Emil Jonny Johnny Conny Ola Oskar Oscar Sven Rune
Roland Simon Chris Christian Kristian Jimmy Joakim Anton Adam Richard Rickard Lennart Filip
Philip Torbjorn Gunnar Arne Kent Robert Tobias Viktor Victor Sebastian Jesper Linus Rasmus Hampus Gustav Gustaf
Axel Ludvig Olof Olov Ake Ove Stig Ingemar Urban Pontus Jakob Jacob Samuel Isak Elias Liam Noah Hugo William
Lucas Oliver Theo Leo Otto Albin Edvin Melvin Vincent Gabriel Benjamin Max Felix Mans Sixten Mohammed Mohammad
Ali Ahmed Omar Hassan Krister Kenneth Jorgen Jens Ronny Tommy Mikko Dan Staffan Torsten Tord Sture Bertil
Gert Gosta Tore Ingvar Jonatan Kevin Kim Kristoffer Christoffer Lukas Love Mohamed Morgan Nicklas Nicolas Ragnar
Reine Robin Sam Severin Thor Tor Ulrik Valter Walter Yngve Arvid Alf Allan Alvar Anton Birger Carl Claes
Clas Dennis Einar Erland Folke Georg Hakan Harald Helge Hjalmar Ivar Jarl Jon Kalle Klas Lage Lasse Mauritz
Ann-Christin Ann-Sofie Anna-Karin Eva-Lena Lars-Erik Karl-Erik
Orjan Osten Sune Sten Tage Torgny Uno Verner Vilhelm Wilhelm Bror Curt Kurt Dag Erling Holger Ivan Kennet Malte
Orvar Pelle Roy Sverker Joel Peder Par Bernt Berit Inga Ingegerd Gunvor Lillemor Majken Rut Ruth Sonja Ylva Elvira
Elina Annica Britta Jana Janita Eila Inga-Lill Maj-Britt Britt-Marie Ann-Marie Ann-Charlotte Per-Olof Per-Erik
Susanna Lisbeth Nora Alva Leyla Leila Amir Fatima Nadia Yusuf Dawit Zainab Marta Sigrid Ella Alma Edith Ingeborg
Felicia Thea Tyra Nellie Linn Jennie Annie Anne Mariana Ingalill Eivor Ulrica Sofi Sophie Fanny Evelina Pauline
Natalie Sabina Sabine Jasmine Yasmin Amina Aisha Maryam Mariam Hiba Hodan Samira Leona Vilma Mira Tindra Wilhelmina
Alfred Gote Evert Marten Vidar Hussein Ibrahim Mustafa Karim Reza Mehdi Hamid Samir Tariq Yosef Josef Zoran Dragan
Mirza Emir Alen Adnan Jasmin Sead
""").split())

# Words that are never part of a person's name (folded): organisations, places, roles, sentence starters (the months,
# but not "Maj": a given name as well, "Maj Söderlund, Emmaboda kommun").
NOT_NAME = set(fold("""
Region Regionen Regionens Kalmar Kalmarsunds Kommun Kommunen Kommunforbundet Kommunförbundet Lan Län Lans Läns
Lansgemensam Länsgemensam Lansgemensamma Lansgemensamt Gemensam Gemensamma Gemensamt Samverkan Samordnande Samordnade
Grupp Gruppen Barn Unga Psykisk Halsa Hälsa Aldre Äldre Aldres Folkhalsa Brukarmedverkan Hab Rehab Nara Nära Vard
Vård Borgholm Borgholms Emmaboda Hultsfred Hultsfreds Hogsby Högsby Monsteras Mönsterås Morbylanga Mörbylånga Nybro
Oskarshamn Oskarshamns Torsas Torsås Vimmerby Vastervik Västervik Vasterviks Jonkopings Jönköpings Kronobergs
Kronoberg Sveriges Kommuner Regioner Regeringskansliet Universitet Linneuniversitetet Karlstad Karlstads Centrum
Vaxjo Växjö Habiliteringen Soder Söder Norr HSF RKL KFKL SKR IKB Protokoll Beslut Bildspel Vice Ordforande Ordförande
Under Sedan Det Den De En Ett Vid For För Fran Från Pa På Efter Inom Inga Alla Detta Denna Dessa Med Och Som Till
Utifran Utifrån Darfor Därför Samtidigt Vidare Syftet Malet Målet Malsattningen Målsättningen Ordnat Utkast
Presidiekonferens Presidiekonferensen Presidiet Beredningen Styrgrupp Processgrupp Namn Titel Roll Januari Februari
Mars April Juni Juli Augusti September Oktober November December Måndag Tisdag Onsdag Torsdag Fredag Kontakt
Nyhetsbrev Start Avtal Strategi Plan Överenskommelsen Overenskommelsen Stöd Stod Tillsammans Kalmarsalen Glasannexet
Youth Mental Health First Aid Cosmic Psyk Bas Kronobarnsmodellen Lokalt Ny Nationell Nationella Vision Delmal Delmål
Gemensam Informationspunkter Beslutspunkter Uppdragsägare Uppdragsagare Nätverk Natverk Socialtjänst Invånarmedverkan
Invanarmedverkan Brukarrepresentant Kommunforbundets Kommunförbundets Hälso Halso Sjukvård Sjukvard
Mötet Motet Mötets Informationen Ärendet Arendet Frågan Fragan Förslaget Forslaget Beslutet Dagordningen Punkten
Protokollet Anteckningarna Ledningen Rapporten Redovisningen Presentationen Diskussionen Samtalet Uppföljningen
Ärendebeskrivning Arendebeskrivning Beslutsunderlag Bakgrund Sammanfattning Yrkanden Yrkande Beslutsgång Beslutsgang
Ordföranden Ordforanden Sekreteraren Samordnaren Sammankallande Sammankallanden Brukarrepresentanten Ledamöterna
Ledamoterna Ersättarna
Ersattarna
""").split())

# (letters of Latin Extended-A too: "Amira Hadžić", "Šárka Novák")
_TOKEN = r"[A-ZÅÄÖÉÜÆØŠŽČĆĐ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’]*(?:-[A-ZÅÄÖÉÜa-zåäöé][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’]*)*"
# (a run of any length: a name is looked for at each of its words, so two names run together, "Per Ek Anna Holm
# Eva Lund", are not cut at a fixed length)
_SPAN = re.compile(rf"{_TOKEN}(?:[ \u00a0]+{_TOKEN})+")


@dataclass(frozen=True)
class NameSpan:
    name: str
    start: int  # character offsets in the searched text
    end: int


# a word ending in a noun organisations are named by ("Riksförbund", "Anhörigföreningen", "Stiftelsen",
# "Länssjukhuset"): no word of a person's name
_ORG_NOUN_END = re.compile(r"(?:forbund|forbundet|forening|foreningen|stiftelse|stiftelsen|universitet|universitetet"
                           r"|hogskola|hogskolan|myndighet|myndigheten|sjukhus|sjukhuset|natverk|natverket|forvaltning"
                           r"|forvaltningen|kommun|kommunen|akademi|akademin|institut|institutet"
                           # (and a centre, an agency, a clinic: "Svenskt Demenscentrum", "Socialstyrelsen", ...)
                           r"|centrum|centret|verket|kansliet|inspektionen|kliniken|mottagningen"
                           # (an authority or a church body named by its board, fund or service: "Länsstyrelsen",
                           # "Försäkringskassan", "Arbetsförmedlingen", "Stadsmissionen", "Svenska kyrkan")
                           r"|styrelsen|kassan|formedlingen|missionen|kyrkan"
                           # (a school, a health centre: "Mönsterås gymnasieskola", "Nybro vårdcentral")
                           r"|skola|skolan|gymnasieskola|gymnasieskolan|grundskola|vardcentral|vardcentralen|halsocentral"
                           r"|halsocentralen)$")


def is_name_word(word: str) -> bool:
    f = fold(word)
    if not f or f in NOT_NAME or _ORG_NOUN_END.search(f):
        return False
    if len(f.replace("-", "")) < 2:
        return False
    return all(ch.isalpha() or ch in "-'’" for ch in word)


def plausible_name(text: str, min_words: int = 2) -> bool:
    """A list entry's name: 2-5 words, the first capitalised, letters only, no organisation words."""
    words = text.split()
    if not (min_words <= len(words) <= 5):
        return False
    if not words[0][:1].isupper():
        return False
    # a list's heading in words of attendance ("Tjänstgörande ersättare", "Övriga närvarande"): a lower-case word of
    # those lists' nouns and participles is no part of a name
    if any(w.islower() and fold(w) in _LIST_WORDS for w in words[1:]):
        return False
    return all(is_name_word(w) for w in words)


# the nouns and participles list headings are made of, in every inflection a heading uses
_LIST_WORDS = {"ersattare", "ersattaren", "ledamot", "ledamoter", "ledamoterna", "narvarande", "franvarande",
               "deltagare", "deltagarna", "tjanstepersoner", "tjansteman", "medverkande", "adjungerade", "forhinder",
               "aterbud", "inbjudna", "gaster", "beslutande", "tjanstgorande", "ovriga", "sekreterare"}


def _two_names(words: list[str], accept: callable) -> bool:  # type: ignore[valid-type]
    """Words of two people's names run together (a name at a line's end, another opening the next line): a word
    written twice ("Anna Holm Anna Holm", "Eva Maria Lund Eva"), or two names of two words each, the second opening
    with a given name ("Per Ek Lena Holm"); a name of four words has surnames after its given names ("Anna Maria
    Lund Berg", "Eva Lena Holm Ek")."""
    folded = [fold(w) for w in words]
    if len(set(folded)) < len(folded):
        return True
    return len(words) == 4 and folded[2] in GIVEN_NAMES and folded[1] not in GIVEN_NAMES \
        and bool(accept(" ".join(words[:2]))) and bool(accept(" ".join(words[2:])))


def _given_name_runs_on(words: list[str], following: str, accept: callable) -> bool:  # type: ignore[valid-type]
    """A name of three words or more whose last is a given name, the next word written right after it: the given
    name opens the next person's name ("Per Ek" / "Anna Holm" over two lines, "Per Ek Anna" no name)."""
    folded = [fold(w) for w in words]
    return len(words) >= 3 and folded[-1] in GIVEN_NAMES and folded[-2] not in GIVEN_NAMES \
        and is_name_word(following) and bool(accept(" ".join(words[:-1]))) \
        and bool(accept(f"{words[-1]} {following}"))


def find_names(text: str, accept: callable, role_follows: callable) -> list[NameSpan]:  # type: ignore[valid-type]
    """Name spans in a text. `accept(name)` says whether a name is a person (known or with a given
    name); `role_follows(rest)` whether the text after it starts with a title."""
    found: list[NameSpan] = []
    for m in _SPAN.finditer(text):
        tokens = [(t.start() + m.start(), t.end() + m.start()) for t in re.finditer(_TOKEN, m.group(0))]
        i = 0
        while i < len(tokens) - 1:
            hit = None
            for j in range(min(len(tokens), i + 4), i + 1, -1):
                words = [text[a:b] for a, b in tokens[i:j]]
                if not all(is_name_word(w) for w in words):
                    continue
                name = " ".join(words)
                end = tokens[j - 1][1]
                if _two_names(words, accept) or (j < len(tokens) and _given_name_runs_on(
                        words, text[tokens[j][0]:tokens[j][1]], accept)):
                    continue    # "... föredr. Anna Holm" / "Anna Holm föredrog": a name ends before the next begins
                if accept(name) or role_follows(text[end:end + 60]):
                    hit = (j, NameSpan(name, tokens[i][0], end))
                    break
            if hit:
                found.append(hit[1])
                i = hit[0]
            else:
                i += 1
    return found


def damaged_name(name: str) -> bool:
    """A person's name with OCR damage in it ("Marie Lo6f", "Andreas Er1andsson"): two to four words, the first
    capitalised, a digit or sign among the letters, each word mostly letters."""
    words = name.split()
    # (the first letter a digit too: "0la Karlsson")
    if not 2 <= len(words) <= 4 or not (words[0][:1].isupper() or words[0][:1] in "01" and words[0][1:2].islower()):
        return False
    if not re.search(r"[\d|!]|\bl[^\Waeiouyåäöl]", name):
        return False            # no sign of damage: "Närvarande från" / "regionen" is no name
    if not all(2 * sum(ch.isalpha() for ch in w) > len(w) for w in words):
        return False            # a word of digits or signs is no damaged name word: "Ber 4 Barnahus" (an item)
    letters = sum(ch.isalpha() for ch in name)
    return letters >= 0.75 * len(name.replace(" ", "")) and all(re.fullmatch(r"[\w'’.|-]+", w) for w in words)
