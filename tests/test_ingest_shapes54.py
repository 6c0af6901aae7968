"""Forms of attendance, items and decisions the rules missed on the development parts of the 54th round (issue 13,
points 1 and 4): a table of those present with the role's column first and the presence written in words or as the
paragraphs attended ("Ledamot   Anna Holm   Kalmar kommun   förhinder", "Adjungerad   Per Ek   Region Kalmar län
§ 3"), the secretary's and a co-opted guest's rows of it others present, and a row with its organisation's cell left
blank; a table of those present whose margin labels the rows from one on others present ("Övriga   Per Ek   Org
sekreterare   X"); the part of the meeting attended after an entry with no brackets ("från §44"); an extract of a
protocol ("UTDRAG UR PROTOKOLL", "PROTOKOLLSUTDRAG") whose paragraphs' numbers jump ("§3" then "§7", "4." then
"5."), each paragraph's first sentence its title; a table row's item cell holding a title, a colon and a short
sentence ("| 5. | Gruppens styrgrupp: X lämnar styrgruppen. | Y ersätter X ... |") and its decision's cell read once;
minutes written as indented paragraphs with no headings, each an item titled by its first sentence; and reading a text
out to the meeting ("X läste upp föregående mötes protokoll") as presenting it.

Every protocol here is invented for the test (no corpus text): the forms were named from what the rules missed on
development parts of the test corpus (learn51, learn52), never from a held-out part."""

from __future__ import annotations

from graph.ingest.pipeline import Context

from .test_ingest_shapes import lines
from .test_ingest_shapes53 import _lists
from .test_ingest_structure import extract

ROLE_FIRST = (
    "Protokoll", "",
    "fört vid sammanträde med Styrgruppen för hemrehabilitering, tisdagen den 3 mars 2089 i Regionhuset, Kalmar.", "",
    "Närvarande", "",
    "Funktion              Namn                       Organisation                    Närvaro",
    "Ordförande            Ingrid Sandahl             Region Kalmar län               närvarande",
    "Vice ordförande       Pernilla Mosen             Nybro kommun                    närvarande",
    "Ledamot               Roland Hybelius            Borgholms kommun                närvarande",
    "Ledamot               Tomas Zander               Mönsterås kommun                förhinder",
    "Brukarrepresentant    Annelie Hawlitzky                                          närvarande",
    "Sekreterare           Sanna Hallgren             Kommunförbundet i Kalmar län    närvarande",
    "Adjungerad            Lars Ekdahl                Region Kalmar län               § 3", "",
    "§1", "Mötet öppnades av ordföranden Ingrid Sandahl.", "",
    "§2", "Till justerare valdes Roland Hybelius.")


def test_a_table_of_those_present_with_the_roles_column_first_and_presence_in_words(ctx: Context) -> None:
    """"förhinder" is one absent; "§ 3" present for that paragraph; the secretary and one co-opted are others
    present; a row without its organisation keeps its capacity."""
    ex = extract(ctx, lines(*ROLE_FIRST))
    got = {lst.kind: [(e.name, e.org, e.role) for e in lst.entries] for lst in ex.attendance}
    assert got["ledamoter"] == [("Ingrid Sandahl", "region-kalmar-lan", None), ("Pernilla Mosen", "nybro-kommun", None),
                                ("Roland Hybelius", "borgholms-kommun", None),
                                ("Annelie Hawlitzky", None, "brukarrepresentant")]
    assert got["ovriga"] == [("Sanna Hallgren", "kommunforbundet-i-kalmar-lan", None),
                             ("Lars Ekdahl", "region-kalmar-lan", None)]
    assert [e.name for e in ex.absent] == ["Tomas Zander"]


