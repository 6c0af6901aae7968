"""Ingest's reading of meaning on small texts written for the purpose: reconciliation with evidence,
money in the usual Swedish forms, meeting dates from the header, decisions in plain phrasings.

Each failure class of issue 13 (points 3 and 4) is an input and the result expected of it. Known
people and organisations come from the real records (load_context), so the expectations name them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from graph.ingest.extract import amounts_in
from graph.ingest.pipeline import Context, IngestResult, ingest, make_context, without_source
from graph.ingest.reconcile import reconcile_record
from graph.ingest.review import make_review, render_markdown
from graph.names import Mention, reconcile, same_person
from graph.people import reconcile_people
from graph.records import load_corpus

from .paths import RECORDS, SOURCES

MEMBERS = """Närvarande ledamöter:

Rune Jansson, Brukarrepresentant
Sofia Hartz, Region Kalmar län
Johanna Fors, Torsås kommun
Roland Hybelius, Borgholms kommun
Annika Fröberg, Nybro kommun
"""


def _protocol(tmp_path: Path, ctx: Context, body: str, title: str = "Protokoll Länsgemensam ledning 2026-06-05",
              members: str = MEMBERS, name: str = "protokoll.txt") -> IngestResult:
    path = tmp_path / name
    path.write_text(f"{title}\n\n{body.strip()}\n\n{members}", encoding="utf-8")
    return ingest(path, ctx)


def _two_items(title: str, text: str) -> str:
    """A body of two items: a welcome, then `title` with `text`."""
    return f"1. Välkomna\n\nOrdförande Sofia Hartz hälsade välkomna.\n\n2. {title}\n\n{text}\n"


def _decisions(tmp_path: Path, ctx: Context, title: str, text: str) -> list[dict]:
    return _protocol(tmp_path, ctx, _two_items(title, text)).record.get("decisions", [])


def _held(result: IngestResult) -> dict:
    return next(m for m in result.record["meetings"] if m["status"] == "held")


# --------------------------------------------------------------------------- reconciliation with evidence

# (as written in a new protocol, its organisation, the known person one letter away, in another organisation)
NEAR_IN_OTHER_ORG = [
    ("Magnus Pehrsson", "vimmerby-kommun", "Magnus Persson"),
    ("Linda Ericsson", "kalmar-kommun", "Linda Eriksson"),
    ("Per Adolfson", "region-kalmar-lan", "Per Adolfsson"),
    ("Anette Nilson", "nybro-kommun", "Anette Nilsson"),
    ("Johan Hanson", "oskarshamns-kommun", "Johan Hansson"),
    ("Patrik Glasborg", "vastervik-kommun", "Patrik Glasberg"),
    ("Malin Almkvist", "region-kalmar-lan", "Malin Almqvist"),
]


@pytest.mark.parametrize(("seen", "org", "known"), NEAR_IN_OTHER_ORG)
def test_other_spelling_and_other_organisation_is_never_a_match(ctx: Context, seen: str, org: str,
                                                               known: str) -> None:
    assert ctx.people is not None and any(p.name == known for p in ctx.people.people)
    m = ctx.matcher.match(seen, orgs={org})
    assert m.status in ("uncertain", "new"), m
    assert m.status == "new" or any(c.name == known for c in m.candidates)
    assert any(e.weight < 0 and "organisation" in e.reason for e in m.evidence), m.evidence


@pytest.mark.parametrize(("seen", "_org", "known"), NEAR_IN_OTHER_ORG)
def test_other_spelling_in_the_known_organisation_matches(ctx: Context, seen: str, _org: str, known: str) -> None:
    people = ctx.people
    assert people is not None
    orgs = ctx.matcher.orgs_of.get(known, set())
    assert orgs, f"{known} has no organisation in the records"
    m = ctx.matcher.match(seen, orgs=orgs)
    assert (m.status, m.person) == ("known", known)
    assert any(e.weight > 0 and "organisation" in e.reason for e in m.evidence)


def test_spelling_alone_is_at_most_uncertain(ctx: Context) -> None:
    """Without other evidence, another spelling (one letter in a long surname) is no match: the known
    person is a candidate to review, and the evidence names the spelling only."""
    m = ctx.matcher.match("Magnus Pehrsson")
    assert m.status == "uncertain" and m.person is None
    assert m.candidates and m.candidates[0].name == "Magnus Persson"
    assert [e.reason.split(":")[0] for e in m.evidence] == ["spelling"]
    assert ctx.matcher.match("Magnus Persson").status == "known"  # the known spelling itself needs nothing


def test_two_attendees_one_letter_apart_at_one_meeting_are_two_people(tmp_path: Path, ctx: Context) -> None:
    """A new person listed beside the known one, one letter apart and for another organisation: the draft
    keeps both entries and both people (not_same_as both ways), and the new one is decided new, with
    the known person's presence as the evidence."""
    members = MEMBERS + "Magnus Persson, Region Kalmar län\nMagnus Pehrsson, Vimmerby kommun\n"
    result = _protocol(tmp_path, ctx, _two_items("Information", "Inget att rapportera i dag från länet."),
                       members=members)
    names = [e["name"] for m in result.record["meetings"] for lst in m.get("attendance", [])
             for e in lst["entries"]]
    assert "Magnus Persson" in names and "Magnus Pehrsson" in names
    apart = {p["name"]: p.get("not_same_as", []) for p in result.record["people"]}
    assert "Magnus Persson" in apart["Magnus Pehrsson"] and "Magnus Pehrsson" in apart["Magnus Persson"]
    decisions = {d.spelling: d.match for d in reconcile_record(result.record, ctx.matcher)}
    assert (decisions["Magnus Persson"].status, decisions["Magnus Persson"].person) == ("known", "Magnus Persson")
    assert decisions["Magnus Pehrsson"].status == "new"
    assert any("same meeting" in e.reason and e.weight < 0 for e in decisions["Magnus Pehrsson"].evidence)


