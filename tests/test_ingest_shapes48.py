"""Shapes the opened parts showed read wrongly, mended in the 48th round (tests/ingest_corpus/ROUNDS.md, 48th round),
each a class counted over every opened part, not one document: a replacement read nowhere or with no group (the
presidia's conference as the seat's body, a body's word in its definite form, the verb before both names after an
adverbial, a given name the finder did not know, a report's sentence outside its matters); items numbered by the year
and a running number; the organisation before a run of names with a clause between them; the meeting's own body as
the words before a verb of presence; a report's matters taken up with no one presenting them, its agenda as bullets
under a lead-in, and more forms of presenting; a report known by a web page's update stamp or a letter's greeting.
The inputs are written here (names, bodies and years invented). Disclosed: written after the rules."""

from __future__ import annotations

import pytest

from graph.ingest.extract import Extractor
from graph.ingest.extract_agenda_numbering import item_number
from graph.ingest.extract_prose_orgs import prose_org
from graph.ingest.extract_replacements import indefinite
from graph.ingest.names_found import GIVEN_NAMES, find_names
from graph.ingest.pipeline import Context
from graph.names import fold


def _read(ctx: Context, text: str):  # type: ignore[no-untyped-def]
    return Extractor(text, ctx.lexicon, ctx.orgs, ctx.matcher, ctx.works).run()


def _replacements(ex) -> list[tuple[str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(d.new, d.replaced, d.group) for d in ex.decisions if d.kind == "replacement"]


# --- replacements ---------------------------------------------------------------------------------------------------

CONFERENCE = """Protokoll gemensam presidiekonferens 2074-03-15

Närvarande:
Anna Hasselbom Trofast, Kalmar kommun
Cecilia Wahlström, Oskarshamns kommun

§ 1 Ny ledamot
Tomas Berglind ersätter Stina Alm som Mönsterås kommuns ledamot i presidiekonferensen.

§ 2 Beredningen
Presidiekonferensen beslutar att Karl Ekholm ersätter Eva Strand som ledamot i Beredningen för Länsgemensam ledning i
samverkan.
"""


def test_the_presidia_conference_as_the_seats_body_not_as_the_one_deciding(ctx: Context) -> None:
    got = _replacements(_read(ctx, CONFERENCE))
    assert ("Tomas Berglind", "Stina Alm", "presidiekonferensen") in got
    # (the conference deciding a seat in another body: that body's seat)
    assert not any(new == "Karl Ekholm" and group == "presidiekonferensen" for new, _old, group in got)


@pytest.mark.parametrize(("word", "stem"), [
    ("radet", "rad"), ("gruppen", "grupp"), ("natverket", "natverk"), ("styrelsen", "styrelse"),
    ("beredningen", "beredning"), ("utskottet", "utskott"), ("namnden", "namnd"), ("forumet", "forum"),
])
def test_a_bodys_word_without_its_definite_ending(word: str, stem: str) -> None:
    assert indefinite(word) == stem


COUNCIL = """Protokoll Regionalt samverkansråd för krisberedskap i Kalmar län 2074-04-02

Närvarande:
Henrik Ålund, Länsstyrelsen i Kalmar län
Birgitta Lundqvist, Region Kalmar län

1 Ny representant i rådet
Jörgen Vass ersätter Lina Berglöv som Polismyndighetens representant i rådet.

2 Nästa möte
Nästa möte hålls den 8 oktober 2074.
"""


def test_the_meetings_body_by_its_word_in_the_definite_form(ctx: Context) -> None:
    ex = _read(ctx, COUNCIL)
    got = _replacements(ex)
    assert [(new, old) for new, old, _group in got] == [("Jörgen Vass", "Lina Berglöv")]
    assert got[0][2] == ex.meeting_of and "samverkansrad" in str(got[0][2])


V2 = """Protokoll samordnande grupp Äldre 2074-05-06

Närvarande:
Lotta Lindgren, Oskarshamns kommun
Pernilla Mosén, Emmaboda kommun

§ 4 Ny ledamot
Från och med juni ersätter Jimmy Rosberg, Nybro kommun, Ann-Britt Kvist som ledamot i samordnande grupp Äldre.

§ 5 Nästa möte
Nästa möte hålls den 9 september 2074.
"""


def test_the_verb_before_both_names_after_an_adverbial(ctx: Context) -> None:
    assert _replacements(_read(ctx, V2)) == [("Jimmy Rosberg", "Ann-Britt Kvist", "samordnande-grupp-aldre")]


def test_common_given_names_the_finder_knows() -> None:
    for given in ("Susanna", "Lisbeth", "Nora", "Alva", "Fatima", "Yusuf", "Ingeborg", "Evert"):
        assert fold(given) in GIVEN_NAMES, given
    found = find_names("Susanna Ekvik ersätter Ola Karlsson som ledamot.", lambda n: fold(n.split()[0]) in GIVEN_NAMES,
                       lambda _rest: False)
    assert [sp.name for sp in found] == ["Susanna Ekvik", "Ola Karlsson"]


REPORT = """Nyheter - Arbetsgruppen för vårdskadeanalyser i Kalmar län
Publicerad 2074-05-03

Den 25 april 2074 samlades Arbetsgruppen för vårdskadeanalyser i Kalmar län i Kalmar. Med på mötet var Kristin
Irebring, Region Kalmar län, och Diana Bergeskans, Högsby kommun.

Inom planen har gruppen 300 000 kronor för 2074. Det beslutades att fördela medlen så.

Det har beslutats att Charlotte Sternel, Västerviks kommun, ersätter Marie Lööf som Västerviks kommuns representant i
gruppen från den 1 juni.

Nästa möte är den 7 juni 2074.
"""


def test_a_replacement_told_in_a_reports_prose(ctx: Context) -> None:
    ex = _read(ctx, REPORT)
    assert [(new, old) for new, old, _g in _replacements(ex)] == [("Charlotte Sternel", "Marie Lööf")]


LISTED = """Protokoll samverkansområdesgrupp Brukarmedverkan 2074-09-19

Närvarande:
Rune Jansson (brukarrep.), Region Kalmar län
Oskar Broberg (invånarrep.), ersätter
Tove Klasson, fr o m § 39

§ 38 Mötets öppnande
Rune Jansson öppnade mötet.
"""


def test_a_lists_lines_are_no_replacement(ctx: Context) -> None:
    # (the rule's guard: a list's line with "ersätter" is the list's)
    assert _replacements(_read(ctx, LISTED)) == []


# --- items numbered by the year -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "number", "title"), [
    ("2074-26 Mötet öppnas", 26, "Mötet öppnas"),
    ("2O74-31 Tillsynsvägledning från Länsstyrelsen", 31, "Tillsynsvägledning från Länsstyrelsen"),
    ("2074/4 Budget", 4, "Budget"),
])
def test_an_item_numbered_by_the_year_and_a_running_number(line: str, number: int, title: str) -> None:
    assert item_number(line)[:2] == (number, title)  # type: ignore[index]


