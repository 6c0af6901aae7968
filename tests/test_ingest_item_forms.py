"""Round 17 (issue 13), agenda items, decisions and amounts: how item headings are numbered and told from
what only repeats them (an organ's abbreviation before a paragraph, a paragraph's year after it, a number run
into its title with a colon, ...).

Each test writes its own input text (names and titles invented here, not taken from the generated corpus) and
checks what the extraction makes of it, with negative cases that must not be read.
"""

from __future__ import annotations

import pytest

from graph.ingest.extract_agenda_numbering import item_number
from graph.ingest.pipeline import Context

from .test_ingest_shapes import lines
from .test_ingest_structure import extract


def items(ctx: Context, text: str) -> list[tuple[int | None, str]]:
    return [(it.n, it.title) for it in extract(ctx, text).items if it.parent is None]


# --------------------------------------------------------------------------- an organ's paragraphs


@pytest.mark.parametrize(("line", "num", "title"), [
    ("KS § 112 Budget 2031", 112, "Budget 2031"),
    ("Ks §112 Budget 2031", 112, "Budget 2031"),
    ("BUN § 7 VERKSAMHETSPLAN", 7, "VERKSAMHETSPLAN"),
    ("Sn § 23 Val av justerare", 23, "Val av justerare"),
    ("AU 41 Riktlinjer för hemtjänst", 41, "Riktlinjer för hemtjänst"),
    ("SBN 5: Uppföljning", 5, "Uppföljning"),
    ("Nv 5 Uppföljning:", 5, "Uppföljning"),
    ("Pm 5 Uppföljning", 5, "Uppföljning"),
    ("§ 14/31 Delårsrapport", 14, "Delårsrapport"),
    ("§ 14/2031 Delårsrapport", 14, "Delårsrapport"),
    ("§14 / 31 Delårsrapport", 14, "Delårsrapport"),
    ("3:Fastställande av dagordning", 3, "Fastställande av dagordning"),
])
def test_a_paragraph_with_its_organ_or_year_and_a_number_run_into_its_title(line: str, num: int, title: str) -> None:
    assert item_number(line) is not None
    got = item_number(line)
    assert got is not None and got[0] == num and got[1] == title


@pytest.mark.parametrize("line", [
    "SFS 2001 Socialtjänstlag",          # a law's number
    "KS 2031/123 Budget",                # a diary number
    "Dnr 2031/12",
    "EU 27 Länder deltog",
    "§ 14/31/2 Budget",                  # no paragraph/year
    "10:30 Fika",                        # a time of day
    "Kl 10:Fika",
    "KS 3,5 miljoner kronor",
    "Kl 10 Fika",
    "Tf 3 Avdelningar",
    "PM 3 Riktlinjer",                  # a memorandum
])
def test_codes_and_numbers_after_capitals_are_no_paragraphs(line: str) -> None:
    got = item_number(line)
    assert got is None or got[2] != "§"


@pytest.mark.parametrize("mark", ["SN § {n}", "AU {n}", "§ {n}/31", "KF §{n}"])
def test_running_paragraphs_with_an_organ_or_year_are_the_agenda(ctx: Context, mark: str) -> None:
    heads = ["Mötets öppnande", "Budget för nästa år", "Rapport om hemtjänsten", "Avslutning"]
    bodies = ["Ordföranden Lena Strand öppnade mötet.", "Nämnden beslutar att anta budgeten.",
              "Olof Berg informerade om läget i hemtjänsten.", "Ordföranden avslutade mötet."]
    rows = ["Protokoll Socialnämnden 2031-03-04", ""]
    for i, (h, b) in enumerate(zip(heads, bodies, strict=True)):
        rows += [f"{mark.format(n=40 + i)} {h}", b, ""]
    assert items(ctx, lines(*rows)) == [(40 + i, h) for i, h in enumerate(heads)]


def test_a_number_run_into_its_title_with_a_colon(ctx: Context) -> None:
    heads = ["Mötets öppnande", "Budget för nästa år", "Rapport om hemtjänsten", "Avslutning"]
    bodies = ["Ordföranden Lena Strand öppnade mötet.", "Gruppen beslutar att anta budgeten.",
              "Olof Berg informerade om läget i hemtjänsten.", "Ordföranden avslutade mötet."]
    rows = ["Minnesanteckningar Nätverket för äldre 2031-03-04", ""]
    for i, (h, b) in enumerate(zip(heads, bodies, strict=True), 1):
        rows += [f"{i}:{h}", b]
    assert items(ctx, lines(*rows)) == [(i, h) for i, h in enumerate(heads, 1)]