def test_a_margin_labelling_the_rows_from_one_on_others_present(ctx: Context) -> None:
    got = _lists(ctx, lines(
        "PROTOKOLL", "fört vid styrgruppsmöte med Styrgruppen för hemrehabilitering", "",
        "Datum och tid   2089-03-18 kl 13.00", "",
        "Närvarande      Namn                 Organisation          Roll          Närv.",
        "                Ingrid Sandahl       Region Kalmar län     ordförande    X",
        "                Roland Hybelius      Borgholms kommun      ledamot       X",
        "                Tomas Zander         Mönsterås kommun      ledamot       -",
        "Övriga          Sanna Hallgren       Kommunförbundet       sekreterare   X",
        "                Lars Ekdahl          Region Kalmar län     adjungerad    X", "",
        "§ 1 Ordf. hälsade de närvarande välkomna och förklarade mötet öppnat.", "",
        "§ 2 Lars Ekdahl redovisade väntetiderna i hemrehabiliteringen per kommun.", "",
        "§ 3 Roland Hybelius presenterade budgeten för 2089.", "Beslöts godkänna budgeten.", "",
        "§ 4 Nästa styrgruppsmöte: onsdag 13 maj 2089 kl. 13."))
    assert got["ledamoter"] == [("Ingrid Sandahl", "region-kalmar-lan"), ("Roland Hybelius", "borgholms-kommun")]
    assert got["ovriga"] == [("Sanna Hallgren", "kommunforbundet-i-kalmar-lan"), ("Lars Ekdahl", "region-kalmar-lan")]


def test_the_part_of_the_meeting_attended_after_an_entry_with_no_brackets(ctx: Context) -> None:
    got = _lists(ctx, lines(
        "Protokoll fört vid telefonsammanträde med Arbetsgruppen för familjestöd", "", "Tisdagen den 3 mars 2089", "",
        "Deltagare:", "", "Lena Holm (sammankallande)", "Erik Berg (Nybro kommun)",
        "Sara Lind (Kalmarsunds gymnasieförbund) från §12", "",
        "§10. Lena Holm hälsade alla välkomna.", "", "§11. Genomgång av föregående protokoll. Protokollet godkändes."))
    assert ("Sara Lind", "kalmarsunds-gymnasieforbund") in got["ledamoter"]


EXTRACT = (
    "UTDRAG UR PROTOKOLL", "",
    "Protokoll fört vid sammanträde med Socialnämndens arbetsutskott, Nybro kommun", "",
    "Tisdagen den 3 mars 2089, Nybro", "",
    "Närvarande: Lena Holm (S), ordförande, Erik Berg (C), Sara Lind (M)",
    "Tjänstepersoner: Maria Ek, socialchef, Nybro kommun, Johan Dahl, nämndsekreterare", "",
    "§3. Erik Berg valdes att jämte ordföranden justera protokollet.", "",
    "§7. Familjestöd i Nybro 2089. Maria Ek redogjorde för ärendet.",
    "Förvaltningen föreslår en förstärkning av familjestödet:",
    "- föräldrautbildning 150 000 kr", "- familjebehandling 250 000 kr", "Sammanlagt 400 000 kr.",
    "Arbetsutskottet beslutar att avsätta medlen enligt förvaltningens förslag.", "",
    "Nybro 2089-03-05", "", "Johan Dahl", "Sekreterare", "", "Utdraget bestyrks:", "Johan Dahl")


def test_an_extracts_paragraphs_whose_numbers_jump_each_titled_by_its_first_sentence(ctx: Context) -> None:
    ex = extract(ctx, lines(*EXTRACT))
    assert [(it.n, it.title) for it in ex.items] == [
        (3, "Erik Berg valdes att jämte ordföranden justera protokollet"), (7, "Familjestöd i Nybro 2089")]
    assert [name for name, _ in ex.items[1].presenters] == ["Maria Ek"]
    assert [(d.item, d.kind) for d in ex.decisions] == [(3, "other"), (7, "funding")]