@pytest.mark.parametrize("seen", ["Ann Katrin Stahl", "Ann Katrin Ståhl", "Ann-Katrin Ståhl", "ann-katrin stahl"])
def test_double_names_match_across_hyphen_space_and_diacritics(ctx: Context, seen: str) -> None:
    assert same_person(seen, "Ann-Katrin Stahl")
    m = ctx.matcher.match(seen)
    assert (m.status, m.person) == ("known", "Ann-Katrin Stahl")


def test_hyphen_does_not_join_other_given_names() -> None:
    assert not same_person("Ann Stahl", "Ann-Katrin Stahl")
    assert not same_person("Sven-Erik Karlsson", "Ola Karlsson")


def test_co_attendance_and_role_are_evidence(ctx: Context) -> None:
    """A spelling a letter off, in no stated organisation: attending with the people the known person attends with
    counts for the match (its evidence, a higher score) but does not make it one: "uncertain", for the reviewer (a
    one-letter neighbour sits with the same people; the twenty-third round); a role the known person holds does, but
    not a member's seat alone, the role nearly everyone known holds (the thirty-sixth round)."""
    corpus = ctx.corpus
    assert corpus is not None
    known = "Magnus Persson"
    peers = ctx.matcher.peers_of.get(known, set())
    assert peers
    alone = ctx.matcher.match("Magnus Pehrsson")
    m = ctx.matcher.match("Magnus Pehrsson", with_people=set(sorted(peers)[:5]))
    assert m.status == "uncertain" and m.score >= alone.score
    assert any("attend" in e.reason and e.weight > 0 for e in m.evidence)
    roles = ctx.matcher.roles_of.get(known, set())
    assert roles
    m = ctx.matcher.match("Magnus Pehrsson", roles=roles)
    assert roles == {"ledamot"} and any("role" in e.reason and e.weight > 0 for e in m.evidence)
    assert m.status == "uncertain"
    chair = ctx.matcher.match("Anna Haselbom Trofast", roles=["ordforande"])
    assert any("role" in e.reason for e in chair.evidence) and chair.status == "known"