# --------------------------------------------------------------------------- a table of contents above the items

HEADS = ["Mötets öppnande", "Val av justerare", "Budget för nästa år", "Rapport om hemtjänsten", "Avslutning"]
BODIES = ["Ordföranden Lena Strand öppnade mötet.", "Olof Berg valdes att justera protokollet.",
          "Nämnden beslutar att anta budgeten.", "Greta Sund informerade om läget i hemtjänsten.",
          "Ordföranden avslutade mötet."]


def minutes(mark: str, first: int = 1) -> list[str]:
    rows: list[str] = []
    for i, (h, b) in enumerate(zip(HEADS, BODIES, strict=True)):
        rows += [f"{mark.format(n=first + i)} {h}", b, ""]
    return rows


@pytest.mark.parametrize(("listing", "mark", "first"), [
    # grouped by kind of matter, in another order than the paragraphs, no blank line after it
    (["Innehåll", "Ärenden för beslut", "§ 23   Budget för nästa år", "Ärenden för information",
      "§ 21   Mötets öppnande", "§ 22   Val av justerare", "§ 24   Rapport om hemtjänsten", "§ 25   Avslutning"],
     "§ {n}", 21),
    # an agenda sent out, run straight into the first item of the same numbers
    (["Föredragningslista", *[f"{i}. {h}" for i, h in enumerate(HEADS, 1)]], "{n}.", 1),
    # a table of contents in paragraphs over an organ's paragraphs
    (["Förteckning", *[f"§ {i}\t{h}" for i, h in enumerate(HEADS, 7)]], "SN § {n}", 7),
])
def test_a_list_of_the_titles_above_the_items_is_no_items(ctx: Context, listing: list[str], mark: str,
                                                         first: int) -> None:
    text = lines("Protokoll Socialnämnden 2031-03-04", "", *listing, *minutes(mark, first))
    got = [(it.n, it.title, it.lines[0]) for it in extract(ctx, text).items if it.parent is None]
    assert [(n, t) for n, t, _ in got] == [(first + i, h) for i, h in enumerate(HEADS)]
    assert all(line > len(listing) + 2 for _, _, line in got)       # each item at its heading, below the list


def test_numbered_titles_found_nowhere_else_stay_items(ctx: Context) -> None:
    """Items written as titles alone (no text under any) are the agenda, not a list of it."""
    text = lines("Protokoll Socialnämnden 2031-03-04", "", *[f"§ {i} {h}" for i, h in enumerate(HEADS, 1)],
                 "", "Vid protokollet", "Olof Berg")
    assert [(it.n, it.title) for it in extract(ctx, text).items] == [(i, h) for i, h in enumerate(HEADS, 1)]


def test_a_list_of_titles_repeated_by_less_than_two_thirds_is_the_agenda(ctx: Context) -> None:
    """A list whose titles mostly stand nowhere below is no table of contents: it is read as before."""
    text = lines("Protokoll Socialnämnden 2031-03-04", "", *[f"{i}. {h}" for i, h in enumerate(HEADS, 1)], "",
                 "Mötets öppnande", "Ordföranden Lena Strand öppnade mötet.")
    assert [it.n for it in extract(ctx, text).items if it.parent is None][:5] == [1, 2, 3, 4, 5]


def test_a_listed_title_found_again_with_its_presenter_after_it(ctx: Context) -> None:
    """The items' headings name who presents them ("§ 23 Budget för nästa år – Olof Berg"): the list above
    them is still their table of contents."""
    listing = ["Innehåll", *[f"§ {21 + i}   {h}" for i, h in enumerate(HEADS)]]
    rows: list[str] = []
    for i, (h, b) in enumerate(zip(HEADS, BODIES, strict=True)):
        who = [" – Olof Berg", " (Greta Sund)", ", Lena Strand"][i % 3] if i in (1, 2, 3) else ""
        rows += [f"### §{21 + i} {h}{who}", b, ""]
    text = lines("# Protokoll Socialnämnden 2031-03-04", "", *listing, "", *rows)
    got = [it for it in extract(ctx, text).items if it.parent is None]
    assert [(it.n, it.title) for it in got] == [(21 + i, h) for i, h in enumerate(HEADS)]
    assert all(it.lines[0] > len(listing) + 2 for it in got)


