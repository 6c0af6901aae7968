"""Round 15 (tuner A): classes of text read for attendance, presenters and reconciliation, with
invented variants the generator does not write and look-alikes that must not be read."""

from __future__ import annotations

from graph.ingest.layout import clean_layout, unquote_mail


def test_a_forwarded_protocol_loses_its_quotation_marks() -> None:
    lines = ["Hej, se nedan.", "", "---- Vidarebefordrat ----", ">> Protokoll", ">> Närvarande:",
             "> > Karin Berg, Nybro kommun", ">Per Ek, Region Kalmar län", ">", "> 1. Mötets öppnande",
             "> Karin Berg öppnade mötet."]
    out = unquote_mail(lines)
    assert len(out) == len(lines)
    assert out[3:7] == ["Protokoll", "Närvarande:", "Karin Berg, Nybro kommun", "Per Ek, Region Kalmar län"]
    assert out[0] == "Hej, se nedan." and out[7] == ""
    assert clean_layout(lines).lines[8] == "1. Mötets öppnande"


def test_a_quoted_line_or_two_keeps_its_marks() -> None:
    lines = ["Protokoll", "Närvarande:", "Karin Berg, Nybro kommun", "> citat ur remissen", "Per Ek",
             "1. Mötets öppnande", "Karin Berg öppnade mötet.", "2. Avslutning", "Mötet avslutades."]
    assert unquote_mail(lines) == lines
    prose = ["Andelen > 50 procent.", "> 3 timmar", "Närvarande", "Karin Berg", "Per Ek", "Ola Ek", "Eva Ek"]
    assert unquote_mail(prose) == prose


# --------------------------------------------------------------------------- attendance

import pytest  # noqa: E402

from graph.ingest.pipeline import Context  # noqa: E402
from graph.ingest.reconcile import PersonMatcher, reconcile_record  # noqa: E402

from .test_ingest_shapes import entries, lines  # noqa: E402
from .test_ingest_structure import extract  # noqa: E402


def _meeting(*rows: str) -> str:
    return lines("Protokoll samordnande grupp Äldre 2031-04-08", "Plats: Stadshuset, Nybro", "", *rows, "",
                 "1. Mötets öppnande", "Greta Sund öppnade mötet.", "", "2. Mötets avslutande",
                 "Greta Sund avslutade mötet.")


@pytest.mark.parametrize("row", [
    "Närvarande: Greta Sund, S (Nybro), Olof Berg, KD (Kalmar kommun), Lena Strand, MP (Regionen)",
    "Närvarande: Greta Sund, S (Nybro); Olof Berg, KD (Kalmar kommun); Lena Strand, MP (Regionen)",
])
def test_a_party_before_the_organisations_bracket_in_a_run_in_list(ctx: Context, row: str) -> None:
    ex = extract(ctx, _meeting(row))
    assert list(entries(ex).values()) == [[("Greta Sund", "nybro-kommun"), ("Olof Berg", "kalmar-kommun"),
                                            ("Lena Strand", "region-kalmar-lan")]]


@pytest.mark.parametrize("rows", [
    ("Ledamöter", "Greta Sund, Kalmar", "Olof Berg, Nybro"),
    ("Ledamöter", "Greta Sund (Kalmar)", "Olof Berg (Nybro)"),
    ("Ledamöter", "Greta Sund (S)          Kalmar", "Olof Berg (M)           Nybro"),
])
def test_kalmar_alone_in_an_entrys_organisation_slot_is_the_kommun(ctx: Context, rows: tuple[str, ...]) -> None:
    ex = extract(ctx, _meeting(*rows))
    assert list(entries(ex).values()) == [[("Greta Sund", "kalmar-kommun"), ("Olof Berg", "nybro-kommun")]]


def test_kalmar_in_prose_names_no_organisation(ctx: Context) -> None:
    text = _meeting("Ledamöter", "Greta Sund, Nybro", "Olof Berg, Nybro").replace(
        "Greta Sund avslutade mötet.", "Greta Sund berättade om utbildningsdagen i Kalmar.")
    ex = extract(ctx, text)
    assert "kalmar-kommun" not in {o for got in entries(ex).values() for _, o in got}