def test_review_lists_each_reconciliation_with_its_evidence_and_draft_records_the_choice(
        tmp_path: Path, ctx: Context) -> None:
    members = MEMBERS + "Magnus Pehrsson, Vimmerby kommun\nAnn Katrin Stahl, Mörbylånga kommun\n"
    result = _protocol(tmp_path, ctx, _two_items("Information", "Inget att rapportera i dag från länet."),
                       members=members)
    decisions = {d.spelling: d for d in reconcile_record(result.record, ctx.matcher)}
    pehrsson = decisions["Magnus Pehrsson"]
    assert pehrsson.match.status == "uncertain" and pehrsson.match.person is None
    assert decisions["Ann Katrin Stahl"].match.person == "Ann-Katrin Stahl"
    rv = make_review(result, ctx)
    md = render_markdown(result, rv, "draft.yaml")
    section = md.split("## People", 1)[1].split("\n## ", 1)[0]
    row = next(line for line in section.splitlines() if "Magnus Pehrsson" in line)
    assert "Magnus Persson" in row and "uncertain" in row and "organisation" in row and "−" in row
    # the draft carries the choice on the person, where the coordinator edits it
    person = next(p for p in result.record["people"] if p["name"] == "Magnus Pehrsson")
    assert "reconcile: uncertain" in person["note"] and "Magnus Persson" in person["note"]
    assert person["not_same_as"] == ["Magnus Persson"]


def test_kept_apart_spellings_are_two_people_in_the_graph() -> None:
    """The build's rule merges one-letter neighbours unless a record keeps them apart (not_same_as)."""
    mentions = [Mention(("2025", 1), "Magnus Persson", "a", True), Mention(("2025", 2), "Magnus Persson", "a", True),
                Mention(("2026", 1), "Magnus Pehrsson", "b", True), Mention(("2026", 2), "Magnus Perssson", "b", True)]
    assert len(reconcile(mentions)) == 1
    people = reconcile(mentions, apart=[("Magnus Pehrsson", "Magnus Persson")])
    assert sorted(p.spellings for p in people) == [["Magnus Pehrsson"], ["Magnus Persson", "Magnus Perssson"]]


