"""Lettered points under an item read as its sub-items in the forms a secretary writes them (issue 13, point 1:
item numbering in all the usual forms): "§ 7A Title" (a capital letter set on the paragraph's number), "5. a) Title"
(the item's number with its stop before the letter), "a) Title." in minutes whose headings end with a full stop,
one lettered point right under its heading, a point's title of up to fourteen words, and the points a word
processor numbers "1. a)", "1. b)", "c.Title" under any item. Each sub-item's presenters are its own. The
look-alikes stay lines of their item: lettered sentences with no text under them, a lettered point after the item's
own text, a capital after a space ("§ 12 A-kassans ersättning").

Every protocol here is invented for the test (no corpus text): the forms were named from what the rules missed on
development parts of the test corpus, never from a held-out part."""

from __future__ import annotations

import pytest

from graph.ingest.pipeline import Context

from .test_ingest_shapes import lines
from .test_ingest_structure import extract

HEAD = ("Protokoll samordnande grupp Äldre 2030-03-04", "",
        "Närvarande: Greta Sund, Torsås kommun; Olof Berg, Kalmar kommun; Nils Åberg, Nybro kommun.", "")


def _items(ctx: Context, *body: str) -> list[tuple[int | None, int | None, str, list[str]]]:
    ex = extract(ctx, lines(*HEAD, *body))
    return [(it.n, it.parent, it.title, [p for p, _ in it.presenters]) for it in ex.items]


def test_capital_letters_set_on_the_paragraphs_number_are_its_sub_items(ctx: Context) -> None:
    got = _items(ctx, "§ 7 Mötets öppnande", "Mötet öppnades.", "",
                 "§ 7A Val av justerare", "Olof Berg valdes att justera protokollet.", "",
                 "§ 7B Budget för demensteamen", "Nils Åberg redogjorde för budgeten.", "",
                 "§ 8 Nästa möte", "Nästa möte hålls 2030-05-06.")
    assert got == [(7, None, "Mötets öppnande", []), (None, 7, "Val av justerare", []),
                   (None, 7, "Budget för demensteamen", ["Nils Åberg"]), (8, None, "Nästa möte", [])]


def test_the_items_number_with_its_stop_before_the_letter(ctx: Context) -> None:
    got = _items(ctx, "1. Mötets öppnande.", "Mötet öppnades.",
                 "2. Demensfrågor.", "2. a) Utbildning av demensombud 2030.",
                 "Olof Berg föredrar förslaget. Gruppen beslutar att anta förslaget.",
                 "2. b) Dagverksamhet på landsbygden.", "Gruppen beslutar att förlänga försöket.",
                 "3. Nästa möte.", "Nästa möte hålls 2030-05-06.")
    assert got == [(1, None, "Mötets öppnande", []), (2, None, "Demensfrågor", []),
                   (None, 2, "Utbildning av demensombud 2030", ["Olof Berg"]),
                   (None, 2, "Dagverksamhet på landsbygden", []), (3, None, "Nästa möte", [])]


def test_lettered_titles_ending_with_a_stop_where_the_headings_do(ctx: Context) -> None:
    got = _items(ctx, "1 Mötets öppnande.", "Mötet öppnades.",
                 "2 Övriga frågor.", "a) Färdtjänst till dagverksamheten.",
                 "    Olof Berg tog upp att resorna dröjer. Frågan bevakas.",
                 "b) Broschyr om demens.", "    Nils Åberg redogjorde för broschyren.",
                 "c) Studiebesök.", "    Ett studiebesök planeras till hösten.",
                 "3 Mötets avslutande.", "Ordföranden förklarade mötet avslutat.")
    assert got[1:5] == [(2, None, "Övriga frågor", []), (None, 2, "Färdtjänst till dagverksamheten", []),
                        (None, 2, "Broschyr om demens", ["Nils Åberg"]), (None, 2, "Studiebesök", [])]