def test_an_extracts_items_numbered_with_a_stop_from_any_number(ctx: Context) -> None:
    ex = extract(ctx, lines(
        "PROTOKOLLSUTDRAG", "Omsorgsnämndens arbetsutskott, Nybro kommun",
        "PROTOKOLL ARBETSUTSKOTTETS SAMMANTRÄDE 2089-05-21", "",
        "Närvarande: Lena Holm (S), ordförande", "Erik Berg (M)", "", "Utdrag ur protokollet: punkterna 6 och 8.", "",
        "6. Samverkan kring familjestöd", "Avdelningschef Maria Ek föredrog ärendet.",
        "Beslutades att Nybro kommun deltar i modellen från och med den 1 september 2089.", "",
        "8. Representant i styrgruppen för familjestöd", "Beslutades att utse Erik Berg som arbetsutskottets "
        "representant i styrgruppen.", "", "Justerat 2089-05-24: Lena Holm, Erik Berg", "",
        "Utdraget bestyrks:", "Johan Dahl"))
    assert [(it.n, it.title) for it in ex.items] == [(6, "Samverkan kring familjestöd"),
                                                     (8, "Representant i styrgruppen för familjestöd")]


def test_a_protocol_whose_paragraphs_keep_their_numbers_one_by_one_is_no_extract(ctx: Context) -> None:
    """The guard: outside an extract a jump in the numbers still ends the run ("1." ... "2." then a decision's
    points "7." under them are no items)."""
    ex = extract(ctx, lines(
        "Protokoll samordnande grupp Äldre 2089-03-16", "Närvarande: Lena Holm, Erik Berg och Sara Lind", "",
        "1. Mötet öppnas", "Lena Holm öppnar mötet.", "2. Budget", "Erik Berg redovisade budgeten.",
        "7. Särskilda medel", "Sara Lind redovisade."))
    assert [it.n for it in ex.items if it.n is not None] == [1, 2]


def test_a_table_rows_item_cell_with_a_title_a_colon_and_a_short_sentence_and_its_decision_read_once(
        ctx: Context) -> None:
    ex = extract(ctx, lines(
        "Protokoll fört vid möte med Samordnande grupp Barn och unga", "", "Videomöte, tisdagen den 13 april 2089", "",
        "Deltagare:", "Lena Holm, ordförande, Region Kalmar län", "Erik Berg, Nybro kommun", "",
        "| Punkt | Ärende | Beslut | Ansvarig |",
        "| 1. | Mötets öppnande: Lena Holm hälsade alla välkomna och förklarade mötet öppnat. | Erik Berg utsågs till "
        "justeringsperson. | LH |",
        "| 2. | Föregående protokoll: genomgång av protokoll från föregående möte. | Protokollet godkändes. | EB |",
        "| 3. | Gruppens styrgrupp: Sara Lind lämnar styrgruppen. | Erik Berg ersätter Sara Lind som representant i "
        "Styrgruppen. | LH |"))
    assert [(it.n, it.title) for it in ex.items if it.n] == [(1, "Mötets öppnande"), (2, "Föregående protokoll"),
                                                             (3, "Gruppens styrgrupp")]
    assert [(d.item, d.kind) for d in ex.decisions] == [(1, "other"), (2, "approve-protocol"), (3, "replacement")]


PARAGRAPHS = (
    "PROTOKOLL FRÅN NÄTVERKET FÖR FAMILJECENTRALERS TRÄFF 2089", "Datum:", "4 februari 2089", "",
    "Närvarande: Lena Holm, Region Kalmar län, Erik Berg, Nybro kommun, Sara Lind, Torsås kommun, Maria Ek, "
    "Kalmar kommun", "",
    "   Träffen öppnades av nätverkets samordnare Lena Holm som hälsade alla välkomna.", "",
    "   Till sekreterare för träffen valdes Erik Berg.", "",
    "   Föreslagen dagordning godkändes.", "",
    "   Sara Lind redovisade hur familjecentralerna i länet har arbetat med föräldrastöd under hösten. Besöken har "
    "ökat.", "   Nätverket beslutade att följa upp besöken vid nästa träff.", "",
    "   Maria Ek ersätter Johan Dahl som Kalmar kommuns representant i nätverket.", "",
    "   Nästa träff hålls den 6 maj 2089 i Nybro.")