def test_draft_with_a_kept_apart_person_builds_two_people(tmp_path: Path, ctx: Context) -> None:
    """The draft as written joins the records: the person it keeps apart is another person in the graph."""
    members = MEMBERS + "Magnus Pehrsson, Vimmerby kommun\n"
    result = _protocol(tmp_path, ctx, _two_items("Information", "Inget att rapportera i dag från länet."),
                       title="Protokoll Länsgemensam ledning 2026-10-02", members=members)
    records, sources = tmp_path / "records", tmp_path / "sources"
    shutil.copytree(RECORDS, records)
    shutil.copytree(SOURCES, sources)
    (records / f"{result.doc_id}.yaml").write_text(result.draft_text, encoding="utf-8")
    (sources / result.source_name).write_text(result.source.text, encoding="utf-8")
    manifest = yaml.safe_load((sources / "manifest.yaml").read_text(encoding="utf-8"))
    manifest["documents"].extend(yaml.safe_load(make_review(result, ctx).manifest_entry))
    (sources / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    people = reconcile_people(load_corpus(records, sources))
    assert people.by_spelling["Magnus Pehrsson"] is not people.by_spelling["Magnus Persson"]
    assert people.by_spelling["Sofia Hartz"].documents[-1] == result.doc_id


# --------------------------------------------------------------------------- money

@pytest.mark.parametrize(("text", "amount"), [
    ("2 500 000 kr", 2_500_000), ("2.500.000 kronor", 2_500_000), ("2,5 miljoner kronor", 2_500_000),
    ("2 500 000 SEK", 2_500_000), ("2 500 tkr", 2_500_000), ("2,5 mnkr", 2_500_000), ("3,5 Mkr", 3_500_000),
    ("2,5 miljoner kr", 2_500_000), ("1,2 milj. kr", 1_200_000), ("500 000:-", 500_000),
    ("15 865 911 kr", 15_865_911), ("kr 40 000", 40_000), ("2\u00a0500\u00a0000 kr", 2_500_000),
])
def test_amounts_in_the_usual_swedish_forms(text: str, amount: int) -> None:
    assert amounts_in(f"Ledningen avsätter {text} till arbetet.") == [amount]


def test_numbers_that_are_not_money_are_not_amounts() -> None:
    assert amounts_in("Mötet 2026-06-05 hade 30 deltagare och 4 punkter, år 2026.") == []


@pytest.mark.parametrize("sentence", [
    "Länsgemensam ledning beslutar att avsätta 2,5 miljoner kronor till suicidpreventivt arbete.",
    "Beslut: Länsgemensam ledning avsätter 2 500 000 SEK till suicidpreventivt arbete.",
    "Det beslutades att 2 500 tkr ska gå till suicidpreventivt arbete.",
])
def test_a_decision_with_money_is_funding(tmp_path: Path, ctx: Context, sentence: str) -> None:
    assert [d["kind"] for d in _decisions(tmp_path, ctx, "Beslutspunkter", sentence)] == ["funding"]


def test_each_amount_of_a_wrapped_sentence_once(tmp_path: Path, ctx: Context) -> None:
    body = ("1. Ekonomi\n\nFör 2026 har Kalmar län erhållit stimulansmedel till en summa av 3 000 000 kr,\n"
            "varav 1 000 000 kr till kommunerna och\n2 000 000 kr till regionen.\n\n2. Övrigt\n\nInga frågor.\n")
    (fund,) = _protocol(tmp_path, ctx, body).record["funding"]
    amounts = [fund["total"]] + [p["amount"] for p in fund.get("parts", [])]
    assert sorted(amounts) == [1_000_000, 2_000_000, 3_000_000]


def test_parts_of_a_total_with_their_own_words_and_a_restated_total_is_no_part(tmp_path: Path,
                                                                             ctx: Context) -> None:
    body = ("1. Ekonomi\n\nLänsgemensam ledning har beviljats 2,5 mnkr för 2027. Av dessa går 1,5 mnkr till "
            "suicidprevention och 1 000 tkr till arbetet med barn och unga.\n\n"
            "Beslut: Länsgemensam ledning fördelar 2 500 000 SEK enligt förslaget.\n\n2. Övrigt\n\nInga frågor.\n")
    (fund,) = _protocol(tmp_path, ctx, body).record["funding"]
    assert fund["total"] == 2_500_000
    assert [(p["label"], p["amount"]) for p in fund["parts"]] == [
        ("Suicidprevention", 1_500_000), ("Arbetet med barn och unga", 1_000_000)]


def test_another_sum_in_the_same_item_is_another_funding(tmp_path: Path, ctx: Context) -> None:
    body = ("1. Ekonomi 2027\n\nFör 2027 finns 2 500 tkr avsatta för samverkansmodellen, varav 1 200 tkr till "
            "processledning\noch 1 300 tkr till utbildning. Därutöver har länet 2 500 000 SEK inom Överenskommelsen "
            "om insatser inom området psykisk hälsa och suicidprevention för insatser till barn och unga.\n\n"
            "2. Övrigt\n\nInga frågor.\n")
    first, second = _protocol(tmp_path, ctx, body).record["funding"]
    assert (first["total"], [p["amount"] for p in first["parts"]], first.get("agreement")) == (
        2_500_000, [1_200_000, 1_300_000], None)
    assert [p["lines"] for p in first["parts"]] == [5, 6]
    assert (second["total"], second.get("parts"), second["agreement"], second["year"]) == (
        2_500_000, None, "overenskommelse-psykisk-halsa-suicidprevention", 2027)


def test_a_lone_amount_is_the_total_and_the_agreement_may_come_a_sentence_before(tmp_path: Path,
                                                                                 ctx: Context) -> None:
    body = ("1. Stimulansmedel\n\nSofia Hartz redogjorde för stimulansmedel kopplade till Överenskommelsen om "
            "insatser inom området psykisk hälsa och suicidprevention. Länet väntas få 2,5 miljoner kronor för "
            "2027 till länsgemensamt arbete.\n\n2. Övrigt\n\nInga frågor.\n")
    (fund,) = _protocol(tmp_path, ctx, body).record["funding"]
    assert (fund["total"], fund["year"], fund["agreement"]) == (
        2_500_000, 2027, "overenskommelse-psykisk-halsa-suicidprevention")
    assert "note" not in fund and "parts" not in fund


@pytest.mark.parametrize("sentence", ["Beslut: Länsgemensam ledning beslutar att fördela medlen enligt förslaget.",
                                      "Beslut: Budgeten för 2027 fastställs."])
def test_a_decision_on_the_money_is_funding(tmp_path: Path, ctx: Context, sentence: str) -> None:
    assert [d["kind"] for d in _decisions(tmp_path, ctx, "Ekonomi", sentence)] == ["funding"]


def test_funding_is_linked_to_the_agreement_the_text_names(tmp_path: Path, ctx: Context) -> None:
    body = ("1. Ekonomi\n\nFör 2026 har Kalmar län erhållit stimulansmedel till en summa av 2.500.000 kronor "
            "kopplade till Överenskommelsen om insatser inom området psykisk hälsa och suicidprevention.\n\n"
            "2. Övrigt\n\nInga frågor.\n")
    (fund,) = _protocol(tmp_path, ctx, body).record["funding"]
    assert fund["total"] == 2_500_000
    assert fund["agreement"] == "overenskommelse-psykisk-halsa-suicidprevention"


def test_known_document_stimulus_money_goes_to_the_curated_agreement() -> None:
    corpus = load_corpus()
    doc = "2026-03-12-lansgemensam-ledning"
    rec = next(r for r in corpus.records if r.document.id == doc)
    curated = {f["id"]: f.get("agreement") for f in rec.data["funding"]}
    result = ingest(rec.document.file, make_context(without_source(corpus, doc)), doc)
    drafted = [f.get("agreement") for f in result.record["funding"]]
    assert drafted == list(curated.values())


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("title", [
    "Protokoll Länsgemensam ledning 2026-06-05",
    "Protokoll Länsgemensam ledning 5 juni 2026",
    "Protokoll Länsgemensam ledning 05/06/2026",
    "Protokoll Länsgemensam ledning 5/6 2026",
    "Protokoll Länsgemensam ledning 2026-06-05 kl. 09.00",
    "Protokoll Länsgemensam ledning\nDatum: 05.06.2026, kl. 09.00–12.00",
    "Protokoll Länsgemensam ledning\nFredagen den 5 juni 2026",
    "Protokoll Länsgemensam ledning 5–6 juni 2026",
])
def test_meeting_date_from_the_header(tmp_path: Path, ctx: Context, title: str) -> None:
    body = ("1. Föregående protokoll\n\nProtokollet från mötet 2026-03-12 godkändes. Vid mötet den "
            "12 mars 2026 i Länsgemensam ledning beslutades om stimulansmedel.\n\n2. Övrigt\n\n"
            "Inga övriga frågor togs upp under mötet.\n")
    result = _protocol(tmp_path, ctx, body, title=title)
    assert _held(result)["date"] == "2026-06-05"
    assert not any("no date" in w for w in result.warnings)


@pytest.mark.parametrize("title", ["Minnesanteckningar Länsgemensam ledning 2026-06-05",
                                   "Sammanträdesprotokoll Länsgemensam ledning 2026-06-05",
                                   "PROTOKOLL\nLänsgemensam ledning i samverkan\n2026-06-05"])
def test_a_protocol_by_other_titles(tmp_path: Path, ctx: Context, title: str) -> None:
    result = _protocol(tmp_path, ctx, _two_items("Övrigt", "Inga övriga frågor togs upp."), title=title)
    assert _held(result)["date"] == "2026-06-05" and _held(result)["kind"] == "lgl-meeting"


@pytest.mark.parametrize("title", ["Samordnande grupp Psykisk hälsa\nPROTOKOLL\nDatum: 2 oktober 2026",
                                   "Minnesanteckningar/protokoll\nSamordnande grupp Psykisk hälsa\n2026-10-02",
                                   "Protokoll samordnande grupp Psykisk hälsa 2026-10-02"])
def test_a_groups_own_protocol_is_its_meeting(tmp_path: Path, ctx: Context, title: str) -> None:
    body = _two_items("Föregående protokoll", "Protokollet från mötet 2026-06-12 godkändes. Nästa möte i "
                      "Länsgemensam ledning hålls 2026-12-04.")
    result = _protocol(tmp_path, ctx, body, title=title)
    assert (result.doc_id, result.source_name) == ("2026-10-02-samordnande-grupp-psykisk-halsa",
                                                   "2026-10-02-protokoll-samordnande-grupp-psykisk-halsa.txt")
    meetings = {m["date"]: (m["id"], m["of"], m["status"]) for m in result.record["meetings"]}
    assert meetings == {
        "2026-10-02": ("2026-10-02-samordnande-grupp-psykisk-halsa", "samordnande-grupp-psykisk-halsa", "held"),
        "2026-06-12": ("2026-06-12-samordnande-grupp-psykisk-halsa", "samordnande-grupp-psykisk-halsa", "referred"),
        "2026-12-04": ("2026-12-04-lansgemensam-ledning", "lansgemensam-ledning", "announced")}
    assert "kind: protokoll-samordnande-grupp" in make_review(result, ctx).manifest_entry


def test_no_date_in_the_header_warns_and_takes_none_from_the_body(tmp_path: Path, ctx: Context) -> None:
    body = ("1. Föregående protokoll\n\nProtokollet från mötet 2026-03-12 godkändes och lades till "
            "handlingarna.\n\n2. Övrigt\n\nInga övriga frågor togs upp under mötet.\n")
    result = _protocol(tmp_path, ctx, body, title="Protokoll Länsgemensam ledning")
    assert all(m.get("date") != "2026-03-12" or m["status"] != "held" for m in result.record.get("meetings", []))
    # (the meeting is kept, its items read, without a date: a person gives it; test_ingest_undated.py)
    [held] = [m for m in result.record["meetings"] if m["status"] == "held"]
    assert "date" not in held and [it["title"] for it in held["agenda"]] == ["Föregående protokoll", "Övrigt"]
    assert any("header" in w and "date" in w for w in result.warnings), result.warnings
    rv = make_review(result, ctx)
    assert any("header" in w and "date" in w for w in rv.warnings)
    assert "on no date (see the warnings)" in render_markdown(result, rv, "draft.yaml")


def test_protocol_of_an_earlier_meeting_is_a_referred_meeting(tmp_path: Path, ctx: Context) -> None:
    body = ("1. Föregående protokoll\n\nProtokollet från mötet 2026-03-12 godkändes och lades till "
            "handlingarna.\n\n2. Övrigt\n\nInga övriga frågor togs upp under mötet.\n")
    result = _protocol(tmp_path, ctx, body)
    refs = [(m["date"], m["status"]) for m in result.record["meetings"] if m["status"] != "held"]
    assert refs == [("2026-03-12", "referred")]


# --------------------------------------------------------------------------- decisions, place, participants

@pytest.mark.parametrize(("sentence", "role"), [
    ("Henrik Sjöberg ersätter Simon Edberg i samordnande grupp Psykisk hälsa.", "ledamot"),
    ("Henrik Sjöberg utses till ny ledamot i samordnande grupp Psykisk hälsa efter Simon Edberg.", "ledamot"),
    ("Till ordförande i samordnande grupp Psykisk hälsa utses Henrik Sjöberg i stället för Simon Edberg.",
     "ordforande"),
    ("Beslut: Henrik Sjöberg ersätter Simon Edberg som representant i samordnande grupp Psykisk hälsa.",
     "representant"),
])
def test_replacement_in_plain_phrasings(tmp_path: Path, ctx: Context, sentence: str, role: str) -> None:
    (d,) = _decisions(tmp_path, ctx, "Beslutspunkter", sentence)
    assert (d["kind"], d["group"], d["role"], d["new"], d["replaced"]) == (
        "replacement", "samordnande-grupp-psykisk-halsa", role, "Henrik Sjöberg", "Simon Edberg")


def test_a_total_row_of_a_table_is_the_total(tmp_path: Path, ctx: Context) -> None:
    body = ("1. Ekonomi\n\nFördelning av stimulansmedel 2026:\n\n| Område | Belopp |\n|---|---|\n"
            "| Barn och unga | 1 200 000 kr |\n| Äldre | 800 000 kr |\n| Totalt | 2 000 000 kr |\n\n"
            "2. Övrigt\n\nInga frågor.\n")
    (fund,) = _protocol(tmp_path, ctx, body).record["funding"]
    assert fund["total"] == 2_000_000 and fund["lines"] in (11, "11")  # the total row
    assert [p["amount"] for p in fund["parts"]] == [1_200_000, 800_000]
    assert "note" not in fund


@pytest.mark.parametrize(("head", "factor"), [("Belopp (kr)", 1), ("Belopp, tkr", 1000), ("SEK", 1)])
def test_a_table_whose_head_gives_the_unit(tmp_path: Path, ctx: Context, head: str, factor: int) -> None:
    body = (f"1. Ekonomi\n\nFördelning av stimulansmedel 2026:\n\nOmråde\t{head}\nBarn och unga\t1 200\n"
            "Äldre\t800\nTotalt\t2 000\n\n2. Övrigt\n\nInga frågor om 2 punkter.\n")
    (fund,) = _protocol(tmp_path, ctx, body).record["funding"]
    assert fund["total"] == 2000 * factor
    assert [(p["label"], p["amount"]) for p in fund["parts"]] == [("Barn och unga", 1200 * factor),
                                                                  ("Äldre", 800 * factor)]


def test_appointing_who_checks_the_protocol_is_not_its_approval(tmp_path: Path, ctx: Context) -> None:
    decisions = _decisions(tmp_path, ctx, "Justering", "Att jämte ordföranden justera protokollet utses Johanna Fors.")
    assert [d["kind"] for d in decisions] == ["other"]


@pytest.mark.parametrize("sentence", [
    "Beslut: Arbetsgruppen får i uppdrag att ta fram en ny handlingsplan.",
    "Det beslutades att arbetsgruppen ska ta fram en ny handlingsplan.",
    "Länsgemensam ledning beslutar att arbetsgruppen ska ta fram en ny handlingsplan.",
    "Beslutades att arbetsgruppen ska ta fram en ny handlingsplan.",
    "Karin Berg utses till ordförande i arbetsgruppen för handlingsplanen.",
    "Ledningen beslöt att arbetsgruppen ska ta fram en ny handlingsplan.",
    "Beslut – arbetsgruppen ska ta fram en ny handlingsplan.",
    "**Beslutet:** Arbetsgruppen ska ta fram en ny handlingsplan.",
    "Länsgemensam ledning beslutade enligt arbetsgruppens förslag om en ny handlingsplan.",
])
def test_decisions_in_plain_phrasings(tmp_path: Path, ctx: Context, sentence: str) -> None:
    decisions = _decisions(tmp_path, ctx, "Handlingsplan", sentence)
    assert [d["kind"] for d in decisions] == ["other"]
    assert decisions[0]["lines"] in (9, "9")  # the sentence's own line


@pytest.mark.parametrize("sentence", [
    "Protokollet från föregående möte godkändes och lades till handlingarna.",
    "Föregående protokoll justerades.",
    "Beslut: Protokollet läggs till handlingarna.",
])
def test_approval_of_the_protocol_in_plain_phrasings(tmp_path: Path, ctx: Context, sentence: str) -> None:
    decisions = _decisions(tmp_path, ctx, "Föregående protokoll", sentence)
    assert [(d["kind"], d.get("item")) for d in decisions] == [("approve-protocol", 2)]


@pytest.mark.parametrize("sentence", [
    "Länsgemensam ledning godkänner handlingsplanen för suicidprevention.",
    "Ledningen fastställde handlingsplanen för suicidprevention.",
    "Presidiet ställer sig bakom handlingsplanen för suicidprevention.",
])
def test_a_body_that_approves_is_a_decision(tmp_path: Path, ctx: Context, sentence: str) -> None:
    assert [d["kind"] for d in _decisions(tmp_path, ctx, "Handlingsplan", sentence)] == ["other"]


def test_prose_without_a_decision_is_none(tmp_path: Path, ctx: Context) -> None:
    prose = ("Gruppen diskuterade hur beslutet från i fjol har följts upp och vem som ersätter vem i gruppen. "
             "Planen har tidigare godkänts av Länsgemensam ledning, som har fastställt målen.")
    assert _decisions(tmp_path, ctx, "Handlingsplan", prose) == []


@pytest.mark.parametrize(("sentence", "place", "count"), [
    ("Mötet genomfördes på Regionens hus i Kalmar med ca 30 deltagare.", "Regionens hus i Kalmar", 30),
    ("Mötet hölls i Kalmar, Regionens hus. Antal deltagare: 30.", "Kalmar, Regionens hus", 30),
    ("Plats: Regionens hus, Kalmar\nDeltagare: 30 personer", "Regionens hus, Kalmar", 30),
    ("Mötet ägde rum på Kalmarsalen. Cirka 30 personer deltog.", "Kalmarsalen", 30),
    ("Mötet hölls digitalt via Teams med omkring 30 deltagare.", "digitalt via Teams", 30),
    ("Datum: 2026-06-05, kl. 13.00\nPlats: Kalmarsalen, Regionens hus\nAntal deltagare: 30",
     "Kalmarsalen, Regionens hus", 30),
])
def test_place_and_participants_in_several_phrasings(tmp_path: Path, ctx: Context, sentence: str, place: str,
                                                     count: int) -> None:
    body = f"{sentence}\n\n1. Välkomna\n\nOrdförande Sofia Hartz hälsade välkomna.\n\n2. Övrigt\n\nInga frågor.\n"
    held = _held(_protocol(tmp_path, ctx, body))
    assert (held.get("place"), held.get("participants_approx")) == (place, count)