def test_a_heading_run_into_its_number_repeating_a_listed_title_near_a_page_break_is_no_page_furniture(
        ctx: Context) -> None:
    """ "8:Nästa möte" under a page's running head repeats "§ 8 Nästa möte" of the contents: a heading, not the
    page's furniture."""
    listing = ["Innehåll", *[f"§ {i}   {h}" for i, h in enumerate(HEADS, 1)]]
    rows: list[str] = []
    for i, (h, b) in enumerate(zip(HEADS, BODIES, strict=True), 1):
        rows += (["SOCIALNÄMNDEN          PROTOKOLL          2(3)", ""] if i == 3 else []) + [f"### {i}:{h}", b, ""]
    text = lines("# Protokoll Socialnämnden 2031-03-04", "", *listing, "", *rows)
    got = [it for it in extract(ctx, text).items if it.parent is None]
    assert [(it.n, it.title) for it in got] == [(i, h) for i, h in enumerate(HEADS, 1)]
    assert all(it.lines[0] > len(listing) + 2 for it in got)      # at their headings, not in the contents


# --------------------------------------------------------------------------- sections inside an item, after the last


@pytest.mark.parametrize("tasks", [
    ["Att göra", "- Skicka ut kallelsen (Olof Berg, senast 2031-04-01)",
     "- Boka lokal (Greta Sund, senast 2031-04-20)"],
    ["Uppföljning", "Skicka ut kallelsen. Ansvarig: Olof Berg. Klart till: 2031-04-01.",
     "Boka lokal. Ansvarig: Greta Sund. Klart till: 2031-04-20."],
    ["Åtgärder", "| Åtgärd | Ansvarig | Klart |", "|---|---|---|", "| Skicka ut kallelsen | Olof Berg | april |"],
    ["Uppdrag till nästa möte", "- [ ] Olof Berg: skicka ut kallelsen", "- [x] Greta Sund: boka lokal"],
])
def test_a_list_of_tasks_after_the_last_item_is_no_item(ctx: Context, tasks: list[str]) -> None:
    rows = ["Minnesanteckningar Nätverket för äldre 2031-03-04", ""]
    for i, (h, b) in enumerate(zip(HEADS, BODIES, strict=True), 1):
        rows += [f"{i}. {h}", b, ""]
    got = extract(ctx, lines(*rows, *tasks))
    assert [(it.n, it.title) for it in got.items] == [(i, h) for i, h in enumerate(HEADS, 1)]


def test_a_heading_over_text_that_names_no_task_stays_a_sub_item(ctx: Context) -> None:
    """Sub-headings over sentences (one names a deadline in passing) are the item's parts."""
    rows = ["Minnesanteckningar Nätverket för äldre 2031-03-04", "", "1. Rapporter", "",
            "Hemtjänsten", "Greta Sund informerade om läget i hemtjänsten, som ska redovisas senast 2031-05-01.", "",
            "Ekonomi", "Olof Berg redovisade utfallet för första kvartalet i detalj.", "", "2. Avslutning",
            "Ordföranden avslutade mötet."]
    got = [(it.parent, it.title) for it in extract(ctx, lines(*rows)).items]
    assert (1, "Hemtjänsten") in got and (1, "Ekonomi") in got


@pytest.mark.parametrize("label", ["Beskrivning av ärendet", "Propositionsordning", "Beslutsgång", "Nämndens beslut",
                                   "Arbetsutskottets beslut", "Dnr SN 2031/44", "Jäv"])
def test_the_labelled_parts_of_a_paragraph_are_no_sub_items(ctx: Context, label: str) -> None:
    rows = ["Protokoll Socialnämnden 2031-03-04", "", "§ 12 Budget för nästa år",
            "Greta Sund redovisade förslaget till budget för nästa år.", label,
            "Förslaget har beretts av förvaltningen under våren.", "Beslut",
            "Nämnden beslutar att anta budgeten.", "", "§ 13 Avslutning", "Ordföranden avslutade mötet."]
    got = [(it.n, it.parent, it.title) for it in extract(ctx, lines(*rows)).items]
    assert got == [(12, None, "Budget för nästa år"), (13, None, "Avslutning")]