def test_one_lettered_point_right_under_its_heading(ctx: Context) -> None:
    got = _items(ctx, "1 Rapporter", "Greta Sund informerade om registret.",
                 "2 Övriga frågor", "a) Färdtjänst i glesbygd", "Olof Berg tog upp frågan om färdtjänst.",
                 "3 Nästa möte", "Nästa möte hålls 2030-05-06.")
    assert got[1:3] == [(2, None, "Övriga frågor", []), (None, 2, "Färdtjänst i glesbygd", [])]


def test_a_lettered_point_with_a_long_title(ctx: Context) -> None:
    got = _items(ctx, "1. Mötets öppnande", "Mötet öppnades.", "2. Tillkommande ärenden",
                 "a) Gemensam utbildning i demensvård 2030 – förslag från arbetsgruppen för demensteam i norra länet",
                 "Olof Berg föredrog förslaget.", "Beslut: Gruppen godkänner förslaget.",
                 "b) Ny representant för Nybro kommun", "Beslut: Nils Åberg ersätter Per Holm i arbetsgruppen.",
                 "3. Rapporter", "Inga rapporter.")
    assert got[1:4] == [
        (2, None, "Tillkommande ärenden", []),
        (None, 2, "Gemensam utbildning i demensvård 2030 – förslag från arbetsgruppen för demensteam i norra länet",
         ["Olof Berg"]),
        (None, 2, "Ny representant för Nybro kommun", [])]


def test_the_points_a_word_processor_numbers_under_any_item(ctx: Context) -> None:
    got = _items(ctx, " 1           Mötets öppnande", "", "Mötet öppnades.", "",
                 " 2           Rapporter", "", " 1. a) Demensteamet", "",
                 "Greta Sund informerar om demensteamets första år.", "", " 1. b) Anhörigstödet", "",
                 "Olof Berg redogör för anhörigstödet.", "", " c.Färdtjänsten", "",
                 "Ingen rapport då representanten ej var närvarande.", "",
                 " 3           Nästa möte", "", "Nästa möte hålls 2030-05-06.")
    assert got[1:5] == [(2, None, "Rapporter", []), (None, 2, "Demensteamet", ["Greta Sund"]),
                        (None, 2, "Anhörigstödet", ["Olof Berg"]), (None, 2, "Färdtjänsten", [])]


def test_a_title_in_capitals_run_on_into_its_text(ctx: Context) -> None:
    """"2A MOBILA TEAM Olof Berg informerade ...": the title the words in capitals, the person after them its
    presenter."""
    got = _items(ctx, "1 MÖTETS ÖPPNANDE", "Mötet öppnades.", "",
                 "2 RAPPORTER", "2A MOBILA TEAM Olof Berg informerade om teamens första år i norra länet.", "",
                 "2B ANHÖRIGSTÖD I LÄNET Nils Åberg redogjorde för stödet till anhöriga under hösten.", "",
                 "3 NÄSTA MÖTE", "Nästa möte hålls 2030-05-06.")
    assert (None, 2, "MOBILA TEAM", ["Olof Berg"]) in got and (None, 2, "ANHÖRIGSTÖD I LÄNET", ["Nils Åberg"]) in got


def test_points_run_into_a_lettered_title_after_bullets_are_no_part_of_it(ctx: Context) -> None:
    got = _items(ctx, "1 Mötets öppnande", "Mötet öppnades.", "2 Uppföljning",
                 "a) Sommarinsatser • Kvällsvandringar i tre kommuner • Jourtelefon under sommaren",
                 "Olof Berg redovisade sommarens insatser.", "b) Avhopparverksamhet",
                 "Nils Åberg redovisade verksamheten.", "3 Nästa möte", "Nästa möte hålls 2030-05-06.")
    assert got[2:4] == [(None, 2, "Sommarinsatser", ["Olof Berg"]), (None, 2, "Avhopparverksamhet", ["Nils Åberg"])]