def test_minutes_written_as_indented_paragraphs_each_an_item_titled_by_its_first_sentence(ctx: Context) -> None:
    ex = extract(ctx, lines(*PARAGRAPHS))
    assert [it.title for it in ex.items] == [
        "Träffen öppnades av nätverkets samordnare Lena Holm som hälsade alla välkomna",
        "Till sekreterare för träffen valdes Erik Berg", "Föreslagen dagordning godkändes",
        "Sara Lind redovisade hur familjecentralerna i länet har arbetat med föräldrastöd under hösten",
        "Maria Ek ersätter Johan Dahl som Kalmar kommuns representant i nätverket",
        "Nästa träff hålls den 6 maj 2089 i Nybro"]
    assert [name for name, _ in ex.items[3].presenters] == ["Sara Lind"]


def test_paragraphs_at_the_margin_are_no_such_minutes(ctx: Context) -> None:
    """The guard: the same paragraphs not indented (a report's or a letter's prose) make no items of this form."""
    ex = extract(ctx, lines(*(p.lstrip() for p in PARAGRAPHS)))
    assert not any(it.title.startswith("Till sekreterare") for it in ex.items)


def test_reading_a_text_out_to_the_meeting_presents_it(ctx: Context) -> None:
    ex = extract(ctx, lines(
        "Protokoll styrgruppen för hemrehabilitering 2089-03-18", "Närvarande: Lena Holm, Erik Berg och Sara Lind", "",
        "§ 1 Ordf. hälsade de närvarande välkomna och förklarade mötet öppnat.", "",
        "§ 2 Erik Berg läste upp föregående mötes protokoll från den 28 januari 2089. Protokollet godkändes därefter "
        "och lades till handlingarna.", "",
        "§ 3 Sara Lind presenterade resultaten från Riksstroke för 2088.", "Beslöts att resultaten skickas vidare.", "",
        "§ 4 Nästa styrgruppsmöte: onsdag 13 maj 2089 kl. 13."))
    assert [name for name, _ in ex.items[1].presenters] == ["Erik Berg"]



def test_a_paragraph_mark_alone_over_its_title_with_the_first_sentence_run_on(ctx: Context) -> None:
    ex = extract(ctx, lines(
        "Protokoll", "",
        "fört vid sammanträde med Länsgemensam ledning i samverkan, fredagen den 2 mars 2089 i Kalmar.",
        "", "Närvarande: Lena Holm, Region Kalmar län, Erik Berg, Nybro kommun", "",
        "§1", "Sammanträdet förklarades öppnat av ordföranden Lena Holm. Dagordningen fastställdes.", "",
        "§2", "Till justerare valdes Erik Berg.", "",
        "§3", "Familjestöd i länet, lägesbild 2088. Sara Lind, analytiker Region Kalmar län, redovisade",
        "utvecklingen per kommun.", "Informationen noteras.", "",
        "§4", "Nästa sammanträde hålls fredagen den 4 maj 2089 i Kalmar."))
    assert [(it.n, it.title) for it in ex.items if it.n] == [
        (1, "Sammanträdet förklarades öppnat av ordföranden Lena Holm"), (2, "Till justerare valdes Erik Berg"),
        (3, "Familjestöd i länet, lägesbild 2088"), (4, "Nästa sammanträde hålls fredagen den 4 maj 2089 i Kalmar")]
    assert [name for name, _ in ex.items[0].presenters] == ["Lena Holm"]
    assert [name for name, _ in ex.items[2].presenters] == ["Sara Lind"]


def test_an_extracts_paragraphs_numbered_by_their_section_in_the_whole_protocol(ctx: Context) -> None:
    """"1.4", "3.2": the numbers of the whole protocol's agenda, no run of the extract's own; each an item, no
    number kept."""
    ex = extract(ctx, lines(
        "Nybro kommun", "Omsorgsnämndens arbetsutskott", "PROTOKOLLSUTDRAG",
        "Sammanträde 5/2089 - 2089-05-14, kommunhuset i Nybro",
        "Närvarande: Lena Holm (C), ordförande, Erik Berg (S), Sara Lind (M).", "",
        "1.3 Val av justerare", "Sara Lind väljs till justerare.", "",
        "4.1 Familjestöd i hemmet hösten 2089 (se bilaga)",
        "Maria Ek redogör för förvaltningens förslag. Kostnaden beräknas till 300 000 kronor.",
        "Arbetsutskottet beslutar att godkänna förslaget.", "",
        "Vid protokollet,          Justeras,", "Johan Dahl                Sara Lind"))
    assert [(it.n, it.title) for it in ex.items] == [(None, "Val av justerare"),
                                                     (None, "Familjestöd i hemmet hösten 2089")]
    assert [name for name, _ in ex.items[1].presenters] == ["Maria Ek"]


