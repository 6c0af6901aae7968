"""Ingest rules of the nineteenth round (issue 13) on decisions and amounts, tuned on the hand-written parts fresh18
and fresh19: the decision as the subject of a copula ("Beslutet blev att ..."), consent to the proposal before as a
sentence of its own ("Enligt förslag."), the minutes approved in the infinitive ("Mötet beslöt att godkänna
protokollet"), a decision's field saying none was taken ("Beslut: Inget beslut", "Beslut: –").

Each test writes its own input text (names, sums and titles invented here, forms the two parts do not write among
them) and checks what the extraction makes of it, with look-alikes that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.extract_model import Extraction
from graph.ingest.extract_money import amounts_in
from graph.ingest.pipeline import Context
from graph.names import fold

from .test_ingest_shapes import lines
from .test_ingest_structure import extract


def item(ctx: Context, *body: str) -> Extraction:
    return extract(ctx, lines("Protokoll Socialnämnden 2031-03-04", "", "§ 1 Mötets öppnande",
                              "Ordföranden öppnade mötet.", "", "§ 2 Hemtjänstens utveckling", *body, "",
                              "§ 3 Nästa möte", "Nästa möte hålls 2031-05-06."))


def kinds(ex: Extraction) -> list[tuple[str, int | None]]:
    return [(d.kind, d.item) for d in ex.decisions]


# --------------------------------------------------------------------------- the decision as a copula's subject


@pytest.mark.parametrize("said", [
    "Beslutet blev att nämnden ställer sig bakom planen.",
    "Mötets beslut blev att frågan tas upp i maj.",
    "Beslutet var att arbetsgruppen fortsätter sitt arbete.",
    "Styrgruppens beslut blev att ärendet bordläggs.",
    "Beslutet blir att förvaltningen återkommer med en rapport.",
    "Beslutet blev i enlighet med ordförandens yrkande.",
])
def test_the_decision_as_the_subject_of_a_copula(ctx: Context, said: str) -> None:
    ex = item(ctx, "Greta Sund redogjorde för läget.", said)
    assert kinds(ex) == [("other", 2)]


@pytest.mark.parametrize("said", [
    "Beslutet blev omdiskuterat i kommunerna.",          # a report on the decision, no clause
    "Beslutet var väntat av de flesta.",
    "Om beslutet blir att medlen dras in får kommunerna veta det i maj.",
])
def test_the_decision_talked_of_is_none(ctx: Context, said: str) -> None:
    assert item(ctx, "Greta Sund redogjorde för läget.", said).decisions == []


# --------------------------------------------------------------------------- "Enligt förslag."


@pytest.mark.parametrize("said", ["Enligt förslag.", "Enligt förslaget.", "I enlighet med förslaget.",
                                  "Enligt arbetsutskottets förslag.", "Som förslaget.", "Bifall till förslaget."])
def test_consent_to_the_proposal_before_is_the_decision(ctx: Context, said: str) -> None:
    ex = item(ctx, "Förvaltningen har tagit fram en plan för hemtjänsten.",
              "Förslag till beslut: att planen antas.", said)
    assert kinds(ex) == [("other", 2)]


def test_consent_to_a_proposal_of_money_is_funding(ctx: Context) -> None:
    ex = item(ctx, "Av de gemensamma medlen finns 640 000 kronor att fördela för 2031.",
              "Förslag: 400 000 kronor till utbildning och 240 000 kronor till handledning.", "Enligt förslag.")
    assert kinds(ex) == [("funding", 2)]


@pytest.mark.parametrize("said", [
    "Enligt förslaget ska arbetet vara klart i juni.",     # the proposal's content told, no consent
    "Enligt förslag från kommunerna bör gruppen utökas.",
    "Som förslaget visar är kostnaderna höga.",
])
def test_a_sentence_going_on_after_enligt_forslaget_is_no_consent(ctx: Context, said: str) -> None:
    assert item(ctx, "Greta Sund redogjorde för läget.", said).decisions == []


# --------------------------------------------------------------------------- the minutes approved, infinitive


@pytest.mark.parametrize("said", [
    "Nämnden beslutade att godkänna protokollet.",
    "Gruppen beslöt att lägga minnesanteckningarna till handlingarna.",
    "Mötet beslutade att fastställa protokollet från den 4 februari.",
    "Beslöts att godkänna föregående mötes protokoll och lägga det till handlingarna.",
])
def test_the_minutes_approved_in_the_infinitive(ctx: Context, said: str) -> None:
    ex = item(ctx, "Protokollet från förra mötet gicks igenom.", said)
    assert [d.kind for d in ex.decisions] == ["approve-protocol"]


@pytest.mark.parametrize("said", [
    "Nämnden beslutade att godkänna rapporten.",               # no minutes
    "Nämnden beslutade att lägga informationen till handlingarna.",
    # the adjuster chosen to sign the minutes and the agenda set: no minutes approved
    "Beslutades att utse Greta Sund att jämte ordföranden justera protokollet och att fastställa dagordningen.",
])
def test_other_matters_approved_in_the_infinitive_stay_other(ctx: Context, said: str) -> None:
    assert [d.kind for d in item(ctx, said).decisions] == ["other"]


# --------------------------------------------------------------------------- a field saying no decision was taken


@pytest.mark.parametrize("field", ["Beslut: Inget beslut", "Beslut: –", "Beslut: -", "Beslut: Inget beslut fattades.",
                                   "Beslut: Inga beslut togs.", "Beslut: Ej aktuellt", "Beslut:"])
def test_a_decision_field_that_says_none(ctx: Context, field: str) -> None:
    ex = item(ctx, "Föredragande: Greta Sund", "Diskussion: Gruppen diskuterade läget.", field)
    assert ex.decisions == []


@pytest.mark.parametrize("field", ["Beslut: Informationen noteras.", "Beslut: Inget extra möte hålls i sommar.",
                                   "Beslut: Ingen ersättning betalas ut för resor.", "Beslut: Ingen åtgärd."])
def test_a_decision_field_with_a_decision_stays_one(ctx: Context, field: str) -> None:
    """Negative: a decision that opens with a word of none ("Inget extra möte ...") is still one."""
    ex = item(ctx, "Föredragande: Greta Sund", field)
    assert kinds(ex) == [("other", 2)]


# --------------------------------------------------------------------------- amounts


@pytest.mark.parametrize(("text", "amounts"), [
    # the unit before grouped digits after a year: the unit is the digits' ("för 2052 SEK 320 000")
    ("Inom ramen finns för 2052 SEK 320 000 att fördela.", [320000]),
    ("Under 2051 kr 75 000 till kampanjen.", [75000]),
    # thousands marked by an apostrophe
    ("Gruppen avsätter 620' kr, varav 400' kr till handledning och 220’ kronor till resor.", [620000, 400000, 220000]),
    ("Kostnaden är 1 250' SEK.", [1250000]),
    # the sum said again in words in brackets between the digits and the unit
    ("avsätta 2 300 000 (två miljoner trehundratusen) kronor", [2300000]),
    ("med 75 000 (sjuttiofemtusen) kr", [75000]),
    # a sum in number words
    ("Kostnaden beräknas till sexhundrasjuttiotusen kronor.", [670000]),
    ("ett bidrag om trehundratjugofem tusen kr", [325000]),
    ("Budgeten är en miljon femhundratusen kronor.", [1500000]),
])
def test_amount_forms(text: str, amounts: list[int]) -> None:
    assert amounts_in(text) == amounts


@pytest.mark.parametrize(("text", "amounts"), [
    ("Laget Tre Kronor vann.", []),                            # a name, no sum
    ("för 2052 kr 12", [2052]),                                 # no grouped digits after the unit: as before
    ("Kapitel 3 (tre avsnitt) kr", []),                         # brackets of other words
    ("Tusentals kronor har sparats.", []),
])
def test_amount_look_alikes(text: str, amounts: list[int]) -> None:
    assert amounts_in(text) == amounts


def test_a_sum_in_brackets_and_words_wrapped_is_the_items_total(ctx: Context) -> None:
    ex = item(ctx, "Presidiet föreslår att konferensen rekommenderar huvudmännen att avsätta 2 300 000 (två",
              "miljoner trehundratusen) kronor, varav 1 500 000 kronor till skolnära insatser och 800 000",
              "kronor till föräldrastöd.", "Förslaget bifölls.")
    assert [(f.total, f.lines, sorted(p.amount for p in f.parts)) for f in ex.funding] == \
        [(2300000, (7, 7), [800000, 1500000])]
    assert kinds(ex) == [("funding", 2)]


# --------------------------------------------------------------------------- replacements: the seat's group


def network(ctx: Context, statement: str, decision: list[str]) -> Extraction:
    return extract(ctx, lines("NÄTVERKET FÖR SKOLHÄLSA I KALMAR LÄN", "Minnesanteckningar från nätverksträff",
                              "Datum: 2051-03-08", "", statement, "", "Deltagare",
                              "Greta Sund, Nybro kommun", "Per Ek, Kalmar kommun", "",
                              "1. Inledning", "Greta Sund hälsade välkommen.", "", "2. Sammankallande", *decision))


@pytest.mark.parametrize("statement", [
    "Nätverket är ett av de nätverk som rapporterar till samordnande grupp Barn och unga.",
    "Nätverket hör till samordnande grupp Barn och unga.",
    "Nätverket lyder under samordnande grupp Barn och unga.",
])
def test_a_network_that_reports_to_a_group_is_the_seat_of_its_own_replacement(ctx: Context, statement: str) -> None:
    ex = network(ctx, statement, ["Mötet beslöt att Per Ek ersätter Greta Sund som sammankallande i nätverket."])
    assert [(fold(g[1]), g[2], g[3]) for g in ex.new_groups] == [("natverket for skolhalsa i kalmar lan", "network",
                                                                 "samordnande-grupp-barn-och-unga")]
    assert [(d.kind, d.group) for d in ex.decisions] == [("replacement", ex.new_groups[0][0])]


def test_a_statement_of_reporting_naming_no_group_makes_it_part_of_none(ctx: Context) -> None:
    """Negative: reporting to a body the records do not know as a group makes the network part of no body (the
    network itself, named in the title, is defined since the twenty-fifth round)."""
    ex = network(ctx, "Nätverket rapporterar till kommunernas socialchefer.", ["Inga beslut fattades."])
    assert [(g[2], g[3]) for g in ex.new_groups] == [("network", None)]


def test_a_word_broken_by_the_ocr_sign_is_joined(ctx: Context) -> None:
    """"styr¬" / "gruppen": the sign a scan writes for a broken word joins it, as a hyphen would."""
    ex = item(ctx, "Nämnden beslöt att Per Ek ersätter Greta Sund som ledamot i styr¬",
              "gruppen för barn och unga.")
    assert [(d.kind, d.group, d.new, d.replaced) for d in ex.decisions] == \
        [("replacement", "styrgrupp-barn-och-unga", "Per Ek", "Greta Sund")]


def test_the_not_sign_inside_a_line_stays(ctx: Context) -> None:
    """Negative: the sign inside a line, or after a space, joins nothing."""
    from graph.ingest.layout import clean_layout
    assert clean_layout(["Villkor: ¬", "gäller ej", "a ¬b"]).lines == ["Villkor: ¬", "gäller ej", "a ¬b"]


# --------------------------------------------------------------------------- more ways of saying the proposal carried


@pytest.mark.parametrize("said", ["Förslaget godtogs.", "Arbetsgruppens förslag godtas.", "Förslaget vann bifall.",
                                  "Yrkandet fick bifall.", "Beslut fattades enligt förslaget.",
                                  "Beslut fattades i enlighet med ordförandens förslag.", "Så beslutades.",
                                  "Så beslöts."])
def test_the_proposal_carried(ctx: Context, said: str) -> None:
    ex = item(ctx, "Förslag till beslut: att planen antas.", said)
    assert kinds(ex) == [("other", 2)]


@pytest.mark.parametrize("said", ["Förslaget har fått bifall i flera kommuner.",
                                  "Så beslutades det också förra året, berättade Greta Sund."])
def test_the_proposal_carried_elsewhere_is_none(ctx: Context, said: str) -> None:
    assert item(ctx, "Greta Sund redogjorde för läget.", said).decisions == []


@pytest.mark.parametrize(("text", "amounts"), [
    ("Kostnaden är 450 000,- kr.", [450000]), ("Bidraget blir 75 000,-.", [75000]),
    ("1 200 000,- kronor till utbildning", [1200000]), ("sidorna 3,- och 4", []), ("punkt 1,-2", []),
])
def test_whole_kronor_marked_by_a_comma_and_a_dash(text: str, amounts: list[int]) -> None:
    assert amounts_in(text) == amounts


@pytest.mark.parametrize("text", ["tre komma sju miljoner kronor", "fyra komma två miljoner kr"])
def test_number_words_after_komma_or_och_make_no_sum(text: str) -> None:
    assert amounts_in(text) == []