@pytest.mark.parametrize("line", ["2074-06-16 Mötet i Nybro", "2074-26", "2074-26 kr"])
def test_a_date_or_a_bare_number_is_no_item(line: str) -> None:
    # (the rule's guard)
    assert item_number(line) is None


# --- attendance in sentences ----------------------------------------------------------------------------------------

def test_the_organisation_before_a_run_of_names_with_a_clause_between(ctx: Context) -> None:
    text = "På mötet deltog från regionen Sofia Hartz, som ledde mötet, Mats Petersson och Johan Rosenqvist."
    spans = [(sp.start, sp.end) for sp in find_names(text, lambda n: True, lambda _rest: False)]
    for i in (1, 2):
        named = prose_org(text, spans, i, ctx.orgs.resolve, ctx.orgs.types.get)
        assert named is not None and named[0].id == "region-kalmar-lan"


OWN_BODY = """Minnesanteckningar samordnande grupp Äldre 2074-02-15

Från gruppen deltog Lotta Lindgren, Oskarshamns kommun, Pernilla Mosén, Emmaboda kommun, och Karin Albertz,
Borgholms kommun.

1. Mötets öppnande
Lotta Lindgren öppnade mötet.
"""

OTHER_BODY = """Presidiemöte Länsgemensam ledning i samverkan 2074-05-16

Närvarande: Emmy Ahlstedt, Region Kalmar län, Andreas Erlandsson, Kommunförbundet i Kalmar län.
Från beredningen deltog Sofia Hartz, Region Kalmar län, och Anna Hasselbom Trofast, Kalmar kommun.

1. Mötets öppnande
Emmy Ahlstedt öppnade mötet.
"""