THEMED = (
    "Minnesanteckningar från temamöte Samordnande grupp Äldre 14/3 2089", "", "",
    "Ensamhet bland äldre - vad kan kommunerna göra?", "", "",
    "Punkter som togs upp under temamötet i Regionhuset, Kalmar den 14/3 - 2089", "", "",
    "Deltagare", "Lena Holm, Region Kalmar län (ordförande)", "Erik Berg, Nybro kommun", "Sara Lind, Torsås kommun", "",
    "Formalia", "Lena Holm öppnade mötet. Minnesanteckningarna från förra mötet lades till handlingarna.", "", "",
    "Hur når vi de äldre som ingen når?", "Erik Berg inledde med hur ensamheten ser ut i Nybro. Vi samtalade om",
    "hur vi kan nå fler.", "", "",
    "Aktiviteter under året",
    "Som ett övergripande tema har vi satt \"ingen ensam\". På olika sätt försöker vi anknyta",
    "till detta genom insatserna nedan.", " 1. Besöksvänner i norra länet - behöver vara en grupp som jobbar med",
    " 2. Sommarträffar för äldre - Sara Lind vill gärna ordna", " 3. Studiebesök på träffpunkter - hur, när?", "", "",
    "Ekonomi", "Lena Holm redogjorde för medlen. Gruppen beslutade att 200.000 kr används till besöksvännerna.", "",
    "Nästa möte", "Nästa möte 17/9 - 2089 i Oskarshamn.")


def test_numbered_points_in_a_sections_text_under_headings_are_no_agenda(ctx: Context) -> None:
    """Minutes by unnumbered headings: a numbered list of points in one section's text (under "... nedan.") is
    that section's text; the meeting's theme above the lists is no item."""
    ex = extract(ctx, lines(*THEMED))
    assert [(it.n, it.title) for it in ex.items] == [
        (None, "Formalia"), (None, "Hur når vi de äldre som ingen når?"), (None, "Aktiviteter under året"),
        (None, "Ekonomi"), (None, "Nästa möte")]


def test_a_numbered_agenda_under_a_lead_in_sentence_stays_the_agenda(ctx: Context) -> None:
    """The guard: numbered items each with its text under it, after one sentence, are the agenda."""
    ex = extract(ctx, lines(
        "Minnesanteckningar Samordnande grupp Äldre 14/3 2089", "",
        "Deltagare", "Lena Holm, Region Kalmar län (ordförande)", "Erik Berg, Nybro kommun", "",
        "Mötet behandlade följande ärenden och fattade beslut enligt nedan.",
        "1. Mötets öppnande", "Lena Holm öppnade mötet.", "2. Ekonomi", "Erik Berg redogjorde för medlen.",
        "3. Nästa möte", "Nästa möte hålls 17/9 2089."))
    assert [it.n for it in ex.items if it.n is not None] == [1, 2, 3]