def test_a_letter_alone_in_a_tables_first_column(ctx: Context) -> None:
    """A table of items whose lettered points stand in the number's column, each a label, a colon and its text
    ("a      Färdtjänst: 14 resor har ..."): the label the sub-item's title, the person doing its presenter."""
    pad = " " * 24
    got = _items(ctx, f"1.{pad}Föregående protokoll: Protokollet godkändes.", "",
                 f"2.{pad}Rapporter:", "",
                 f"a {pad}Färdtjänst: 14 resor har blivit försenade under hösten, 3 av dem",
                 f"  {pad}över en timme.", "",
                 f"b {pad}Demensteamet: Olof Berg informerar om läget i teamen", f"  {pad}i norra länet.", "",
                 f"3.{pad}Nästa möte: Tisdag 8 december kl 18.30 i kommunhuset.")
    assert [it for it in got if it[1] == 2] == [(None, 2, "Färdtjänst", []), (None, 2, "Demensteamet", ["Olof Berg"])]


@pytest.mark.parametrize("body", [
    # lettered sentences with no text under them: lines of their item
    ("1. Mötets öppnande.", "Mötet öppnades.", "2. Beslut.", "a) Budgeten fastställdes.",
     "b) Ansökan om medel godkändes.", "3. Nästa möte.", "Nästa möte hålls 2030-05-06."),
    # a lettered point after the item's own text: a point of that text, even alone
    ("1 Mötets öppnande", "Mötet öppnades.", "2 Rapporter", "Greta Sund redogjorde för två frågor.",
     "a) Färdtjänst i glesbygd", "Resorna dröjer fortfarande.", "3 Nästa möte", "Nästa möte hålls 2030-05-06."),
    # a capital after a space is a word's ("A-kassans"), no letter of the paragraph
    ("§ 11 Mötets öppnande", "Mötet öppnades.", "§ 12 A-kassans ersättning", "Olof Berg redogjorde.",
     "§ 13 Nästa möte", "Nästa möte hålls 2030-05-06."),
])
def test_lettered_look_alikes_stay_lines_of_their_item(ctx: Context, body: tuple[str, ...]) -> None:
    got = _items(ctx, *body)
    assert all(parent is None for _n, parent, _t, _p in got)
    assert len(got) == 3


def test_a_table_of_items_keeps_its_first_row_whatever_the_columns_split(ctx: Context) -> None:
    """A table of items numbered with bare numbers, each title close to its number and the decision beside it: the
    first row, whose columns split apart from the others', is item 1 of the same run."""
    rows = [("1", "Mötets öppnande", "Ordföranden öppnade mötet."),
            ("2", "Val av justerare", "Olof Berg valdes att justera protokollet."),
            ("3", "Budget för demensteamen 2030", "Gruppen beslutade att anta budgeten."),
            ("4", "Rapport från arbetsgruppen", "Nils Åberg informerade. Informationen noterades."),
            ("5", "Nästa möte", "Nästa möte hålls 2030-05-06.")]
    got = _items(ctx, *[f"{n:<7}{t:<36}{d}" for n, t, d in rows])
    assert [(n, t) for n, parent, t, _p in got if n is not None] == [(int(n), t) for n, t, _d in rows]


def test_a_pages_number_far_left_of_its_running_head_is_no_item(ctx: Context) -> None:
    got = _items(ctx, "1 MÖTETS ÖPPNANDE", "Mötet öppnades.", "",
                 "2" + " " * 45 + "Samordnande grupp Äldre 4/2030", "§ 2", "2 VAL AV JUSTERARE",
                 "Olof Berg valdes att justera protokollet.", "",
                 "3" + " " * 45 + "Samordnande grupp Äldre 4/2030", "§ 3", "3 NÄSTA MÖTE",
                 "Nästa möte hålls 2030-05-06.")
    assert [t for n, _parent, t, _p in got if n is not None] == ["MÖTETS ÖPPNANDE", "VAL AV JUSTERARE", "NÄSTA MÖTE"]