def test_the_meetings_own_body_before_the_verb_of_presence_names_its_members(ctx: Context) -> None:
    kinds = {e.name: lst.kind for lst in _read(ctx, OWN_BODY).attendance for e in lst.entries}
    assert kinds == {"Lotta Lindgren": "ledamoter", "Pernilla Mosén": "ledamoter", "Karin Albertz": "ledamoter"}
    # (another body's people at a presidiemöte: present beside its members)
    kinds = {e.name: lst.kind for lst in _read(ctx, OTHER_BODY).attendance for e in lst.entries}
    assert kinds["Sofia Hartz"] == kinds["Anna Hasselbom Trofast"] == "ovriga"


# --- a report's matters ---------------------------------------------------------------------------------------------

TOPICS = """Aktuellt
2074-03-16

Rapport från Länsgemensam ledning

Den 11 mars 2074 hade vi i Länsgemensam ledning i samverkan vårt första möte för året, i Regionhuset i Kalmar. Från
kommunerna och Region Kalmar län deltog presidierna, och samordnande grupp Äldre var inbjuden.

Vi talade om avvikelserna vid utskrivning från sjukhusen. Antalet avvikelser har fortsatt att öka.

Under dagen diskuterades också mycket annat.

Nästa möte hålls den 10 juni 2074 i Västervik.
"""


def test_a_matter_taken_up_with_no_one_presenting_it(ctx: Context) -> None:
    items = [(it.title, it.presenters) for it in _read(ctx, TOPICS).items]
    assert items == [("avvikelserna vid utskrivning från sjukhusen", [])]


BULLETS = """Nämndbloggen - Vård- och omsorgsnämnden i Mönsterås kommun
27 oktober 2074

Nämndens sammanträden september och oktober

Mitt i höstlovsveckan har vi i nämnden hunnit med ett sammanträde till. På
dagordningen den 20 oktober 2074 stod bland annat:

  • Lex Sarah-rapporter från hemtjänsten tredje kvartalet
  • Hälso- och sjukvårdens budget 2075

Den 22 september genomförde vi också ett sammanträde. Då tog vi bland annat upp följande ärenden:

  • Patientsäkerhetsberättelsen för 2073
  • Ny rutin för avvikelsehantering i hemsjukvården
"""


def test_a_reports_agenda_as_bullets_under_a_lead_in_not_another_meetings(ctx: Context) -> None:
    ex = _read(ctx, BULLETS)
    assert ex.date == "2074-10-20"
    assert [it.title for it in ex.items] == ["Lex Sarah-rapporter från hemtjänsten tredje kvartalet",
                                             "Hälso- och sjukvårdens budget 2075"]


MAILED = """Samordnande grupp Barn och unga informerar

Kära kontaktpersoner i kommunerna och regionen,

21 MAJ 2074 16:42
  • Uppdaterad: 22 MAJ 2074 08:15

Här kommer utskicket med information från samordnande grupp Barn och unga efter gruppens möte i Vimmerby.

Om läget i styrgruppen för tobaksfri skoltid berättade Sanna Hallgren, utvecklingsledare på Kommunförbundet i
Kalmar län.

Den nya elevenkäten om snus presenterades för gruppen av Denise Göransson.

Under eftermiddagen gick Kristin Irebring, utvecklingsledare i Region Kalmar län, igenom metoden för händelseanalys.

Sanna Julin från SKR föreläste om den nationella vårdskadestatistiken.
"""


def test_a_letters_report_and_more_forms_of_presenting(ctx: Context) -> None:
    ex = _read(ctx, MAILED)
    assert ex.reported
    items = [(it.title, [name for name, _span in it.presenters]) for it in ex.items]
    assert items == [("läget i styrgruppen för tobaksfri skoltid", ["Sanna Hallgren"]),
                     ("Den nya elevenkäten om snus", ["Denise Göransson"]),
                     ("metoden för händelseanalys", ["Kristin Irebring"]),
                     ("den nationella vårdskadestatistiken", ["Sanna Julin"])]