def test_a_lists_word_over_a_sentence_of_those_present_and_a_pages_section_word_are_no_items(ctx: Context) -> None:
    """A report of a meeting under a web page's section word ("Nyheter"), with "Deltagare" over the sentence naming
    those present: neither is an item, the sentence is the list; the matters' headings are the items."""
    ex = extract(ctx, lines(
        "Kommunförbundet i Kalmar län", "", "Nyheter", "", "Rapport från arbetsgruppsmöte", "",
        "Tisdagen den 9 oktober 2089 träffades Arbetsgruppen för egenvård i Nybro.", "",
        "Deltagare", "",
        "I mötet deltog Lena Holm, Kommunförbundet i Kalmar län, Erik Berg, Nybro kommun,",
        "och Sara Lind, Region Kalmar län.", "",
        "Egenkontroller", "", "Två nya egenkontroller godkändes på mötet. Sara Lind presenterade resultaten.", "",
        "Ny ordförande", "", "Till ny ordförande valdes Erik Berg.", "",
        "Budget 2090", "", "Lena Holm redovisade budgeten för nästa år."))
    assert [it.title for it in ex.items] == ["Egenkontroller", "Ny ordförande", "Budget 2090"]
    assert [(e.name, e.org) for lst in ex.attendance for e in lst.entries] == [
        ("Lena Holm", "kommunforbundet-i-kalmar-lan"), ("Erik Berg", "nybro-kommun"),
        ("Sara Lind", "region-kalmar-lan")]


def test_officers_elected_under_lettered_labels_are_the_items_text_and_capital_letters_no_part_of_a_title(
        ctx: Context) -> None:
    """"A. Ordförande: X valdes till ordförande för mötet." under "Val av mötesfunktionärer" is that item's text,
    no sub-item; "A Lägesrapport om ..." / "B Uppföljning av ..." under "Föredragning av:" are sub-items titled
    without their letters."""
    ex = extract(ctx, lines(
        "Länsgemensam lednings sammanträde", "Datum: 2089-02-12 Plats: Regionhuset, Kalmar", "",
        "Närvarande ledamöter: Lena Holm (Region Kalmar län), Erik Berg (Nybro kommun) och Sara Lind (Torsås kommun).",
        "",
        "§1 Val av mötesfunktionärer", "A. Ordförande: Lena Holm valdes till ordförande för mötet.",
        "B. Sekreterare: Maria Ek valdes till sekreterare för mötet.", "C. Justerare: Erik Berg valdes till justerare.",
        "", "§2 Föregående protokoll", "Protokollet godkändes och lades till handlingarna.", "",
        "§3 Föredragning av:", "A Lägesrapport om familjestödet i länet",
        "Sara Lind redogjorde för lägesrapporten, se bilaga 1. Andelen familjer som fått stöd har ökat till 31 "
        "procent.",
        "B Uppföljning av överenskommelsen",
        "Erik Berg redovisade kommunernas uppföljning av väntetiderna till familjestödet under hösten.",
        "Informationen noterades.", "", "§4 Nästa sammanträde", "Nästa sammanträde hålls den 16 april 2089."))
    assert [(it.n, it.parent, it.title) for it in ex.items] == [
        (1, None, "Val av mötesfunktionärer"), (2, None, "Föregående protokoll"), (3, None, "Föredragning av"),
        (None, 3, "Lägesrapport om familjestödet i länet"), (None, 3, "Uppföljning av överenskommelsen"),
        (4, None, "Nästa sammanträde")]


NOTES_BESIDE = (
    "Protokoll samordnande grupp Barn och unga 2089-03-16", "",
    "Närvarande: Lena Holm, Region Kalmar län, Erik Berg, Nybro kommun, Sara Lind, Torsås kommun", "",
    "Dagordning och beslut",
    "§ / Ärende                                Anteckning och beslut", "",
    "§ 1 Sammanträdet öppnas                   Lena Holm öppnade sammanträdet och",
    "                                          hälsade alla välkomna.", "",
    "§ 2 Val av protokolljusterare             Erik Berg valdes att jämte",
    "                                          ordföranden justera protokollet.", "",
    "§ 3 Familjestöd i hemmet (se bilaga)      Sara Lind, utvecklingsledare i",
    "                                          Torsås kommun, föredrog förslaget",
    "                                          till arbetsfördelning. Gruppen beslutade att",
    "                                          ställa sig bakom förslaget.", "",
    "§ 4 Beslut nr 2 om medel för utbildning   Gruppen beslutade att föreslå",
    "                                          Länsgemensam ledning att fastställa",
    "                                          fördelningen.", "",
    "§ 5 Ny ledamot                            Maria Ek ersätter",
    "                                          Johan Dahl som ledamot i gruppen.", "",
    "§ 6 Nästa sammanträde                     Nästa sammanträde hålls",
    "                                          den 11 maj 2089 i Kalmar.", "",
    "Vid protokollet                           Justeras",
    "Maria Ek                                  Lena Holm")