# --------------------------------------------------------------------------- the meeting the items belong to


@pytest.mark.parametrize(("line", "date"), [
    ("Mötesdatum: 310304", "2031-03-04"),
    ("Sammanträdesdatum: 310304 kl. 13.00–15.00", "2031-03-04"),
    ("Tid: 310304, Stadshuset, Nybro", "2031-03-04"),
    ("Datum: 310304 09.00-12.00", "2031-03-04"),
    ("Datum: 20310304", "2031-03-04"),
    ("310304, kl. 09.00–12.00", "2031-03-04"),         # no label: "kl." and a time after it
])
def test_a_date_stamp_in_six_digits_under_a_date_label_dates_the_meeting(ctx: Context, line: str, date: str) -> None:
    text = lines("Protokoll Socialnämnden", line, "", "§ 1 Mötets öppnande", "Ordföranden Lena Strand öppnade mötet.",
                 "", "§ 2 Budget", "Nämnden beslutar att anta budgeten.")
    ex = extract(ctx, text)
    assert ex.date == date
    assert [it.n for it in ex.items] == [1, 2]


@pytest.mark.parametrize("line", ["Dnr: 310304", "Tid: 310399", "Datum: 310304 rum 4", "Telefon: 310304", "310304",
                                  "Tel 310304, kl. 09.00"])
def test_six_digits_that_are_no_date_stamp_date_nothing(ctx: Context, line: str) -> None:
    text = lines("Protokoll Socialnämnden", line, "", "§ 1 Mötets öppnande", "Ordföranden Lena Strand öppnade mötet.")
    assert extract(ctx, text).date is None


@pytest.mark.parametrize("label", ["Beslutsunderlag", "Handlingar:", "Underlag", "Bilagor"])
def test_the_entries_of_a_documents_list_are_no_sub_items(ctx: Context, label: str) -> None:
    rows = ["Minnesanteckningar Nätverket för äldre 2031-03-04", ""]
    for i, (h, b) in enumerate(zip(HEADS, BODIES, strict=True), 1):
        rows += [f"{i}. {h}", b]
        if i in (3, 4):     # the same dated entry in two lists (a page's layout may take it for a running head)
            rows += [label, "Tjänsteskrivelse 2031-02-20", f"Redovisning av underlaget till punkt {i}"]
        rows += [""]
    got = [(it.n, it.parent, it.title) for it in extract(ctx, lines(*rows)).items]
    assert got == [(i, None, h) for i, h in enumerate(HEADS, 1)]


def test_a_sub_item_under_a_closed_documents_list_stays(ctx: Context) -> None:
    """A documents list ends at the sentence after it: the lettered sub-item after that is the item's."""
    rows = ["Minnesanteckningar Nätverket för äldre 2031-03-04", "", "1. Mötets öppnande",
            "Ordföranden Lena Strand öppnade mötet.", "", "2. Rapporter", "Beslutsunderlag", "- Tjänsteskrivelse",
            "Gruppen noterar informationen.", "2 a Hemtjänsten – Greta Sund", "Läget i hemtjänsten redovisades.",
            "2 b Ekonomi – Olof Berg", "Utfallet för första kvartalet redovisades.", "", "3. Avslutning",
            "Ordföranden avslutade mötet."]
    got = [(it.n, it.parent, it.title) for it in extract(ctx, lines(*rows)).items]
    assert (None, 2, "Hemtjänsten") in got and (None, 2, "Ekonomi") in got


# --------------------------------------------------------------------------- proposals are no decisions


def decided(ctx: Context, sentences: list[str]) -> list[tuple[str, tuple[int, int]]]:
    text = lines("Protokoll Socialnämnden 2031-03-04", "", "§ 1 Mötets öppnande",
                 "Ordföranden Lena Strand öppnade mötet.", "", "§ 2 Riktlinjer för hemtjänsten",
                 "Greta Sund redovisade förslaget.", *sentences, "",
                 "§ 3 Avslutning", "Ordföranden avslutade mötet.")
    return [(d.kind, d.lines) for d in extract(ctx, text).decisions if d.lines[0] >= 8]