@pytest.mark.parametrize("deputies", ["Tjänstgörande ersättare", "Tjänstgörande ersättare:",
                                      "Ersättare (tjänstgörande)"])
def test_deltagare_beside_serving_deputies_are_the_members(ctx: Context, deputies: str) -> None:
    ex = extract(ctx, _meeting("Deltagare", "Greta Sund, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                               deputies, "Lena Strand, Torsås kommun, ersättare för Nils Åberg"))
    kinds = {lst.heading: lst.kind for lst in ex.attendance}
    assert kinds["Deltagare"] == "ledamoter"


def test_deltagare_beside_a_members_list_stay_participants(ctx: Context) -> None:
    ex = extract(ctx, _meeting("Ledamöter", "Greta Sund, Nybro kommun", "Olof Berg, Kalmar kommun", "",
                               "Deltagare", "Lena Strand, Torsås kommun"))
    kinds = {lst.heading: lst.kind for lst in ex.attendance}
    assert kinds["Ledamöter"] == "ledamoter" and kinds["Deltagare"] != "ledamoter"


# --------------------------------------------------------------------------- reconciliation


def _record(present: list[str], named: list[str]) -> dict:
    return {"people": [{"name": n, "lines": "30"} for n in named],
            "meetings": [{"status": "held", "attendance": [
                {"list": "ledamoter", "entries": [{"name": n, "line": i} for i, n in enumerate(present, 5)]}]}]}


def test_co_attendance_is_evidence_only_for_someone_who_attends(ctx: Context) -> None:
    """A spelling a letter from a known person, named only in prose (a replacement, a presenter's label):
    the known person's fellow members at the meeting are no evidence that it is that person."""
    matcher: PersonMatcher = ctx.matcher
    known = [p for p in (ctx.people.people if ctx.people else []) if len(matcher.peers_of.get(p.name, ())) >= 3]
    assert known, "the records name people who attended together"
    person = known[0].name
    peers = sorted(matcher.peers_of[person])[:3]
    given, *rest = person.split()
    surname = rest[-1]
    twisted = f"{given} {' '.join(rest[:-1] + [surname[:2] + surname[1] + surname[2:]])}"   # a doubled letter
    named_only = {r.spelling: r.match.status for r in reconcile_record(_record(peers, [twisted]), matcher)}
    assert named_only[twisted] != "known"
    attending = {r.spelling: r.match for r in reconcile_record(_record([*peers, twisted], []), matcher)}
    assert any("attended before" in e.reason for e in attending[twisted].evidence)


# --------------------------------------------------------------------------- presenters


def _item(*body: str) -> str:
    return lines("Protokoll samordnande grupp Äldre 2031-04-08", "Plats: Stadshuset, Nybro", "", "Närvarande",
                 "Greta Sund, Nybro kommun", "Olof Berg, Kalmar kommun", "Lena Strand, Region Kalmar län",
                 "Per Holm, Torsås kommun", "", "1. Mötets öppnande", "Greta Sund öppnade mötet.", "",
                 "2. Läget i länet", *body, "", "3. Mötets avslutande", "Greta Sund avslutade mötet.")


def _presenters(ctx: Context, *body: str) -> list[str]:
    ex = extract(ctx, _item(*body))
    [item] = [it for it in ex.items if it.n == 2]
    return [name for name, _ in item.presenters]


@pytest.mark.parametrize(("body", "want"), [
    (["Informatör: Olof Berg, Lena Strand"], ["Olof Berg", "Lena Strand"]),
    (["Informatörer: Olof Berg och Lena Strand", "", "Arbetet pågår."], ["Olof Berg", "Lena Strand"]),
    (["Information lämnades av Olof Berg och Lena Strand om satsningen."], ["Olof Berg", "Lena Strand"]),
    (["Dragningen hölls av Per Holm, Olof Berg och Lena Strand."], ["Per Holm", "Olof Berg", "Lena Strand"]),
    (["Från Torsås kommun rapporterade Per Holm att arbetet fortsätter enligt plan."], ["Per Holm"]),
    (["Från Regionen berättade Lena Strand och Olof Berg om läget."], ["Lena Strand", "Olof Berg"]),
    (["Per Holm rapporterade från Torsås: frågan återkommer."], ["Per Holm"]),
])
def test_presenters_named_in_a_run_after_a_label_a_passive_or_a_fronted_from(ctx: Context, body: list[str],
                                                                              want: list[str]) -> None:
    assert _presenters(ctx, *body) == want


@pytest.mark.parametrize("body", [
    ["Från Torsås kommun deltog Per Holm och Olof Berg digitalt."],
    ["Ansvarig: Olof Berg, Lena Strand", "Arbetet pågår."],
    ["Gruppen tackade Olof Berg och Lena Strand för arbetet."],
    ["Synpunkter lämnades av Olof Berg och Lena Strand."],
    ["Från Regionen ställde Lena Strand en fråga om tidplanen."],
])
def test_no_presenters_in_runs_after_other_words(ctx: Context, body: list[str]) -> None:
    assert _presenters(ctx, *body) == []


# --------------------------------------------------------------------------- the meeting's date in the header


_BODY = ["", "Närvarande", "Greta Sund, Nybro kommun", "Olof Berg, Kalmar kommun", "", "1. Mötets öppnande",
         "Greta Sund öppnade mötet.", "", "2. Nästa möte", "Nästa möte hålls den 3 juni 2032.", "",
         "3. Mötets avslutande", "Greta Sund avslutade mötet."]


@pytest.mark.parametrize(("head", "date"), [
    (["Anteckningar samordnande grupp Äldre", "Datum: Tisdag 4 maj 13.00–15.00"], "2032-05-04"),
    (["Anteckningar samordnande grupp Äldre", "Sammanträdesdatum: onsdagen den 5 maj kl. 9"], "2032-05-05"),
    (["Protokoll samordnande grupp Äldre", "Plats och tid: Folkets hus, Emmaboda, Torsdag 6 maj 13.00–15.30",
      "Justeringens plats och tid: kansliet, 2032-05-10"], "2032-05-06"),
    (["Protokoll samordnande grupp Äldre",
      "Plats och tid: Länssjukhuset i Kalmar, sal Kronan, 6 maj 2032 13.00–15.30"], "2032-05-06"),
    (["PROTOKOLLSUTDRAG", "Tid och plats: Regionhuset, Kalmar, sal 3, den 6 maj 2032 klockan 13"], "2032-05-06"),
    (["Protokollsutdrag från möte med samordnande grupp Äldre", "Datum: 2032-05-06"], "2032-05-06"),
    (["MINNESANTECKNINGAR", "# Nätverket för anhörigstöd i Kalmar län", "Plats och tid: Stadshuset, Nybro, "
      "2032-05-06 klockan 9.00–11.30"], "2032-05-06"),
])
def test_the_meetings_date_in_the_header(ctx: Context, head: list[str], date: str) -> None:
    ex = extract(ctx, lines(*head, *_BODY))
    assert ex.date == date


def test_a_date_without_a_year_where_the_document_gives_none_is_no_date(ctx: Context) -> None:
    body = [b.replace(" 2032", "") for b in _BODY]
    ex = extract(ctx, lines("Anteckningar samordnande grupp Äldre", "Datum: Tisdag 4 maj 13.00–15.00", *body))
    assert ex.date is None


def test_a_yearless_weekday_picks_the_year_whose_calendar_agrees(ctx: Context) -> None:
    """Monday 3 January is 2033 (not 2032, the year the rest of the document writes most)."""
    ex = extract(ctx, lines("Anteckningar samordnande grupp Äldre", "Datum: Måndag 3 januari 13.00–15.00", *_BODY,
                            "Handlingsplanen gäller 2032-01-01 till 2032-12-31."))
    assert ex.date == "2033-01-03"


# --------------------------------------------------------------------------- a meeting app's attendance report


@pytest.mark.parametrize(("head", "rows"), [
    ("Namn\tFörsta anslutning\tSenaste utträde\tVaraktighet",
     ["{name}\t2031-04-08 09:0{i}\t2031-04-08 11:5{i}\t2 h 5{i} min"]),
    ("Fullständigt namn\tAnslöt\tLämnade\tVaraktighet", ["{name}\t09:0{i}:12\t11:5{i}:40\t1:5{i}:28"]),
    ("Namn | Första anslutning | Varaktighet", ["{name} | 8.4.2031 09:0{i} | 55 min"]),
])
def test_a_meeting_apps_attendance_report_is_a_list_of_names(ctx: Context, head: str, rows: list[str]) -> None:
    names = ["Greta Sund", "Olof Berg", "Lena Strand"]
    ex = extract(ctx, _meeting("Närvarorapport", "Deltagare (3)", head,
                               *[rows[0].format(name=n, i=i) for i, n in enumerate(names, 1)]))
    [lst] = ex.attendance
    assert [e.name for e in lst.entries] == names and lst.kind == "ledamoter"


def test_a_list_between_numbered_items_ends_no_agenda(ctx: Context) -> None:
    text = lines("Anteckningar samordnande grupp Äldre", "den 8 april 2031 kl. 09.00–12.00, Stadshuset, Nybro",
                 "1) Inledning", "Greta Sund hälsade alla välkomna.", "Närvarande", "Greta Sund, Nybro kommun",
                 "Olof Berg, Kalmar kommun", "2) Trygg hemgång", "Olof Berg presenterade modellen.",
                 "3) Avslutning", "Greta Sund avslutade mötet.")
    ex = extract(ctx, text)
    assert [it.n for it in ex.items] == [1, 2, 3]
    assert [e.name for lst in ex.attendance for e in lst.entries] == ["Greta Sund", "Olof Berg"]
    assert [p for it in ex.items if it.n == 2 for p, _ in it.presenters] == ["Olof Berg"]


def test_a_one_letter_neighbour_in_an_app_report_is_not_merged_on_co_attendance(ctx: Context) -> None:
    from graph.ingest.reconcile import REPORT_NOTE
    matcher: PersonMatcher = ctx.matcher
    known = [p for p in (ctx.people.people if ctx.people else []) if len(matcher.peers_of.get(p.name, ())) >= 3
             and len(p.name.split()) == 2 and len(p.name.split()[1]) >= 8]
    person = known[0].name
    peers = sorted(matcher.peers_of[person])[:3]
    given, surname = person.split()
    twisted = f"{given} {surname[:-3] + surname[-3] + surname[-3:]}"   # a letter doubled near the end
    rec = _record([*peers, twisted], [])
    plain = {r.spelling: r.match.status for r in reconcile_record(rec, matcher)}
    rec["meetings"][0]["attendance"][0]["note"] = REPORT_NOTE
    report = {r.spelling: r.match.status for r in reconcile_record(rec, matcher)}
    assert report[twisted] == "uncertain"
    # (elsewhere too since the twenty-third round: co-attendance alone confirms no spelling of its own)
    assert plain[twisted] == "uncertain"
    assert all(report[p] == plain[p] for p in peers)


@pytest.mark.parametrize("listing", [
    ["Närvarande", "Olof Berg", "Lena Strand", "Per Holm"],
    ["Deltagare: Olof Berg (Kalmar), Lena Strand (Regionen),", "Per Holm (Torsås)"],
])
def test_an_attendance_list_inside_the_first_item_presents_nothing(ctx: Context, listing: list[str]) -> None:
    text = lines("Anteckningar samordnande grupp Äldre", "den 8 april 2031 kl. 09.00–12.00, Stadshuset, Nybro", "",
                 "1. Välkommen", "Greta Sund hälsade alla välkomna och öppnade mötet.", "", *listing, "",
                 "2. Trygg hemgång", "Olof Berg presenterade modellen.", "", "3. Avslutning",
                 "Greta Sund avslutade mötet.")
    ex = extract(ctx, text)
    assert [p for it in ex.items if it.n == 1 for p, _ in it.presenters] == ["Greta Sund"]
    assert [p for it in ex.items if it.n == 2 for p, _ in it.presenters] == ["Olof Berg"]


@pytest.mark.parametrize(("sub", "title", "who"), [
    ("2.1 Mobil närvård – Olof Berg", "Mobil närvård", ["Olof Berg"]),
    ("2 a Budget och uppföljning (Lena Strand och Per Holm)", "Budget och uppföljning", ["Lena Strand", "Per Holm"]),
    ("2.1 **Trygg hemgång** – Olof Berg, Kalmar kommun", "Trygg hemgång", ["Olof Berg"]),
    ("2 a Samordnad individuell plan (SIP)", "Samordnad individuell plan (SIP)", []),
    ("2.1 Hälso- och sjukvård – en översikt", "Hälso- och sjukvård – en översikt", []),
])
def test_a_sub_items_presenters_after_its_title(ctx: Context, sub: str, title: str, who: list[str]) -> None:
    second = sub.replace("2.1", "2.2").replace("2 a", "2 b").split(" – ")[0].split(" (")[0] \
        if "SIP" not in sub else "2 b Övrigt om planen"
    text = lines("Anteckningar samordnande grupp Äldre", "den 8 april 2031 kl. 09.00–12.00, Stadshuset, Nybro", "",
                 "Närvarande", "Greta Sund, Nybro kommun", "Olof Berg, Kalmar kommun", "", "1. Välkommen",
                 "Greta Sund öppnade mötet.", "", "2. Information", "", sub, "Arbetet pågår enligt plan.", "",
                 second, "Frågan återkommer.", "", "3. Avslutning", "Greta Sund avslutade mötet.")
    ex = extract(ctx, text)
    [first] = [it for it in ex.items if it.parent == 2][:1]
    assert first.title == title
    assert [p for p, _ in first.presenters] == who


@pytest.mark.parametrize(("rows", "heads"), [
    (["| Punkt | Ärende | Föredragande |", "|---|---|---|", "| {n} | {t} | {p} |"], ["§ {n} {t}"]),
    (["| § | Ärende | Föredras av |", "|:--|:--|:--|", "| {n} | {t} | {p} |"], ["§ {n} {t}"]),
    (["| Nr | Ärende | Presentatör |", "| --- | --- | --- |", "| {n} | {t} | {p} |"], ["{n}. {t}"]),
])
def test_an_announcing_tables_presenter_column_names_the_minutes_presenters(ctx: Context, rows: list[str],
                                                                           heads: list[str]) -> None:
    agenda = [(1, "Inledning", ""), (2, "Trygg hemgång", "Olof Berg"), (3, "Budget 2032", "Lena Strand och Per Holm"),
              (4, "Avslutning", "")]
    table = [rows[0], *rows[1:-1]] + [rows[-1].format(n=n, t=t, p=p) for n, t, p in agenda]
    minutes = [line for n, t, _ in agenda for line in (heads[0].format(n=n, t=t), "Gruppen diskuterade frågan.", "")]
    text = lines("Protokoll samordnande grupp Äldre 2031-04-08", "", "Närvarande", "Greta Sund, Nybro kommun",
                 "Olof Berg, Kalmar kommun", "", "Dagordning", *table, "", *minutes)
    ex = extract(ctx, text)
    got = {it.n: [p for p, _ in it.presenters] for it in ex.items}
    assert got == {1: [], 2: ["Olof Berg"], 3: ["Lena Strand", "Per Holm"], 4: []}


def test_a_responsible_column_names_no_presenter(ctx: Context) -> None:
    agenda = [(1, "Inledning", ""), (2, "Trygg hemgång", "Olof Berg"), (3, "Avslutning", "")]
    table = ["| Punkt | Ärende | Ansvarig |", "|---|---|---|", *[f"| {n} | {t} | {p} |" for n, t, p in agenda]]
    minutes = [line for n, t, _ in agenda for line in (f"§ {n} {t}", "Gruppen diskuterade frågan.", "")]
    ex = extract(ctx, lines("Protokoll samordnande grupp Äldre 2031-04-08", "", "Dagordning", *table, "", *minutes))
    assert all(not it.presenters for it in ex.items)


@pytest.mark.parametrize("label", ["Kalmar:", "Kalmar", "Invånarrepresentant:"])
def test_names_grouped_under_a_bare_kommun_or_a_capacity(ctx: Context, label: str) -> None:
    ex = extract(ctx, _meeting("Närvarande ledamöter:", "Nybro:", "   Greta Sund", label, "   Olof Berg",
                               "   Lena Strand"))
    want = "invanarrepresentant" if label.startswith("Inv") else "kalmar-kommun"
    assert list(entries(ex).values()) == [[("Greta Sund", "nybro-kommun"), ("Olof Berg", want), ("Lena Strand", want)]]


@pytest.mark.parametrize(("org", "slug"), [("Monsteraskommun", "monsteras-kommun"), ("Nybrokommun:", "nybro-kommun"),
                                           ("Torsåskommun", "torsas-kommun")])
def test_a_scans_joined_kommun_names_the_kommun(ctx: Context, org: str, slug: str) -> None:
    ex = extract(ctx, _meeting("Närvarande", "Greta Sund, Emmaboda kommun", f"Olof Berg, {org.rstrip(':')}"))
    assert list(entries(ex).values()) == [[("Greta Sund", "emmaboda-kommun"), ("Olof Berg", slug)]]


def test_a_joined_word_that_names_no_kommun_stays_unread(ctx: Context) -> None:
    ex = extract(ctx, _meeting("Närvarande", "Greta Sund, Emmaboda kommun", "Olof Berg, Storkommun"))
    from graph.ingest.orgs import KOMMUNER
    assert not {o for got in entries(ex).values() for n, o in got if n == "Olof Berg"} & set(KOMMUNER)


@pytest.mark.parametrize("row", ["Olof Berg, L (Borgholms kommun)", "Olof Berg, KD (Borgholm)"])
def test_a_party_before_the_organisations_bracket_in_a_list_line(ctx: Context, row: str) -> None:
    ex = extract(ctx, _meeting("Närvarande", "Greta Sund, Nybro kommun", row))
    assert list(entries(ex).values()) == [[("Greta Sund", "nybro-kommun"), ("Olof Berg", "borgholms-kommun")]]


@pytest.mark.parametrize(("row", "org"), [("Per Holm – Samordningsförbundet i Kalmar län",
                                           "samordningsforbundet-i-kalmar-lan"),
                                          ("Per Holm, utvecklingsledare Region Kalmar län", "region-kalmar-lan")])
def test_an_organisations_own_name_ending_in_the_county_is_not_the_county(ctx: Context, row: str, org: str) -> None:
    ex = extract(ctx, _meeting("Närvarande", "Greta Sund, Nybro kommun", row))
    assert list(entries(ex).values())[0][1] == ("Per Holm", org)


@pytest.mark.parametrize(("row", "slug"), [("Olof Berg (Kalmar kn)", "kalmar-kommun"),
                                           ("Olof Berg, V, Borgholms kn", "borgholms-kommun"),
                                           ("Olof Berg, Nybro kn.", "nybro-kommun")])
def test_kommun_shortened_to_kn(ctx: Context, row: str, slug: str) -> None:
    ex = extract(ctx, _meeting("Närvarande", "Greta Sund, Emmaboda kommun", row))
    assert list(entries(ex).values()) == [[("Greta Sund", "emmaboda-kommun"), ("Olof Berg", slug)]]


def test_mentions_joined_in_a_run_share_its_label(ctx: Context) -> None:
    assert _presenters(ctx, "Information lämnades av @Olof Berg och @Lena Strand om satsningen.") == \
        ["Olof Berg", "Lena Strand"]
    assert _presenters(ctx, "@Olof Berg och @Lena Strand ställde frågor om tidplanen.") == []


def test_a_run_in_list_without_blank_lines_ends_at_the_next_list_heading(ctx: Context) -> None:
    text = lines("Anteckningar samordnande grupp Äldre", "den 8 april 2031 kl. 09.00–12.00, Stadshuset, Nybro",
                 "Närvarande: Greta Sund (Nybro), Olof Berg (Kalmar)", "Sekreterare: Lena Strand, Torsås",
                 "Ej närvarande", "Per Holm, Vimmerby", "1. Välkommen",
                 "Greta Sund hälsade välkommen och öppnade mötet.",
                 "2. Avslutning", "Greta Sund avslutade mötet.")
    ex = extract(ctx, text)
    assert [e.name for lst in ex.attendance for e in lst.entries] == ["Greta Sund", "Olof Berg", "Lena Strand"]
    assert [e.name for e in ex.absent] == ["Per Holm"]
    assert [p for it in ex.items if it.n == 1 for p, _ in it.presenters] == ["Greta Sund"]