def test_items_beside_their_notes_and_decisions_in_two_columns_whatever_opens_the_notes(ctx: Context) -> None:
    """Each item's notes in the right column under "Anteckning och beslut", one sentence wrapped over lines, a name
    first in some ("Sara Lind, utvecklingsledare i" / "Torsås kommun, föredrog ..."): every item read, its title the
    left cell whole ("Beslut nr 2 om ..."), the notes its text, the signatures under the table none of it."""
    ex = extract(ctx, lines(*NOTES_BESIDE))
    assert [(it.n, it.title) for it in ex.items] == [
        (1, "Sammanträdet öppnas"), (2, "Val av protokolljusterare"), (3, "Familjestöd i hemmet"),
        (4, "Beslut nr 2 om medel för utbildning"), (5, "Ny ledamot"), (6, "Nästa sammanträde")]
    assert [name for name, _ in ex.items[2].presenters] == ["Sara Lind"]
    assert [(d.item, d.kind) for d in ex.decisions] == [(2, "other"), (3, "other"), (4, "other"),
                                                        (5, "replacement")]


def test_the_presence_word_and_which_list_after_a_comma_over_tables_of_those_present(ctx: Context) -> None:
    """"Närvaro, ordinarie ledamöter:" heads the members' table (it is no table's head row of its own for its
    "Närvaro" and "ledamöter"); "Närvaro, suppleanter och adjungerade:" the others'; "nej" is one absent."""
    got = _lists(ctx, lines(
        "Protokoll samordnande grupp Psykisk hälsa", "", "26 mars 2089", "",
        "Närvaro, ordinarie ledamöter:",
        "Namn                | Organisation                  | Uppdrag              | Närvarande",
        "Lena Holm           | Västerviks kommun             | ordförande           | ja",
        "Erik Berg           | Nybro kommun                  | ledamot              | ja",
        "Sara Lind           | Torsås kommun                 | ledamot              | nej", "",
        "Närvaro, suppleanter och adjungerade:",
        "Namn                | Organisation                  | Uppdrag              | Närvarande",
        "Maria Ek            | Mönsterås kommun              | suppleant            | ja",
        "Johan Dahl          | Kommunförbundet i Kalmar län  | utvecklingsledare    | ja", "",
        "§ 12", "Mötets öppnande", "", "Ordförande Lena Holm hälsade välkommen och förklarade mötet öppnat."))
    assert got["ledamoter"] == [("Lena Holm", "vasterviks-kommun"), ("Erik Berg", "nybro-kommun")]
    assert got["ovriga"] == [("Maria Ek", "monsteras-kommun"), ("Johan Dahl", "kommunforbundet-i-kalmar-lan")]


def test_lettered_points_with_a_stop_and_a_bracket_after_the_letter(ctx: Context) -> None:
    ex = extract(ctx, lines(
        "Protokoll styrgruppsmöte 2089-09-10", "Närvarande: Lena Holm, Erik Berg och Sara Lind", "",
        "1. Mötet öppnas", "Lena Holm öppnade mötet.", "",
        "2. Övriga frågor:",
        "a.) Ny ledamot. Maria Ek lämnar styrgruppen. Styrgruppen beslutade att Johan Dahl",
        "ersätter Maria Ek som ledamot i styrgruppen från och med den 1 oktober 2089.", "",
        "b.) Informationsmaterial till anhöriga. Erik Berg tar fram ett förslag till nästa",
        "möte.", "",
        "3. Mötet avslutas", "Lena Holm avslutade mötet."))
    assert [(it.n, it.parent, it.title) for it in ex.items] == [
        (1, None, "Mötet öppnas"), (2, None, "Övriga frågor"), (None, 2, "Ny ledamot"),
        (None, 2, "Informationsmaterial till anhöriga"), (3, None, "Mötet avslutas")]