@pytest.mark.parametrize("proposal", [
    "Förvaltningen föreslår socialnämnden besluta att anta riktlinjerna.",
    "Kansliet föreslår Samordnande gruppen Äldre besluta att uppdra åt Olof Berg att ta fram ett underlag.",
    "Arbetsutskottet föreslog nämnden att besluta att anta riktlinjerna.",
    "Arbetsutskottets forslag: Olof Berg får i uppdrag att ta fram ett underlag.",
    "Nämndens förslag till beslut: riktlinjerna antas.",
])
def test_a_proposal_that_a_body_decide_is_no_decision(ctx: Context, proposal: str) -> None:
    assert decided(ctx, [proposal]) == []


@pytest.mark.parametrize("decision", [
    "Socialnämnden beslutar att anta riktlinjerna.",
    "Beslut: Nämnden beslutar enligt förvaltningens förslag att anta riktlinjerna.",
    "Nämnden beslutar att anta riktlinjerna i enlighet med vad förvaltningen föreslår.",
])
def test_a_decision_naming_the_proposal_stays_a_decision(ctx: Context, decision: str) -> None:
    assert decided(ctx, [decision]) == [("other", (8, 8))]


def test_the_decision_after_a_proposal_is_read_alone(ctx: Context) -> None:
    assert decided(ctx, ["Förvaltningen föreslår socialnämnden besluta att anta riktlinjerna.",
                         "Socialnämnden beslutar att anta riktlinjerna."]) == [("other", (9, 9))]


# --------------------------------------------------------------------------- a group named by its kind's initials


@pytest.mark.parametrize(("written", "group"), [
    ("SG Äldre", "samordnande-grupp-aldre"),
    ("SG Psykisk hälsa", "samordnande-grupp-psykisk-halsa"),
    ("SG Barn och unga", "samordnande-grupp-barn-och-unga"),
])
def test_a_coordinating_group_by_its_initials_is_the_group(ctx: Context, written: str, group: str) -> None:
    hit = ctx.orgs.resolve(written)
    assert hit is not None and hit.id == group
    text = lines(f"Minnesanteckningar {written} 2031-03-04", "", "1. Mötets öppnande", "Lena Strand öppnade mötet.",
                 "", "2. Ledamöter", f"Olof Berg ersätter Greta Sund som ledamot i {written}.", "", "3. Avslutning",
                 "Lena Strand avslutade mötet.")
    [d] = [d for d in extract(ctx, text).decisions if d.kind == "replacement"]
    assert d.group == group


@pytest.mark.parametrize("written", ["SG", "SG Nybro", "SG Budget", "AG Äldre"])
def test_initials_before_no_known_topic_name_no_group(ctx: Context, written: str) -> None:
    hit = ctx.orgs.resolve(written)
    assert hit is None or not hit.id.startswith("samordnande-grupp")


# --------------------------------------------------------------------------- unnumbered items after a table of contents


@pytest.mark.parametrize("leader", [" .............. {p}", " … {p}", "        {p}"])
def test_unnumbered_headings_a_paged_table_of_contents_lists_are_the_items(ctx: Context, leader: str) -> None:
    """"Innehåll" / "Budget ........ 3" over headings written without numbers, capitals and no blank lines, one
    with its presenter after it: the headings are the items, the contents none."""
    contents = ["Innehåll", "Ärenden för beslut", *[f"{h}{leader.format(p=i + 2)}" for i, h in enumerate(HEADS)
                                                     if i == 2],
                "Ärenden för information", *[f"{h}{leader.format(p=i + 2)}" for i, h in enumerate(HEADS) if i != 2]]
    rows: list[str] = []
    for i, (h, b) in enumerate(zip(HEADS, BODIES, strict=True)):
        rows += [h.upper() + (" – Greta Sund" if i == 3 else ""), b]
    text = lines("Protokoll Socialnämnden", "Datum: 2031-03-04", *contents, *rows)
    got = extract(ctx, text)
    assert [it.title.upper() for it in got.items] == [h.upper() for h in HEADS]
    assert all(it.lines[0] > len(contents) + 2 for it in got.items)


def test_a_page_foot_of_signatures_side_by_side_is_furniture() -> None:
    from graph.ingest.layout import clean_layout
    out = clean_layout(["Protokoll", "Text.", "Justerarsignaturer          Utdragsbestyrkande", "Mer text.",
                        "Justerandes sign.    Utdragsbestyrkande", "Justerare: Olof Berg"])
    assert out.layout == {3, 5}


@pytest.mark.parametrize("written", ["Prcsidiekonferens", "Presidiekonfcrensen", "Presidiekonferensen"])
def test_a_scan_misreading_a_letter_of_the_meeting_word_keeps_the_kind_of_meeting(ctx: Context, written: str) -> None:
    text = lines("MÖTESANTECKNINGAR", f"Möte med {written}", "Datum: 2031-03-04", "", "1. Mötets öppnande",
                 "Lena Strand öppnade mötet.", "", "2. Avslutning", "Lena Strand avslutade mötet.")
    assert extract(ctx, text).meeting_kind == "presidiekonferens"


@pytest.mark.parametrize("written", ["Presidiet", "Presentationer", "Processgruppen"])
def test_words_near_no_meeting_word_give_no_kind_of_meeting(ctx: Context, written: str) -> None:
    text = lines("MÖTESANTECKNINGAR", f"Möte med {written}", "Datum: 2031-03-04", "", "1. Mötets öppnande",
                 "Lena Strand öppnade mötet.", "", "2. Avslutning", "Lena Strand avslutade mötet.")
    assert extract(ctx, text).meeting_kind not in ("presidiekonferens", "presidiemote")


# --------------------------------------------------------------------------- a network no record defines


@pytest.mark.parametrize(("head", "name"), [
    (["Minnesanteckningar från möte med Nätverket för skolsköterskor i Kalmar län"],
     "Nätverket för skolsköterskor i Kalmar län"),
    (["PROTOKOLL", "LÄNSNÄTVERKET FÖR BARNKONVENTIONEN"], "LÄNSNÄTVERKET FÖR BARNKONVENTIONEN"),
    (["Sammanträdesprotokoll", "Organ: Tolknätverket i Kalmar län"], "Tolknätverket i Kalmar län"),
    (["Protokoll från Nätverket för skolsköterskor den 4 mars 2031"], "Nätverket för skolsköterskor"),
])
def test_a_network_the_title_names_with_its_body_holds_the_seats_of_its_meeting(ctx: Context, head: list[str],
                                                                                name: str) -> None:
    """The network's name after "från möte med", under a title word alone, after "Organ:", before a date's "den";
    the body it belongs to said in the header; a replacement "i nätverket" holds its seat in it."""
    text = lines(*head, "Datum: 2031-03-04", "", "Nätverket är knutet till samordnande grupp Äldre.", "",
                 "1. Mötets öppnande", "Lena Strand öppnade mötet.", "", "2. Ledamöter",
                 "Olof Berg ersätter Greta Sund som representant i nätverket.", "", "3. Avslutning",
                 "Lena Strand avslutade mötet.")
    ex = extract(ctx, text)
    assert [(g[1], g[2], g[3]) for g in ex.new_groups] == [(name, "network", "samordnande-grupp-aldre")]
    assert ex.meeting_of == ex.new_groups[0][0]
    [d] = [d for d in ex.decisions if d.kind == "replacement"]
    assert d.group == ex.new_groups[0][0] and d.new == "Olof Berg" and d.replaced == "Greta Sund"


@pytest.mark.parametrize(("title", "groups"), [
    ("Protokoll Samordnande grupp Äldre", []), ("Protokoll Länsgemensam ledning", []),
    ("Protokoll från nätverksträff om anhörigstöd", []),
    # (a network no record knows and no body it belongs to: the network, part of none, since the twenty-fifth round)
    ("Minnesanteckningar från möte med Nätverket för skolsköterskor", [("Nätverket för skolsköterskor", None)])])
def test_a_title_naming_a_known_body_defines_none(ctx: Context, title: str, groups: list) -> None:
    text = lines(title, "Datum: 2031-03-04", "", "1. Mötets öppnande", "Lena Strand öppnade mötet.")
    assert [(g[1], g[3]) for g in extract(ctx, text).new_groups] == groups
